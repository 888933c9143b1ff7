import type { Db } from "../../db/database.ts";
import { directoryApiRepo } from "./directory.repo.ts";
import { directoryService } from "./directory.service.ts";
import { HSDS_TABLES, type HsdsRow, type HsdsTables } from "./hsds/tables.ts";

/** Merges rows into a dataset, once per id. */
function addRows(into: HsdsTables, from: HsdsTables, seen: Map<string, Set<unknown>>): void {
  for (const [table, rows] of Object.entries(from) as [keyof HsdsTables, HsdsRow[]][]) {
    const ids = seen.get(table) ?? new Set();
    seen.set(table, ids);
    const list = (into[table] ??= []);
    for (const r of rows) {
      if (ids.has(r.id)) continue;
      ids.add(r.id);
      list.push(r);
    }
  }
}

/** The published part of the directory as HSDS tables: what the public downloads and the API show. */
export async function exportPublished(db: Db, clock: () => Date = () => new Date()): Promise<HsdsTables> {
  const directory = directoryService(db, clock);
  const ids = await directoryApiRepo(db.kysely, db.dialect).publishedServiceIds();
  const out: HsdsTables = {};
  const seen = new Map<string, Set<unknown>>();
  for (let i = 0; i < ids.length; i += 2000) addRows(out, await directory.loadServiceTables(ids.slice(i, i + 2000), undefined, true), seen);
  // Every taxonomy and term the directory knows, so the service types travel with the data.
  const all: HsdsTables = { taxonomy: [], taxonomy_term: [] };
  for await (const rows of directory.repo.allRows("taxonomy")) all.taxonomy!.push(...rows);
  for await (const rows of directory.repo.allRows("taxonomy_term")) all.taxonomy_term!.push(...rows);
  addRows(out, all, seen);
  return out;
}

/** Every row of every HSDS table, hidden services included (for backups and moving installations). */
export async function exportEverything(db: Db): Promise<HsdsTables> {
  const directory = directoryService(db);
  const out: HsdsTables = {};
  for (const def of HSDS_TABLES) {
    const list: HsdsRow[] = [];
    for await (const rows of directory.repo.allRows(def.name)) list.push(...rows);
    out[def.name] = list;
  }
  return out;
}
