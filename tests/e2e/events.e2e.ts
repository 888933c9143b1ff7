import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { buildStaff } from "../support/factories.ts";
import { seedDemoEvents } from "../../src/demo/seed.ts";
import { DEMO_EVENTS } from "../../src/demo/events-demo.ts";
import { daysUntilRemembranceDay } from "../../src/features/events/events.time.ts";
import {
  assertHeading,
  assertNoAxeViolationsOnce,
  assertPageLanguage,
  BROWSER_LOCALE,
  exactly,
  fillLogin,
  format,
  LANG_TAG,
  loadAllMessages,
  newContext,
  squash,
  submitAndWait,
  textOf,
  type Locale,
} from "./helpers.ts";

/**
 * The International Day and events, read as a story in Arabic, Chinese and Spanish: a reader in São
 * Paulo opens the Day's page and its countdown, goes to the events, keeps only webinars, opens the
 * calendar month of the Tokyo webinar, opens it and sees its time in Tokyo and in São Paulo (added by
 * app.js), and downloads its calendar file. axe on every page.
 */

let h: BrowserHarness;
const TEST_TIMEOUT = 90_000;
const messages = loadAllMessages();
const LANGS = ["ar", "zh", "es"] as const satisfies readonly Locale[];
const READER_ZONE = "America/Sao_Paulo";
const WEBINAR = DEMO_EVENTS.find((e) => e.slug === "supporting-survivors-webinar-tokyo")!;

before(async () => {
  h = await startBrowserHarness();
  await seedDemoEvents(h.t.db, h.t.clock.now);
});

after(async () => {
  await h?.close();
});

for (const l of LANGS) {
  test(`${l}: a reader counts down to the Day, filters the events, opens the month and the Tokyo webinar in their own time, and downloads it`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages[l];
    const tag = LANG_TAG[l];
    const context = await newContext(h, { locale: BROWSER_LOCALE[l], timezoneId: READER_ZONE });
    try {
      const page = await context.newPage();

      // The International Day: why, and how many days to go.
      await page.goto(`${h.baseUrl}/${l}/`);
      await Promise.all([page.waitForURL(new RegExp(`/${l}/remembrance$`)), page.getByRole("navigation", { name: m["layout.mainNav"] }).getByRole("link", { name: exactly(m["remembrance.nav"]!) }).click()]);
      await assertPageLanguage(page, l);
      await assertHeading(page, m["remembrance.title"]);
      const now = h.t.clock.now;
      const days = daysUntilRemembranceDay(now);
      const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
      const date = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }).format(next);
      assert.equal(await textOf(page.locator("[data-countdown]")), squash(format(l, m["remembrance.countdown"], { days, date })));
      await assertNoAxeViolationsOnce(page, `/${l}/remembrance`);

      // The events, then only webinars.
      await Promise.all([page.waitForURL(new RegExp(`/${l}/events$`)), page.getByRole("link", { name: exactly(m["remembrance.takePart.events"]!) }).click()]);
      await assertHeading(page, m["events.title"]);
      await assertNoAxeViolationsOnce(page, `/${l}/events`);
      const title = WEBINAR.texts[l]!.title;
      await page.getByLabel(m["events.filter.type"]!, { exact: true }).selectOption("webinar");
      await Promise.all([page.waitForURL(/[?&]type=webinar/), page.getByRole("button", { name: exactly(m["events.filter.apply"]!) }).click()]);
      const types = await page.locator(".event-list > li").evaluateAll((lis) => lis.map((li) => li.querySelector("p.meta")?.textContent ?? ""));
      assert.ok(types.length >= 1);
      for (const line of types) assert.ok(squash(line).includes(m["events.type.webinar"]!), line);
      await page.getByRole("link", { name: exactly(title) }).waitFor();
      const exhibition = DEMO_EVENTS.find((e) => e.type === "exhibition")!.texts[l]!.title;
      assert.equal(await page.getByRole("link", { name: exactly(exhibition) }).count(), 0, "other types are filtered out");
      await assertNoAxeViolationsOnce(page, `/${l}/events?type=webinar`, "filtered");

      // The calendar: the month the webinar is in (the next one when it falls there).
      await Promise.all([page.waitForURL(new RegExp(`/${l}/events/calendar$`)), page.getByRole("navigation", { name: m["events.nav.label"] }).getByRole("link", { name: exactly(m["events.nav.calendar"]!) }).click()]);
      const webinarLocal = await h.t.db.kysely.selectFrom("events").select(["starts_at"]).where("slug", "=", WEBINAR.slug).executeTakeFirstOrThrow();
      const webinarMonth = new Intl.DateTimeFormat("en-CA", { timeZone: WEBINAR.timeZone, year: "numeric", month: "2-digit" }).format(new Date(webinarLocal.starts_at)).slice(0, 7);
      if (webinarMonth !== now.toISOString().slice(0, 7)) {
        await Promise.all([page.waitForURL(new RegExp(`month=${webinarMonth}`)), page.locator("a[rel=next]").click()]);
      }
      const monthName = new Intl.DateTimeFormat(tag, { year: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${webinarMonth}-01T00:00:00Z`));
      await assertHeading(page, format(l, m["events.calendar.title"], { period: monthName }));
      const table = page.getByRole("table", { name: monthName });
      await table.getByRole("link", { name: exactly(title) }).waitFor();
      assert.equal(await table.getByRole("columnheader").count(), 7);
      await assertNoAxeViolationsOnce(page, `/${l}/events/calendar`);

      // The webinar: its time in Tokyo with the zone and offset, and the reader's own time in São Paulo.
      await Promise.all([page.waitForURL(new RegExp(`/${l}/events/${WEBINAR.slug}$`)), table.getByRole("link", { name: exactly(title) }).click()]);
      await assertHeading(page, title);
      const when = page.locator("main [data-when]");
      // Computed by the browser's own Intl, as app.js does (an expression: tsx would wrap an inner function).
      const offset = await page.evaluate(
        `new Intl.DateTimeFormat(${JSON.stringify(tag)}, { timeZone: "Asia/Tokyo", timeZoneName: "shortOffset" }).formatToParts(new Date(${JSON.stringify(webinarLocal.starts_at)})).find((p) => p.type === "timeZoneName").value`,
      );
      const zone = { offset: String(offset) };
      assert.match(await textOf(when.locator(".event-zone")), new RegExp(zone.offset.replace(/[+]/g, "\\+")));
      const local = when.locator("[data-local-time]");
      await local.waitFor();
      const expected = await page.evaluate(
        ([lang, start, end]) => {
          const f = new Intl.DateTimeFormat(lang, { dateStyle: "full", timeStyle: "short", timeZone: "America/Sao_Paulo" });
          const name = new Intl.DateTimeFormat(lang, { timeZone: "America/Sao_Paulo", timeZoneName: "long" }).formatToParts(new Date(start)).find((p) => p.type === "timeZoneName")!.value;
          return { time: f.formatRange(new Date(start), new Date(end)), name };
        },
        [tag, webinarLocal.starts_at, (await h.t.db.kysely.selectFrom("events").select("ends_at").where("slug", "=", WEBINAR.slug).executeTakeFirstOrThrow()).ends_at] as const,
      );
      assert.equal(await textOf(local), squash(format(l, m["events.yourTime"], expected)));
      assert.notEqual(expected.time, await textOf(when.locator("time")), "the reader's time differs from Tokyo's");
      await assertNoAxeViolationsOnce(page, `/${l}/events/${WEBINAR.slug}`);

      // The calendar file.
      const link = page.getByRole("link", { name: exactly(m["events.addToCalendar"]!) });
      const href = await link.getAttribute("href");
      assert.equal(href, `/${l}/events/${WEBINAR.slug}.ics`);
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      assert.equal(download.suggestedFilename(), `${WEBINAR.slug}.ics`);
      const ics = await page.request.get(`${h.baseUrl}${href}`);
      assert.equal(ics.status(), 200);
      assert.match(ics.headers()["content-type"] ?? "", /^text\/calendar/);
      assert.match(await ics.text(), /^BEGIN:VCALENDAR\r\n/);
    } finally {
      await context.close();
    }
  });
}

test("en: an editor writes an event in its own time zone, is told what to fix, cancels it and publishes it; axe on the staff pages", { timeout: TEST_TIMEOUT }, async () => {
  const m = messages.en;
  const context = await newContext(h, { locale: "en-GB" });
  try {
    const page = await context.newPage();
    const editor = await buildStaff(h.t, { roles: ["editor"] });
    await page.goto(`${h.baseUrl}/en/admin/login`);
    assert.equal((await fillLogin(page, m, editor.email, editor.password)).status(), 303);
    await page.goto(`${h.baseUrl}/en/admin/events`);
    await assertHeading(page, m["admin.events.title"]);
    await assertNoAxeViolationsOnce(page, "/en/admin/events");
    await Promise.all([page.waitForURL(/\/admin\/events\/new$/), page.getByRole("link", { name: exactly(m["admin.events.new"]!) }).click()]);
    await page.getByLabel(m["admin.events.slug"]!, { exact: true }).fill("browser-webinar");
    await page.getByLabel(m["admin.events.type"]!, { exact: true }).selectOption("webinar");
    await page.getByLabel(m["events.attendance.online"]!, { exact: true }).check();
    await page.getByLabel(m["admin.events.timeZone"]!, { exact: true }).fill("Asia/Tokyo");
    await page.getByLabel(m["admin.events.start"]!, { exact: true }).fill("2031-03-01T10:00");
    await page.getByLabel(m["admin.events.end"]!, { exact: true }).fill("2031-03-01T09:00");
    await page.getByLabel(m["admin.events.titleField"]!, { exact: true }).fill("Browser webinar");
    await page.getByLabel(m["admin.events.summary"]!, { exact: true }).fill("Made in the browser.");
    await page.getByLabel("English", { exact: true }).uncheck();
    const refused = await submitAndWait(page, page.getByRole("button", { name: exactly(m["admin.events.save"]!) }));
    assert.equal(refused.status(), 400);
    const summary = page.locator(".error-summary");
    assert.match(await textOf(summary), new RegExp(m["admin.events.error.endBeforeStart"]!));
    assert.match(await textOf(summary), new RegExp(m["admin.events.error.languages"]!));
    assert.equal(await page.getByLabel(m["admin.events.titleField"]!, { exact: true }).inputValue(), "Browser webinar", "answers are kept");
    await assertNoAxeViolationsOnce(page, "/en/admin/events (errors)", "errors");
    await page.getByLabel(m["admin.events.end"]!, { exact: true }).fill("2031-03-01T11:30");
    await page.getByLabel("English", { exact: true }).check();
    const saved = await submitAndWait(page, page.getByRole("button", { name: exactly(m["admin.events.save"]!) }));
    assert.equal(saved.status(), 303);
    await assertHeading(page, m["admin.events.edit"]);
    await assertNoAxeViolationsOnce(page, "/en/admin/events/ID");
    await page.getByLabel(m["events.status.cancelled"]!, { exact: true }).check();
    await page.getByLabel(format("en", m["admin.events.statusNote"], { language: "English" }), { exact: true }).fill("No speakers are available.");
    assert.equal((await submitAndWait(page, page.getByRole("button", { name: exactly(m["admin.events.changeStatus"]!) }))).status(), 303);
    assert.equal((await submitAndWait(page, page.getByRole("button", { name: exactly(m["admin.events.publish"]!) }))).status(), 303);
    await page.goto(`${h.baseUrl}/en/events/browser-webinar`);
    await assertHeading(page, "Browser webinar");
    assert.match(await textOf(page.locator(".event-status-notice")), new RegExp(`${m["events.status.cancelled"]}\\s*No speakers are available\\.`));
    await assertNoAxeViolationsOnce(page, "/en/events/browser-webinar");
    await page.goto(`${h.baseUrl}/en/admin/remembrance`);
    await assertHeading(page, m["admin.remembrance.title"]);
    await assertNoAxeViolationsOnce(page, "/en/admin/remembrance");
    await Promise.all([page.waitForURL(/\/admin\/remembrance\/\d{4}$/), page.locator("main .item-list a").first().click()]);
    await assertNoAxeViolationsOnce(page, "/en/admin/remembrance/YEAR");
  } finally {
    await context.close();
  }
});
