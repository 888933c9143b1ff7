import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * The browser for the browser tests: CHROME_PATH, else Debian's /usr/bin/chromium, else install
 * Debian's chromium (with a CJK font) when running as root with apt, else explain what to install.
 */
export function findBrowser(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Installing Debian's chromium and fonts-wqy-microhei for the browser tests…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium", "fonts-wqy-microhei"], { stdio: "inherit", env });
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(
    "No browser for the browser tests. Install Chromium and a CJK font, for example on Debian or Ubuntu:\n" +
      "  sudo apt-get install chromium fonts-wqy-microhei\n" +
      "or set CHROME_PATH to a Chromium or Chrome executable.",
  );
}
