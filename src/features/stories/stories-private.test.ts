import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";
import { CONSENT_VERSION } from "./stories.consent.ts";
import { storiesRepo } from "./stories.repo.ts";

let t: TestApp;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");
/** A detail the author keeps to the original: it must never leave the original story. */
const PRIVATE = "Le nom du village où ils m’ont gardée était Tessalit";
const story = {
  body: "Nous étions au marché quand ils sont arrivés. Je suis rentrée chez moi deux ans plus tard.",
  private_details: PRIVATE,
  title: "Rentrer chez soi",
  language: "fr",
  country: "",
  year: "",
  attack: "",
  content_warning: "",
  naming: "anonymous",
  display_name: "",
  publish: "yes",
  translate: "yes",
  quote: "yes",
  email: "",
};

async function share(overrides: Record<string, string> = {}): Promise<{ mine: string; id: string }> {
  const client = new Client(t.app);
  const res = await client.post("/en/stories/share", { ...story, ...overrides }, { formPage: "/en/stories/share" });
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));
  const mine = String(res.headers.location).split("?")[0]!;
  const title = overrides.title ?? story.title;
  const id = (await storiesRepo(t.db.kysely).queue("submitted", 100, 0)).rows.find((r) => r.title === title)!.id;
  return { mine, id };
}

async function approve(id: string, themes: string[], warning = "") {
  const moderator = await signIn(t, await buildStaff(t, { roles: ["moderator"] }));
  const row = (await storiesRepo(t.db.kysely).findById(id))!;
  const review = `/en/admin/stories/${id}`;
  await moderator.post(`${review}/edit`, { title: row.title ?? "", body: row.body, content_warning: warning, redact: "", themes }, { formPage: review });
  const res = await moderator.post(`${review}/decide`, { decision: "approve" }, { formPage: review });
  assert.equal(res.statusCode, 303);
  return moderator;
}

before(async () => {
  t = await createTestApp();
});
after(async () => t.close());

describe("details kept to the original story", () => {
  it("offers the optional field on the sharing form, says so in the consent, and records the new consent wording", async () => {
    const form = await t.app.inject({ url: "/fr/stories/share" });
    assert.match(form.body, /<textarea[^>]*name="private_details"/);
    assert.match(text(form.body), /Détails réservés à mon témoignage original \(facultatif\)/);
    assert.match(text(form.body), /ne sont jamais traduits ni cités/);
    const { id } = await share({ title: "Consent version story" });
    const row = (await storiesRepo(t.db.kysely).findById(id))!;
    assert.equal(row.private_details, PRIVATE);
    assert.equal(row.consent_version, CONSENT_VERSION);
    assert.notEqual(CONSENT_VERSION, "2026-11-1");
  });

  it("lets the author see, change and remove them through the private link", async () => {
    const { mine, id } = await share({ title: "Author edits story" });
    const client = new Client(t.app);
    const page = await client.get(mine);
    assert.match(page.body, /<section class="panel private-details"[\s\S]*Tessalit/);
    const edit = await client.get(`${mine}/edit`);
    assert.match(edit.body, /name="private_details"[^>]*>Le nom du village/);
    const changed = await client.post(`${mine}/edit`, { ...story, title: "Author edits story", private_details: "Un autre détail" }, { formPage: `${mine}/edit` });
    assert.equal(changed.statusCode, 303);
    assert.equal((await storiesRepo(t.db.kysely).findById(id))!.private_details, "Un autre détail");
    await client.post(`${mine}/edit`, { ...story, title: "Author edits story", private_details: "" }, { formPage: `${mine}/edit` });
    assert.equal((await storiesRepo(t.db.kysely).findById(id))!.private_details, null);
    assert.doesNotMatch((await client.get(mine)).body, /private-details/);
  });

  it("shows them to moderators marked as original-only, and takes redacted names out of them too", async () => {
    const { id } = await share({ title: "Moderated private story" });
    const moderator = await signIn(t, await buildStaff(t, { roles: ["moderator"] }));
    const review = await moderator.get(`/en/admin/stories/${id}`);
    assert.match(review.body, /<section class="panel private-details"[\s\S]*Original only[\s\S]*Details the author keeps to the original[\s\S]*Tessalit/);
    await moderator.post(`/en/admin/stories/${id}/edit`, { title: "Moderated private story", body: story.body, content_warning: "", redact: "Tessalit", themes: [] }, { formPage: `/en/admin/stories/${id}` });
    const row = (await storiesRepo(t.db.kysely).findById(id))!;
    assert.equal(row.private_details, "Le nom du village où ils m’ont gardée était […]");
  });

  it("shows them in place on the published original, and nowhere else: lists, feeds, structured data, translators' view, translations", async () => {
    const { id } = await share({ title: "Published private story" });
    await approve(id, ["surviving"]);
    const original = await t.app.inject({ url: `/fr/stories/${id}` });
    assert.equal(original.statusCode, 200);
    assert.match(original.body, /Je suis rentrée chez moi deux ans plus tard\.<\/div><div class="prewrap story-text private-details"[^>]*>Le nom du village/);
    const jsonLd = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(original.body)?.[1] ?? "";
    assert.ok(jsonLd.length > 0);
    assert.doesNotMatch(jsonLd, /Tessalit/);
    assert.doesNotMatch(/<head>[\s\S]*<\/head>/.exec(original.body)?.[0] ?? "", /Tessalit/, "not in the page's head (description, previews)");

    for (const l of ["fr", "en"]) {
      assert.doesNotMatch((await t.app.inject({ url: `/${l}/stories` })).body, /Tessalit/, `${l} list`);
      const feed = await t.app.inject({ url: `/${l}/stories.atom` });
      assert.equal(feed.statusCode, 200);
      assert.match(feed.body, /Published private story/, "the story is in the feed");
      assert.doesNotMatch(feed.body, /Tessalit/, `${l} feed`);
    }

    const tr = await signIn(t, await buildStaff(t, { roles: ["translator"] }));
    const translate = await tr.get(`/en/admin/story-translations/${id}/en`);
    assert.equal(translate.statusCode, 200);
    assert.match(translate.body, /Je suis rentrée chez moi/);
    assert.doesNotMatch(translate.body, /Tessalit/);
    assert.match(text(translate.body), /The author kept some details to the original story\. They are not shown here/);
    const form = `/en/admin/story-translations/${id}/en`;
    const published = await tr.post(form, { title: "Going home", body: "We were at the market when they came. I came home two years later.", content_warning: "", action: "publish" }, { formPage: form });
    assert.equal(published.statusCode, 303);
    const translated = await t.app.inject({ url: `/en/stories/${id}?in=en` });
    assert.match(translated.body, /I came home two years later/);
    assert.doesNotMatch(translated.body, /Tessalit/);
    assert.match(text(translated.body), /The author kept some details to the original version of this story only\./);
    assert.doesNotMatch((await t.app.inject({ url: "/en/stories.atom" })).body, /Tessalit/, "feed with the translation");
  });
});

describe("warnings on stories about gender", () => {
  it("gives a story with the gender theme the standard warning, in its language, when a moderator approves it", async () => {
    const { id } = await share({ title: "Gender theme story" });
    const moderator = await approve(id, ["gender", "surviving"]);
    const row = (await storiesRepo(t.db.kysely).findById(id))!;
    assert.equal(row.content_warning, "Ce témoignage peut évoquer des violences sexuelles ou d’autres atteintes liées au genre.");
    const page = await t.app.inject({ url: `/en/stories/${id}` });
    assert.match(page.body, /<details class="content-warning">[\s\S]*Je suis rentrée chez moi/);
    // The moderator can change it afterwards.
    await moderator.post(`/en/admin/stories/${id}/edit`, { title: "Gender theme story", body: row.body, content_warning: "Parle de captivité", redact: "", themes: ["gender"] }, { formPage: `/en/admin/stories/${id}` });
    assert.equal((await storiesRepo(t.db.kysely).findById(id))!.content_warning, "Parle de captivité");
  });

  it("keeps the moderator's own warning, and adds none to stories without the theme", async () => {
    const own = await share({ title: "Own warning story" });
    await approve(own.id, ["gender"], "Décrit une captivité");
    assert.equal((await storiesRepo(t.db.kysely).findById(own.id))!.content_warning, "Décrit une captivité");
    const plain = await share({ title: "No theme story" });
    await approve(plain.id, ["grief"]);
    assert.equal((await storiesRepo(t.db.kysely).findById(plain.id))!.content_warning, null);
  });
});
