import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Counts for the staff dashboard. */
export function dashboardRepo(db: Kysely<Database>) {
  return {
    async statusCounts() {
      const rows = await db
        .selectFrom("content_translations")
        .select((eb) => ["status", eb.fn.countAll<string | number>().as("n")])
        .groupBy("status")
        .execute();
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Record<string, number>;
    },
    async itemAndTranslationCounts() {
      const items = await db.selectFrom("content_items").select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirst();
      const translations = await db.selectFrom("content_translations").select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirst();
      return { items: Number(items?.n ?? 0), translations: Number(translations?.n ?? 0) };
    },
    async feedbackCount() {
      const row = await db.selectFrom("feedback").select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}
