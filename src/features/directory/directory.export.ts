import type { Db } from "../../db/database.ts";
import { directoryApiRepo } from "./directory.repo.ts";
import { directoryService, mergeTables } from "./directory.service.ts";
import { HSDS_TABLES, type HsdsRow, type HsdsTables } from "./hsds/tables.ts";

/** The published part of the directory as HSDS tables: what the public downloads and the API show. */
export async function exportPublished(db: Db, clock: () => Date = () => new Date()): Promise<HsdsTables> {
  const directory = directoryService(db, clock);
  const ids = await directoryApiRepo(db.kysely, db.dialect).publishedServiceIds();
  const out: HsdsTables = {};
  for (let i = 0; i < ids.length; i += 2000) mergeTables(out, await directory.loadServiceTables(ids.slice(i, i + 2000), undefined, true));
  // Every taxonomy and term the directory knows, so the service types travel with the data.
  const all: HsdsTables = { taxonomy: [], taxonomy_term: [] };
  for await (const rows of directory.repo.allRows("taxonomy")) all.taxonomy!.push(...rows);
  for await (const rows of directory.repo.allRows("taxonomy_term")) all.taxonomy_term!.push(...rows);
  mergeTables(out, all);
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
