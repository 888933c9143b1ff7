import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findBrowser } from "./find-browser.ts";

/**
 * The whole suite: integration tests on SQLite, again on PostgreSQL when TEST_DATABASE_URL is set,
 * then the browser tests. Prints one closing line with the totals.
 */
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);

function find(dir: string, suffix: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...find(p, suffix));
    else if (name.endsWith(suffix)) out.push(p);
  }
  return out.sort();
}

const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label: string, files: string[], env: Record<string, string>, concurrency: number): void {
  if (files.length === 0) return;
  console.log(`\n=== ${label}: ${files.length} files ===`);
  const tap = path.join(tmpdir(), `vsp-tap-${process.pid}-${label.replace(/\W+/g, "-")}.txt`);
  const res = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "--test",
      `--test-concurrency=${concurrency}`,
      "--test-reporter=spec",
      "--test-reporter-destination=stdout",
      "--test-reporter=tap",
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { stdio: "inherit", env: { ...process.env, ...env } },
  );
  let text = "";
  try {
    text = readFileSync(tap, "utf8");
    rmSync(tap);
  } catch {
    /* no report: counted as a failure below */
  }
  const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, "m").exec(text)?.[1] ?? 0);
  const passed = count("pass");
  const failed = count("fail") + count("cancelled");
  totals.passed += passed;
  totals.failed += failed + (res.status !== 0 && failed === 0 ? 1 : 0);
  totals.skipped += count("skipped") + count("todo");
}

const integration = [...find("src", ".test.ts"), ...find("tests/unit", ".test.ts"), ...find("tests/system", ".test.ts")];
const e2e = find("tests/e2e", ".e2e.ts");

if (only !== "e2e") {
  run("integration (SQLite)", integration, { TEST_DB: "sqlite" }, 2);
  if (process.env.TEST_DATABASE_URL) run("integration (PostgreSQL)", integration, { TEST_DB: "postgres" }, 2);
  else console.log("\nTEST_DATABASE_URL is not set: the PostgreSQL pass is skipped.");
}
if (only !== "integration") {
  let browser: string | undefined;
  try {
    browser = findBrowser();
  } catch (err) {
    console.error(`\n${(err as Error).message}`);
    totals.failed += 1;
  }
  if (browser) run("browser (Chromium)", e2e, { TEST_DB: "sqlite", CHROME_PATH: browser }, 1);
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
