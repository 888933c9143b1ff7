import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrator.ts";
import { countriesService } from "../src/features/countries/countries.service.ts";

/** npm run countries:export -- [file.json]: every published country profile, in the exchange format (stdout without a file). */
const { positionals } = parseArgs({ allowPositionals: true });
const config = loadConfig();
const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrateToLatest(db);
  const json = `${JSON.stringify(await countriesService(db).exportFile(), null, 2)}\n`;
  if (positionals[0]) {
    await writeFile(positionals[0], json);
    console.error(`Wrote ${positionals[0]}.`);
  } else process.stdout.write(json);
} finally {
  await db.destroy();
}
