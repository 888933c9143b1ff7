import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Locator, Page, Response } from "playwright-core";
import { axeViolations, startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { buildStaff } from "../support/factories.ts";
import { formatDateTime } from "../../src/i18n/format.ts";
import { storiesService, tokenHash } from "../../src/features/stories/stories.service.ts";
import { buildPhonePhoto, buildWav } from "../../src/media/test-fixtures.ts";
import {
  assertHeading,
  assertNoAxeViolationsOnce,
  assertPageLanguage,
  BROWSER_LOCALE,
  escapeRegExp,
  exactly,
  fillLogin,
  format,
  isFocused,
  LANG_TAG,
  loadAllMessages,
  newContext,
  SCREENSHOT_DIR,
  squash,
  submitAndWait,
  textOf,
  type Locale,
} from "./helpers.ts";

/**
 * Victims' stories, read as stories: survivors write in Arabic, French and English, forget the consent
 * questions once, then send and land on their private link; a moderator hides a name and approves;
 * a reader filters, meets the content warning and opens it with the keyboard; an author withdraws
 * consent, then the whole story, and undoes it; the form works without JavaScript; phone screenshots.
 *
 * The share form allows 10 posts an hour from one address, and every post in this file comes from
 * 127.0.0.1: the stories make 8 (2 per language in the first story, 2 without JavaScript).
 */

let h: BrowserHarness;
/** A story that hangs fails after a minute instead of holding the whole run. */
const TEST_TIMEOUT = 60_000;
const messages = loadAllMessages();

before(async () => {
  h = await startBrowserHarness();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

after(async () => {
  process.stdout.write(`# stories.e2e: ${sharePosts} POSTs to the share form (limit 10 an hour)\n`);
  await h?.close();
});

// ---------------------------------------------------------------------------------------------
// The survivors and their stories

interface Author {
  body: string;
  name: string;
  warning: string;
  email: string;
}

const AUTHORS: Record<"ar" | "fr" | "en", Author> = {
  ar: {
    body: "كنت في السوق مع أختي عندما وقع الانفجار. ما زلت أسمع صوتها وهي تناديني. اليوم أمشي من جديد، ببطء، ومعي أطفالي.",
    name: "نور الصباح",
    warning: "يصف إصابات وفقدان أحد الأقارب",
    email: "nour.ar@example.org",
  },
  fr: {
    body: "Nous étions à la terrasse du café quand tout a basculé. Mon frère m’a tenu la main jusqu’à l’arrivée des secours. Aujourd’hui, je réapprends à marcher.",
    name: "Camille des Lilas",
    warning: "Décrit des blessures",
    email: "camille.fr@example.org",
  },
  en: {
    body: "I was on the morning bus to work when the bomb went off. My neighbour Daniel carried me out through the window. Today I walk again, slowly, with my children beside me.",
    name: "Blue Heron",
    warning: "Describes injuries",
    email: "heron.en@example.org",
  },
};
/** Files sent with the stories: a phone photo (with GPS EXIF) in Arabic, a voice recording in French. */
const MEDIA: Partial<Record<"ar" | "fr" | "en", { file: () => Promise<{ name: string; mimeType: string; buffer: Buffer }>; description: string }>> = {
  ar: { file: async () => ({ name: "IMG_2041.JPG", mimeType: "image/jpeg", buffer: await buildPhonePhoto(1200, 800) }), description: "حديقة بيتنا في الربيع" },
  fr: { file: async () => ({ name: "message.wav", mimeType: "audio/wav", buffer: buildWav(16_000) }), description: "Un message pour mon frère" },
};

/** The word the moderator hides in the English story (a real person's name). */
const REDACTED_WORD = "Daniel";
const REDACTED_MARK = "[…]";

/** What the first story leaves for the others: each language's private link token. */
const tokens: Partial<Record<Locale, string>> = {};

/** Where the publication question's legend was, in the window, after following the error summary's link. */
const questionTopAfterJump: Partial<Record<Locale, number>> = {};

/** Every POST to the share form in this file, counted against the rate limit of 10 an hour. */
let sharePosts = 0;

function countSharePosts(context: BrowserContext) {
  context.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname.endsWith("/stories/share")) sharePosts += 1;
  });
}

/** The app's stories service, for set-up only (never for what a story checks). */
function service() {
  const c = h.t.config;
  return storiesService(h.t.db, () => h.t.clock.now, { fieldKey: h.t.app.services.keys.field, contactRetentionDays: c.storyContactRetentionDays, withdrawalGraceHours: c.storyWithdrawalGraceHours, storage: h.t.app.services.storage });
}

async function storyByToken(token: string) {
  const row = await service().repo.findByTokenHash(tokenHash(token));
  assert.ok(row, "the story exists");
  return row;
}

/**
 * The token of the story shared in `l` by the first story; when that story did not run (a filtered
 * run), the same story is saved through the service instead, so no POST is spent.
 */
async function tokenFor(l: "ar" | "fr" | "en"): Promise<string> {
  if (tokens[l]) return tokens[l];
  const a = AUTHORS[l];
  const { token } = await service().submit({ title: undefined, body: a.body, language: l, country: undefined, year: undefined, attack: undefined, content_warning: a.warning }, { naming: "pseudonym", displayName: a.name, publish: true, translate: true, quote: false }, a.email);
  tokens[l] = token;
  return token;
}

// ---------------------------------------------------------------------------------------------
// axe, once per page state



// ---------------------------------------------------------------------------------------------
// Finding things the way a reader does



/** The share form (and the consent form) found by role and translated name. */
function shareForm(page: Page, l: Locale) {
  const m = messages[l];
  const main = page.locator("main");
  const group = (key: string) => main.getByRole("group", { name: exactly(m[key]!) });
  const yesNo = (c: "publish" | "translate" | "quote", answer: "yes" | "no") => group(`stories.consent.${c}`).getByRole("radio", { name: exactly(m[`stories.consent.${answer}`]!) });
  return {
    main,
    body: main.getByRole("textbox", { name: exactly(m["stories.form.body"]!) }),
    title: main.getByRole("textbox", { name: exactly(m["stories.form.title"]!) }),
    language: main.getByRole("combobox", { name: exactly(m["stories.form.language"]!) }),
    warning: main.getByRole("textbox", { name: exactly(m["stories.form.warning"]!) }),
    naming: (n: string) => group("stories.consent.naming").getByRole("radio", { name: exactly(m[`stories.naming.${n}`]!) }),
    displayName: main.getByRole("textbox", { name: exactly(m["stories.consent.displayName"]!) }),
    yesNo,
    email: main.getByRole("textbox", { name: exactly(m["stories.form.email"]!) }),
    send: main.getByRole("button", { name: exactly(m["stories.share.submit"]!) }),
    summary: main.locator("[data-error-summary]"),
  };
}

/** The value shown beside a label in the private page's list of choices. */
async function choiceShown(page: Page, label: string): Promise<string> {
  const row = page.locator("main dl.summary-list > div").filter({ has: page.locator("dt", { hasText: exactly(label) }) });
  return textOf(row.locator("dd"));
}

/** Presses the share form's button and waits for the answer page: the POST's response and the landing page's. */
async function sendAndLand(page: Page, button: Locator): Promise<{ post: Response; landed: Response }> {
  assert.ok(sharePosts < 10, `this post would be the ${sharePosts + 1}th to the share form within the hour`);
  const [post, landed] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.request().isNavigationRequest()),
    page.waitForResponse((r) => r.request().method() === "GET" && r.request().isNavigationRequest() && /\/stories\/mine\//.test(r.url())),
    button.click(),
  ]);
  await page.waitForURL(/\/stories\/mine\//);
  return { post, landed };
}

/** Presses the share form's button expecting the form back with its errors. */
async function sendExpectingErrors(page: Page, l: Locale): Promise<Response> {
  assert.ok(sharePosts < 10, `this post would be the ${sharePosts + 1}th to the share form within the hour`);
  const f = shareForm(page, l);
  const res = await submitAndWait(page, f.send);
  // The address stays the same: wait for the new page itself, with its summary.
  await f.summary.waitFor();
  await page.waitForLoadState("load");
  return res;
}

const privatePath = (l: Locale) => new RegExp(`^/${l}/stories/mine/[A-Za-z0-9_-]{43}$`);

// ---------------------------------------------------------------------------------------------
// 1. A survivor writes in their own language, forgets the consent questions, then sends

for (const l of ["ar", "fr", "en"] as const) {
  test(`share (${l}): a survivor writes under a made-up name, is reminded of the three consent questions, sends, and keeps a private link`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages[l];
    const a = AUTHORS[l];
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    countSharePosts(context);
    try {
      const page = await context.newPage();
      const f = shareForm(page, l);
      const formResponse = await page.goto(`${h.baseUrl}/${l}/stories/share`);
      assert.equal(formResponse?.status(), 200);
      assert.equal(formResponse?.headers()["cache-control"], "no-store", "the form is never cached");
      await assertPageLanguage(page, l);
      await assertHeading(page, m["stories.share.title"]);
      await assertNoAxeViolationsOnce(page, `/${l}/stories/share`);

      // Anonymous unless they choose otherwise; no consent answered for them; their language chosen.
      assert.ok(await f.naming("anonymous").isChecked(), "anonymous is preselected");
      for (const c of ["publish", "translate", "quote"] as const) {
        assert.ok(!(await f.yesNo(c, "yes").isChecked()) && !(await f.yesNo(c, "no").isChecked()), `nothing preselected for ${c}`);
      }
      assert.equal(await f.language.inputValue(), l, "the language of the page is proposed");

      await f.body.fill(a.body);
      await f.warning.fill(a.warning);
      await f.naming("pseudonym").press("Space");
      assert.ok(await f.naming("pseudonym").isChecked(), "Space chooses the radio");
      await f.displayName.fill(a.name);
      await f.email.fill(a.email);
      const media = MEDIA[l];
      const mediaFile = media ? await media.file() : undefined;
      if (media && mediaFile) {
        await f.main.locator("#field-media").setInputFiles(mediaFile);
        await f.main.locator("#field-media_description").fill(media.description);
      }

      // First try: the three consent questions are forgotten.
      const refused = await sendExpectingErrors(page, l);
      assert.equal(refused.status(), 400);
      assert.ok((await page.title()).startsWith(`${m["form.errorTitlePrefix"]} `), `the title starts with "${m["form.errorTitlePrefix"]}" (saw "${await page.title()}")`);
      assert.ok(await isFocused(f.summary), "app.js moves focus to the error summary");
      assert.equal(await f.summary.getAttribute("role"), "alert");
      assert.equal(await textOf(f.summary.getByRole("heading")), squash(m["form.errorSummaryTitle"]!));
      const links = f.summary.getByRole("link");
      assert.deepEqual(
        (await links.allTextContents()).map(squash),
        ["publish", "translate", "quote"].map((c) => squash(m[`stories.error.${c}`]!)),
        "one link per unanswered question, in the form's order",
      );
      assert.deepEqual(await links.evaluateAll((all) => all.map((x) => x.getAttribute("href"))), ["#field-publish", "#field-translate", "#field-quote"]);
      // Each link leads to the first choice of its question, which says what is wrong.
      assert.equal(await page.locator("#field-publish").getAttribute("value"), "yes");
      const publishGroup = f.main.getByRole("group", { name: exactly(m["stories.consent.publish"]!) });
      assert.ok((await textOf(publishGroup)).includes(squash(m["stories.error.publish"]!)), "the message is beside the question too");
      assert.ok(((await publishGroup.getAttribute("aria-describedby")) ?? "").split(" ").includes("field-publish-error"), "and the question is described by it");
      // Nothing typed is lost.
      assert.equal(await f.body.inputValue(), a.body, "the story text is still there");
      assert.equal(await f.warning.inputValue(), a.warning);
      assert.ok(await f.naming("pseudonym").isChecked());
      assert.equal(await f.displayName.inputValue(), a.name);
      assert.equal(await f.email.inputValue(), a.email);
      await assertNoAxeViolationsOnce(page, `/${l}/stories/share with errors`, "errors");

      // The first link takes them to the publication question.
      await links.first().click();
      assert.equal(new URL(page.url()).hash, "#field-publish");
      assert.ok(await isFocused(page.locator("#field-publish")), "the link moves focus to the question's first answer");
      // Where the question itself ended up: checked in its own story below, so this one goes on.
      questionTopAfterJump[l] = await page.locator("#field-publish").evaluate((el) => el.closest("fieldset")!.querySelector("legend")!.getBoundingClientRect().top);
      if (mediaFile) {
        // A chosen file cannot come back with the form: the author is told, and chooses it again.
        assert.ok(await f.main.getByText(m["stories.media.chooseAgain"]!, { exact: true }).isVisible(), "asked to choose the file again");
        assert.equal(await f.main.locator("#field-media_description").inputValue(), media!.description, "its description is kept");
        await f.main.locator("#field-media").setInputFiles(mediaFile);
      }
      await f.yesNo("publish", "yes").press("Space");
      await f.yesNo("translate", "yes").press("Space");
      await f.yesNo("quote", "no").press("Space");
      assert.ok((await f.yesNo("publish", "yes").isChecked()) && (await f.yesNo("translate", "yes").isChecked()) && (await f.yesNo("quote", "no").isChecked()));

      const mailBefore = h.t.mail.length;
      const { post, landed } = await sendAndLand(page, f.send);
      assert.equal(post.status(), 303);
      const url = new URL(page.url());
      assert.match(url.pathname, privatePath(l), "the author lands on their private link");
      assert.equal(url.searchParams.get("sent"), "2");
      const token = url.pathname.split("/").at(-1)!;
      tokens[l] = token;

      // The private page: never cached, never sent on, never indexed.
      assert.equal(landed.status(), 200);
      const headers = landed.headers();
      assert.equal(headers["cache-control"], "no-store");
      assert.equal(headers["referrer-policy"], "no-referrer");
      assert.equal(headers["x-robots-tag"], "noindex");
      assert.equal(await page.locator('meta[name="robots"]').getAttribute("content"), "noindex, nofollow");
      await assertPageLanguage(page, l);

      // The link, shown once, is the page's own address.
      const panel = f.main.getByRole("status");
      assert.equal(await textOf(panel.getByRole("heading", { level: 1 })), squash(m["stories.mine.sentTitle"]!));
      const shown = panel.getByRole("link");
      const pageLink = `${url.origin}${url.pathname}`;
      assert.equal(await textOf(shown), pageLink, "the link shown is the page's address");
      assert.equal(new URL((await shown.getAttribute("href"))!, page.url()).href, pageLink);
      assert.equal(await shown.locator("xpath=..").getAttribute("dir"), "ltr", "the address reads left to right, also in Arabic");
      assert.ok((await textOf(panel)).includes(squash(m["stories.mine.emailed"]!)), "it says the link was e-mailed");

      // Where the story stands: waiting, not public.
      const status = f.main.getByText(m["stories.status.submitted"]!, { exact: true });
      assert.ok(await status.isVisible(), `the status says "${m["stories.status.submitted"]}"`);
      // What they wrote, in its language, and their choices.
      const text = f.main.locator(".story-text");
      assert.equal((await text.textContent())?.trim(), a.body);
      assert.equal(await text.getAttribute("lang"), l);
      if (l === "ar") {
        // The photo, re-encoded without its metadata, shown to its author with their description.
        const img = f.main.locator("figure.story-media img");
        assert.equal(await img.getAttribute("alt"), MEDIA.ar!.description);
        await img.scrollIntoViewIfNeeded();
        await page.waitForFunction((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0, await img.elementHandle());
        assert.match((await img.evaluate((el) => (el as HTMLImageElement).currentSrc))!, /\/media\/[a-f0-9]{16}\/photo-\d+\.avif$/, "the browser picked the AVIF");
      } else if (l === "fr") {
        const audio = f.main.locator("figure.story-media audio");
        assert.equal(await audio.getAttribute("aria-label"), MEDIA.fr!.description);
        const played = await audio.evaluate(async (el) => {
          const a = el as HTMLAudioElement;
          a.preload = "auto";
          a.load();
          await new Promise((resolve, reject) => { a.oncanplay = resolve; a.onerror = () => reject(new Error(String(a.error?.code))); });
          return a.duration;
        });
        assert.ok(played > 1.9 && played < 2.1, `the recording plays (${played} s)`);
      }
      assert.equal(await choiceShown(page, m["stories.consent.naming"]!), squash(`${m["stories.naming.pseudonym"]} – ${a.name}`));
      assert.equal(await choiceShown(page, m["stories.consent.publish"]!), m["stories.consent.yes"]);
      assert.equal(await choiceShown(page, m["stories.consent.translate"]!), m["stories.consent.yes"]);
      assert.equal(await choiceShown(page, m["stories.consent.quote"]!), m["stories.consent.no"]);
      for (const key of ["stories.mine.edit", "stories.mine.changeConsent", "stories.mine.withdraw"]) {
        const control = f.main.getByRole("link", { name: exactly(m[key]!) });
        assert.equal(await control.count(), 1, `"${m[key]}" is offered`);
        assert.ok((await control.getAttribute("href"))!.startsWith(url.pathname + "/"), `"${m[key]}" stays under the private link`);
      }

      // The e-mail: one, to the address given, in the author's language, with the same link.
      const sent = h.t.mail.slice(mailBefore);
      assert.equal(sent.length, 1, "one e-mail");
      assert.equal(sent[0]!.to, a.email);
      assert.equal(sent[0]!.subject, format(l, m["stories.mail.subject"]));
      assert.equal(sent[0]!.text, format(l, m["stories.mail.body"], { link: pageLink }));

      // Nothing in the browser keeps the token: no cookie name or value holds it.
      const cookies = await context.cookies();
      assert.deepEqual(
        cookies.filter((c) => c.name.includes(token) || decodeURIComponent(c.value).includes(token) || c.path.includes(token)).map((c) => c.name),
        [],
        "no cookie holds the token",
      );
      await assertNoAxeViolationsOnce(page, `/${l}/stories/mine/… (just sent)`, "sent");
    } finally {
      await context.close();
    }
  });
}

test("share (ar, fr, en): following the error summary's link shows the question, not only its first answer", { timeout: TEST_TIMEOUT }, (t) => {
  const seen = Object.entries(questionTopAfterJump);
  if (seen.length === 0) return t.skip("the sharing stories did not run");
  // GOV.UK's error summary scrolls the legend into view: a reader landing on "Yes" must see what is asked.
  assert.deepEqual(
    seen.filter(([, top]) => top < 0).map(([l, top]) => `${l}: the question is ${Math.round(-top)}px above the window`),
    [],
    "the question (legend) is in view after the jump",
  );
});

// ---------------------------------------------------------------------------------------------
// 2. A moderator hides a name and approves; a reader finds the story and chooses to read it

test("moderate and read (en): a moderator hides a name, sets a theme and approves; a reader filters by theme and opens the warning with the keyboard", { timeout: TEST_TIMEOUT }, async () => {
  const l: Locale = "en";
  const m = messages[l];
  const a = AUTHORS.en;
  const token = await tokenFor("en");
  const moderator = await buildStaff(h.t, { roles: ["moderator"] });
  const staff = await newContext(h, { locale: BROWSER_LOCALE[l] });
  const reader = await newContext(h, { locale: BROWSER_LOCALE[l] });
  try {
    const page = await staff.newPage();
    await page.goto(`${h.baseUrl}/${l}/admin/login`);
    assert.equal((await fillLogin(page, m, moderator.email, moderator.password)).status(), 303);

    // The queue: waiting stories, the longest waiting first.
    await page.goto(`${h.baseUrl}/${l}/admin/stories`);
    await assertHeading(page, m["admin.stories.title"]);
    await assertNoAxeViolationsOnce(page, `/${l}/admin/stories`);
    const main = page.locator("main");
    const entry = main.getByRole("table").getByRole("link", { name: new RegExp(`^\\s*${escapeRegExp(a.body.slice(0, 40))}`) });
    assert.equal(await entry.count(), 1, "the story is in the queue");
    await Promise.all([page.waitForURL(/\/admin\/stories\/[0-9a-f-]{36}$/), entry.click()]);
    const id = new URL(page.url()).pathname.split("/").at(-1)!;
    await assertHeading(page, m["admin.stories.reviewTitle"]);
    await assertNoAxeViolationsOnce(page, `/${l}/admin/stories/{id}`);

    // Before approval, nobody else can read it.
    const readerPage = await reader.newPage();
    assert.equal((await readerPage.goto(`${h.baseUrl}/${l}/stories/${id}`))?.status(), 404, "not public before approval");

    // The moderator sees the contact address, decrypted, and the author's own words.
    const contact = main.getByRole("link", { name: exactly(a.email) });
    assert.equal(await contact.getAttribute("href"), `mailto:${a.email}`);
    assert.equal((await main.locator(".story-text").textContent())?.trim(), a.body);

    // Hide the neighbour's name and file the story under "Surviving".
    await main.getByRole("textbox", { name: exactly(m["admin.stories.redact"]!) }).fill(REDACTED_WORD);
    const surviving = main.getByRole("group", { name: exactly(m["admin.stories.themes"]!) }).getByRole("checkbox", { name: exactly(m["stories.theme.surviving"]!) });
    await surviving.press("Space");
    assert.ok(await surviving.isChecked());
    const saved = await submitAndWait(page, main.getByRole("button", { name: exactly(m["admin.stories.saveEdit"]!) }));
    assert.equal(saved.status(), 303);
    await page.waitForURL((u) => u.pathname === `/${l}/admin/stories/${id}`);
    assert.equal(await textOf(main.locator(".flash")), squash(m["admin.stories.flash.saved"]!));
    const edited = await main.getByRole("textbox", { name: exactly(m["stories.form.body"]!) }).inputValue();
    assert.ok(edited.includes(REDACTED_MARK) && !edited.includes(REDACTED_WORD), `the name is replaced by ${REDACTED_MARK} (saw "${edited}")`);
    assert.ok(await surviving.isChecked(), "the theme is kept");
    // The author's original is kept: the difference shows what was taken out.
    assert.equal(await textOf(main.locator(".diff-text del")), REDACTED_WORD);
    assert.equal(await textOf(main.locator(".diff-text ins")), REDACTED_MARK);
    const author = await storyByToken(token);
    assert.equal(author.original_body, a.body, "the author's own text is untouched");
    await assertNoAxeViolationsOnce(page, `/${l}/admin/stories/{id} after an edit`, "edited");

    const approved = await submitAndWait(page, main.getByRole("button", { name: exactly(m["admin.stories.approve"]!) }));
    assert.equal(approved.status(), 303);
    await page.waitForURL((u) => u.pathname === `/${l}/admin/stories`);
    assert.equal(await textOf(main.locator(".flash")), squash(m["admin.stories.flash.approve"]!));

    // A reader, signed out, on the list: the story under the made-up name.
    const r = readerPage.locator("main");
    await readerPage.goto(`${h.baseUrl}/${l}/stories`);
    await assertHeading(readerPage, m["stories.title"]);
    await assertNoAxeViolationsOnce(readerPage, `/${l}/stories`);
    const item = r.getByRole("listitem").filter({ has: readerPage.locator(`a[href="/${l}/stories/${id}"]`) });
    assert.equal(await item.count(), 1, "the story is listed");
    assert.equal(await textOf(item.locator(".meta bdi")), a.name, "under the name the author made up");
    assert.ok((await textOf(item)).includes(squash(`${m["contentWarning.label"]} ${a.warning}`)), "its warning is shown in the list");
    assert.ok(!(await textOf(item)).includes(REDACTED_WORD), "the hidden name is not in the list either");

    // Filtering by theme finds it; another theme does not.
    const theme = r.getByRole("combobox", { name: exactly(m["stories.filter.theme"]!) });
    const apply = r.getByRole("button", { name: exactly(m["stories.filter.apply"]!) });
    await theme.selectOption({ label: m["stories.theme.surviving"]! });
    await submitAndWait(readerPage, apply, "GET");
    await readerPage.waitForURL((u) => u.searchParams.get("theme") === "surviving");
    assert.equal(await textOf(r.getByRole("status")), squash(format(l, m["stories.count"], { count: 1 })));
    assert.equal(await item.count(), 1, "the theme filter finds it");
    assert.equal(await theme.inputValue(), "surviving", "the filter stays chosen");
    await assertNoAxeViolationsOnce(readerPage, `/${l}/stories?theme=surviving`, "filtered");
    await theme.selectOption({ label: m["stories.theme.justice"]! });
    await submitAndWait(readerPage, apply, "GET");
    await readerPage.waitForURL((u) => u.searchParams.get("theme") === "justice");
    assert.equal(await textOf(r.getByRole("status")), squash(format(l, m["stories.count"], { count: 0 })));
    assert.equal(await item.count(), 0, "another theme does not find it");

    // The story page: the warning first, the text hidden until the reader chooses.
    await readerPage.goto(`${h.baseUrl}/${l}/stories/${id}`);
    await assertPageLanguage(readerPage, l);
    const byline = r.locator(".meta bdi").first();
    assert.equal(await textOf(byline), a.name);
    const details = r.locator("details.content-warning");
    const summary = details.locator("summary");
    const text = r.locator(".story-text");
    assert.ok((await textOf(summary)).includes(a.warning), "the summary carries the author's warning");
    assert.ok((await textOf(summary)).includes(squash(m["contentWarning.show"]!)));
    assert.equal(await details.getAttribute("open"), null, "closed at first");
    assert.equal(await text.isVisible(), false, "the text is hidden before the reader opens the warning");
    await assertNoAxeViolationsOnce(readerPage, `/${l}/stories/{id} (warning closed)`, "closed");
    await summary.focus();
    assert.ok(await isFocused(summary), "the summary takes keyboard focus");
    await summary.press("Enter");
    await text.waitFor({ state: "visible" });
    assert.notEqual(await details.getAttribute("open"), null, "Enter opens the warning");
    await assertNoAxeViolationsOnce(readerPage, `/${l}/stories/{id} (warning open)`, "open");

    // What readers see is the moderated text.
    const shown = squash((await text.textContent()) ?? "");
    assert.ok(shown.includes(REDACTED_MARK), `"${REDACTED_MARK}" is in the text`);
    assert.ok(!(await r.innerText()).includes(REDACTED_WORD), "the hidden name is nowhere on the page");
    assert.equal(shown, squash(a.body.replace(REDACTED_WORD, REDACTED_MARK)));

    // Support, beside the story.
    const support = r.getByRole("complementary", { name: exactly(m["stories.support.title"]!) });
    const expected: [string, string][] = [
      [m["stories.support.now"]!, `/${l}/info/get-help-now`],
      [m["stories.support.services"]!, `/${l}/services`],
      [m["stories.support.navigator"]!, `/${l}/help-navigator`],
      [m["stories.support.share"]!, `/${l}/stories/share`],
    ];
    for (const [name, href] of expected) {
      const link = support.getByRole("link", { name: exactly(name) });
      assert.equal(await link.getAttribute("href"), href, `"${name}" leads to ${href}`);
      assert.equal((await readerPage.request.get(`${h.baseUrl}${href}`)).status(), 200, `${href} answers`);
    }
  } finally {
    await staff.close();
    await reader.close();
  }
});

// ---------------------------------------------------------------------------------------------
// 3. An author takes back consent, then withdraws the story, then changes their mind

test("consent and withdrawal (fr): saying no to publication takes the story off at once; withdrawal is explained, dated and can be undone", { timeout: TEST_TIMEOUT }, async () => {
  const l: Locale = "fr";
  const m = messages[l];
  const token = await tokenFor("fr");
  const before = await storyByToken(token);
  // Set-up: a moderator approved the French story earlier (story 2 shows that through the screens).
  await service().decide(before.id, "approve", null);
  const storyUrl = `${h.baseUrl}/${l}/stories/${before.id}`;
  const mine = `${h.baseUrl}/${l}/stories/mine/${token}`;

  const authorContext = await newContext(h, { locale: BROWSER_LOCALE[l] });
  const readerContext = await newContext(h, { locale: BROWSER_LOCALE[l] });
  try {
    const reader = await readerContext.newPage();
    assert.equal((await reader.goto(storyUrl))?.status(), 200, "the story is public");

    const page = await authorContext.newPage();
    const main = page.locator("main");
    const res = await page.goto(mine);
    assert.equal(res?.headers()["cache-control"], "no-store");
    assert.equal(res?.headers()["referrer-policy"], "no-referrer");
    await assertPageLanguage(page, l);
    await assertHeading(page, m["stories.mine.title"]);
    assert.equal(await main.getByRole("status").count(), 0, "the link is not shown again without ?sent");
    assert.ok(await main.getByText(m["stories.status.approved"]!, { exact: true }).isVisible());
    await assertNoAxeViolationsOnce(page, `/${l}/stories/mine/… (approved)`, "approved");

    // Change of mind about publication.
    await main.getByRole("link", { name: exactly(m["stories.mine.changeConsent"]!) }).click();
    await page.waitForURL((u) => u.pathname.endsWith("/consent"));
    await assertHeading(page, m["stories.consentForm.title"]);
    await assertNoAxeViolationsOnce(page, `/${l}/stories/mine/…/consent`);
    const f = shareForm(page, l);
    assert.ok(await f.yesNo("publish", "yes").isChecked(), "the current answer is shown");
    assert.ok(await f.naming("pseudonym").isChecked());
    assert.equal(await f.displayName.inputValue(), AUTHORS.fr.name);
    await f.yesNo("publish", "no").press("Space");
    const saved = await submitAndWait(page, main.getByRole("button", { name: exactly(m["stories.consentForm.submit"]!) }));
    assert.equal(saved.status(), 303);
    await page.waitForURL((u) => u.pathname === `/${l}/stories/mine/${token}`);
    assert.equal(await textOf(main.locator(".flash")), squash(m["stories.flash.consent"]!));
    assert.equal(await choiceShown(page, m["stories.consent.publish"]!), m["stories.consent.no"]);

    // At once: the reader gets "not found", and the list no longer has it.
    assert.equal((await reader.goto(storyUrl))?.status(), 404, "the story page answers 404 at once");
    await reader.goto(`${h.baseUrl}/${l}/stories`);
    assert.equal(await reader.locator(`main a[href="/${l}/stories/${before.id}"]`).count(), 0, "and it leaves the list");

    // Withdrawal, explained before it happens.
    await main.getByRole("link", { name: exactly(m["stories.mine.withdraw"]!) }).click();
    await page.waitForURL((u) => u.pathname.endsWith("/withdraw"));
    await assertHeading(page, m["stories.withdraw.title"]);
    const grace = h.t.config.storyWithdrawalGraceHours;
    const points = ["now", "contact", "erase", "undo", "copies"].map((p) => squash(format(l, m[`stories.withdraw.point.${p}`], { count: grace })));
    assert.deepEqual((await main.locator("ul li").allTextContents()).map(squash), points, "the page lists exactly what happens");
    assert.ok(await main.getByRole("link", { name: exactly(m["stories.withdraw.cancel"]!) }).isVisible(), "and offers to keep the story");
    await assertNoAxeViolationsOnce(page, `/${l}/stories/mine/…/withdraw`);
    const withdrawn = await submitAndWait(page, main.getByRole("button", { name: exactly(m["stories.withdraw.submit"]!) }));
    assert.equal(withdrawn.status(), 303);
    await page.waitForURL((u) => u.pathname === `/${l}/stories/mine/${token}`);

    // The private page says withdrawn, when it will be erased, and offers to undo.
    assert.equal(await textOf(main.locator(".flash")), squash(m["stories.flash.withdrawn"]!));
    assert.ok(await main.getByText(m["stories.status.withdrawn"]!, { exact: true }).isVisible());
    const row = await storyByToken(token);
    const eraseAt = new Date(h.t.clock.now.getTime() + grace * 3_600_000).toISOString();
    assert.equal(row.erase_after, eraseAt, `erased ${grace} hours after the withdrawal`);
    assert.equal(row.contact_email, null, "the e-mail address is deleted at once, as promised");
    const eraseOn = squash(format(l, m["stories.mine.eraseOn"], { date: formatDateTime(l, eraseAt) }));
    assert.ok((await textOf(main)).includes(eraseOn), `the page says "${eraseOn}"`);
    const undo = main.getByRole("button", { name: exactly(m["stories.mine.undo"]!) });
    assert.ok(await undo.isVisible(), "an undo button");
    assert.equal(await main.getByRole("link", { name: exactly(m["stories.mine.edit"]!) }).count(), 0, "nothing else to change");
    await assertNoAxeViolationsOnce(page, `/${l}/stories/mine/… (withdrawn)`, "withdrawn");
    assert.equal((await reader.goto(storyUrl))?.status(), 404);

    // Undo: back to waiting.
    const undone = await submitAndWait(page, undo);
    assert.equal(undone.status(), 303);
    await page.waitForURL((u) => u.pathname === `/${l}/stories/mine/${token}`);
    // The withdrawn page had a message too: wait for the new one.
    await main.locator(".flash").filter({ hasText: exactly(m["stories.flash.undone"]!) }).waitFor();
    assert.ok(await main.getByText(m["stories.status.submitted"]!, { exact: true }).isVisible(), "waiting to be read again");
    assert.equal(await undo.count(), 0);
    assert.equal((await storyByToken(token)).status, "submitted");
  } finally {
    await authorContext.close();
    await readerContext.close();
  }
});

// ---------------------------------------------------------------------------------------------
// 4. Without JavaScript

/**
 * axe cannot run in a page whose scripts are off (it is a script), so the page is shown again in a
 * context with scripts on but app.js blocked: fetched again for a GET, or served from the answer
 * already received for a POST (a second POST would cost one more of the ten allowed).
 */
async function assertNoAxeViolationsWithoutScripts(axeContext: BrowserContext, url: string, label: string, variant: string, html?: string) {
  const page = await axeContext.newPage();
  try {
    if (html !== undefined) await page.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
    await page.goto(url);
    assert.equal(await page.locator("html.js").count(), 0, "app.js did not run");
    await assertNoAxeViolationsOnce(page, `${label} (without JavaScript)`, variant);
  } finally {
    await page.close();
  }
}

test("share (en): without JavaScript the form posts, shows its error summary, and sends the story", { timeout: TEST_TIMEOUT }, async () => {
  const l: Locale = "en";
  const m = messages[l];
  const context = await newContext(h, { locale: BROWSER_LOCALE[l], javaScriptEnabled: false });
  const axeContext = await newContext(h, { locale: BROWSER_LOCALE[l] });
  countSharePosts(context);
  try {
    await axeContext.route(/\.js(\?|$)/, (route) => route.abort());
    const page = await context.newPage();
    const f = shareForm(page, l);
    const shareUrl = `${h.baseUrl}/${l}/stories/share`;
    await page.goto(shareUrl);
    assert.equal(await page.locator("html.js").count(), 0, "app.js did not run");
    await assertNoAxeViolationsWithoutScripts(axeContext, shareUrl, `/${l}/stories/share`, "no-js");

    // Sent empty: every required answer is listed.
    const refused = await sendExpectingErrors(page, l);
    assert.equal(refused.status(), 400);
    assert.ok((await page.title()).startsWith(`${m["form.errorTitlePrefix"]} `));
    assert.ok(await f.summary.isVisible(), "the error summary appears without JavaScript");
    assert.deepEqual(
      (await f.summary.getByRole("link").allTextContents()).map(squash),
      ["body", "publish", "translate", "quote"].map((k) => squash(m[`stories.error.${k}`]!)),
    );
    assert.ok(await f.naming("anonymous").isChecked(), "still anonymous");
    await assertNoAxeViolationsWithoutScripts(axeContext, shareUrl, `/${l}/stories/share with errors`, "no-js errors", await refused.text());

    const body = "The night of the concert I lost my hearing in one ear. Writing this took me three years.";
    await f.body.fill(body);
    await f.yesNo("publish", "yes").check();
    await f.yesNo("translate", "no").check();
    await f.yesNo("quote", "no").check();
    const mailBefore = h.t.mail.length;
    const { post, landed } = await sendAndLand(page, f.send);
    assert.equal(post.status(), 303);
    assert.equal(landed.status(), 200);
    const url = new URL(page.url());
    assert.match(url.pathname, privatePath(l));
    assert.equal(url.searchParams.get("sent"), "1", "no address, so nothing was e-mailed");
    assert.equal(h.t.mail.length, mailBefore, "no e-mail");
    const panel = f.main.getByRole("status");
    assert.equal(await textOf(panel.getByRole("link")), `${url.origin}${url.pathname}`);
    assert.ok(!(await textOf(panel)).includes(squash(m["stories.mine.emailed"]!)));
    assert.equal(await choiceShown(page, m["stories.consent.naming"]!), m["stories.naming.anonymous"]);
    assert.equal((await f.main.locator(".story-text").textContent())?.trim(), body);
    await assertNoAxeViolationsWithoutScripts(axeContext, page.url(), `/${l}/stories/mine/…?sent=1`, "no-js sent");
  } finally {
    await context.close();
    await axeContext.close();
  }
});

// ---------------------------------------------------------------------------------------------
// 5. Phone screenshots, Arabic and French

const PHONE = { width: 390, height: 844 };

/**
 * How far the page scrolls sideways, and the outermost elements that stick out of the window. In a
 * right-to-left page, what sticks out on the right cannot be scrolled to at all (scrollWidth does not
 * count it), so the elements are listed whether or not the page scrolls.
 */
async function sidewaysOverflow(page: Page): Promise<{ by: number; culprits: string[] }> {
  // A string, not a function: tsx would wrap the inner arrow functions in a helper the page lacks.
  return page.evaluate(`(() => {
    const width = document.documentElement.clientWidth;
    const out = (el) => {
      if (!el) return false;
      const box = el.getBoundingClientRect();
      // Visually hidden text, the skip link and the robots-only field, all parked off screen, do not count.
      return box.width > 1 && box.height > 1 && (box.right > width + 1 || box.left < -1) && !el.closest(".visually-hidden, .skip-link, .hp-field");
    };
    const culprits = Array.from(document.querySelectorAll("body *"))
      .filter((el) => out(el) && !out(el.parentElement))
      .map((el) => "<" + el.tagName.toLowerCase() + " class=" + JSON.stringify(el.className) + "> " + JSON.stringify((el.textContent || "").trim().slice(0, 50)));
    return { by: document.documentElement.scrollWidth - width, culprits };
  })()`);
}

test("screenshots (ar, fr): the share form and the private page at phone width (390×844), with nothing cut off or scrolling sideways", { timeout: TEST_TIMEOUT }, async () => {
  const problems: string[] = [];
  for (const l of ["ar", "fr"] as const) {
    const context = await newContext(h, { locale: BROWSER_LOCALE[l], ...PHONE });
    try {
      const page = await context.newPage();
      const token = await tokenFor(l);
      for (const [name, p] of [
        ["share", `/${l}/stories/share`],
        ["private", `/${l}/stories/mine/${token}?sent=2`],
      ] as const) {
        await page.goto(`${h.baseUrl}${p}`);
        await assertPageLanguage(page, l);
        await assertNoAxeViolationsOnce(page, `${p} (phone)`, name === "private" ? "sent" : "");
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `stories-${name}-${l}-phone.png`), fullPage: true });
        const { by, culprits } = await sidewaysOverflow(page);
        if (by > 0 || culprits.length > 0) problems.push(`${p.replace(token, "TOKEN")}: ${by > 0 ? `scrolls sideways by ${by}px` : "cut off at the edge"}, ${culprits.join("; ")}`);
      }
    } finally {
      await context.close();
    }
  }
  assert.deepEqual(problems, [], "nothing sticks out of the window at 390px (WCAG 1.4.10 reflow)");
});
