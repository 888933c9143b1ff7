import { startBrowserHarness } from "../support/browser.ts";
const h = await startBrowserHarness();
for (const js of [true, false]) {
const ctx = await h.newContext({ locale: "en", javaScriptEnabled: js });
await ctx.route("https://exit.example.org/**", r => { console.log(js, "exit referer", r.request().headers()["referer"]); return r.fulfill({status:200, contentType:"text/html", body:"<title>Weather</title>"}); });
const page = await ctx.newPage();
await page.goto(h.baseUrl + "/en/info/get-help-now");
await page.getByRole("link", { name: "Exit this page" }).click();
await page.waitForURL("https://exit.example.org/weather");
const r = await page.goBack();
console.log(js, r ? r.url() : null, page.url());
if (js) {
 const p2 = await ctx.newPage();
 await p2.goto(h.baseUrl + "/en/info/get-help-now");
 for (let i=0;i<3;i++) await p2.keyboard.press("Shift");
 await p2.waitForURL("https://exit.example.org/weather");
 const r2 = await p2.goBack(); console.log("shift", r2?.url(), p2.url());
}
}
await h.close();
