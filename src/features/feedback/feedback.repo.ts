import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Anonymous "was this page useful" answers and the per-page results staff see. */
export function feedbackRepo(db: Kysely<Database>, clock: () => Date = () => new Date()) {
  return {
    async insert(row: { itemId: string; locale: string; useful: boolean; comment: string | null }): Promise<void> {
      await db
        .insertInto("feedback")
        .values({
          id: randomUUID(),
          item_id: row.itemId,
          locale: row.locale,
          useful: row.useful ? 1 : 0,
          comment: row.comment,
          created_at: clock().toISOString(),
        })
        .execute();
    },

    /** Yes/no counts per item, most answered first. */
    async summaryByItem() {
      const rows = await db
        .selectFrom("feedback as f")
        .innerJoin("content_items as i", "i.id", "f.item_id")
        .select((eb) => [
          "i.id",
          "i.slug",
          "i.kind",
          eb.fn.countAll<string | number>().as("total"),
          eb.fn.sum<string | number>("f.useful").as("yes"),
        ])
        .groupBy(["i.id", "i.slug", "i.kind"])
        .orderBy("total", "desc")
        .limit(500)
        .execute();
      return rows.map((r) => ({ id: r.id, slug: r.slug, kind: r.kind, total: Number(r.total), yes: Number(r.yes ?? 0) }));
    },

    async listForItem(itemId: string, limit = 200) {
      return db
        .selectFrom("feedback")
        .select(["id", "locale", "useful", "comment", "created_at"])
        .where("item_id", "=", itemId)
        .orderBy("created_at", "desc")
        .limit(limit)
        .execute();
    },
  };
}
