import path from "node:path";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { openStorage } from "../src/media/storage.ts";
import { BackupError, createBackup } from "../src/ops/backup.ts";

/**
 * npm run backup [-- <folder>]: a consistent backup of the running portal's database (SQLite online
 * backup or pg_dump), media and generated secret key, into ./backups/<UTC time> unless a folder is given.
 * The folder holds the key that decrypts sensitive fields: keep it as safe as the server itself.
 */
const config = loadConfig();
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const outDir = path.resolve(process.argv[2] ?? path.join("backups", stamp));
const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const manifest = await createBackup({ db, storage: await openStorage(config), dataDir: config.dataDir, databaseUrl: config.databaseUrl, outDir });
  const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
  const bytes = manifest.media.reduce((a, m) => a + m.size, 0);
  console.log(`Backup of ${manifest.dialect} written to ${outDir}`);
  console.log(`  ${Object.keys(manifest.tables).length} tables, ${rows} rows; ${manifest.media.length} media files (${(bytes / 1048576).toFixed(1)} MB); secret key ${manifest.secretKey ? "included" : "not included (no DATA_DIR/secret.key: keep SECRET_KEY separately)"}`);
} catch (err) {
  console.error(err instanceof BackupError ? `Backup failed: ${err.message}` : err);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
