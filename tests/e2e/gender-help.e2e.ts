import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { DEMO_DIRECTORY_SERVICES } from "../../src/demo/directory-demo.ts";
import { STAFF_GENDER_TERM, SGBV_GROUP, SGBV_TYPE_CODES, WOMEN_LED_TERM } from "../../src/features/directory/directory.taxonomy.ts";
import { countriesService } from "../../src/features/countries/countries.service.ts";
import {
  BROWSER_LOCALE,
  LANG_TAG,
  SCREENSHOT_DIR,
  assertNoAxeViolations,
  assertPageLanguage,
  exactly,
  format,
  loadAllMessages,
  newContext,
  textOf,
  type Locale,
} from "./helpers.ts";

/**
 * Finding specialised help, as a survivor would: from the home page or the directory, the entry
 * "Support after sexual violence" leads to the directory filtered on the four kinds of help; a gender
 * filter narrows it; a service page names its features and links to its country's profile, which says
 * whether the schemes there recognise survivors of sexual violence. In Arabic and in French, with axe
 * on every page, and a phone-width screenshot in Arabic.
 */

let h: BrowserHarness;
const messages = loadAllMessages();

/** The demo services each story ends at: written in the reader's language, in a country with a profile fact set by this test. */
const STORY = {
  ar: { start: "/", filter: WOMEN_LED_TERM, param: "women", service: "الدعم النفسي والقانوني والسكن الآمن للناجيات", country: "JO", status: "yes" },
  fr: { start: "/services", filter: STAFF_GENDER_TERM, param: "staffgender", service: "Consultations après des violences sexuelles", country: "FR", status: "partly" },
} as const;

before(async () => {
  h = await startBrowserHarness();
  for (const story of Object.values(STORY)) {
    assert.ok((DEMO_DIRECTORY_SERVICES as { name: string }[]).some((s) => s.name === story.service), `the demo directory has "${story.service}"`);
  }
  // The test's own facts (the demo data says nothing about real countries): set through the import.
  const countries = countriesService(h.t.db, () => h.t.clock.now);
  const exported = await countries.exportFile();
  const profile = (code: string) => exported.countries.find((c) => c.code === code) ?? { code, demo: false, sections: {}, schemes: [] };
  const withFact = (code: string, status: string, note: Record<string, string>) => {
    const p = profile(code);
    return { ...p, sections: { ...p.sections, sgbv: { status, note, source: { title: "Test source (browser test data)" } } } };
  };
  const imported = await countries.importFile({
    format: "vsp-countries",
    version: 1,
    countries: [withFact("JO", STORY.ar.status, { ar: "بيانات اختبار فقط." }), withFact("FR", STORY.fr.status, { fr: "Données de test uniquement." })],
  });
  assert.equal(imported.ok, true, JSON.stringify(imported));
});

after(async () => {
  await h?.close();
});

const countryName = (l: Locale, code: string) => new Intl.DisplayNames([LANG_TAG[l]], { type: "region" }).of(code) ?? code;

async function waitForSearchUrl(page: Page, check: (params: URLSearchParams) => boolean) {
  await page.waitForURL((url) => url.pathname.endsWith("/services") && check(url.searchParams));
  await page.waitForFunction(() => document.getElementById("directory-results")?.getAttribute("aria-busy") !== "true");
}

for (const l of ["ar", "fr"] as const) {
  test(`gender help (${l}): the entry link, the filtered directory, a gender filter, a service page and the country profile's answer`, async () => {
    const m = messages[l];
    const story = STORY[l];
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/${l}${story.start}`);
      await assertPageLanguage(page, l);
      await assertNoAxeViolations(page, `${l} ${story.start}`);

      // The entry leads to the directory filtered on the four kinds of help.
      const entry = page.locator("main").getByRole("link", { name: exactly(m["help.gender.link"]!) }).first();
      await Promise.all([page.waitForURL((url) => url.pathname === `/${l}/services` && url.searchParams.getAll("type").length === 4), entry.click()]);
      assert.deepEqual(new URL(page.url()).searchParams.getAll("type").sort(), [...SGBV_TYPE_CODES].sort());
      const form = page.locator("main").getByRole("search");
      const group = form.getByRole("group", { name: exactly(SGBV_GROUP.names[l]) });
      for (const box of await group.getByRole("checkbox").all()) assert.equal(await box.isChecked(), true);
      const results = page.locator("#directory-results");
      const count = async () => (await results.locator("li.listing").count());
      const all = await count();
      assert.ok(all >= 4, `the demo directory shows specialised help (${all})`);
      assert.ok(await results.getByRole("link", { name: exactly(story.service) }).isVisible());
      await assertNoAxeViolations(page, `${l} directory, support after sexual violence`);

      // A gender filter narrows the list, in place, and is written into the address.
      const box = form.getByRole("checkbox", { name: exactly(story.filter.names[l]) });
      await box.check();
      await waitForSearchUrl(page, (p) => p.get(story.param) === "1" && p.getAll("type").length === 4);
      const narrowed = await count();
      assert.ok(narrowed > 0 && narrowed < all, `${story.param}: ${narrowed} of ${all}`);
      for (const listing of await results.locator("li.listing").all()) {
        assert.ok(await listing.getByRole("list", { name: exactly(m["directory.badges"]!) }).getByText(story.filter.names[l], { exact: true }).isVisible());
      }
      await assertNoAxeViolations(page, `${l} directory, ${story.param}`);

      if (l === "ar") {
        // A phone in Arabic: right to left, nothing wider than the screen.
        await page.setViewportSize({ width: 390, height: 844 });
        await page.reload();
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), true, "no sideways scrolling");
        await assertNoAxeViolations(page, "ar directory at phone width");
        await mkdir(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, "gender-help-directory-ar-phone.png"), fullPage: true });
      }

      // The service page names its kinds of help and features, and links to the country's profile.
      await Promise.all([page.waitForURL(new RegExp(`/${l}/services/[0-9a-f-]{36}`)), results.getByRole("link", { name: exactly(story.service) }).click()]);
      await assertNoAxeViolations(page, `${l} service page`);
      const features = page.locator("main").getByRole("list", { name: exactly(m["directory.gender.service.features"]!) });
      assert.ok(await features.getByText(story.filter.names[l], { exact: true }).isVisible());
      const profileLink = page.locator("main").getByRole("link", { name: exactly(format(l, m["directory.gender.service.countryProfile"], { country: countryName(l, story.country) })) });
      await Promise.all([page.waitForURL(`${h.baseUrl}/${l}/countries/${story.country.toLowerCase()}`), profileLink.click()]);
      await assertPageLanguage(page, l);
      await assertNoAxeViolations(page, `${l} country profile`);

      // The profile's answer, in the reader's language, with its source.
      const section = page.locator("section#sgbv");
      assert.equal(await textOf(section.getByRole("heading", { level: 2 })), m["countries.sgbv.title"]);
      assert.equal(await textOf(section.locator("strong")), m[`countries.sgbv.status.${story.status}`]);
      assert.ok((await textOf(section)).includes("Test source (browser test data)"));
      assert.ok(await page.locator("main nav").getByRole("link", { name: exactly(m["countries.sgbv.title"]!) }).isVisible(), "listed in the profile's contents");
      // And back to the help there, filtered on the country.
      const back = section.getByRole("link", { name: exactly(format(l, m["countries.sgbv.findHelp"], { country: countryName(l, story.country) })) });
      await Promise.all([page.waitForURL((url) => url.pathname === `/${l}/services` && url.searchParams.get("country") === story.country), back.click()]);
      assert.ok(await page.locator("#directory-results").getByRole("link", { name: exactly(story.service) }).isVisible());
      await assertNoAxeViolations(page, `${l} directory, ${story.country}`);
    } finally {
      await context.close();
    }
  });
}
