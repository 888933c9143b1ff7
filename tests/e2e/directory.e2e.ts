import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { buildStaff, type StaffFixture } from "../support/factories.ts";
import { DEMO_DIRECTORY_SERVICES } from "../../src/demo/directory-demo.ts";
import { SERVICE_TYPES } from "../../src/features/directory/directory.taxonomy.ts";
import {
  BROWSER_LOCALE,
  LANG_TAG,
  assertNoAxeViolations,
  escapeRegExp,
  exactly,
  fillLogin,
  format,
  isFocused,
  loadAllMessages,
  newContext,
  squash,
  submitAndWait,
  textOf,
  type Locale,
  type Messages,
} from "./helpers.ts";

/**
 * The services directory ("Find help"), read as stories: a survivor searching in their own language,
 * with and without JavaScript, near a city or near themselves; someone reporting wrong opening hours;
 * an organisation proposing a listing; an editor checking a record.
 */

let h: BrowserHarness;
let editor: StaffFixture;
let shots: string;
const messages = loadAllMessages();

/** The public stories run in a right-to-left language, a language without spaces, and English. */
const PUBLIC_LOCALES = ["ar", "zh", "en"] as const satisfies readonly Locale[];
type PublicLocale = (typeof PUBLIC_LOCALES)[number];

/**
 * A search a survivor would make, in their own language, where the demo directory has services
 * written in that language: a word, a country and one of its cities.
 */
const SCENARIO: Record<PublicLocale, { word: string; country: string; city: string }> = {
  ar: { word: "الإرهاب", country: "IQ", city: "بغداد" },
  zh: { word: "心理", country: "CN", city: "上海" },
  en: { word: "trauma", country: "KE", city: "Nairobi" },
};

interface DemoService {
  id: string;
  name: string;
  description: string;
  service_at_locations?: { location: { addresses?: { city: string; country: string }[] } }[];
}
const demoServices = DEMO_DIRECTORY_SERVICES as DemoService[];

/** A demo service by its name (throws when the demo data lacks it). */
function demoService(name: string): DemoService {
  const found = demoServices.find((s) => s.name === name);
  assert.ok(found, `no demo service named "${name}"`);
  return found;
}

before(async () => {
  h = await startBrowserHarness();
  editor = await buildStaff(h.t, { roles: ["editor"] });
  shots = await mkdtemp(path.join(tmpdir(), "vsp-directory-shots-"));
  // The scenarios only make sense while the demo directory has matching services in that place.
  for (const l of PUBLIC_LOCALES) {
    const { word, country, city } = SCENARIO[l];
    const matching = demoServices.filter(
      (s) =>
        `${s.name} ${s.description}`.includes(word) &&
        s.service_at_locations?.some((sal) => sal.location.addresses?.some((a) => a.country === country && a.city === city)),
    );
    assert.ok(matching.length > 0, `the demo directory has a service in ${city} (${country}) mentioning "${word}"`);
  }
});

after(async () => {
  await h?.close();
  if (shots) await rm(shots, { recursive: true, force: true });
});

const countryName = (l: Locale, code: string) => new Intl.DisplayNames([LANG_TAG[l]], { type: "region" }).of(code) ?? code;
const spokenLanguage = (l: Locale, code: string) => new Intl.DisplayNames([LANG_TAG[l]], { type: "language" }).of(code) ?? code;
/** Monday to Sunday in the reader's language (1 January 2024 was a Monday). */
const weekdays = (l: Locale) =>
  Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(LANG_TAG[l], { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1 + i))));
const typeLabel = (l: Locale, code: string) => {
  const term = SERVICE_TYPES.find((t) => t.code === code);
  assert.ok(term, `service type ${code}`);
  return term.names[l];
};

/** Arabic-Indic digits and separators as ASCII, for reading numbers back. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/\u066B/g, ".");
}

/** Reads "0.9 km away" / "على بعد ٠٫٩ كم" back as a number of kilometres. */
function distanceReader(l: Locale): (text: string) => number | null {
  const marker = "§§";
  const [beforeText, afterText] = format(l, messages[l]["directory.distance"], { distance: marker }).split(marker);
  const pattern = new RegExp(`${escapeRegExp(squash(beforeText ?? ""))}\\s*(.+?)\\s*${escapeRegExp(squash(afterText ?? ""))}`);
  return (text) => {
    const m = pattern.exec(squash(text));
    if (!m) return null;
    const ascii = asciiDigits(m[1]!).replace(/[\u066C,\s\u00A0\u202F]/g, "");
    const n = /\d+(\.\d+)?/.exec(ascii);
    return n ? Number(n[0]) : null;
  };
}

/** The parts of the search page a reader uses, found by their translated names. */
function searchPage(page: Page, locale: Locale) {
  const m = messages[locale];
  const main = page.locator("main");
  const form = main.getByRole("search");
  const results = page.locator("#directory-results");
  return {
    form,
    searchBox: form.getByRole("searchbox", { name: exactly(m["directory.search.label"]!) }),
    country: form.getByLabel(m["directory.filter.country"]!, { exact: true }),
    city: form.getByLabel(m["directory.filter.city"]!, { exact: true }),
    near: form.getByLabel(m["directory.sort.near"]!, { exact: true }),
    free: form.getByRole("checkbox", { name: exactly(m["directory.filter.free"]!) }),
    kind: (code: string) => form.getByRole("group", { name: exactly(m["directory.filter.type"]!) }).getByRole("checkbox", { name: exactly(typeLabel(locale, code)) }),
    nearest: form.getByRole("radio", { name: exactly(m["directory.sort.distance"]!) }),
    submit: form.getByRole("button", { name: exactly(m["directory.search.submit"]!) }),
    useMyLocation: form.getByRole("button", { name: exactly(m["directory.sort.useMyLocation"]!) }),
    results,
    count: results.getByRole("heading", { level: 2 }),
    listings: results.locator("li.listing"),
  };
}

/** Opens the "More filters" disclosure when it is closed (narrow screens, or no JavaScript). */
async function openMoreFilters(page: Page, m: Messages) {
  const details = page.locator("main").getByRole("search").locator("details");
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  assert.notEqual(await details.getAttribute("open"), null, `"${m["directory.filter.more"]}" opens`);
}

/** The results heading says how many listings there are, and every listing links to a service page. */
async function assertResultsConsistent(page: Page, l: Locale): Promise<number> {
  const m = messages[l];
  const s = searchPage(page, l);
  const shown = await s.listings.count();
  const heading = await textOf(s.count);
  assert.equal(await s.count.getAttribute("aria-live"), "polite", "the count is announced when it changes");
  const total = Number(asciiDigits(heading).replace(/[^\d]/g, "") || "0");
  assert.equal(heading, squash(format(l, m["directory.count"], { count: total })), "the heading is the translated count");
  assert.ok(shown <= 20 && (total <= 20 ? shown === total : shown === 20), `a page of results (${shown} of ${total})`);
  for (const href of await s.listings.locator("h3 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    assert.match(href ?? "", new RegExp(`^/${l}/services/[0-9a-f-]{36}(\\?at=[0-9a-f-]{36})?$`));
  }
  return total;
}

async function assertPageLanguage(page: Page, l: Locale) {
  assert.equal(await page.locator("html").getAttribute("lang"), LANG_TAG[l]);
  assert.equal(await page.locator("html").getAttribute("dir"), l === "ar" ? "rtl" : "ltr");
}

/** Waits until app.js has applied the filters in place and written them into the address. */
async function waitForSearchUrl(page: Page, check: (params: URLSearchParams) => boolean) {
  await page.waitForURL((url) => url.pathname.endsWith("/services") && check(url.searchParams));
  // replaceState runs after the results have been swapped in; nothing is pending once the URL says so.
  await page.waitForFunction(() => document.getElementById("directory-results")?.getAttribute("aria-busy") !== "true");
}

/**
 * axe runs as a script, so it cannot run in a page with JavaScript switched off. The same address
 * opened with the portal's scripts blocked is exactly what a reader without JavaScript gets.
 */
async function assertNoAxeViolationsWithoutScripts(url: string, label: string) {
  const context = await newContext(h);
  try {
    await context.route(/\.js(\?|$)/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(url);
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains("js")), false, "app.js did not run");
    await assertNoAxeViolations(page, `${label} (without JavaScript)`);
  } finally {
    await context.close();
  }
}

/** Fills the staff sign-in form by its translated labels and sends it. */
async function signIn(page: Page, m: Messages, staff: StaffFixture) {
  await page.goto(`${h.baseUrl}/en/admin/login`);
  const response = await fillLogin(page, m, staff.email, staff.password);
  assert.equal(response.status(), 303);
  await page.waitForURL(`${h.baseUrl}/en/admin`);
}

// ---------------------------------------------------------------------------------------------
// 1. A survivor finds help in their own language

for (const l of PUBLIC_LOCALES) {
  const { word, country, city } = SCENARIO[l];
  test(`directory (${l}): a survivor searches "${word}" in ${city}, opens a service, sees how to call and when it is open`, async () => {
    const m = messages[l];
    const phone = l !== "en";
    const context = await newContext(h, { locale: BROWSER_LOCALE[l], ...(phone ? { width: 390, height: 844 } : {}) });
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/${l}/services`);
      await assertPageLanguage(page, l);
      assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(m["directory.title"]!));
      const s = searchPage(page, l);
      assert.equal(await s.form.evaluate((f) => (f as HTMLFormElement).method), "get");
      assert.equal(await s.city.count(), 0, "no city list before a country is chosen");
      await assertNoAxeViolations(page, `/${l}/services`);

      // Country, then the city list of that country appears; then the words.
      await s.country.selectOption({ label: countryName(l, country) });
      await waitForSearchUrl(page, (p) => p.get("country") === country);
      await s.city.selectOption({ label: city });
      await waitForSearchUrl(page, (p) => p.get("city") === city);
      await s.searchBox.fill(word);
      await s.submit.click();
      await waitForSearchUrl(page, (p) => p.get("q") === word && p.get("country") === country && p.get("city") === city);

      const total = await assertResultsConsistent(page, l);
      assert.ok(total > 0, `"${word}" finds services in ${city}`);
      const place = squash(`${city}${m["directory.placeSeparator"]}${countryName(l, country)}`);
      for (const meta of await s.listings.locator("p.meta").allTextContents()) {
        assert.ok(squash(meta).includes(place), `each listing is in ${place} (saw "${squash(meta)}")`);
      }
      assert.equal(await s.searchBox.inputValue(), word, "the words stay in the box");
      await assertNoAxeViolations(page, `/${l}/services?q=${word}&country=${country}&city=${city}`);

      // A screenshot of the results, at the width the reader would use.
      const file = path.join(shots, `directory-results-${l}-${phone ? "390" : "1280"}.png`);
      await page.screenshot({ path: file, fullPage: true });
      assert.ok((await stat(file)).size > 0, "the screenshot is not empty");

      // The first result opens its service page.
      const first = s.listings.first().getByRole("heading", { level: 3 }).getByRole("link");
      const name = await textOf(first);
      await Promise.all([page.waitForURL(new RegExp(`/${l}/services/[0-9a-f-]{36}(\\?at=[0-9a-f-]{36})?$`)), first.click()]);
      await assertPageLanguage(page, l);
      const h1 = page.getByRole("heading", { level: 1 });
      assert.equal(await textOf(h1), name);
      assert.equal(await h1.getAttribute("lang"), null, "a record written in the page's language needs no lang of its own");

      // A number to call, as a tel: link that runs left to right even in Arabic.
      const contact = page.getByRole("region", { name: exactly(m["directory.service.contact"]!) });
      const tel = contact.locator('a[href^="tel:"]').first();
      assert.ok((await contact.locator('a[href^="tel:"]').count()) > 0, "a phone number to call");
      assert.equal((await tel.getAttribute("href"))?.replace(/^tel:/, ""), (await textOf(tel)).replace(/[^\d+]/g, ""));
      assert.equal(await tel.getAttribute("dir"), "ltr");

      // Opening hours, with the days named in the reader's language.
      const hours = page.getByRole("table", { name: exactly(m["directory.service.hours"]!) }).first();
      assert.deepEqual((await hours.getByRole("rowheader").allTextContents()).map(squash), weekdays(l));

      // The languages spoken include the reader's own.
      const languages = page.getByRole("region", { name: exactly(m["directory.service.languages"]!) });
      assert.ok((await textOf(languages)).includes(spokenLanguage(l, l)), `"${spokenLanguage(l, l)}" is among the languages spoken`);
      await assertNoAxeViolations(page, `/${l}/services/… (${name})`);
    } finally {
      await context.close();
    }
  });
}

test("directory (en, zh, ar): a service written in another language keeps its own lang and dir", async () => {
  const context = await newContext(h);
  try {
    const page = await context.newPage();
    const cases: [Locale, string, string, "rtl" | "ltr"][] = [
      ["en", "لقاءات الدعم بين الناجين وعائلات الضحايا", "ar", "rtl"],
      ["zh", "Free trauma counselling", "en", "ltr"],
      ["ar", "华人受害者中文协助服务", "zh-Hans", "ltr"],
    ];
    for (const [l, name, lang, dir] of cases) {
      await page.goto(`${h.baseUrl}/${l}/services/${demoService(name).id}`);
      await assertPageLanguage(page, l);
      const h1 = page.getByRole("heading", { level: 1 });
      assert.equal(await textOf(h1), name);
      assert.equal(await h1.getAttribute("lang"), lang, `the ${l} page marks the heading's language`);
      assert.equal(await h1.getAttribute("dir"), dir);
      await assertNoAxeViolations(page, `/${l}/services/… (${name})`);
    }
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// 2. Filters combine, in place, and the address holds the whole search

for (const l of PUBLIC_LOCALES) {
  test(`directory (${l}): "Free of charge" and a kind of help apply without a page load, and the address keeps them`, async () => {
    const m = messages[l];
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/${l}/services`);
      const s = searchPage(page, l);
      const everything = await assertResultsConsistent(page, l);
      // A marker on window survives only if the page is never reloaded.
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
      await openMoreFilters(page, m);

      assert.equal(await s.useMyLocation.count(), 1, `with JavaScript, "${m["directory.sort.useMyLocation"]}" is offered`);
      // The results region is replaced by the server's new one; the old element carries a mark.
      await s.results.evaluate((el) => el.setAttribute("data-e2e-old", ""));
      await s.free.check();
      await waitForSearchUrl(page, (p) => p.get("free") === "1");
      assert.equal(await s.results.getAttribute("data-e2e-old"), null, "the results were replaced");
      const free = await assertResultsConsistent(page, l);
      assert.ok(free > 0 && free < everything, `free services are some of all services (${free} of ${everything})`);
      if (free > 20) {
        // Pagination links carry the whole search.
        const next = s.results.getByRole("navigation", { name: exactly(m["pagination.label"]!) }).getByRole("link", { name: exactly(m["pagination.next"]!) });
        const href = new URL((await next.getAttribute("href")) ?? "", h.baseUrl);
        assert.equal(href.searchParams.get("free"), "1");
        assert.equal(href.searchParams.get("page"), "2");
      }

      const legal = s.kind("legal-aid");
      await legal.check();
      await waitForSearchUrl(page, (p) => p.get("free") === "1" && p.getAll("type").includes("legal-aid"));
      const both = await assertResultsConsistent(page, l);
      assert.ok(both > 0 && both < free, `free legal aid is some of the free services (${both} of ${free})`);
      for (const listing of await s.listings.all()) {
        assert.ok((await textOf(listing.locator(".listing-types"))).includes(typeLabel(l, "legal-aid")));
        assert.ok(await listing.getByRole("list", { name: exactly(m["directory.badges"]!) }).getByText(m["directory.badge.free"]!, { exact: true }).isVisible());
      }
      assert.equal(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), true, "no page load happened");
      const heading = await textOf(s.count);
      await assertNoAxeViolations(page, `/${l}/services?free=1&type=legal-aid (applied in place)`);

      // The address is the whole search: loading it again shows the same results and choices.
      const url = page.url();
      await page.reload();
      assert.equal(page.url(), url);
      assert.equal(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), undefined, "this time the page did load");
      assert.equal(await textOf(searchPage(page, l).count), heading);
      assert.ok(await searchPage(page, l).free.isChecked());
      assert.ok(await searchPage(page, l).kind("legal-aid").isChecked());
      await assertNoAxeViolations(page, `/${l}/services?free=1&type=legal-aid (loaded)`);
    } finally {
      await context.close();
    }
  });
}

// ---------------------------------------------------------------------------------------------
// 3. Without JavaScript: the same search by submitting the form, then nearest first from a city

for (const l of PUBLIC_LOCALES) {
  const { word, country, city } = SCENARIO[l];
  test(`directory (${l}): without JavaScript the form searches, and sorts by distance from ${city} on a second submit`, async () => {
    const m = messages[l];
    const context = await newContext(h, { locale: BROWSER_LOCALE[l], javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/${l}/services`);
      const s = searchPage(page, l);
      assert.equal(await s.useMyLocation.count(), 0, `"${m["directory.sort.useMyLocation"]}" needs JavaScript, so it is not offered`);

      // First submit: the words and the country.
      await s.searchBox.fill(word);
      await s.country.selectOption({ label: countryName(l, country) });
      const first = await submitAndWait(page, s.submit, "GET");
      assert.equal(first.status(), 200);
      const url = new URL(page.url());
      assert.equal(url.pathname, `/${l}/services`);
      assert.equal(url.searchParams.get("q"), word);
      assert.equal(url.searchParams.get("country"), country);
      const total = await assertResultsConsistent(page, l);
      assert.ok(total > 0, `"${word}" finds services in ${countryName(l, country)}`);
      assert.equal(await s.searchBox.inputValue(), word);
      await assertNoAxeViolationsWithoutScripts(page.url(), `/${l}/services?q=${word}&country=${country}`);

      // Second submit: now the cities of the country are listed; nearest first from one of them.
      await openMoreFilters(page, m);
      await s.nearest.check();
      await s.near.selectOption({ label: city });
      const second = await submitAndWait(page, s.submit, "GET");
      assert.equal(second.status(), 200);
      const sorted = new URL(page.url()).searchParams;
      assert.equal(sorted.get("sort"), "distance");
      assert.equal(sorted.get("near"), city);
      assert.equal(sorted.get("q"), word, "the words are kept");
      assert.equal(await assertResultsConsistent(page, l), total, "the same services, in another order");
      assert.ok(await s.results.getByText(format(l, m["directory.sortedFrom"], { place: city }), { exact: true }).isVisible());
      const readKm = distanceReader(l);
      const km = (await s.listings.locator("p.meta").allTextContents()).map(readKm).filter((d): d is number => d !== null);
      assert.ok(km.length > 0, "listings say how far away they are");
      assert.deepEqual(km, [...km].sort((a, b) => a - b), `nearest first (${km.join(", ")})`);
      assert.ok(await s.nearest.isChecked());
      assert.equal(await s.near.inputValue(), city);
      await assertNoAxeViolationsWithoutScripts(page.url(), `/${l}/services?…&sort=distance&near=${city}`);
    } finally {
      await context.close();
    }
  });
}

// ---------------------------------------------------------------------------------------------
// 4. Near me, with the browser's location (rounded before it reaches the address)

test("directory (en): “Use my location” sorts by distance and keeps only a rounded position in the address", async () => {
  const l: Locale = "en";
  const m = messages[l];
  const context: BrowserContext = await h.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: BROWSER_LOCALE[l],
    permissions: ["geolocation"],
    geolocation: { latitude: 48.8566, longitude: 2.3522 },
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  try {
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/${l}/services`);
    const s = searchPage(page, l);
    await openMoreFilters(page, m);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await s.useMyLocation.click();
    await waitForSearchUrl(page, (p) => p.has("lat"));

    const params = new URL(page.url()).searchParams;
    assert.equal(params.get("lat"), "48.86", "latitude rounded to two decimals");
    assert.equal(params.get("lon"), "2.35", "longitude rounded to two decimals");
    assert.equal(params.get("sort"), "distance");
    assert.ok(!/\d\.\d{3}/.test(page.url()), `no more than two decimals anywhere in ${page.url()}`);
    assert.equal(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), true, "no page load happened");
    assert.ok(await s.results.getByText(m["directory.sortedFromYou"]!, { exact: true }).isVisible());
    assert.ok(await s.nearest.isChecked());

    const readKm = distanceReader(l);
    const metas = await s.listings.locator("p.meta").allTextContents();
    const km = metas.map(readKm).filter((d): d is number => d !== null);
    assert.ok(km.length > 0 && metas.some((t) => / km away/.test(squash(t))), `listings say "… km away" (${metas.slice(0, 3).map(squash).join(" | ")})`);
    assert.deepEqual(km, [...km].sort((a, b) => a - b), "nearest first");
    assert.ok(km[0]! < 10, `the nearest service is in Paris (${km[0]} km)`);
    assert.ok(squash(metas[0]!).includes("Paris"));
    await assertNoAxeViolations(page, "/en/services (near me)");

    // Loaded again, the address gives the same list; a more precise position is rounded by a redirect.
    const heading = await textOf(s.count);
    await page.reload();
    assert.equal(await textOf(searchPage(page, l).count), heading);
    assert.ok(await page.getByText(m["directory.sort.usingLocation"]!, { exact: true }).isVisible());
    await page.goto(`${h.baseUrl}/${l}/services?sort=distance&lat=48.856613&lon=2.352222`);
    const rounded = new URL(page.url()).searchParams;
    assert.equal(rounded.get("lat"), "48.86");
    assert.equal(rounded.get("lon"), "2.35");
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// 5. Bad input: an error summary that leads to the field, and the search kept

for (const l of PUBLIC_LOCALES) {
  test(`directory (${l}): an unknown country is refused with an error summary that leads to the country field`, async () => {
    const m = messages[l];
    const { word } = SCENARIO[l];
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();
      const response = await page.goto(`${h.baseUrl}/${l}/services?q=${encodeURIComponent(word)}&country=XX&free=1`);
      assert.equal(response?.status(), 400);
      await assertPageLanguage(page, l);
      assert.ok((await page.title()).startsWith(m["form.errorTitlePrefix"]!));
      const summary = page.locator("[data-error-summary]");
      assert.equal(await summary.getAttribute("role"), "alert");
      assert.ok(await summary.getByRole("heading", { name: exactly(m["form.errorSummaryTitle"]!) }).isVisible());
      assert.ok(await isFocused(summary), "app.js moves focus to the error summary");
      assert.equal(await page.locator("#directory-results").count(), 0, "no results for a search that could not be read");

      const s = searchPage(page, l);
      assert.equal(await s.searchBox.inputValue(), word, "the words are kept");
      assert.ok(await s.free.isChecked(), "the other choices are kept");
      assert.equal(await s.country.getAttribute("aria-invalid"), "true");
      assert.ok((await textOf(page.locator("#field-country-error"))).includes(squash(m["directory.error.country"]!)), "the message is beside the field");

      const link = summary.getByRole("link", { name: exactly(m["directory.error.country"]!) });
      assert.equal(await link.getAttribute("href"), "#field-country");
      await link.click();
      assert.equal(new URL(page.url()).hash, "#field-country");
      assert.ok(await isFocused(s.country), "the error link focuses the country field");
      await assertNoAxeViolations(page, `/${l}/services?country=XX`);
    } finally {
      await context.close();
    }
  });

  test(
    `directory (${l}): "nearest first" without a place is refused, and the summary leads to where a place is chosen`,
    async () => {
      const m = messages[l];
      const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
      try {
        const page = await context.newPage();
        const response = await page.goto(`${h.baseUrl}/${l}/services?sort=distance`);
        assert.equal(response?.status(), 400);
        assert.ok((await page.title()).startsWith(m["form.errorTitlePrefix"]!));
        const summary = page.locator("[data-error-summary]");
        assert.equal(await summary.getAttribute("role"), "alert");
        const link = summary.getByRole("link", { name: exactly(m["directory.error.nearestNeedsCountry"]!) });
        assert.equal(await link.getAttribute("href"), "#field-country");
        assert.equal(await page.locator("#field-country").count(), 1, "the link has a target");
        assert.ok(await searchPage(page, l).nearest.isChecked(), "the choice is kept");
        await assertNoAxeViolations(page, `/${l}/services?sort=distance`);

        // GOV.UK pattern: the message is repeated beside the field, and the link lands on a control.
        assert.ok(
          (await textOf(page.locator("main").getByRole("search"))).includes(squash(m["directory.error.nearestNeedsCountry"]!)),
          "the error message is shown in the form, beside the field",
        );
        await link.click();
        const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? "");
        assert.ok(["select", "input", "button"].includes(focused), `following the link puts the focus on a control (focus is on <${focused}>)`);
      } finally {
        await context.close();
      }
    },
  );
}

// ---------------------------------------------------------------------------------------------
// 6. Report wrong information

const REPORTED: Record<"en" | "ar", string> = { en: "Free trauma counselling", ar: "لقاءات الدعم بين الناجين وعائلات الضحايا" };

for (const l of ["en", "ar"] as const) {
  test(`directory (${l}): someone reports wrong opening hours; without a choice they are asked what is wrong`, async () => {
    const m = messages[l];
    const service = demoService(REPORTED[l]);
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();
      const servicePath = `/${l}/services/${service.id}`;
      await page.goto(`${h.baseUrl}${servicePath}`);
      await Promise.all([
        page.waitForURL(`${h.baseUrl}${servicePath}/report`),
        page.getByRole("link", { name: exactly(m["directory.report.link"]!) }).click(),
      ]);
      await assertPageLanguage(page, l);
      assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(m["directory.report.title"]!));
      assert.ok((await textOf(page.locator("main"))).includes(service.name), "the page says which service");
      await assertNoAxeViolations(page, `${servicePath}/report`);

      // Nothing chosen: the form again, with an error summary.
      const details = page.getByLabel(m["directory.report.details"]!, { exact: true });
      await details.fill(l === "ar" ? "تغيّرت أيام العمل" : "They now open on Saturdays too");
      const send = () => page.locator("main").getByRole("button", { name: exactly(m["directory.report.submit"]!) });
      const refused = await submitAndWait(page, send());
      assert.equal(refused.status(), 400);
      assert.ok((await page.title()).startsWith(m["form.errorTitlePrefix"]!));
      const summary = page.locator("[data-error-summary]");
      assert.equal(await summary.getAttribute("role"), "alert");
      assert.ok(await isFocused(summary));
      assert.ok(await details.inputValue(), "the details are kept");
      const link = summary.getByRole("link", { name: exactly(m["directory.report.error.problem"]!) });
      assert.equal(await link.getAttribute("href"), "#field-problem");
      await link.click();
      const group = page.getByRole("group", { name: exactly(m["directory.report.problem"]!) });
      assert.ok(await isFocused(group.getByRole("radio").first()), "the error link focuses the first choice");
      await assertNoAxeViolations(page, `${servicePath}/report (error)`);

      // A choice: back to the service page, with thanks.
      const before = await h.t.db.kysely.selectFrom("directory_reports").select("id").where("service_id", "=", service.id).execute();
      await group.getByRole("radio", { name: exactly(m["directory.report.problem.hours"]!) }).check();
      const sent = await submitAndWait(page, send());
      assert.equal(sent.status(), 303);
      await page.waitForURL(`${h.baseUrl}${servicePath}`);
      assert.ok(await page.getByRole("status").filter({ hasText: exactly(m["directory.report.thanks"]!) }).isVisible());
      const afterReports = await h.t.db.kysely
        .selectFrom("directory_reports")
        .select(["problem", "locale"])
        .where("service_id", "=", service.id)
        .execute();
      assert.equal(afterReports.length, before.length + 1);
      assert.deepEqual(afterReports.at(-1), { problem: "hours", locale: l });
      await assertNoAxeViolations(page, `${servicePath} (reported)`);
    } finally {
      await context.close();
    }
  });
}

// ---------------------------------------------------------------------------------------------
// 7. An organisation proposes a service

test("directory (en): an organisation proposes a service; an empty form lists every missing answer first", async () => {
  const l: Locale = "en";
  const m = messages[l];
  const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
  try {
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/${l}/services`);
    await Promise.all([page.waitForURL(`${h.baseUrl}/${l}/services/propose`), page.getByRole("link", { name: exactly(m["directory.propose.link"]!) }).click()]);
    assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(m["directory.propose.title"]!));
    assert.ok(await page.getByRole("heading", { name: exactly(m["directory.propose.criteriaTitle"]!) }).isVisible());
    await assertNoAxeViolations(page, "/en/services/propose");

    const send = () => page.locator("main").getByRole("button", { name: exactly(m["directory.propose.submit"]!) });
    const refused = await submitAndWait(page, send());
    assert.equal(refused.status(), 400);
    assert.ok((await page.title()).startsWith(m["form.errorTitlePrefix"]!));
    const summary = page.locator("[data-error-summary]");
    assert.ok(await isFocused(summary));
    const targets = await summary.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    for (const field of ["organization_name", "name", "description", "types", "country", "city", "contact_email", "criteria"]) {
      assert.ok(targets.includes(`#field-${field}`), `the summary links to ${field} (links: ${targets.join(" ")})`);
    }
    for (const href of targets) {
      assert.equal(await page.locator(href).count(), 1, `${href} is on the page`);
    }
    await summary.getByRole("link", { name: exactly(m["directory.form.error.contactEmail"]!) }).click();
    assert.ok(await isFocused(page.getByLabel(m["directory.propose.contactEmail"]!, { exact: true })));
    await assertNoAxeViolations(page, "/en/services/propose (errors)");

    // The least a listing needs.
    await page.getByLabel(m["directory.form.organizationName"]!, { exact: true }).fill("Harbourside Survivors' Network (test)");
    await page.getByLabel(m["directory.form.organizationDescription"]!, { exact: true }).fill("Peer support for people hurt in attacks and their families.");
    await page.getByLabel(m["directory.form.name"]!, { exact: true }).fill("Evening peer support group");
    await page.getByLabel(m["directory.form.description"]!, { exact: true }).fill("A weekly group where survivors and families talk with others who understand.");
    await page.getByRole("group", { name: exactly(m["directory.form.types"]!) }).getByRole("checkbox", { name: exactly(typeLabel(l, "peer-support")) }).check();
    await page.getByRole("group", { name: exactly(m["directory.form.mode"]!) }).getByRole("radio", { name: exactly(m["directory.form.modeRemote"]!) }).check();
    await page.getByLabel(m["directory.form.country"]!, { exact: true }).selectOption({ label: countryName(l, "GB") });
    await page.getByLabel(m["directory.form.city"]!, { exact: true }).fill("Manchester");
    await page.getByLabel(m["directory.form.phone"]!, { exact: true }).fill("+44 161 496 0000");
    await page.getByLabel(m["directory.propose.contactEmail"]!, { exact: true }).fill("coordinator@example.org");
    await page.getByRole("checkbox", { name: exactly(m["directory.propose.criteriaYes"]!) }).check();
    const sent = await submitAndWait(page, send());
    assert.equal(sent.status(), 303);
    await page.waitForURL(`${h.baseUrl}/${l}/services/propose/sent`);
    assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(m["directory.propose.sentTitle"]!));
    const stored = await h.t.db.kysely.selectFrom("directory_proposals").select(["service_name", "country"]).where("service_name", "=", "Evening peer support group").execute();
    assert.deepEqual(stored, [{ service_name: "Evening peer support group", country: "GB" }]);
    await assertNoAxeViolations(page, "/en/services/propose/sent");
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// 8. Staff: an editor checks a record

test("directory (en): an editor finds a record that needs checking, marks it checked, and opens proposals and import", async () => {
  const l: Locale = "en";
  const m = messages[l];
  const service = demoService("Free trauma counselling");
  const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
  try {
    const page = await context.newPage();
    await signIn(page, m, editor);
    const staffNav = page.getByRole("navigation", { name: exactly(m["layout.adminNav"]!) });
    await Promise.all([page.waitForURL(`${h.baseUrl}/${l}/admin/directory`), staffNav.getByRole("link", { name: exactly(m["admin.nav.directory"]!) }).click()]);
    assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(m["directory.admin.title"]!));
    await assertNoAxeViolations(page, "/en/admin/directory");

    // Find the record by name; it has never been checked.
    await page.getByRole("searchbox", { name: exactly(m["directory.admin.filterName"]!) }).fill(service.name);
    await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(m["admin.filter"]!) }), "GET");
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: exactly(service.name) }) });
    assert.equal(await row.count(), 1);
    assert.ok(await row.getByText(m["directory.admin.needsCheck"]!, { exact: true }).isVisible(), `"${m["directory.admin.needsCheck"]}" on a record never checked`);
    await assertNoAxeViolations(page, "/en/admin/directory?q=…");

    const editUrl = `${h.baseUrl}/${l}/admin/directory/services/${service.id}`;
    await Promise.all([page.waitForURL(editUrl), row.getByRole("link", { name: exactly(service.name) }).click()]);
    assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(format(l, m["directory.admin.editTitle"], { name: service.name })));
    assert.ok(await page.getByText(m["directory.admin.needsCheck"]!, { exact: true }).isVisible());
    await assertNoAxeViolations(page, "/en/admin/directory/services/…");

    const checked = await submitAndWait(page, page.getByRole("button", { name: exactly(m["directory.admin.verify"]!) }));
    assert.equal(checked.status(), 303);
    await page.waitForURL(editUrl);
    assert.ok(await page.getByRole("status").filter({ hasText: exactly(m["directory.admin.verified"]!) }).isVisible());
    assert.ok((await textOf(page.locator("main"))).includes(editor.email), "the record says who checked it");
    assert.equal(await page.getByText(m["directory.admin.needsCheck"]!, { exact: true }).count(), 0, "no longer needs checking");
    await assertNoAxeViolations(page, "/en/admin/directory/services/… (checked)");

    // The other directory tasks.
    const tasks = page.getByRole("navigation", { name: exactly(m["directory.admin.navLabel"]!) });
    await Promise.all([page.waitForURL(`${h.baseUrl}/${l}/admin/directory/proposals`), tasks.getByRole("link", { name: exactly(m["directory.admin.proposals"]!) }).click()]);
    assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(m["directory.admin.proposals"]!));
    await assertNoAxeViolations(page, "/en/admin/directory/proposals");
    await Promise.all([page.waitForURL(`${h.baseUrl}/${l}/admin/directory/import`), tasks.getByRole("link", { name: exactly(m["directory.admin.import"]!) }).click()]);
    assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(m["directory.import.title"]!));
    await assertNoAxeViolations(page, "/en/admin/directory/import");
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// 9. Victims' associations and the open data page

for (const l of PUBLIC_LOCALES) {
  test(`directory (${l}): victims' associations are listed by country and open their organisation; open data points at the API`, async () => {
    const m = messages[l];
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/${l}/services`);
      await Promise.all([page.waitForURL(`${h.baseUrl}/${l}/services/associations`), page.getByRole("link", { name: exactly(m["directory.associations.link"]!) }).click()]);
      assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(m["directory.associations.title"]!));
      const countries = (await page.getByRole("heading", { level: 2 }).allTextContents()).map(squash);
      assert.ok(countries.includes(countryName(l, "IQ")) && countries.includes(countryName(l, "FR")), `countries as headings (${countries.join(", ")})`);
      await assertNoAxeViolations(page, `/${l}/services/associations`);

      const iraq = page.getByRole("region", { name: exactly(countryName(l, "IQ")) });
      const org = iraq.getByRole("link").first();
      const orgName = await textOf(org);
      await Promise.all([page.waitForURL(new RegExp(`/${l}/services/organizations/[0-9a-f-]{36}$`)), org.click()]);
      assert.equal(await textOf(page.getByRole("heading", { level: 1 })), orgName);
      await assertNoAxeViolations(page, `/${l}/services/organizations/… (${orgName})`);

      await page.goto(`${h.baseUrl}/${l}/services/open-data`);
      assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(m["directory.openData.title"]!));
      const hrefs = await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      assert.ok(hrefs.some((href) => href.startsWith("/api/hsds/")), `links to the HSDS API (${hrefs.join(" ")})`);
      await assertNoAxeViolations(page, `/${l}/services/open-data`);
    } finally {
      await context.close();
    }
  });
}
