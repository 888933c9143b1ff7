import { mkdirSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { Database } from "./schema.ts";
import { createTableChanges, type TableChanges } from "./changes.ts";

export type Dialect = "sqlite" | "postgres";

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /**
   * Inserts or updates many rows of one table by a key column, inside the current transaction.
   * On SQLite one prepared statement runs per row (compiling a multi-row statement per batch costs
   * more than the writing); on PostgreSQL batches go through Kysely.
   */
  upsertMany(table: string, columns: string[], key: string | string[] | null, rows: Record<string, unknown>[], trx?: Kysely<Database>): Promise<void>;
  /** Which tables were written (the page cache listens). */
  changes: TableChanges;
  /** Checks that the database answers; used by /readyz. */
  ping(): Promise<void>;
  destroy(): Promise<void>;
}

/** Opens PostgreSQL when a URL is given, else the SQLite file under dataDir. */
export function openDatabase(opts: { databaseUrl?: string | undefined; dataDir: string; sqliteFile?: string }): Db {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection closed by the server (a restart, a failover, a dropped test database) is
    // replaced by the pool on next use; unhandled, its error event would end the process.
    pool.on("error", () => {});
    const changes = createTableChanges();
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [changes.plugin] });
    return wrap(kysely, "postgres", changes, async (table, columns, key, rows, trx) => {
      const q = (trx ?? kysely) as unknown as Kysely<any>;
      const keys = key === null ? [] : Array.isArray(key) ? key : [key];
      const updates = columns.filter((c) => !keys.includes(c));
      const size = Math.max(1, Math.floor(60000 / columns.length));
      for (let i = 0; i < rows.length; i += size) {
        const part = rows.slice(i, i + size).map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
        let insert = q.insertInto(table).values(part);
        if (keys.length) {
          insert = insert.onConflict((oc) => {
            const target = oc.columns(keys);
            return updates.length ? target.doUpdateSet((eb) => Object.fromEntries(updates.map((c) => [c, eb.ref(`excluded.${c}`)]))) : target.doNothing();
          });
        }
        await insert.execute();
      }
    });
  }
  mkdirSync(opts.dataDir, { recursive: true });
  const file = opts.sqliteFile ?? path.join(opts.dataDir, "portal.sqlite");
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // 64 MB of page cache (the default is 2 MB): large imports and index rebuilds touch many pages.
  sqlite.pragma("cache_size = -65536");
  const changes = createTableChanges();
  // Kysely prepares every statement anew; the same few hundred statements run again and again, so
  // prepared statements are kept (one connection runs one statement at a time, so sharing is safe).
  const prepared = new Map<string, KyselyStatement>();
  const database = {
    close: () => sqlite.close(),
    prepare(text: string) {
      let statement = prepared.get(text);
      if (!statement) {
        statement = withPlainRows(sqlite.prepare(text));
        if (prepared.size >= 2000) prepared.delete(prepared.keys().next().value!);
        prepared.set(text, statement);
      }
      return statement;
    },
  };
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database }), plugins: [changes.plugin] });
  const statements = new Map<string, SQLite.Statement>();
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  return wrap(kysely, "sqlite", changes, async (table, columns, key, rows) => {
    const keys = key === null ? [] : Array.isArray(key) ? key : [key];
    const cacheKey = `${table}|${columns.join(",")}|${keys.join(",")}`;
    let statement = statements.get(cacheKey);
    if (!statement) {
      const updates = columns.filter((c) => !keys.includes(c)).map((c) => `${quote(c)} = excluded.${quote(c)}`);
      const conflict = keys.length ? ` on conflict (${keys.map(quote).join(", ")}) do ${updates.length ? `update set ${updates.join(", ")}` : "nothing"}` : "";
      statement = sqlite.prepare(`insert into ${quote(table)} (${columns.map(quote).join(", ")}) values (${columns.map(() => "?").join(", ")})${conflict}`);
      statements.set(cacheKey, statement);
    }
    // The connection is Kysely's own single connection, so this runs inside its open transaction.
    for (const row of rows) statement.run(columns.map((c) => row[c] ?? null));
    changes.announce([table]);
  });
}

/** What Kysely's SQLite driver uses of a statement. */
interface KyselyStatement {
  readonly reader: boolean;
  all(parameters: readonly unknown[]): unknown[];
  run(parameters: readonly unknown[]): { changes: number | bigint; lastInsertRowid: number | bigint };
  iterate(parameters: readonly unknown[]): IterableIterator<unknown>;
}

/**
 * A reading statement whose rows are built by a function made for its columns. better-sqlite3 builds
 * each row in C++ one property at a time, which leaves V8 a slow dictionary object: reading it and
 * copying it (`{ ...row }`) then cost several microseconds a row. Rows fetched as arrays and built by
 * an object literal have one shape per statement, and fetching them costs half as much.
 */
function withPlainRows(statement: SQLite.Statement): KyselyStatement {
  if (!statement.reader) return statement;
  const names = statement.columns().map((c) => c.name);
  // A column called __proto__ would set the prototype in a literal; such a statement keeps its objects.
  if (names.includes("__proto__")) return statement;
  const row = rowBuilder(names);
  statement.raw(true);
  return {
    reader: true,
    all: (parameters) => (statement.all(parameters) as unknown[][]).map(row),
    run: (parameters) => statement.run(parameters),
    *iterate(parameters) {
      for (const values of statement.iterate(parameters) as IterableIterator<unknown[]>) yield row(values);
    },
  };
}

/** Row builders by column list: statements that differ only in their conditions share one. */
const rowBuilders = new Map<string, (values: unknown[]) => unknown>();
function rowBuilder(names: string[]): (values: unknown[]) => unknown {
  const key = names.join("\u0000");
  let build = rowBuilders.get(key);
  if (!build) {
    build = new Function("r", `return { ${names.map((n, i) => `${JSON.stringify(n)}: r[${i}]`).join(", ")} };`) as (values: unknown[]) => unknown;
    if (rowBuilders.size >= 2000) rowBuilders.delete(rowBuilders.keys().next().value!);
    rowBuilders.set(key, build);
  }
  return build;
}

function wrap(kysely: Kysely<Database>, dialect: Dialect, changes: TableChanges, upsertMany: Db["upsertMany"]): Db {
  return {
    kysely,
    dialect,
    changes,
    upsertMany,
    async ping() {
      await sql`select 1`.execute(kysely);
    },
    destroy: () => kysely.destroy(),
  };
}
