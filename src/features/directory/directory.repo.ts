import { sql, type Compilable, type ExpressionBuilder, type Kysely, type Selectable, type Transaction } from "kysely";
import type { Db, Dialect } from "../../db/database.ts";
import { preparedListRead, preparedRead, type PreparedRead } from "../../db/prepared.ts";
import type { Database, DirectoryListingsTable } from "../../db/schema.ts";
import { filterToken, type ListingDraft } from "./directory.listings.ts";
import { HSDS_TABLES, TABLE_BY_NAME, dbTable, type HsdsRow, type HsdsTable, type HsdsTables } from "./hsds/tables.ts";

type Q = Kysely<Database> | Transaction<Database>;

const CHUNK = 400;

function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Fields of a table in the standard's order, for table-driven reads and writes of `hsds_*`. */
function fieldsOf(table: HsdsTable): string[] {
  return TABLE_BY_NAME.get(table)!.fields.map((f) => f.name);
}

/** Keeps only the table's own fields, in its order; absent fields are written as null. */
function toDbRow(table: HsdsTable, row: HsdsRow): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const f of fieldsOf(table)) out[f] = row[f] ?? null;
  return out;
}

function fromDbRow(row: Record<string, unknown>): HsdsRow {
  const out: HsdsRow = {};
  for (const [k, v] of Object.entries(row)) {
    if (v === null || v === undefined) continue;
    out[k] = typeof v === "number" || typeof v === "string" ? v : String(v);
  }
  return out;
}

export interface SearchFilters {
  tokens: string[];
  /** Filter terms a word may also stand for (a word of a country's or a kind of help's name). */
  expansions?: Map<string, string[]> | undefined;
  country?: string | undefined;
  region?: string | undefined;
  cityKey?: string | undefined;
  types?: string[] | undefined;
  /** Features the service must all have ("women-led", "staff-gender-on-request"). */
  features?: string[] | undefined;
  language?: string | undefined;
  free?: boolean | undefined;
  openAt?: number | undefined;
  alwaysOpen?: boolean | undefined;
  mode?: "remote" | "in_person" | undefined;
  wheelchair?: boolean | undefined;
  association?: boolean | undefined;
  organizationId?: string | undefined;
  /** Distance search: a point, and a box around it that must hold the results. */
  near?: { lat: number; lon: number; box?: { minLat: number; maxLat: number; minLon: number; maxLon: number } } | undefined;
}

const LISTING_COLUMNS = [
  "l.id",
  "l.service_id",
  "l.location_id",
  "l.organization_id",
  "l.name",
  "l.organization_name",
  "l.summary",
  "l.text_language",
  "l.country",
  "l.region",
  "l.city",
  "l.latitude",
  "l.longitude",
  "l.free",
  "l.remote",
  "l.in_person",
  "l.wheelchair",
  "l.always_open",
  "l.association",
] as const;

/** A search result: the listing columns above. */
export type ListingRow = Pick<Selectable<DirectoryListingsTable>, (typeof LISTING_COLUMNS)[number] extends `l.${infer C}` ? C : never>;

/** Quotes a token for FTS5 so no character in it is read as query syntax. */
function fts5Term(token: string, prefix = [...token].length >= 4): string {
  return `"${token.replace(/"/g, '""')}"${prefix ? "*" : ""}`;
}

function tsTerm(token: string, prefix = [...token].length >= 4): string | null {
  const clean = token.replace(/[&|!():*'\\<>\s]/g, "");
  return clean ? `'${clean}'${prefix ? ":*" : ""}` : null;
}

/** Exact totals up to this many matches; beyond it the page says "more than". */
export const COUNT_LIMIT = 1000;

/** The full-text terms standing for the filters (see filterTokens in directory.listings.ts). */
function filterTerms(f: SearchFilters): string[] {
  const out: string[] = [];
  if (f.country) out.push(filterToken.country(f.country));
  if (f.country && f.region) out.push(filterToken.region(f.country, f.region));
  if (f.country && f.cityKey) out.push(filterToken.city(f.country, f.cityKey));
  if (f.language) out.push(filterToken.language(f.language));
  for (const feature of f.features ?? []) out.push(filterToken.feature(feature));
  if (f.free) out.push(filterToken.flag("free"));
  if (f.wheelchair) out.push(filterToken.flag("wheelchair"));
  if (f.association) out.push(filterToken.flag("association"));
  if (f.mode === "remote") out.push(filterToken.flag("remote"));
  if (f.mode === "in_person") out.push(filterToken.flag("in_person"));
  if (f.alwaysOpen) out.push(filterToken.flag("always_open"));
  if (f.organizationId) out.push(filterToken.organization(f.organizationId));
  return out;
}

/**
 * The full-text query: every word (a prefix from four letters, or any filter term it stands for), and
 * with `withFilters` every filter but "open now" and distance. FTS5 syntax on SQLite, tsquery on PostgreSQL.
 */
function fullTextQuery(dialect: Dialect, f: SearchFilters, withFilters: boolean): string | null {
  const sqlite = dialect === "sqlite";
  const term = (token: string, prefix: boolean) => (sqlite ? fts5Term(token, prefix) : tsTerm(token, prefix));
  const any = (parts: string[]) => (parts.length === 1 ? parts[0]! : `(${parts.join(sqlite ? " OR " : " | ")})`);
  const parts: string[] = [];
  for (const token of f.tokens) {
    const word = term(token, [...token].length >= 4);
    if (!word) continue;
    const also = (f.expansions?.get(token) ?? []).map((t) => term(t, false)).filter((x): x is string => x !== null);
    parts.push(any([word, ...also]));
  }
  if (withFilters) {
    for (const t of filterTerms(f)) {
      const x = term(t, false);
      if (x) parts.push(x);
    }
    const groups = typeGroup(f);
    if (groups) parts.push(any(groups.map((g) => term(g, false)).filter((x): x is string => x !== null)));
  }
  return parts.length ? parts.join(sqlite ? " AND " : " & ") : null;
}

/** Several kinds of help: any of them (OR). */
function typeGroup(f: SearchFilters): string[] | null {
  return f.types?.length ? f.types.map((t) => filterToken.type(t)) : null;
}

/** Open at a minute of the week, through the hours index. */
function openAt(eb: ExpressionBuilder<Database & { l: Database["directory_listings"] }, "l">, at: number) {
  return eb.exists(
    eb
      .selectFrom("directory_listing_hours as h")
      .select("h.listing_id")
      .whereRef("h.listing_id", "=", "l.id")
      .where("h.start_min", "<=", at)
      .where("h.end_min", ">", at),
  );
}

/** The directory's SQL: HSDS rows in and out, the search listings, proposals and reports. */
export function directoryRepo(db: Kysely<Database>, dialect: Dialect, upsertMany?: Db["upsertMany"]) {
  // The hsds_* tables are written and read from the standard's field lists, not typed one by one.
  const anyDb = (q: Q) => q as unknown as Kysely<any>;

  // The search's queries come in a few shapes (words or not, "open now" or not, the order): each shape
  // is built and compiled once, on first use, and then runs with the search's own values.
  type SearchValues = { match: string; at: number; limit: number; offset: number };
  const searchShapes = new Map<string, PreparedRead<SearchValues, unknown>>();
  function searchShape<R>(key: string, build: (q: Kysely<Database>, v: SearchValues) => Compilable<R>): PreparedRead<SearchValues, R> {
    let read = searchShapes.get(key);
    if (!read) {
      read = preparedRead(db, build) as PreparedRead<SearchValues, unknown>;
      searchShapes.set(key, read);
    }
    return read as PreparedRead<SearchValues, R>;
  }
  // What the results page shows of each listing found, by the page's ids.
  const facetsRead = preparedListRead(db, (q, ids) =>
    q.selectFrom("directory_listing_facets").select(["listing_id", "facet", "value"]).where("listing_id", "in", ids as number[]),
  );
  const openRead = preparedListRead(db, (q, ids, v: { at: number }) =>
    q.selectFrom("directory_listing_hours").select("listing_id").where("listing_id", "in", ids as number[]).where("start_min", "<=", v.at).where("end_min", ">", v.at),
  );
  const phonesRead = preparedListRead(db, (q, ids) => anyDb(q).selectFrom("hsds_phone").select(["service_id", "number"]).where("service_id", "in", ids as string[]));

  /** Listings matching the words and filters (`v.match`) and, with `open`, open at `v.at`. */
  function matching(q: Kysely<Database>, v: SearchValues, words: boolean, open: boolean) {
    let m = q.selectFrom("directory_listings as l");
    if (words) {
      m =
        dialect === "sqlite"
          ? m.innerJoin(sql<{ rowid: number }>`directory_fts`.as("f"), (j) => j.onRef(sql.ref("f.rowid") as never, "=", "l.id")).where(sql<boolean>`directory_fts match ${v.match}`)
          : m.where(sql<boolean>`l.tsv @@ to_tsquery('simple', ${v.match})`);
    }
    if (open) m = m.where((eb) => openAt(eb, v.at));
    return m;
  }

  return {
    /** Inserts or updates rows by id, table by table, parents first. */
    async upsertTables(tables: HsdsTables, trx: Q): Promise<void> {
      for (const def of HSDS_TABLES) {
        const rows = tables[def.name];
        if (!rows?.length) continue;
        if (upsertMany) {
          await upsertMany(dbTable(def.name), fieldsOf(def.name), "id", rows, trx as Kysely<Database>);
          continue;
        }
        const fields = fieldsOf(def.name).filter((f) => f !== "id");
        const size = Math.max(1, Math.floor(30000 / (fields.length + 1)));
        for (const part of chunks(rows, Math.min(size, 500))) {
          await anyDb(trx)
            .insertInto(dbTable(def.name))
            .values(part.map((r) => toDbRow(def.name, r)))
            .onConflict((oc) =>
              oc.column("id").doUpdateSet((eb) => Object.fromEntries(fields.map((f) => [f, eb.ref(`excluded.${f}`)]))),
            )
            .execute();
        }
      }
    },

    /** Which of these ids exist in a table. */
    async existingIds(table: HsdsTable, ids: string[], trx: Q = db): Promise<Set<string>> {
      const found = new Set<string>();
      for (const part of chunks([...new Set(ids)])) {
        const rows = await anyDb(trx).selectFrom(dbTable(table)).select("id").where("id", "in", part).execute();
        for (const r of rows) found.add(r.id as string);
      }
      return found;
    },

    async rowsWhere(table: HsdsTable, field: string, values: string[], trx: Q = db): Promise<HsdsRow[]> {
      const out: HsdsRow[] = [];
      const unique = [...new Set(values)];
      // Rows come back as the driver gives them (text, numbers, nulls), which is already an HsdsRow.
      for (const part of chunks(unique, 1000)) {
        const rows = await anyDb(trx).selectFrom(dbTable(table)).selectAll().where(field, "in", part).execute();
        for (const r of rows) out.push(r as HsdsRow);
      }
      return out;
    },

    /** Every row of a table, in id order, a page at a time (for export). */
    async *allRows(table: HsdsTable, pageSize = 5000): AsyncGenerator<HsdsRow[]> {
      let after = "";
      for (;;) {
        const rows = await anyDb(db).selectFrom(dbTable(table)).selectAll().where("id", ">", after).orderBy("id").limit(pageSize).execute();
        if (rows.length === 0) return;
        yield rows.map(fromDbRow);
        after = rows[rows.length - 1]!.id as string;
      }
    },

    async deleteRows(table: HsdsTable, field: string, values: string[], trx: Q): Promise<void> {
      for (const part of chunks([...new Set(values)])) {
        await anyDb(trx).deleteFrom(dbTable(table)).where(field, "in", part).execute();
      }
    },

    /** Services linked to these organisations or locations, for re-indexing after they change. */
    async serviceIdsTouching(orgIds: string[], locationIds: string[], trx: Q = db): Promise<string[]> {
      const ids = new Set<string>();
      for (const part of chunks([...new Set(orgIds)])) {
        for (const r of await anyDb(trx).selectFrom("hsds_service").select("id").where("organization_id", "in", part).execute()) ids.add(r.id as string);
      }
      for (const part of chunks([...new Set(locationIds)])) {
        for (const r of await anyDb(trx).selectFrom("hsds_service_at_location").select("service_id").where("location_id", "in", part).execute()) {
          if (typeof r.service_id === "string") ids.add(r.service_id);
        }
      }
      return [...ids];
    },

    /** After a large import: lets the database's query planner see the new sizes of the tables. */
    async refreshPlannerStatistics(trx: Q): Promise<void> {
      if (dialect === "sqlite") await sql`pragma optimize`.execute(trx);
      else await sql`analyze directory_listings, directory_listing_facets, directory_listing_hours`.execute(trx);
    },

    /**
     * Merges the full-text index into one b-tree (SQLite). Every write to the listings adds a small
     * segment to FTS5's index, and every search reads each segment: after a day of edits the demo's
     * 40 listings sat in 20 segments and a search cost two and a half times what it costs on one. The
     * merge runs in steps of `pages` leaf pages (FTS5's incremental optimize: a negative count starts
     * it, positive counts carry it on), each its own short write, and stops when a step finds nothing
     * left to merge. PostgreSQL keeps its GIN index itself. Returns the number of steps taken.
     */
    async compactSearchIndex(pages = 1000, maxSteps = 50): Promise<number> {
      if (dialect !== "sqlite") return 0;
      const segments = await sql<{ n: number }>`select count(distinct segid) as n from directory_fts_idx`.execute(db);
      if (Number(segments.rows[0]?.n ?? 0) <= 1) return 0;
      const totalChanges = async () => Number((await sql<{ n: number }>`select total_changes() as n`.execute(db)).rows[0]?.n ?? 0);
      let steps = 0;
      for (let count = -pages; steps < maxSteps; count = pages) {
        const before = await totalChanges();
        await sql`insert into directory_fts(directory_fts, rank) values ('merge', ${count})`.execute(db);
        steps++;
        // FTS5 documents this test: fewer than two changes means the step found nothing to merge.
        if ((await totalChanges()) - before < 2) break;
      }
      return steps;
    },

    // ---- portal facts about services ----

    async upsertServiceMeta(
      rows: { serviceId: string; state: "published" | "hidden"; textLanguage: string | null; source: string }[],
      now: string,
      trx: Q,
    ): Promise<void> {
      for (const part of chunks(rows, 500)) {
        await trx
          .insertInto("directory_services")
          .values(part.map((r) => ({ service_id: r.serviceId, state: r.state, text_language: r.textLanguage, country: null, source: r.source, created_at: now, updated_at: now })))
          .onConflict((oc) =>
            oc.column("service_id").doUpdateSet((eb) => ({
              state: eb.ref("excluded.state"),
              text_language: eb.ref("excluded.text_language"),
              updated_at: eb.ref("excluded.updated_at"),
            })),
          )
          .execute();
      }
    },

    async serviceMeta(ids: string[], trx: Q = db) {
      const out = new Map<string, { state: "published" | "hidden"; textLanguage: string | null; source: string; country: string | null }>();
      for (const part of chunks([...new Set(ids)])) {
        const rows = await trx.selectFrom("directory_services").selectAll().where("service_id", "in", part).execute();
        for (const r of rows) out.set(r.service_id, { state: r.state, textLanguage: r.text_language, source: r.source, country: r.country });
      }
      return out;
    },

    /** Sets each service's country from its first address (a physical one if it has one). */
    async refreshServiceCountries(ids: string[], trx: Q): Promise<void> {
      for (const part of chunks([...new Set(ids)])) {
        await sql`update directory_services set country = (
            select upper(a.country) from hsds_service_at_location sal join hsds_address a on a.location_id = sal.location_id
            where sal.service_id = directory_services.service_id
            order by case when a.address_type = 'physical' then 0 else 1 end, a.id limit 1)
          where service_id in (${sql.join(part)})`.execute(trx);
      }
    },

    /** Services for the staff list, with what staff need to keep them right. */
    async staffList(
      f: { q?: string | undefined; country?: string | undefined; countries?: string[] | null; state?: string | undefined; staleBefore?: string | undefined },
      page: { limit: number; offset: number },
    ) {
      let q = anyDb(db)
        .selectFrom("hsds_service as s")
        .innerJoin("directory_services as m", "m.service_id", "s.id")
        .leftJoin("hsds_organization as o", "o.id", "s.organization_id");
      if (f.q) q = q.where(sql`lower(s.name)`, "like", `%${f.q.toLowerCase().replace(/[%_\\]/g, "")}%`);
      if (f.country) q = q.where("m.country", "=", f.country);
      if (f.countries) q = q.where("m.country", "in", f.countries.length ? f.countries : ["--"]);
      if (f.state) q = q.where("m.state", "=", f.state);
      if (f.staleBefore) {
        const before = f.staleBefore;
        q = q.where((eb: any) => eb.or([eb("s.assured_date", "is", null), eb("s.assured_date", "<", before)]));
      }
      const count = await q.select((eb: any) => eb.fn.countAll().as("n")).executeTakeFirst();
      const rows = await q
        .select(["s.id", "s.name", "s.status", "s.assured_date", "s.assurer_email", "o.name as organization_name", "m.state", "m.country", "m.source", "m.updated_at"])
        .orderBy("s.name")
        .orderBy("s.id")
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      return {
        rows: rows as {
          id: string;
          name: string;
          status: string;
          assured_date: string | null;
          assurer_email: string | null;
          organization_name: string | null;
          state: "published" | "hidden";
          country: string | null;
          source: string;
          updated_at: string;
        }[],
        total: Number((count as { n?: unknown } | undefined)?.n ?? 0),
      };
    },

    async staleCount(before: string, countries: string[] | null): Promise<number> {
      let q = anyDb(db)
        .selectFrom("hsds_service as s")
        .innerJoin("directory_services as m", "m.service_id", "s.id")
        .where("m.state", "=", "published")
        .where((eb: any) => eb.or([eb("s.assured_date", "is", null), eb("s.assured_date", "<", before)]));
      if (countries) q = q.where("m.country", "in", countries.length ? countries : ["--"]);
      const row = await q.select((eb: any) => eb.fn.countAll().as("n")).executeTakeFirst();
      return Number((row as { n?: unknown } | undefined)?.n ?? 0);
    },

    async setServiceState(serviceId: string, state: "published" | "hidden", now: string, trx: Q = db): Promise<void> {
      await trx.updateTable("directory_services").set({ state, updated_at: now }).where("service_id", "=", serviceId).execute();
    },

    // ---- the search listings ----

    async replaceListings(serviceIds: string[], drafts: ListingDraft[], trx: Q): Promise<void> {
      for (const part of chunks(serviceIds)) {
        const old = trx.selectFrom("directory_listings").select("id").where("service_id", "in", part);
        await trx.deleteFrom("directory_listing_facets").where("listing_id", "in", old).execute();
        await trx.deleteFrom("directory_listing_hours").where("listing_id", "in", old).execute();
        await trx.deleteFrom("directory_listings").where("service_id", "in", part).execute();
      }
      const rowOf = (d: ListingDraft) => ({
        service_id: d.serviceId,
        location_id: d.locationId,
        organization_id: d.organizationId,
        name: d.name,
        organization_name: d.organizationName,
        summary: d.summary,
        text_language: d.textLanguage,
        country: d.country,
        region: d.region,
        city: d.city,
        city_key: d.cityKey,
        latitude: d.latitude,
        longitude: d.longitude,
        free: d.free ? 1 : 0,
        remote: d.remote ? 1 : 0,
        in_person: d.inPerson ? 1 : 0,
        wheelchair: d.wheelchair ? 1 : 0,
        always_open: d.alwaysOpen ? 1 : 0,
        association: d.association ? 1 : 0,
        modified_at: d.modifiedAt,
        tokens: d.tokens,
      });
      const facetsAndHours = async (listingIds: number[], part: ListingDraft[]) => {
        const facets: { facet: string; value: string; listing_id: number }[] = [];
        const hours: { listing_id: number; start_min: number; end_min: number }[] = [];
        part.forEach((d, i) => {
          const listingId = listingIds[i]!;
          for (const t of d.types) facets.push({ facet: "type", value: t, listing_id: listingId });
          for (const l of d.languages) facets.push({ facet: "lang", value: l, listing_id: listingId });
          for (const x of d.features) facets.push({ facet: "feature", value: x, listing_id: listingId });
          for (const [s, e] of d.hours) hours.push({ listing_id: listingId, start_min: s, end_min: e });
        });
        if (upsertMany) {
          await upsertMany("directory_listing_facets", ["facet", "value", "listing_id"], ["facet", "value", "listing_id"], facets, trx as Kysely<Database>);
          await upsertMany("directory_listing_hours", ["listing_id", "start_min", "end_min"], null, hours, trx as Kysely<Database>);
          return;
        }
        for (const f of chunks(facets, 3000)) await trx.insertInto("directory_listing_facets").values(f).onConflict((oc) => oc.doNothing()).execute();
        for (const h of chunks(hours, 3000)) await trx.insertInto("directory_listing_hours").values(h).execute();
      };
      if (dialect === "sqlite" && upsertMany && drafts.length) {
        // One writer at a time on SQLite, inside this transaction: ids can be handed out here, which
        // lets every row go through one prepared statement instead of a compiled batch.
        const top = await trx.selectFrom("directory_listings").select((eb) => eb.fn.max("id").as("id")).executeTakeFirst();
        let next = Number(top?.id ?? 0) + 1;
        const rows = drafts.map((d) => ({ id: next++, ...rowOf(d) }));
        await upsertMany("directory_listings", Object.keys(rows[0]!), null, rows, trx as Kysely<Database>);
        await facetsAndHours(
          rows.map((r) => r.id),
          drafts,
        );
        return;
      }
      for (const part of chunks(drafts, 200)) {
        const inserted = await trx.insertInto("directory_listings").values(part.map(rowOf)).returning("id").execute();
        await facetsAndHours(
          inserted.map((r) => Number(r.id)),
          part,
        );
      }
    },

    async deleteListings(serviceIds: string[], trx: Q): Promise<void> {
      await this.replaceListings(serviceIds, [], trx);
    },

    /**
     * Listings matching the filters: a page and the total. Words and every filter but "open now" and
     * distance are terms of the full-text index (see filterTokens), so the engine intersects them and
     * counts them without reading the listings. Matches are ranked (by relevance, or by name without
     * words) when there are at most COUNT_LIMIT of them; beyond that they come in index order, which
     * costs nothing, and the page asks the reader to narrow the search.
     */
    async search(f: SearchFilters, sort: "relevance" | "distance" | "name", page: { limit: number; offset: number }) {
      if (sort === "distance" && f.near) return this.searchNear(f, page);
      const ftsQuery = fullTextQuery(dialect, f, true);
      const words = ftsQuery !== null;
      const open = f.openAt !== undefined;
      const values: SearchValues = { match: ftsQuery ?? "", at: f.openAt ?? 0, limit: page.limit, offset: page.offset };
      const shape = `${words ? "words" : ""}|${open ? "open" : ""}`;

      // The total: exact up to COUNT_LIMIT, then "more than".
      const counted = await searchShape(`count|${shape}`, (q, v) =>
        q.selectFrom(matching(q, v, words, open).select("l.id").limit(COUNT_LIMIT + 1).as("m")).select((eb) => eb.fn.countAll<string | number>().as("n")),
      ).first(values);
      const total = Number(counted?.n ?? 0);
      if (total === 0) return { rows: [] as (ListingRow & { distance2: number | null })[], total, capped: false };
      // Ranked by relevance (with words) or by name when there are at most COUNT_LIMIT matches; beyond,
      // in the order the index hands them over.
      const order = total > COUNT_LIMIT ? "index" : sort === "relevance" && words && f.tokens.length ? "rank" : "name";
      const rows = await searchShape(`rows|${shape}|${order}`, (q, v) => {
        let r = matching(q, v, words, open).select([...LISTING_COLUMNS, sql<number | null>`null`.as("distance2")]);
        if (order === "rank") {
          r = dialect === "sqlite" ? r.orderBy(sql`bm25(directory_fts)`) : r.orderBy(sql`ts_rank(l.tsv, to_tsquery('simple', ${v.match}))`, "desc");
        }
        if (order === "index") {
          // The full-text index hands rows over in rowid order: asking for that order costs no sort.
          r = words && dialect === "sqlite" ? r.orderBy(sql`f.rowid`) : r.orderBy("l.id");
        } else {
          r = r.orderBy("l.name").orderBy("l.id");
        }
        return r.limit(v.limit).offset(v.offset);
      }).all(values);
      return { rows: rows as (ListingRow & { distance2: number | null })[], total: Math.min(total, COUNT_LIMIT), capped: total > COUNT_LIMIT };
    },

    /** How many listings the words alone match, counted up to COUNT_LIMIT + 1. */
    async wordMatches(f: SearchFilters): Promise<number> {
      const words = fullTextQuery(dialect, f, false);
      if (!words) return Number.POSITIVE_INFINITY;
      const row =
        dialect === "sqlite"
          ? await sql<{ n: number }>`select count(*) as n from (select rowid from directory_fts where directory_fts match ${words} limit ${COUNT_LIMIT + 1})`.execute(db)
          : await sql<{ n: string }>`select count(*) as n from (select id from directory_listings where tsv @@ to_tsquery('simple', ${words}) limit ${COUNT_LIMIT + 1}) m`.execute(db);
      return Number(row.rows[0]?.n ?? 0);
    },

    /** Listings in a box around a point, nearest first; filters are checked row by row through their indexes. */
    async searchNear(f: SearchFilters, page: { limit: number; offset: number }) {
      const { lat, lon, box } = f.near!;
      let q = db.selectFrom("directory_listings as l").where("l.latitude", "is not", null);
      if (box) {
        q = q
          .where("l.latitude", ">=", box.minLat)
          .where("l.latitude", "<=", box.maxLat)
          .where("l.longitude", ">=", box.minLon)
          .where("l.longitude", "<=", box.maxLon);
      }
      const words = fullTextQuery(dialect, f, false);
      if (words) {
        // The unary plus keeps the word matches from driving the query: the box (or the country)
        // does, and the matches are only looked up, so a common word costs no more than a rare one.
        q =
          dialect !== "sqlite"
            ? q.where(sql<boolean>`l.tsv @@ to_tsquery('simple', ${words})`)
            : f.near?.box
              ? q.where(sql<boolean>`+l.id in (select rowid from directory_fts where directory_fts match ${words})`)
              : q.where(sql<boolean>`l.id in (select rowid from directory_fts where directory_fts match ${words})`);
      }
      if (f.country) q = q.where("l.country", "=", f.country);
      if (f.region) q = q.where("l.region", "=", f.region);
      if (f.cityKey) q = q.where("l.city_key", "=", f.cityKey);
      if (f.free) q = q.where("l.free", "=", 1);
      if (f.wheelchair) q = q.where("l.wheelchair", "=", 1);
      if (f.association) q = q.where("l.association", "=", 1);
      if (f.organizationId) q = q.where("l.organization_id", "=", f.organizationId);
      if (f.mode === "remote") q = q.where("l.remote", "=", 1);
      if (f.mode === "in_person") q = q.where("l.in_person", "=", 1);
      if (f.alwaysOpen) q = q.where("l.always_open", "=", 1);
      // Any of the kinds of help; every feature asked for (one condition each).
      const facetConditions: (readonly [string, readonly string[]])[] = [["type", f.types ?? []], ["lang", f.language ? [f.language] : []], ...(f.features ?? []).map((x) => ["feature", [x]] as const)];
      for (const [facet, values] of facetConditions) {
        if (values.length === 0) continue;
        q = q.where((eb) =>
          eb.exists(
            eb
              .selectFrom("directory_listing_facets as x")
              .select("x.listing_id")
              .where("x.facet", "=", facet)
              .where("x.value", "in", [...values])
              .whereRef("x.listing_id", "=", "l.id"),
          ),
        );
      }
      if (f.openAt !== undefined) q = q.where((eb) => openAt(eb, f.openAt!));
      const k = Math.cos((lat * Math.PI) / 180) ** 2;
      // Squared equirectangular distance: exact enough to order by, and plain arithmetic on both databases.
      const distance = sql<number>`((l.latitude - ${lat}) * (l.latitude - ${lat}) + (l.longitude - ${lon}) * (l.longitude - ${lon}) * ${k})`;
      const countRow = await q.select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirst();
      const total = Number(countRow?.n ?? 0);
      if (total === 0) return { rows: [] as (ListingRow & { distance2: number | null })[], total, capped: false };
      const rows = await q
        .select([...LISTING_COLUMNS, distance.as("distance2")])
        .orderBy(sql`distance2`)
        .orderBy("l.id")
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      return { rows: rows as (ListingRow & { distance2: number | null })[], total, capped: false };
    },

    /** Victims' associations with published services: one line per organisation and country. */
    async associations(limit = 5000) {
      const rows = await db
        .selectFrom("directory_listings")
        .select((eb) => [
          "organization_id",
          "country",
          eb.fn.min("organization_name").as("organization_name"),
          eb.fn.min("text_language").as("text_language"),
          eb.fn.count<string | number>("service_id").distinct().as("services"),
        ])
        .where("association", "=", 1)
        .where("organization_id", "is not", null)
        .groupBy(["organization_id", "country"])
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        organizationId: r.organization_id!,
        country: r.country,
        name: String(r.organization_name ?? ""),
        textLanguage: r.text_language === null ? null : String(r.text_language),
        services: Number(r.services),
      }));
    },

    async facetsOf(listingIds: number[]): Promise<Map<number, { types: string[]; languages: string[]; features: string[] }>> {
      const out = new Map<number, { types: string[]; languages: string[]; features: string[] }>();
      const rows = await facetsRead.all(listingIds, {});
      for (const r of rows) {
        const entry = out.get(r.listing_id) ?? { types: [], languages: [], features: [] };
        (r.facet === "type" ? entry.types : r.facet === "feature" ? entry.features : entry.languages).push(r.value);
        out.set(r.listing_id, entry);
      }
      return out;
    },

    async openListings(listingIds: number[], at: number): Promise<Set<number>> {
      const rows = await openRead.all(listingIds, { at });
      return new Set(rows.map((r) => r.listing_id));
    },

    /** The phone numbers of some services, each service's in the order they were stored. */
    async phonesOf(serviceIds: string[]): Promise<{ service_id: string; number: string }[]> {
      return (await phonesRead.all(serviceIds, {})) as { service_id: string; number: string }[];
    },

    /** Countries that have listings, with counts. */
    async countries(): Promise<{ country: string; n: number }[]> {
      const rows = await db
        .selectFrom("directory_listings")
        .select(["country", (eb) => eb.fn.countAll<string | number>().as("n")])
        .where("country", "is not", null)
        .groupBy("country")
        .execute();
      return rows.map((r) => ({ country: r.country!, n: Number(r.n) }));
    },

    /** Cities (and regions) of a country, with the centre of their listings, for "near a city". */
    async places(country: string): Promise<{ city: string; cityKey: string; region: string | null; lat: number | null; lon: number | null; n: number }[]> {
      const rows = await db
        .selectFrom("directory_listings")
        .select((eb) => [
          "city_key",
          eb.fn.min("city").as("city"),
          eb.fn.min("region").as("region"),
          eb.fn.avg("latitude").as("lat"),
          eb.fn.avg("longitude").as("lon"),
          eb.fn.countAll<string | number>().as("n"),
        ])
        .where("country", "=", country)
        .where("city_key", "is not", null)
        .groupBy("city_key")
        .orderBy("city_key")
        .limit(500)
        .execute();
      return rows.map((r) => ({
        city: String(r.city),
        cityKey: r.city_key!,
        region: r.region === null ? null : String(r.region),
        lat: r.lat === null ? null : Number(r.lat),
        lon: r.lon === null ? null : Number(r.lon),
        n: Number(r.n),
      }));
    },

    async regions(country: string): Promise<string[]> {
      const rows = await db
        .selectFrom("directory_listings")
        .select("region")
        .distinct()
        .where("country", "=", country)
        .where("region", "is not", null)
        .orderBy("region")
        .limit(300)
        .execute();
      return rows.map((r) => r.region!);
    },

    async listingLanguages(): Promise<string[]> {
      const rows = await db.selectFrom("directory_listing_facets").select("value").distinct().where("facet", "=", "lang").orderBy("value").execute();
      return rows.map((r) => r.value);
    },

    // ---- taxonomy term names ----

    async upsertTermNames(rows: { termId: string; locale: string; name: string }[], trx: Q = db): Promise<void> {
      for (const part of chunks(rows, 500)) {
        await trx
          .insertInto("directory_term_names")
          .values(part.map((r) => ({ term_id: r.termId, locale: r.locale, name: r.name })))
          .onConflict((oc) => oc.columns(["term_id", "locale"]).doUpdateSet((eb) => ({ name: eb.ref("excluded.name") })))
          .execute();
      }
    },

    async termNames(locale: string): Promise<Map<string, string>> {
      const rows = await db.selectFrom("directory_term_names").select(["term_id", "name"]).where("locale", "=", locale).execute();
      return new Map(rows.map((r) => [r.term_id, r.name]));
    },
  };
}

export type DirectoryRepo = ReturnType<typeof directoryRepo>;

/** Reports of wrong information and organisations' proposals: the directory's moderation queues. */
export function directoryQueueRepo(db: Kysely<Database>) {
  return {
    async insertReport(row: { id: string; serviceId: string; locale: string; problem: string; details: string | null; createdAt: string }): Promise<void> {
      await db
        .insertInto("directory_reports")
        .values({ id: row.id, service_id: row.serviceId, locale: row.locale, problem: row.problem, details: row.details, state: "open", created_at: row.createdAt, resolved_by: null, resolved_at: null })
        .execute();
    },

    async listReports(state: "open" | "resolved", page: { limit: number; offset: number }) {
      const count = await db.selectFrom("directory_reports").select((eb) => eb.fn.countAll<string | number>().as("n")).where("state", "=", state).executeTakeFirst();
      const rows = await db
        .selectFrom("directory_reports as r")
        .select(["r.id", "r.service_id", "r.locale", "r.problem", "r.details", "r.created_at", "r.resolved_at", sql<string | null>`(select s.name from hsds_service s where s.id = r.service_id)`.as("service_name")])
        .where("r.state", "=", state)
        .orderBy("r.created_at", state === "open" ? "asc" : "desc")
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      return { rows, total: Number((count as { n?: unknown } | undefined)?.n ?? 0) };
    },

    async resolveReport(id: string, userId: string, at: string): Promise<boolean> {
      const res = await db.updateTable("directory_reports").set({ state: "resolved", resolved_by: userId, resolved_at: at }).where("id", "=", id).where("state", "=", "open").executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    async openReportCount(serviceId?: string): Promise<number> {
      let q = db.selectFrom("directory_reports").select((eb) => eb.fn.countAll<string | number>().as("n")).where("state", "=", "open");
      if (serviceId) q = q.where("service_id", "=", serviceId);
      return Number((await q.executeTakeFirst())?.n ?? 0);
    },

    async insertProposal(row: { id: string; locale: string; country: string; organizationName: string; serviceName: string; payload: string; submittedAt: string }): Promise<void> {
      await db
        .insertInto("directory_proposals")
        .values({
          id: row.id,
          state: "pending",
          locale: row.locale,
          country: row.country,
          organization_name: row.organizationName,
          service_name: row.serviceName,
          payload: row.payload,
          submitted_at: row.submittedAt,
          reviewed_by: null,
          reviewed_at: null,
          decision_note: null,
          service_id: null,
        })
        .execute();
    },

    async listProposals(state: "pending" | "approved" | "rejected", countries: string[] | null, page: { limit: number; offset: number }) {
      let q = db.selectFrom("directory_proposals").where("state", "=", state);
      if (countries) q = q.where("country", "in", countries.length ? countries : ["--"]);
      const count = await q.select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirst();
      const rows = await q
        .select(["id", "state", "locale", "country", "organization_name", "service_name", "submitted_at", "reviewed_at", "decision_note", "service_id"])
        .orderBy("submitted_at", state === "pending" ? "asc" : "desc")
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      return { rows, total: Number((count as { n?: unknown } | undefined)?.n ?? 0) };
    },

    async findProposal(id: string) {
      return db.selectFrom("directory_proposals").selectAll().where("id", "=", id).executeTakeFirst();
    },

    async decideProposal(
      id: string,
      d: { state: "approved" | "rejected"; userId: string; at: string; note: string | null; serviceId: string | null },
      trx: Q = db,
    ): Promise<boolean> {
      // The proposer's contact details are only needed until the decision: the payload is reduced then.
      const res = await trx
        .updateTable("directory_proposals")
        .set({ state: d.state, reviewed_by: d.userId, reviewed_at: d.at, decision_note: d.note, service_id: d.serviceId })
        .where("id", "=", id)
        .where("state", "=", "pending")
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    async clearProposalContact(id: string, payload: string, trx: Q = db): Promise<void> {
      await trx.updateTable("directory_proposals").set({ payload }).where("id", "=", id).execute();
    },

    /** Who last marked a service as checked (from the audit log): name and address, for staff only. */
    async lastVerifier(serviceId: string): Promise<string | null> {
      const row = await db
        .selectFrom("audit_log as a")
        .innerJoin("users as u", "u.id", "a.user_id")
        .select(["u.name", "u.email"])
        .where("a.target_id", "=", serviceId)
        .where("a.action", "=", "directory.verify")
        .orderBy("a.at", "desc")
        .limit(1)
        .executeTakeFirst();
      return row ? `${row.name} <${row.email}>` : null;
    },

    async pendingProposalCount(): Promise<number> {
      return Number((await db.selectFrom("directory_proposals").select((eb) => eb.fn.countAll<string | number>().as("n")).where("state", "=", "pending").executeTakeFirst())?.n ?? 0);
    },
  };
}

export interface ApiServiceFilters {
  tokens: string[];
  taxonomyTermId?: string | undefined;
  taxonomyId?: string | undefined;
  organizationId?: string | undefined;
  modifiedAfter?: string | undefined;
}

/** The HSDS API's list queries, over published services only. */
export function directoryApiRepo(db: Kysely<Database>, dialect: Dialect) {
  const anyDb = db as unknown as Kysely<any>;

  function matchingServiceIds(tokens: string[]) {
    if (dialect === "sqlite") {
      const match = tokens.map((t) => fts5Term(t)).join(" AND ");
      return sql`(select l.service_id from directory_fts f join directory_listings l on l.id = f.rowid where directory_fts match ${match})`;
    }
    const terms = tokens.map((t) => tsTerm(t)).filter((t): t is string => t !== null);
    return sql`(select l.service_id from directory_listings l where l.tsv @@ to_tsquery('simple', ${terms.join(" & ") || "''"}))`;
  }

  /** The API's cumulative filters on a query that has the services as `s`; published services only. */
  function withServiceFilters(query: any, f: ApiServiceFilters) {
    let q = query.innerJoin("directory_services as m", "m.service_id", "s.id").where("m.state", "=", "published");
    if (f.tokens.length) q = q.where("s.id", "in", matchingServiceIds(f.tokens));
    if (f.organizationId) q = q.where("s.organization_id", "=", f.organizationId);
    if (f.modifiedAfter) q = q.where("s.last_modified", ">=", f.modifiedAfter);
    if (f.taxonomyTermId) {
      const term = f.taxonomyTermId;
      q = q.where("s.id", "in", (eb: any) => eb.selectFrom("hsds_attribute").select("link_id").where("taxonomy_term_id", "=", term));
    }
    if (f.taxonomyId) {
      const taxonomy = f.taxonomyId;
      q = q.where("s.id", "in", (eb: any) =>
        eb.selectFrom("hsds_attribute as a").innerJoin("hsds_taxonomy_term as t", "t.id", "a.taxonomy_term_id").select("a.link_id").where("t.taxonomy_id", "=", taxonomy),
      );
    }
    return q;
  }

  return {
    /** Published service ids for a page of /services, and the total. */
    async servicePage(f: ApiServiceFilters, page: { limit: number; offset: number }) {
      const q = withServiceFilters(anyDb.selectFrom("hsds_service as s"), f);
      const count = await q.select((eb: any) => eb.fn.countAll().as("n")).executeTakeFirst();
      const rows = await q.select(["s.id", "s.last_modified"]).orderBy("s.id").limit(page.limit).offset(page.offset).execute();
      return { rows: rows as { id: string; last_modified: string | null }[], total: Number((count as { n?: unknown } | undefined)?.n ?? 0) };
    },

    /** Service-at-location ids of published services (same filters), a page and the total. */
    async serviceAtLocationPage(f: ApiServiceFilters, page: { limit: number; offset: number }) {
      const q = withServiceFilters(anyDb.selectFrom("hsds_service_at_location as sal").innerJoin("hsds_service as s", "s.id", "sal.service_id"), f);
      const count = await q.select((eb: any) => eb.fn.countAll().as("n")).executeTakeFirst();
      const rows = await q.select(["sal.id", "sal.service_id"]).orderBy("sal.id").limit(page.limit).offset(page.offset).execute();
      return { rows: rows as { id: string; service_id: string }[], total: Number((count as { n?: unknown } | undefined)?.n ?? 0) };
    },

    /** Organisations with at least one published service. */
    async organizationPage(tokens: string[], page: { limit: number; offset: number }) {
      let q = anyDb
        .selectFrom("hsds_organization as o")
        .where("o.id", "in", (eb: any) =>
          eb.selectFrom("hsds_service as s").innerJoin("directory_services as m", "m.service_id", "s.id").select("s.organization_id").where("m.state", "=", "published"),
        );
      if (tokens.length) {
        for (const token of tokens) q = q.where(sql`lower(o.name)`, "like", `%${token.replace(/[%_\\]/g, "")}%`);
      }
      const count = await q.select((eb: any) => eb.fn.countAll().as("n")).executeTakeFirst();
      const rows = await q.selectAll("o").orderBy("o.id").limit(page.limit).offset(page.offset).execute();
      return { rows: rows.map(fromDbRow), total: Number((count as { n?: unknown } | undefined)?.n ?? 0) };
    },

    async isPublishedOrganization(id: string): Promise<boolean> {
      const row = await anyDb
        .selectFrom("hsds_service as s")
        .innerJoin("directory_services as m", "m.service_id", "s.id")
        .select("s.id")
        .where("s.organization_id", "=", id)
        .where("m.state", "=", "published")
        .limit(1)
        .executeTakeFirst();
      return Boolean(row);
    },

    async taxonomyPage(tokens: string[], page: { limit: number; offset: number }) {
      let q = anyDb.selectFrom("hsds_taxonomy");
      for (const token of tokens) q = q.where(sql`lower(name)`, "like", `%${token.replace(/[%_\\]/g, "")}%`);
      const count = await q.select((eb: any) => eb.fn.countAll().as("n")).executeTakeFirst();
      const rows = await q.selectAll().orderBy("id").limit(page.limit).offset(page.offset).execute();
      return { rows: rows.map(fromDbRow), total: Number((count as { n?: unknown } | undefined)?.n ?? 0) };
    },

    async taxonomyTermPage(
      f: { tokens: string[]; taxonomyId?: string | undefined; parentId?: string | undefined; topOnly?: boolean | undefined },
      page: { limit: number; offset: number },
    ) {
      let q = anyDb.selectFrom("hsds_taxonomy_term");
      for (const token of f.tokens) q = q.where(sql`lower(name)`, "like", `%${token.replace(/[%_\\]/g, "")}%`);
      if (f.taxonomyId) q = q.where("taxonomy_id", "=", f.taxonomyId);
      if (f.parentId) q = q.where("parent_id", "=", f.parentId);
      if (f.topOnly) q = q.where("parent_id", "is", null);
      const count = await q.select((eb: any) => eb.fn.countAll().as("n")).executeTakeFirst();
      const rows = await q.selectAll().orderBy("id").limit(page.limit).offset(page.offset).execute();
      return { rows: rows.map(fromDbRow), total: Number((count as { n?: unknown } | undefined)?.n ?? 0) };
    },

    async publishedServiceIds(): Promise<string[]> {
      const rows = await db.selectFrom("directory_services").select("service_id").where("state", "=", "published").orderBy("service_id").execute();
      return rows.map((r) => r.service_id);
    },
  };
}
