import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { LOCALES, startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { demoPages } from "../../src/demo/content-pages.ts";
import {
  BROWSER_LOCALE,
  assertNoAxeViolations,
  exactly,
  isFocused,
  loadAllMessages,
  newContext,
  squash,
  submitAndWait,
  textOf,
  type Locale,
} from "./helpers.ts";

let h: BrowserHarness;
const messages = loadAllMessages();

before(async () => {
  h = await startBrowserHarness();
});

after(async () => {
  await h?.close();
});

/**
 * A search word taken from the title of the first demo page in that language: the longest word of
 * the title (Chinese has no spaces, so Intl.Segmenter finds the words; any of two characters or more).
 */
function searchWord(l: Locale): string {
  const title = demoPages[0]?.translations[l]?.title;
  assert.ok(title, `the first demo page has a ${l} title`);
  const words = [...new Intl.Segmenter(l, { granularity: "word" }).segment(title)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment)
    .filter((w) => [...w].length >= (l === "zh" ? 2 : 4));
  const word = words.reduce<string | undefined>((best, w) => (!best || [...w].length > [...best].length ? w : best), undefined);
  assert.ok(word, `a word to search for in "${title}"`);
  return word;
}

const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase();

/** 201 characters once trimmed: the words of the language, repeated. */
function tooLongQuery(word: string): string {
  const q = `${word} `.repeat(300).slice(0, 200) + [...word][0];
  assert.equal(q.trim().length, 201);
  return q;
}

for (const l of LOCALES) {
  test(`search (${l}): header search finds marked results that open; 201 characters is refused`, async () => {
    const m = messages[l];
    const word = searchWord(l);
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/${l}/`);

      // The search form in the header, found by its translated label.
      const header = page.locator("header");
      await header.getByRole("searchbox", { name: exactly(m["search.label"]!) }).fill(word);
      const response = await submitAndWait(page, header.getByRole("button", { name: exactly(m["search.submit"]!) }), "GET");
      assert.equal(response.status(), 200);
      const url = new URL(page.url());
      assert.equal(url.pathname, `/${l}/search`);
      assert.equal(url.searchParams.get("q"), word);

      assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(m["search.title"]!));
      assert.equal(await page.locator("main").getByRole("searchbox", { name: exactly(m["search.label"]!) }).inputValue(), word);
      const results = page.locator("ol.search-results > li");
      assert.ok((await results.count()) > 0, `"${word}" finds something in ${l}`);
      const marks = (await page.locator("ol.search-results mark").allTextContents()).map(fold);
      assert.ok(marks.length > 0, "the matched words are marked");
      assert.ok(marks.includes(fold(word)), `"${word}" itself is marked (marked: ${marks.slice(0, 5).join(", ")})`);
      await assertNoAxeViolations(page, `/${l}/search?q=${word}`);

      // A result opens its page.
      const first = page.locator("ol.search-results h3 a").first();
      const title = await textOf(first);
      const href = await first.getAttribute("href");
      assert.match(href ?? "", new RegExp(`^/${l}/(info|news)/[a-z0-9-]+$`));
      await Promise.all([page.waitForURL(`${h.baseUrl}${href}`), first.click()]);
      assert.equal(await textOf(page.getByRole("heading", { level: 1 })), title);

      // 201 characters: refused with an error summary and status 400.
      await page.goto(`${h.baseUrl}/${l}/search`);
      const q = tooLongQuery(word);
      const box = page.locator("main").getByRole("searchbox", { name: exactly(m["search.label"]!) });
      await box.fill(q);
      const refused = await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(m["search.submit"]!) }), "GET");
      assert.equal(refused.status(), 400);
      assert.ok((await page.title()).startsWith(m["form.errorTitlePrefix"]!));
      const summary = page.locator("[data-error-summary]");
      assert.ok(await summary.getByRole("heading", { name: exactly(m["form.errorSummaryTitle"]!) }).isVisible());
      assert.ok(await isFocused(summary), "app.js moves focus to the error summary");
      assert.equal(await box.inputValue(), q, "what was typed is kept");
      assert.equal(await page.locator("ol.search-results").count(), 0);
      await summary.getByRole("link", { name: exactly(m["search.error.tooLong"]!) }).click();
      assert.ok(await isFocused(box), "the error link focuses the search box");
      assert.equal(await box.getAttribute("aria-invalid"), "true");
      await assertNoAxeViolations(page, `/${l}/search (too long)`);
    } finally {
      await context.close();
    }
  });
}
