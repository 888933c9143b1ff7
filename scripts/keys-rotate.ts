import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrator.ts";
import { rotateFieldKeys } from "../src/ops/keys-rotate.ts";
import { FieldKeyError } from "../src/web/crypto.ts";
import { fieldKeys, loadMasterKey } from "../src/web/secrets.ts";

/**
 * npm run keys:rotate [-- --batch-size 200] [--forget-old-links]
 * Re-encrypts every encrypted field under the current SECRET_KEY and recomputes the keyed lookup
 * hashes; SECRET_KEY_PREVIOUS must name the old keys. Safe to run twice and safe to stop: each batch is
 * one transaction, and a run takes up where the last one stopped. See README.md, "Rotating the
 * encryption key", and docs/decisions/019-key-rotation.md.
 */
const { values } = parseArgs({
  options: { "batch-size": { type: "string", default: "200" }, "forget-old-links": { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
});
const batchSize = Number(values["batch-size"]);
if (values.help || !Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
  console.log("Usage: npm run keys:rotate [-- --batch-size <1-10000>] [--forget-old-links]");
  console.log("  --forget-old-links  newsletter manage/unsubscribe links mailed before this rotation stop working (use after a key leak)");
  process.exit(values.help ? 0 : 64);
}

const config = loadConfig();
const keys = fieldKeys(loadMasterKey(config.secretKey, config.dataDir), config.previousSecretKeys.map((k) => Buffer.from(k, "hex")));
const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
let exitCode = 0;
try {
  await migrateToLatest(db);
  console.log(`Current key ${keys.current.id}; retired keys: ${keys.all.slice(1).map((k) => k.id).join(", ") || "none"} (${db.dialect})`);
  let last = "";
  const report = await rotateFieldKeys(db, keys, {
    batchSize,
    forgetOldLinks: values["forget-old-links"],
    onBatch: (column, n) => {
      if (process.stdout.isTTY) process.stdout.write(`\r  ${column}: ${n}…`);
      last = column;
    },
  });
  if (last && process.stdout.isTTY) process.stdout.write("\n");
  for (const [column, n] of Object.entries(report.rotated)) console.log(`  ${column}: ${n} re-encrypted, ${report.remaining[column as keyof typeof report.remaining]} left under other keys`);
  if (values["forget-old-links"]) console.log(`  newsletter links of before this rotation forgotten: ${report.forgottenLinks}`);
  const left = Object.values(report.remaining).reduce((a, b) => a + b, 0);
  if (left === 0) console.log("Done: every encrypted field is under the current key. SECRET_KEY_PREVIOUS can be removed once every instance runs with the new SECRET_KEY.");
  else {
    console.log(`${left} rows changed during the run and are not under the current key yet: run it again.`);
    exitCode = 75;
  }
} catch (err) {
  console.error(err instanceof FieldKeyError ? `Stopped: ${err.message}` : err);
  exitCode = 1;
} finally {
  await db.destroy();
}
process.exit(exitCode);
