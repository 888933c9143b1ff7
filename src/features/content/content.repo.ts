import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Locale } from "../../i18n/locales.ts";
import { prebuilt } from "../../db/prebuilt.ts";
import { preparedListRead, preparedRead } from "../../db/prepared.ts";
import { pickForEach, pickTranslation } from "./pick.ts";

type Q = Kysely<Database> | Transaction<Database>;

export type ContentKind = "page" | "news";
export type TranslationStatus = "draft" | "in_review" | "published" | "scheduled";

/** A published language version without its body: what lists and the home page show. */
export type PublishedSummary = Omit<PublishedTranslation, "body">;

export interface PublishedTranslation {
  itemId: string;
  kind: ContentKind;
  slug: string;
  topic: string | null;
  audiences: string[];
  isDemo: boolean;
  itemFirstPublishedAt: string | null;
  locale: string;
  title: string;
  summary: string;
  body: string;
  contentWarning: string | null;
  /** The item is about sexual violence (see `warnsByDefault`). */
  sexualViolence: boolean;
  /** An editor published this version without the default warning. */
  warningRemoved: boolean;
  reviewedOn: string | null;
  firstPublishedAt: string | null;
}

export function splitAudiences(stored: string): string[] {
  return stored.split(",").filter(Boolean);
}

export function joinAudiences(list: readonly string[]): string {
  return list.length ? `,${list.join(",")},` : "";
}

/** The content item table, its translations and revisions. Plain async functions; pass a transaction to group writes. */
export function contentRepo(db: Kysely<Database>) {
  const buildPublishedBase = (q: Q) =>
    q
      .selectFrom("content_items as i")
      .innerJoin("content_translations as t", "t.item_id", "i.id")
      .innerJoin("content_revisions as r", "r.id", "t.published_revision_id")
      .select([
        "i.id as itemId",
        "i.kind",
        "i.slug",
        "i.topic",
        "i.audiences",
        "i.is_demo",
        "i.sexual_violence",
        "i.first_published_at as itemFirstPublishedAt",
        "t.locale",
        "t.reviewed_on as reviewedOn",
        "t.first_published_at as firstPublishedAt",
        "r.title",
        "r.summary",
        "r.content_warning as contentWarning",
        "r.warning_removed",
      ]);

  const publishedBase = prebuilt<Q, ReturnType<typeof buildPublishedBase>>(db, buildPublishedBase);
  const publishedWithBody = prebuilt(db, (q: Q) => buildPublishedBase(q).select("r.body"));
  type Row = Awaited<ReturnType<ReturnType<typeof publishedBase>["executeTakeFirstOrThrow"]>>;
  const toSummary = (r: Row): PublishedSummary => ({
    itemId: r.itemId,
    kind: r.kind as ContentKind,
    slug: r.slug,
    topic: r.topic,
    audiences: splitAudiences(r.audiences),
    isDemo: r.is_demo === 1,
    itemFirstPublishedAt: r.itemFirstPublishedAt,
    locale: r.locale,
    title: r.title,
    summary: r.summary,
    contentWarning: r.contentWarning,
    sexualViolence: r.sexual_violence === 1,
    warningRemoved: r.warning_removed === 1,
    reviewedOn: r.reviewedOn,
    firstPublishedAt: r.firstPublishedAt,
  });

  // The article page's two reads, compiled once.
  const shownVersions = preparedRead(db, (q, v: { kind: string; slug: string }) =>
    q
      .selectFrom("content_items as i")
      .innerJoin("content_translations as t", "t.item_id", "i.id")
      .select("t.locale")
      .where("t.published_revision_id", "is not", null)
      .where("i.kind", "=", v.kind)
      .where("i.slug", "=", v.slug),
  );
  const shownVersion = preparedRead(db, (q, v: { kind: string; slug: string; locale: string }) =>
    publishedWithBody(q).where("i.kind", "=", v.kind).where("i.slug", "=", v.slug).where("t.locale", "=", v.locale),
  );

  // The home page's first read: which languages the newest news items are published in (short columns).
  const newestNews = preparedRead(db, (q, v: { limit: number }) =>
    q
      .selectFrom("content_items as i")
      .innerJoin("content_translations as t", "t.item_id", "i.id")
      .select(["i.id as itemId", "t.id as translationId", "t.locale"])
      .where("t.published_revision_id", "is not", null)
      .where("i.id", "in", (eb) =>
        eb
          .selectFrom("content_items as n")
          .select("n.id")
          .where("n.kind", "=", "news")
          .where("n.first_published_at", "is not", null)
          .where((nb) =>
            nb.exists(nb.selectFrom("content_translations as p").select("p.id").whereRef("p.item_id", "=", "n.id").where("p.published_revision_id", "is not", null)),
          )
          .orderBy("n.first_published_at", "desc")
          .orderBy("n.slug")
          .limit(v.limit),
      ),
  );

  // Then those versions (as many as were picked).
  const newsVersions = preparedListRead(db, (q, ids) =>
    publishedBase(q)
      .where("t.id", "in", ids as string[])
      .orderBy("i.first_published_at", "desc")
      .orderBy("i.slug"),
  );

  return {
    /** Every published language version of one item. */
    async findPublishedBySlug(kind: ContentKind, slug: string, trx: Q = db): Promise<PublishedTranslation[]> {
      const rows = await publishedWithBody(trx).where("i.kind", "=", kind).where("i.slug", "=", slug).execute();
      return rows.map((r) => ({ ...toSummary(r), body: r.body }));
    },

    /**
     * The language version a reader of `locale` is shown (their own, else a fallback; see pickTranslation),
     * with its body. Only that body is read: an article's page needs one of up to six.
     */
    async findShownBySlug(kind: ContentKind, slug: string, locale: Locale): Promise<PublishedTranslation | undefined> {
      // Which languages there are (one short column), then the one version shown, in full.
      const shown = pickTranslation(await shownVersions.all({ kind, slug }), locale);
      if (!shown) return undefined;
      const row = await shownVersion.first({ kind, slug, locale: shown.locale });
      return row ? { ...toSummary(row), body: row.body } : undefined;
    },

    async findPublishedByItemIds(itemIds: string[], trx: Q = db): Promise<PublishedTranslation[]> {
      if (itemIds.length === 0) return [];
      const rows = await publishedWithBody(trx).where("i.id", "in", itemIds).execute();
      return rows.map((r) => ({ ...toSummary(r), body: r.body }));
    },

    /** As findPublishedByItemIds, without the bodies (lists and the home page show titles and summaries). */
    async findPublishedSummaries(itemIds: string[], trx: Q = db): Promise<PublishedSummary[]> {
      if (itemIds.length === 0) return [];
      const rows = await publishedBase(trx).where("i.id", "in", itemIds).execute();
      return rows.map(toSummary);
    },

    /**
     * The `limit` newest news items with a published version (as listPublishedItemIds orders them), each in
     * the version a reader of `locale` is shown: only those versions are read in full.
     */
    async findNewestNews(limit: number, locale: Locale): Promise<PublishedSummary[]> {
      const versions = await newestNews.all({ limit });
      const shown = pickForEach([...new Set(versions.map((v) => v.itemId))], versions, locale).map((v) => v.translationId);
      if (shown.length === 0) return [];
      const rows = await newsVersions.all(shown, {});
      return rows.map(toSummary);
    },

    /** Ids of items with at least one published translation, newest first, with the total for paging. */
    async listPublishedItemIds(
      filter: { kind: ContentKind; topic?: string | undefined; audience?: string | undefined; excludeNoTopic?: boolean },
      page: { limit: number; offset: number },
      trx: Q = db,
    ): Promise<{ ids: string[]; total: number }> {
      let q = trx
        .selectFrom("content_items as i")
        .where("i.kind", "=", filter.kind)
        .where("i.first_published_at", "is not", null)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom("content_translations as t")
              .select("t.id")
              .whereRef("t.item_id", "=", "i.id")
              .where("t.published_revision_id", "is not", null),
          ),
        );
      if (filter.topic) q = q.where("i.topic", "=", filter.topic);
      if (filter.excludeNoTopic) q = q.where("i.topic", "is not", null);
      if (filter.audience) q = q.where("i.audiences", "like", `%,${filter.audience},%`);
      const countRow = await q.select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirst();
      const rows = await q
        .select("i.id")
        .orderBy(filter.kind === "news" ? "i.first_published_at" : "i.sort_order", filter.kind === "news" ? "desc" : "asc")
        .orderBy("i.slug")
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      return { ids: rows.map((r) => r.id), total: Number(countRow?.n ?? 0) };
    },

    async findItemById(id: string, trx: Q = db) {
      return trx.selectFrom("content_items").selectAll().where("id", "=", id).executeTakeFirst();
    },

    async findItemBySlug(kind: ContentKind, slug: string, trx: Q = db) {
      return trx.selectFrom("content_items").selectAll().where("kind", "=", kind).where("slug", "=", slug).executeTakeFirst();
    },

    async insertItem(row: Database["content_items"], trx: Q = db) {
      await trx.insertInto("content_items").values(row).execute();
    },

    async updateItem(
      id: string,
      patch: Partial<Pick<Database["content_items"], "slug" | "topic" | "audiences" | "sort_order" | "sexual_violence" | "first_published_at">>,
      trx: Q = db,
    ) {
      await trx.updateTable("content_items").set(patch).where("id", "=", id).execute();
    },

    async listItemsForStaff(filter: { kind?: string | undefined; q?: string | undefined }, trx: Q = db) {
      let q = trx.selectFrom("content_items").selectAll();
      if (filter.kind) q = q.where("kind", "=", filter.kind);
      if (filter.q) q = q.where("slug", "like", `%${filter.q.replace(/[%_]/g, "")}%`);
      return q.orderBy("kind").orderBy("topic").orderBy("sort_order").orderBy("slug").limit(500).execute();
    },

    async listTranslations(itemIds: string[], trx: Q = db) {
      if (itemIds.length === 0) return [];
      return trx
        .selectFrom("content_translations as t")
        .innerJoin("content_revisions as r", "r.id", "t.current_revision_id")
        .select([
          "t.id",
          "t.item_id",
          "t.locale",
          "t.status",
          "t.current_revision_id",
          "t.published_revision_id",
          "t.scheduled_revision_id",
          "t.publish_at",
          "t.reviewed_on",
          "t.updated_at",
          "r.title",
        ])
        .where("t.item_id", "in", itemIds)
        .execute();
    },

    async findTranslationById(id: string, trx: Q = db) {
      return trx.selectFrom("content_translations").selectAll().where("id", "=", id).executeTakeFirst();
    },

    async hasAnyItem(trx: Q = db): Promise<boolean> {
      return Boolean(await trx.selectFrom("content_items").select("id").limit(1).executeTakeFirst());
    },

    async findTranslation(itemId: string, locale: string, trx: Q = db) {
      return trx
        .selectFrom("content_translations")
        .selectAll()
        .where("item_id", "=", itemId)
        .where("locale", "=", locale)
        .executeTakeFirst();
    },

    async insertTranslation(row: Database["content_translations"], trx: Q = db) {
      await trx.insertInto("content_translations").values(row).execute();
    },

    async updateTranslation(id: string, patch: Partial<Database["content_translations"]>, trx: Q = db) {
      await trx.updateTable("content_translations").set(patch).where("id", "=", id).execute();
    },

    async insertRevision(row: Database["content_revisions"], trx: Q = db) {
      await trx.insertInto("content_revisions").values(row).execute();
    },

    async nextRevisionNumber(translationId: string, trx: Q = db): Promise<number> {
      const row = await trx
        .selectFrom("content_revisions")
        .select((eb) => eb.fn.max("number").as("n"))
        .where("translation_id", "=", translationId)
        .executeTakeFirst();
      return Number(row?.n ?? 0) + 1;
    },

    async findRevision(id: string, trx: Q = db) {
      return trx.selectFrom("content_revisions").selectAll().where("id", "=", id).executeTakeFirst();
    },

    async listRevisions(translationId: string, trx: Q = db) {
      return trx
        .selectFrom("content_revisions as r")
        .leftJoin("users as u", "u.id", "r.created_by")
        .select(["r.id", "r.number", "r.title", "r.note", "r.created_at", "u.name as author"])
        .where("r.translation_id", "=", translationId)
        .orderBy("r.number", "desc")
        .limit(200)
        .execute();
    },

    /** Translations whose scheduled publication time has come. */
    async listDueScheduled(now: string, trx: Q = db) {
      return trx
        .selectFrom("content_translations")
        .selectAll()
        .where("scheduled_revision_id", "is not", null)
        .where("publish_at", "<=", now)
        .execute();
    },
  };
}

export type ContentRepo = ReturnType<typeof contentRepo>;
