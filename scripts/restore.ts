import { existsSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { openStorage } from "../src/media/storage.ts";
import { BackupError, compareCounts, countRows, isDatabaseEmpty, restoreBackup } from "../src/ops/backup.ts";

/**
 * npm run restore -- <backup folder> [--force]: puts a backup made by `npm run backup` into the configured
 * database and media storage (stop the portal first), then checks every table's row count. Without
 * --force it refuses to overwrite a database that holds data.
 */
const args = process.argv.slice(2);
const force = args.includes("--force");
const from = args.find((a) => !a.startsWith("--"));
if (!from) {
  console.error("Usage: npm run restore -- <backup folder> [--force]");
  process.exit(64);
}
const config = loadConfig();
const sqliteFile = path.join(config.dataDir, "portal.sqlite");
try {
  const manifest = await restoreBackup({
    from: path.resolve(from),
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    storage: await openStorage(config),
    force,
    isEmpty: async () => {
      if (!config.databaseUrl && !existsSync(sqliteFile)) return true;
      const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        return await isDatabaseEmpty(db);
      } finally {
        await db.destroy();
      }
    },
  });
  const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const differences = compareCounts(manifest.tables, await countRows(db));
  await db.destroy();
  if (differences.length > 0) {
    console.error(`Restored, but some tables differ from the backup:\n  ${differences.join("\n  ")}`);
    process.exitCode = 1;
  } else {
    console.log(`Restored the backup of ${manifest.createdAt}: ${Object.keys(manifest.tables).length} tables with every row, ${manifest.media.length} media files.`);
  }
} catch (err) {
  console.error(err instanceof BackupError ? `Restore refused: ${err.message}` : err);
  process.exitCode = 1;
}
