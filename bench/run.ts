import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync, brotliCompressSync } from "node:zlib";
// autocannon ships no types; the part used here is small.
// @ts-expect-error no type declarations
import autocannon from "autocannon";
import { buildApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrator.ts";
import { seedDemoContent } from "../src/demo/seed.ts";
import { randomBytes } from "node:crypto";

/**
 * Starts the portal on SQLite with the demo content and measures, on loopback, requests per second
 * and latency for typical pages, plus each page's transfer size. Prints figures; never fails on time.
 */
const seconds = Number(process.argv.find((a) => a.startsWith("--seconds="))?.slice(10) ?? 5);
const dataDir = mkdtempSync(path.join(tmpdir(), "vsp-bench-"));
const config = loadConfig(
  // Load shedding is off here: the benchmark measures the most the portal can serve, which is exactly
  // the load at which shedding would start answering 503.
  { DATA_DIR: dataDir, LOG_LEVEL: "silent", NODE_ENV: "production", OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: "0", OVERLOAD_MAX_EVENT_LOOP_UTILIZATION: "0" },
  { readDotEnv: false },
);
const db = openDatabase({ dataDir });
await migrateToLatest(db);
await seedDemoContent(db);
const app = await buildApp({ config, db, masterKey: randomBytes(32), mailer: { send: async () => {} } });
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

const pages: [string, string][] = [
  ["static CSS (baseline)", "/static/app.css"],
  ["home page", "/en/"],
  ["content page", "/en/info/your-rights-as-a-victim"],
  ["content page (Arabic)", "/ar/info/compensation-and-financial-help"],
  ["news list", "/fr/news"],
  ["search (English)", "/en/search?q=compensation"],
  ["search (Chinese)", `/zh/search?q=${encodeURIComponent("赔偿")}`],
];

interface Row { name: string; rps: number; p50: number; p99: number; raw: number; gzip: number; br: number }
const rows: Row[] = [];
for (const [name, url] of pages) {
  const body = Buffer.from(await (await fetch(base + url)).arrayBuffer());
  const result = await autocannon({ url: base + url, connections: 10, duration: seconds, headers: { "accept-encoding": "identity" } });
  rows.push({
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    raw: body.length,
    gzip: gzipSync(body).length,
    br: brotliCompressSync(body).length,
  });
}
await app.close();
await db.destroy();
rmSync(dataDir, { recursive: true, force: true });

const baseline = rows[0]!.rps;
console.log(`\nVictims Support Portal benchmark (SQLite, demo content, ${seconds}s per page, 10 connections, loopback)\n`);
console.log(["page".padEnd(24), "req/s".padStart(8), "p50 ms".padStart(8), "p99 ms".padStart(8), "vs static".padStart(10), "HTML B".padStart(8), "gzip B".padStart(8), "br B".padStart(8)].join(" "));
for (const r of rows) {
  console.log(
    [r.name.padEnd(24), r.rps.toFixed(0).padStart(8), String(r.p50).padStart(8), String(r.p99).padStart(8), (r.rps / baseline).toFixed(2).padStart(10), String(r.raw).padStart(8), String(r.gzip).padStart(8), String(r.br).padStart(8)].join(" "),
  );
}
console.log("\nPage weight target: under 40 KB compressed including CSS.");
const css = rows[0]!;
for (const r of rows.slice(1)) console.log(`${r.name}: ${((r.br + css.br) / 1024).toFixed(1)} KB with CSS (brotli)`);
