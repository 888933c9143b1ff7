import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import { createPostgresDatabase, createTestApp, testDbKind, type TestApp, TEST_ENV } from "../../tests/support/app.ts";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { openDatabase, type Db } from "../db/database.ts";
import { seedDemoLearn, seedDemoStories } from "../demo/seed.ts";
import { localDiskStorage } from "../media/storage.ts";
import { BackupError, compareCounts, countRows, createBackup, isDatabaseEmpty, restoreBackup, type BackupManifest } from "./backup.ts";

/** Every row of a table, in a stable order, as JSON. */
async function dump(db: Db, table: string): Promise<string[]> {
  const res = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db.kysely);
  return res.rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString("base64") : typeof v === "bigint" ? String(v) : v))).sort();
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}

describe(`backup and restore (${testDbKind})`, () => {
  let source: TestApp;
  let backupDir: string;
  let manifest: BackupManifest;
  const targetDir = mkdtempSync(path.join(tmpdir(), "vsp-restore-"));
  let targetPg: { url: string; drop(): Promise<void> } | null = null;
  const key = randomBytes(32).toString("hex");

  before(async () => {
    source = await createTestApp({ seed: true });
    await seedDemoStories(source.db, source.app.services);
    await seedDemoLearn(source.db);
    writeFileSync(path.join(source.config.dataDir, "secret.key"), key, { mode: 0o600 });
    backupDir = path.join(mkdtempSync(path.join(tmpdir(), "vsp-backup-")), "b1");
    manifest = await createBackup({ db: source.db, storage: source.app.services.storage, dataDir: source.config.dataDir, databaseUrl: source.config.databaseUrl, outDir: backupDir });
    if (testDbKind === "postgres") targetPg = await createPostgresDatabase();
  });
  after(async () => {
    await source.close();
    await targetPg?.drop();
    rmSync(path.dirname(backupDir), { recursive: true, force: true });
    rmSync(targetDir, { recursive: true, force: true });
  });

  it("records every table, the media with checksums and the key", async () => {
    assert.equal(manifest.dialect, testDbKind);
    assert.ok((manifest.tables.content_items ?? 0) > 0 && (manifest.tables.stories ?? 0) > 0 && (manifest.tables.directory_services ?? 0) > 0, JSON.stringify(manifest.tables));
    assert.ok(manifest.media.length > 0, "the demo story photo is in the backup");
    assert.ok(manifest.media.every((m) => /^[0-9a-f]{64}$/.test(m.sha256) && m.size > 0));
    assert.equal(manifest.secretKey, true);
    await assert.rejects(createBackup({ db: source.db, storage: source.app.services.storage, dataDir: source.config.dataDir, databaseUrl: source.config.databaseUrl, outDir: backupDir }), BackupError, "never writes over a backup");
  });

  it("restores into a fresh instance with every record, file and the key", async () => {
    const storage = localDiskStorage(path.join(targetDir, "media"));
    const databaseUrl = targetPg?.url;
    const open = () => openDatabase({ databaseUrl, dataDir: targetDir });
    await restoreBackup({ from: backupDir, dataDir: targetDir, databaseUrl, storage, isEmpty: async () => true });

    const restored = open();
    try {
      assert.deepEqual(compareCounts(manifest.tables, await countRows(restored)), []);
      for (const table of Object.keys(manifest.tables)) {
        assert.deepEqual(await dump(restored, table), await dump(source.db, table), `table ${table}`);
      }
    } finally {
      await restored.destroy();
    }
    for (const item of manifest.media) {
      const a = await source.app.services.storage.get(item.key);
      const b = await storage.get(item.key);
      assert.ok(a && b, item.key);
      assert.equal(b.contentType, item.contentType);
      assert.ok((await readAll(b.stream)).equals(await readAll(a.stream)), item.key);
    }
    assert.equal(readFileSync(path.join(targetDir, "secret.key"), "utf8"), key);

    // The restored portal serves what the source served.
    const config = loadConfig({ ...TEST_ENV, DATA_DIR: targetDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) }, { readDotEnv: false });
    const db = open();
    const app = await buildApp({ config, db, masterKey: Buffer.from(key, "hex"), mailer: { send: async () => {} }, storage });
    try {
      const [before, after] = await Promise.all([source.app.inject("/en/stories"), app.inject("/en/stories")]);
      assert.equal(after.statusCode, 200);
      const titles = (html: string) => [...html.matchAll(/<h[23][^>]*>\s*<a[^>]*>([^<]+)</g)].map((m) => m[1]);
      assert.ok(titles(before.body).length > 0);
      assert.deepEqual(titles(after.body), titles(before.body));
    } finally {
      await app.close();
      await db.destroy();
    }
  });

  it("refuses to overwrite data, a different key, damaged media or another kind of database", async () => {
    const storage = localDiskStorage(path.join(targetDir, "media"));
    const databaseUrl = targetPg?.url;
    const db = openDatabase({ databaseUrl, dataDir: targetDir });
    const empty = await isDatabaseEmpty(db);
    await db.destroy();
    assert.equal(empty, false);
    await assert.rejects(restoreBackup({ from: backupDir, dataDir: targetDir, databaseUrl, storage, isEmpty: async () => empty }), /already holds data/);
    writeFileSync(path.join(targetDir, "secret.key"), randomBytes(32).toString("hex"));
    await assert.rejects(restoreBackup({ from: backupDir, dataDir: targetDir, databaseUrl, storage, isEmpty: async () => true }), /differs from the backup's key/);
    await assert.rejects(restoreBackup({ from: backupDir, dataDir: targetDir, databaseUrl: databaseUrl ? undefined : "postgres://x@127.0.0.1/none", storage, isEmpty: async () => true }), /restore into the same kind of database/);
    const first = manifest.media[0]!;
    const file = path.join(backupDir, "media", ...first.key.split("/"));
    const original = readFileSync(file);
    writeFileSync(file, Buffer.concat([original, Buffer.from("x")]));
    try {
      await assert.rejects(restoreBackup({ from: backupDir, dataDir: targetDir, databaseUrl, storage, force: true, isEmpty: async () => false }), /missing or damaged/);
    } finally {
      writeFileSync(file, original);
    }
    await assert.rejects(restoreBackup({ from: targetDir, dataDir: targetDir, databaseUrl, storage, isEmpty: async () => true }), /not a finished backup/);
  });
});
