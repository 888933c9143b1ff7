import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildPage, buildStaff, signIn } from "../../../tests/support/factories.ts";
import { contentService } from "../content/content.service.ts";

describe("editing, translating and publishing content", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ seed: true });
  });
  after(() => t.close());

  const itemId = async (slug: string) =>
    (await t.db.kysely.selectFrom("content_items").select("id").where("slug", "=", slug).executeTakeFirstOrThrow()).id;

  it("shows the dashboard with counts and the content list with every language's status", async () => {
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const dash = await editor.get("/en/admin");
    assert.equal(dash.statusCode, 200);
    assert.match(dash.body, /missing translation/);
    const list = await editor.get("/en/admin/content");
    assert.match(list.body, /get-help-now/);
    assert.match(list.body, /tag-published/);
    const filtered = await editor.get("/en/admin/content?kind=news&status=published");
    assert.match(filtered.body, /international-day-2026/);
    assert.doesNotMatch(filtered.body, /get-help-now/);
  });

  it("creates a page, validates the slug and refuses a taken one", async () => {
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const bad = await editor.post("/en/admin/content/new", { kind: "page", slug: "Bad Slug!", topic: "rights", sortOrder: "1" }, { formPage: "/en/admin/content/new" });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#field-slug"/);
    assert.match(bad.body, /value="Bad Slug!"/);
    const taken = await editor.post("/en/admin/content/new", { kind: "page", slug: "get-help-now", topic: "", sortOrder: "0" }, { formPage: "/en/admin/content/new" });
    assert.equal(taken.statusCode, 400);
    const ok = await editor.post("/en/admin/content/new", { kind: "page", slug: "new-guide", topic: "practical", audiences: ["victims", "families"], sortOrder: "3" }, { formPage: "/en/admin/content/new" });
    assert.equal(ok.statusCode, 303);
    assert.match(String(ok.headers.location), /^\/en\/admin\/content\/[0-9a-f-]{36}\/en$/);
  });

  it("takes a translation from draft to review to published, with preview saving nothing", async () => {
    const id = await itemId("new-guide");
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const edit = `/en/admin/content/${id}/en`;
    const fields = { title: "A new guide", summary: "What it says.", body: "## Part one\n\nSome **text**.", contentWarning: "", reviewedOn: "2026-11-01", note: "" };
    const preview = await editor.post(edit, { ...fields, action: "preview" }, { formPage: edit });
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /<h3>Part one<\/h3>/);
    assert.equal((await t.app.inject("/en/info/new-guide")).statusCode, 404, "preview publishes nothing");
    const draft = await editor.post(edit, { ...fields, action: "draft" }, { formPage: edit });
    assert.equal(draft.statusCode, 303);
    assert.equal((await t.app.inject("/en/info/new-guide")).statusCode, 404, "a draft is not public");
    await editor.post(edit, { ...fields, action: "review" }, { formPage: edit });
    const inReview = await t.db.kysely.selectFrom("content_translations").select("status").where("item_id", "=", id).executeTakeFirstOrThrow();
    assert.equal(inReview.status, "in_review");
    await editor.post(edit, { ...fields, action: "publish" }, { formPage: edit });
    const live = await t.app.inject("/en/info/new-guide");
    assert.equal(live.statusCode, 200);
    assert.match(live.body, /A new guide/);
    assert.match((await t.app.inject("/en/search?q=guide")).body, /new-guide/);
    // Editing a published page does not change the live page until it is published again.
    await editor.post(edit, { ...fields, title: "A changed guide", action: "draft" }, { formPage: edit });
    assert.match((await t.app.inject("/en/info/new-guide")).body, /A new guide/);
    const audit = await t.db.kysely.selectFrom("audit_log").select("action").where("target_id", "=", id).execute();
    assert.deepEqual(new Set(audit.map((a) => a.action)), new Set(["content.create", "content.save", "content.review", "content.publish"]));
  });

  it("keeps every answer and links each error when the translation form is wrong", async () => {
    const id = await itemId("new-guide");
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const edit = `/ar/admin/content/${id}/ar`;
    const r = await editor.post(edit, { title: "", summary: "ملخص", body: "نص", reviewedOn: "2026-13-45", action: "publish" }, { formPage: edit });
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /href="#field-title"/);
    assert.match(r.body, /href="#field-reviewedOn"/);
    assert.match(r.body, /ملخص<\/textarea>/);
    assert.match(r.body, /<html lang="ar" dir="rtl">/);
    const sched = await editor.post(edit, { title: "عنوان", summary: "ملخص", body: "نص", action: "schedule", publishAt: "" }, { formPage: edit });
    assert.equal(sched.statusCode, 400);
    assert.match(sched.body, /href="#field-publishAt"/);
  });

  it("publishes a scheduled version when its time comes, keeping the live one until then", async () => {
    const id = await itemId("new-guide");
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const edit = `/en/admin/content/${id}/en`;
    const at = new Date(t.clock.now.getTime() + 3_600_000).toISOString().slice(0, 16);
    const r = await editor.post(edit, { title: "Scheduled title", summary: "S", body: "B", action: "schedule", publishAt: at }, { formPage: edit });
    assert.equal(r.statusCode, 303);
    const service = contentService(t.db, () => t.clock.now);
    assert.equal(await service.publishDue(), 0);
    assert.match((await t.app.inject("/en/info/new-guide")).body, /A new guide/);
    t.clock.advance(3_600_000 + 60_000);
    assert.equal(await service.publishDue(), 1);
    assert.match((await t.app.inject("/en/info/new-guide")).body, /Scheduled title/);
  });

  it("shows the history, the difference between two versions, and restores an older one", async () => {
    const id = await itemId("new-guide");
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const history = await editor.get(`/en/admin/content/${id}/en/revisions`);
    assert.equal(history.statusCode, 200);
    const revs = await t.db.kysely
      .selectFrom("content_revisions as r")
      .innerJoin("content_translations as t", "t.id", "r.translation_id")
      .select(["r.id", "r.title", "r.number"])
      .where("t.item_id", "=", id)
      .where("t.locale", "=", "en")
      .orderBy("r.number")
      .execute();
    const first = revs[0]!;
    const last = revs.at(-1)!;
    const diff = await editor.get(`/en/admin/content/${id}/en/revisions?a=${first.id}&b=${last.id}`);
    assert.match(diff.body, /<del>/);
    assert.match(diff.body, /<ins>/);
    const restore = await editor.post(`/en/admin/content/${id}/en/revisions/${first.id}/restore`, {}, { formPage: `/en/admin/content/${id}/en/revisions` });
    assert.equal(restore.statusCode, 303);
    const current = await t.db.kysely
      .selectFrom("content_translations as t")
      .innerJoin("content_revisions as r", "r.id", "t.current_revision_id")
      .select(["r.title", "t.status"])
      .where("t.item_id", "=", id)
      .where("t.locale", "=", "en")
      .executeTakeFirstOrThrow();
    assert.equal(current.title, first.title);
    assert.equal(current.status, "draft");
  });

  it("lets translators translate and submit, but not publish", async () => {
    const id = await itemId("new-guide");
    const translator = await signIn(t, await buildStaff(t, { roles: ["translator"] }));
    const gaps = await translator.get("/en/admin/translations?missing=zh");
    assert.match(gaps.body, /new-guide/);
    const form = await translator.get(`/en/admin/content/${id}/zh`);
    assert.match(form.body, /Text to translate from/);
    assert.doesNotMatch(form.body, /value="publish"/);
    const fields = { title: "新指南", summary: "摘要", body: "正文", action: "review" };
    assert.equal((await translator.post(`/en/admin/content/${id}/zh`, fields, { formPage: `/en/admin/content/${id}/zh` })).statusCode, 303);
    const publish = await translator.post(`/en/admin/content/${id}/zh`, { ...fields, action: "publish" }, { formPage: `/en/admin/content/${id}/zh` });
    assert.equal(publish.statusCode, 403);
    assert.equal((await translator.get("/en/admin/content/new")).statusCode, 403);
    assert.equal((await translator.get("/en/admin/feedback")).statusCode, 403);
    assert.equal((await translator.get("/en/admin/users")).statusCode, 403);
  });

  it("unpublishes one language version", async () => {
    const page = await buildPage(t, { locales: { en: { title: "To remove" }, fr: { title: "À retirer" } } });
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const r = await editor.post(`/en/admin/content/${page.id}/fr/unpublish`, {}, { formPage: `/en/admin/content/${page.id}/fr` });
    assert.equal(r.statusCode, 303);
    const fr = await t.app.inject(`/fr/info/${page.slug}`);
    assert.match(fr.body, /notice-fallback/);
  });

  it("shows staff the feedback per page", async () => {
    const id = await itemId("safety");
    await t.db.kysely.insertInto("feedback").values([
      { id: crypto.randomUUID(), item_id: id, locale: "en", useful: 1, comment: null, created_at: t.clock.now.toISOString() },
      { id: crypto.randomUUID(), item_id: id, locale: "ar", useful: 0, comment: "تعليق", created_at: t.clock.now.toISOString() },
    ]).execute();
    const moderator = await signIn(t, await buildStaff(t, { roles: ["moderator"] }));
    const summary = await moderator.get("/en/admin/feedback");
    assert.match(summary.body, /safety/);
    assert.match(summary.body, /50%/);
    const detail = await moderator.get(`/en/admin/feedback/${id}`);
    assert.match(detail.body, /تعليق/);
  });

  it("lets admins manage staff access and read the audit log", async () => {
    const admin = await buildStaff(t, { roles: ["admin"] });
    const client = await signIn(t, admin);
    const other = await buildStaff(t, { roles: ["translator"] });
    const list = await client.get("/en/admin/users");
    assert.match(list.body, new RegExp(other.email));
    const bad = await client.post(`/en/admin/users/${other.id}/access`, { roles: "focal_point", countries: "" }, { formPage: `/en/admin/users/${other.id}` });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#field-countries"/);
    const ok = await client.post(`/en/admin/users/${other.id}/access`, { roles: ["focal_point", "translator"], countries: "fr, ml" }, { formPage: `/en/admin/users/${other.id}` });
    assert.equal(ok.statusCode, 303);
    const countries = await t.db.kysely.selectFrom("user_countries").select("country_code").where("user_id", "=", other.id).orderBy("country_code").execute();
    assert.deepEqual(countries.map((c) => c.country_code), ["FR", "ML"]);
    const otherClient = await signIn(t, other);
    await client.post(`/en/admin/users/${other.id}/disable`, {}, { formPage: `/en/admin/users/${other.id}` });
    assert.equal((await otherClient.get("/en/admin")).statusCode, 303, "a disabled account is signed out");
    const audit = await client.get("/en/admin/audit?action=users.disable");
    assert.match(audit.body, /users.disable/);
    assert.equal((await client.get("/en/admin/audit?page=-1")).statusCode, 400);
  });
});
