import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrator.ts";
import { readDatasetPath } from "../src/features/directory/directory.import.ts";
import { directoryService } from "../src/features/directory/directory.service.ts";
import { isDatasetError } from "../src/features/directory/hsds/errors.ts";

/**
 * npm run hsds:import -- <file.json | package.zip | folder> [--hidden] [--language fr]
 * Imports an HSDS 3.0 dataset in one transaction: all of it, or (with any rejected record) none of it.
 * Records are published at once unless --hidden; --language names the language of the records' text
 * when it cannot be told from the text (Latin-script languages).
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { hidden: { type: "boolean", default: false }, language: { type: "string" }, help: { type: "boolean", short: "h" } },
});
if (values.help || positionals.length !== 1) {
  console.log("Usage: npm run hsds:import -- <file.json | package.zip | folder> [--hidden] [--language <code>]");
  process.exit(values.help ? 0 : 64);
}

const config = loadConfig();
const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
let exitCode = 0;
try {
  await migrateToLatest(db);
  const directory = directoryService(db);
  await directory.ensurePortalTaxonomy();
  const started = performance.now();
  const parsed = await readDatasetPath(positionals[0]!, config.directoryImportMaxBytes);
  const report = await directory.importDataset(parsed, {
    publish: !values.hidden,
    source: "import",
    textLanguage: values.language ?? null,
    label: positionals[0],
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const counts = Object.entries(report.counts)
    .filter(([, n]) => n)
    .map(([table, n]) => `${table} ${n}`)
    .join(", ");
  if (report.ok) {
    console.log(`Imported in ${seconds} s: ${counts}.`);
    if (report.warnings.length) {
      console.log(`${report.warnings.length} reference(s) point to records that are neither in the dataset nor in the directory:`);
      for (const w of report.warnings.slice(0, 50)) {
        for (const issue of w.issues) console.log(`  ${w.table} ${w.id ?? ""}: ${issue.field} → ${JSON.stringify(issue.params ?? {})}`);
      }
    }
  } else if (report.rejected.length === 0) {
    console.error("Nothing to import: the dataset holds no HSDS records.");
    exitCode = 65;
  } else {
    console.error(`Nothing was imported: ${report.rejected.length} record(s) rejected.`);
    for (const r of report.rejected.slice(0, 200)) {
      for (const issue of r.issues) {
        const params = issue.params ? ` ${JSON.stringify(issue.params)}` : "";
        console.error(`  ${r.table} ${r.id ?? `#${r.index}`}${r.name ? ` (${r.name})` : ""}: ${issue.path || issue.field} ${issue.code}${params}`);
      }
    }
    if (report.rejected.length > 200) console.error(`  … and ${report.rejected.length - 200} more.`);
    exitCode = 65;
  }
} catch (err) {
  if (isDatasetError(err)) {
    console.error(`Nothing was imported: ${err.message}`);
    exitCode = 65;
  } else throw err;
} finally {
  await db.destroy();
}
process.exit(exitCode);
