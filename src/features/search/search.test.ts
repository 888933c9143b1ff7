import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildPage } from "../../../tests/support/factories.ts";
import { contentService } from "../content/content.service.ts";

describe("site search", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await buildPage(t, {
      slug: "compensation-guide",
      locales: {
        en: { title: "Compensation for victims", body: "How to claim compensation and financial help after an attack." },
        zh: { title: "受害者赔偿", body: "如何在袭击后申请赔偿和经济援助。" },
        ar: { title: "تعويض الضحايا", body: "كيفية المطالبة بالتعويض والمساعدة المالية بعد الهجوم." },
        ru: { title: "Компенсация пострадавшим", body: "Как получить компенсацию и финансовую помощь." },
      },
    });
    await buildPage(t, { slug: "media-guide", locales: { en: { title: "Dealing with journalists", body: "You can say no to an interview." } } });
  });
  after(() => t.close());

  it("finds English words, including by prefix, with the words highlighted", async () => {
    const r = await t.app.inject("/en/search?q=compens");
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /1 result for/);
    assert.match(r.body, /<mark>Compensation<\/mark>/);
    assert.match(r.body, /href="\/en\/info\/compensation-guide"/);
  });

  it("finds two-character Chinese words", async () => {
    const r = await t.app.inject(`/zh/search?q=${encodeURIComponent("赔偿")}`);
    assert.match(r.body, /<mark>赔偿<\/mark>/);
    assert.match(r.body, /href="\/zh\/info\/compensation-guide"/);
  });

  it("finds Arabic words whatever article or conjunction is attached", async () => {
    const r = await t.app.inject(`/ar/search?q=${encodeURIComponent("المساعدة")}`);
    assert.match(r.body, /href="\/ar\/info\/compensation-guide"/);
    assert.match(r.body, /<mark>والمساعدة<\/mark>/);
  });

  it("searches only the reader's language", async () => {
    const r = await t.app.inject("/fr/search?q=compensation");
    assert.match(r.body, /Aucun résultat|No results|0/);
    assert.doesNotMatch(r.body, /href="\/fr\/info\/compensation-guide"/);
  });

  it("falls back to any word when no page has them all", async () => {
    const r = await t.app.inject("/en/search?q=journalists+elephants");
    assert.match(r.body, /href="\/en\/info\/media-guide"/);
    assert.match(r.body, /some of them/);
  });

  it("treats query syntax characters as plain text", async () => {
    for (const q of ['"', "AND OR NOT", "a*", "(x", "foo:bar", "'; drop table users; --", "&|!"]) {
      const r = await t.app.inject(`/en/search?q=${encodeURIComponent(q)}`);
      assert.equal(r.statusCode, 200, q);
    }
  });

  it("answers 400 with the error summary for an over-long query, keeping it", async () => {
    const q = "x".repeat(201);
    const r = await t.app.inject(`/en/search?q=${q}`);
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /href="#field-q"/);
    assert.match(r.body, new RegExp(`value="${q}"`));
    assert.equal((await t.app.inject("/en/search?q=help&page=0")).statusCode, 400);
    assert.equal((await t.app.inject("/en/search?q=compensation&page=7")).statusCode, 404);
  });

  it("drops unpublished pages from the index", async () => {
    const item = await t.db.kysely.selectFrom("content_items").select("id").where("slug", "=", "media-guide").executeTakeFirstOrThrow();
    await contentService(t.db).unpublish(item.id, "en", null);
    const r = await t.app.inject("/en/search?q=journalists");
    assert.doesNotMatch(r.body, /media-guide/);
  });

  it("does not show the words of a page that carries a content warning, only that it has one", async () => {
    await buildPage(t, { slug: "warned-account", locales: { en: { title: "An account of the night", body: "Graphic description of wounded bystanders.", contentWarning: "Describes injuries." } } });
    await buildPage(t, { slug: "gender-warned", topic: "gender", locales: { en: { title: "Support after violence", body: "Bystanders who were assaulted can ask for help." } } });
    const r = await t.app.inject("/en/search?q=bystanders");
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /warned-account/);
    assert.match(r.body, /gender-warned/, "a page warned by its topic is found too");
    assert.doesNotMatch(r.body, /wounded|assaulted/, "no excerpt of a warned page");
    assert.equal(r.body.match(/This page has a content warning/g)?.length, 2);
  });
});
