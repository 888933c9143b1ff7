import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";
import { runMaintenance } from "../../jobs/maintenance.ts";
import type { Consent } from "./stories.consent.ts";
import { StoryTextSchema } from "./stories.schema.ts";
import { storiesService } from "./stories.service.ts";
import { storyVoicesRepo } from "./story-voices.repo.ts";

let t: TestApp;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");
const service = () => storiesService(t.db, () => t.clock.now, { fieldKey: t.app.services.keys.field, contactRetentionDays: 30, withdrawalGraceHours: 72, storage: t.app.services.storage });
const consent = (over: Partial<Consent> = {}): Consent => ({ naming: "pseudonym", displayName: "Nour", publish: true, translate: true, quote: false, ...over });

/** An approved French story, its author's moderated text hiding one name; returns its id and private link path. */
async function approvedStory(over: { title?: string; translate?: boolean; email?: string } = {}): Promise<{ id: string; mine: string }> {
  const title = over.title ?? "Le soir au café";
  const story = StoryTextSchema.parse({ title, body: "Nous étions au café quand tout a basculé. Mon frère Karim m’a tenu la main.", language: "fr", country: "FR", year: "2015", content_warning: "Décrit des blessures" });
  const { id, token } = await service().submit(story, consent({ translate: over.translate ?? true }), over.email ?? "nour@example.org");
  await service().moderatorEdit(id, { title, body: "Nous étions au café quand tout a basculé. Mon frère […] m’a tenu la main.", content_warning: "Décrit des blessures", attack: null, themes: [] });
  await service().decide(id, "approve", null);
  return { id, mine: `/en/stories/mine/${token}` };
}

async function translator(): Promise<Client> {
  return signIn(t, await buildStaff(t, { roles: ["translator"] }));
}

before(async () => {
  t = await createTestApp();
});
after(async () => t.close());

describe("who may translate stories", () => {
  it("sends anonymous visitors to sign in, refuses moderators without the translation right, and lets translators in", async () => {
    const { id } = await approvedStory({ title: "Permission story" });
    assert.equal((await new Client(t.app).get("/en/admin/story-translations")).statusCode, 303);
    assert.equal((await new Client(t.app).get(`/en/admin/story-translations/${id}/en`)).statusCode, 303);
    const moderator = await signIn(t, await buildStaff(t, { roles: ["moderator"] }));
    assert.equal((await moderator.get("/en/admin/story-translations")).statusCode, 403);
    assert.equal((await moderator.get(`/en/admin/story-translations/${id}/en`)).statusCode, 403);
    const tr = await translator();
    const list = await tr.get("/en/admin/story-translations");
    assert.equal(list.statusCode, 200);
    assert.match(list.body, new RegExp(`href="/en/admin/story-translations/${id}/en"`));
    assert.doesNotMatch(list.body, new RegExp(`/admin/story-translations/${id}/fr"`), "not into the story's own language");
    // The translator's navigation leads here; the moderation queue (with contact addresses) stays closed.
    assert.match(list.body, /href="\/en\/admin\/story-translations">Story translations</);
    assert.equal((await tr.get("/en/admin/stories")).statusCode, 403);
    assert.equal((await tr.get(`/en/admin/stories/${id}`)).statusCode, 403);
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    assert.equal((await editor.get(`/en/admin/story-translations/${id}/ar`)).statusCode, 200);
  });

  it("lists only approved, published stories whose author allows translation", async () => {
    const allowed = await approvedStory({ title: "Allowed to translate" });
    const refused = await approvedStory({ title: "Not to be translated", translate: false });
    const waiting = await service().submit(StoryTextSchema.parse({ title: "Still waiting", body: "Not read yet.", language: "fr" }), consent(), undefined);
    const list = text((await (await translator()).get("/en/admin/story-translations")).body);
    assert.match(list, /Allowed to translate/);
    assert.doesNotMatch(list, /Not to be translated/);
    assert.doesNotMatch(list, /Still waiting/);
    const tr = await translator();
    assert.equal((await tr.get(`/en/admin/story-translations/${refused.id}/en`)).statusCode, 409);
    assert.equal((await tr.get(`/en/admin/story-translations/${waiting.id}/en`)).statusCode, 409);
    assert.equal((await tr.get(`/en/admin/story-translations/${allowed.id}/xx`)).statusCode, 404);
  });
});

describe("translating a story", () => {
  it("shows the moderated text beside the form, each marked with its language, never the author's own wording or address", async () => {
    const { id } = await approvedStory({ title: "Beside the form", email: "secret-author@example.org" });
    const tr = await translator();
    const page = await tr.get(`/en/admin/story-translations/${id}/ar`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<dd lang="fr" dir="ltr">Beside the form<\/dd>/);
    assert.match(page.body, /<div class="prewrap story-text" lang="fr" dir="ltr">Nous étions au café quand tout a basculé\. Mon frère \[…\] m’a tenu la main\.<\/div>/);
    assert.match(page.body, /<textarea id="field-body" name="body" lang="ar" dir="rtl"/);
    assert.match(page.body, /<input id="field-title" name="title" lang="ar" dir="rtl"/);
    assert.doesNotMatch(page.body, /Karim/, "the author's original wording is not shown");
    assert.doesNotMatch(page.body, /secret-author|mailto:/, "nor their address");
  });

  it("keeps the text and links the error when the translation is empty", async () => {
    const { id } = await approvedStory({ title: "Empty translation" });
    const tr = await translator();
    const res = await tr.post(`/en/admin/story-translations/${id}/en`, { title: "Kept title", body: "  ", content_warning: "Kept warning", action: "publish" }, { formPage: `/en/admin/story-translations/${id}/en` });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<title>Error: /);
    assert.match(res.body, /href="#field-body"/);
    assert.match(res.body, /value="Kept title"/);
    assert.match(res.body, /value="Kept warning"/);
    assert.equal(await storyVoicesRepo(t.db.kysely).translation(id, "en"), undefined);
  });

  it("keeps a draft from readers, publishes it in the reader's language marked as a translation, and audits both", async () => {
    const { id } = await approvedStory({ title: "Le soir au café" });
    const tr = await translator();
    const form = `/en/admin/story-translations/${id}/en`;
    const draft = await tr.post(form, { title: "The evening at the café", body: "We were at the café when everything changed. My brother […] held my hand.", content_warning: "", action: "draft" }, { formPage: form });
    assert.equal(draft.statusCode, 303);
    assert.equal(draft.headers.location, form);
    assert.match(text((await tr.get(form)).body), /The draft was saved\. Readers do not see it\./);
    assert.doesNotMatch((await t.app.inject({ url: `/en/stories/${id}` })).body, /The evening at the café/, "a draft is not shown");

    const published = await tr.post(form, { title: "The evening at the café", body: "We were at the café when everything changed. My brother […] held my hand.", content_warning: "", action: "publish" }, { formPage: form });
    assert.equal(published.statusCode, 303);

    // An English reader gets the translation, marked, with the original's warning (the translation has none).
    const page = await t.app.inject({ url: `/en/stories/${id}` });
    assert.equal(page.statusCode, 200);
    const shown = text(page.body);
    assert.match(page.body, /<h1>The evening at the café<\/h1>/);
    assert.match(shown, /Translated from French, with the author’s consent\./);
    assert.match(page.body, new RegExp(`<a href="/en/stories/${id}\\?in=fr" hreflang="fr">French \\(original\\)</a>`));
    assert.match(page.body, /<details class="content-warning">[\s\S]*Décrit des blessures[\s\S]*We were at the café when everything changed/);
    const ld = JSON.parse(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/.exec(page.body)![1]!);
    assert.equal(ld.inLanguage, "en");
    assert.equal(ld.translationOfWork["@type"], "CreativeWork");
    assert.equal(ld.translationOfWork.name, "Le soir au café");
    assert.equal(ld.translationOfWork.inLanguage, "fr");
    assert.ok(ld.translationOfWork.url.endsWith(`/en/stories/${id}?in=fr`), ld.translationOfWork.url);

    // The original on request, with the way back to the translation; a French reader gets the original.
    const original = await t.app.inject({ url: `/en/stories/${id}?in=fr` });
    assert.match(original.body, /<h1 lang="fr" dir="ltr">Le soir au café<\/h1>/);
    assert.match(original.body, new RegExp(`<a href="/en/stories/${id}\\?in=en" hreflang="en">English</a>`));
    assert.doesNotMatch(text(original.body), /Translated from French/);
    const french = await t.app.inject({ url: `/fr/stories/${id}` });
    assert.match(french.body, /<h1>Le soir au café<\/h1>/);
    assert.match(text(french.body), /Ce témoignage existe aussi dans ces langues\s*: anglais/);
    assert.deepEqual(JSON.parse(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/.exec(french.body)![1]!).workTranslation.map((w: { inLanguage: string }) => w.inLanguage), ["en"]);

    // The list shows the translated title in the reader's language.
    const list = text((await t.app.inject({ url: "/en/stories" })).body);
    assert.match(list, /The evening at the café/);
    assert.match(list, /translated from French/);

    const audit = await t.db.kysely.selectFrom("audit_log").select(["action", "details"]).where("target_id", "=", id).execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), ["story.translation.draft", "story.translation.publish"]);
    assert.ok(audit.every((a) => JSON.parse(a.details!).locale === "en"));
  });

  it("shows the translation's own warning when it has one", async () => {
    const { id } = await approvedStory({ title: "With its own warning" });
    const tr = await translator();
    const form = `/en/admin/story-translations/${id}/es`;
    await tr.post(form, { title: "Con su propia advertencia", body: "Estábamos en el café.", content_warning: "Describe heridas", action: "publish" }, { formPage: form });
    const page = await t.app.inject({ url: `/es/stories/${id}` });
    assert.match(page.body, /<span class="content-warning-text">Describe heridas<\/span>/);
    assert.doesNotMatch(page.body, /Décrit des blessures/);
  });
});

describe("a translation true to the story", () => {
  it("hides a published translation once the story is edited, until a translator brings it up to date", async () => {
    const { id } = await approvedStory({ title: "Edited after translation" });
    const tr = await translator();
    const form = `/en/admin/story-translations/${id}/en`;
    await tr.post(form, { title: "Edited after translation", body: "We were at the café. My brother Karim held my hand.", action: "publish" }, { formPage: form });
    assert.match((await t.app.inject({ url: `/en/stories/${id}` })).body, /My brother Karim held my hand/);

    // A moderator hides a name in the story: the translation, which still has it, leaves the portal at once.
    await service().moderatorEdit(id, { title: "Edited after translation", body: "Nous étions au café. Mon frère […] m’a tenu la main.", content_warning: null, attack: null, themes: [] });
    const page = await t.app.inject({ url: `/en/stories/${id}` });
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /Karim/);
    assert.doesNotMatch(page.body, /Translated from/);
    assert.doesNotMatch((await t.app.inject({ url: `/en/stories/${id}?in=en` })).body, /Karim/);
    assert.match(text((await tr.get("/en/admin/story-translations")).body), /English: to update: the story changed/);
    assert.match(text((await tr.get(form)).body), /The published story has changed since this translation was saved/);

    await tr.post(form, { title: "Edited after translation", body: "We were at the café. My brother […] held my hand.", action: "publish" }, { formPage: form });
    const updated = await t.app.inject({ url: `/en/stories/${id}` });
    assert.match(updated.body, /My brother \[…\] held my hand/);
    assert.match(text(updated.body), /Translated from French/);
  });
});

describe("the author's consent, checked when read", () => {
  it("hides every translation at once when the author withdraws consent to translation, and the form refuses", async () => {
    const { id, mine } = await approvedStory({ title: "Consent withdrawn later" });
    const tr = await translator();
    const form = `/en/admin/story-translations/${id}/en`;
    await tr.post(form, { title: "Consent taken back", body: "An English version.", action: "publish" }, { formPage: form });
    assert.match((await t.app.inject({ url: `/en/stories/${id}` })).body, /Consent taken back/);

    const author = new Client(t.app);
    // The author's private page links to the story as readers see it, and to its translations.
    const own = await author.get(mine);
    assert.match(own.body, new RegExp(`href="/en/stories/${id}">Read your story as readers see it</a>`));
    assert.match(own.body, new RegExp(`Translations published with your consent:</p><ul class="inline-list"><li><a href="/en/stories/${id}\\?in=en" hreflang="en">English</a>`));
    const changed = await author.post(`${mine}/consent`, { naming: "pseudonym", display_name: "Nour", publish: "yes", translate: "no", quote: "no" }, { formPage: `${mine}/consent` });
    assert.equal(changed.statusCode, 303);

    const page = await t.app.inject({ url: `/en/stories/${id}` });
    assert.equal(page.statusCode, 200, "the story itself stays published");
    assert.doesNotMatch(page.body, /Consent taken back|An English version/);
    assert.doesNotMatch(page.body, /Translated from/);
    assert.doesNotMatch((await t.app.inject({ url: `/en/stories/${id}?in=en` })).body, /An English version/);
    assert.doesNotMatch((await t.app.inject({ url: "/en/stories" })).body, /Consent taken back/);
    assert.equal((await tr.get(form)).statusCode, 409);
    const refused = await tr.post(form, { title: "Again", body: "Again.", action: "publish" }, { formPage: "/en/admin/story-translations" });
    assert.equal(refused.statusCode, 409);
    assert.match(text(refused.body), /This story cannot be translated/);
    assert.doesNotMatch(text((await tr.get("/en/admin/story-translations")).body), /Consent withdrawn later/);
    assert.doesNotMatch((await author.get(mine)).body, /Translations published with your consent/);
  });

  it("refuses translation of a withdrawn story, and erases its translations with it", async () => {
    const { id, mine } = await approvedStory({ title: "Withdrawn with translations" });
    const tr = await translator();
    const form = `/en/admin/story-translations/${id}/ru`;
    await tr.post(form, { title: "Отозванная история", body: "Русский перевод.", action: "publish" }, { formPage: form });
    const author = new Client(t.app);
    assert.equal((await author.post(`${mine}/withdraw`, {}, { formPage: `${mine}/withdraw` })).statusCode, 303);
    assert.equal((await t.app.inject({ url: `/ru/stories/${id}` })).statusCode, 404);
    assert.equal((await tr.get(form)).statusCode, 409);
    assert.ok(await storyVoicesRepo(t.db.kysely).translation(id, "ru"), "kept during the grace period");

    t.clock.advance(73 * 3_600_000);
    const done = await runMaintenance(t.db, t.config, () => t.clock.now);
    assert.ok(done.storiesErased >= 1);
    const left = await t.db.kysely.selectFrom("story_translations").select("id").where("story_id", "=", id).execute();
    assert.deepEqual(left, [], "the translations were erased with the story");
  });
});
