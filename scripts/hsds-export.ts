import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { exportEverything, exportPublished } from "../src/features/directory/directory.export.ts";
import { nestServices } from "../src/features/directory/hsds/nest.ts";
import { writeTabularZip } from "../src/features/directory/hsds/tabular.ts";

/**
 * npm run hsds:export -- [--out folder] [--all]
 * Writes the directory as HSDS 3.0: services.json (fully nested services) and datapackage.zip (the
 * tabular form). Published services only, unless --all (hidden ones too, for backups).
 */
const { values } = parseArgs({ options: { out: { type: "string", default: "hsds-export" }, all: { type: "boolean", default: false } } });
const config = loadConfig();
const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const tables = values.all ? await exportEverything(db) : await exportPublished(db);
  const out = path.resolve(values.out!);
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "services.json"), JSON.stringify(nestServices(tables), null, 1));
  writeFileSync(path.join(out, "datapackage.zip"), writeTabularZip(tables));
  console.log(`Exported ${tables.service?.length ?? 0} services to ${out}/services.json and ${out}/datapackage.zip`);
} finally {
  await db.destroy();
}
