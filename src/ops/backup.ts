import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import type { Db } from "../db/database.ts";
import type { MediaStorage } from "../media/storage.ts";

const run = promisify(execFile);

/** What a backup holds, written last as manifest.json (a folder without it is an unfinished backup). */
export interface BackupManifest {
  format: 1;
  createdAt: string;
  dialect: "sqlite" | "postgres";
  /** The database file inside the backup folder. */
  database: string;
  /** Rows per table when the backup was taken (the restore checks them). */
  tables: Record<string, number>;
  media: Array<{ key: string; size: number; contentType: string; sha256: string }>;
  /** Whether DATA_DIR/secret.key is included (without it, encrypted fields cannot be read back). */
  secretKey: boolean;
}

export class BackupError extends Error {
  override name = "BackupError";
}

/** Rows in every table of the portal (the migrator's own tables included). */
export async function countRows(db: Db): Promise<Record<string, number>> {
  const tables = (await db.kysely.introspection.getTables({ withInternalKyselyTables: true })).map((t) => t.name).sort();
  const out: Record<string, number> = {};
  for (const name of tables) {
    const row = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(name)}`.execute(db.kysely);
    out[name] = Number(row.rows[0]?.n ?? 0);
  }
  return out;
}

async function hasCommand(command: string): Promise<boolean> {
  try {
    await run(command, ["--version"]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Takes a consistent backup while the portal runs: SQLite through its online backup API, PostgreSQL with
 * pg_dump (custom format), every media object through the storage interface (local disk or S3), and the
 * generated secret key when there is one. Returns the manifest, written last.
 */
export async function createBackup(opts: { db: Db; storage: MediaStorage; dataDir: string; databaseUrl: string | undefined; outDir: string; now?: Date }): Promise<BackupManifest> {
  const { db, storage, outDir } = opts;
  if (existsSync(path.join(outDir, "manifest.json"))) throw new BackupError(`${outDir} already holds a backup`);
  await mkdir(path.join(outDir, "media"), { recursive: true, mode: 0o700 });

  let database: string;
  if (db.dialect === "sqlite") {
    database = "database.sqlite";
    const source = new SQLite(path.join(opts.dataDir, "portal.sqlite"), { readonly: true, fileMustExist: true });
    try {
      await source.backup(path.join(outDir, database));
    } finally {
      source.close();
    }
  } else {
    if (!opts.databaseUrl) throw new BackupError("DATABASE_URL is needed to back up PostgreSQL");
    if (!(await hasCommand("pg_dump"))) throw new BackupError("pg_dump was not found: install the PostgreSQL client (Debian: postgresql-client) of the server's version");
    database = "database.pgdump";
    await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${path.join(outDir, database)}`, `--dbname=${opts.databaseUrl}`], { maxBuffer: 16 * 1024 * 1024 });
  }
  // Counted after the copy: rows written since are newer than the backup and the restore sees at least these.
  const tables = await countRows(db);

  const media: BackupManifest["media"] = [];
  for await (const key of storage.list()) {
    const object = await storage.get(key);
    if (!object) continue; // erased since it was listed
    const file = path.join(outDir, "media", ...key.split("/"));
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const hash = createHash("sha256");
    object.stream.on("data", (chunk: Buffer) => hash.update(chunk));
    await pipeline(object.stream, createWriteStream(file, { mode: 0o600 }));
    media.push({ key, size: (await stat(file)).size, contentType: object.contentType, sha256: hash.digest("hex") });
  }
  media.sort((a, b) => a.key.localeCompare(b.key));

  const keyFile = path.join(opts.dataDir, "secret.key");
  const secretKey = existsSync(keyFile);
  if (secretKey) await copyFile(keyFile, path.join(outDir, "secret.key"));

  const manifest: BackupManifest = { format: 1, createdAt: (opts.now ?? new Date()).toISOString(), dialect: db.dialect, database, tables, media, secretKey };
  await writeFile(path.join(outDir, "manifest.json"), JSON.stringify(manifest, null, 2), { mode: 0o600 });
  return manifest;
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8"));
  } catch {
    throw new BackupError(`${dir} is not a finished backup (no readable manifest.json)`);
  }
  const m = parsed as BackupManifest;
  if (m?.format !== 1 || (m.dialect !== "sqlite" && m.dialect !== "postgres") || !Array.isArray(m.media)) throw new BackupError(`${dir}/manifest.json is not a backup manifest this version can read`);
  return m;
}

async function sha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

/**
 * Restores a backup into the configured database and media storage. Refuses to overwrite a database
 * that holds anything (or a different secret key) unless `force` is set; the SQLite file it replaces is
 * kept beside it. Media files are checked against their checksums before they are stored.
 */
export async function restoreBackup(opts: { from: string; dataDir: string; databaseUrl: string | undefined; storage: MediaStorage; force?: boolean; isEmpty: () => Promise<boolean> }): Promise<BackupManifest> {
  const manifest = await readManifest(opts.from);
  const target = opts.databaseUrl ? "postgres" : "sqlite";
  if (manifest.dialect !== target) throw new BackupError(`this backup is of ${manifest.dialect}; the configured database is ${target} (restore into the same kind of database)`);
  for (const item of manifest.media) {
    const file = path.join(opts.from, "media", ...item.key.split("/"));
    if (!existsSync(file) || (await sha256(file)) !== item.sha256) throw new BackupError(`media file ${item.key} is missing or damaged in the backup`);
  }
  const keyFile = path.join(opts.dataDir, "secret.key");
  if (manifest.secretKey && existsSync(keyFile) && !opts.force) {
    const [a, b] = await Promise.all([readFile(keyFile, "utf8"), readFile(path.join(opts.from, "secret.key"), "utf8")]);
    if (a.trim() !== b.trim()) throw new BackupError(`${keyFile} differs from the backup's key: encrypted fields would not be readable (use --force to replace it; the old one is kept as secret.key.before-restore)`);
  }
  if (!(await opts.isEmpty()) && !opts.force) throw new BackupError("the configured database already holds data; restore into an empty one, or use --force to replace it");

  await mkdir(opts.dataDir, { recursive: true });
  if (manifest.dialect === "sqlite") {
    const file = path.join(opts.dataDir, "portal.sqlite");
    if (existsSync(file)) await rename(file, `${file}.before-restore-${Date.now()}`);
    await rm(`${file}-wal`, { force: true });
    await rm(`${file}-shm`, { force: true });
    await copyFile(path.join(opts.from, manifest.database), file);
  } else {
    if (!(await hasCommand("pg_restore"))) throw new BackupError("pg_restore was not found: install the PostgreSQL client (Debian: postgresql-client)");
    await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${opts.databaseUrl}`, path.join(opts.from, manifest.database)], { maxBuffer: 16 * 1024 * 1024 });
  }
  for (const item of manifest.media) {
    await opts.storage.put(item.key, createReadStream(path.join(opts.from, "media", ...item.key.split("/"))), { contentType: item.contentType });
  }
  if (manifest.secretKey) {
    if (existsSync(keyFile)) await copyFile(keyFile, `${keyFile}.before-restore`);
    await copyFile(path.join(opts.from, "secret.key"), keyFile);
  }
  return manifest;
}

/** True when the database has no rows outside the migrator's own tables. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const counts = await countRows(db);
  return Object.entries(counts).every(([table, n]) => n === 0 || table.startsWith("kysely_"));
}

/** Tables whose row count differs from the manifest's, as "table: expected → found". */
export function compareCounts(expected: Record<string, number>, found: Record<string, number>): string[] {
  return Object.entries(expected).flatMap(([table, n]) => (found[table] === n ? [] : [`${table}: ${n} → ${found[table] ?? "missing"}`]));
}
