import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, beforeEach, describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import Fastify, { type FastifyInstance } from "fastify";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { isoDate } from "../../db/time.ts";
import { seedDemoContent, seedDemoDirectory, seedDemoLibrary } from "../../demo/seed.ts";
import { runMaintenance } from "../../jobs/maintenance.ts";
import { markPrivate } from "../../web/render.ts";
import { createStatsCollector } from "./statistics.collector.ts";
import { tagPageView } from "./statistics.tags.ts";

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

let t: TestApp;

/** A reader's page view from an address and a browser. */
function view(url: string, opts: { ip?: string; ua?: string; headers?: Record<string, string>; method?: "GET" | "HEAD" } = {}) {
  return t.app.inject({ method: opts.method ?? "GET", url, remoteAddress: opts.ip ?? "203.0.113.7", headers: { "user-agent": opts.ua ?? BROWSER, ...opts.headers } });
}

async function clear() {
  await t.app.services.stats.flush();
  for (const table of ["stats_days", "stats_pages", "stats_tags", "stats_visitor_hashes", "stats_salts"] as const) {
    await t.db.kysely.deleteFrom(table).execute();
  }
}

const pages = async () =>
  (await t.db.kysely.selectFrom("stats_pages").selectAll().orderBy("language").orderBy("path").execute()).map((r) => ({ ...r, views: Number(r.views), visitors: Number(r.visitors) }));
const site = async (language = "*") =>
  (await t.db.kysely.selectFrom("stats_days").selectAll().where("language", "=", language).orderBy("day").execute()).map((r) => ({ day: r.day, views: Number(r.views), visitors: Number(r.visitors) }));

/** A bare Fastify app with the statistics hook, for routes the portal does not have (yet). */
function miniApp(routes: (app: FastifyInstance) => void) {
  const mini = Fastify();
  const stats = createStatsCollector({ db: t.db, clock: () => t.clock.now, log: mini.log, enabled: true, flushMs: 60_000 });
  mini.decorateRequest("statsTags", null);
  mini.decorateRequest("staff", null);
  mini.addHook("onResponse", (request, reply, done) => {
    stats.observe(request, reply);
    done();
  });
  routes(mini);
  return { mini, stats };
}

before(async () => {
  t = await createTestApp();
});
after(async () => t.close());
beforeEach(clear);

describe("counting page views", () => {
  it("counts public pages per day, page and language, and a visitor once a day", async () => {
    assert.equal((await view("/en/")).statusCode, 200);
    await view("/en/");
    await view("/en/search?q=private+words");
    await view("/fr/", { ip: "198.51.100.20", ua: PHONE });
    await t.app.services.stats.flush();
    const today = isoDate(t.clock.now);
    assert.deepEqual(await pages(), [
      { day: today, path: "/", language: "en", views: 2, visitors: 1 },
      { day: today, path: "/search", language: "en", views: 1, visitors: 1 },
      { day: today, path: "/", language: "fr", views: 1, visitors: 1 },
    ]);
    assert.deepEqual(await site(), [{ day: today, views: 4, visitors: 2 }]);
    assert.deepEqual(await site("en"), [{ day: today, views: 3, visitors: 1 }]);
    assert.deepEqual(await site("fr"), [{ day: today, views: 1, visitors: 1 }]);
  });

  it("counts nothing for Do Not Track, Global Privacy Control, robots, staff pages, files, errors and HEAD", async () => {
    await view("/en/", { headers: { dnt: "1" } });
    await view("/en/", { headers: { "sec-gpc": "1" } });
    await view("/en/", { ua: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" });
    await view("/en/", { ua: "" });
    await view("/en/", { method: "HEAD" });
    assert.equal((await view("/en/admin/login")).statusCode, 200);
    assert.equal((await view("/en/no-such-page")).statusCode, 404);
    await view("/static/app.css");
    await view("/healthz");
    await view("/en/news.atom");
    await view("/api/v1/countries");
    await t.app.services.stats.flush();
    assert.deepEqual(await pages(), []);
    assert.deepEqual(await site(), []);
  });

  it("counts a returning visitor again on another day, and once a day across flushes", async () => {
    await view("/en/");
    await t.app.services.stats.flush();
    await view("/en/");
    await t.app.services.stats.flush();
    const first = isoDate(t.clock.now);
    t.clock.advance(86_400_000);
    try {
      await view("/en/");
      await t.app.services.stats.flush();
      const second = isoDate(t.clock.now);
      assert.deepEqual(await site(), [
        { day: first, views: 2, visitors: 1 },
        { day: second, views: 1, visitors: 1 },
      ]);
    } finally {
      t.clock.advance(-86_400_000);
    }
  });

  it("stores no address, browser, query string or unsalted digest, and sets no cookie", async () => {
    const ip = "192.0.2.55";
    const res = await view("/en/search?q=secretword", { ip });
    assert.equal(res.headers["set-cookie"], undefined);
    await t.app.services.stats.flush();
    const digest = createHash("sha256").update(`${ip}\n${BROWSER}`).digest("hex");
    const dump = JSON.stringify(
      await Promise.all((["stats_days", "stats_pages", "stats_tags", "stats_visitor_hashes", "stats_salts"] as const).map((tb) => t.db.kysely.selectFrom(tb).selectAll().execute())),
    );
    assert.ok(dump.includes("/search"), "the page is counted");
    for (const secret of [ip, BROWSER, "Firefox", "secretword", digest, digest.slice(0, 32)]) assert.ok(!dump.includes(secret), `${secret} is stored`);
  });

  it("counts a private link under its route, never with its token", async () => {
    const { mini, stats } = miniApp((app) => {
      app.get("/:lang/mine/:token", async (_request, reply) => reply.type("text/html").send("<p>private</p>"));
      app.get("/:lang/share/:id", async (_request, reply) => {
        markPrivate(reply);
        return reply.type("text/html").send("<p>private</p>");
      });
    });
    await mini.inject({ url: "/en/mine/abcdefghijklmnopqrstuvwxyz0123456789", headers: { "user-agent": BROWSER } });
    await mini.inject({ url: "/en/share/ZYXWVUTSRQPONMLKJIH", headers: { "user-agent": BROWSER } });
    await stats.close();
    await mini.close();
    const rows = await pages();
    assert.deepEqual(rows.map((r) => r.path), ["/mine/:token", "/share/:id"]);
  });

  it("forgets the day's salt and visitor hashes once the day is over, and counts after the retention period", async () => {
    await view("/en/");
    await t.app.services.stats.flush();
    assert.equal((await t.db.kysely.selectFrom("stats_visitor_hashes").selectAll().execute()).length > 0, true);
    const later = new Date(t.clock.now.getTime() + 86_400_000);
    await runMaintenance(t.db, t.config, () => later, t.app.services.storage);
    assert.deepEqual(await t.db.kysely.selectFrom("stats_visitor_hashes").selectAll().execute(), []);
    assert.deepEqual(await t.db.kysely.selectFrom("stats_salts").selectAll().execute(), []);
    assert.equal((await site()).length, 1, "the counts remain");
    const muchLater = new Date(t.clock.now.getTime() + (t.config.stats.retentionDays + 1) * 86_400_000);
    await runMaintenance(t.db, t.config, () => muchLater, t.app.services.storage);
    assert.deepEqual(await site(), []);
  });

  it("aggregates tagged page views per tag and language", async () => {
    const { mini, stats } = miniApp((app) => {
      app.get("/:lang/topic", async (request, reply) => {
        tagPageView(request, "gender", "gender", "Not A Tag!");
        return reply.type("text/html; charset=utf-8").send("<p>page</p>");
      });
    });
    const hit = (lang: string, ip: string) => mini.inject({ url: `/${lang}/topic`, remoteAddress: ip, headers: { "user-agent": BROWSER } });
    await hit("ar", "203.0.113.1");
    await hit("ar", "203.0.113.1");
    await hit("ar", "203.0.113.2");
    await hit("es", "203.0.113.3");
    await stats.close();
    await mini.close();
    const tags = (await t.db.kysely.selectFrom("stats_tags").selectAll().orderBy("language").execute()).map((r) => [r.tag, r.language, Number(r.views), Number(r.visitors)]);
    assert.deepEqual(tags, [
      ["gender", "ar", 3, 2],
      ["gender", "es", 1, 1],
    ]);
  });

  it("tags the library's pages, and its gender pages, per language", async () => {
    await seedDemoLibrary(t.db, t.app.services);
    assert.equal((await view("/en/library/demo-handbook-first-steps")).statusCode, 200);
    assert.equal((await view("/ar/library?topic=gender")).statusCode, 200);
    await view("/ar/library?topic=gender", { ip: "198.51.100.30" });
    await t.app.services.stats.flush();
    const tags = (await t.db.kysely.selectFrom("stats_tags").selectAll().orderBy("tag").orderBy("language").execute()).map((r) => [r.tag, r.language, Number(r.views), Number(r.visitors)]);
    assert.deepEqual(tags, [
      ["gender", "ar", 2, 2],
      ["library", "ar", 2, 2],
      ["library", "en", 1, 1],
    ]);
  });

  it("tags gender-related information, searches, services and stories as gender, per language", async () => {
    await seedDemoContent(t.db);
    await seedDemoDirectory(t.db);
    assert.equal((await view("/fr/info/gender-specific-needs-and-rights")).statusCode, 200);
    assert.equal((await view("/fr/info/topics/gender", { ip: "198.51.100.41" })).statusCode, 200);
    const search = await view("/ar/services?type=sgbv-medical&type=sgbv-legal", { ip: "198.51.100.42" });
    assert.equal(search.statusCode, 200);
    assert.equal((await view("/ar/services?women=1", { ip: "198.51.100.42" })).statusCode, 200);
    const service = /href="\/ar\/services\/([0-9a-f-]{36})[?"]/.exec(search.body)?.[1];
    assert.ok(service, "a demo service offers help after sexual violence");
    assert.equal((await view(`/ar/services/${service}`, { ip: "198.51.100.43" })).statusCode, 200);
    assert.equal((await view("/es/stories?theme=gender", { ip: "198.51.100.44" })).statusCode, 200);
    // Pages on other subjects are not tagged.
    assert.equal((await view("/fr/info/topics/justice", { ip: "198.51.100.45" })).statusCode, 200);
    assert.equal((await view("/ar/services?type=legal-aid", { ip: "198.51.100.45" })).statusCode, 200);
    await t.app.services.stats.flush();
    const tags = (await t.db.kysely.selectFrom("stats_tags").selectAll().orderBy("language").execute()).map((r) => [r.tag, r.language, Number(r.views), Number(r.visitors)]);
    assert.deepEqual(tags, [
      ["gender", "ar", 3, 2],
      ["gender", "es", 1, 1],
      ["gender", "fr", 2, 2],
    ]);
  });

  it("writes what is buffered when the app closes", async () => {
    const other = await createTestApp();
    try {
      await other.app.inject({ url: "/ru/", headers: { "user-agent": BROWSER } });
      assert.deepEqual(await other.db.kysely.selectFrom("stats_pages").selectAll().execute(), [], "nothing written on the request path");
      await other.app.close();
      const rows = await other.db.kysely.selectFrom("stats_pages").select(["path", "language", "views"]).execute();
      assert.deepEqual(rows.map((r) => [r.path, r.language, Number(r.views)]), [["/", "ru", 1]]);
    } finally {
      await other.close();
    }
  });

  it("counts nothing when statistics are switched off", async () => {
    const off = await createTestApp({ env: { STATS_ENABLED: "false" } });
    try {
      await off.app.inject({ url: "/en/", headers: { "user-agent": BROWSER } });
      await off.app.services.stats.flush();
      assert.deepEqual(await off.db.kysely.selectFrom("stats_days").selectAll().execute(), []);
    } finally {
      await off.close();
    }
  });
});

describe("the statistics dashboard", () => {
  it("sends anonymous visitors to the login page and refuses staff without the permission", async () => {
    const anon = await t.app.inject({ url: "/en/admin/statistics" });
    assert.equal(anon.statusCode, 303);
    assert.equal(anon.headers.location, "/en/admin/login");
    const translator = await signIn(t, await buildStaff(t, { roles: ["translator"] }));
    assert.equal((await translator.get("/en/admin/statistics")).statusCode, 403);
    assert.equal((await translator.get("/en/admin/statistics/export.csv")).statusCode, 403);
    const page = await translator.get("/en/admin");
    assert.ok(!page.body.includes("/en/admin/statistics"), "no link for those who cannot see it");
  });

  it("shows totals, a described chart, the daily table, pages, languages and topics to an editor", async () => {
    await view("/en/");
    await view("/ar/", { ip: "198.51.100.9" });
    await view("/ar/search");
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const res = await editor.get("/en/admin/statistics");
    assert.equal(res.statusCode, 200);
    const today = isoDate(t.clock.now);
    assert.match(res.body, new RegExp(`name="to"[^>]*value="${today}"|value="${today}"[^>]*name="to"`));
    assert.match(res.body, /<svg[^>]*role="img"[^>]*aria-labelledby="stats-chart-title stats-chart-desc"/);
    assert.match(res.body, /<title id="stats-chart-title">Page views and visitors per day<\/title>/);
    assert.match(res.body, /Total page views: 3; visitors: 2/);
    assert.match(res.body, /<th scope="row" dir="ltr">\/search<\/th><td>1<\/td><td>1<\/td>/);
    assert.match(res.body, /<th scope="row">Arabic<\/th><td>2<\/td><td>2<\/td>/);
    assert.match(res.body, /href="\/en\/admin\/statistics"/, "linked in the staff navigation");
    // 30 days by default: one bar per day.
    assert.equal((res.body.match(/class="stats-bar"/g) ?? []).length, 30);
  });

  it("draws time from right to left in Arabic", async () => {
    await view("/en/");
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }), "ar");
    const res = await editor.get("/ar/admin/statistics");
    assert.equal(res.statusCode, 200);
    const bars = [...res.body.matchAll(/<rect x="([\d.]+)" y="([\d.]+)"[^>]*class="stats-bar"/g)];
    assert.equal(bars.length, 30);
    assert.ok(Number(bars[0]![1]) > Number(bars[29]![1]), "the first day is on the right");
  });

  it("answers 400 with the form kept and each error linked when the range is wrong", async () => {
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const reversed = await editor.get("/en/admin/statistics?from=2026-05-10&to=2026-05-01");
    assert.equal(reversed.statusCode, 400);
    assert.match(reversed.body, /<title>Error: /);
    assert.match(reversed.body, /href="#field-to">The end date must be the same as or after the start date</);
    assert.match(reversed.body, /value="2026-05-10"/);
    const bad = await editor.get("/en/admin/statistics?from=2026-02-30&to=yesterday");
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#field-from">Enter a real date/);
    assert.match(bad.body, /href="#field-to">Enter a real date/);
    assert.match(bad.body, /value="yesterday"/);
    const long = await editor.get("/en/admin/statistics?from=2020-01-01&to=2026-01-01");
    assert.equal(long.statusCode, 400);
    assert.match(long.body, /Choose a period of two years or less/);
    assert.equal((await editor.get("/en/admin/statistics/export.csv?from=nope")).statusCode, 400);
    const only = await editor.get("/en/admin/statistics?from=2026-01-01");
    assert.equal(only.statusCode, 200);
  });

  it("exports the daily counts as CSV with translated headers, and records the export", async () => {
    await view("/fr/search");
    await view("/fr/search", { ip: "198.51.100.77" });
    const admin = await buildStaff(t, { roles: ["admin"] });
    const client = await signIn(t, admin, "fr");
    const today = isoDate(t.clock.now);
    const res = await client.get(`/fr/admin/statistics/export.csv?from=${today}&to=${today}&table=pages`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers["content-type"]), /^text\/csv/);
    assert.match(String(res.headers["content-disposition"]), new RegExp(`statistics-pages-${today}-${today}\\.csv`));
    assert.ok(res.body.startsWith("\uFEFF"));
    const rows: string[][] = parse(res.body.slice(1));
    assert.deepEqual(rows, [
      ["Jour", "Page", "Langue", "Pages vues", "Visiteurs"],
      [today, "/search", "français", "2", "2"],
    ]);
    const days: string[][] = parse((await client.get(`/fr/admin/statistics/export.csv?from=${today}&to=${today}`)).body.slice(1));
    assert.deepEqual(days[0], ["Jour", "Langue", "Pages vues", "Visiteurs"]);
    assert.deepEqual(days.slice(1).map((r) => r[1]).sort(), ["Toutes les langues", "français"].sort());
    const audit = await t.db.kysely.selectFrom("audit_log").selectAll().where("action", "=", "statistics.exported").where("user_id", "=", admin.id).execute();
    assert.equal(audit.length, 2);
  });
});
