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

    /** Published directory services, with the date each last changed. */
    async publishedServices() {
      return db.selectFrom("directory_services").select(["service_id as id", "updated_at"]).where("state", "=", "published").orderBy("service_id").execute();
    },

    /** Organisations with at least one published service (their page is public only then). */
    async publishedOrganizations(): Promise<{ id: string; updated_at: string }[]> {
      // The HSDS tables are generated at run time from their column lists, so they are not in the typed schema.
      const anyDb = db as unknown as Kysely<any>;
      const rows = await anyDb
        .selectFrom("hsds_service as s")
        .innerJoin("directory_services as m", "m.service_id", "s.id")
        .select((eb) => ["s.organization_id as id", eb.fn.max("m.updated_at").as("updated_at")])
        .where("m.state", "=", "published")
        .where("s.organization_id", "is not", null)
        .groupBy("s.organization_id")
        .orderBy("s.organization_id")
        .execute();
      return rows.map((r) => ({ id: String(r.id), updated_at: String(r.updated_at) }));
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
