import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../tests/support/app.ts";
import { buildPage } from "../../tests/support/factories.ts";
import { trackReads, type ReadTracker } from "./changes.ts";
import { preparedListRead, preparedRead } from "./prepared.ts";

describe("reads compiled once (preparedRead)", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const titles = () =>
    preparedRead(t.db.kysely, (q, v: { slug: string; locale: string }) =>
      q
        .selectFrom("content_items as i")
        .innerJoin("content_translations as t", "t.item_id", "i.id")
        .innerJoin("content_revisions as r", "r.id", "t.published_revision_id")
        .select(["r.title", "t.locale"])
        .where("i.slug", "=", v.slug)
        .where("t.locale", "=", v.locale)
        .where("i.kind", "=", "page"),
    );

  it("runs with the values given each time, keeping the values written in the query", async () => {
    const a = await buildPage(t, { locales: { en: { title: "First in English" }, fr: { title: "Premier en français" } } });
    const b = await buildPage(t, { locales: { en: { title: "Second in English" } } });
    const read = titles();
    assert.deepEqual(await read.all({ slug: a.slug, locale: "fr" }), [{ title: "Premier en français", locale: "fr" }]);
    assert.equal((await read.first({ slug: a.slug, locale: "en" }))?.title, "First in English");
    assert.equal((await read.first({ slug: b.slug, locale: "en" }))?.title, "Second in English");
    assert.equal(await read.first({ slug: b.slug, locale: "fr" }), undefined);
    // The constant condition (kind = page) still applies: news with the same slug are not pages.
    const news = await buildPage(t, { kind: "news", locales: { en: { title: "A news item" } } });
    assert.equal(await read.first({ slug: news.slug, locale: "en" }), undefined);
  });

  it("records the tables it read for the page cache on every run, as a built query does", async () => {
    const page = await buildPage(t, { locales: { en: { title: "Tracked" } } });
    const read = titles();
    for (let run = 0; run < 2; run++) {
      const tracker: ReadTracker = { tables: new Set(), written: new Set() };
      await trackReads(tracker, () => read.first({ slug: page.slug, locale: "en" }));
      for (const table of ["content_items", "content_revisions", "content_translations"]) assert.ok(tracker.tables!.has(table), `run ${run + 1} recorded ${table}`);
    }
  });

  it("reads by a list of any length, with a read compiled for each length, recording its tables", async () => {
    const pages = await Promise.all(["One", "Two", "Three"].map((title) => buildPage(t, { locales: { en: { title }, fr: { title: `${title} (fr)` } } })));
    const read = preparedListRead(t.db.kysely, (q, slugs, v: { locale: string }) =>
      q
        .selectFrom("content_items as i")
        .innerJoin("content_translations as t", "t.item_id", "i.id")
        .innerJoin("content_revisions as r", "r.id", "t.published_revision_id")
        .select("r.title")
        .where("i.slug", "in", slugs as string[])
        .where("t.locale", "=", v.locale)
        .orderBy("r.title"),
    2);
    const titlesOf = async (list: string[], locale: string) => (await read.all(list, { locale })).map((r) => r.title);
    assert.deepEqual(await titlesOf([], "en"), []);
    assert.deepEqual(await titlesOf([pages[0]!.slug], "en"), ["One"]);
    assert.deepEqual(await titlesOf([pages[1]!.slug, pages[0]!.slug], "fr"), ["One (fr)", "Two (fr)"]);
    assert.deepEqual(await titlesOf([pages[2]!.slug, pages[1]!.slug], "en"), ["Three", "Two"], "the same length, other values");
    // Longer than maxLength: compiled for that call, with the same answer.
    assert.deepEqual(await titlesOf(pages.map((p) => p.slug), "en"), ["One", "Three", "Two"]);
    const tracker: ReadTracker = { tables: new Set(), written: new Set() };
    await trackReads(tracker, () => read.all([pages[0]!.slug], { locale: "en" }));
    assert.ok(tracker.tables!.has("content_revisions"));
  });

  it("refuses writes, and placeholders that Kysely would write into the SQL text", () => {
    assert.throws(() => preparedRead(t.db.kysely, (q, v: { id: string }) => q.deleteFrom("feedback").where("id", "=", v.id) as never), /SELECT/);
    assert.throws(() => preparedRead(t.db.kysely, (q, v: { n: number }) => q.selectFrom("feedback").select("id").where("useful", "=", (eb) => eb.lit(v.n as never))), /placeholder|unsafe immediate value/);
  });
});
