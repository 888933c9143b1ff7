import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrator.ts";
import { countriesService } from "../src/features/countries/countries.service.ts";

/**
 * npm run countries:import -- <file.json>
 * Reads a country profiles file (docs/countries-format.md), validates all of it, then publishes every
 * profile in it as a new revision in one transaction: all of them, or (with any error) none.
 */
const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
if (values.help || positionals.length !== 1) {
  console.log("Usage: npm run countries:import -- <file.json>");
  process.exit(values.help ? 0 : 64);
}
const MAX_BYTES = 20 * 1024 * 1024;

const config = loadConfig();
const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
let exitCode = 0;
try {
  await migrateToLatest(db);
  const file = positionals[0]!;
  const bytes = await readFile(file);
  if (bytes.length > MAX_BYTES) throw new Error(`${file} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString("utf8"));
  } catch (e) {
    console.error(`Nothing was imported: ${file} is not valid JSON (${(e as Error).message}).`);
    exitCode = 65;
  }
  if (exitCode === 0) {
    const result = await countriesService(db).importFile(data, { note: `import ${file.split("/").pop()}` });
    if (result.ok) console.log(`Imported and published ${result.countries.length} country profile(s): ${result.countries.join(", ")}.`);
    else {
      console.error(`Nothing was imported: ${result.errors.length} problem(s).`);
      for (const e of result.errors) console.error(`  ${e}`);
      exitCode = 65;
    }
  }
} catch (error) {
  console.error(`Nothing was imported: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await db.destroy();
}
process.exit(exitCode);
