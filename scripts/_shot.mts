import { chromium } from "playwright-core";
import { createTestApp } from "../tests/support/app.ts";
const t = await createTestApp({ seed: true });
await t.app.listen({ port: 0, host: "127.0.0.1" });
const addr = t.app.server.address() as { port: number };
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
for (const [lang, w] of [["en", 375], ["ar", 375], ["zh", 1280], ["ru", 375]] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: 800 } });
  await page.goto(`http://127.0.0.1:${addr.port}/${lang}/`);
  await page.screenshot({ path: `/tmp/shot-${lang}-${w}.png` });
  await page.close();
}
await browser.close();
await t.close();
