import type { Kysely, Selectable } from "kysely";
import type { Database, RemembranceYearsTable, RemembranceYearTextsTable } from "../../db/schema.ts";

export type YearRow = Selectable<RemembranceYearsTable>;
export type YearTextRow = Selectable<RemembranceYearTextsTable>;

/** A year of the International Day with its theme and message in every language written so far. */
export interface YearFull extends YearRow {
  texts: YearTextRow[];
}

/** The International Day's years: themes, videos and messages. */
export function remembranceRepo(db: Kysely<Database>) {
  async function withTexts(rows: YearRow[]): Promise<YearFull[]> {
    if (rows.length === 0) return [];
    const texts = await db.selectFrom("remembrance_year_texts").selectAll().where("year", "in", rows.map((r) => r.year)).execute();
    return rows.map((r) => ({ ...r, year: Number(r.year), is_demo: Number(r.is_demo), texts: texts.filter((x) => Number(x.year) === Number(r.year)) }));
  }

  return {
    /** Every year, latest first. */
    async years(): Promise<YearFull[]> {
      return withTexts(await db.selectFrom("remembrance_years").selectAll().orderBy("year", "desc").execute());
    },

    async findYear(year: number): Promise<YearFull | undefined> {
      const row = await db.selectFrom("remembrance_years").selectAll().where("year", "=", year).executeTakeFirst();
      return row ? (await withTexts([row]))[0] : undefined;
    },

    /** Creates the year or updates its shared facts. */
    async saveYear(row: YearRow): Promise<void> {
      await db
        .insertInto("remembrance_years")
        .values(row)
        .onConflict((oc) => oc.column("year").doUpdateSet({ video_url: row.video_url, updated_at: row.updated_at }))
        .execute();
    },

    /** Writes one language's theme and message (replacing what that language had). */
    async saveYearText(row: YearTextRow): Promise<void> {
      await db
        .insertInto("remembrance_year_texts")
        .values(row)
        .onConflict((oc) => oc.columns(["year", "locale"]).doUpdateSet({ theme: row.theme, message: row.message, message_url: row.message_url }))
        .execute();
    },
  };
}
export type RemembranceRepo = ReturnType<typeof remembranceRepo>;
