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

for (const [i, l] of LOCALES.entries()) {
  test(`language (${l}): the switcher keeps the page, and "/" then remembers the choice`, async () => {
    const m = messages[l];
    const others = LOCALES.filter((x) => x !== l);
    // Two languages are followed from each one (the next two in UN order), so across the six tests
    // every language is reached twice, and the second choice replaces a remembered first one.
    const followed = [LOCALES[(i + 1) % LOCALES.length]!, LOCALES[(i + 2) % LOCALES.length]!];
    // The browser asks for this language; every choice below is a different one.
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/`);
      assert.equal(page.url(), `${h.baseUrl}/${l}/`, "no choice made yet: the browser's language");

      const from = `${h.baseUrl}/${l}/info/${SLUG}`;
      await page.goto(from);
      const switcher = page.getByRole("navigation", { name: exactly(m["layout.languageNav"]!) });
      // The current language is shown, not linked; each other one links to this same page.
      assert.equal(await switcher.getByRole("link", { name: exactly(AUTONYM[l]) }).count(), 0);
      assert.equal(await switcher.locator('[aria-current="true"]').getAttribute("lang"), LANG_TAG[l]);
      for (const target of others) {
        const link = switcher.getByRole("link", { name: exactly(AUTONYM[target]) });
        assert.equal(await link.getAttribute("href"), `/${target}/info/${SLUG}`);
        assert.equal(await link.getAttribute("lang"), LANG_TAG[target], "each language name is marked with its language");
      }

      for (const target of followed) {
        await page.goto(from);
        await Promise.all([
          page.waitForURL(`${h.baseUrl}/${target}/info/${SLUG}`),
          switcher.getByRole("link", { name: exactly(AUTONYM[target]) }).click(),
        ]);
        assert.equal(await page.locator("html").getAttribute("lang"), LANG_TAG[target]);
        assert.equal(await textOf(page.getByRole("heading", { level: 1 })), demo(SLUG, target).title);

        // The choice is remembered: "/" now goes to it, not to the browser's language.
        await page.goto(`${h.baseUrl}/`);
        assert.equal(page.url(), `${h.baseUrl}/${target}/`, `"/" after choosing ${target} on a ${l} page`);
      }

      // Reading a page in another language (no switcher used) changes nothing.
      await page.goto(from);
      await page.goto(`${h.baseUrl}/`);
      assert.equal(page.url(), `${h.baseUrl}/${followed[1]}/`);
    } finally {
      await context.close();
    }
  });
}
