import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildPage, buildStaff, signIn } from "../../../tests/support/factories.ts";
import { LOCALES } from "../../i18n/locales.ts";
import { translator } from "../../i18n/i18n.ts";
import { sgbvSearchHref } from "../directory/directory.taxonomy.ts";

let t: TestApp;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");
const GENDER_PAGE = "gender-specific-needs-and-rights";
/** The body of a page sits inside the warning's <details> when it has one. */
const behindWarning = (html: string) => /<details class="content-warning">[\s\S]*class="content-warning-body"[\s\S]*<\/details>/.test(html);

before(async () => {
  t = await createTestApp({ seed: true });
});
after(async () => t.close());

describe("the gender information topic", () => {
  it("lists the topic and its demonstration page in all six languages", async () => {
    for (const l of LOCALES) {
      const index = await t.app.inject({ url: `/${l}/info` });
      assert.match(index.body, new RegExp(`href="/${l}/info/topics/gender"`), l);
      const topic = await t.app.inject({ url: `/${l}/info/topics/gender` });
      assert.equal(topic.statusCode, 200, l);
      assert.match(topic.body, new RegExp(`href="/${l}/info/${GENDER_PAGE}"`), l);
      const page = await t.app.inject({ url: `/${l}/info/${GENDER_PAGE}` });
      assert.equal(page.statusCode, 200, l);
      // Written in the reader's language, not a fallback.
      assert.doesNotMatch(page.body, /class="[^"]*fallback/, l);
      assert.match(page.body, new RegExp(`href="/${l}/services"`), `${l}: links the directory`);
    }
  });

  it("hides the seeded page behind the standard content warning, in the reader's language, without JavaScript", async () => {
    for (const l of ["en", "fr", "ar"] as const) {
      const res = await t.app.inject({ url: `/${l}/info/${GENDER_PAGE}` });
      assert.ok(behindWarning(res.body), l);
      assert.match(text(res.body), new RegExp(translator(l)("content.warning.sexualViolence").slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")), l);
    }
  });

  it("leads from the demonstration 'Get help now' page to help after sexual violence, in every language", async () => {
    for (const l of LOCALES) {
      const r = await t.app.inject(`/${l}/info/get-help-now`);
      assert.equal(r.statusCode, 200);
      assert.ok(r.body.includes(`href="${sgbvSearchHref(l).replace(/&/g, "&amp;")}"`), `${l}: no link to the SGBV search`);
      const search = await t.app.inject(sgbvSearchHref(l));
      assert.equal(search.statusCode, 200);
    }
  });

  it("links the gender topic from the justice, compensation, health and children topics and their pages, and back", async () => {
    for (const topic of ["justice", "compensation", "health", "children"]) {
      const res = await t.app.inject({ url: `/en/info/topics/${topic}` });
      assert.match(res.body, /<aside class="panel related-topics"[\s\S]*href="\/en\/info\/topics\/gender">Gender-specific needs and rights</, topic);
    }
    const justicePage = await t.app.inject({ url: "/fr/info/taking-part-in-criminal-proceedings" });
    assert.match(justicePage.body, /href="\/fr\/info\/topics\/gender">Besoins et droits liés au genre</);
    const gender = await t.app.inject({ url: "/en/info/topics/gender" });
    for (const topic of ["justice", "compensation", "health", "children"]) assert.match(gender.body, new RegExp(`href="/en/info/topics/${topic}"`), topic);
    // Topics it does not concern get no such link.
    const media = await t.app.inject({ url: "/en/info/topics/media" });
    assert.doesNotMatch(media.body, /related-topics/);
  });
});

describe("content warnings on pages about sexual violence", () => {
  it("puts a warning on a gender page saved with none, and on any page marked as about sexual violence", async () => {
    await buildPage(t, { slug: "gender-no-warning-given", topic: "gender", locales: { en: { title: "Widowhood and income" } } });
    assert.ok(behindWarning((await t.app.inject({ url: "/en/info/gender-no-warning-given" })).body));
    // An ordinary page has none...
    const { id } = await buildPage(t, { slug: "ordinary-justice-page", topic: "justice", locales: { en: { title: "Ordinary page" } } });
    assert.ok(!behindWarning((await t.app.inject({ url: "/en/info/ordinary-justice-page" })).body));
    // ...until an editor marks it as about sexual violence (audited).
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const item = `/en/admin/content/${id}`;
    const meta = await editor.post(`${item}/meta`, { topic: "justice", audiences: ["victims"], sortOrder: "0", sexualViolence: "yes" }, { formPage: item });
    assert.equal(meta.statusCode, 303);
    assert.ok(behindWarning((await t.app.inject({ url: "/en/info/ordinary-justice-page" })).body));
    assert.match((await editor.get(item)).body, /name="sexualViolence" value="yes" checked/);
    const audit = await t.db.kysely.selectFrom("audit_log").select(["action", "details"]).where("target_id", "=", id).where("action", "=", "content.update_meta").executeTakeFirst();
    assert.match(String(audit?.details), /"sexualViolence":true/);
  });

  it("starts the editor with the warning filled in, keeps an editor's own wording, and removes it only when explicitly asked", async () => {
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const created = await editor.post("/en/admin/content/new", { kind: "page", slug: "abduction-and-return", topic: "gender", audiences: ["victims"], sortOrder: "2" }, { formPage: "/en/admin/content/new" });
    assert.equal(created.statusCode, 303);
    const frEdit = String(created.headers.location).replace(/\/en$/, "/fr");
    const form = await editor.get(frEdit);
    assert.match(form.body, /name="contentWarning"[^>]*value="Cette page parle de violences sexuelles/);
    assert.match(form.body, /name="removeWarning" value="yes"/);
    assert.doesNotMatch(form.body, /name="removeWarning" value="yes" checked/);

    const fields = { title: "Enlèvement et retour", summary: "Ce qui peut aider.", body: "Texte.", reviewedOn: "2026-11-20", note: "" };
    // An editor's own wording is kept.
    await editor.post(frEdit, { ...fields, contentWarning: "Parle d’enlèvement", action: "publish" }, { formPage: frEdit });
    const own = await t.app.inject({ url: "/fr/info/abduction-and-return" });
    assert.ok(behindWarning(own.body));
    assert.match(own.body, /Parle d’enlèvement/);
    // Emptying the field is not enough: readers still get the standard warning.
    await editor.post(frEdit, { ...fields, contentWarning: "", action: "publish" }, { formPage: frEdit });
    const emptied = await t.app.inject({ url: "/fr/info/abduction-and-return" });
    assert.ok(behindWarning(emptied.body));
    assert.match(text(emptied.body), /Cette page parle de violences sexuelles/);
    // Only the explicit choice removes it; the editor then shows that choice.
    await editor.post(frEdit, { ...fields, contentWarning: "", removeWarning: "yes", action: "publish" }, { formPage: frEdit });
    assert.ok(!behindWarning((await t.app.inject({ url: "/fr/info/abduction-and-return" })).body));
    const again = await editor.get(frEdit);
    assert.match(again.body, /name="removeWarning" value="yes" checked/);
    const audit = await t.db.kysely.selectFrom("audit_log").select("details").where("action", "=", "content.publish").orderBy("at", "desc").execute();
    assert.ok(audit.some((a) => /"warningRemoved":true/.test(String(a.details))));
  });

  it("does not offer to remove a warning on pages that have none by default", async () => {
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const id = (await t.db.kysely.selectFrom("content_items").select("id").where("slug", "=", "get-help-now").executeTakeFirstOrThrow()).id;
    const form = await editor.get(`/en/admin/content/${id}/en`);
    assert.equal(form.statusCode, 200);
    assert.doesNotMatch(form.body, /name="removeWarning"/);
  });
});
