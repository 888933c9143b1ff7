import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { buildStaff } from "../support/factories.ts";
import { storiesService } from "../../src/features/stories/stories.service.ts";
import {
  assertHeading,
  assertNoAxeViolationsOnce,
  assertPageLanguage,
  BROWSER_LOCALE,
  exactly,
  fillLogin,
  format,
  isFocused,
  LANG_TAG,
  languageName,
  loadAllMessages,
  newContext,
  SCREENSHOT_DIR,
  squash,
  submitAndWait,
  textOf,
  type Locale,
} from "./helpers.ts";

/**
 * Victims' voices, read as stories: a reader (in English, then in Arabic) sends a message of support,
 * forgets the words at first, is told a moderator reads it before anyone else; a moderator approves it
 * and it appears on the story and on the author's private page. A translator (working in English, then
 * in Arabic) translates an approved story into French and into Arabic; readers in those languages get
 * it marked as a translation, with the original one link away. axe on every page; phone screenshots.
 *
 * The support form allows 10 posts an hour from one address: the stories here make 4.
 */

let h: BrowserHarness;
const TEST_TIMEOUT = 60_000;
const messages = loadAllMessages();
const PHONE = { width: 390, height: 844 };

before(async () => {
  h = await startBrowserHarness();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

after(async () => {
  await h?.close();
});

function service() {
  const c = h.t.config;
  return storiesService(h.t.db, () => h.t.clock.now, { fieldKey: h.t.app.services.keys.field, contactRetentionDays: c.storyContactRetentionDays, withdrawalGraceHours: c.storyWithdrawalGraceHours, storage: h.t.app.services.storage });
}

/** Set-up only: a story a moderator already approved (sharing and moderating have their own browser stories). */
async function approvedStory(l: Locale, title: string, body: string): Promise<{ id: string; token: string }> {
  const { id, token } = await service().submit(
    { title, body, language: l, country: undefined, year: undefined, attack: undefined, content_warning: undefined },
    { naming: "anonymous", displayName: null, publish: true, translate: true, quote: false },
    undefined,
  );
  await service().decide(id, "approve", null);
  return { id, token };
}

async function signInAs(page: Page, l: Locale, roles: ("moderator" | "translator")[]) {
  const staff = await buildStaff(h.t, { roles });
  await page.goto(`${h.baseUrl}/${l}/admin/login`);
  assert.equal((await fillLogin(page, messages[l], staff.email, staff.password)).status(), 303);
}

const STORIES: Record<"en" | "ar", { title: string; body: string; message: string; name: string }> = {
  en: {
    title: "The morning bus",
    body: "I was on the morning bus to work when the bomb went off. Today I walk again, slowly, with my children beside me.",
    message: "Thank you for your courage. Your words gave me hope.",
    name: "Sam",
  },
  ar: {
    title: "صباح في السوق",
    body: "كنت في السوق مع أختي عندما وقع الانفجار. اليوم أمشي من جديد، ببطء، ومعي أطفالي.",
    message: "شكرًا على شجاعتك. كلماتك منحتني الأمل.",
    name: "ليلى",
  },
};

// ---------------------------------------------------------------------------------------------
// 1. A message of support, from a reader to the author, through a moderator

for (const l of ["en", "ar"] as const) {
  test(`support (${l}): a reader sends a message of support, a moderator approves it, and it appears on the story and on the author's private page`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages[l];
    const s = STORIES[l];
    const { id, token } = await approvedStory(l, s.title, s.body);
    const readerContext = await newContext(h, { locale: BROWSER_LOCALE[l] });
    const staffContext = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await readerContext.newPage();
      const storyUrl = `${h.baseUrl}/${l}/stories/${id}`;
      await page.goto(storyUrl);
      await assertPageLanguage(page, l);
      await assertHeading(page, s.title);
      const section = page.getByRole("region", { name: exactly(m["stories.supportMessages.title"]!) });
      assert.ok((await textOf(section)).includes(squash(m["stories.supportMessages.none"]!)), "no message yet");
      await assertNoAxeViolationsOnce(page, `/${l}/stories/{id}`, "voices");

      const form = page.getByRole("form", { name: exactly(m["stories.supportMessages.formTitle"]!) });
      const message = form.getByRole("textbox", { name: exactly(m["stories.supportMessages.message"]!) });
      const name = form.getByRole("textbox", { name: exactly(m["stories.supportMessages.name"]!) });
      const send = form.getByRole("button", { name: exactly(m["stories.supportMessages.submit"]!) });
      assert.equal(await form.getByRole("textbox").count(), 2, "only the message and a first name: no e-mail address");

      // Sent without words: the form comes back with the name kept and the error linked.
      await name.fill(s.name);
      const refused = await submitAndWait(page, send);
      assert.equal(refused.status(), 400);
      const summary = page.locator("[data-error-summary]");
      await summary.waitFor();
      await page.waitForLoadState("load");
      assert.ok((await page.title()).startsWith(`${m["form.errorTitlePrefix"]} `));
      assert.ok(await isFocused(summary), "focus moves to the error summary");
      const link = summary.getByRole("link", { name: exactly(m["stories.supportMessages.error.message"]!) });
      assert.equal(await link.getAttribute("href"), "#field-message");
      assert.equal(await name.inputValue(), s.name, "the name is kept");
      await assertNoAxeViolationsOnce(page, `/${l}/stories/{id}/support with errors`, "errors");
      await link.click();
      assert.ok(await isFocused(message), "the link leads to the message field");

      await message.fill(s.message);
      const sent = await submitAndWait(page, send);
      assert.equal(sent.status(), 303);
      await page.waitForURL((u) => u.pathname === `/${l}/stories/${id}`);
      assert.equal(await textOf(page.locator("main .flash")), squash(m["stories.supportMessages.flash.sent"]!));
      assert.ok(!(await textOf(page.locator("main"))).includes(s.message), "not shown before a moderator reads it");
      await assertNoAxeViolationsOnce(page, `/${l}/stories/{id} after sending`, "sent");

      // A moderator finds it in the queue, with the story it answers, and approves it.
      const staff = await staffContext.newPage();
      await signInAs(staff, l, ["moderator"]);
      await staff.goto(`${h.baseUrl}/${l}/admin/stories`);
      await staff.locator("main").getByRole("link", { name: exactly(m["admin.nav.storySupport"]!) }).click();
      await staff.waitForURL((u) => u.pathname === `/${l}/admin/story-support`);
      await assertHeading(staff, m["admin.storySupport.title"]);
      await assertNoAxeViolationsOnce(staff, `/${l}/admin/story-support`);
      const item = staff.locator("main").getByRole("listitem").filter({ hasText: s.message });
      assert.equal(await item.count(), 1, "the message waits in the queue");
      assert.ok((await textOf(item)).includes(s.title), "with the title of its story");
      const approved = await submitAndWait(staff, item.getByRole("button", { name: exactly(m["admin.storySupport.approve"]!) }));
      assert.equal(approved.status(), 303);
      await staff.waitForURL((u) => u.pathname === `/${l}/admin/story-support`);
      assert.equal(await textOf(staff.locator("main .flash")), squash(m["admin.storySupport.flash.approve"]!));
      assert.equal(await item.count(), 0, "it leaves the queue");
      await assertNoAxeViolationsOnce(staff, `/${l}/admin/story-support (after a decision)`, "decided");

      // Readers see it now, with the name given.
      await page.goto(storyUrl);
      const shown = await textOf(section);
      assert.ok(shown.includes(squash(format(l, m["stories.supportMessages.count"], { count: 1 }))), `"${shown}" counts one message`);
      assert.ok(shown.includes(s.message) && shown.includes(s.name), "the message and its name are shown");
      await assertNoAxeViolationsOnce(page, `/${l}/stories/{id} with a message`, "with-message");

      // And so does the author, through the private link.
      const author = await readerContext.newPage();
      await author.goto(`${h.baseUrl}/${l}/stories/mine/${token}`);
      const theirs = await textOf(author.getByRole("region", { name: exactly(m["stories.supportMessages.title"]!) }));
      assert.ok(theirs.includes(s.message), "the author can read it");
      await assertNoAxeViolationsOnce(author, `/${l}/stories/mine/TOKEN with a message`, "with-message");

      if (l === "ar") {
        const phoneContext = await newContext(h, { locale: BROWSER_LOCALE[l], ...PHONE });
        try {
          const phone = await phoneContext.newPage();
          await phone.goto(`${storyUrl}#support-messages`);
          await assertNoAxeViolationsOnce(phone, `/${l}/stories/{id} (phone)`, "with-message");
          await phone.screenshot({ path: path.join(SCREENSHOT_DIR, `story-support-${l}-phone.png`), fullPage: true });
        } finally {
          await phoneContext.close();
        }
      }
    } finally {
      await readerContext.close();
      await staffContext.close();
    }
  });
}

// ---------------------------------------------------------------------------------------------
// 2. A translation, with the author's consent, marked for readers

const TRANSLATIONS: { ui: Locale; from: "en" | "fr"; to: "fr" | "ar"; title: string; body: string; translatedTitle: string; translatedBody: string }[] = [
  {
    ui: "en",
    from: "en",
    to: "fr",
    title: "The evening at the concert",
    body: "We had gone to hear our favourite band. Since that night, music frightens me, but I am learning to listen again.",
    translatedTitle: "Le soir du concert",
    translatedBody: "Nous étions allés écouter notre groupe préféré. Depuis cette nuit-là, la musique me fait peur, mais j’apprends à écouter de nouveau.",
  },
  {
    ui: "ar",
    from: "fr",
    to: "ar",
    title: "La terrasse du café",
    body: "Nous étions à la terrasse du café quand tout a basculé. Aujourd’hui, je réapprends à marcher.",
    translatedTitle: "شرفة المقهى",
    translatedBody: "كنا على شرفة المقهى عندما انقلب كل شيء. اليوم أتعلم المشي من جديد.",
  },
];

for (const x of TRANSLATIONS) {
  test(`translation (staff in ${x.ui}, into ${x.to}): a translator translates an approved story beside its text; a reader in ${x.to} gets it marked as a translation, with the original one link away`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages[x.ui];
    const r = messages[x.to];
    const { id } = await approvedStory(x.from, x.title, x.body);
    const staffContext = await newContext(h, { locale: BROWSER_LOCALE[x.ui] });
    const readerContext = await newContext(h, { locale: BROWSER_LOCALE[x.to] });
    try {
      const page = await staffContext.newPage();
      await signInAs(page, x.ui, ["translator"]);
      const main = page.locator("main");
      // The translator's way in: the staff navigation.
      await page.getByRole("navigation", { name: exactly(m["layout.adminNav"]!) }).getByRole("link", { name: exactly(m["admin.nav.storyTranslations"]!) }).click();
      await page.waitForURL((u) => u.pathname === `/${x.ui}/admin/story-translations`);
      await assertHeading(page, m["admin.storyTranslations.title"]);
      await assertNoAxeViolationsOnce(page, `/${x.ui}/admin/story-translations`);
      const row = main.getByRole("row").filter({ hasText: x.title });
      const missing = format(x.ui, m["admin.storyTranslations.languageState"], { language: languageName(x.ui, x.to), state: m["admin.storyTranslations.state.missing"]! });
      await row.getByRole("link", { name: exactly(missing) }).click();
      await page.waitForURL((u) => u.pathname === `/${x.ui}/admin/story-translations/${id}/${x.to}`);
      await assertHeading(page, format(x.ui, m["admin.storyTranslations.formTitle"], { language: languageName(x.ui, x.to) }));
      await assertNoAxeViolationsOnce(page, `/${x.ui}/admin/story-translations/{id}/${x.to}`);

      // The published text beside the form, each in its own language and direction.
      const source = main.locator(".translate-source .story-text");
      assert.equal(squash((await source.textContent()) ?? ""), squash(x.body));
      assert.equal(await source.getAttribute("lang"), LANG_TAG[x.from]);
      const body = main.getByRole("textbox", { name: exactly(m["admin.storyTranslations.fieldBody"]!) });
      assert.equal(await body.getAttribute("lang"), LANG_TAG[x.to]);
      assert.equal(await body.getAttribute("dir"), x.to === "ar" ? "rtl" : "ltr");

      // Published empty: refused, the title kept.
      const title = main.getByRole("textbox", { name: exactly(m["admin.storyTranslations.fieldTitle"]!) });
      const publish = main.getByRole("button", { name: exactly(m["admin.storyTranslations.publish"]!) });
      await title.fill(x.translatedTitle);
      const refused = await submitAndWait(page, publish);
      assert.equal(refused.status(), 400);
      await main.locator("[data-error-summary]").waitFor();
      assert.equal(await main.locator("[data-error-summary] a").getAttribute("href"), "#field-body");
      assert.equal(await title.inputValue(), x.translatedTitle);
      await assertNoAxeViolationsOnce(page, `/${x.ui}/admin/story-translations/{id}/${x.to} with errors`, "errors");

      await body.fill(x.translatedBody);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `story-translation-form-${x.ui}.png`), fullPage: true });
      const saved = await submitAndWait(page, publish);
      assert.equal(saved.status(), 303);
      await page.waitForURL((u) => u.pathname === `/${x.ui}/admin/story-translations/${id}/${x.to}`);
      await main.locator(".flash").filter({ hasText: exactly(m["admin.storyTranslations.flash.published"]!) }).waitFor();
      await assertNoAxeViolationsOnce(page, `/${x.ui}/admin/story-translations/{id}/${x.to} (published)`, "published");

      // A reader in that language gets the translation, marked, and can go to the original.
      const reader = await readerContext.newPage();
      await reader.goto(`${h.baseUrl}/${x.to}/stories/${id}`);
      await assertPageLanguage(reader, x.to);
      await assertHeading(reader, x.translatedTitle);
      const note = reader.locator("main").getByRole("note").filter({ hasText: squash(format(x.to, r["stories.translation.marked"], { language: languageName(x.to, x.from), code: x.from })) });
      assert.equal(await note.count(), 1, "the page says it is a translation, made with the author's consent");
      assert.equal(squash((await reader.locator("main .story-text").textContent()) ?? ""), squash(x.translatedBody));
      await assertNoAxeViolationsOnce(reader, `/${x.to}/stories/{id} (translated)`, "translated");
      if (x.to === "ar") {
        const phoneContext = await newContext(h, { locale: BROWSER_LOCALE[x.to], ...PHONE });
        try {
          const phone = await phoneContext.newPage();
          await phone.goto(`${h.baseUrl}/${x.to}/stories/${id}`);
          await assertNoAxeViolationsOnce(phone, `/${x.to}/stories/{id} (translated, phone)`, "translated");
          await phone.screenshot({ path: path.join(SCREENSHOT_DIR, `story-translation-${x.to}-phone.png`), fullPage: true });
          const overflow = await phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
          assert.ok(Number(overflow) <= 0, `no sideways scrolling at 390px (by ${overflow}px)`);
        } finally {
          await phoneContext.close();
        }
      }

      const original = note.getByRole("link", { name: exactly(format(x.to, r["stories.translation.original"], { language: languageName(x.to, x.from) })) });
      await original.click();
      await reader.waitForURL((u) => u.searchParams.get("in") === x.from);
      assert.equal(await textOf(reader.getByRole("heading", { level: 1 })), x.title);
      assert.equal(await reader.getByRole("heading", { level: 1 }).getAttribute("lang"), LANG_TAG[x.from]);
      await assertNoAxeViolationsOnce(reader, `/${x.to}/stories/{id}?in=${x.from} (original)`, "original");
      await reader.getByRole("note").getByRole("link", { name: exactly(languageName(x.to, x.to)) }).click();
      await reader.waitForURL((u) => u.searchParams.get("in") === x.to);
      await assertHeading(reader, x.translatedTitle);

      // The list shows the translated title.
      await reader.goto(`${h.baseUrl}/${x.to}/stories`);
      assert.equal(await reader.locator("main").getByRole("link", { name: exactly(x.translatedTitle) }).count(), 1, "the list shows the translated title");
      await assertNoAxeViolationsOnce(reader, `/${x.to}/stories (with a translation)`, "translated");
    } finally {
      await staffContext.close();
      await readerContext.close();
    }
  });
}
