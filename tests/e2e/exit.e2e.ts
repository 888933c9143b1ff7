import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { BrowserContext, Page } from "playwright-core";
import { LOCALES, startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { BROWSER_LOCALE, EXIT_URL, loadAllMessages, newContext, squash, type Locale } from "./helpers.ts";

let h: BrowserHarness;
const messages = loadAllMessages();
const PORTAL_PAGE = "/info/get-help-now";

before(async () => {
  h = await startBrowserHarness();
});

after(async () => {
  await h?.close();
});

/** A context where the exit site answers with a stand-in page; records the Referer it is sent. */
async function exitContext(l: Locale, javaScriptEnabled = true): Promise<{ context: BrowserContext; referers: (string | undefined)[] }> {
  const context = await newContext(h, { locale: BROWSER_LOCALE[l], javaScriptEnabled });
  const referers: (string | undefined)[] = [];
  await context.route("https://exit.example.org/**", (route) => {
    referers.push(route.request().headers()["referer"]);
    return route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title>" });
  });
  return { context, referers };
}

/** A fresh tab that has visited one portal page only. */
async function openPortalPage(context: BrowserContext, l: Locale): Promise<{ page: Page; url: string }> {
  const page = await context.newPage();
  const url = `${h.baseUrl}/${l}${PORTAL_PAGE}`;
  await page.goto(url);
  return { page, url };
}

/** After a quick exit, Back must not bring the portal page back (the history entry was replaced). */
async function assertBackDoesNotReturn(page: Page, portalUrl: string) {
  await page.goBack().catch(() => null);
  await page.waitForLoadState();
  assert.notEqual(page.url(), portalUrl, "Back returns to the page the reader left");
  assert.ok(!page.url().startsWith(h.baseUrl), `Back lands on a portal page: ${page.url()}`);
}

for (const l of LOCALES) {
  test(`exit (${l}): the translated link and Shift ×3 leave, Back does not return; Shift ×2 then a key does not leave`, async () => {
    const m = messages[l];
    const { context, referers } = await exitContext(l);
    try {
      // The "Exit this page" link, found by its translated name. Each check starts in a fresh tab
      // that has visited one portal page only.
      const first = await openPortalPage(context, l);
      const link = first.page.getByRole("link", { name: m["exit.label"] });
      assert.equal(await link.count(), 1);
      assert.equal(await link.getAttribute("href"), EXIT_URL);
      await Promise.all([first.page.waitForURL(EXIT_URL), link.click()]);
      assert.equal(await first.page.title(), "Weather");
      assert.deepEqual(referers, [undefined], "the exit site is not told where the reader came from");
      await assertBackDoesNotReturn(first.page, first.url);

      // Shift, Shift, another key, Shift: the count starts again, so the reader stays.
      const second = await openPortalPage(context, l);
      const status = second.page.locator("[data-exit-status]");
      await second.page.keyboard.press("Shift");
      await second.page.keyboard.press("Shift");
      assert.equal(squash((await status.textContent()) ?? ""), squash(m["exit.pressOneMore"]!));
      await second.page.keyboard.press("a");
      await second.page.keyboard.press("Shift");
      assert.equal(squash((await status.textContent()) ?? ""), squash(m["exit.pressTwoMore"]!), "the count started again");
      await second.page.waitForTimeout(300);
      assert.equal(second.page.url(), second.url);
      assert.equal(referers.length, 1, "nothing more was sent to the exit site");

      // Shift three times: gone, and Back does not return.
      const third = await openPortalPage(context, l);
      for (let i = 0; i < 3; i += 1) await third.page.keyboard.press("Shift");
      await third.page.waitForURL(EXIT_URL);
      assert.deepEqual(referers, [undefined, undefined]);
      await assertBackDoesNotReturn(third.page, third.url);
    } finally {
      await context.close();
    }
  });

  test(`exit (${l}) without JavaScript: the link still goes to the exit site`, async () => {
    const m = messages[l];
    const { context, referers } = await exitContext(l, false);
    try {
      const { page } = await openPortalPage(context, l);
      await Promise.all([page.waitForURL(EXIT_URL), page.getByRole("link", { name: m["exit.label"] }).click()]);
      assert.equal(await page.title(), "Weather");
      assert.deepEqual(referers, [undefined], "rel=noreferrer: no Referer without JavaScript either");
    } finally {
      await context.close();
    }
  });
}
