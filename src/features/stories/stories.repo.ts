import { randomUUID } from "node:crypto";
import type { Kysely, Selectable, Transaction } from "kysely";
import type { Database, StoriesTable, StoryMediaTable } from "../../db/schema.ts";

type Q = Kysely<Database> | Transaction<Database>;
export type StoryRow = Selectable<StoriesTable>;
export type StoryMediaRow = Selectable<StoryMediaTable>;

export type StoryStatus = StoriesTable["status"];

export interface ConsentRow {
  naming: string;
  publish: boolean;
  translate: boolean;
  quote: boolean;
  version: string;
  at: string;
}

/** Stories and their consent history. Contact e-mails arrive here already encrypted. */
export function storiesRepo(db: Kysely<Database>) {
  async function logConsent(q: Q, storyId: string, c: ConsentRow) {
    await q
      .insertInto("story_consents")
      .values({ id: randomUUID(), story_id: storyId, at: c.at, version: c.version, naming: c.naming, publish: c.publish ? 1 : 0, translate: c.translate ? 1 : 0, quote: c.quote ? 1 : 0 })
      .execute();
  }

  return {
    /** A new story, its first consent and its file (if any), all in one transaction: none without the others. */
    async insert(row: StoryRow, consent: ConsentRow, media?: StoryMediaRow): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto("stories").values(row).execute();
        await logConsent(trx, row.id, consent);
        if (media) await trx.insertInto("story_media").values(media).execute();
      });
    },

    async findByTokenHash(hash: string): Promise<StoryRow | undefined> {
      return db.selectFrom("stories").selectAll().where("token_hash", "=", hash).executeTakeFirst();
    },

    async findById(id: string): Promise<StoryRow | undefined> {
      return db.selectFrom("stories").selectAll().where("id", "=", id).executeTakeFirst();
    },

    async update(id: string, patch: Partial<Omit<StoryRow, "id" | "token_hash" | "created_at">>): Promise<void> {
      await db.updateTable("stories").set(patch).where("id", "=", id).execute();
    },

    /** A new consent: the story's current choices and a line in its history, together. */
    async updateConsent(id: string, patch: Pick<StoryRow, "naming" | "display_name" | "consent_publish" | "consent_translate" | "consent_quote" | "consent_version" | "consent_at" | "updated_at">, consent: ConsentRow): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.updateTable("stories").set(patch).where("id", "=", id).execute();
        await logConsent(trx, id, consent);
      });
    },

    async consentHistory(id: string): Promise<ConsentRow[]> {
      const rows = await db.selectFrom("story_consents").selectAll().where("story_id", "=", id).orderBy("at").execute();
      return rows.map((r) => ({ naming: r.naming, publish: r.publish === 1, translate: r.translate === 1, quote: r.quote === 1, version: r.version, at: r.at }));
    },

    /** Stories whose grace period after withdrawal is over: their ids, to erase files and rows. */
    async dueForErasure(now: string): Promise<string[]> {
      const rows = await db.selectFrom("stories").select("id").where("status", "=", "withdrawn").where("erase_after", "<=", now).execute();
      return rows.map((r) => r.id);
    },

    async erase(ids: readonly string[]): Promise<number> {
      if (ids.length === 0) return 0;
      return db.transaction().execute(async (trx) => {
        await trx.deleteFrom("story_consents").where("story_id", "in", ids).execute();
        await trx.deleteFrom("story_media").where("story_id", "in", ids).execute();
        const res = await trx.deleteFrom("stories").where("id", "in", ids).executeTakeFirst();
        return Number(res.numDeletedRows);
      });
    },

    /** Forgets contact addresses kept longer than their retention period. */
    async expireContacts(now: string): Promise<number> {
      const res = await db
        .updateTable("stories")
        .set({ contact_email: null, contact_expires_at: null })
        .where("contact_expires_at", "<=", now)
        .where("contact_email", "is not", null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows);
    },

    /** The moderation queue: one status, oldest first (the longest waiting at the top). */
    async queue(status: StoryStatus, limit: number, offset: number): Promise<{ rows: StoryRow[]; total: number }> {
      const [rows, total] = await Promise.all([
        db.selectFrom("stories").selectAll().where("status", "=", status).orderBy("updated_at", "asc").limit(limit).offset(offset).execute(),
        db.selectFrom("stories").select((eb) => eb.fn.countAll<number>().as("n")).where("status", "=", status).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },

    /** Published stories (approved, with consent to publish), newest first, filtered. */
    async published(f: { country?: string | undefined; theme?: string | undefined; language?: string | undefined }, limit: number, offset: number): Promise<{ rows: StoryRow[]; total: number }> {
      let q = db.selectFrom("stories").where("status", "=", "approved").where("consent_publish", "=", 1);
      if (f.country) q = q.where("country", "=", f.country);
      if (f.language) q = q.where("language", "=", f.language);
      if (f.theme) q = q.where((eb) => eb.or([eb("themes", "=", f.theme!), eb("themes", "like", `${f.theme} %`), eb("themes", "like", `% ${f.theme}`), eb("themes", "like", `% ${f.theme} %`)]));
      const [rows, total] = await Promise.all([
        q.selectAll().orderBy("approved_at", "desc").orderBy("id").limit(limit).offset(offset).execute(),
        q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },

    /** Countries and languages that published stories have, for the filters. */
    async publishedFacets(): Promise<{ countries: string[]; languages: string[] }> {
      const rows = await db.selectFrom("stories").select(["country", "language"]).distinct().where("status", "=", "approved").where("consent_publish", "=", 1).execute();
      return {
        countries: [...new Set(rows.map((r) => r.country).filter((c): c is string => Boolean(c)))],
        languages: [...new Set(rows.map((r) => r.language))],
      };
    },

    /** A story's file (at most one): the new row replaces any earlier one. */
    async replaceMedia(row: StoryMediaRow): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom("story_media").where("story_id", "=", row.story_id).execute();
        await trx.insertInto("story_media").values(row).execute();
      });
    },

    async mediaOf(storyId: string): Promise<StoryMediaRow | undefined> {
      return db.selectFrom("story_media").selectAll().where("story_id", "=", storyId).executeTakeFirst();
    },

    /** The files of several stories at once (for lists), by story id. */
    async mediaOfStories(ids: readonly string[]): Promise<Map<string, StoryMediaRow>> {
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom("story_media").selectAll().where("story_id", "in", ids).execute();
      return new Map(rows.map((r) => [r.story_id, r]));
    },

    async deleteMedia(storyId: string): Promise<void> {
      await db.deleteFrom("story_media").where("story_id", "=", storyId).execute();
    },

    async countByStatus(): Promise<Record<string, number>> {
      const rows = await db.selectFrom("stories").select(["status"]).select((eb) => eb.fn.countAll<number>().as("n")).groupBy("status").execute();
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    },
  };
}
export type StoriesRepo = ReturnType<typeof storiesRepo>;
