import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { BrowserContext, Page } from "playwright-core";
import { LOCALES, startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import {
  BROWSER_LOCALE,
  LANG_TAG,
  assertNoAxeViolations,
  demo,
  exactly,
  format,
  isFocused,
  languageName,
  loadAllMessages,
  longDate,
  newContext,
  submitAndWait,
  squash,
  textOf,
  type Locale,
  type Messages,
} from "./helpers.ts";

let h: BrowserHarness;
const messages = loadAllMessages();

const RIGHTS = "your-rights-as-a-victim";
const WARNING = "psychological-support-after-an-attack";
const PARTIAL = "physical-recovery-and-medical-care"; // written in en, fr and es only
const NEWS = "international-day-2026";
const PARTIAL_LOCALES: readonly Locale[] = ["en", "fr", "es"];

before(async () => {
  h = await startBrowserHarness();
});

after(async () => {
  await h?.close();
});

async function feedbackCount(slug: string, locale: Locale, useful: boolean): Promise<number> {
  const row = await h.t.db.kysely
    .selectFrom("feedback")
    .innerJoin("content_items", "content_items.id", "feedback.item_id")
    .where("content_items.slug", "=", slug)
    .where("feedback.locale", "=", locale)
    .where("feedback.useful", "=", useful ? 1 : 0)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Sends the feedback form empty, checks the error summary, follows its link to the radio group. */
async function checkFeedbackErrors(page: Page, l: Locale, m: Messages, js: boolean) {
  const form = page.getByRole("region", { name: exactly(m["feedback.title"]!) });
  const response = await submitAndWait(page, form.getByRole("button", { name: exactly(m["feedback.submit"]!) }));
  assert.equal(response.status(), 400);
  assert.ok((await page.title()).startsWith(m["form.errorTitlePrefix"]!), "the page title starts with the error prefix");
  const summary = page.locator("[data-error-summary]");
  assert.ok(await summary.getByRole("heading", { name: exactly(m["form.errorSummaryTitle"]!) }).isVisible());
  if (js) assert.ok(await isFocused(summary), "app.js moves focus to the error summary");
  const link = summary.getByRole("link", { name: exactly(m["feedback.error.useful"]!) });
  await link.click();
  const yes = page.getByRole("radio", { name: exactly(m["feedback.yes"]!) });
  assert.ok(await isFocused(yes), `the error link focuses the first radio (${l})`);
  // The message is repeated next to the question.
  assert.ok(await page.locator("fieldset .field-error").filter({ hasText: m["feedback.error.useful"]! }).isVisible());
}

async function sendFeedback(page: Page, l: Locale, m: Messages, slug: string, answer: "yes" | "no") {
  const radio = page.getByRole("radio", { name: exactly(m[answer === "yes" ? "feedback.yes" : "feedback.no"]!) });
  await radio.check();
  await Promise.all([
    page.waitForURL(`${h.baseUrl}/${l}/info/${slug}#feedback-title`),
    page.getByRole("button", { name: exactly(m["feedback.submit"]!) }).click(),
  ]);
  const thanks = page.getByRole("status").filter({ hasText: exactly(m["feedback.thanks"]!) });
  assert.ok(await thanks.isVisible(), "the thank-you message shows after the redirect");
}

for (const l of LOCALES) {
  test(`content (${l}): page, last reviewed, feedback errors and thanks, content warning, fallback, news`, async () => {
    const m = messages[l];
    const context: BrowserContext = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();

      // A content page.
      const rights = demo(RIGHTS, l);
      await page.goto(`${h.baseUrl}/${l}/info/${RIGHTS}`);
      const h1 = page.getByRole("heading", { level: 1 });
      assert.equal(await h1.count(), 1);
      assert.equal(await textOf(h1), rights.title);
      assert.equal(await h1.getAttribute("lang"), null, "the page's own language needs no lang attribute");
      const reviewed = page.locator("article p.reviewed");
      assert.equal(await textOf(reviewed), format(l, m["content.lastReviewed"], { date: longDate(l, rights.item.reviewedOn) }));
      assert.equal(await page.locator(".notice-fallback").count(), 0);

      // Feedback: nothing chosen → error summary; then "yes" → thanks. axe runs once on this page
      // type, in the error state (the whole page plus the error summary and field error).
      await checkFeedbackErrors(page, l, m, true);
      await assertNoAxeViolations(page, `/${l}/info/${RIGHTS}/feedback (errors)`);
      const before = await feedbackCount(RIGHTS, l, true);
      await sendFeedback(page, l, m, RIGHTS, "yes");
      assert.equal(await feedbackCount(RIGHTS, l, true), before + 1);

      // Content warning: the body stays hidden until the reader opens it.
      const warning = demo(WARNING, l);
      assert.ok(warning.contentWarning);
      await page.goto(`${h.baseUrl}/${l}/info/${WARNING}`);
      const details = page.locator("details.content-warning");
      const summary = details.locator("summary");
      const body = details.locator(".content-warning-body");
      assert.ok((await textOf(summary)).includes(squash(warning.contentWarning)));
      assert.ok((await textOf(summary)).includes(squash(m["contentWarning.show"]!)));
      assert.equal(await details.evaluate((d) => (d as HTMLDetailsElement).open), false);
      assert.equal(await body.isVisible(), false, "the body is hidden behind the warning");
      await summary.click();
      assert.equal(await details.evaluate((d) => (d as HTMLDetailsElement).open), true);
      assert.ok(await body.isVisible(), "the body shows once the reader chooses to see it");
      // The opened warning is checked in one right-to-left and one left-to-right language (the page
      // type itself is checked in every language above).
      if (l === "ar" || l === "en") await assertNoAxeViolations(page, `/${l}/info/${WARNING} (opened)`);

      // A page not written in this language: the English text with a notice, marked lang="en".
      await page.goto(`${h.baseUrl}/${l}/info/${PARTIAL}`);
      const notice = page.locator(".notice-fallback");
      if (PARTIAL_LOCALES.includes(l)) {
        assert.equal(await notice.count(), 0);
        assert.equal(await textOf(page.getByRole("heading", { level: 1 })), demo(PARTIAL, l).title);
      } else {
        assert.equal(await page.locator("html").getAttribute("lang"), LANG_TAG[l]);
        assert.equal(await notice.getAttribute("role"), "note");
        assert.equal(await textOf(notice), format(l, m["content.fallbackNotice"], { language: languageName(l, "en") }));
        const english = demo(PARTIAL, "en");
        const title = page.getByRole("heading", { level: 1 });
        assert.equal(await textOf(title), english.title);
        assert.equal(await title.getAttribute("lang"), "en");
        assert.equal(await page.locator("article .lead").getAttribute("lang"), "en");
        assert.equal(await page.locator("article .prose").getAttribute("lang"), "en");
        if (l === "ar") assert.equal(await title.getAttribute("dir"), "ltr", "English inside an Arabic page runs left to right");
        await assertNoAxeViolations(page, `/${l}/info/${PARTIAL} (fallback)`);
      }

      // News: the list, then one item.
      const news = demo(NEWS, l);
      await page.goto(`${h.baseUrl}/${l}/news`);
      assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(m["news.title"]!));
      await assertNoAxeViolations(page, `/${l}/news`);
      await Promise.all([
        page.waitForURL(`${h.baseUrl}/${l}/news/${NEWS}`),
        page.locator("main").getByRole("link", { name: exactly(news.title) }).click(),
      ]);
      assert.equal(await textOf(page.getByRole("heading", { level: 1 })), news.title);
      const published = page.locator("article p.meta:not(.reviewed)");
      assert.equal(await textOf(published), format(l, m["news.published"], { date: longDate(l, news.item.publishedOn) }));
      await assertNoAxeViolations(page, `/${l}/news/${NEWS}`);
    } finally {
      await context.close();
    }
  });
}

for (const l of LOCALES) {
  test(`content (${l}) without JavaScript: the feedback form still works`, async () => {
    const m = messages[l];
    const context = await newContext(h, { locale: BROWSER_LOCALE[l], javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/${l}/info/${RIGHTS}`);
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains("js")), false);
      await checkFeedbackErrors(page, l, m, false);
      const before = await feedbackCount(RIGHTS, l, false);
      await sendFeedback(page, l, m, RIGHTS, "no");
      assert.equal(await feedbackCount(RIGHTS, l, false), before + 1);
    } finally {
      await context.close();
    }
  });
}
