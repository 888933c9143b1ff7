import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, secondInstance, type TestApp } from "../../../tests/support/app.ts";
import { buildPage, buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";
import { buildApp } from "../../app.ts";
import { loadConfig } from "../../config.ts";
import { openDatabase } from "../../db/database.ts";
import { seedDemoStories } from "../../demo/seed.ts";
import { CRISIS_REFRESH_MS } from "./crisis.cache.ts";

const REDIS_URL = "redis://127.0.0.1:6379";

/** The banner's region on a page, or null. */
function banner(html: string): string | null {
  const m = /<div class="crisis-banner[^"]*" role="region" aria-label="[^"]+" data-crisis-banner[^>]*>[\s\S]*?<\/a><\/div><\/div>/.exec(html);
  return m ? m[0] : null;
}

const switchOnForm = (overrides: Record<string, string> = {}) => ({
  headline: "Attack in the city centre",
  message: "Stay away from the area. Verified helplines are open.",
  severity: "critical",
  country: "",
  helplines: "- Victim helpline: **+1 555 0100** (24 hours)",
  missing_persons: "Call the police family line on +1 555 0199.",
  consular: "",
  get_help: "",
  ...overrides,
});

async function eventually(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
}

describe("crisis mode", () => {
  let t: TestApp;
  let admin: Client;
  let slug: string;
  let storyPath: string;

  before(async () => {
    t = await createTestApp({ seed: true });
    admin = await signIn(t, await buildStaff(t, { roles: ["admin"] }));
    slug = (await buildPage(t, { locales: { en: { title: "Your rights" } } })).slug;
    await seedDemoStories(t.db, t.app.services);
    const list = await new Client(t.app).get("/en/stories");
    storyPath = /href="(\/en\/stories\/[0-9a-f-]{36})"/.exec(list.body)![1]!;
  });
  after(async () => t.close());

  it("shows no banner when off, and /crisis answers an honest, unindexed 'no current incident' page", async () => {
    const home = await new Client(t.app).get("/en/");
    assert.equal(banner(home.body), null);
    const page = await new Client(t.app).get("/en/crisis");
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers["cache-control"], "no-cache");
    assert.match(page.body, /<h1>No current incident notice<\/h1>/);
    assert.match(page.body, /<meta name="robots" content="noindex, nofollow"\/>/);
  });

  it("lets only admins reach the crisis controls", async () => {
    const anonymous = await new Client(t.app).get("/en/admin/crisis");
    assert.equal(anonymous.statusCode, 303);
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    assert.equal((await editor.get("/en/admin/crisis")).statusCode, 403);
    const post = await editor.post("/en/admin/crisis", switchOnForm(), { formPage: "/en/admin" });
    assert.equal(post.statusCode, 403);
    assert.equal(banner((await new Client(t.app).get("/en/")).body), null);
    const nav = await admin.get("/en/admin");
    assert.match(nav.body, /href="\/en\/admin\/crisis">Crisis mode</);
  });

  it("keeps the answers and links each error when the headline and message are empty", async () => {
    const res = await admin.post("/en/admin/crisis", switchOnForm({ headline: "", message: " ", helplines: "Kept text" }), { formPage: "/en/admin/crisis" });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<title>Error: Crisis mode/);
    assert.match(res.body, /href="#field-headline">Enter a headline</);
    assert.match(res.body, /href="#field-message">Enter a short message</);
    assert.match(res.body, /Kept text<\/textarea>/);
    assert.equal(banner((await new Client(t.app).get("/en/")).body), null);
  });

  it("switches on with one short form: a labelled banner on every page type and the incident page, no-cache", async () => {
    const res = await admin.post("/en/admin/crisis", switchOnForm(), { formPage: "/en/admin/crisis" });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, "/en/admin/crisis");
    const reader = new Client(t.app);
    for (const path of ["/en/", `/en/info/${slug}`, "/en/services", storyPath, "/en/no-such-page"]) {
      const page = await reader.get(path);
      const b = banner(page.body);
      assert.ok(b, `banner on ${path}`);
      assert.match(b!, /aria-label="Incident notice"/);
      assert.match(b!, /Attack in the city centre/);
      assert.match(b!, /<a class="crisis-banner-link" href="\/en\/crisis">/);
      assert.doesNotMatch(b!, /role="alert"|<button/, "no alert stealing focus, nothing to dismiss");
      // Right after the quick-exit bar, before the header.
      assert.ok(page.body.indexOf("data-crisis-banner") > page.body.indexOf("data-exit-this-page"));
      assert.ok(page.body.indexOf("data-crisis-banner") < page.body.indexOf('<header class="site-header">'));
      assert.match(String(page.headers["cache-control"]), /no-cache|no-store|max-age=0, must-revalidate/, `${path} is revalidated by browsers, so the banner shows on the next visit`);
    }
    const incident = await reader.get("/en/crisis");
    assert.equal(incident.statusCode, 200);
    assert.match(String(incident.headers["cache-control"]), /no-cache|max-age=0, must-revalidate/);
    assert.match(incident.body, /<h1>Attack in the city centre<\/h1>/);
    assert.match(incident.body, /<h2 id="crisis-helplines">Verified helplines<\/h2>/);
    assert.match(incident.body, /<strong>\+1 555 0100<\/strong>/, "Markdown through the sanitiser");
    assert.match(incident.body, /Reporting a missing person/);
    assert.doesNotMatch(incident.body, /Consular contacts/, "empty sections are left out");
    // Staff pages do not carry the public banner.
    assert.equal(banner((await admin.get("/en/admin/crisis")).body), null);
  });

  it("shows the reader's language when written, else the original marked with lang and dir", async () => {
    const ar = await new Client(t.app).get("/ar/");
    assert.match(banner(ar.body)!, /<div class="crisis-banner-text" lang="en" dir="ltr">/);
    const arIncident = await new Client(t.app).get("/ar/crisis");
    assert.match(arIncident.body, /<h1 lang="en" dir="ltr">Attack in the city centre<\/h1>/);
    const save = await admin.post(
      "/en/admin/crisis/text/ar",
      { headline: "هجوم في وسط المدينة", message: "ابتعدوا عن المنطقة.", helplines: "", missing_persons: "", consular: "", get_help: "" },
      { formPage: "/en/admin/crisis/text/ar" },
    );
    assert.equal(save.statusCode, 303);
    const ar2 = await new Client(t.app).get("/ar/");
    assert.match(banner(ar2.body)!, /<div class="crisis-banner-text"><strong class="crisis-banner-headline">هجوم في وسط المدينة<\/strong>/);
    const arIncident2 = await new Client(t.app).get("/ar/crisis");
    assert.match(arIncident2.body, /<h1>هجوم في وسط المدينة<\/h1>/);
    // A section not written in Arabic falls back to the original, marked.
    assert.match(arIncident2.body, /<div dir="ltr"><div class="prose" lang="en">/);
    const zh = await new Client(t.app).get("/zh/");
    assert.match(banner(zh.body)!, /lang="en" dir="ltr"/);
  });

  it("audits every change and keeps every notice in the history", async () => {
    await admin.post("/en/admin/crisis", switchOnForm({ headline: "Second incident", severity: "serious" }), { formPage: "/en/admin/crisis" });
    const page = await admin.get("/en/admin/crisis");
    assert.match(page.body, /Second incident/);
    assert.match(page.body, /Attack in the city centre/, "the replaced notice is kept");
    const rows = await t.db.kysely.selectFrom("audit_log").select(["action", "details"]).where("action", "like", "crisis.%").orderBy("at").execute();
    assert.deepEqual(
      rows.map((r) => r.action),
      ["crisis.on", "crisis.text", "crisis.off", "crisis.on"],
    );
    const notices = await t.db.kysely.selectFrom("crisis_notices").select(["active"]).execute();
    assert.equal(notices.length, 2);
    assert.equal(notices.filter((n) => Number(n.active) === 1).length, 1);
  });

  it("switches off: the banner is gone, /crisis says there is no current incident, and the change is audited", async () => {
    const id = (await t.db.kysely.selectFrom("crisis_notices").select("id").where("active", "=", 1).executeTakeFirstOrThrow()).id;
    const res = await admin.post("/en/admin/crisis/off", { notice: id }, { formPage: "/en/admin/crisis" });
    assert.equal(res.statusCode, 303);
    assert.equal(banner((await new Client(t.app).get("/en/")).body), null);
    assert.match((await new Client(t.app).get("/es/crisis")).body, /No hay ningún aviso de incidente en curso/);
    const flash = await admin.get("/en/admin/crisis");
    assert.match(flash.body, /Crisis mode is off: the banner has been removed/);
    const last = await t.db.kysely.selectFrom("audit_log").select(["action", "target_id"]).where("action", "like", "crisis.%").orderBy("at", "desc").orderBy("id").execute();
    assert.ok(last.some((r) => r.action === "crisis.off" && r.target_id === id));
  });
});

describe("crisis mode across app instances", () => {
  it("reaches another instance within the refresh window, without reading the database on every request", async () => {
    const t = await createTestApp();
    const other = await secondInstance(t);
    try {
      const admin = await signIn(t, await buildStaff(t, { roles: ["admin"] }));
      assert.equal(banner((await other.app.inject({ url: "/en/" })).body), null);
      await admin.post("/en/admin/crisis", switchOnForm(), { formPage: "/en/admin/crisis" });
      // The instance that made the change shows it at once.
      assert.ok(banner((await t.app.inject({ url: "/fr/" })).body));
      // The other trusts its copy until it is CRISIS_REFRESH_MS old: no read per request.
      other.clock.now = new Date(other.clock.now.getTime() + CRISIS_REFRESH_MS - 100);
      assert.equal(banner((await other.app.inject({ url: "/en/" })).body), null);
      other.clock.now = new Date(other.clock.now.getTime() + 200);
      assert.ok(banner((await other.app.inject({ url: "/en/" })).body), "shown within two seconds");
      // Off, the same way.
      const id = (await t.db.kysely.selectFrom("crisis_notices").select("id").executeTakeFirstOrThrow()).id;
      await admin.post("/en/admin/crisis/off", { notice: id }, { formPage: "/en/admin/crisis" });
      other.clock.now = new Date(other.clock.now.getTime() + CRISIS_REFRESH_MS);
      assert.equal(banner((await other.app.inject({ url: "/en/" })).body), null);
    } finally {
      await other.close();
      await t.close();
    }
  });

  it("reaches another instance at once through Redis publish/subscribe", async () => {
    const t = await createTestApp({ env: { REDIS_URL } });
    const other = await secondInstance(t, { REDIS_URL });
    try {
      const admin = await signIn(t, await buildStaff(t, { roles: ["admin"] }));
      assert.equal(banner((await other.app.inject({ url: "/en/" })).body), null);
      await admin.post("/en/admin/crisis", switchOnForm(), { formPage: "/en/admin/crisis" });
      // The other instance's clock does not move: only the announcement can make it re-read.
      const shown = await eventually(async () => banner((await other.app.inject({ url: "/en/" })).body) !== null, 1500);
      assert.ok(shown, "shown at once through Redis");
      const id = (await t.db.kysely.selectFrom("crisis_notices").select("id").executeTakeFirstOrThrow()).id;
      await admin.post("/en/admin/crisis/off", { notice: id }, { formPage: "/en/admin/crisis" });
      const gone = await eventually(async () => banner((await other.app.inject({ url: "/en/" })).body) === null, 1500);
      assert.ok(gone, "removed at once through Redis");
    } finally {
      await other.close();
      await t.close();
    }
  });

  it("keeps working, within the refresh window, when Redis cannot be reached", async () => {
    const unreachable = "redis://127.0.0.1:1";
    const t = await createTestApp({ env: { REDIS_URL: unreachable } });
    const other = await secondInstance(t, { REDIS_URL: unreachable });
    try {
      const admin = await signIn(t, await buildStaff(t, { roles: ["admin"] }));
      const started = Date.now();
      const res = await admin.post("/en/admin/crisis", switchOnForm(), { formPage: "/en/admin/crisis" });
      assert.equal(res.statusCode, 303);
      assert.ok(Date.now() - started < 1500, "switching on does not wait for Redis");
      assert.ok(banner((await t.app.inject({ url: "/en/" })).body));
      other.clock.now = new Date(other.clock.now.getTime() + CRISIS_REFRESH_MS);
      assert.ok(banner((await other.app.inject({ url: "/en/" })).body), "the poll still carries it");
    } finally {
      await other.close();
      await t.close();
    }
  });
});
