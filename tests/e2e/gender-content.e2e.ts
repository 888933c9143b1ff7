import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { buildStaff } from "../support/factories.ts";
import { demoGenderPages } from "../../src/demo/content-gender.ts";
import { storiesRepo } from "../../src/features/stories/stories.repo.ts";
import { storiesService } from "../../src/features/stories/stories.service.ts";
import {
  assertHeading,
  assertNoAxeViolationsOnce,
  assertPageLanguage,
  BROWSER_LOCALE,
  exactly,
  fillLogin,
  format,
  loadAllMessages,
  newContext,
  SCREENSHOT_DIR,
  squash,
  submitAndWait,
  textOf,
  type Locale,
} from "./helpers.ts";

/**
 * The gender dimension, read as stories in English, French and Arabic: a reader goes from the justice
 * topic to the gender topic and opens its page behind the content warning; a survivor shares a story
 * with a detail kept to the original, which the translator never sees; a focal point answers the
 * self-assessment's gender group and finds it in the report. axe on every page.
 */

let h: BrowserHarness;
const TEST_TIMEOUT = 90_000;
const messages = loadAllMessages();
const LANGS = ["en", "fr", "ar"] as const;
const SHOTS = path.join(SCREENSHOT_DIR, "gender-content");
const page0 = demoGenderPages[0]!;

before(async () => {
  h = await startBrowserHarness();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await h?.close();
});

async function phoneShot(page: Page, name: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${name}: nothing scrolls sideways at phone width (${overflow}px)`);
  await page.screenshot({ path: path.join(SHOTS, `${name}-390.png`), fullPage: true });
  if (size) await page.setViewportSize(size);
}

const PRIVATE: Record<(typeof LANGS)[number], { body: string; detail: string; target: Locale }> = {
  en: { body: "They came to our village at night. I came home two years later, with my daughter.", detail: "The camp was near the river Kaduna-Secret", target: "fr" },
  fr: { body: "Ils sont venus la nuit dans notre village. Je suis rentrée deux ans plus tard, avec ma fille.", detail: "Le camp était près du fleuve Secret-Niger", target: "en" },
  ar: { body: "جاؤوا إلى قريتنا ليلًا. عدتُ إلى البيت بعد عامين، ومعي ابنتي.", detail: "كان المخيم قرب نهر السرّ-الخفي", target: "en" },
};

for (const l of LANGS) {
  test(`${l}: a reader goes from the justice topic to the gender topic and opens its page behind the content warning`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages[l];
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/${l}/info/topics/justice`);
      await assertPageLanguage(page, l);
      await assertHeading(page, m["topic.justice.name"]);
      await assertNoAxeViolationsOnce(page, `${l} justice topic`);
      const related = page.getByRole("complementary", { name: exactly(m["content.gender.relatedTitle"]!) });
      await related.getByRole("link", { name: exactly(m["topic.gender.name"]!) }).click();
      await assertHeading(page, m["topic.gender.name"]);
      await assertNoAxeViolationsOnce(page, `${l} gender topic`);
      const tr = page0.translations[l]!;
      await page.getByRole("link", { name: exactly(tr.title) }).click();
      await assertHeading(page, tr.title);
      // The warning comes first; the text stays hidden until the reader chooses.
      const warning = page.locator("details.content-warning");
      assert.ok((await textOf(warning.locator("summary"))).includes(squash(m["content.warning.sexualViolence"]!)));
      const firstSection = page.getByRole("heading", { level: 2, name: tr.body.match(/^## (.+)$/m)![1]! });
      assert.equal(await firstSection.isVisible(), false);
      await assertNoAxeViolationsOnce(page, `${l} gender page, warning closed`, "closed");
      if (l === "ar") await phoneShot(page, "ar-gender-page-closed");
      await warning.locator("summary").focus();
      await page.keyboard.press("Enter");
      assert.equal(await firstSection.isVisible(), true);
      assert.ok(await page.getByRole("link", { name: exactly(tr.body.match(/\[([^\]]+)\]\(\/[a-z]{2}\/services\)/)![1]!) }).isVisible(), "links the directory");
      await assertNoAxeViolationsOnce(page, `${l} gender page, warning open`, "open");
      if (l === "ar") await phoneShot(page, "ar-gender-page-open");
    } finally {
      await context.close();
    }
  });

  test(`${l}: a survivor keeps a detail to the original story, and the translator never sees it`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages[l];
    const s = PRIVATE[l];
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/${l}/stories/share`);
      await assertNoAxeViolationsOnce(page, `${l} share form`);
      const main = page.locator("main");
      await main.getByRole("textbox", { name: exactly(m["stories.form.body"]!) }).fill(s.body);
      await main.getByRole("textbox", { name: exactly(m["stories.private.label"]!) }).fill(s.detail);
      await main.getByRole("combobox", { name: exactly(m["stories.form.language"]!) }).selectOption(l);
      const yesNo = (c: string, a: string) => main.getByRole("group", { name: exactly(m[`stories.consent.${c}`]!) }).getByRole("radio", { name: exactly(m[`stories.consent.${a}`]!) });
      await yesNo("publish", "yes").check();
      await yesNo("translate", "yes").check();
      await yesNo("quote", "yes").check();
      await submitAndWait(page, main.getByRole("button", { name: exactly(m["stories.share.submit"]!) }));
      await page.waitForURL(/\/stories\/mine\//);
      const mine = page.getByRole("region", { name: exactly(m["stories.private.mineTitle"]!) });
      assert.ok((await textOf(mine)).includes(s.detail));
      await assertNoAxeViolationsOnce(page, `${l} private page with a private detail`);
      if (l === "ar") await phoneShot(page, "ar-private-page");

      // A moderator approves it (through the service: moderation has its own browser story).
      const row = (await storiesRepo(h.t.db.kysely).queue("submitted", 100, 0)).rows.find((r) => r.body === s.body)!;
      const c = h.t.app.services.config;
      const stories = storiesService(h.t.db, () => h.t.clock.now, { fieldKey: h.t.app.services.keys.field, contactRetentionDays: c.storyContactRetentionDays, withdrawalGraceHours: c.storyWithdrawalGraceHours, storage: h.t.app.services.storage });
      await stories.moderatorEdit(row.id, { title: null, body: row.body, content_warning: null, attack: null, themes: ["gender"] });
      await stories.decide(row.id, "approve", null);

      // The published original shows the detail in place, behind the warning the gender theme brought.
      await page.goto(`${h.baseUrl}/${l}/stories/${row.id}`);
      await page.locator("details.content-warning summary").click();
      assert.ok((await textOf(page.locator("main"))).includes(s.detail));
      await assertNoAxeViolationsOnce(page, `${l} published story with a private detail`);

      // The translator's view: the story's text, never the detail, and a note saying it exists.
      const translator = await buildStaff(h.t, { roles: ["translator"] });
      await page.goto(`${h.baseUrl}/${l}/admin/login`);
      assert.equal((await fillLogin(page, m, translator.email, translator.password)).status(), 303);
      await page.goto(`${h.baseUrl}/${l}/admin/story-translations/${row.id}/${s.target}`);
      const view = await textOf(page.locator("main"));
      assert.ok(view.includes(squash(s.body)), view);
      assert.ok(!view.includes(s.detail), "the translator never sees the private detail");
      assert.ok(view.includes(squash(m["admin.stories.private.translatorNote"]!)));
      await assertNoAxeViolationsOnce(page, `${l} translator view`);
    } finally {
      await context.close();
    }
  });

  test(`${l}: a focal point answers the gender group of the self-assessment and finds it in the report`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages[l];
    const code = { en: "NG", fr: "BF", ar: "IQ" }[l];
    const focal = await buildStaff(h.t, { roles: ["focal_point"], countries: [code] });
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/${l}/admin/login`);
      assert.equal((await fillLogin(page, m, focal.email, focal.password)).status(), 303);
      await page.goto(`${h.baseUrl}/${l}/self-assessment`);
      await page.getByLabel(m["assessment.field.country"]!, { exact: true }).selectOption(code);
      await submitAndWait(page, page.getByRole("button", { name: exactly(m["assessment.start.submit"]!) }));
      await page.getByRole("link", { name: exactly(m["provisionGroup.gender"]!) }).click();
      await assertHeading(page, m["provisionGroup.gender"]);
      await assertNoAxeViolationsOnce(page, `${l} gender section`);
      if (l === "ar") await phoneShot(page, "ar-assessment-gender");
      const region = (id: string) => page.getByRole("region", { name: exactly(m[`provision.${id}`]!) });
      await region("sgbv_specialised_support").getByRole("radio", { name: exactly(m["assessment.answer.partly"]!) }).check();
      await region("sgbv_specialised_support").getByLabel(m["assessment.field.missing"]!, { exact: true }).fill("Rural areas");
      await region("staff_of_chosen_gender").getByRole("radio", { name: exactly(m["assessment.answer.in_place"]!) }).check();
      await submitAndWait(page, page.getByRole("button", { name: exactly(m["assessment.save.later"]!) }));
      await page.getByRole("link", { name: exactly(m["assessment.openReport"]!) }).click();
      await assertNoAxeViolationsOnce(page, `${l} report with the gender group`);
      const group = page.getByRole("heading", { level: 2, name: exactly(m["provisionGroup.gender"]!) });
      assert.equal(await group.count(), 1);
      const report = await textOf(page.locator("main"));
      assert.ok(report.includes(squash(m["assessment.next.sgbv_specialised_support"]!)), report);
      const library = page.getByRole("link", { name: exactly(format(l, m["assessment.report.library"], { title: m["provisionGroup.gender"]! })) }).first();
      assert.equal(await library.getAttribute("href"), `/${l}/library?topic=gender`);
      await library.click();
      assert.equal(new URL(page.url()).search, "?topic=gender");
      await assertPageLanguage(page, l);
      await assertNoAxeViolationsOnce(page, `${l} library filtered on gender`);
    } finally {
      await context.close();
    }
  });
}

