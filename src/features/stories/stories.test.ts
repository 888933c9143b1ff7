import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";
import { runMaintenance } from "../../jobs/maintenance.ts";
import { storiesRepo } from "./stories.repo.ts";

let t: TestApp;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");
const story = {
  body: "We were at the café on the corner when it happened. My brother Karim held my hand.",
  title: "The evening at the café",
  language: "fr",
  country: "FR",
  year: "2015",
  attack: "",
  content_warning: "Describes injuries",
  naming: "pseudonym",
  display_name: "Nour",
  publish: "yes",
  translate: "yes",
  quote: "no",
  email: "nour@example.org",
};

/** Sends a story as a reader would and returns the private link's path. */
async function share(client: Client, overrides: Record<string, string> = {}): Promise<string> {
  const res = await client.post("/en/stories/share", { ...story, ...overrides }, { formPage: "/en/stories/share" });
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));
  const location = res.headers.location as string;
  assert.match(location, /^\/en\/stories\/mine\/[A-Za-z0-9_-]{43}\?sent=[12]$/);
  return location.split("?")[0]!;
}

before(async () => {
  t = await createTestApp({ seed: true });
});
after(async () => t.close());

describe("sharing a story", () => {
  it("offers a calm form, anonymous by default, with no consent chosen in advance", async () => {
    const res = await t.app.inject({ url: "/en/stories/share" });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers["cache-control"], "no-store");
    assert.match(res.body, /<input type="radio" id="field-naming" name="naming" value="anonymous" checked\/>/);
    for (const consent of ["publish", "translate", "quote"]) assert.doesNotMatch(res.body, new RegExp(`name="${consent}" value="yes" checked`));
    assert.match(text(res.body), /You do not have to give your name/);
  });

  it("keeps every answer and links each error when the story, the consent or the address is missing or wrong", async () => {
    const client = new Client(t.app);
    const res = await client.post("/en/stories/share", { body: " ", naming: "first_name", display_name: "", email: "nope", title: "Kept title" }, { formPage: "/en/stories/share" });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<title>Error: /);
    for (const field of ["body", "display_name", "publish", "translate", "quote", "email"]) assert.match(res.body, new RegExp(`href="#field-${field}"`), field);
    assert.match(res.body, /value="Kept title"/);
    assert.match(res.body, /value="first_name" checked/);
    const robot = await client.post("/en/stories/share", { ...story, website: "http://spam.example" }, { formPage: "/en/stories/share" });
    assert.equal(robot.statusCode, 400);
  });

  it("accepts the form from a page sent without a Referer (Origin: null) only when the browser says it is same-origin", async () => {
    const client = new Client(t.app);
    const ok = await client.post("/en/stories/share", { ...story, title: "Origin null" }, { formPage: "/en/stories/share", headers: { origin: "null", "sec-fetch-site": "same-origin" } });
    assert.equal(ok.statusCode, 303);
    const refused = await client.post("/en/stories/share", { ...story }, { formPage: "/en/stories/share", headers: { origin: "null" } });
    assert.equal(refused.statusCode, 403);
  });

  it("gives the author a private link, e-mailed when they gave an address, and keeps the story private until a moderator approves it", async () => {
    const client = new Client(t.app);
    const sent = t.mail.length;
    const path = await share(client);
    const mail = t.mail[sent]!;
    assert.equal(mail.to, "nour@example.org");
    assert.ok(mail.text.includes(path), "the e-mail carries the link");
    const page = await client.get(`${path}?sent=2`);
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers["referrer-policy"], "no-referrer");
    assert.equal(page.headers["cache-control"], "no-store");
    assert.ok(page.body.includes(path));
    assert.match(text(page.body), /Waiting to be read\./);
    const list = await t.app.inject({ url: "/en/stories" });
    assert.doesNotMatch(list.body, /The evening at the café/);
    const id = (await storiesRepo(t.db.kysely).queue("submitted", 100, 0)).rows.find((r) => r.title === story.title)!.id;
    assert.equal((await t.app.inject({ url: `/en/stories/${id}` })).statusCode, 404);
    assert.equal((await t.app.inject({ url: "/en/stories/mine/not-a-real-token-not-a-real-token-not-a-rea" })).statusCode, 404);
  });
});

describe("moderating and reading stories", () => {
  it("lets a moderator read the contact, redact a name with the original kept, set themes and approve; readers then see it with the warning first", async () => {
    const client = new Client(t.app);
    const path = await share(client, { title: "Moderated story" });
    const moderator = await signIn(t, await buildStaff(t, { roles: ["moderator"] }));
    const queue = await moderator.get("/en/admin/stories");
    assert.equal(queue.statusCode, 200);
    const id = /href="\/en\/admin\/stories\/([0-9a-f-]{36})"[^>]*>Moderated story/.exec(queue.body)?.[1];
    assert.ok(id, "the story is in the queue");
    const review = await moderator.get(`/en/admin/stories/${id}`);
    assert.match(review.body, /mailto:nour@example\.org/);
    const edited = await moderator.post(`/en/admin/stories/${id}/edit`, { title: "Moderated story", body: story.body, content_warning: "Describes injuries", redact: "Karim", themes: ["grief", "surviving"] }, { formPage: `/en/admin/stories/${id}` });
    assert.equal(edited.statusCode, 303);
    const row = (await storiesRepo(t.db.kysely).findById(id))!;
    assert.match(row.body, /My brother \[…\] held my hand/);
    assert.match(row.original_body, /Karim/);
    const noNote = await moderator.post(`/en/admin/stories/${id}/decide`, { decision: "reject" }, { formPage: `/en/admin/stories/${id}` });
    assert.equal(noNote.statusCode, 400);
    assert.match(noNote.body, /href="#field-note"/);
    assert.equal((await moderator.post(`/en/admin/stories/${id}/decide`, { decision: "approve" }, { formPage: `/en/admin/stories/${id}` })).statusCode, 303);

    const list = text((await t.app.inject({ url: "/fr/stories?theme=grief&country=FR" })).body);
    assert.match(list, /Moderated story/);
    assert.match(list, /Nour/);
    const page = await t.app.inject({ url: `/en/stories/${id}` });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<details class="content-warning">[\s\S]*Describes injuries[\s\S]*My brother \[…\] held my hand/);
    assert.doesNotMatch(page.body, /Karim/);
    assert.doesNotMatch(page.body, /nour@example/);

    // The author takes back consent to publish: off at once.
    const consent = await client.post(`${path}/consent`, { naming: "anonymous", publish: "no", translate: "no", quote: "no" }, { formPage: `${path}/consent` });
    assert.equal(consent.statusCode, 303);
    assert.equal((await t.app.inject({ url: `/en/stories/${id}` })).statusCode, 404);
    const audit = await t.db.kysely.selectFrom("audit_log").select("action").where("target_id", "=", id).execute();
    const actions = new Set(audit.map((a) => a.action));
    for (const action of ["story.view_contact", "story.edit", "story.approve"]) assert.ok(actions.has(action), action);
  });

  it("asks the author for changes through the private link; their edit goes back to the queue", async () => {
    const client = new Client(t.app);
    const path = await share(client, { title: "Needs a change", email: "" });
    const moderator = await signIn(t, await buildStaff(t, { roles: ["moderator"] }));
    const id = (await storiesRepo(t.db.kysely).queue("submitted", 100, 0)).rows.find((r) => r.title === "Needs a change")!.id;
    await moderator.post(`/en/admin/stories/${id}/decide`, { decision: "request_changes", note: "Could you leave out the street name?" }, { formPage: `/en/admin/stories/${id}` });
    const mine = text((await client.get(path)).body);
    assert.match(mine, /Our team asked for a change\..*Could you leave out the street name\?/);
    const bad = await client.post(`${path}/edit`, { body: "", language: "fr" }, { formPage: `${path}/edit` });
    assert.equal(bad.statusCode, 400);
    const ok = await client.post(`${path}/edit`, { body: "A shorter version.", language: "fr", title: "Needs a change" }, { formPage: `${path}/edit` });
    assert.equal(ok.statusCode, 303);
    assert.equal((await storiesRepo(t.db.kysely).findById(id))!.status, "submitted");
  });

  it("withdraws at once, says exactly what happens, and erases everything after the grace period", async () => {
    const client = new Client(t.app);
    const path = await share(client, { title: "To withdraw" });
    const id = (await storiesRepo(t.db.kysely).queue("submitted", 100, 0)).rows.find((r) => r.title === "To withdraw")!.id;
    const confirm = text((await client.get(`${path}/withdraw`)).body);
    assert.match(confirm, /leave the portal at once/);
    assert.match(confirm, /72 hours later/);
    assert.equal((await client.post(`${path}/withdraw`, {}, { formPage: `${path}/withdraw` })).statusCode, 303);
    const row = (await storiesRepo(t.db.kysely).findById(id))!;
    assert.equal(row.status, "withdrawn");
    assert.equal(row.contact_email, null);
    assert.match(text((await client.get(path)).body), /Withdrawn\..*It will be erased completely/);
    t.clock.advance(73 * 3_600_000);
    const done = await runMaintenance(t.db, t.config, () => t.clock.now);
    assert.ok(done.storiesErased >= 1);
    assert.equal(await storiesRepo(t.db.kysely).findById(id), undefined);
    assert.equal((await client.get(path)).statusCode, 404);
  });

  it("refuses the queue to anyone without the moderator's right, and filters readers' lists strictly", async () => {
    const translator = await signIn(t, await buildStaff(t, { roles: ["translator"] }));
    assert.equal((await translator.get("/en/admin/stories")).statusCode, 403);
    assert.equal((await new Client(t.app).get("/en/admin/stories")).statusCode, 303);
    const bad = await t.app.inject({ url: "/en/stories?theme=war&language=de" });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#field-theme"/);
  });
});
