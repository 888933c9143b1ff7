import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { BrowserContext } from "playwright-core";
import { startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { buildStaff, type StaffFixture } from "../support/factories.ts";
import { assertHeading, assertNoAxeViolations, assertPageLanguage, demo, exactly, fillLogin, format, languageName, loadAllMessages, newContext, submitAndWait, textOf } from "./helpers.ts";

/**
 * Statistics, as a story: readers browse the portal in ordinary browsers (one asks not to be tracked);
 * an administrator signs in, opens the statistics from the staff navigation in English and in Arabic,
 * reads the chart's description and the figures, gets the range wrong and is told why, then downloads
 * the CSV. axe runs on every page visited; an Arabic phone-width screenshot goes to /tmp.
 */

let h: BrowserHarness;
let admin: StaffFixture;
const messages = loadAllMessages();
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

before(async () => {
  h = await startBrowserHarness();
  admin = await buildStaff(h.t, { roles: ["admin"] });
});

after(async () => {
  await h?.close();
});

/** A reader's browser (not the headless test browser's own User-Agent, which counts as a robot). */
function readerContext(headers: Record<string, string> = {}): Promise<BrowserContext> {
  return h.browser.newContext({ userAgent: FIREFOX, extraHTTPHeaders: headers, viewport: { width: 1280, height: 900 } });
}

test("readers are counted without a cookie; a reader sending Do Not Track is not", async () => {
  const reader = await readerContext();
  try {
    const page = await reader.newPage();
    await page.goto(`${h.baseUrl}/ar/`);
    // Counting sets no cookie (pages with a form set their CSRF cookie, as the privacy notice says).
    assert.deepEqual(await reader.cookies(), [], "no cookie set for reading");
    await page.goto(`${h.baseUrl}/ar/info/privacy`);
    // The privacy notice says how the statistics work.
    await assertHeading(page, demo("privacy", "ar").title);
    const body = await textOf(page.locator("main"));
    assert.ok(body.includes("Do Not Track"), "the privacy notice names Do Not Track");
    await assertNoAxeViolations(page, "/ar/info/privacy");
    await page.goto(`${h.baseUrl}/en/info/privacy`);
  } finally {
    await reader.close();
  }
  const private_ = await readerContext({ DNT: "1" });
  try {
    const page = await private_.newPage();
    await page.goto(`${h.baseUrl}/fr/`);
    await page.goto(`${h.baseUrl}/fr/info/privacy`);
  } finally {
    await private_.close();
  }
  await h.t.app.services.stats.flush();
  const langs = await h.t.db.kysely.selectFrom("stats_days").select(["language", "views"]).where("language", "<>", "*").orderBy("language").execute();
  assert.deepEqual(langs.map((r) => [r.language, Number(r.views)]), [["ar", 2], ["en", 1]]);
});

/** Earlier days' readers (the app's clock moved back), so the chart has a shape. */
async function earlierReaders() {
  const day = 86_400_000;
  for (const [ago, count] of [[9, 4], [6, 7], [5, 2], [2, 5], [1, 3]] as const) {
    h.t.clock.advance(-ago * day);
    try {
      for (let i = 0; i < count; i++) {
        await h.t.app.inject({ url: i % 2 ? "/en/" : "/ar/", remoteAddress: `198.51.100.${i}`, headers: { "user-agent": FIREFOX } });
      }
      await h.t.app.services.stats.flush();
    } finally {
      h.t.clock.advance(ago * day);
    }
  }
}

test("an administrator reads the statistics in English and Arabic, gets the range wrong, and downloads the CSV", async () => {
  await earlierReaders();
  const context = await newContext(h, { locale: "en-GB" });
  try {
    const page = await context.newPage();
    const en = messages.en;
    await page.goto(`${h.baseUrl}/en/admin/login`);
    assert.equal((await fillLogin(page, en, admin.email, admin.password)).status(), 303);
    await page.getByLabel(en["totp.code"]!, { exact: true }).fill(admin.code());
    await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(en["totp.verify"]!) }));
    await page.waitForURL(`${h.baseUrl}/en/admin`);

    for (const l of ["en", "ar"] as const) {
      const m = messages[l];
      await page.goto(`${h.baseUrl}/${l}/admin`);
      const staffNav = page.getByRole("navigation", { name: exactly(m["layout.adminNav"]!) });
      await Promise.all([page.waitForURL(`${h.baseUrl}/${l}/admin/statistics`), staffNav.getByRole("link", { name: exactly(m["admin.stats.nav"]!) }).click()]);
      await assertPageLanguage(page, l);
      await assertHeading(page, m["admin.stats.title"]);
      const chart = page.getByRole("img", { name: new RegExp(m["admin.stats.chartTitle"]!) });
      assert.equal(await chart.count(), 1, "the chart is an image named by its title");
      assert.ok(((await chart.getAttribute("aria-labelledby")) ?? "").includes("stats-chart-desc"), "and described by its figures");
      await assertNoAxeViolations(page, `/${l}/admin/statistics`);
      await page.locator("figure.stats-chart").screenshot({ path: `/tmp/statistics-chart-${l}.png` });

      // The same figures as a table, opened without script.
      await page.getByText(m["admin.stats.chartTable"]!, { exact: true }).click();
      const perLanguage = page.getByRole("table", { name: m["admin.stats.perLanguage"]! });
      const arabicRow = perLanguage.getByRole("row", { name: new RegExp(languageName(l, "ar")) });
      assert.equal(await arabicRow.count(), 1);
      await assertNoAxeViolations(page, `/${l}/admin/statistics (table open)`);

      // The end before the start: the form comes back with the answers kept and the error linked.
      await page.getByLabel(m["admin.stats.from"]!, { exact: true }).fill("2026-05-10");
      await page.getByLabel(m["admin.stats.to"]!, { exact: true }).fill("2026-05-01");
      const refused = await submitAndWait(page, page.locator("main form").getByRole("button", { name: exactly(m["admin.stats.show"]!) }), "GET");
      assert.equal(refused.status(), 400);
      const summary = page.locator("[data-error-summary]");
      assert.equal(await summary.getByRole("link", { name: exactly(m["stats.error.order"]!) }).getAttribute("href"), "#field-to");
      assert.equal(await page.getByLabel(m["admin.stats.from"]!, { exact: true }).inputValue(), "2026-05-10");
      await assertNoAxeViolations(page, `/${l}/admin/statistics (error)`);

      if (l === "ar") {
        await page.goto(`${h.baseUrl}/ar/admin/statistics`);
        await page.setViewportSize({ width: 390, height: 900 });
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(sideways <= 0, `no sideways scrolling at phone width (${sideways}px)`);
        await assertNoAxeViolations(page, "/ar/admin/statistics (phone)");
        await page.screenshot({ path: "/tmp/statistics-ar-phone.png", fullPage: true });
        await page.setViewportSize({ width: 1280, height: 900 });
      }
    }

    // The CSV: translated headers, one row per day and language.
    await page.goto(`${h.baseUrl}/en/admin/statistics`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: exactly(messages.en["admin.stats.export.days"]!) }).click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    const header = [messages.en["admin.stats.day"], messages.en["admin.stats.language"], messages.en["admin.stats.views"], messages.en["admin.stats.visitors"]].join(",");
    assert.ok(csv.startsWith(`\uFEFF${header}\r\n`), "BOM and translated headers");
    assert.match(csv, new RegExp(`,${format("en", messages.en["admin.stats.allLanguages"])},3,1\\r\\n`));
  } finally {
    await context.close();
  }
});
