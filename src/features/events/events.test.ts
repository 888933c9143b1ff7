import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";
import { monthGrid } from "./events.calendar.ts";
import type { EventForm } from "./events.schema.ts";
import { eventsService } from "./events.service.ts";
import { firstDayOfWeek, zonedToUtc } from "./events.time.ts";

let t: TestApp;
let editor: Client;
const reader = () => new Client(t.app);
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");

/** An event made through the service and published: shared facts and English texts, overridable. */
async function buildEvent(overrides: Partial<EventForm> & { status?: "scheduled" | "moved_online" | "postponed" | "cancelled"; note?: string; publish?: boolean } = {}) {
  const events = eventsService(t.db, () => t.clock.now);
  const { status, note, publish, ...fields } = overrides;
  const form: EventForm = {
    slug: `event-${Math.random().toString(36).slice(2, 10)}`,
    type: "conference",
    attendance: "in_person",
    time_zone: "Europe/Paris",
    starts_at: "2030-06-10T08:00:00.000Z",
    ends_at: "2030-06-10T10:00:00.000Z",
    country: "FR",
    languages: ["fr", "en"],
    venue_name: "Salle d’exemple",
    venue_address: "1 rue Exemple, Paris",
    livestream_url: null,
    registration_url: null,
    organizer: null,
    organizer_url: null,
    title: "Sample event",
    summary: "A sample event.",
    description: null,
    accessibility: null,
    ...fields,
  };
  const id = await events.createEvent(form, "en");
  if (status && status !== "scheduled") await events.setStatus((await events.repo.findById(id))!, status, note ?? "Because of the sample.", "en");
  if (publish !== false) await events.setPublication((await events.repo.findById(id))!, "published");
  return { id, slug: form.slug };
}

/** The admin form's fields for a valid event, overridable. */
const formFields = (overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> => ({
  in: "en",
  slug: `form-${Math.random().toString(36).slice(2, 10)}`,
  type: "webinar",
  attendance: "online",
  time_zone: "Asia/Tokyo",
  starts_local: "2030-08-21T10:00",
  ends_local: "2030-08-21T12:00",
  country: "",
  languages: ["en"],
  other_languages: "ja",
  venue_name: "",
  venue_address: "",
  livestream_url: "https://example.org/live",
  registration_url: "https://example.org/register",
  organizer: "Example organiser",
  organizer_url: "https://example.org",
  title: "Tokyo webinar",
  summary: "A webinar held from Tokyo.",
  description: "",
  accessibility: "Captions in English and Japanese.",
  ...overrides,
});

const idFrom = (location: unknown) => {
  const m = /\/admin\/events\/([0-9a-f-]{36})/.exec(String(location ?? ""));
  assert.ok(m, `redirected to the event: ${String(location)}`);
  return m[1]!;
};

async function createThroughForm(overrides: Record<string, string | string[]> = {}) {
  const fields = formFields(overrides);
  const res = await editor.post("/en/admin/events", fields, { formPage: "/en/admin/events/new" });
  assert.equal(res.statusCode, 303, text(res.body).slice(0, 800));
  return { id: idFrom(res.headers.location), slug: String(fields.slug) };
}

async function auditActions(targetId: string): Promise<string[]> {
  const rows = await t.db.kysely.selectFrom("audit_log").select(["action"]).where("target_id", "=", targetId).orderBy("at").execute();
  return rows.map((r) => r.action);
}

/** The unfolded iCalendar lines, checked for CRLF endings and 75-octet folding first. */
function checkIcs(body: string): ICAL.Component {
  assert.ok(body.endsWith("\r\n"), "the last line ends with CRLF");
  assert.ok(!/[^\r]\n/.test(body), "every line ends with CRLF");
  for (const line of body.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, `line longer than 75 octets: ${line}`);
  return new ICAL.Component(ICAL.parse(body));
}

function jsonLd(html: string): Record<string, unknown> {
  const m = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m, "the page carries JSON-LD");
  return JSON.parse(m[1]!) as Record<string, unknown>;
}

before(async () => {
  t = await createTestApp();
  t.clock.now = new Date("2030-01-15T12:00:00Z");
  editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
});
after(async () => t.close());

describe("time zones", () => {
  it("shows an event in Asia/Tokyo in its own zone with the zone's name and offset, the instants for the reader's own time", async () => {
    const { slug } = await buildEvent({ time_zone: "Asia/Tokyo", starts_at: "2030-03-20T01:00:00.000Z", ends_at: "2030-03-20T03:00:00.000Z", country: "JP", title: "Tokyo meeting" });
    const res = await reader().get(`/en/events/${slug}`);
    assert.equal(res.statusCode, 200);
    const page = text(res.body);
    assert.match(page, /Wednesday, March 20, 2030, 10:00\s*(AM)?\s*–\s*12:00\s*PM \(Japan Standard Time, GMT\+9\)/);
    assert.match(res.body, /<time datetime="2030-03-20T10:00:00\+09:00" data-start="2030-03-20T01:00:00.000Z" data-end="2030-03-20T03:00:00.000Z" data-zone="Asia\/Tokyo"/);
    assert.match(res.body, /data-local-label="Your time: \{time\} \(\{name\}\)"/);
    // The same instants in Chinese, the reader's way.
    const zh = text((await reader().get(`/zh/events/${slug}`)).body);
    assert.match(zh, /2030年3月20日星期三 10:00–12:00\s*（日本标准时间，GMT\+9）/);
  });

  it("gives the offset in force on the event's date around a change of clocks, and names both when the event spans it", async () => {
    const before = await buildEvent({ time_zone: "America/New_York", starts_at: "2030-03-09T15:00:00.000Z", ends_at: "2030-03-09T16:00:00.000Z", country: "US" });
    const afterChange = await buildEvent({ time_zone: "America/New_York", starts_at: "2030-03-11T14:00:00.000Z", ends_at: "2030-03-11T15:00:00.000Z", country: "US" });
    const spanning = await buildEvent({ time_zone: "America/New_York", starts_at: "2030-03-10T05:00:00.000Z", ends_at: "2030-03-10T08:00:00.000Z", country: "US" });
    assert.match(text((await reader().get(`/en/events/${before.slug}`)).body), /10:00\s*–\s*11:00\s*AM \(Eastern Standard Time, GMT-5\)/);
    assert.match(text((await reader().get(`/en/events/${afterChange.slug}`)).body), /10:00\s*–\s*11:00\s*AM \(Eastern Daylight Time, GMT-4\)/);
    assert.match(text((await reader().get(`/en/events/${spanning.slug}`)).body), /Eastern Standard Time, GMT-5 until the clocks change, then Eastern Daylight Time, GMT-4/);
  });

  it("turns a wall-clock time into UTC, refusing a time the clocks skip and taking the first of a repeated one", () => {
    assert.deepEqual(zonedToUtc("2030-08-21T10:00", "Asia/Tokyo"), { ok: true, iso: "2030-08-21T01:00:00.000Z" });
    assert.deepEqual(zonedToUtc("2030-03-10T02:30", "America/New_York"), { ok: false, reason: "gap" });
    assert.deepEqual(zonedToUtc("2030-11-03T01:30", "America/New_York"), { ok: true, iso: "2030-11-03T05:30:00.000Z" });
    assert.deepEqual(zonedToUtc("2030-02-30T10:00", "Europe/Paris"), { ok: false, reason: "format" });
  });
});

describe("the upcoming list and its filters", () => {
  let webinar: string;
  let nairobi: string;
  let paris: string;
  before(async () => {
    webinar = (await buildEvent({ type: "webinar", attendance: "online", country: null, venue_name: null, languages: ["en", "ja"], title: "Filter webinar" })).slug;
    nairobi = (await buildEvent({ type: "training", country: "KE", languages: ["en", "sw"], title: "Filter Nairobi training", starts_at: "2030-05-01T06:00:00.000Z", ends_at: "2030-05-01T14:00:00.000Z", time_zone: "Africa/Nairobi" })).slug;
    paris = (await buildEvent({ type: "training", country: "FR", languages: ["fr"], title: "Filter Paris training" })).slug;
    await buildEvent({ title: "Filter draft", publish: false, type: "training" });
  });

  const listed = async (query: string) => {
    const res = await reader().get(`/en/events${query}`);
    assert.equal(res.statusCode, 200, query);
    return [...res.body.matchAll(/href="\/en\/events\/([a-z0-9-]+)"/g)].map((m) => m[1]!).filter((x) => x !== "calendar" && x !== "past");
  };

  it("lists published upcoming events, soonest first, never drafts", async () => {
    const all = await listed("");
    assert.ok(all.includes(webinar) && all.includes(nairobi) && all.includes(paris));
    assert.ok(all.indexOf(nairobi) < all.indexOf(paris), "soonest first");
    assert.doesNotMatch((await reader().get("/en/events")).body, /Filter draft/);
  });

  it("filters by type, by region (UN M49, from the country), by language, and by all three together", async () => {
    const byType = await listed("?type=training");
    assert.ok(byType.includes(nairobi) && byType.includes(paris) && !byType.includes(webinar));
    const byRegion = await listed("?region=002");
    assert.ok(byRegion.includes(nairobi) && !byRegion.includes(paris) && !byRegion.includes(webinar));
    const byLanguage = await listed("?language=ja");
    assert.deepEqual(byLanguage.filter((s) => [webinar, nairobi, paris].includes(s)), [webinar]);
    const combined = await listed("?type=training&region=150&language=fr");
    assert.ok(combined.includes(paris) && !combined.includes(nairobi) && !combined.includes(webinar));
    assert.deepEqual(await listed("?type=webinar&region=150"), []);
  });

  it("answers 400 with the choices kept and each error in a summary linking to its field", async () => {
    const res = await reader().get("/en/events?type=party&region=999&language=english");
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<title>Error: Events/);
    for (const f of ["type", "region", "language"]) assert.match(res.body, new RegExp(`href="#field-${f}"`));
    assert.match(text(res.body), /Choose a type of event from the list/);
    assert.match(res.body, /id="field-language"/);
  });
});

describe("the calendar month", () => {
  it("puts an event on the day it happens in its own zone, with weeks starting on the reader's first day", async () => {
    // 08:00 on 1 March in Tokyo is still 28 February in UTC.
    const { slug } = await buildEvent({ time_zone: "Asia/Tokyo", starts_at: "2030-02-28T23:00:00.000Z", ends_at: "2030-03-01T01:00:00.000Z", country: "JP", title: "First of March in Tokyo" });
    const res = await reader().get("/en/events/calendar?month=2030-03");
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<caption>March 2030<\/caption>/);
    const cell = /<td[^>]*><time class="day-number" datetime="2030-03-01">1<\/time>([\s\S]*?)<\/td>/.exec(res.body);
    assert.ok(cell?.[1]?.includes(`/en/events/${slug}`), "the event is on 1 March");
    assert.doesNotMatch(res.body, /datetime="2030-02-28"/, "February is not in the March grid");
    // English weeks start on Sunday; French ones on Monday (from Intl.Locale week information).
    const headers = (html: string) => [...html.matchAll(/<th scope="col" abbr="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(headers(res.body)[0], "Sunday");
    const fr = await reader().get("/fr/events/calendar?month=2030-03");
    assert.equal(headers(fr.body)[0], "lundi");
    assert.equal(firstDayOfWeek("fr"), 1);
    assert.match(res.body, /href="\/en\/events\/calendar\?month=2030-02" rel="prev"/);
    assert.match(res.body, /href="\/en\/events\/calendar\?month=2030-04" rel="next"/);
  });

  it("lays out a month's weeks from its first weekday and keeps filters in the month links", async () => {
    const grid = monthGrid("2030-03", 1, []);
    assert.equal(grid.weeks[0]!.findIndex((d) => d !== null), 4, "1 March 2030 is a Friday");
    assert.ok(grid.weeks.every((w) => w.length === 7));
    const res = await reader().get("/en/events/calendar?month=2030-03&type=training");
    assert.match(res.body, /href="\/en\/events\/calendar\?type=training&amp;month=2030-04"/);
  });

  it("refuses a month that does not exist with 400 and shows the current one", async () => {
    const res = await reader().get("/en/events/calendar?month=2030-13");
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#field-month"/);
    assert.match(res.body, /<caption>January 2030<\/caption>/);
  });
});

describe("the past archive", () => {
  it("lists events that have ended, latest first, twenty a page", async () => {
    const slugs: string[] = [];
    for (let i = 0; i < 21; i++) {
      const day = String(i + 1).padStart(2, "0");
      slugs.push((await buildEvent({ title: `Past ${i}`, type: "exhibition", starts_at: `2029-10-${day}T08:00:00.000Z`, ends_at: `2029-10-${day}T10:00:00.000Z` })).slug);
    }
    const first = await reader().get("/en/events/past?type=exhibition");
    assert.equal(first.statusCode, 200);
    const listed = [...first.body.matchAll(/href="\/en\/events\/([a-z0-9-]+)"/g)].map((m) => m[1]!).filter((s) => slugs.includes(s));
    assert.equal(listed.length, 20);
    assert.equal(listed[0], slugs[20], "latest first");
    assert.match(text(first.body), /21 past events/);
    const second = await reader().get("/en/events/past?type=exhibition&page=2");
    assert.ok(second.body.includes(`/en/events/${slugs[0]}`));
    assert.equal((await reader().get("/en/events/past?type=exhibition&page=3")).statusCode, 404);
    assert.ok(!(await reader().get("/en/events?type=exhibition")).body.includes(`/en/events/${slugs[0]}`), "past events are not upcoming");
    const page = await reader().get(`/en/events/${slugs[0]}`);
    assert.match(text(page.body), /This event has ended/);
  });
});

describe("statuses", () => {
  it("labels cancelled, postponed and moved-online events in lists and on their pages, with the reason", async () => {
    const cancelled = await buildEvent({ status: "cancelled", note: "The speakers cannot travel.", title: "Cancelled one", registration_url: "https://example.org/reg" });
    const postponed = await buildEvent({ status: "postponed", note: "The hall is closed.", title: "Postponed one" });
    const online = await buildEvent({ status: "moved_online", note: "Online only.", title: "Moved one", attendance: "hybrid", livestream_url: "https://example.org/live" });
    const list = text((await reader().get("/en/events")).body);
    assert.match(list, /Cancelled one Cancelled ·/);
    assert.match(list, /Postponed one Postponed ·/);
    assert.match(list, /Moved one Moved online · Conference · Online/);
    const c = await reader().get(`/en/events/${cancelled.slug}`);
    assert.match(text(c.body), /Cancelled The speakers cannot travel\./);
    assert.doesNotMatch(c.body, /Register for this event/, "no registration for a cancelled event");
    const p = text((await reader().get(`/en/events/${postponed.slug}`)).body);
    assert.match(p, /Postponed A new date has not been announced yet\. The hall is closed\./);
    const o = await reader().get(`/fr/events/${online.slug}`);
    assert.match(text(o.body), /Passé en ligne/);
    assert.match(o.body, /lang="en" dir="ltr">Online only\./, "the English reason is marked as English on the French page");
  });

  it("keeps the first planned date when a postponed event gets new dates, and says it was rescheduled", async () => {
    const { id, slug } = await createThroughForm({ attendance: "in_person", time_zone: "Europe/Madrid", country: "ES", venue_name: "Sala", starts_local: "2030-09-10T19:00", ends_local: "2030-09-10T21:00" });
    await editor.post(`/en/admin/events/${id}/publish`, { action: "publish" }, { formPage: `/en/admin/events/${id}` });
    const status = await editor.post(`/en/admin/events/${id}/status`, { in: "en", status: "postponed", status_note: "The hall is being repaired." }, { formPage: `/en/admin/events/${id}` });
    assert.equal(status.statusCode, 303);
    const moved = await editor.post(`/en/admin/events/${id}`, formFields({ slug, attendance: "in_person", time_zone: "Europe/Madrid", country: "ES", venue_name: "Sala", starts_local: "2030-10-15T19:00", ends_local: "2030-10-15T21:00" }), { formPage: `/en/admin/events/${id}` });
    assert.equal(moved.statusCode, 303);
    const page = await reader().get(`/en/events/${slug}`);
    assert.match(text(page.body), /The dates below are the new ones\. First planned for Tuesday, September 10, 2030 at 7:00\s*PM\./);
    const ld = jsonLd(page.body);
    assert.equal(ld.eventStatus, "https://schema.org/EventRescheduled");
    assert.equal(ld.previousStartDate, "2030-09-10T19:00:00+02:00");
    assert.equal(ld.startDate, "2030-10-15T19:00:00+02:00");
  });
});

describe("iCalendar", () => {
  it("keeps the UID through edits while SEQUENCE grows, folds lines at 75 octets with CRLF, and says STATUS:CANCELLED", async () => {
    const long = "A very long accessibility note that goes on and on, with interpretation, captions, sign language, a quiet room and step-free access on every floor of the building.";
    const { id, slug } = await createThroughForm({ accessibility: long });
    await editor.post(`/en/admin/events/${id}/publish`, { action: "publish" }, { formPage: `/en/admin/events/${id}` });
    const first = await reader().get(`/en/events/${slug}.ics`);
    assert.equal(first.statusCode, 200);
    assert.match(String(first.headers["content-type"]), /^text\/calendar; charset=utf-8/);
    assert.match(String(first.headers["content-disposition"]), new RegExp(`attachment; filename="${slug}.ics"`));
    const v1 = checkIcs(first.body).getFirstSubcomponent("vevent")!;
    const host = "localhost";
    assert.equal(v1.getFirstPropertyValue("uid"), `${id}@${host}`);
    assert.equal(v1.getFirstPropertyValue("sequence"), 0);
    assert.equal(String(v1.getFirstPropertyValue("status")), "CONFIRMED");
    assert.equal((v1.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString(), "2030-08-21T01:00:00.000Z");
    assert.equal(v1.getFirstPropertyValue("url"), `http://localhost:80/en/events/${slug}`);
    assert.ok(v1.getFirstPropertyValue("dtstamp"));
    assert.match(String(v1.getFirstPropertyValue("description")), /Japan Standard Time, GMT\+9/);
    assert.match(String(v1.getFirstPropertyValue("description")), /step-free access on every floor/, "a folded line unfolds whole");

    await editor.post(`/en/admin/events/${id}`, formFields({ slug, title: "Tokyo webinar, new title", accessibility: long }), { formPage: `/en/admin/events/${id}` });
    await editor.post(`/en/admin/events/${id}/status`, { in: "en", status: "cancelled", status_note: "No speakers." }, { formPage: `/en/admin/events/${id}` });
    const v3 = checkIcs((await reader().get(`/en/events/${slug}.ics`)).body).getFirstSubcomponent("vevent")!;
    assert.equal(v3.getFirstPropertyValue("uid"), `${id}@${host}`, "the UID never changes");
    assert.equal(v3.getFirstPropertyValue("sequence"), 2, "one more for each edit");
    assert.equal(String(v3.getFirstPropertyValue("status")), "CANCELLED");
    assert.match(String(v3.getFirstPropertyValue("summary")), /^Cancelled: Tokyo webinar, new title$/);
  });

  it("serves every upcoming published event in the language's calendar, in that language", async () => {
    const { slug } = await buildEvent({ title: "Feed event", type: "webinar" });
    const res = await reader().get("/es/events.ics");
    assert.equal(res.statusCode, 200);
    const cal = checkIcs(res.body);
    const events = cal.getAllSubcomponents("vevent");
    assert.ok(events.length >= 3);
    assert.ok(events.some((e) => e.getFirstPropertyValue("url") === `http://localhost:80/es/events/${slug}`));
    assert.ok(events.every((e) => Date.parse((e.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate().toISOString()) > t.clock.now.getTime()), "only upcoming events");
    assert.match(String(events[0]!.getFirstPropertyValue("description")), /Tipo: /);
  });
});

describe("the Atom feed", () => {
  it("is well-formed Atom with the required elements for the feed and each entry", async () => {
    await buildEvent({ title: "Atom & <friends>", type: "screening" });
    const res = await reader().get("/fr/events.atom");
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers["content-type"]), /^application\/atom\+xml/);
    assert.equal(XMLValidator.validate(res.body), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(res.body) as { feed: Record<string, unknown> };
    const feed = doc.feed;
    assert.equal(feed["@xmlns"], "http://www.w3.org/2005/Atom");
    assert.equal(feed.id, "http://localhost:80/fr/events");
    assert.ok(feed.title);
    assert.ok(!Number.isNaN(Date.parse(String(feed.updated))));
    assert.ok(feed.author, "the feed names its author");
    const entries = feed.entry as Record<string, unknown>[];
    assert.ok(Array.isArray(entries) && entries.length >= 3);
    for (const e of entries) {
      assert.match(String(e.id), /^tag:localhost,2017-12-19:events\/[0-9a-f-]{36}\/fr$/);
      assert.ok(e.title);
      assert.ok(!Number.isNaN(Date.parse(String(e.updated))));
      const link = (Array.isArray(e.link) ? e.link[0] : e.link) as Record<string, string>;
      assert.match(link["@href"]!, /^http:\/\/localhost(:80)?\/fr\/events\/[a-z0-9-]+$/);
    }
    assert.ok(res.body.includes("Atom &amp; &lt;friends&gt;"), "the title is escaped for type=html");
  });

  it("is built by the portal's Atom builder: languages marked, typed links, each entry's when, where, summary and type", async () => {
    const { id, slug } = await buildEvent({ title: "Builder check", summary: "Bring <your> questions & notes.", type: "screening" });
    const res = await reader().get("/fr/events.atom");
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "category"].includes(name) }).parse(res.body) as { feed: Record<string, unknown> };
    const feed = doc.feed;
    assert.equal(feed["@xml:lang"], "fr");
    const links = feed.link as Record<string, string>[];
    assert.ok(links.some((x) => x["@rel"] === "self" && x["@type"] === "application/atom+xml" && x["@href"] === "http://localhost/fr/events.atom"));
    assert.ok(links.some((x) => x["@rel"] === "alternate" && x["@type"] === "text/html" && x["@href"] === "http://localhost/fr/events"));
    const entry = (feed.entry as Record<string, unknown>[]).find((e) => e.id === `tag:localhost,2017-12-19:events/${id}/fr`);
    assert.ok(entry, "the entry keeps its tag URI");
    assert.equal(entry["@xml:lang"], "en", "written only in English: marked as such in the French feed");
    assert.equal((entry.link as Record<string, string>[])[0]!["@href"], `http://localhost/fr/events/${slug}`);
    assert.deepEqual(entry.category, [{ "@label": "Projection de film", "@term": "screening" }]);
    const summary = String((entry.summary as Record<string, string>)["#text"]);
    assert.equal(summary.split("</p>").length - 1, 3, "when, where and the summary, one paragraph each");
    assert.match(summary, /<p>Salle d’exemple, 1 rue Exemple, Paris, France<\/p><p>Bring &lt;your&gt; questions &amp; notes.<\/p>$/);
    assert.ok(!Number.isNaN(Date.parse(String(entry.published))));
  });
});

describe("search engines", () => {
  it("lists the events pages and each published event in the sitemap with its language alternates", async () => {
    const { slug } = await buildEvent({ title: "Sitemap event" });
    const hidden = await buildEvent({ title: "Sitemap draft", publish: false });
    const res = await reader().get("/sitemap.xml");
    assert.match(res.body, /<loc>http:\/\/localhost:80\/ar\/remembrance<\/loc>/);
    assert.match(res.body, /<loc>http:\/\/localhost:80\/es\/events\/calendar<\/loc>/);
    assert.match(res.body, new RegExp(`<loc>http://localhost:80/zh/events/${slug}</loc>\\s*<lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>\\s*<xhtml:link rel="alternate" hreflang="ar" href="http://localhost:80/ar/events/${slug}"/>`));
    assert.match(res.body, new RegExp(`hreflang="zh-Hans" href="http://localhost:80/zh/events/${slug}"`));
    assert.doesNotMatch(res.body, new RegExp(hidden.slug));
  });

  it("describes the event as a schema.org Event with status, attendance mode, places and offsets", async () => {
    const { id, slug } = await createThroughForm({ attendance: "hybrid", country: "JP", venue_name: "Example Hall", venue_address: "1-1 Example, Tokyo" });
    await editor.post(`/en/admin/events/${id}/publish`, { action: "publish" }, { formPage: `/en/admin/events/${id}` });
    const ld = jsonLd((await reader().get(`/en/events/${slug}`)).body);
    assert.equal(ld["@type"], "Event");
    assert.equal(ld.startDate, "2030-08-21T10:00:00+09:00");
    assert.equal(ld.endDate, "2030-08-21T12:00:00+09:00");
    assert.equal(ld.eventStatus, "https://schema.org/EventScheduled");
    assert.equal(ld.eventAttendanceMode, "https://schema.org/MixedEventAttendanceMode");
    const locations = ld.location as Record<string, unknown>[];
    assert.deepEqual(locations.map((l) => l["@type"]), ["Place", "VirtualLocation"]);
    assert.deepEqual((locations[0]!.address as Record<string, string>).addressCountry, "JP");
    assert.equal(locations[1]!.url, "https://example.org/live");
    assert.deepEqual(ld.organizer, { "@type": "Organization", name: "Example organiser", url: "https://example.org" });
    assert.deepEqual(ld.inLanguage, ["en", "ja"]);
  });
});

describe("staff", () => {
  it("sends visitors to sign in and forbids translators and moderators; admins and editors manage events", async () => {
    const anon = await reader().get("/en/admin/events");
    assert.equal(anon.statusCode, 303);
    assert.equal(anon.headers.location, "/en/admin/login");
    for (const role of ["translator", "moderator"] as const) {
      const c = await signIn(t, await buildStaff(t, { roles: [role] }));
      assert.equal((await c.get("/en/admin/events")).statusCode, 403, role);
      assert.equal((await c.get("/en/admin/remembrance")).statusCode, 403, role);
      assert.equal((await c.post("/en/admin/events", formFields(), { formPage: "/en/admin/login" })).statusCode, 403, role);
    }
    const admin = await signIn(t, await buildStaff(t, { roles: ["admin"] }));
    assert.equal((await admin.get("/en/admin/events")).statusCode, 200);
    assert.match((await editor.get("/en/admin")).body, /href="\/en\/admin\/events"/);
  });

  it("audits creating, editing, changing the status and publishing, and keeps drafts from readers", async () => {
    const { id, slug } = await createThroughForm();
    assert.equal((await reader().get(`/en/events/${slug}`)).statusCode, 404, "a draft is not public");
    assert.equal((await reader().get(`/en/events/${slug}.ics`)).statusCode, 404);
    await editor.post(`/en/admin/events/${id}`, formFields({ slug, in: "fr", title: "Webinaire de Tokyo", summary: "Un webinaire." }), { formPage: `/en/admin/events/${id}?in=fr` });
    await editor.post(`/en/admin/events/${id}/status`, { in: "en", status: "moved_online", status_note: "Online." }, { formPage: `/en/admin/events/${id}` });
    await editor.post(`/en/admin/events/${id}/publish`, { action: "publish" }, { formPage: `/en/admin/events/${id}` });
    assert.deepEqual(await auditActions(id), ["event.create", "event.edit", "event.status", "event.publish"]);
    const fr = await reader().get(`/fr/events/${slug}`);
    assert.equal(fr.statusCode, 200);
    assert.match(fr.body, /<h1>Webinaire de Tokyo<\/h1>/);
    const en = await reader().get(`/en/events/${slug}`);
    assert.match(en.body, /<h1>Tokyo webinar<\/h1>/);
    const ru = await reader().get(`/ru/events/${slug}`);
    assert.match(ru.body, /<h1 lang="en" dir="ltr">Tokyo webinar<\/h1>/, "another language's text is marked");
    await editor.post(`/en/admin/events/${id}/publish`, { action: "unpublish" }, { formPage: `/en/admin/events/${id}` });
    assert.equal((await reader().get(`/en/events/${slug}`)).statusCode, 404);
    assert.deepEqual((await auditActions(id)).at(-1), "event.unpublish");
  });

  it("answers 400 with the answers kept when the end is before the start, the zone is unknown or an address is not https", async () => {
    const bad = formFields({ time_zone: "Mars/Olympus", starts_local: "2030-08-21T10:00", ends_local: "2030-08-21T09:00", livestream_url: "http://example.org/live", title: "Kept title" });
    const res = await editor.post("/en/admin/events", bad, { formPage: "/en/admin/events/new" });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<title>Error: New event/);
    assert.match(res.body, /href="#field-time_zone"/);
    assert.match(res.body, /href="#field-livestream_url"/);
    assert.match(res.body, /value="Kept title"/);
    assert.match(res.body, /value="Mars\/Olympus"/);
    const order = [...res.body.matchAll(/<li><a href="#field-([a-z_]+)"/g)].map((m) => m[1]);
    assert.deepEqual(order, ["time_zone", "livestream_url"]);

    const backwards = await editor.post("/en/admin/events", formFields({ starts_local: "2030-08-21T10:00", ends_local: "2030-08-21T09:00" }), { formPage: "/en/admin/events/new" });
    assert.equal(backwards.statusCode, 400);
    assert.match(text(backwards.body), /The end must be after the start/);

    const gap = await editor.post("/en/admin/events", formFields({ time_zone: "America/New_York", starts_local: "2030-03-10T02:30", ends_local: "2030-03-10T04:00" }), { formPage: "/en/admin/events/new" });
    assert.equal(gap.statusCode, 400);
    assert.match(text(gap.body), /This time does not exist in that time zone/);

    const inPerson = await editor.post("/en/admin/events", formFields({ attendance: "in_person", venue_name: "", slug: "calendar", languages: [], other_languages: "" }), { formPage: "/en/admin/events/new" });
    assert.equal(inPerson.statusCode, 400);
    for (const f of ["slug", "languages", "venue_name"]) assert.match(inPerson.body, new RegExp(`href="#field-${f}"`), f);

    const status = await createThroughForm();
    const noReason = await editor.post(`/en/admin/events/${status.id}/status`, { in: "en", status: "cancelled", status_note: "" }, { formPage: `/en/admin/events/${status.id}` });
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.body, /href="#field-status_note"/);
  });
});
