import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../support/app.ts";
import { buildStaff, signIn } from "../support/factories.ts";
import { Client } from "../support/http.ts";
import { PUBLIC_DIR, prepareStaticDir } from "../../src/web/assets.ts";

describe("the remaining routes, the sitemap and maintenance", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ seed: true });
  });
  after(() => t.close());

  it("serves robots.txt, the icon and fingerprinted, compressed static files cached for a year", async () => {
    const robots = await t.app.inject("/robots.txt");
    assert.match(robots.body, /Disallow: \/\*\/admin/);
    const fav = await t.app.inject("/favicon.ico");
    assert.equal(fav.statusCode, 301);
    const home = await t.app.inject("/en/");
    const css = /href="(\/static\/app\.css\?v=[0-9a-f]+)"/.exec(home.body)?.[1];
    assert.ok(css);
    const r = await t.app.inject({ url: css, headers: { "accept-encoding": "gzip" } });
    assert.equal(r.statusCode, 200);
    assert.equal(r.headers["cache-control"], "public, max-age=31536000, immutable");
    assert.equal(r.headers["content-encoding"], "gzip");
    assert.equal((await t.app.inject("/static/../package.json")).statusCode, 404);
  });

  it("sends text assets compressed ahead of time, in the best encoding the browser takes", async () => {
    const original = readFileSync(path.join(PUBLIC_DIR, "app.css"));
    const br = await t.app.inject({ url: "/static/app.css", headers: { "accept-encoding": "gzip, deflate, br" } });
    assert.equal(br.headers["content-encoding"], "br");
    assert.match(String(br.headers.vary), /accept-encoding/i);
    assert.match(String(br.headers["content-type"]), /^text\/css/);
    assert.ok(brotliDecompressSync(br.rawPayload).equals(original));
    assert.ok(br.rawPayload.length < original.length / 3, `brotli ${br.rawPayload.length} of ${original.length} bytes`);
    const gz = await t.app.inject({ url: "/static/app.js", headers: { "accept-encoding": "gzip" } });
    assert.equal(gz.headers["content-encoding"], "gzip");
    assert.ok(gunzipSync(gz.rawPayload).equals(readFileSync(path.join(PUBLIC_DIR, "app.js"))));
    const plain = await t.app.inject({ url: "/static/app.css" });
    assert.equal(plain.headers["content-encoding"], undefined);
    assert.ok(plain.rawPayload.equals(original));
    // Made once, under DATA_DIR, beside each original: nothing is compressed per request.
    const { root, preCompressed } = prepareStaticDir(t.config.dataDir);
    assert.equal(preCompressed, true);
    assert.ok(root.startsWith(t.config.dataDir));
    assert.ok(existsSync(path.join(root, "app.css.br")) && existsSync(path.join(root, "app.css.gz")));
    assert.equal(existsSync(path.join(root, "og-default.png.br")), false);
  });

  it("compresses pages and keeps them small", async () => {
    const r = await t.app.inject({ url: "/en/", headers: { "accept-encoding": "br, gzip" } });
    assert.ok(["br", "gzip"].includes(String(r.headers["content-encoding"])));
    assert.ok(r.rawPayload.length < 40_000, `home page is ${r.rawPayload.length} bytes compressed`);
  });

  it("takes feedback on news items too", async () => {
    const client = new Client(t.app);
    const res = await client.post("/ru/news/international-day-2026/feedback", { useful: "yes" }, { formPage: "/ru/news/international-day-2026" });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, "/ru/news/international-day-2026#feedback-title");
  });

  it("shows a staff member their account", async () => {
    const staff = await buildStaff(t, { roles: ["focal_point"], countries: ["ML"] });
    const client = await signIn(t, staff, "fr");
    const r = await client.get("/fr/admin/account");
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /ML/);
    assert.match(r.body, new RegExp(staff.email));
    assert.equal((await client.get("/fr/admin/content/new")).statusCode, 403, "focal points do not edit pages");
  });

  it("shows an item's language versions and saves its topic and audiences", async () => {
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const item = await t.db.kysely.selectFrom("content_items").select("id").where("slug", "=", "dealing-with-the-media").executeTakeFirstOrThrow();
    const page = await editor.get(`/zh/admin/content/${item.id}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /lang="ar" dir="rtl"/);
    const bad = await editor.post(`/zh/admin/content/${item.id}/meta`, { topic: "nonsense", sortOrder: "x" }, { formPage: `/zh/admin/content/${item.id}` });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#field-topic"/);
    const ok = await editor.post(`/zh/admin/content/${item.id}/meta`, { topic: "practical", audiences: ["victims"], sortOrder: "7" }, { formPage: `/zh/admin/content/${item.id}` });
    assert.equal(ok.statusCode, 303);
    const row = await t.db.kysely.selectFrom("content_items").selectAll().where("id", "=", item.id).executeTakeFirstOrThrow();
    assert.equal(row.topic, "practical");
    assert.equal(row.sort_order, 7);
    assert.equal((await editor.get("/zh/admin/content/not-a-uuid")).statusCode, 404);
    assert.equal((await editor.get(`/zh/admin/content/${item.id}/xx`)).statusCode, 404);
  });

  it("lets an admin re-enable an account and reset a lost second factor", async () => {
    const admin = await signIn(t, await buildStaff(t, { roles: ["admin"] }));
    const other = await buildStaff(t, { roles: ["admin"] });
    const form = `/en/admin/users/${other.id}`;
    await admin.post(`${form}/disable`, {}, { formPage: form });
    assert.equal((await admin.post(`${form}/enable`, {}, { formPage: form })).statusCode, 303);
    assert.equal((await admin.post(`${form}/reset-totp`, {}, { formPage: form })).statusCode, 303);
    const row = await t.db.kysely.selectFrom("users").selectAll().where("id", "=", other.id).executeTakeFirstOrThrow();
    assert.equal(row.disabled_at, null);
    assert.equal(row.totp_enabled_at, null);
    assert.equal(row.totp_secret, null);
    const self = await t.db.kysely.selectFrom("users").select("id").where("email", "like", "%").execute();
    assert.ok(self.length > 1);
  });

  it("lists every published page in all six languages with hreflang alternates", async () => {
    const r = await t.app.inject("/sitemap.xml");
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers["content-type"]), /application\/xml/);
    assert.match(r.body, /<loc>http:\/\/localhost:80\/zh\/info\/your-rights-as-a-victim<\/loc>/);
    assert.match(r.body, /hreflang="zh-Hans" href="http:\/\/localhost:80\/zh\/news\/international-day-2026"/);
    assert.match(r.body, /hreflang="x-default"/);
    const robots = await t.app.inject("/robots.txt");
    assert.match(robots.body, /Sitemap: http:\/\/localhost:80\/sitemap.xml/);
  });

  it("forgets expired sessions and publishes what is due", async () => {
    const { runMaintenance } = await import("../../src/jobs/maintenance.ts");
    const staff = await buildStaff(t);
    await signIn(t, staff);
    const count = async () => Number((await t.db.kysely.selectFrom("sessions").select((eb) => eb.fn.countAll().as("n")).where("user_id", "=", staff.id).executeTakeFirst())?.n);
    assert.equal(await count(), 1);
    t.clock.advance((t.config.sessionIdleMinutes + 1) * 60_000);
    const result = await runMaintenance(t.db, t.config, () => t.clock.now);
    assert.equal(result.published, 0);
    assert.equal(await count(), 0);
  });
});
