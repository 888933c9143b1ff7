import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";

const linkIn = (text: string) => /https?:\/\/\S+\/admin\/password\?token=([A-Za-z0-9_-]{43})/.exec(text);

describe("invitations and password resets", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it("lets an admin invite a staff member, who sets a password through the e-mailed link", async () => {
    const admin = await signIn(t, await buildStaff(t, { roles: ["admin"] }), "fr");
    const bad = await admin.post("/fr/admin/users/new", { email: "nope", name: "", countries: "" }, { formPage: "/fr/admin/users/new" });
    assert.equal(bad.statusCode, 400);
    for (const f of ["email", "name", "roles"]) assert.match(bad.body, new RegExp(`href="#field-${f}"`));
    assert.match(bad.body, /value="nope"/);
    const ok = await admin.post("/fr/admin/users/new", { email: "new.person@example.org", name: "Nouvelle Personne", roles: "translator", countries: "" }, { formPage: "/fr/admin/users/new" });
    assert.equal(ok.statusCode, 303);
    const mail = t.mail.at(-1)!;
    assert.equal(mail.to, "new.person@example.org");
    const match = linkIn(mail.text);
    assert.ok(match, mail.text);
    assert.match(mail.text, /Nouvelle Personne/);
    const token = match[1]!;
    const invitee = new Client(t.app);
    assert.equal((await invitee.post("/fr/admin/login", { email: "new.person@example.org", password: "!" }, { formPage: "/fr/admin/login" })).statusCode, 400);
    const form = await invitee.get(`/fr/admin/password?token=${token}`);
    assert.equal(form.statusCode, 200);
    assert.equal(form.headers["cache-control"], "no-store");
    const mismatch = await invitee.post("/fr/admin/password", { token, password: "a good long passphrase", confirm: "another" }, { formPage: `/fr/admin/password?token=${token}` });
    assert.equal(mismatch.statusCode, 400);
    assert.match(mismatch.body, /href="#field-confirm"/);
    const set = await invitee.post("/fr/admin/password", { token, password: "a good long passphrase", confirm: "a good long passphrase" }, { formPage: `/fr/admin/password?token=${token}` });
    assert.equal(set.statusCode, 303);
    assert.equal((await invitee.get(`/fr/admin/password?token=${token}`)).statusCode, 410, "a link works once");
    const login = await invitee.post("/fr/admin/login", { email: "new.person@example.org", password: "a good long passphrase" }, { formPage: "/fr/admin/login" });
    assert.equal(login.statusCode, 303);
  });

  it("refuses to invite an address that already has an account", async () => {
    const existing = await buildStaff(t);
    const admin = await signIn(t, await buildStaff(t, { roles: ["admin"] }));
    const r = await admin.post("/en/admin/users/new", { email: existing.email, name: "X", roles: "editor" }, { formPage: "/en/admin/users/new" });
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /already uses this email/);
  });

  it("sends a reset link only to existing accounts, answering the same either way", async () => {
    const staff = await buildStaff(t);
    const client = new Client(t.app);
    const before = t.mail.length;
    const unknown = await client.post("/en/admin/password/forgot", { email: "nobody@example.org" }, { formPage: "/en/admin/password/forgot" });
    assert.equal(t.mail.length, before);
    const known = await client.post("/en/admin/password/forgot", { email: staff.email }, { formPage: "/en/admin/password/forgot" });
    assert.equal(unknown.statusCode, known.statusCode);
    assert.equal(unknown.headers.location, known.headers.location);
    assert.equal(t.mail.length, before + 1);
    const token = linkIn(t.mail.at(-1)!.text)![1]!;
    const signedIn = await signIn(t, staff);
    await client.post("/en/admin/password", { token, password: "brand new passphrase", confirm: "brand new passphrase" }, { formPage: `/en/admin/password?token=${token}` });
    assert.equal((await signedIn.get("/en/admin")).statusCode, 303, "other sessions end when the password is reset");
    await signIn(t, { ...staff, password: "brand new passphrase" });
  });

  it("lets reset links expire after an hour", async () => {
    const staff = await buildStaff(t);
    const client = new Client(t.app);
    await client.post("/en/admin/password/forgot", { email: staff.email }, { formPage: "/en/admin/password/forgot" });
    const token = linkIn(t.mail.at(-1)!.text)![1]!;
    t.clock.advance(61 * 60_000);
    assert.equal((await client.get(`/en/admin/password?token=${token}`)).statusCode, 410);
    assert.equal((await client.get("/en/admin/password?token=short")).statusCode, 410);
  });
});
