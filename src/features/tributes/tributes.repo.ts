import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { Database, TributesTable } from "../../db/schema.ts";
import type { TributeStatus } from "./tributes.schema.ts";

export type TributeRow = Selectable<TributesTable>;

/** The tribute wall's SQL: messages kept pending or flagged until a moderator decides; only approved ones are ever shown. */
export function tributesRepo(db: Kysely<Database>) {
  const approved = (f: { language?: string | undefined; country?: string | undefined }) => {
    let q = db.selectFrom("tributes").where("status", "=", "approved");
    if (f.language) q = q.where("language", "=", f.language);
    if (f.country) q = q.where("country", "=", f.country);
    return q;
  };

  return {
    async add(t: { body: string; name: string | null; country: string | null; language: string; status: "pending" | "flagged"; flaggedWords: string[]; at: string }): Promise<string> {
      const id = randomUUID();
      await db
        .insertInto("tributes")
        .values({ id, body: t.body, name: t.name, country: t.country, language: t.language, status: t.status, flagged_words: t.flaggedWords.length ? JSON.stringify(t.flaggedWords) : null, created_at: t.at, decided_at: null, decided_by: null, reason: null })
        .execute();
      return id;
    },

    /** Approved messages for the wall, newest first, with their number. */
    async wall(f: { language?: string | undefined; country?: string | undefined }, limit: number, offset: number): Promise<{ rows: TributeRow[]; total: number }> {
      const [rows, total] = await Promise.all([
        approved(f).selectAll().orderBy("decided_at", "desc").orderBy("created_at", "desc").orderBy("id").limit(limit).offset(offset).execute(),
        approved(f).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },

    /** The countries the wall's approved messages come from, for its country filter. */
    async wallFacets(): Promise<{ countries: string[] }> {
      const countries = await approved({}).select("country").distinct().where("country", "is not", null).orderBy("country").execute();
      return { countries: countries.map((r) => r.country!).filter(Boolean) };
    },

    /** The moderation queue: messages in one state, oldest first. */
    async queue(status: TributeStatus, limit: number, offset: number): Promise<{ rows: TributeRow[]; total: number }> {
      const q = db.selectFrom("tributes").where("status", "=", status);
      const [rows, total] = await Promise.all([
        q.selectAll().orderBy("created_at", "asc").orderBy("id").limit(limit).offset(offset).execute(),
        q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },

    async counts(): Promise<Record<TributeStatus, number>> {
      const rows = await db.selectFrom("tributes").select("status").select((eb) => eb.fn.countAll<number>().as("n")).groupBy("status").execute();
      const counts: Record<TributeStatus, number> = { pending: 0, flagged: 0, approved: 0, rejected: 0 };
      for (const r of rows) counts[r.status] = Number(r.n);
      return counts;
    },

    async find(id: string): Promise<TributeRow | undefined> {
      return db.selectFrom("tributes").selectAll().where("id", "=", id).executeTakeFirst();
    },

    async decide(id: string, status: "approved" | "rejected", by: string | null, reason: string | null, at: string): Promise<void> {
      await db.updateTable("tributes").set({ status, decided_by: by, decided_at: at, reason }).where("id", "=", id).execute();
    },

    async any(): Promise<boolean> {
      return Boolean(await db.selectFrom("tributes").select("id").limit(1).executeTakeFirst());
    },
  };
}
export type TributesRepo = ReturnType<typeof tributesRepo>;
