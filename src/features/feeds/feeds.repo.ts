import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** What the Atom feeds list: news published in one language, newest first. */
export function feedsRepo(db: Kysely<Database>) {
  return {
    async newsIn(locale: string, limit: number) {
      return db
        .selectFrom("content_items as i")
        .innerJoin("content_translations as t", "t.item_id", "i.id")
        .innerJoin("content_revisions as r", "r.id", "t.published_revision_id")
        .select(["i.slug", "r.title", "r.summary", "r.content_warning", "r.created_at as revised_at", "t.first_published_at", "i.first_published_at as item_first_published_at"])
        .where("i.kind", "=", "news")
        .where("t.locale", "=", locale)
        .where("i.first_published_at", "is not", null)
        .orderBy("i.first_published_at", "desc")
        .orderBy("i.slug")
        .limit(limit)
        .execute();
    },
  };
}
