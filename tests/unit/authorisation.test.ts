import assert from "node:assert/strict";
import { createHash, randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import type { LightMyRequestResponse } from "fastify";
import sharp from "sharp";
import { createTestApp, type TestApp } from "../support/app.ts";
import { buildStaff, signIn } from "../support/factories.ts";
import { Client, csrfFrom } from "../support/http.ts";
import { seedDemoCampaigns, seedDemoEvents, seedDemoLearn, seedDemoLibrary, seedDemoSelfAssessment, seedDemoStories, seedDemoTributes, seedDemoVideos } from "../../src/demo/seed.ts";
import { listOutbox } from "../../src/jobs/outbox.ts";
import { can, ROLES, type Permission, type Role, type StaffUser } from "../../src/web/auth.ts";

/**
 * The authorisation matrix: every staff route of the real app (collected by the app's onRoute hook),
 * requested as an anonymous visitor and as each role, GET and POST, against a policy written down here
 * independently of the code. A staff route without an entry in POLICY fails the test: new routes must
 * be classified.
 */

type Identity = "anonymous" | Role;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
const IDENTITIES: Identity[] = ["anonymous", ...ROLES];

/** Who holds each permission: the intended policy, checked against src/web/auth.ts below. */
const WHO: Record<Permission, Role[]> = {
  "content.edit": ["admin", "editor"],
  "content.translate": ["admin", "editor", "translator"],
  "content.publish": ["admin", "editor"],
  "feedback.view": ["admin", "editor", "moderator"],
  "users.manage": ["admin"],
  "audit.view": ["admin"],
  "directory.edit": ["admin", "editor", "focal_point"],
  "directory.import": ["admin", "editor"],
  "directory.moderate": ["admin", "editor", "moderator"],
  "countries.edit": ["admin", "editor", "focal_point"],
  "countries.publish": ["admin", "editor"],
  "stories.moderate": ["admin", "moderator"],
  "stories.translate": ["admin", "editor", "translator"],
  "videos.manage": ["admin", "editor"],
  "newsletter.send": ["admin", "editor"],
  "outbox.view": ["admin"],
  "crisis.manage": ["admin"],
  "tributes.moderate": ["admin", "moderator"],
  "campaigns.manage": ["admin", "editor"],
  "events.manage": ["admin", "editor"],
  "library.manage": ["admin", "editor"],
  "library.submit": ["translator"],
  "learn.manage": ["admin", "editor"],
  "statistics.view": ["admin", "editor"],
};

/**
 * What a route needs: "staff" (anyone signed in to the staff area) or any one of some permissions.
 * `refused` is how a refusal looks where the house hides existence (404) or answers with the form (400);
 * `anonymous` likewise for visitors ("login" = a redirect to the sign-in page).
 */
interface Need {
  anyOf: Permission[] | "staff";
  refused?: 403 | 404 | 400;
  anonymous?: "login" | 404;
  /** A minimal form for the POST (an empty one is refused as not found before the permission is known). */
  body?: Record<string, string>;
}
const staff: Need = { anyOf: "staff" };
const need = (...anyOf: Permission[]): Need => ({ anyOf });

/**
 * Route pattern → what it needs. "METHOD /path" or "/path" (both methods); a trailing "/*" covers the
 * path and everything under it. The most specific entry wins.
 */
const POLICY: Record<string, Need> = {
  "/:lang/admin": staff,
  "/:lang/admin/account/*": staff,
  "/:lang/admin/content": staff,
  "GET /:lang/admin/content/:id": staff,
  "/:lang/admin/content/new": need("content.edit"),
  "/:lang/admin/content/:id/meta": need("content.edit"),
  "/:lang/admin/content/:id/:locale/*": need("content.translate"),
  "/:lang/admin/content/:id/:locale/unpublish": need("content.publish"),
  "/:lang/admin/translations": need("content.translate"),
  "/:lang/admin/feedback/*": need("feedback.view"),
  "/:lang/admin/users/*": need("users.manage"),
  "/:lang/admin/audit": need("audit.view"),
  "/:lang/admin/statistics/*": need("statistics.view"),
  "/:lang/admin/directory": need("directory.edit", "directory.moderate"),
  "/:lang/admin/directory/*": need("directory.edit"),
  "/:lang/admin/directory/reports/*": need("directory.moderate"),
  "/:lang/admin/directory/import": need("directory.import"),
  "/:lang/admin/directory/export.json": need("directory.import"),
  "/:lang/admin/directory/export.zip": need("directory.import"),
  "/:lang/admin/countries/*": need("countries.edit"),
  "/:lang/admin/countries/:code/review": { anyOf: ["countries.publish"], body: { revision: "1", decision: "publish" } },
  "/:lang/admin/stories/*": need("stories.moderate"),
  "/:lang/admin/story-support/*": need("stories.moderate"),
  "/:lang/admin/story-translations/*": need("stories.translate"),
  "/:lang/admin/videos/*": need("videos.manage"),
  "/:lang/admin/library/*": need("library.manage", "library.submit"),
  "/:lang/admin/library/new": need("library.manage"),
  "POST /:lang/admin/library": need("library.manage"),
  "/:lang/admin/library/:id/version/delete": { anyOf: ["library.manage"], body: { in: "fr" } },
  "/:lang/admin/library/:id/status": { anyOf: ["library.manage"], body: { action: "publish" } },
  "/:lang/admin/events/*": need("events.manage"),
  "/:lang/admin/remembrance/*": need("events.manage"),
  "/:lang/admin/newsletter/*": need("newsletter.send"),
  "/:lang/admin/outbox/*": need("outbox.view"),
  "/:lang/admin/crisis/*": need("crisis.manage"),
  "/:lang/admin/tributes/*": need("tributes.moderate"),
  "/:lang/admin/campaigns/*": need("campaigns.manage"),
  "/:lang/admin/learn/*": need("learn.manage"),
  // A member of staff without a country to assess sees no assessment at all (not found); starting one is
  // refused on the form.
  "/:lang/self-assessment/:code/*": { anyOf: ["countries.edit"], refused: 404 },
  "POST /:lang/self-assessment/start": { anyOf: ["countries.edit"], refused: 400 },
  // Unpublished media: existence is hidden from everyone who may not manage it.
  "GET /media/videos/:id/:name": { anyOf: ["videos.manage"], refused: 404, anonymous: 404 },
  "GET /media/library/:id/:name": { anyOf: ["library.manage", "library.submit"], refused: 404, anonymous: 404 },
  "GET /media/learn/:lesson/:name": { anyOf: ["learn.manage"], refused: 404, anonymous: 404 },
};

/** The staff area's own sign-in pages: open to everyone by design (tested in src/features/admin-auth). */
const SIGN_IN_PAGES = new Set(["/:lang/admin/login", "/:lang/admin/login/totp", "/:lang/admin/logout", "/:lang/admin/password", "/:lang/admin/password/forgot"]);

/** Is this route part of the staff area (or staff-only)? Public pages that merely show staff more are not. */
function isStaffRoute(url: string): boolean {
  if (SIGN_IN_PAGES.has(url)) return false;
  return /^\/:lang\/admin(\/|$)/.test(url) || url.startsWith("/:lang/self-assessment/") || url.startsWith("/media/");
}

function policyFor(method: string, url: string): Need | undefined {
  let best: { need: Need; score: number } | undefined;
  for (const [key, value] of Object.entries(POLICY)) {
    const [m, p] = key.includes(" ") ? (key.split(" ") as [string, string]) : [undefined, key];
    if (m && m !== method) continue;
    const prefix = p.endsWith("/*") ? p.slice(0, -2) : null;
    const matches = prefix !== null ? url === prefix || url.startsWith(`${prefix}/`) : url === p;
    if (!matches) continue;
    const score = (prefix ?? p).length * 4 + (prefix === null ? 2 : 0) + (m ? 1 : 0);
    if (!best || score > best.score) best = { need: value, score };
  }
  return best?.need;
}

function allowedRoles(n: Need): Role[] {
  if (n.anyOf === "staff") return [...ROLES];
  return ROLES.filter((r) => (n.anyOf as Permission[]).some((p) => WHO[p].includes(r)));
}

/** Rows of every table but the ones that change when someone merely reads (sessions, counters). */
const VOLATILE = new Set(["sessions", "login_throttle", "stats_salts", "stats_visitor_hashes", "stats_days", "stats_pages", "stats_tags", "kysely_migration", "kysely_migration_lock"]);
async function tableDigests(t: TestApp): Promise<Map<string, string>> {
  const tables = (await t.db.kysely.introspection.getTables()).map((x) => x.name).filter((n) => !VOLATILE.has(n));
  const out = new Map<string, string>();
  for (const name of tables.sort()) {
    const rows = await t.db.kysely.selectFrom(name as "users").selectAll().execute();
    const lines = rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).sort();
    out.set(name, createHash("sha256").update(lines.join("\n")).digest("hex"));
  }
  return out;
}
function changedTables(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
}

const isLoginRedirect = (r: LightMyRequestResponse) => r.statusCode === 303 && /\/admin\/login$/.test(String(r.headers.location));

describe("authorisation: every staff route as every role", () => {
  let t: TestApp;
  const clients = new Map<Identity, Client>();
  const tokens = new Map<Identity, string>();
  let values: Record<string, string> = {};
  let routes: { method: string; url: string }[] = [];
  const focalCountry = "FR";
  const otherCountry = "ES";

  before(async () => {
    t = await createTestApp({ seed: true, outbox: true });
    const { storage, config, keys } = t.app.services;
    await seedDemoEvents(t.db);
    await seedDemoTributes(t.db);
    await seedDemoSelfAssessment(t.db);
    await seedDemoLearn(t.db);
    await seedDemoVideos(t.db, storage);
    await seedDemoStories(t.db, { storage, keys, config });
    await seedDemoCampaigns(t.db, { storage, config });
    await seedDemoLibrary(t.db, { storage, config });

    for (const role of ROLES) {
      const s = await buildStaff(t, { roles: [role], countries: role === "focal_point" ? [focalCountry] : [] });
      clients.set(role, await signIn(t, s));
    }
    clients.set("anonymous", new Client(t.app));
    for (const [who, c] of clients) {
      const token = csrfFrom((await c.get(who === "anonymous" ? "/en/admin/login" : "/en/admin/account")).body);
      assert.ok(token, `a CSRF token for ${who}`);
      tokens.set(who, token);
    }
    values = await realParams(t);
    routes = t.app.routeList.filter((r) => r.method !== "HEAD" && isStaffRoute(r.url));
  });
  after(() => t.close());

  /** Fills a route's parameters with real ids: the value for the address up to each parameter. */
  function fill(url: string): { path: string; missing: string[] } {
    const parts = url.split("/");
    const missing: string[] = [];
    const out = parts.map((seg, i) => {
      if (!seg.startsWith(":")) return seg;
      const key = parts.slice(0, i + 1).join("/");
      const v = values[key] ?? values[seg];
      if (v === undefined) missing.push(key);
      return v ?? randomUUID();
    });
    return { path: out.join("/"), missing };
  }

  it("states the same grants as src/web/auth.ts", () => {
    for (const role of ROLES) {
      const user: StaffUser = { id: "x", email: "x", name: "x", roles: [role], countries: [], totpEnabled: true, sessionIdHash: "x" };
      for (const [permission, roles] of Object.entries(WHO) as [Permission, Role[]][]) {
        assert.equal(can(user, permission), roles.includes(role), `${role} ${roles.includes(role) ? "should" : "should not"} hold ${permission}`);
      }
    }
  });

  it("classifies every staff route, and every entry of the policy is used", () => {
    assert.ok(routes.length > 150, `found ${routes.length} staff routes`);
    const unclassified = routes.filter((r) => !policyFor(r.method, r.url)).map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(unclassified, [], "staff routes without an entry in POLICY");
    const unfilled = routes.flatMap((r) => fill(r.url).missing);
    assert.deepEqual([...new Set(unfilled)], [], "parameters without a real value in realParams()");
    for (const key of Object.keys(POLICY)) {
      const used = routes.some((r) => policyFor(r.method, r.url) === POLICY[key]);
      assert.ok(used, `POLICY entry ${key} matches no route`);
    }
  });

  it("finds no route outside the staff area that sends visitors to the staff sign-in", async () => {
    const others = t.app.routeList.filter((r) => r.method !== "HEAD" && !isStaffRoute(r.url) && !SIGN_IN_PAGES.has(r.url));
    assert.ok(others.length > 100, `found ${others.length} other routes`);
    const visitor = new Client(t.app, {}, "10.6.6.6");
    const guarded: string[] = [];
    for (const r of others) {
      const { path } = fill(r.url);
      const res = r.method === "GET" ? await visitor.get(path) : await visitor.post(path, { _csrf: tokens.get("anonymous")! });
      if (isLoginRedirect(res)) guarded.push(`${r.method} ${r.url}`);
    }
    assert.deepEqual(guarded, [], "staff-only routes that isStaffRoute() does not know (so the matrix skips them)");
  });

  it("answers every staff page only to the roles allowed", async () => {
    const failures: string[] = [];
    for (const r of routes.filter((x) => x.method === "GET")) {
      const n = policyFor(r.method, r.url)!;
      const { path } = fill(r.url);
      const allowed = allowedRoles(n);
      for (const who of IDENTITIES) {
        const res = await clients.get(who)!.get(path);
        const s = res.statusCode;
        const where = `GET ${r.url} (${path}) as ${who}: ${s} ${res.headers.location ?? ""}`;
        if (who === "anonymous") {
          if ((n.anonymous ?? "login") === "login" ? !isLoginRedirect(res) : s !== n.anonymous) failures.push(where);
        } else if (allowed.includes(who)) {
          if (!(s === 200 || (s === 303 && !isLoginRedirect(res)))) failures.push(where);
        } else if (s !== (n.refused ?? 403)) failures.push(where);
      }
    }
    assert.deepEqual(failures, []);
  });

  it("keeps a focal point to their own country: another country's profile, services, proposals, assessments and suggestions are not found", async () => {
    const focal = clients.get("focal_point")!;
    const token = tokens.get("focal_point")!;
    const editor = clients.get("editor")!;
    const k = t.db.kysely;
    const own = { code: focalCountry.toLowerCase(), service: values["/:lang/admin/directory/services/:id"]!, proposal: values["/:lang/admin/directory/proposals/:id"]! };
    const otherService = await k.selectFrom("directory_services").select("service_id").where("country", "=", otherCountry).executeTakeFirstOrThrow();
    const started = await editor.post("/en/self-assessment/start", { country: otherCountry, year: "2026", _csrf: tokens.get("editor")! });
    assert.equal(started.statusCode, 303, "an editor starts an assessment of the other country");
    const other = {
      code: otherCountry.toLowerCase(),
      service: otherService.service_id,
      proposal: await proposal(t, otherCountry),
      assessment: String(started.headers.location).split("?")[0]!,
    };
    const ownAssessment = `/en/self-assessment/${values["/:lang/self-assessment/:code"]}/${values["/:lang/self-assessment/:code/:id"]}`;
    const pages = (c: typeof own) => [
      `/en/admin/countries/${c.code}`,
      `/en/admin/countries/${c.code}/section/rights`,
      `/en/admin/countries/${c.code}/schemes/new`,
      `/en/admin/directory/services/${c.service}`,
      `/en/admin/directory/proposals/${c.proposal}`,
    ];
    for (const page of [...pages(own), ownAssessment, `${ownAssessment}/report.csv`]) assert.equal((await focal.get(page)).statusCode, 200, `own: ${page}`);

    const before = await tableDigests(t);
    for (const page of [...pages(other), other.assessment, `${other.assessment}/report`, `${other.assessment}/report.csv`, `${other.assessment}/group/status`]) {
      assert.equal((await focal.get(page)).statusCode, 404, `other country: ${page}`);
    }
    const forms = [
      `/en/admin/countries/${other.code}/section/rights`,
      `/en/admin/countries/${other.code}/schemes/new`,
      `/en/admin/countries/${other.code}/revisions/1/restore`,
      `/en/admin/countries/${other.code}/review`,
      `/en/admin/directory/services/${other.service}`,
      `/en/admin/directory/services/${other.service}/verify`,
      `/en/admin/directory/services/${other.service}/publish`,
      `/en/admin/directory/services/${other.service}/hide`,
      `/en/admin/directory/proposals/${other.proposal}/approve`,
      `/en/admin/directory/proposals/${other.proposal}/reject`,
      `${other.assessment}/group/status`,
      `${other.assessment}/propose`,
    ];
    for (const form of forms) assert.equal((await focal.post(form, { _csrf: token })).statusCode, 404, `other country: POST ${form}`);
    assert.deepEqual(changedTables(before, await tableDigests(t)), [], "nothing changed");

    // Lists show only their own country.
    const list = await focal.get("/en/admin/directory");
    assert.ok(list.body.includes(own.service), "own services listed");
    assert.ok(!list.body.includes(other.service), "no other country's service listed");
    const proposals = await focal.get("/en/admin/directory/proposals");
    assert.ok(proposals.body.includes(own.proposal) && !proposals.body.includes(other.proposal), "only own proposals listed");
    const countries = await focal.get("/en/admin/countries");
    assert.match(countries.body, new RegExp(`/en/admin/countries/${own.code}"`));
    assert.doesNotMatch(countries.body, new RegExp(`/en/admin/countries/${other.code}"`));

    // Readers' suggestions for a country's profile are mailed to that country's focal points only.
    const focalEmail = (await k.selectFrom("users").innerJoin("user_roles", "user_roles.user_id", "users.id").select("email").where("role", "=", "focal_point").executeTakeFirstOrThrow()).email;
    const reader = new Client(t.app, {}, "10.7.7.7");
    for (const c of [own.code, other.code]) {
      const sent = await reader.post(`/en/countries/${c}/suggest`, { section: "rights", message: `News for ${c}.` }, { formPage: `/en/countries/${c}/suggest` });
      assert.equal(sent.statusCode, 303);
    }
    const to = (c: string) => t.mail.find((m) => m.text.startsWith(`News for ${c}.`))?.to ?? "";
    assert.ok(to(own.code).includes(focalEmail), "own country's suggestion reaches the focal point");
    assert.ok(!to(other.code).includes(focalEmail), "another country's suggestion does not");
  });

  it("answers 404 to a private story link with a wrong token or another story's files", async () => {
    const author = new Client(t.app, {}, "10.8.8.8");
    const shared = await author.postMultipart(
      "/en/stories/share",
      { title: "The garden", body: "This is the garden where we used to sit, before that night.", language: "en", country: "NO", year: "", attack: "", content_warning: "", naming: "anonymous", display_name: "", publish: "yes", translate: "no", quote: "no", email: "" },
      [{ name: "media", filename: "garden.jpg", type: "image/jpeg", content: await sharp({ create: { width: 320, height: 200, channels: 3, background: "#6aa84f" } }).jpeg().toBuffer() }],
      { formPage: "/en/stories/share" },
    );
    assert.equal(shared.statusCode, 303);
    const mine = String(shared.headers.location).split("?")[0]!;
    assert.match(mine, /^\/en\/stories\/mine\/[A-Za-z0-9_-]{43}$/);
    const page = await author.get(mine);
    assert.equal(page.statusCode, 200);
    const ownFile = new RegExp(`"(${mine}/media/[a-f0-9]{16}/[^" ]+)[" ]`).exec(page.body)?.[1];
    assert.ok(ownFile, "the author sees their photo");
    assert.equal((await author.get(ownFile)).statusCode, 200);
    const ownId = (await t.db.kysely.selectFrom("stories").select("id").orderBy("created_at", "desc").executeTakeFirstOrThrow()).id;
    // Another story's photo, through this story's link and this story's public address.
    const dir = values["/:lang/admin/stories/:id/media/:dir"]!;
    const name = values["/:lang/admin/stories/:id/media/:dir/:name"]!;
    assert.equal((await author.get(`${mine}/media/${dir}/${name}`)).statusCode, 404);
    assert.equal((await author.get(`/en/stories/${ownId}/media/${dir}/${name}`)).statusCode, 404);
    // A wrong token: every page and form of the private link.
    const wrong = `/en/stories/mine/${"x".repeat(43)}`;
    const csrf = csrfFrom((await author.get(`${mine}/edit`)).body)!;
    const before = await tableDigests(t);
    for (const page of [wrong, `${wrong}/edit`, `${wrong}/consent`, `${wrong}/withdraw`, `${wrong}/media/${dir}/${name}`]) assert.equal((await author.get(page)).statusCode, 404, page);
    for (const form of [`${wrong}/edit`, `${wrong}/consent`, `${wrong}/withdraw`, `${wrong}/undo`, `${wrong}/media/remove`]) assert.equal((await author.post(form, { _csrf: csrf })).statusCode, 404, form);
    assert.deepEqual(changedTables(before, await tableDigests(t)), [], "nothing changed");
  });

  it("lets a translator change a draft publication but not a published one", async () => {
    const translator = clients.get("translator")!;
    const csrf = tokens.get("translator")!;
    const published = await t.db.kysely.selectFrom("library_works").select("id").where("status", "=", "published").executeTakeFirstOrThrow();
    const before = await tableDigests(t);
    const text = await translator.post(`/en/admin/library/${published.id}`, { in: "es", title: "Otro título", summary: "Otro resumen.", _csrf: csrf });
    assert.equal(text.statusCode, 403);
    const file = await translator.postMultipart(`/en/admin/library/${published.id}/file?in=en`, { in: "en", _csrf: csrf }, [{ name: "file", filename: "a.pdf", type: "application/pdf", content: PDF }]);
    assert.equal(file.statusCode, 403);
    assert.deepEqual(changedTables(before, await tableDigests(t)), [], "nothing changed");
    const draft = values["/:lang/admin/library/:id"]!;
    const saved = await translator.post(`/en/admin/library/${draft}`, { in: "es", title: "Manual", summary: "Resumen.", _csrf: csrf });
    assert.equal(saved.statusCode, 303);
    const upload = await translator.postMultipart(`/en/admin/library/${draft}/file?in=es`, { in: "es", _csrf: csrf }, [{ name: "file", filename: "a.pdf", type: "application/pdf", content: PDF }]);
    assert.ok([303, 400].includes(upload.statusCode), `a draft's file is taken or answered with its error: ${upload.statusCode}`);
  });

  it("refuses every staff form to the roles not allowed, changing nothing, and takes it from the roles allowed", async (ctx) => {
    const failures: string[] = [];
    const posts = routes.filter((x) => x.method === "POST");
    const refuse = async (r: { method: string; url: string }) => {
      const n = policyFor(r.method, r.url)!;
      const allowed = allowedRoles(n);
      for (const who of IDENTITIES.filter((w) => w === "anonymous" || !allowed.includes(w))) {
        const res = await clients.get(who)!.post(fill(r.url).path, { ...n.body, _csrf: tokens.get(who)! });
        const s = res.statusCode;
        const bad = who === "anonymous" ? ((n.anonymous ?? "login") === "login" ? !isLoginRedirect(res) : s !== n.anonymous) : s !== (n.refused ?? 403);
        if (bad) failures.push(`POST ${r.url} as ${who}: ${s} ${res.headers.location ?? ""}`);
      }
    };
    // Refused forms first, all of them: the database must be the same afterwards, row for row.
    const before = await tableDigests(t);
    for (const r of posts) await refuse(r);
    const changed = changedTables(before, await tableDigests(t));
    if (changed.length) {
      // Find the culprits (refusing again is harmless when it works).
      for (const r of posts) {
        const d = await tableDigests(t);
        await refuse(r);
        const c = changedTables(d, await tableDigests(t));
        if (c.length) failures.push(`POST ${r.url} refused, yet changed ${c.join(", ")}`);
      }
      failures.push(`refused forms changed ${changed.join(", ")}`);
    }
    // Then the roles allowed: a minimal form is taken or answered with its errors, never refused. Forms
    // that delete or disable go last, so the others still find what they act on.
    const destructive = (u: string) => /\/(delete|disable|remove|hide|off|reset-totp)$/.test(u);
    const answers = new Map<number, number>();
    const notFound = new Set<string>();
    for (const r of [...posts].sort((a, b) => Number(destructive(a.url)) - Number(destructive(b.url)))) {
      const n = policyFor(r.method, r.url)!;
      const { path } = fill(r.url);
      for (const who of allowedRoles(n)) {
        const res = await clients.get(who)!.post(path, { ...n.body, _csrf: tokens.get(who)! });
        const s = res.statusCode;
        if (s === 401 || s === 403 || isLoginRedirect(res) || s >= 500) failures.push(`POST ${r.url} (${path}) as allowed ${who}: ${s}`);
        answers.set(s, (answers.get(s) ?? 0) + 1);
        if (s === 404) notFound.add(`${r.url} as ${who}`);
      }
    }
    ctx.diagnostic(`allowed roles' answers: ${[...answers].map(([k, n]) => `${k}×${n}`).join(" ")}`);
    ctx.diagnostic(`not found to an allowed role (a minimal form names nothing to act on): ${[...notFound].join(", ")}`);
    assert.deepEqual(failures, []);
  });
});

/** Real values for the routes' parameters, keyed by the route address up to the parameter (or its name). */
async function realParams(t: TestApp): Promise<Record<string, string>> {
  const k = t.db.kysely;
  const v: Record<string, string> = { ":lang": "en", ":locale": "en" };
  const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
  const A = "/:lang/admin";

  const item = await k.selectFrom("content_items").select("id").where("slug", "=", "dealing-with-the-media").executeTakeFirstOrThrow();
  v[`${A}/content/:id`] = item.id;
  const tr = await k.selectFrom("content_translations").select("id").where("item_id", "=", item.id).where("locale", "=", "en").executeTakeFirstOrThrow();
  const rev = await k.selectFrom("content_revisions").select("id").where("translation_id", "=", tr.id).executeTakeFirst();
  if (rev) v[`${A}/content/:id/:locale/revisions/:rev`] = rev.id;

  // A reader's feedback, a proposal and a report, sent through the public forms.
  const visitor = new Client(t.app);
  await visitor.post("/en/info/dealing-with-the-media/feedback", { useful: "no", comment: "More on press." }, { formPage: "/en/info/dealing-with-the-media" });
  v[`${A}/feedback/:id`] = item.id;

  const target = await buildStaff(t, { roles: ["translator"] });
  v[`${A}/users/:id`] = target.id;

  const service = await k.selectFrom("directory_services").select("service_id as id").where("country", "=", "FR").where("state", "=", "published").executeTakeFirstOrThrow();
  v[`${A}/directory/services/:id`] = service.id;
  v[`${A}/directory/proposals/:id`] = await proposal(t, "FR");
  await visitor.post(`/en/services/${service.id}/report`, { problem: "closed", details: "It moved." }, { formPage: `/en/services/${service.id}/report` });
  const report = await k.selectFrom("directory_reports").select("id").executeTakeFirst();
  if (report) v[`${A}/directory/reports/:id`] = report.id;

  v[`${A}/countries/:code`] = "fr";
  const crev = await k.selectFrom("country_revisions").select(["number", "document"]).where("code", "=", "FR").orderBy("number", "desc").executeTakeFirstOrThrow();
  v[`${A}/countries/:code/revisions/:n`] = String(crev.number);
  v[`${A}/countries/:code/section/:section`] = "rights";
  const scheme = (JSON.parse(crev.document) as { schemes?: { id: string }[] }).schemes?.[0]?.id;
  if (scheme) v[`${A}/countries/:code/schemes/:id`] = scheme;

  const story = await k.selectFrom("stories").select("id").executeTakeFirstOrThrow();
  v[`${A}/stories/:id`] = story.id;
  const media = await k.selectFrom("story_media").select(["story_id", "files"]).executeTakeFirst();
  if (media) {
    const key = (JSON.parse(media.files) as { key: string }[])[0]?.key ?? "";
    const [dir, name] = key.split("/").slice(-2);
    if (dir && name) Object.assign(v, { [`${A}/stories/:id`]: media.story_id, [`${A}/stories/:id/media/:dir`]: dir, [`${A}/stories/:id/media/:dir/:name`]: name });
  }
  const translatable = await k.selectFrom("stories").select(["id", "language"]).where("status", "=", "approved").where("consent_publish", "=", 1).where("consent_translate", "=", 1).executeTakeFirstOrThrow();
  await visitor.post(`/en/stories/${translatable.id}/support`, { name: "A reader", message: "Thank you for sharing this." }, { formPage: `/en/stories/${translatable.id}` });
  const support = await k.selectFrom("story_support_messages").select("id").executeTakeFirstOrThrow();
  v[`${A}/story-support/:id`] = String(support.id);
  Object.assign(v, { [`${A}/story-translations/:id`]: translatable.id, [`${A}/story-translations/:id/:locale`]: translatable.language === "fr" ? "es" : "fr" });

  const series = await k.selectFrom("video_series").select("id").executeTakeFirstOrThrow();
  v[`${A}/videos/series/:id`] = series.id;
  const episode = await k.selectFrom("video_episodes").select(["id", "video_key"]).executeTakeFirstOrThrow();
  v[`${A}/videos/episodes/:id`] = episode.id;

  // A work in draft: translators change drafts only (a published work is tested below).
  const work = await k.selectFrom("library_works").select("id").executeTakeFirstOrThrow();
  await k.updateTable("library_works").set({ status: "draft" }).where("id", "=", work.id).execute();
  v[`${A}/library/:id`] = work.id;

  const event = await k.selectFrom("events").select("id").executeTakeFirstOrThrow();
  v[`${A}/events/:id`] = event.id;
  const year = await k.selectFrom("remembrance_years").select("year").executeTakeFirstOrThrow();
  v[`${A}/remembrance/:year`] = String(year.year);
  const tribute = await k.selectFrom("tributes").select("id").executeTakeFirstOrThrow();
  v[`${A}/tributes/:id`] = String(tribute.id);
  v[`${A}/crisis/text/:locale`] = "en";
  const news = await k.selectFrom("content_items").select("id").where("kind", "=", "news").executeTakeFirstOrThrow();
  const issue = await editor.post("/en/admin/newsletter/new", { language: "en", topic: "news", subject: "August", intro: "Dear readers.", items: [news.id] }, { formPage: "/en/admin/newsletter/new" });
  assert.equal(issue.statusCode, 303, "a newsletter issue");
  v[`${A}/newsletter/issues/:id`] = String(issue.headers.location).split("/").pop()!;
  // A reader's suggestion, written to the development outbox.
  await visitor.post("/en/countries/fr/suggest", { section: "rights", message: "A new law." }, { formPage: "/en/countries/fr/suggest" });
  const mail = await listOutbox(t.config.dataDir);
  assert.ok(mail[0], "a message in the outbox");
  v[`${A}/outbox/:name`] = mail[0].name;

  const campaign = await k.selectFrom("campaigns").select("id").executeTakeFirstOrThrow();
  v[`${A}/campaigns/:id`] = campaign.id;
  const image = await k.selectFrom("campaign_images").selectAll().where("campaign_id", "=", campaign.id).executeTakeFirst();
  if (image) {
    v[`${A}/campaigns/:id/images/:imageId`] = image.id;
    const key = (JSON.parse(image.variants) as { key: string }[])[0]?.key ?? "";
    v[`${A}/campaigns/:id/images/:file`] = key.split("/").pop() ?? "";
  }

  const course = await k.selectFrom("learn_courses").select("id").where("status", "=", "published").executeTakeFirstOrThrow();
  v[`${A}/learn/:id`] = course.id;
  const mod = await k.selectFrom("learn_modules").select("id").where("course_id", "=", course.id).executeTakeFirstOrThrow();
  v[`${A}/learn/:id/modules/:module`] = mod.id;
  const quiz = await k.selectFrom("learn_quizzes").select("module_id").where("module_id", "in", k.selectFrom("learn_modules").select("id").where("course_id", "=", course.id)).executeTakeFirstOrThrow();
  // A quiz is addressed by its module's number.
  const order = await k.selectFrom("learn_modules").select("id").where("course_id", "=", course.id).orderBy("position").execute();
  v[`${A}/learn/:id/quiz/:module`] = String(order.findIndex((m) => m.id === quiz.module_id) + 1);
  const lesson = await k.selectFrom("learn_lessons").select("id").where("module_id", "=", mod.id).executeTakeFirstOrThrow();
  v[`${A}/learn/:id/lessons/:lesson`] = lesson.id;

  const assessment = await k.selectFrom("self_assessments").select(["id", "country"]).executeTakeFirstOrThrow();
  v["/:lang/self-assessment/:code"] = assessment.country.toLowerCase();
  v["/:lang/self-assessment/:code/:id"] = assessment.id;
  v["/:lang/self-assessment/:code/:id/group/:group"] = "status";

  // Staff-only media: the files of an unpublished episode, publication and course.
  await k.updateTable("video_episodes").set({ status: "draft" }).where("id", "=", episode.id).execute();
  v["/media/videos/:id"] = episode.id;
  v["/media/videos/:id/:name"] = "captions-en.vtt";
  const draftWork = await k.selectFrom("library_versions").select(["id", "file_key"]).where("work_id", "<>", work.id).where("file_key", "is not", null).executeTakeFirstOrThrow();
  await k.updateTable("library_works").set({ status: "draft" }).where("id", "=", k.selectFrom("library_versions").select("work_id").where("id", "=", draftWork.id)).execute();
  v["/media/library/:id"] = draftWork.id;
  v["/media/library/:id/:name"] = draftWork.file_key!.split("/").pop()!;
  // The demo's one course with lessons, taken back to draft once it has a handout.
  const up = await editor.postMultipart(`/en/admin/learn/${course.id}/lessons/${lesson.id}/material`, { in: "en" }, [{ name: "file", filename: "a.pdf", type: "application/pdf", content: PDF }], { formPage: "/en/admin" });
  assert.equal(up.statusCode, 303, "a handout for a lesson");
  await k.updateTable("learn_courses").set({ status: "draft" }).where("id", "=", course.id).execute();
  const material = await k.selectFrom("learn_materials").select("file_key").where("lesson_id", "=", lesson.id).executeTakeFirstOrThrow();
  v["/media/learn/:lesson"] = lesson.id;
  v["/media/learn/:lesson/:name"] = material.file_key.split("/").pop()!;
  return v;
}

/** A pending proposal of a new service in a country, sent through the public form. */
export async function proposal(t: TestApp, country: string): Promise<string> {
  const visitor = new Client(t.app, {}, `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`);
  const res = await visitor.post(
    "/en/services/propose",
    {
      organization_name: `Survivors ${country}`,
      organization_description: "A network of survivors.",
      name: `Peer support ${randomUUID().slice(0, 6)}`,
      description: "Monthly meetings of survivors, with a trained facilitator.",
      types: "peer-support",
      free: "yes",
      languages: ["en", "fr"],
      mode: "in_person",
      country,
      city: "Somewhere",
      address_1: "1 Main Street",
      phone: "+32 2 000 00 00",
      opens_TU: "18:00",
      closes_TU: "21:00",
      contact_name: "A. Person",
      contact_email: "person@example.org",
      criteria: "yes",
    },
    { formPage: "/en/services/propose" },
  );
  assert.equal(res.statusCode, 303, "the proposal is taken");
  const row = await t.db.kysely.selectFrom("directory_proposals").select("id").where("country", "=", country).orderBy("submitted_at", "desc").executeTakeFirstOrThrow();
  return row.id;
}
