import { randomBytes } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

type Q = Kysely<Database> | Transaction<Database>;
type CountTable = "stats_days" | "stats_pages" | "stats_tags";

/** One flush of one day: views per scope, and the salted visitor hashes seen per scope. */
export interface DayBatch {
  day: string;
  /** scope ("d:*", "d:<lang>", "p:<lang>:<path>", "t:<lang>:<tag>") → views */
  views: Map<string, number>;
  /** scope → salted hashes of the visitors seen in this batch */
  visitors: Map<string, Set<string>>;
}

export interface Totals {
  views: number;
  visitors: number;
}

const CHUNK = 500;

/** Splits a scope into its table and key columns. */
export function parseScope(scope: string): { table: CountTable; language: string; name: string } | null {
  const [kind, language, ...rest] = scope.split(":");
  const name = rest.join(":");
  if (!language) return null;
  if (kind === "d") return { table: "stats_days", language, name: "" };
  if (kind === "p" && name) return { table: "stats_pages", language, name };
  if (kind === "t" && name) return { table: "stats_tags", language, name };
  return null;
}

const num = (v: unknown) => Number(v ?? 0);

/** The statistics' SQL: the day's salt, the visitor hashes of the day, and the daily counts. */
export function statisticsRepo(db: Kysely<Database>) {
  /** Adds views and visitors to a daily count row (insert, or add to the row already there). */
  async function addCounts(trx: Q, table: CountTable, rows: Record<string, string | number>[]) {
    const keys = table === "stats_days" ? ["day", "language"] : table === "stats_pages" ? ["day", "path", "language"] : ["day", "tag", "language"];
    const q = trx as unknown as Kysely<any>;
    for (let i = 0; i < rows.length; i += CHUNK) {
      await q
        .insertInto(table)
        .values(rows.slice(i, i + CHUNK))
        .onConflict((oc) =>
          oc.columns(keys).doUpdateSet((eb) => ({
            views: eb(eb.ref(`${table}.views`), "+", eb.ref("excluded.views")),
            visitors: eb(eb.ref(`${table}.visitors`), "+", eb.ref("excluded.visitors")),
          })),
        )
        .execute();
    }
  }

  return {
    /** The random salt of a UTC day, made by whichever instance asks first (the others read it). */
    async saltFor(day: string): Promise<string> {
      await db
        .insertInto("stats_salts")
        .values({ day, salt: randomBytes(32).toString("hex") })
        .onConflict((oc) => oc.column("day").doNothing())
        .execute();
      const row = await db.selectFrom("stats_salts").select("salt").where("day", "=", day).executeTakeFirstOrThrow();
      return row.salt;
    },

    /**
     * Writes one day's batch in one transaction. A visitor hash already stored for a scope (by this
     * instance or another) is not counted again: only the hashes actually inserted add to the visitors.
     */
    async addBatch(batch: DayBatch): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const fresh = new Map<string, number>();
        const hashRows = [...batch.visitors].flatMap(([scope, hashes]) => [...hashes].map((hash) => ({ day: batch.day, scope, hash })));
        for (let i = 0; i < hashRows.length; i += CHUNK) {
          const inserted = await trx
            .insertInto("stats_visitor_hashes")
            .values(hashRows.slice(i, i + CHUNK))
            .onConflict((oc) => oc.columns(["day", "scope", "hash"]).doNothing())
            .returning("scope")
            .execute();
          for (const r of inserted) fresh.set(r.scope, (fresh.get(r.scope) ?? 0) + 1);
        }
        const rows: Record<CountTable, Record<string, string | number>[]> = { stats_days: [], stats_pages: [], stats_tags: [] };
        for (const [scope, views] of batch.views) {
          const s = parseScope(scope);
          if (!s) continue;
          const visitors = fresh.get(scope) ?? 0;
          if (s.table === "stats_days") rows.stats_days.push({ day: batch.day, language: s.language, views, visitors });
          else if (s.table === "stats_pages") rows.stats_pages.push({ day: batch.day, path: s.name, language: s.language, views, visitors });
          else rows.stats_tags.push({ day: batch.day, tag: s.name, language: s.language, views, visitors });
        }
        for (const table of ["stats_days", "stats_pages", "stats_tags"] as const) {
          if (rows[table].length) await addCounts(trx, table, rows[table]);
        }
      });
    },

    /** Forgets the salts and visitor hashes of the days before `day`: only the counts remain. */
    async forgetVisitorsBefore(day: string): Promise<void> {
      await db.deleteFrom("stats_visitor_hashes").where("day", "<", day).execute();
      await db.deleteFrom("stats_salts").where("day", "<", day).execute();
    },

    /** Deletes the daily counts older than the retention period. */
    async deleteCountsBefore(day: string): Promise<void> {
      for (const table of ["stats_days", "stats_pages", "stats_tags"] as const) {
        await db.deleteFrom(table).where("day", "<", day).execute();
      }
    },

    /** The whole site, day by day (days without a view are absent). */
    async siteByDay(from: string, to: string): Promise<{ day: string; views: number; visitors: number }[]> {
      const rows = await db
        .selectFrom("stats_days")
        .select(["day", "views", "visitors"])
        .where("language", "=", "*")
        .where("day", ">=", from)
        .where("day", "<=", to)
        .orderBy("day")
        .execute();
      return rows.map((r) => ({ day: r.day, views: num(r.views), visitors: num(r.visitors) }));
    },

    /** Views and daily visitors summed per language over the range. */
    async byLanguage(from: string, to: string): Promise<({ language: string } & Totals)[]> {
      const rows = await db
        .selectFrom("stats_days")
        .select((eb) => ["language", eb.fn.sum<string | number>("views").as("views"), eb.fn.sum<string | number>("visitors").as("visitors")])
        .where("language", "<>", "*")
        .where("day", ">=", from)
        .where("day", "<=", to)
        .groupBy("language")
        .orderBy("views", "desc")
        .orderBy("language")
        .execute();
      return rows.map((r) => ({ language: r.language, views: num(r.views), visitors: num(r.visitors) }));
    },

    /** The most read pages over the range, all languages together. */
    async topPages(from: string, to: string, limit: number): Promise<({ path: string } & Totals)[]> {
      const rows = await db
        .selectFrom("stats_pages")
        .select((eb) => ["path", eb.fn.sum<string | number>("views").as("views"), eb.fn.sum<string | number>("visitors").as("visitors")])
        .where("day", ">=", from)
        .where("day", "<=", to)
        .groupBy("path")
        .orderBy("views", "desc")
        .orderBy("path")
        .limit(limit)
        .execute();
      return rows.map((r) => ({ path: r.path, views: num(r.views), visitors: num(r.visitors) }));
    },

    /** Tagged views (e.g. gender-related pages) per tag and language over the range. */
    async byTag(from: string, to: string): Promise<({ tag: string; language: string } & Totals)[]> {
      const rows = await db
        .selectFrom("stats_tags")
        .select((eb) => ["tag", "language", eb.fn.sum<string | number>("views").as("views"), eb.fn.sum<string | number>("visitors").as("visitors")])
        .where("day", ">=", from)
        .where("day", "<=", to)
        .groupBy(["tag", "language"])
        .orderBy("tag")
        .orderBy("views", "desc")
        .orderBy("language")
        .execute();
      return rows.map((r) => ({ tag: r.tag, language: r.language, views: num(r.views), visitors: num(r.visitors) }));
    },

    /** Every daily row of one table over the range, for the CSV export. */
    async dailyRows(table: "days" | "pages" | "tags", from: string, to: string): Promise<{ day: string; name: string; language: string; views: number; visitors: number }[]> {
      if (table === "days") {
        const rows = await db.selectFrom("stats_days").selectAll().where("day", ">=", from).where("day", "<=", to).orderBy("day").orderBy("language").execute();
        return rows.map((r) => ({ day: r.day, name: "", language: r.language, views: num(r.views), visitors: num(r.visitors) }));
      }
      if (table === "pages") {
        const rows = await db.selectFrom("stats_pages").selectAll().where("day", ">=", from).where("day", "<=", to).orderBy("day").orderBy("path").orderBy("language").execute();
        return rows.map((r) => ({ day: r.day, name: r.path, language: r.language, views: num(r.views), visitors: num(r.visitors) }));
      }
      const rows = await db.selectFrom("stats_tags").selectAll().where("day", ">=", from).where("day", "<=", to).orderBy("day").orderBy("tag").orderBy("language").execute();
      return rows.map((r) => ({ day: r.day, name: r.tag, language: r.language, views: num(r.views), visitors: num(r.visitors) }));
    },
  };
}
