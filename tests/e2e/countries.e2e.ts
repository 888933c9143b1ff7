import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Locator, Page, Request } from "playwright-core";
import { axeViolations, startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { buildStaff } from "../support/factories.ts";
import { DEMO_COUNTRIES_FILE } from "../../src/demo/countries-demo.ts";
import { UN_REGIONS, UN_STATES } from "../../src/features/countries/countries.data.ts";
import { pickText, type Localized } from "../../src/features/countries/countries.schema.ts";
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
  longDate,
  newContext,
  SCREENSHOT_DIR,
  squash,
  submitAndWait,
  textOf,
  type Locale,
} from "./helpers.ts";

/**
 * Country profiles and the "What help can I get?" navigator, read as stories: a bereaved Australian
 * after an attack in France walks the five questions in Arabic, Russian and English; someone skips
 * everything, goes back and changes answers; a wrong or future date is refused; the walk works
 * without JavaScript and leaves nothing behind; a reader browses, searches and compares countries.
 */

let h: BrowserHarness;
const messages = loadAllMessages();

before(async () => {
  h = await startBrowserHarness();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

after(async () => {
  await h?.close();
});

// ---------------------------------------------------------------------------------------------
// The scenario, from the demo data and the calendar

const STEPS = ["where", "home", "role", "when", "needs"] as const;
type Step = (typeof STEPS)[number];

const countryName = (l: Locale, code: string) => new Intl.DisplayNames([LANG_TAG[l]], { type: "region" }).of(code) ?? code;

/** A demo profile and one of its schemes (throws when the demo data lacks them). */
function demoScheme(country: string, id: string) {
  const profile = DEMO_COUNTRIES_FILE.countries.find((c) => c.code === country);
  assert.ok(profile, `the demo has a profile for ${country}`);
  const scheme = profile.schemes?.find((s) => s.id === id);
  assert.ok(scheme, `the demo profile of ${country} has the scheme ${id}`);
  return scheme;
}
const FGTI = demoScheme("FR", "fr-fgti");
const AVTOP = demoScheme("AU", "au-avtop");

/** Profile text as the app shows it to a reader of this language (their own, else English). */
function shown(value: Localized | undefined, l: Locale): string {
  const found = pickText(value, l);
  assert.ok(found, "the demo text exists");
  return found.text;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The app's "today" (its clock is frozen when the harness starts). */
const appToday = () => new Date(h.t.clock.now.getTime());

/** About eight months before today, as the reader would type it. */
function attackDate(): { day: string; month: string; year: string; iso: string } {
  const d = appToday();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCMonth(d.getUTCMonth() - 8);
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()), iso: iso(d) };
}

/** A date plus whole years, on the same day of the month (28 February for 29 February). */
function plusYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return iso(new Date(Date.UTC(y + years, m - 1, Math.min(d, last))));
}

/** The years of a scheme's "within N years of the …" rule counted from an event (the attack, its declaration). */
function yearsFrom(scheme: typeof FGTI, event: "attack" | "declaration"): number {
  const rule = scheme.deadlines?.rules?.find((r) => r.from === event && !r.for);
  assert.ok(rule?.within.years, `the scheme counts a deadline in years from the ${event}`);
  return rule.within.years;
}

// ---------------------------------------------------------------------------------------------
// axe, once per page state


/**
 * Runs axe (WCAG 2.0 to 2.2, A and AA) and fails with the violations, labelled by page. The same
 * template, in the same language, state and width, gives the same result: a page state already
 * checked in this file is not checked again when a later story passes by it (axe takes 1 to 5 s a
 * page here, and the stories revisit the same questions many times).
 */

// ---------------------------------------------------------------------------------------------
// Finding things the way a reader does



/** The parts of the navigator's question pages, found by their translated names. */
function navigator(page: Page, l: Locale) {
  const m = messages[l];
  const main = page.locator("main");
  return {
    main,
    progress: (n: number) => main.getByText(format(l, m["navigator.progress"], { n, total: STEPS.length }), { exact: true }),
    continue: main.getByRole("button", { name: exactly(m["navigator.continue"]!) }),
    skip: main.getByRole("button", { name: exactly(m["navigator.skip"]!) }),
    // The link's name also carries the chevron app.css draws before it ("‹ Back", "› رجوع").
    back: main.getByRole("link", { name: new RegExp(`^[\\s‹›]*${escapeRegExp(m["navigator.back"]!.trim())}\\s*$`) }),
    attack: main.getByRole("combobox", { name: exactly(m["navigator.q.where"]!) }),
    home: main.getByRole("combobox", { name: exactly(m["navigator.field.home"]!) }),
    nationality: main.getByRole("combobox", { name: exactly(m["navigator.field.nationality"]!) }),
    near: main.getByRole("textbox", { name: exactly(m["navigator.field.near"]!) }),
    role: (r: string) => main.getByRole("radio", { name: exactly(m[`navigator.role.${r}`]!) }),
    day: main.getByRole("textbox", { name: exactly(m["navigator.date.day"]!) }),
    month: main.getByRole("textbox", { name: exactly(m["navigator.date.month"]!) }),
    year: main.getByRole("textbox", { name: exactly(m["navigator.date.year"]!) }),
    need: (n: string) => main.getByRole("checkbox", { name: exactly(m[`navigator.need.${n}`]!) }),
  };
}

const stepPath = (l: Locale, step: Step | "result" | "") => `/${l}/help-navigator${step ? `/${step}` : ""}`;

/** Presses a control with the keyboard and waits until the page at `step` has loaded. */
async function pressAndArrive(page: Page, control: Locator, l: Locale, step: Step | "result" | "", key = "Enter") {
  await Promise.all([page.waitForURL((url) => url.pathname === stepPath(l, step)), control.press(key)]);
  await page.waitForLoadState("domcontentloaded");
}

/** The query of the current address, as sorted pairs (to compare answers). */
function answersIn(url: string): [string, string][] {
  return [...new URL(url).searchParams].filter(([k]) => k !== "answered" && k !== "skip").sort();
}

/** The result page's "Change" link of a step: "Change" plus the row's label, hidden from sight. */
function changeLink(page: Page, l: Locale, step: Step) {
  const m = messages[l];
  const label = m[`navigator.summary.${({ where: "attack", home: "home", role: "role", when: "when", needs: "needs" } as const)[step]}`]!;
  return page.locator("main").getByRole("link", { name: exactly(`${m["navigator.change"]} ${label}`) });
}

/** A scheme's card on the result page, by the scheme's name as its heading. */
function schemeCard(page: Page, name: string) {
  return page.locator("main li").filter({ has: page.getByRole("heading", { level: 3, name: exactly(name) }) });
}

interface Walk {
  /** Called on every page of the walk, once it has loaded. */
  onPage?: (label: string) => Promise<void>;
  near?: string;
}

/**
 * The bereaved Australian's walk, from the start page to the answer: every control found by its
 * label or role and worked with the keyboard (Enter on buttons, Space on radios and checkboxes).
 */
async function walkBereavedAustralian(page: Page, l: Locale, date: ReturnType<typeof attackDate>, walk: Walk = {}) {
  const m = messages[l];
  const nav = navigator(page, l);
  const onPage = walk.onPage ?? (async () => {});

  await page.goto(`${h.baseUrl}${stepPath(l, "")}`);
  await assertPageLanguage(page, l);
  await assertHeading(page, m["navigator.title"]);
  assert.ok(await nav.main.getByText(m["navigator.guidance"]!, { exact: true }).isVisible(), "the start page says it is guidance");
  await onPage(`${stepPath(l, "")} (start)`);
  await pressAndArrive(page, nav.main.getByRole("link", { name: exactly(m["navigator.start"]!) }), l, "where");

  // 1. Where: France.
  await assertPageLanguage(page, l);
  assert.ok(await nav.progress(1).isVisible(), "Question 1 of 5");
  await assertHeading(page, m["navigator.q.where"]);
  await onPage(stepPath(l, "where"));
  await nav.attack.selectOption({ label: countryName(l, "FR") });
  await pressAndArrive(page, nav.continue, l, "home");
  assert.deepEqual(answersIn(page.url()), [["attack", "FR"]]);

  // 2. Home and nationality: Australia (the town is optional).
  await assertPageLanguage(page, l);
  assert.ok(await nav.progress(2).isVisible(), "Question 2 of 5");
  await assertHeading(page, m["navigator.q.home"]);
  await onPage(stepPath(l, "home"));
  await nav.home.selectOption({ label: countryName(l, "AU") });
  await nav.nationality.selectOption({ label: countryName(l, "AU") });
  if (walk.near) await nav.near.fill(walk.near);
  await pressAndArrive(page, nav.continue, l, "role");

  // 3. Role: bereaved.
  await assertPageLanguage(page, l);
  assert.ok(await nav.progress(3).isVisible(), "Question 3 of 5");
  await assertHeading(page, m["navigator.q.role"]);
  await onPage(stepPath(l, "role"));
  await nav.role("bereaved").press("Space");
  assert.ok(await nav.role("bereaved").isChecked(), "Space chooses the radio");
  await pressAndArrive(page, nav.continue, l, "when");

  // 4. When: day, month and year.
  await assertPageLanguage(page, l);
  assert.ok(await nav.progress(4).isVisible(), "Question 4 of 5");
  await assertHeading(page, m["navigator.q.when"]);
  await onPage(stepPath(l, "when"));
  await nav.day.fill(date.day);
  await nav.month.fill(date.month);
  await nav.year.fill(date.year);
  // Enter in a field submits the form with its first button, Continue.
  await pressAndArrive(page, nav.year, l, "needs");

  // 5. Needs: money and psychological support.
  await assertPageLanguage(page, l);
  assert.ok(await nav.progress(5).isVisible(), "Question 5 of 5");
  await assertHeading(page, m["navigator.q.needs"]);
  await onPage(stepPath(l, "needs"));
  await nav.need("money").press("Space");
  await nav.need("psychological").press("Space");
  assert.ok((await nav.need("money").isChecked()) && (await nav.need("psychological").isChecked()), "Space ticks the boxes");
  await pressAndArrive(page, nav.continue, l, "result");

  const expected: [string, string][] = [
    ["attack", "FR"],
    ["date", date.iso],
    ["home", "AU"],
    ["nationality", "AU"],
    ...(walk.near ? ([["near", walk.near]] as [string, string][]) : []),
    ["need", "money"],
    ["need", "psychological"],
    ["role", "bereaved"],
  ];
  assert.deepEqual(answersIn(page.url()), expected, "the answers travel in the address");
  await assertPageLanguage(page, l);
  await assertHeading(page, m["navigator.result.title"]);
  await onPage(`${stepPath(l, "result")}?…`);
}

/** What the result page must say for the bereaved Australian: both schemes and the FGTI's real deadline. */
async function assertBereavedAustralianResult(page: Page, l: Locale, date: ReturnType<typeof attackDate>) {
  const m = messages[l];
  const main = page.locator("main");
  assert.ok(await main.getByText(m["navigator.guidance"]!, { exact: true }).isVisible(), "the guidance disclaimer is shown");

  const fgti = schemeCard(page, shown(FGTI.name, l));
  const avtop = schemeCard(page, shown(AVTOP.name, l));
  assert.equal(await fgti.count(), 1, "the French FGTI is listed");
  assert.equal(await avtop.count(), 1, "the Australian AVTOP is listed");
  const fgtiText = await textOf(fgti);
  assert.ok(fgtiText.includes(countryName(l, "FR")), "the FGTI card names France");
  const deadline = plusYears(date.iso, yearsFrom(FGTI, "attack"));
  const applyBy = squash(format(l, m["navigator.deadline.applyBefore"], { date: longDate(l, deadline) }));
  assert.ok(fgtiText.includes(applyBy), `the FGTI card says "${applyBy}" (saw "${fgtiText.slice(0, 300)}")`);
  const avtopBy = squash(format(l, m["navigator.deadline.applyBefore"], { date: longDate(l, plusYears(date.iso, yearsFrom(AVTOP, "declaration"))) }));
  assert.ok((await textOf(avtop)).includes(avtopBy), `AVTOP: "${avtopBy}", counted from the declaration taken as the day of the attack`);
  assert.equal(await main.getByText(format(l, m["navigator.deadline.passed"], { date: longDate(l, deadline) }), { exact: true }).count(), 0);
}

async function assertDownloads(page: Page, l: Locale, date: ReturnType<typeof attackDate>) {
  const m = messages[l];
  const main = page.locator("main");
  const pdfHref = await main.getByRole("link", { name: exactly(m["navigator.result.pdf"]!) }).getAttribute("href");
  const icsHref = await main.getByRole("link", { name: exactly(m["navigator.result.ics"]!) }).getAttribute("href");
  assert.ok(pdfHref && icsHref, "links to the PDF and the calendar file");
  assert.equal(new URL(pdfHref, page.url()).pathname, `/${l}/help-navigator/result.pdf`);
  assert.deepEqual(answersIn(new URL(pdfHref, page.url()).href), answersIn(page.url()), "the PDF link carries the same answers");

  const pdf = await page.request.get(new URL(pdfHref, page.url()).href);
  assert.equal(pdf.status(), 200);
  assert.match(pdf.headers()["content-type"] ?? "", /^application\/pdf\b/);
  assert.equal((await pdf.body()).subarray(0, 5).toString("latin1"), "%PDF-");

  const ics = await page.request.get(new URL(icsHref, page.url()).href);
  assert.equal(ics.status(), 200);
  assert.match(ics.headers()["content-type"] ?? "", /^text\/calendar\b/);
  const calendar = await ics.text();
  assert.ok(calendar.startsWith("BEGIN:VCALENDAR"), "an iCalendar file");
  const fgtiDay = plusYears(date.iso, yearsFrom(FGTI, "attack")).replaceAll("-", "");
  assert.match(calendar, new RegExp(`DTSTART;VALUE=DATE:${fgtiDay}`), "the FGTI deadline is an all-day event");
}

/** Records every request the browser makes, to prove nothing leaves the test server. */
function recordRequests(context: BrowserContext): Request[] {
  const seen: Request[] = [];
  context.on("request", (r) => seen.push(r));
  return seen;
}

function assertOnlyTestServer(requests: Request[]) {
  const origin = new URL(h.baseUrl).origin;
  const elsewhere = requests.map((r) => r.url()).filter((u) => !u.startsWith("data:") && new URL(u).origin !== origin);
  assert.deepEqual(elsewhere, [], "no request to any other host");
  assert.ok(requests.length > 0, "requests were recorded");
}

/**
 * axe runs as a script, so it cannot run in a page with JavaScript switched off. The same address
 * opened with the portal's scripts blocked is exactly what a reader without JavaScript gets.
 */
async function assertNoAxeViolationsWithoutScripts(context: BrowserContext, url: string, label: string) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains("js")), false, "app.js did not run");
    await assertNoAxeViolationsOnce(page, `${label} (without JavaScript)`, "no-js");
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 1. A bereaved Australian, after an attack in France, walks the navigator in their language

for (const l of ["ar", "ru", "en"] as const) {
  test(`navigator (${l}): a bereaved Australian after an attack in France finds the FGTI and AVTOP, with real deadlines and downloads`, async () => {
    const date = attackDate();
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    const requests = recordRequests(context);
    try {
      const page = await context.newPage();
      await walkBereavedAustralian(page, l, date, { onPage: (label) => assertNoAxeViolationsOnce(page, label) });
      await assertBereavedAustralianResult(page, l, date);
      await assertDownloads(page, l, date);
      assertOnlyTestServer(requests);
    } finally {
      await context.close();
    }
  });
}

// ---------------------------------------------------------------------------------------------
// 2. Skipping every question, going back, changing an answer

test("navigator (en): skipping everything gives an honest empty answer; Back and Change keep the answers", async () => {
  const l: Locale = "en";
  const m = messages[l];
  const date = attackDate();
  const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
  try {
    const page = await context.newPage();
    const nav = navigator(page, l);

    // Skip all five questions.
    await page.goto(`${h.baseUrl}${stepPath(l, "where")}`);
    for (const [i, step] of STEPS.entries()) {
      assert.equal(new URL(page.url()).pathname, stepPath(l, step));
      assert.ok(await nav.progress(i + 1).isVisible(), `Question ${i + 1} of 5`);
      await assertNoAxeViolationsOnce(page, `${stepPath(l, step)} (skipping)`);
      await pressAndArrive(page, nav.skip, l, STEPS[i + 1] ?? "result");
      assert.deepEqual(answersIn(page.url()), [], "nothing is carried when every question is skipped");
    }
    await assertHeading(page, m["navigator.result.title"]);
    assert.ok(await nav.main.getByText(m["navigator.result.noCountries"]!, { exact: true }).first().isVisible(), "it says why there is nothing to show");
    assert.equal(await nav.main.locator("li.scheme-result").count(), 0, "no scheme is listed");
    const answered = (await nav.main.locator("dl > div > dd").filter({ hasNot: page.getByRole("link") }).allTextContents()).map(squash);
    assert.deepEqual(answered, STEPS.map(() => squash(m["navigator.notAnswered"]!)), "every answer says it was not given");
    assert.equal(await nav.main.getByRole("link", { name: exactly(m["navigator.result.ics"]!) }).count(), 0, "no calendar without a deadline");
    assert.ok(await nav.main.getByText(m["navigator.guidance"]!, { exact: true }).isVisible());
    await assertNoAxeViolationsOnce(page, `${stepPath(l, "result")} (all skipped)`, "all skipped");

    // Answer the first four, then go back one question at a time: each keeps its answer.
    await page.goto(`${h.baseUrl}${stepPath(l, "where")}`);
    await nav.attack.selectOption({ label: countryName(l, "FR") });
    await pressAndArrive(page, nav.continue, l, "home");
    await nav.home.selectOption({ label: countryName(l, "AU") });
    await nav.nationality.selectOption({ label: countryName(l, "AU") });
    await pressAndArrive(page, nav.continue, l, "role");
    await nav.role("bereaved").check();
    await pressAndArrive(page, nav.continue, l, "when");
    await nav.day.fill(date.day);
    await nav.month.fill(date.month);
    await nav.year.fill(date.year);
    await pressAndArrive(page, nav.continue, l, "needs");

    await pressAndArrive(page, nav.back, l, "when");
    assert.deepEqual([await nav.day.inputValue(), await nav.month.inputValue(), await nav.year.inputValue()], [date.day, date.month, date.year], "Back to the date: it is kept");
    await assertNoAxeViolationsOnce(page, `${stepPath(l, "when")} (back)`);
    await pressAndArrive(page, nav.back, l, "role");
    assert.ok(await nav.role("bereaved").isChecked(), "Back to the role: it is kept");
    await assertNoAxeViolationsOnce(page, `${stepPath(l, "role")} (back)`);
    await pressAndArrive(page, nav.back, l, "home");
    assert.equal(await nav.home.inputValue(), "AU", "Back to home: it is kept");
    assert.equal(await nav.nationality.inputValue(), "AU");
    await assertNoAxeViolationsOnce(page, `${stepPath(l, "home")} (back)`);
    await pressAndArrive(page, nav.back, l, "where");
    assert.equal(await nav.attack.inputValue(), "FR", "Back to where: it is kept");
    await assertNoAxeViolationsOnce(page, `${stepPath(l, "where")} (back)`);
    await pressAndArrive(page, nav.back, l, "");
    assert.deepEqual(answersIn(page.url()), [], "the start page carries nothing");

    // Forward again without touching anything: the answers stay, to the result.
    await pressAndArrive(page, nav.main.getByRole("link", { name: exactly(m["navigator.start"]!) }), l, "where");
    assert.equal(await nav.attack.inputValue(), "", "a fresh start is empty");
    await page.goBack();
    await page.goBack();
    assert.equal(new URL(page.url()).pathname, stepPath(l, "where"));
    assert.equal(await nav.attack.inputValue(), "FR");
    for (const next of ["home", "role", "when", "needs"] as const) await pressAndArrive(page, nav.continue, l, next);
    await nav.need("money").check();
    await pressAndArrive(page, nav.continue, l, "result");
    const resultUrl = page.url();
    assert.deepEqual(answersIn(resultUrl), [
      ["attack", "FR"],
      ["date", date.iso],
      ["home", "AU"],
      ["nationality", "AU"],
      ["need", "money"],
      ["role", "bereaved"],
    ]);

    // Each "Change" link opens its question, with the answer in place.
    const keptOn: Record<Step, () => Promise<void>> = {
      where: async () => assert.equal(await nav.attack.inputValue(), "FR"),
      home: async () => assert.deepEqual([await nav.home.inputValue(), await nav.nationality.inputValue()], ["AU", "AU"]),
      role: async () => assert.ok(await nav.role("bereaved").isChecked()),
      when: async () => assert.deepEqual([await nav.day.inputValue(), await nav.month.inputValue(), await nav.year.inputValue()], [date.day, date.month, date.year]),
      needs: async () => assert.ok((await nav.need("money").isChecked()) && !(await nav.need("psychological").isChecked())),
    };
    for (const step of STEPS) {
      await pressAndArrive(page, changeLink(page, l, step), l, step);
      assert.deepEqual(answersIn(page.url()), answersIn(resultUrl), `Change (${step}) carries every answer`);
      await keptOn[step]();
      if (step !== "needs") await page.goBack();
    }
    await assertNoAxeViolationsOnce(page, `${stepPath(l, "needs")} (change)`);

    // Changing the needs leads back to the answer, with the change.
    await nav.need("psychological").check();
    await pressAndArrive(page, nav.continue, l, "result");
    assert.deepEqual(new URL(page.url()).searchParams.getAll("need"), ["money", "psychological"]);
    const needsRow = nav.main.locator("dl > div").filter({ hasText: m["navigator.summary.needs"]! });
    assert.ok((await textOf(needsRow)).includes(squash(m["navigator.need.psychological"]!)), "the summary shows the changed answer");
    await assertNoAxeViolationsOnce(page, `${stepPath(l, "result")} (changed)`);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// 3. A date that does not exist, and a date in the future

for (const l of ["en", "ar"] as const) {
  test(`navigator (${l}): 31 February is refused with an error summary leading to the day; a future date too`, async () => {
    const m = messages[l];
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();
      const nav = navigator(page, l);
      await page.goto(`${h.baseUrl}${stepPath(l, "when")}?attack=FR`);
      await assertNoAxeViolationsOnce(page, stepPath(l, "when"));

      const refuse = async (day: string, month: string, year: string, key: string) => {
        await nav.day.fill(day);
        await nav.month.fill(month);
        await nav.year.fill(year);
        const response = await submitAndWait(page, nav.continue, "GET");
        assert.equal(response.status(), 400, `${day} ${month} ${year} is refused`);
        await assertPageLanguage(page, l);
        assert.ok((await page.title()).startsWith(m["form.errorTitlePrefix"]!), `the title starts with "${m["form.errorTitlePrefix"]}"`);
        const summary = page.locator("[data-error-summary]");
        assert.equal(await summary.getAttribute("role"), "alert");
        assert.ok(await summary.getByRole("heading", { name: exactly(m["form.errorSummaryTitle"]!) }).isVisible());
        assert.ok(await isFocused(summary), "app.js moves focus to the error summary");
        const link = summary.getByRole("link", { name: exactly(m[key]!) });
        assert.equal(await link.getAttribute("href"), "#field-date");
        assert.deepEqual([await nav.day.inputValue(), await nav.month.inputValue(), await nav.year.inputValue()], [day, month, year], "the values are kept");
        assert.equal(await nav.day.getAttribute("aria-invalid"), "true");
        assert.ok((await textOf(page.locator("#field-date-error"))).includes(squash(m[key]!)), "the message is beside the fields");
        assert.equal(new URL(page.url()).searchParams.get("attack"), "FR", "the other answers are kept");
        await link.click();
        assert.ok(await isFocused(nav.day), "the error link focuses the day field");
        await assertNoAxeViolationsOnce(page, `${stepPath(l, "when")} (${key})`, "error");
      };

      await refuse("31", "2", "2024", "navigator.error.date");
      const tomorrow = appToday();
      tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
      await refuse(String(tomorrow.getUTCDate()), String(tomorrow.getUTCMonth() + 1), String(tomorrow.getUTCFullYear()), "navigator.error.dateFuture");
    } finally {
      await context.close();
    }
  });
}

// ---------------------------------------------------------------------------------------------
// 4. Without JavaScript

test("navigator (en): without JavaScript the whole walk works with plain GET forms", async () => {
  const l: Locale = "en";
  const date = attackDate();
  const context = await newContext(h, { locale: BROWSER_LOCALE[l], javaScriptEnabled: false });
  const axeContext = await newContext(h, { locale: BROWSER_LOCALE[l] });
  try {
    await axeContext.route(/\.js(\?|$)/, (route) => route.abort());
    const page = await context.newPage();
    const visited: string[] = [];
    await walkBereavedAustralian(page, l, date, { onPage: async () => void visited.push(page.url()) });
    await assertBereavedAustralianResult(page, l, date);
    assert.equal(visited.length, 7, "start, five questions, answer");
    for (const url of visited) await assertNoAxeViolationsWithoutScripts(axeContext, url, new URL(url).pathname);
  } finally {
    await context.close();
    await axeContext.close();
  }
});

// ---------------------------------------------------------------------------------------------
// 5. Nothing stored, nothing cached, nothing sent on

test("navigator (en): the answers are never stored in the browser; every navigator page says no-store and no-referrer", async () => {
  const l: Locale = "en";
  const m = messages[l];
  const date = attackDate();
  const town = "Wollongong";
  const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
  const documents: { url: string; headers: Record<string, string> }[] = [];
  context.on("response", (r) => {
    if (r.request().isNavigationRequest()) documents.push({ url: r.url(), headers: r.headers() });
  });
  try {
    const page = await context.newPage();
    // Answers that could not turn up in a cookie or storage by chance.
    const markers = [town, date.iso, "bereaved", "psychological", "attack=", "nationality"];
    const assertNothingStored = async (label: string) => {
      const stored = await page.evaluate(() => ({
        cookie: document.cookie,
        local: JSON.stringify({ ...localStorage }),
        session: JSON.stringify({ ...sessionStorage }),
      }));
      const cookies = JSON.stringify(await context.cookies());
      for (const marker of markers) {
        for (const [where, value] of Object.entries({ ...stored, "cookies (HttpOnly included)": cookies })) {
          assert.ok(!value.includes(marker), `"${marker}" is not in ${where} on ${label}`);
        }
      }
    };
    await walkBereavedAustralian(page, l, date, { near: town, onPage: assertNothingStored });
    assert.equal(new URL(page.url()).searchParams.get("near"), town);
    await assertNoAxeViolationsOnce(page, `${stepPath(l, "result")} (with a town)`);

    // Every navigator page, the answer included, is marked not to be cached nor sent as a Referer.
    const navigatorPages = documents.filter((d) => new URL(d.url).pathname.startsWith(stepPath(l, "")) && !d.headers.location);
    assert.ok(navigatorPages.some((d) => new URL(d.url).pathname === stepPath(l, "result")), "the answer page was seen");
    for (const d of navigatorPages) {
      assert.equal(d.headers["cache-control"], "no-store", `Cache-Control on ${d.url}`);
      assert.equal(d.headers["referrer-policy"], "no-referrer", `Referrer-Policy on ${d.url}`);
    }
    const downloads = [`${stepPath(l, "result")}.pdf`, `/${l}/help-navigator/deadlines.ics`];
    for (const p of downloads) {
      const response = await page.request.get(`${h.baseUrl}${p}${new URL(page.url()).search}`);
      assert.equal(response.headers()["cache-control"], "no-store", `Cache-Control on ${p}`);
    }
  } finally {
    await context.close();
  }
});

test(
  "navigator (en): the answers in the address are never sent on as a Referer, to the page's own files or the next page",
  async () => {
    const l: Locale = "en";
    const m = messages[l];
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    const requests = recordRequests(context);
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}${stepPath(l, "result")}?attack=FR&home=AU&nationality=AU&role=bereaved&date=${attackDate().iso}&need=money`);
      // Following a link on the answer page must not tell the next page (nor the logs) the answers.
      const next = page.locator("main").getByRole("link", { name: exactly(format(l, m["navigator.result.seeProfile"], { country: countryName(l, "FR") })) }).first();
      await Promise.all([page.waitForURL(`${h.baseUrl}/${l}/countries/fr`), next.click()]);
      const leaks: string[] = [];
      for (const r of requests) {
        const referer = await r.headerValue("referer");
        if (referer?.includes("?")) leaks.push(`${new URL(r.url()).pathname} ← ${referer}`);
      }
      assert.deepEqual(leaks, [], "no request carries the answers as its Referer");
    } finally {
      await context.close();
    }
  },
);

// ---------------------------------------------------------------------------------------------
// 6. Country pages: the list, the search, a profile, an empty profile, the comparison

/** The name of France in another of the six languages, to search across languages. */
const OTHER_LANGUAGE: Record<"ar" | "zh" | "en", Locale> = { ar: "en", zh: "ru", en: "zh" };

/** Sections of a profile that show "no information yet" with a link to suggest some. */
const PROFILE_SECTIONS = ["authority", "numbers", "schemes", "rights", "consular", "legislation"] as const;

for (const l of ["ar", "zh", "en"] as const) {
  test(`countries (${l}): 195 States by region, found by name in any language; France's profile, Chad's honest empty one, the comparison`, async () => {
    const m = messages[l];
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();
      const main = page.locator("main");

      // The list: every State, under the five UN regions.
      await page.goto(`${h.baseUrl}/${l}/countries`);
      await assertPageLanguage(page, l);
      await assertHeading(page, m["countries.title"]);
      assert.equal(UN_STATES.length, 195);
      assert.equal(await textOf(main.getByRole("status")), squash(format(l, m["countries.count"], { count: 195 })));
      const regions = (await main.getByRole("heading", { level: 2 }).allTextContents()).map(squash);
      assert.deepEqual(regions, UN_REGIONS.map((r) => countryName(l, r)), "five region headings");
      let listed = 0;
      for (const region of UN_REGIONS) {
        const section = main.getByRole("region", { name: exactly(countryName(l, region)) });
        const links = await section.getByRole("link").count();
        assert.equal(links, UN_STATES.filter((s) => s.region === region).length, `every State of ${countryName(l, region)} is listed`);
        listed += links;
      }
      assert.equal(listed, 195);
      await assertNoAxeViolationsOnce(page, `/${l}/countries`);

      // Search: part of France's name in the page's language, then its full name in another language.
      const search = main.getByRole("search").getByRole("searchbox", { name: exactly(m["countries.searchLabel"]!) });
      const france = countryName(l, "FR");
      const part = [...france].slice(0, Math.max(1, Math.ceil([...france].length / 2))).join("");
      const franceLink = main.getByRole("link", { name: exactly(france) });
      for (const q of [part, countryName(OTHER_LANGUAGE[l], "FR")]) {
        await search.fill(q);
        await Promise.all([page.waitForURL((url) => url.pathname === `/${l}/countries` && url.searchParams.get("q") === q), search.press("Enter")]);
        assert.equal(await search.inputValue(), q, "the words stay in the box");
        const found = await main.locator("ul li").getByRole("link").count();
        assert.ok(found >= 1 && found < 195, `"${q}" narrows the list (${found})`);
        assert.equal(await textOf(main.getByRole("status")), squash(format(l, m["countries.searchCount"], { count: found, q })));
        assert.equal(await franceLink.count(), 1, `"${q}" finds ${france}`);
        await assertNoAxeViolationsOnce(page, `/${l}/countries?q=${q}`, "search");
      }

      // France: its schemes, each with a source and the date it was last reviewed.
      await Promise.all([page.waitForURL(`${h.baseUrl}/${l}/countries/fr`), franceLink.click()]);
      await assertPageLanguage(page, l);
      await assertHeading(page, france);
      const schemes = main.getByRole("region", { name: exactly(m["countries.section.schemes"]!) });
      assert.ok(await schemes.getByRole("heading", { level: 3, name: exactly(shown(FGTI.name, l)) }).isVisible(), "the FGTI is in the schemes section");
      const source = squash(await textOf(schemes.locator(".section-source")));
      assert.ok(source.includes(squash(m["countries.source"]!)) && source.includes(FGTI.source!.title), `the scheme names its source (${source})`);
      assert.ok(source.includes(squash(format(l, m["countries.reviewed"], { date: longDate(l, FGTI.reviewed!) }))), `and when it was last reviewed (${source})`);
      await assertNoAxeViolationsOnce(page, `/${l}/countries/fr`);

      // Chad has no profile yet: every section says so and asks for information.
      await page.goto(`${h.baseUrl}/${l}/countries/td`);
      await assertHeading(page, countryName(l, "TD"));
      for (const id of PROFILE_SECTIONS) {
        const section = main.getByRole("region", { name: exactly(m[`countries.section.${id}`]!) });
        assert.ok((await textOf(section)).includes(squash(m["countries.empty"]!)), `Chad's ${id} section says there is nothing yet`);
        const suggest = new URL((await section.getByRole("link", { name: exactly(m["countries.suggest"]!) }).getAttribute("href")) ?? "", h.baseUrl);
        assert.ok(suggest.pathname.startsWith(`/${l}/`) && /td/i.test(suggest.pathname + suggest.search), `the suggestion link is about Chad (${suggest})`);
      }
      const services = main.getByRole("region", { name: exactly(m["countries.section.services"]!) });
      assert.ok((await textOf(services)).includes(squash(m["countries.noServices"]!)), "no directory service in Chad");
      await assertNoAxeViolationsOnce(page, `/${l}/countries/td`);

      // The comparison, narrowed to Europe, and its CSV.
      await page.goto(`${h.baseUrl}/${l}/countries/compare`);
      await assertHeading(page, m["compare.title"]);
      await assertNoAxeViolationsOnce(page, `/${l}/countries/compare`);
      await main.getByRole("combobox", { name: exactly(m["compare.region"]!) }).selectOption("150");
      await submitAndWait(page, main.getByRole("button", { name: exactly(m["compare.apply"]!) }), "GET");
      assert.equal(new URL(page.url()).searchParams.get("region"), "150");
      const table = main.getByRole("table", { name: exactly(m["compare.caption"]!) });
      const rows = (await table.getByRole("rowheader").allTextContents()).map(squash);
      const europeWithInfo = DEMO_COUNTRIES_FILE.countries.filter((c) => UN_STATES.find((s) => s.code === c.code)?.region === "150" && c.sections?.legislation).map((c) => countryName(l, c.code));
      assert.deepEqual([...rows].sort(), [...europeWithInfo].sort(), `only European countries with information (${rows.join(", ")})`);
      assert.ok(!rows.includes(countryName(l, "AU")), "Australia is not in Europe");
      assert.equal(await textOf(main.getByRole("status")), squash(format(l, m["compare.count"], { count: rows.length })));
      await assertNoAxeViolationsOnce(page, `/${l}/countries/compare?region=150`);

      const csvHref = await main.getByRole("link", { name: exactly(m["compare.csv"]!) }).getAttribute("href");
      const csvUrl = new URL(csvHref ?? "", page.url());
      assert.equal(csvUrl.pathname, `/${l}/countries/compare.csv`);
      assert.equal(csvUrl.searchParams.get("region"), "150", "the CSV is of the same choice");
      const csv = await page.request.get(csvUrl.href);
      assert.equal(csv.status(), 200);
      assert.match(csv.headers()["content-type"] ?? "", /^text\/csv\b/);
      const csvText = await csv.text();
      assert.ok(csvText.includes(countryName(l, "FR")) && !csvText.includes(countryName(l, "AU")), "the CSV has the same rows");
    } finally {
      await context.close();
    }
  });
}

// ---------------------------------------------------------------------------------------------
// 7. Screenshots, phone and desktop

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function screenshots(page: Page, url: string, name: string, l: Locale) {
  for (const [size, viewport] of [["phone", PHONE], ["desktop", DESKTOP]] as const) {
    await page.setViewportSize(viewport);
    await page.goto(url);
    await assertPageLanguage(page, l);
    await assertNoAxeViolationsOnce(page, `${new URL(url).pathname} (${size})`);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${size}.png`), fullPage: true });
  }
}

test("countries (ar, zh): screenshots of the navigator's first question and answer, and France's profile in Arabic", async () => {
  const date = attackDate();
  const answers = new URLSearchParams([
    ["attack", "FR"],
    ["home", "AU"],
    ["nationality", "AU"],
    ["role", "bereaved"],
    ["date", date.iso],
    ["need", "money"],
    ["need", "psychological"],
  ]);
  const context = await newContext(h, { locale: BROWSER_LOCALE.ar });
  try {
    const page = await context.newPage();
    for (const l of ["ar", "zh"] as const) {
      await screenshots(page, `${h.baseUrl}${stepPath(l, "where")}`, `countries-navigator-where-${l}`, l);
      await screenshots(page, `${h.baseUrl}${stepPath(l, "result")}?${answers}`, `countries-navigator-result-${l}`, l);
      await assertBereavedAustralianResult(page, l, date);
    }
    await screenshots(page, `${h.baseUrl}/ar/countries/fr`, "countries-profile-fr-ar", "ar");
  } finally {
    await context.close();
  }
});

/** How far the page scrolls sideways, and the outermost elements that stick out of the window. */
async function sidewaysOverflow(page: Page): Promise<{ by: number; culprits: string[] }> {
  // A string, not a function: tsx would wrap the inner arrow functions in a helper the page lacks.
  return page.evaluate(`(() => {
    const width = document.documentElement.clientWidth;
    const out = (el) => {
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && (box.right > width + 1 || box.left < -1);
    };
    const culprits = Array.from(document.querySelectorAll("main *"))
      .filter((el) => out(el) && !out(el.parentElement) && !el.closest(".table-wrap"))
      .map((el) => "<" + el.tagName.toLowerCase() + " class=" + JSON.stringify(el.className) + "> " + JSON.stringify((el.textContent || "").trim().slice(0, 50)));
    return { by: document.documentElement.scrollWidth - width, culprits };
  })()`);
}

test(
  "countries (ar, zh, en): at 390px the navigator and France's profile need no sideways scrolling (WCAG 1.4.10) and phone numbers stay whole",
  async () => {
    const context = await newContext(h, { ...PHONE });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      for (const l of ["ar", "zh", "en"] as const) {
        for (const p of [stepPath(l, "where"), `${stepPath(l, "result")}?attack=FR&home=AU&nationality=AU&role=bereaved&date=${attackDate().iso}`, `/${l}/countries/fr`]) {
          await page.goto(`${h.baseUrl}${p}`);
          // Everything a reader can open, opened: the scheme records on the answer page.
          await page.locator("main details").evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
          const { by, culprits } = await sidewaysOverflow(page);
          if (by > 0) problems.push(`${p}: scrolls sideways by ${by}px, ${culprits.join("; ")}`);
          // A number broken over two lines is read in the wrong order in Arabic ("+33 1 99 00" … "37 18").
          for (const tel of await page.locator('main a[href^="tel:"]').all()) {
            const lines = await tel.evaluate((a) => new Set(Array.from(a.getClientRects()).map((r) => Math.round(r.top))).size);
            if (lines > 1) problems.push(`${p}: the phone number ${await textOf(tel)} is broken over ${lines} lines`);
          }
        }
      }
      assert.deepEqual(problems, [], "no page scrolls sideways at 390px");
    } finally {
      await context.close();
    }
  },
);

// ---------------------------------------------------------------------------------------------
// Staff: a focal point sends a change, an editor publishes it

test("staff (fr, ar): Mali's focal point adds emergency numbers in French; they wait for review; an editor working in Arabic publishes them", async () => {
  const focal = await buildStaff(h.t, { roles: ["focal_point"], countries: ["ML"] });
  const editor = await buildStaff(h.t, { roles: ["editor"] });
  const context = await newContext(h, { locale: BROWSER_LOCALE.fr });
  try {
    const page = await context.newPage();
    const fr = messages.fr;
    await page.goto(`${h.baseUrl}/fr/admin/login`);
    assert.equal((await fillLogin(page, fr, focal.email, focal.password)).status(), 303);
    await page.goto(`${h.baseUrl}/fr/admin/countries`);
    await assertNoAxeViolationsOnce(page, "admin countries list (fr)");
    // Only Mali is theirs.
    assert.equal(await page.locator("main table tbody tr").count(), 1);
    await page.getByRole("link", { name: exactly(countryName("fr", "ML")) }).click();
    await assertNoAxeViolationsOnce(page, "admin country (fr)");
    await page.getByRole("link", { name: exactly(fr["countries.section.numbers"]!) }).click();
    await assertNoAxeViolationsOnce(page, "admin numbers form (fr)");
    // A number that is not one: the form comes back with the error, nothing lost.
    const first = page.locator("fieldset").filter({ hasText: format("fr", fr["admin.countries.entryN"], { n: 1 }) });
    await first.getByLabel(fr["admin.countries.number"]!, { exact: true }).fill("appelez-nous");
    await first.getByLabel(fr["admin.countries.label"]!, { exact: true }).fill("Police secours");
    await submitAndWait(page, page.getByRole("button", { name: exactly(fr["admin.countries.saveSubmit"]!) }));
    assert.match(await page.title(), new RegExp(`^${escapeRegExp(fr["form.errorTitlePrefix"]!)}`));
    await assertNoAxeViolationsOnce(page, "admin numbers form with an error (fr)");
    assert.equal(await first.getByLabel(fr["admin.countries.label"]!, { exact: true }).inputValue(), "Police secours");
    await page.getByRole("link", { name: fr["admin.countries.error.phone"]! }).click();
    await first.getByLabel(fr["admin.countries.number"]!, { exact: true }).fill("17");
    await submitAndWait(page, page.getByRole("button", { name: exactly(fr["admin.countries.saveSubmit"]!) }));
    assert.ok((await textOf(page.locator("main").getByRole("status").first())).includes(squash(fr["admin.countries.flash.submitted"]!)));
    // Not public yet.
    const reader = await context.browser()!.newContext();
    const pub = await reader.newPage();
    await pub.goto(`${h.baseUrl}/fr/countries/ml`);
    assert.ok(!(await pub.locator("main").innerText()).includes("Police secours"));

    // The editor, in Arabic, publishes.
    const editorContext = await newContext(h, { locale: BROWSER_LOCALE.ar });
    try {
      const ar = messages.ar;
      const ep = await editorContext.newPage();
      await ep.goto(`${h.baseUrl}/ar/admin/login`);
      assert.equal((await fillLogin(ep, ar, editor.email, editor.password)).status(), 303);
      await ep.goto(`${h.baseUrl}/ar/admin/countries?pending=1`);
      await ep.getByRole("link", { name: exactly(countryName("ar", "ML")) }).click();
      await assertNoAxeViolationsOnce(ep, "admin country with a change to review (ar)");
      await submitAndWait(ep, ep.getByRole("button", { name: exactly(ar["admin.countries.publish"]!) }));
      assert.ok((await textOf(ep.locator("main").getByRole("status").first())).includes(squash(ar["admin.countries.flash.published"]!)));
    } finally {
      await editorContext.close();
    }
    await pub.goto(`${h.baseUrl}/fr/countries/ml`);
    assert.ok((await pub.locator("#numbers").innerText()).includes("Police secours"));
    await reader.close();
  } finally {
    await context.close();
  }
});
