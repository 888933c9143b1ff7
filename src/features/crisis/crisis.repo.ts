import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

type Q = Kysely<Database> | Transaction<Database>;

export const CRISIS_SECTIONS = ["helplines", "missing_persons", "consular", "get_help"] as const;
export type CrisisSection = (typeof CRISIS_SECTIONS)[number];

export interface CrisisTextRow {
  locale: string;
  headline: string;
  message: string;
  helplines: string;
  missing_persons: string;
  consular: string;
  get_help: string;
}

/** Incident notices and their texts; at most one is active at a time (kept so by the service). */
export function crisisRepo(db: Kysely<Database>) {
  return {
    /** The cheap read every instance makes at most every two seconds: the active notice's stamp. */
    async activeStamp(): Promise<{ id: string; version: number } | undefined> {
      return db.selectFrom("crisis_notices").select(["id", "version"]).where("active", "=", 1).limit(1).executeTakeFirst();
    },

    async findNotice(id: string, trx: Q = db) {
      return trx.selectFrom("crisis_notices").selectAll().where("id", "=", id).executeTakeFirst();
    },

    async texts(noticeId: string, trx: Q = db): Promise<CrisisTextRow[]> {
      return trx
        .selectFrom("crisis_notice_texts")
        .select(["locale", "headline", "message", "helplines", "missing_persons", "consular", "get_help"])
        .where("notice_id", "=", noticeId)
        .orderBy("locale")
        .execute();
    },

    async activeIds(trx: Q): Promise<string[]> {
      return (await trx.selectFrom("crisis_notices").select("id").where("active", "=", 1).execute()).map((r) => r.id);
    },

    async insertNotice(
      row: { id: string; severity: string; country: string | null; source_locale: string; created_by: string | null; at: string },
      trx: Q,
    ): Promise<void> {
      await trx
        .insertInto("crisis_notices")
        .values({
          id: row.id,
          active: 1,
          severity: row.severity,
          country: row.country,
          source_locale: row.source_locale,
          created_by: row.created_by,
          switched_on_at: row.at,
          switched_off_at: null,
          switched_off_by: null,
          updated_at: row.at,
          version: 1,
        })
        .execute();
    },

    async switchOff(id: string, by: string | null, at: string, trx: Q): Promise<number> {
      const res = await trx
        .updateTable("crisis_notices")
        .set((eb) => ({ active: 0, switched_off_at: at, switched_off_by: by, updated_at: at, version: eb("version", "+", 1) }))
        .where("id", "=", id)
        .where("active", "=", 1)
        .executeTakeFirst();
      return Number(res.numUpdatedRows);
    },

    async touch(id: string, at: string, trx: Q): Promise<void> {
      await trx.updateTable("crisis_notices").set((eb) => ({ updated_at: at, version: eb("version", "+", 1) })).where("id", "=", id).execute();
    },

    async saveText(noticeId: string, text: CrisisTextRow, at: string, trx: Q): Promise<void> {
      await trx.deleteFrom("crisis_notice_texts").where("notice_id", "=", noticeId).where("locale", "=", text.locale).execute();
      await trx.insertInto("crisis_notice_texts").values({ notice_id: noticeId, ...text, updated_at: at }).execute();
    },

    async deleteText(noticeId: string, locale: string, trx: Q): Promise<void> {
      await trx.deleteFrom("crisis_notice_texts").where("notice_id", "=", noticeId).where("locale", "=", locale).execute();
    },

    /** Every notice, newest first, with its headline in the language it was written in. */
    async history(limit: number) {
      return db
        .selectFrom("crisis_notices as n")
        .leftJoin("crisis_notice_texts as t", (j) => j.onRef("t.notice_id", "=", "n.id").onRef("t.locale", "=", "n.source_locale"))
        .leftJoin("users as u", "u.id", "n.created_by")
        .select(["n.id", "n.active", "n.severity", "n.country", "n.source_locale", "n.switched_on_at", "n.switched_off_at", "t.headline", "u.name as created_by_name"])
        .orderBy("n.switched_on_at", "desc")
        .orderBy("n.id", "desc")
        .limit(limit)
        .execute();
    },
  };
}
