import { sql, type Kysely, type Selectable } from "kysely";
import type { Database, EventsTable, EventTextsTable } from "../../db/schema.ts";
import type { EventFilters } from "./events.schema.ts";

export type EventRow = Selectable<EventsTable>;
export type EventTextRow = Selectable<EventTextsTable>;

/** An event with its texts in every language written so far. */
export interface EventFull extends EventRow {
  texts: EventTextRow[];
}

/** Events: shared facts, texts per language, and the published lists readers see. */
export function eventsRepo(db: Kysely<Database>) {
  async function withTexts(rows: EventRow[]): Promise<EventFull[]> {
    if (rows.length === 0) return [];
    const texts = await db.selectFrom("event_texts").selectAll().where("event_id", "in", rows.map((r) => r.id)).execute();
    return rows.map((r) => ({ ...r, sequence: Number(r.sequence), is_demo: Number(r.is_demo), texts: texts.filter((x) => x.event_id === r.id) }));
  }

  /** Published events matching the filters. */
  function published(filters: EventFilters) {
    let q = db.selectFrom("events").where("publication", "=", "published");
    if (filters.type) q = q.where("type", "=", filters.type);
    if (filters.region) q = q.where("region", "=", filters.region);
    // Codes are kept separated by single spaces, so a padded match finds whole codes only.
    if (filters.language) q = q.where(sql<string>`' ' || languages || ' '`, "like", `% ${filters.language} %`);
    return q;
  }

  return {
    async findById(id: string): Promise<EventFull | undefined> {
      const row = await db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? (await withTexts([row]))[0] : undefined;
    },

    async findBySlug(slug: string): Promise<EventFull | undefined> {
      const row = await db.selectFrom("events").selectAll().where("slug", "=", slug).executeTakeFirst();
      return row ? (await withTexts([row]))[0] : undefined;
    },

    async slugTaken(slug: string, exceptId?: string): Promise<boolean> {
      let q = db.selectFrom("events").select("id").where("slug", "=", slug);
      if (exceptId) q = q.where("id", "!=", exceptId);
      return Boolean(await q.executeTakeFirst());
    },

    async insert(row: EventRow): Promise<void> {
      await db.insertInto("events").values(row).execute();
    },

    async update(id: string, patch: Partial<Omit<EventRow, "id" | "created_at">>): Promise<void> {
      await db.updateTable("events").set(patch).where("id", "=", id).execute();
    },

    /** Writes one language's texts (replacing what that language had). */
    async saveText(row: EventTextRow): Promise<void> {
      await db
        .insertInto("event_texts")
        .values(row)
        .onConflict((oc) => oc.columns(["event_id", "locale"]).doUpdateSet({ title: row.title, summary: row.summary, description: row.description, accessibility: row.accessibility, status_note: row.status_note }))
        .execute();
    },

    /** Every event, drafts included, latest first (the staff list). */
    async all(): Promise<EventFull[]> {
      return withTexts(await db.selectFrom("events").selectAll().orderBy("starts_at", "desc").orderBy("slug").execute());
    },

    /**
     * Published events still to come or under way at `now` (soonest first), or those already over
     * (latest first), one page of them with the total.
     */
    async list(when: "upcoming" | "past", now: string, filters: EventFilters, limit: number, offset: number): Promise<{ rows: EventFull[]; total: number }> {
      const base = when === "upcoming" ? published(filters).where("ends_at", ">", now) : published(filters).where("ends_at", "<=", now);
      const count = await base.select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirst();
      const rows = await base
        .selectAll()
        .orderBy("starts_at", when === "upcoming" ? "asc" : "desc")
        .orderBy("slug")
        .limit(limit)
        .offset(offset)
        .execute();
      return { rows: await withTexts(rows), total: Number(count?.n ?? 0) };
    },

    /** Published events overlapping [from, to) (UTC instants), soonest first. */
    async overlapping(from: string, to: string, filters: EventFilters = {}): Promise<EventFull[]> {
      return withTexts(await published(filters).selectAll().where("starts_at", "<", to).where("ends_at", ">", from).orderBy("starts_at").orderBy("slug").execute());
    },

    /** The languages of published events, for the language filter. */
    async publishedLanguages(): Promise<string[]> {
      const rows = await db.selectFrom("events").select("languages").distinct().where("publication", "=", "published").execute();
      return [...new Set(rows.flatMap((r) => r.languages.split(" ").filter(Boolean)))];
    },

    /** Published events for the sitemap, with the date each last changed. */
    async publishedPaths(): Promise<{ slug: string; updated_at: string }[]> {
      return db.selectFrom("events").select(["slug", "updated_at"]).where("publication", "=", "published").orderBy("slug").execute();
    },

    async slugsOf(slugs: readonly string[]): Promise<Set<string>> {
      if (slugs.length === 0) return new Set();
      const rows = await db.selectFrom("events").select("slug").where("slug", "in", slugs).execute();
      return new Set(rows.map((r) => r.slug));
    },
  };
}
export type EventsRepo = ReturnType<typeof eventsRepo>;
