import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Every item with a published language version, with the date it last changed. */
export function sitemapRepo(db: Kysely<Database>) {
  return {
    async publishedItems() {
      return db
        .selectFrom("content_items as i")
        .innerJoin("content_translations as t", "t.item_id", "i.id")
        .select((eb) => ["i.kind", "i.slug", eb.fn.max("t.updated_at").as("updated_at")])
        .where("t.published_revision_id", "is not", null)
        .groupBy(["i.kind", "i.slug"])
        .orderBy("i.kind")
        .orderBy("i.slug")
        .execute();
    },

    /** Published stories (approved, with the author's consent to publish), with the date they last changed. */
    async publishedStories() {
      return db
        .selectFrom("stories")
        .select(["id", "updated_at"])
        .where("status", "=", "approved")
        .where("consent_publish", "=", 1)
        .orderBy("approved_at", "desc")
        .orderBy("id")
        .execute();
    },
  };
}
