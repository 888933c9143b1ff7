import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { LOCALES, startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { AUTONYM, BROWSER_LOCALE, LANG_TAG, demo, exactly, loadAllMessages, newContext, textOf } from "./helpers.ts";

let h: BrowserHarness;
const messages = loadAllMessages();
const SLUG = "your-rights-as-a-victim";

before(async () => {
  h = await startBrowserHarness();
});

after(async () => {
  await h?.close();
});

for (const l of LOCALES) {
  test(`language (${l}): the switcher keeps the page, and "/" then remembers the choice`, async () => {
    const m = messages[l];
    // The browser asks for this language; every choice below is a different one.
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/`);
      assert.equal(page.url(), `${h.baseUrl}/${l}/`, "no choice made yet: the browser's language");

      for (const target of LOCALES.filter((x) => x !== l)) {
        const from = `${h.baseUrl}/${l}/info/${SLUG}`;
        await page.goto(from);
        const switcher = page.getByRole("navigation", { name: exactly(m["layout.languageNav"]!) });
        // The current language is shown, not linked.
        assert.equal(await switcher.getByRole("link", { name: exactly(AUTONYM[l]) }).count(), 0);
        assert.equal(await switcher.locator('[aria-current="true"]').getAttribute("lang"), LANG_TAG[l]);

        const link = switcher.getByRole("link", { name: exactly(AUTONYM[target]) });
        assert.equal(await link.getAttribute("lang"), LANG_TAG[target], "each language name is marked with its language");
        await Promise.all([page.waitForURL(`${h.baseUrl}/${target}/info/${SLUG}`), link.click()]);
        assert.equal(await page.locator("html").getAttribute("lang"), LANG_TAG[target]);
        assert.equal(await textOf(page.getByRole("heading", { level: 1 })), demo(SLUG, target).title);

        // The choice is remembered: "/" now goes to it, not to the browser's language.
        await page.goto(`${h.baseUrl}/`);
        assert.equal(page.url(), `${h.baseUrl}/${target}/`, `"/" after choosing ${target} on a ${l} page`);
      }
    } finally {
      await context.close();
    }
  });
}
