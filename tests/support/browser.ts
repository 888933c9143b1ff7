import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { createTestApp, type TestApp } from "./app.ts";

export interface BrowserHarness {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  newContext(opts?: { javaScriptEnabled?: boolean; width?: number; height?: number; locale?: string; timezoneId?: string }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Starts the portal (demo content loaded) on a free loopback port and launches Debian's Chromium. */
export async function startBrowserHarness(opts: { outbox?: boolean } = {}): Promise<BrowserHarness> {
  const t = await createTestApp({ seed: true, env: { QUICK_EXIT_URL: "https://exit.example.org/weather" }, ...opts });
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  const address = t.app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const executablePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  const browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    t,
    // "localhost" is a secure context, so the Secure __Host- cookies work over plain HTTP in tests.
    baseUrl: `http://localhost:${port}`,
    browser,
    newContext: (opts = {}) =>
      browser.newContext({
        javaScriptEnabled: opts.javaScriptEnabled ?? true,
        viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
        locale: opts.locale ?? "en",
        ...(opts.timezoneId ? { timezoneId: opts.timezoneId } : {}),
      }),
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

/** Runs axe-core with every WCAG 2.0–2.2 A and AA rule and returns the violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
}

export const LOCALES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
