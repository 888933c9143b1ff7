import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";
import { currentTotp } from "./totp.ts";
import { ACCOUNT_LIMIT } from "./throttle.ts";

describe("staff sign-in", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it("sends visitors of the staff area to the login page", async () => {
    const r = await t.app.inject("/en/admin/content");
    assert.equal(r.statusCode, 303);
    assert.equal(r.headers.location, "/en/admin/login");
    const bare = await t.app.inject({ url: "/admin", headers: { "accept-language": "zh" } });
    assert.equal(bare.headers.location, "/zh/admin");
  });

  it("signs an editor in with a fresh __Host- session cookie and marks staff pages no-store", async () => {
    const staff = await buildStaff(t, { roles: ["editor"] });
    const client = new Client(t.app);
    await client.get("/en/admin/login");
    client.cookies.set("__Host-vsp_session", "A".repeat(43));
    const res = await client.post("/en/admin/login", { email: staff.email.toUpperCase(), password: staff.password }, { formPage: "/en/admin/login" });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, "/en/admin");
    const cookie = res.cookies.find((c) => c.name === "__Host-vsp_session");
    assert.ok(cookie && cookie.value !== "A".repeat(43), "a new session id at login");
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.secure, true);
    assert.equal(cookie.path, "/");
    const dash = await client.get("/en/admin");
    assert.equal(dash.statusCode, 200);
    assert.equal(dash.headers["cache-control"], "no-store");
    const rows = await t.db.kysely.selectFrom("audit_log").select("action").where("user_id", "=", staff.id).execute();
    assert.ok(rows.some((r) => r.action === "auth.login"));
  });

  it("gives the same answer for a wrong password and an unknown account, keeping the email", async () => {
    const staff = await buildStaff(t);
    const client = new Client(t.app);
    const wrong = await client.post("/en/admin/login", { email: staff.email, password: "not the password" }, { formPage: "/en/admin/login" });
    const unknown = await client.post("/en/admin/login", { email: "nobody@example.org", password: "whatever it is" }, { formPage: "/en/admin/login" });
    assert.equal(wrong.statusCode, 400);
    assert.equal(unknown.statusCode, 400);
    assert.match(wrong.body, /not right/);
    assert.match(unknown.body, /not right/);
    assert.match(wrong.body, new RegExp(`value="${staff.email}"`));
    assert.doesNotMatch(wrong.body, /not the password/);
  });

  it("validates the form: empty fields get linked errors", async () => {
    const client = new Client(t.app);
    const r = await client.post("/ru/admin/login", { email: "", password: "" }, { formPage: "/ru/admin/login" });
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /href="#field-email"/);
    assert.match(r.body, /href="#field-password"/);
  });

  it("locks an account after repeated failures, even with the right password", async () => {
    const staff = await buildStaff(t);
    const client = new Client(t.app, { "x-forwarded-for": "10.9.9.9" });
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      await client.post("/en/admin/login", { email: staff.email, password: `wrong ${i}` }, { formPage: "/en/admin/login" });
    }
    const locked = await client.post("/en/admin/login", { email: staff.email, password: staff.password }, { formPage: "/en/admin/login" });
    assert.equal(locked.statusCode, 429);
    assert.match(locked.body, /15 minutes/);
    t.clock.advance(16 * 60_000);
    const later = await client.post("/en/admin/login", { email: staff.email, password: staff.password }, { formPage: "/en/admin/login" });
    assert.equal(later.statusCode, 303);
  });

  it("asks admins for their TOTP code after the password", async () => {
    const admin = await buildStaff(t, { roles: ["admin"] });
    const client = new Client(t.app);
    const first = await client.post("/en/admin/login", { email: admin.email, password: admin.password }, { formPage: "/en/admin/login" });
    assert.equal(first.headers.location, "/en/admin/login/totp");
    const notYet = await client.get("/en/admin");
    assert.equal(notYet.headers.location, "/en/admin/login/totp");
    const bad = await client.post("/en/admin/login/totp", { code: "000000" }, { formPage: "/en/admin/login/totp" });
    assert.equal(bad.statusCode, 400);
    const badFormat = await client.post("/en/admin/login/totp", { code: "12ab" }, { formPage: "/en/admin/login/totp" });
    assert.equal(badFormat.statusCode, 400);
    assert.match(badFormat.body, /href="#field-code"/);
    const ok = await client.post("/en/admin/login/totp", { code: admin.code() }, { formPage: "/en/admin/login/totp" });
    assert.equal(ok.headers.location, "/en/admin");
    assert.equal((await client.get("/en/admin/audit")).statusCode, 200);
  });

  it("makes an admin without a second factor set one up before anything else", async () => {
    const admin = await buildStaff(t, { roles: ["admin"], totp: false });
    const client = await signIn(t, admin);
    const dash = await client.get("/en/admin");
    assert.equal(dash.headers.location, "/en/admin/account/totp");
    const setup = await client.get("/en/admin/account/totp");
    assert.equal(setup.statusCode, 200);
    assert.match(setup.body, /src="data:image\/png;base64,/);
    const secret = /class="secret">([A-Z2-7]+)</.exec(setup.body)?.[1];
    assert.ok(secret);
    const wrong = await client.post("/en/admin/account/totp", { code: "123456" }, { formPage: "/en/admin/account/totp" });
    assert.equal(wrong.statusCode, 400);
    const ok = await client.post("/en/admin/account/totp", { code: currentTotp(secret, admin.email, t.clock.now) }, { formPage: "/en/admin/account/totp" });
    assert.equal(ok.headers.location, "/en/admin");
    assert.equal((await client.get("/en/admin")).statusCode, 200);
    const row = await t.db.kysely.selectFrom("users").select(["totp_secret", "totp_enabled_at"]).where("id", "=", admin.id).executeTakeFirstOrThrow();
    assert.ok(row.totp_enabled_at);
    assert.doesNotMatch(row.totp_secret ?? "", new RegExp(secret), "the secret is encrypted at rest");
  });

  it("ends sessions after the idle timeout and the absolute timeout", async () => {
    const staff = await buildStaff(t);
    const client = await signIn(t, staff);
    assert.equal((await client.get("/en/admin")).statusCode, 200);
    t.clock.advance((t.config.sessionIdleMinutes + 1) * 60_000);
    assert.equal((await client.get("/en/admin")).statusCode, 303);
    const client2 = await signIn(t, staff);
    for (let h = 0; h < t.config.sessionAbsoluteHours; h++) {
      t.clock.advance(25 * 60_000);
      await client2.get("/en/admin");
      t.clock.advance(25 * 60_000);
      await client2.get("/en/admin");
      t.clock.advance(10 * 60_000);
    }
    assert.equal((await client2.get("/en/admin")).statusCode, 303);
  });

  it("signs out and the old cookie stops working", async () => {
    const staff = await buildStaff(t);
    const client = await signIn(t, staff);
    const token = client.cookies.get("__Host-vsp_session");
    const out = await client.post("/en/admin/logout", {}, { formPage: "/en/admin" });
    assert.equal(out.statusCode, 303);
    const replay = new Client(t.app);
    replay.cookies.set("__Host-vsp_session", token ?? "");
    assert.equal((await replay.get("/en/admin")).statusCode, 303);
  });

  it("changes the password, checking the current one and the length", async () => {
    const staff = await buildStaff(t);
    const client = await signIn(t, staff);
    const short = await client.post("/en/admin/account/password", { current: staff.password, password: "short", confirm: "short" }, { formPage: "/en/admin/account/password" });
    assert.equal(short.statusCode, 400);
    assert.match(short.body, /href="#field-password"/);
    const wrong = await client.post("/en/admin/account/password", { current: "nope", password: "a much longer passphrase", confirm: "a much longer passphrase" }, { formPage: "/en/admin/account/password" });
    assert.equal(wrong.statusCode, 400);
    const ok = await client.post("/en/admin/account/password", { current: staff.password, password: "a much longer passphrase", confirm: "a much longer passphrase" }, { formPage: "/en/admin/account/password" });
    assert.equal(ok.statusCode, 303);
    await signIn(t, { ...staff, password: "a much longer passphrase" });
  });
});
