import assert from "node:assert/strict";
import { createHash, randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../support/app.ts";
import { buildStaff, signIn } from "../support/factories.ts";
import { Client, csrfFrom } from "../support/http.ts";
import { ACCOUNT_LIMIT } from "../../src/features/admin-auth/throttle.ts";
import { publicFormToken } from "../../src/web/public-form-token.ts";
import { deriveKey } from "../../src/web/secrets.ts";

/**
 * Sessions and CSRF: every state-changing route of the real app (listed by its onRoute hook) refuses a
 * post without a valid token, or with a token from another session, and changes nothing; a session id
 * never survives signing in; login throttling counts per account.
 */

/**
 * Posts that carry no CSRF token by design, and why. RFC 8058 one-click unsubscribe: mail providers post
 * from anywhere; the random token in the address is the only authority and can do nothing but unsubscribe.
 */
const NO_TOKEN_BY_DESIGN = new Set(["/newsletter/unsubscribe/:token"]);

const CSRF_COOKIE = "__Host-vsp_csrf";
const SESSION_COOKIE = "__Host-vsp_session";

async function databaseDigest(t: TestApp): Promise<Map<string, string>> {
  const skip = new Set(["sessions", "login_throttle", "stats_salts", "stats_visitor_hashes", "stats_days", "stats_pages", "stats_tags"]);
  const out = new Map<string, string>();
  for (const { name } of await t.db.kysely.introspection.getTables()) {
    if (skip.has(name)) continue;
    const rows = await t.db.kysely.selectFrom(name as "users").selectAll().execute();
    out.set(name, createHash("sha256").update(rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).sort().join("\n")).digest("hex"));
  }
  return out;
}
const changed = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((k) => a.get(k) !== b.get(k));

describe("CSRF: every state-changing request needs this session's token", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ seed: true });
  });
  after(() => t.close());

  it("refuses every post without a token, with another session's token, or with another session's token and cookie, changing nothing", async () => {
    const posts = t.app.routeList.filter((r) => r.method === "POST" && !NO_TOKEN_BY_DESIGN.has(r.url));
    assert.ok(posts.length > 100, `found ${posts.length} posts`);
    // Signed in as an administrator, so staff forms get as far as the token check.
    const victim = await signIn(t, await buildStaff(t, { roles: ["admin"] }));
    const attacker = await signIn(t, await buildStaff(t, { roles: ["admin"] }));
    const foreignToken = csrfFrom((await attacker.get("/en/admin/account")).body);
    const ownToken = csrfFrom((await victim.get("/en/admin/account")).body);
    assert.ok(foreignToken && ownToken && foreignToken !== ownToken);
    const borrowed = new Client(t.app);
    borrowed.cookies.set(SESSION_COOKIE, victim.cookies.get(SESSION_COOKIE)!);
    borrowed.cookies.set(CSRF_COOKIE, attacker.cookies.get(CSRF_COOKIE)!);

    const attempts: [string, Client, Record<string, string>][] = [
      ["no token", victim, {}],
      ["an empty token", victim, { _csrf: "" }],
      ["another session's token", victim, { _csrf: foreignToken }],
      ["another session's token and cookie", borrowed, { _csrf: foreignToken }],
    ];
    const failures: string[] = [];
    const before = await databaseDigest(t);
    for (const r of posts) {
      const path = r.url.replace(/:lang/, "en").replace(/:[a-zA-Z]+/g, () => randomUUID());
      for (const [what, client, form] of attempts) {
        const res = await client.post(path, form);
        if (res.statusCode !== 403 || !/<title>[^<]*<\/title>/.test(res.body)) failures.push(`POST ${r.url} with ${what}: ${res.statusCode}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(changed(before, await databaseDigest(t)), [], "nothing changed");
    // The victim's own token still works (the refusals were about the token, not the session).
    assert.equal((await victim.post("/en/admin/logout", { _csrf: ownToken })).statusCode, 303);
  });

  it("refuses an anonymous post without a token, with a forged or week-old public token, and a public token from staff or in the sign-in forms", async () => {
    const key = deriveKey(t.masterKey, "public-form");
    const now = t.clock.now;
    const valid = publicFormToken(key, now);
    const forged = valid.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    const stale = publicFormToken(key, new Date(now.getTime() - 8 * 24 * 3_600_000));
    const signInPages = new Set(["/:lang/admin/login", "/:lang/admin/login/totp", "/:lang/admin/logout", "/:lang/admin/password", "/:lang/admin/password/forgot"]);
    const behindSignIn = (url: string) => (/^\/:lang\/admin(\/|$)/.test(url) && !signInPages.has(url)) || url.startsWith("/:lang/self-assessment/");
    const posts = t.app.routeList.filter((r) => r.method === "POST" && !NO_TOKEN_BY_DESIGN.has(r.url) && !behindSignIn(r.url));
    const staff = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const failures: string[] = [];
    const before = await databaseDigest(t);
    for (const r of posts) {
      const path = r.url.replace(/:lang/, "en").replace(/:[a-zA-Z]+/g, () => randomUUID());
      const attempts: [string, Record<string, string>][] = [
        ["no token", {}],
        ["a forged public token", { _csrf: forged }],
        ["a week-old public token", { _csrf: stale }],
      ];
      // The staff area's own forms (sign-in) take only the per-session token.
      if (signInPages.has(r.url)) attempts.push(["a public token", { _csrf: valid }]);
      for (const [what, form] of attempts) {
        const res = await new Client(t.app, {}, "10.5.5.5").post(path, form);
        if (res.statusCode !== 403) failures.push(`anonymous POST ${r.url} with ${what}: ${res.statusCode}`);
      }
    }
    // A signed-in member of staff never posts with the shared public token, even on a public form.
    for (const path of ["/en/contact", "/en/newsletter", "/en/info/dealing-with-the-media/feedback", "/en/admin/logout"]) {
      const res = await staff.post(path, { _csrf: valid });
      if (res.statusCode !== 403) failures.push(`signed-in POST ${path} with a public token: ${res.statusCode}`);
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(changed(before, await databaseDigest(t)), [], "nothing changed");
    // The valid public token itself is taken from an anonymous reader (the form answers with its errors).
    assert.equal((await new Client(t.app, {}, "10.5.5.6").post("/en/contact", { _csrf: valid })).statusCode, 400);
  });
});

describe("staff sessions: fixation and throttling", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it("gives a new session id when the second factor completes the sign-in, and the half-signed-in id stops working", async () => {
    const admin = await buildStaff(t, { roles: ["admin"] });
    const client = new Client(t.app);
    // A session id planted before sign-in (a real one, of another account) is not the one after.
    const other = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const planted = other.cookies.get(SESSION_COOKIE)!;
    const token = csrfFrom((await client.get("/en/admin/login")).body)!;
    client.cookies.set(SESSION_COOKIE, planted);
    const first = await client.post("/en/admin/login", { email: admin.email, password: admin.password, _csrf: token });
    assert.equal(first.headers.location, "/en/admin/login/totp");
    const half = client.cookies.get(SESSION_COOKIE)!;
    assert.notEqual(half, planted, "a new id after the password");
    const second = await client.post("/en/admin/login/totp", { code: admin.code() }, { formPage: "/en/admin/login/totp" });
    assert.equal(second.headers.location, "/en/admin");
    const full = client.cookies.get(SESSION_COOKIE)!;
    assert.notEqual(full, half, "a new id after the second factor");
    assert.equal((await client.get("/en/admin/audit")).statusCode, 200);
    for (const old of [planted, half]) {
      const replay = new Client(t.app);
      replay.cookies.set(SESSION_COOKIE, old);
      const r = await replay.get("/en/admin/audit");
      assert.equal(r.statusCode, 303, "an old id signs nobody in");
      assert.equal(r.headers.location, "/en/admin/login");
    }
  });

  it("locks one account, not the others signing in from the same address, and not only from that address", async () => {
    const locked = await buildStaff(t);
    const neighbour = await buildStaff(t);
    const office = new Client(t.app, {}, "10.20.30.40");
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      const r = await office.post("/en/admin/login", { email: locked.email, password: `wrong ${i}` }, { formPage: "/en/admin/login" });
      assert.equal(r.statusCode, 400);
    }
    const again = await office.post("/en/admin/login", { email: locked.email, password: locked.password }, { formPage: "/en/admin/login" });
    assert.equal(again.statusCode, 429, "the account is locked");
    const elsewhere = new Client(t.app, {}, "10.99.99.99");
    const fromElsewhere = await elsewhere.post("/en/admin/login", { email: locked.email, password: locked.password }, { formPage: "/en/admin/login" });
    assert.equal(fromElsewhere.statusCode, 429, "locked from any address");
    const other = await office.post("/en/admin/login", { email: neighbour.email, password: neighbour.password }, { formPage: "/en/admin/login" });
    assert.equal(other.statusCode, 303, "a colleague at the same address signs in");
  });
});
