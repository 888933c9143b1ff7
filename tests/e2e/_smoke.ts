import { startBrowserHarness, axeViolations, LOCALES } from "../support/browser.ts";
const h = await startBrowserHarness();
const ctx = await h.newContext({ locale: "ar" });
const page = await ctx.newPage();
for (const p of ["/en/", "/en/info/your-rights-as-a-victim", "/ar/info/your-rights-as-a-victim", "/en/admin/login"]) {
  let t1 = Date.now();
  await page.goto(h.baseUrl + p);
  const g = Date.now() - t1; t1 = Date.now();
  await axeViolations(page);
  const a = Date.now() - t1; t1 = Date.now();
  await axeViolations(page);
  console.log(p, g, a, Date.now() - t1);
}
await h.close();
