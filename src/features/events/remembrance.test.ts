import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";
import { seedDemoEvents } from "../../demo/seed.ts";
import { DEMO_EVENTS, DEMO_YEARS } from "../../demo/events-demo.ts";
import { daysUntilRemembranceDay } from "./events.time.ts";

let t: TestApp;
let editor: Client;
const reader = () => new Client(t.app);
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");
const countdown = (html: string) => text(/<p class="countdown"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "").trim();

before(async () => {
  t = await createTestApp();
  t.clock.now = new Date("2030-03-01T10:00:00Z");
  editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
});
after(async () => t.close());

describe("the countdown to 21 August", () => {
  it("counts the days from the app's clock, across the turn of the year, in the reader's language", async () => {
    t.clock.now = new Date("2030-12-31T23:00:00Z");
    assert.equal(daysUntilRemembranceDay(t.clock.now), 233);
    assert.equal(countdown((await reader().get("/en/remembrance")).body), "The next International Day is in 233 days, on August 21, 2031.");
    t.clock.now = new Date("2031-01-01T00:30:00Z");
    assert.equal(countdown((await reader().get("/en/remembrance")).body), "The next International Day is in 232 days, on August 21, 2031.");
    t.clock.now = new Date("2030-08-22T08:00:00Z");
    assert.equal(countdown((await reader().get("/fr/remembrance")).body), "La prochaine Journée internationale est dans 364 jours, le 21 août 2031.");
    t.clock.now = new Date("2030-08-20T08:00:00Z");
    assert.equal(countdown((await reader().get("/ru/remembrance")).body), "Следующий Международный день — 21 августа 2030 г., через 1 день.");
    assert.match(countdown((await reader().get("/ar/remembrance")).body), /بعد يوم واحد/);
  });

  it("says that today is the International Day on 21 August itself", async () => {
    t.clock.now = new Date("2030-08-21T00:00:00Z");
    assert.equal(countdown((await reader().get("/en/remembrance")).body), "Today is the International Day.");
    t.clock.now = new Date("2030-08-21T23:59:00Z");
    assert.equal(countdown((await reader().get("/zh/remembrance")).body), "今天是国际日。");
    assert.equal(daysUntilRemembranceDay(new Date("2032-08-21T12:00:00Z")), 0);
    assert.equal(daysUntilRemembranceDay(new Date("2032-02-29T12:00:00Z")), 174, "a leap year counts its extra day");
  });
});

describe("the International Day's page", () => {
  it("explains why the Day exists and links to the tribute wall, the documentaries and the events", async () => {
    t.clock.now = new Date("2030-03-01T10:00:00Z");
    const res = await reader().get("/es/remembrance");
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1>Día Internacional de Conmemoración y Homenaje a las Víctimas del Terrorismo<\/h1>/);
    assert.match(text(res.body), /resolución 72\/165, de 19 de diciembre de 2017/);
    for (const href of ["/es/remembrance/tributes", "/es/videos", "/es/events", "/es/campaigns"]) assert.match(res.body, new RegExp(`href="${href}"`));
    assert.match(text(res.body), /El tema de 2030 aún no se ha anunciado/);
    assert.match(res.body, /href="\/es\/remembrance">Conmemoración<\/a>/, "the main navigation links to the Day");
    assert.match(res.body, /href="\/es\/events">Eventos<\/a>/, "the footer links to the events");
    assert.match((await reader().get("/es/")).body, /href="\/es\/remembrance"/, "the home page leads to the Day");
  });

  it("shows this year's theme, this year's observances and the past years' archive, written by staff one language at a time", async () => {
    t.clock.now = new Date("2030-03-01T10:00:00Z");
    const create = await editor.post("/en/admin/remembrance", { in: "en", year: "2030", video_url: "", theme: "Theme of the year", message: "", message_url: "" }, { formPage: "/en/admin/remembrance/new" });
    assert.equal(create.statusCode, 303);
    assert.equal(create.headers.location, "/en/admin/remembrance/2030?in=en");
    const fr = await editor.post("/en/admin/remembrance/2030", { in: "fr", video_url: "", theme: "Thème de l’année", message: "", message_url: "" }, { formPage: "/en/admin/remembrance/2030?in=fr" });
    assert.equal(fr.statusCode, 303);
    const past = await editor.post(
      "/en/admin/remembrance",
      { in: "en", year: "2029", video_url: "/en/videos/norway", theme: "Last year's theme", message: "The message of 2029.", message_url: "https://example.org/message-2029" },
      { formPage: "/en/admin/remembrance/new" },
    );
    assert.equal(past.statusCode, 303);
    const audit = await t.db.kysely.selectFrom("audit_log").select("action").where("target_type", "=", "remembrance_year").orderBy("at").execute();
    assert.deepEqual(audit.map((a) => a.action), ["remembrance_year.create", "remembrance_year.edit", "remembrance_year.create"]);

    const events = (await import("./events.service.ts")).eventsService(t.db, () => t.clock.now);
    const base = { type: "commemoration" as const, attendance: "in_person" as const, country: "FR", languages: ["fr"], venue_name: "Place", venue_address: null, livestream_url: null, registration_url: null, organizer: null, organizer_url: null, summary: "A commemoration.", description: null, accessibility: null };
    const make = async (slug: string, over: Record<string, string>) => {
      const id = await events.createEvent({ ...base, slug, time_zone: "Europe/Paris", starts_at: "2030-08-21T08:00:00.000Z", ends_at: "2030-08-21T10:00:00.000Z", title: slug, ...over }, "en");
      await events.setPublication((await events.repo.findById(id))!, "published");
    };
    await make("day-in-paris", {});
    await make("conference-not-listed", { type: "conference" });
    await make("last-year", { starts_at: "2029-08-21T08:00:00.000Z", ends_at: "2029-08-21T10:00:00.000Z" });
    // 00:30 on 1 January 2030 in Tokyo is still 2029 in UTC: it belongs to 2030.
    await make("new-year-in-tokyo", { time_zone: "Asia/Tokyo", starts_at: "2029-12-31T15:30:00.000Z", ends_at: "2029-12-31T16:30:00.000Z" });

    const en = await reader().get("/en/remembrance");
    const page = text(en.body);
    assert.match(page, /Theme for 2030 Theme: “?Theme of the year/);
    assert.ok(en.body.includes('href="/en/events/day-in-paris"') && en.body.includes('href="/en/events/new-year-in-tokyo"'));
    assert.ok(!en.body.includes("conference-not-listed") && !en.body.includes('href="/en/events/last-year"'));
    assert.match(page, /Past years 2029 Theme: “?Last year's theme/);
    assert.match(en.body, /<details class="remembrance-message"><summary>Read the message<\/summary><div class="prewrap">The message of 2029\.<\/div>/);
    assert.match(en.body, /href="https:\/\/example.org\/message-2029"/);
    const frPage = await reader().get("/fr/remembrance");
    assert.match(frPage.body, /<q>Thème de l’année<\/q>/);
    assert.match(frPage.body, /href="\/fr\/videos\/norway">Voir la vidéo de 2029/, "the video link is in the reader's language");
    assert.match(frPage.body, /<q lang="en" dir="ltr">Last year&#x27;s theme<\/q>|<q lang="en" dir="ltr">Last year's theme<\/q>/, "the English theme is marked on the French page");
  });

  it("refuses a year before the first Day, a year already added, a missing theme and an http message address, keeping the answers", async () => {
    const res = await editor.post("/en/admin/remembrance", { in: "en", year: "2017", video_url: "javascript:alert(1)", theme: "", message: "Kept message", message_url: "http://example.org" }, { formPage: "/en/admin/remembrance/new" });
    assert.equal(res.statusCode, 400);
    for (const f of ["year", "video_url", "theme", "message_url"]) assert.match(res.body, new RegExp(`href="#field-${f}"`), f);
    assert.match(res.body, />Kept message<\/textarea>/);
    const again = await editor.post("/en/admin/remembrance", { in: "en", year: "2030", theme: "Again" }, { formPage: "/en/admin/remembrance/new" });
    assert.equal(again.statusCode, 400);
    assert.match(text(again.body), /This year has already been added/);
    assert.equal((await editor.get("/en/admin/remembrance/1999")).statusCode, 404);
    const translator = await signIn(t, await buildStaff(t, { roles: ["translator"] }));
    assert.equal((await translator.get("/en/admin/remembrance/2030")).statusCode, 403);
  });
});

describe("the demonstration content", () => {
  it("loads demo events (a cancelled, a postponed, an online and a past one) and three years once, however often it runs", async () => {
    const fresh = await createTestApp();
    try {
      const now = new Date("2030-11-29T09:00:00Z");
      assert.equal(await seedDemoEvents(fresh.db, now), DEMO_EVENTS.length + DEMO_YEARS.length);
      assert.equal(await seedDemoEvents(fresh.db, now), 0);
      const rows = await fresh.db.kysely.selectFrom("events").select(["slug", "status", "attendance", "ends_at", "publication", "is_demo"]).execute();
      assert.equal(rows.length, DEMO_EVENTS.length);
      assert.ok(rows.every((r) => r.publication === "published" && Number(r.is_demo) === 1));
      assert.ok(rows.some((r) => r.status === "cancelled") && rows.some((r) => r.status === "postponed"));
      assert.ok(rows.some((r) => r.attendance === "online"));
      assert.ok(rows.some((r) => r.ends_at < now.toISOString()), "one is past");
      assert.equal(new Set(rows.map((r) => r.slug)).size, rows.length);
      const years = await fresh.db.kysely.selectFrom("remembrance_years").select("year").orderBy("year").execute();
      assert.deepEqual(years.map((y) => Number(y.year)), [2028, 2029, 2030]);
      fresh.clock.now = now;
      const page = await new Client(fresh.app).get("/en/remembrance");
      assert.match(text(page.body), /Theme for 2030 Theme: “?Remembering together, supporting every survivor”? Demonstration theme/);
      assert.match(page.body, /href="\/en\/events\/international-day-commemoration-sydney"/, "this year's past observance");
    } finally {
      await fresh.close();
    }
  });
});
