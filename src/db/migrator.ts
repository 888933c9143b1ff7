import { Migrator, type Migration } from "kysely";
import { migrations } from "../../migrations/index.ts";
import type { Db } from "./database.ts";

/** Applies every pending migration; the same files serve SQLite and PostgreSQL. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const provider = {
    async getMigrations(): Promise<Record<string, Migration>> {
      return Object.fromEntries(
        Object.entries(migrations).map(([name, m]) => [name, { up: (k) => m.up(k, db.dialect) } satisfies Migration]),
      );
    },
  };
  const migrator = new Migrator({ db: db.kysely, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
