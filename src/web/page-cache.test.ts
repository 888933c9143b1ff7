import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createTestApp, secondInstance, type TestApp } from "../../tests/support/app.ts";
import { buildPage, buildStaff, signIn } from "../../tests/support/factories.ts";
import { csrfFrom } from "../../tests/support/http.ts";
import { createTableChanges } from "../db/changes.ts";
import { createPageCache } from "./page-cache.ts";

const REDIS_URL = "redis://127.0.0.1:6379";

describe("the page cache for anonymous readers", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ seed: true });
  });
  after(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  it("keeps a rendered page and sends it again, with an ETag, a CDN-friendly Cache-Control and a 304 when unchanged", async () => {
    const page = await buildPage(t, { locales: { en: { title: "Kept page" } } });
    await settle(); // writes made outside a request are announced again a moment later
    const first = await get(`/en/info/${page.slug}`);
    assert.equal(first.statusCode, 200);
    assert.equal(first.headers["x-cache"], "miss");
    assert.match(String(first.headers["cache-control"]), /^public, max-age=0, must-revalidate, s-maxage=60$/);
    assert.equal(first.headers["set-cookie"], undefined, "an anonymous reader gets no cookie, even with a form on the page");
    const etag = String(first.headers.etag);
    assert.match(etag, /^W\/"[A-Za-z0-9_-]+"$/);
    await settle();
    const second = await get(`/en/info/${page.slug}`);
    assert.equal(second.headers["x-cache"], "hit");
    assert.equal(second.body, first.body, "the same page, byte for byte");
    assert.equal(second.headers.etag, etag);
    assert.equal(second.headers["content-security-policy"], first.headers["content-security-policy"]);
    assert.match(String(second.headers["content-type"]), /^text\/html/);
    const again = await get(`/en/info/${page.slug}`, { "if-none-match": etag });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, "");
  });

  it("sends a kept page in the encoding the browser takes", async () => {
    const page = await buildPage(t, { locales: { en: { title: "Encoded page" } } });
    await settle(); // writes made outside a request are announced again a moment later
    const plain = await get(`/en/info/${page.slug}`);
    await settle();
    const br = await get(`/en/info/${page.slug}`, { "accept-encoding": "gzip, deflate, br" });
    assert.equal(br.headers["content-encoding"], "br");
    assert.match(String(br.headers.vary), /accept-encoding/i);
    assert.equal(brotliDecompressSync(br.rawPayload).toString(), plain.body);
    const gz = await get(`/en/info/${page.slug}`, { "accept-encoding": "gzip;q=1, br;q=0" });
    assert.equal(gz.headers["content-encoding"], "gzip");
    assert.equal(gunzipSync(gz.rawPayload).toString(), plain.body);
    const none = await get(`/en/info/${page.slug}`, { "accept-encoding": "identity" });
    assert.equal(none.headers["x-cache"], "hit");
    assert.equal(none.headers["content-encoding"], undefined);
    assert.equal(none.body, plain.body);
    // Each answer's headers are listed once per kept page: asked again, each encoding has the same ones.
    const withoutDate = (h: Record<string, unknown>) => Object.fromEntries(Object.entries(h).filter(([n]) => n !== "date"));
    for (const [first, encoding] of [[br, "gzip, deflate, br"], [gz, "gzip;q=1, br;q=0"], [none, "identity"]] as const) {
      const again = await get(`/en/info/${page.slug}`, { "accept-encoding": encoding });
      assert.deepEqual(withoutDate(again.headers), withoutDate(first.headers));
      assert.equal(Number(again.headers["content-length"]), again.rawPayload.length);
      assert.equal(again.headers["content-security-policy"], plain.headers["content-security-policy"]);
    }
  });

  it("renders a page missed by many readers at once once, and sends it kept to the others", async () => {
    const page = await buildPage(t, { locales: { en: { title: "Busy page" } } });
    await settle();
    const answers = await Promise.all(Array.from({ length: 20 }, () => get(`/en/info/${page.slug}`, { "accept-encoding": "br" })));
    assert.deepEqual(
      answers.map((a) => a.statusCode),
      answers.map(() => 200),
    );
    assert.equal(answers.filter((a) => a.headers["x-cache"] === "miss").length, 1, "one reader's request rendered it");
    const plain = brotliDecompressSync(answers.find((a) => a.headers["x-cache"] === "hit")!.rawPayload).toString();
    assert.match(plain, /Busy page/);
    // A page that is never kept (an unknown address) does not hold readers up: each is answered.
    const missing = await Promise.all(Array.from({ length: 5 }, () => get("/en/info/no-such-page")));
    assert.deepEqual(
      missing.map((a) => a.statusCode),
      missing.map(() => 404),
    );
  });

  it("drops a page the moment content it shows changes, and keeps pages that show none of it", async () => {
    const page = await buildPage(t, { locales: { en: { title: "Before the change" } } });
    const other = await buildPage(t, { locales: { en: { title: "Another page" } } });
    await settle();
    await get(`/en/info/${page.slug}`);
    await get("/en/services");
    await settle();
    assert.equal((await get(`/en/info/${page.slug}`)).headers["x-cache"], "hit");
    assert.equal((await get("/en/services")).headers["x-cache"], "hit");
    // Any write, from any code path, to a table the page was rendered from.
    await t.db.kysely
      .updateTable("content_revisions")
      .set({ title: "After the change" })
      .where("translation_id", "in", t.db.kysely.selectFrom("content_translations").select("id").where("item_id", "=", page.id))
      .execute();
    const fresh = await get(`/en/info/${page.slug}`);
    assert.equal(fresh.headers["x-cache"], "miss");
    assert.match(fresh.body, /After the change/);
    // The directory reads no content table: its page is still the kept one.
    assert.equal((await get("/en/services")).headers["x-cache"], "hit");
    assert.ok(other.id);
  });

  it("is fresh after an editor publishes through the staff area", async () => {
    const page = await buildPage(t, { locales: { en: { title: "Published once" } } });
    await settle(); // writes made outside a request are announced again a moment later
    await get(`/en/info/${page.slug}`);
    await settle();
    assert.equal((await get(`/en/info/${page.slug}`)).headers["x-cache"], "hit");
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const form = await editor.get(`/en/admin/content/${page.id}/en`);
    assert.equal(form.statusCode, 200);
    const res = await editor.post(
      `/en/admin/content/${page.id}/en`,
      { title: "Published twice", summary: "New summary", body: "New body.", reviewedOn: "2026-10-02", action: "publish", contentWarning: "", _csrf: csrfFrom(form.body) ?? "" },
    );
    assert.ok(res.statusCode < 400, `saving answered ${res.statusCode}`);
    const after = await get(`/en/info/${page.slug}`);
    assert.match(after.body, /Published twice/);
  });

  it("never keeps or serves pages for a signed-in reader, the staff area, or answers that set a cookie", async () => {
    const page = await buildPage(t, { locales: { en: { title: "Staff view" } } });
    await settle(); // writes made outside a request are announced again a moment later
    await get(`/en/info/${page.slug}`);
    await settle();
    const staff = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const seen = await staff.get(`/en/info/${page.slug}`);
    assert.equal(seen.headers["x-cache"], undefined);
    assert.notEqual(seen.headers["cache-control"], undefined);
    assert.doesNotMatch(String(seen.headers["cache-control"]), /public/);
    const admin = await staff.get("/en/admin");
    assert.equal(admin.headers["x-cache"], undefined);
    assert.equal(admin.headers["cache-control"], "no-store");
    // The language switcher sets the language cookie: that answer is not kept.
    const switched = await get(`/fr/`, { "sec-fetch-site": "same-origin", referer: "http://localhost/en/" });
    assert.match(String(switched.headers["set-cookie"]), /lang=fr/);
    assert.equal(switched.headers["x-cache"], undefined);
    // A page its feature marks private (here in a hook that runs after the cache's own) is never kept.
    await get("/en/stories/share");
    await settle();
    const share = await get("/en/stories/share");
    assert.notEqual(share.headers["x-cache"], "hit");
    assert.equal(share.headers["cache-control"], "no-store");
    // Error pages are never kept.
    assert.equal((await get("/en/info/no-such-page")).statusCode, 404);
    assert.equal((await get("/en/info/no-such-page")).headers["x-cache"], undefined);
  });

  it("accepts a form posted from a kept page by any anonymous reader, and refuses forged or stale tokens", async () => {
    const page = await buildPage(t, { locales: { en: { title: "Feedback page" } } });
    await settle(); // writes made outside a request are announced again a moment later
    const shown = await get(`/en/info/${page.slug}`);
    const token = csrfFrom(shown.body);
    assert.match(token ?? "", /^p\.\d+\./);
    const post = (body: Record<string, string>, headers: Record<string, string> = {}) =>
      t.app.inject({ method: "POST", url: `/en/info/${page.slug}/feedback`, payload: new URLSearchParams(body).toString(), headers: { "content-type": "application/x-www-form-urlencoded", ...headers } });
    const ok = await post({ useful: "yes", _csrf: token! });
    assert.equal(ok.statusCode, 303);
    assert.equal((await post({ useful: "yes", _csrf: token!.slice(0, -2) + "xx" })).statusCode, 403);
    assert.equal((await post({ useful: "yes" })).statusCode, 403);
    assert.equal((await post({ useful: "yes", _csrf: token! }, { "sec-fetch-site": "cross-site" })).statusCode, 403);
    // The public token never stands in for a session's token.
    const staff = await signIn(t, await buildStaff(t, { roles: ["admin"] }));
    const asStaff = await staff.post("/en/admin/logout", { _csrf: token! });
    assert.equal(asStaff.statusCode, 403);
    // A week later the token is refused (the page itself would long have been rendered again).
    t.clock.advance(8 * 24 * 3600 * 1000);
    assert.equal((await post({ useful: "yes", _csrf: token! })).statusCode, 403);
  });

  it("shows a crisis notice at once on kept pages, and renders again after the page's time is up", async () => {
    const page = await buildPage(t, { locales: { en: { title: "Notice page" } } });
    await settle(); // writes made outside a request are announced again a moment later
    await get(`/en/info/${page.slug}`);
    await settle();
    assert.equal((await get(`/en/info/${page.slug}`)).headers["x-cache"], "hit");
    const admin = await signIn(t, await buildStaff(t, { roles: ["admin"] }));
    const on = await admin.post("/en/admin/crisis", {
      headline: "Attack in the city centre",
      message: "Stay away from the area.",
      severity: "critical",
      country: "",
      helplines: "- Victim helpline: +1 555 0100",
      missing_persons: "",
      consular: "",
      get_help: "",
    }, { formPage: "/en/admin/crisis" });
    assert.ok(on.statusCode < 400, `switching on answered ${on.statusCode}`);
    const withNotice = await get(`/en/info/${page.slug}`);
    assert.match(withNotice.body, /Attack in the city centre/);
    t.clock.advance(301_000);
    assert.equal((await get("/en/")).headers["x-cache"], "miss");
  });

  it("counts a page served from the cache like a rendered one, with its statistics tags", async () => {
    const url = "/en/info/gender-specific-needs-and-rights";
    const genderViews = async () => {
      await t.app.services.stats.flush();
      const rows = await t.db.kysely.selectFrom("stats_tags").selectAll().where("tag", "=", "gender").where("language", "=", "en").execute();
      return rows.reduce((n, r) => n + Number(r.views), 0);
    };
    const before = await genderViews();
    assert.equal((await get(url)).statusCode, 200);
    await settle();
    assert.equal((await get(url)).headers["x-cache"], "hit");
    assert.equal(await genderViews(), before + 2);
  });
});

describe("the page cache shared through Redis", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ seed: true, env: { REDIS_URL } });
    await t.app.ready();
  });
  after(() => t.close());

  it("serves on one instance a page kept by another, and drops it everywhere when a table it read changes", async () => {
    const b = await secondInstance(t, { REDIS_URL });
    try {
      const page = await buildPage(t, { locales: { en: { title: `Shared ${Date.now()}` } } });
      await settle(); // writes made outside a request are announced again a moment later
      const url = `/en/info/${page.slug}`;
      assert.equal((await t.app.inject(url)).headers["x-cache"], "miss");
      await settle(300);
      const onB = await b.app.inject(url);
      assert.equal(onB.headers["x-cache"], "hit", "kept by A, served by B");
      // A write through B's own database connection: A learns of it through Redis.
      const bDb = b.app.services.db.kysely;
      await bDb.updateTable("content_revisions").set({ title: "Changed on B" }).where("translation_id", "in", bDb.selectFrom("content_translations").select("id").where("item_id", "=", page.id)).execute();
      await settle(300);
      const onA = await t.app.inject(url);
      assert.match(onA.body, /Changed on B/);
    } finally {
      await b.close();
    }
  });
});

describe("the page cache's own rules", () => {
  it("does not keep a page whose tables changed while it was being rendered, and forgets the least recently used first", async () => {
    const changes = createTableChanges();
    let now = 0;
    // Entries of 300 bytes (not text: kept as they are) take 300 + 512 bytes of room: three fit in 3000.
    const cache = createPageCache({ enabled: true, maxBytes: 3000, ttlMs: 1000, changes, clock: () => new Date(now) });
    const body = Buffer.alloc(300, "a");
    const tracker = cache.begin(true);
    tracker.tables!.add("pages");
    changes.announce(["pages"]);
    await cache.put("k1", tracker, { headers: {}, body, etag: "e", statsTags: null, keepMs: null });
    assert.equal(await cache.get("k1"), undefined, "rendered from data that changed meanwhile");
    const other = cache.begin(true);
    other.tables!.add("pages");
    changes.announce(["services"]);
    await cache.put("k2", other, { headers: {}, body, etag: "e", statsTags: null, keepMs: null });
    assert.ok(await cache.get("k2"), "a change to another table does not matter");
    for (const k of ["k3", "k4", "k5"]) {
      const tr = cache.begin(true);
      tr.tables!.add("pages");
      await cache.put(k, tr, { headers: {}, body: Buffer.alloc(300, k), etag: k, statsTags: null, keepMs: null });
    }
    assert.deepEqual(cache.size, { pages: 3, bytes: 3 * 812 });
    assert.equal(await cache.get("k2"), undefined, "the oldest went first");
    assert.ok(await cache.get("k5"));
    const big = cache.begin(true);
    await cache.put("huge", big, { headers: {}, body: Buffer.alloc(1000), etag: "h", statsTags: null, keepMs: null });
    assert.equal(await cache.get("huge"), undefined, "an answer larger than a quarter of the room is not kept");
    const brief = cache.begin(true);
    brief.tables!.add("pages");
    await cache.put("brief", brief, { headers: {}, body, etag: "b", statsTags: null, keepMs: 300 });
    now = 299;
    assert.ok(await cache.get("brief"), "a page kept briefly is served within its time");
    now = 300;
    assert.equal(await cache.get("brief"), undefined, "a page kept briefly is dropped after its own time");
    assert.ok(await cache.get("k5"), "while the others last the cache's time");
    now = 1000;
    assert.equal(await cache.get("k5"), undefined, "too old");
    await cache.close();
  });

  it("compresses and keeps a page asked for by many readers at once only once, and keeps it again later", async () => {
    const changes = createTableChanges();
    const cache = createPageCache({ enabled: true, maxBytes: 10_000_000, ttlMs: 60_000, changes, clock: () => new Date(0) });
    const html = (n: number) => ({ headers: { "content-type": "text/html; charset=utf-8" }, body: Buffer.from(`<p>render ${n}</p>`.repeat(2000)), etag: `e${n}`, statsTags: null, keepMs: null });
    const rendered = (n: number) => {
      const tr = cache.begin(true);
      tr.tables!.add("pages");
      return cache.put("busy", tr, html(n));
    };
    // Fifty readers missed the page at once; each rendering is handed over while the first is compressed.
    await Promise.all(Array.from({ length: 50 }, (_, i) => rendered(i)));
    assert.equal((await cache.get("busy"))?.etag, "e0", "the first rendering is kept; the others were not compressed again");
    changes.announce(["pages"]);
    assert.equal(await cache.get("busy"), undefined);
    await rendered(50);
    assert.equal((await cache.get("busy"))?.etag, "e50", "once kept, the page is kept again after a change");
    await cache.close();
  });
});

/** Kept pages are compressed on the thread pool after the answer: give it a moment. */
function settle(ms = 400) {
  return new Promise((r) => setTimeout(r, ms));
}

