import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
// autocannon ships no types; the part used here is small.
// @ts-expect-error no type declarations
import autocannon from "autocannon";
import { buildApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrator.ts";
import { DirectorySearchSchema } from "../src/features/directory/directory.schema.ts";
import { searchDirectory } from "../src/features/directory/directory.search.ts";
import { directoryService } from "../src/features/directory/directory.service.ts";
import { readJsonDataset } from "../src/features/directory/hsds/json.ts";
import { generateServices, rareWordOf } from "./directory-data.ts";

/**
 * The services directory at scale: generates synthetic HSDS services (100,000 by default), times
 * reading them (parse + validation) and importing them into SQLite, then measures the public search
 * page over HTTP for each kind of search, each kind cycling through a list of varied addresses so
 * that one cached query cannot flatter the figure. Prints figures against targets; never fails on time.
 *
 *   npm run bench:directory -- --services=100000 --seconds=5 [--keep]
 *
 * The server runs in a child process (this file, started again with --serve): autocannon's own work
 * then neither shares the server's event loop nor inflates its memory figures, and on two cores the
 * client and the server each get one, as they would on separate machines.
 */

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

// ---------------------------------------------------------------------------------------------
// The server (child process)

type ToChild = "memory" | "close";
type FromChild = { port: number } | { memory: NodeJS.MemoryUsage };

async function serve(dataDir: string): Promise<void> {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent", NODE_ENV: "production" }, { readDotEnv: false });
  const db = openDatabase({ dataDir });
  const app = await buildApp({ config, db, masterKey: randomBytes(32), mailer: { send: async () => {} } });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  // Never outlive the benchmark, even when it stops half-way.
  process.on("disconnect", () => process.exit(0));
  process.on("message", (message: ToChild) => {
    if (message === "memory") process.send!({ memory: process.memoryUsage() } satisfies FromChild);
    if (message === "close") void app.close().then(() => db.destroy()).then(() => process.exit(0));
  });
  process.send!({ port: typeof address === "object" && address ? address.port : 0 } satisfies FromChild);
}

function nextMessage(child: ChildProcess): Promise<FromChild> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the server process exited (code ${code})`));
    child.once("exit", onExit);
    child.once("message", (m: FromChild) => {
      child.off("exit", onExit);
      resolve(m);
    });
  });
}

async function childMemory(child: ChildProcess): Promise<NodeJS.MemoryUsage> {
  const reply = nextMessage(child);
  child.send("memory" satisfies ToChild);
  const m = await reply;
  if (!("memory" in m)) throw new Error("unexpected message from the server process");
  return m.memory;
}

// ---------------------------------------------------------------------------------------------
// The benchmark

interface AutocannonResult {
  requests: { average: number };
  errors: number;
  timeouts: number;
}
interface AutocannonRun extends PromiseLike<AutocannonResult> {
  on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
const runAutocannon = autocannon as (opts: Record<string, unknown>) => AutocannonRun;

interface Kind {
  name: string;
  urls: string[];
  /** The HSDS API is rate-limited (300 a minute): measured with fixed numbers of requests under it. */
  amount?: { loaded: number; single: number };
  /** A reference row, not a search: no target. */
  baseline?: boolean;
}

interface LoadRow {
  name: string;
  urls: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** The same addresses one request at a time: the cost of a request without queueing. */
  single: { p50: number; p95: number };
  non2xx: number;
  tooMany: number;
  errors: number;
  /** Matches per URL, from the same search run in this process (min–max). */
  hits: string;
  /** The slowest URL of the kind run alone in this process (median of 3), and its time. */
  slowest: { url: string; ms: number } | null;
  target: boolean | null;
}

const SEARCH_P95_TARGET_MS = 20;
const IMPORT_TARGET_S = 60;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Memory in MiB, as process tools show it. */
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
const secondsSince = (t: number) => (performance.now() - t) / 1000;

function searchUrl(locale: string, params: [string, string | number][]): string {
  const qs = new URLSearchParams(params.map(([k, v]) => [k, String(v)]));
  return `/${locale}/services?${qs.toString()}`;
}

/** The same search run in this process, straight on the repository: matches and time (median of 3). */
async function searchInProcess(service: ReturnType<typeof directoryService>, url: string): Promise<{ total: number; capped: boolean; ms: number }> {
  const u = new URL(url, "http://localhost");
  const locale = u.pathname.split("/")[1] ?? "en";
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(u.searchParams.keys())) {
    const all = u.searchParams.getAll(key);
    query[key] = key === "type" ? all : all[0]!;
  }
  const data = DirectorySearchSchema.parse(query);
  const times: number[] = [];
  let total = 0;
  let capped = false;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const result = await searchDirectory(service.repo, data, { locale, now: new Date(), pageSize: 20 });
    times.push(performance.now() - t);
    total = result.total;
    // Where the search stops counting at some limit, it says so; "1000+" reads better than "1000".
    capped = "capped" in result && result.capped === true;
  }
  return { total, capped, ms: times.sort((a, b) => a - b)[1]! };
}

async function main(): Promise<void> {
  const count = Number(arg("services") ?? 100_000);
  const seconds = Number(arg("seconds") ?? 5);
  const keep = process.argv.includes("--keep");
  const dataDir = mkdtempSync(path.join(tmpdir(), "vsp-bench-directory-"));
  const log = (line: string) => console.log(`[bench:directory] ${line}`);

  const db = openDatabase({ dataDir });
  await migrateToLatest(db);
  const directory = directoryService(db);
  await directory.ensurePortalTaxonomy();

  // ---- generate, read, import
  let t = performance.now();
  let services: object[] | null = generateServices(count);
  const generateS = secondsSince(t);
  // A rare search word: a made-up organisation name in Latin script, from a service in the middle.
  let rare = "";
  for (let i = Math.floor(count / 2); i < count && !/^[A-Z][a-z]+$/.test(rare); i++) rare = rareWordOf(services[i]!);
  t = performance.now();
  let json: string | null = JSON.stringify(services);
  const serialiseS = secondsSince(t);
  const jsonBytes = Buffer.byteLength(json);
  services = null;
  log(`generated ${count} services in ${generateS.toFixed(1)} s, JSON ${(jsonBytes / 1_000_000).toFixed(0)} MB in ${serialiseS.toFixed(1)} s`);

  t = performance.now();
  const parsed = readJsonDataset(json);
  const readS = secondsSince(t);
  json = null;
  log(`readJsonDataset: ${readS.toFixed(1)} s, ${parsed.rejected.length} rejected, rows ${JSON.stringify(parsed.counts)}`);
  if (parsed.rejected.length > 0) {
    console.error("The generated data does not validate; nothing was imported. First rejections:");
    console.error(JSON.stringify(parsed.rejected.slice(0, 3), null, 2));
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(1);
  }

  t = performance.now();
  const report = await directory.importDataset(parsed, { publish: true, source: "import", label: "bench" });
  const importS = secondsSince(t);
  const afterImport = process.memoryUsage();
  log(`importDataset: ${importS.toFixed(1)} s, ok=${report.ok}, ${report.services} services`);
  if (!report.ok) {
    console.error("The import refused the dataset:");
    console.error(JSON.stringify(report.rejected.slice(0, 3), null, 2));
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(1);
  }

  // ---- the searches, each kind a list of varied addresses
  const q = (locale: string, ...params: [string, string | number][]) => searchUrl(locale, params);
  const kinds: Kind[] = [
    { name: "baseline: home page", urls: ["/en/", "/fr/", "/ar/"], baseline: true },
    {
      name: "word",
      urls: [
        q("en", ["q", "psychological"]),
        q("ru", ["q", "психологическая"]),
        q("zh", ["q", "心理"]),
        q("ar", ["q", "نفسي"]),
        q("fr", ["q", "juridique"]),
        q("es", ["q", "apoyo"]),
        q("en", ["q", "legal advice"]),
        q("fr", ["q", "soutien psychologique"]),
        q("en", ["q", "Beratung"]),
        q("en", ["q", "destek"]),
        q("zh", ["q", "法律援助"]),
        q("en", ["q", rare]),
      ],
    },
    {
      name: "filtered",
      urls: [
        q("en", ["country", "FR"], ["type", "legal-aid"]),
        q("es", ["country", "MX"], ["type", "psychological-support"]),
        q("en", ["country", "DE"], ["lang", "tr"], ["free", 1]),
        q("ar", ["country", "EG"], ["lang", "en"], ["free", 1]),
        q("en", ["type", "helpline"], ["open", "now"]),
        q("fr", ["type", "medical-care"], ["open", "now"]),
        q("ru", ["mode", "remote"], ["lang", "ru"]),
        q("zh", ["mode", "remote"], ["lang", "zh"]),
        q("en", ["mode", "remote"], ["lang", "ar"]),
        q("en", ["wheelchair", 1], ["country", "GB"], ["city", "London"]),
        q("ru", ["wheelchair", 1], ["country", "RU"], ["city", "Москва"]),
        q("ar", ["wheelchair", 1], ["country", "SA"], ["city", "جدة"]),
      ],
    },
    {
      name: "distance",
      urls: [
        q("fr", ["sort", "distance"], ["lat", 48.86], ["lon", 2.35]),
        q("en", ["sort", "distance"], ["lat", 51.51], ["lon", -0.13]),
        q("en", ["sort", "distance"], ["lat", 40.71], ["lon", -74.01]),
        q("ar", ["sort", "distance"], ["lat", 30.04], ["lon", 31.24]),
        q("ru", ["sort", "distance"], ["lat", 55.76], ["lon", 37.62]),
        q("zh", ["sort", "distance"], ["lat", 39.9], ["lon", 116.41]),
        q("es", ["sort", "distance"], ["lat", 19.43], ["lon", -99.13]),
        q("fr", ["country", "FR"], ["near", "Lyon"], ["sort", "distance"]),
        q("ru", ["country", "RU"], ["near", "Казань"], ["sort", "distance"]),
        q("ar", ["country", "EG"], ["near", "الإسكندرية"], ["sort", "distance"]),
        q("zh", ["country", "CN"], ["near", "上海"], ["sort", "distance"]),
        q("es", ["country", "MX"], ["near", "Monterrey"], ["sort", "distance"]),
      ],
    },
    {
      name: "word+filters+distance",
      urls: [
        q("en", ["q", "psychological"], ["country", "GB"], ["free", 1], ["sort", "distance"], ["lat", 51.51], ["lon", -0.13]),
        q("fr", ["q", "juridique"], ["type", "legal-aid"], ["wheelchair", 1], ["sort", "distance"], ["lat", 48.86], ["lon", 2.35]),
        q("ar", ["q", "نفسي"], ["country", "EG"], ["near", "القاهرة"], ["sort", "distance"]),
        q("zh", ["q", "心理"], ["lang", "zh"], ["mode", "in_person"], ["sort", "distance"], ["lat", 31.23], ["lon", 121.47]),
        q("es", ["q", "apoyo"], ["country", "MX"], ["open", "now"], ["near", "Guadalajara"], ["sort", "distance"]),
        q("ru", ["q", "психологическая"], ["free", 1], ["sort", "distance"], ["lat", 55.76], ["lon", 37.62]),
        q("en", ["q", "helpline"], ["mode", "remote"], ["lang", "en"], ["sort", "distance"], ["lat", 40.71], ["lon", -74.01]),
        q("en", ["q", rare], ["sort", "distance"], ["lat", 48.86], ["lon", 2.35]),
      ],
    },
    {
      name: "HSDS API search",
      urls: ["psychological", "juridique", "apoyo", "психологическая", "心理", "نفسي", rare].map(
        (w) => `/api/hsds/services?${new URLSearchParams({ search: w }).toString()}`,
      ),
      amount: { loaded: 200, single: 50 },
    },
  ];

  // Matches and in-process time per address, on this process's own connection to the same file.
  const inProcess = new Map<string, { total: number; capped: boolean; ms: number }>();
  for (const kind of kinds) {
    if (kind.amount || kind.baseline) continue;
    for (const url of kind.urls) inProcess.set(url, await searchInProcess(directory, url));
  }
  await db.destroy();

  // ---- the server, and the load
  const child = fork(fileURLToPath(import.meta.url), [`--serve=${dataDir}`], { execArgv: process.execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const ready = await nextMessage(child);
  if (!("port" in ready)) throw new Error("unexpected message from the server process");
  const base = `http://127.0.0.1:${ready.port}`;
  const serverIdle = await childMemory(child);

  const rows: LoadRow[] = [];
  for (const kind of kinds) {
    // Every address once first: checks it answers 200 and warms what a real server would have warm.
    for (const url of kind.urls) {
      const res = await fetch(base + url, { headers: { "accept-encoding": "identity" } });
      await res.arrayBuffer();
      if (res.status !== 200) log(`warning: ${url} answered ${res.status}`);
    }
    let non2xx = 0;
    let tooMany = 0;
    const load = async (connections: number, limit: { duration: number } | { amount: number }) => {
      const latencies: number[] = [];
      const run = runAutocannon({
        url: base,
        connections,
        ...limit,
        headers: { "accept-encoding": "identity" },
        requests: kind.urls.map((p) => ({ method: "GET", path: p })),
      });
      run.on("response", (_client, status, _bytes, ms) => {
        latencies.push(ms);
        if (status < 200 || status > 299) non2xx++;
        if (status === 429) tooMany++;
      });
      const result = await run;
      return { result, latencies: latencies.sort((a, b) => a - b) };
    };
    const { result, latencies } = await load(10, kind.amount ? { amount: kind.amount.loaded } : { duration: seconds });
    const single = (await load(1, kind.amount ? { amount: kind.amount.single } : { duration: Math.max(1, seconds / 2) })).latencies;
    const found = kind.urls.map((u) => inProcess.get(u)).filter((r) => r !== undefined);
    const totals = found.map((r) => r.total);
    const most = Math.max(...totals);
    const slowest = kind.urls
      .map((url) => ({ url, ms: inProcess.get(url)?.ms ?? -1 }))
      .filter((s) => s.ms >= 0)
      .sort((a, b) => b.ms - a.ms)[0];
    const p95 = percentile(latencies, 95);
    rows.push({
      name: kind.name,
      urls: kind.urls.length,
      requests: latencies.length,
      rps: result.requests.average,
      p50: percentile(latencies, 50),
      p95,
      p99: percentile(latencies, 99),
      single: { p50: percentile(single, 50), p95: percentile(single, 95) },
      non2xx,
      tooMany,
      errors: result.errors + result.timeouts,
      hits: totals.length ? `${Math.min(...totals)}–${most}${found.some((r) => r.capped && r.total === most) ? "+" : ""}` : "-",
      slowest: slowest ?? null,
      target: kind.baseline ? null : p95 < SEARCH_P95_TARGET_MS,
    });
    log(`${kind.name}: ${latencies.length} requests, p95 ${p95.toFixed(1)} ms`);
  }
  const serverLoaded = await childMemory(child);
  child.send("close" satisfies ToChild);
  await new Promise((resolve) => child.once("exit", resolve));

  if (keep) log(`database kept in ${dataDir}`);
  else rmSync(dataDir, { recursive: true, force: true });

  // ---- the table
  const total = readS + importS;
  const line = (cells: [string, number][]) => console.log(cells.map(([s, w]) => (w < 0 ? s.padEnd(-w) : s.padStart(w))).join(" "));
  console.log(
    `\nVictims Support Portal: directory benchmark (SQLite, ${count.toLocaleString("en")} services, ${seconds} s per search kind, 10 connections, loopback, server in a child process)\n`,
  );
  line([["import phase", -34], ["seconds", 9], ["", 2], ["notes", -40]]);
  line([[`generate ${count.toLocaleString("en")} services`, -34], [generateS.toFixed(1), 9], ["", 2], ["bench only", -40]]);
  line([["serialise to JSON", -34], [serialiseS.toFixed(1), 9], ["", 2], [`${(jsonBytes / 1_000_000).toFixed(0)} MB`, -40]]);
  line([["readJsonDataset (parse + validate)", -34], [readS.toFixed(1), 9], ["", 2], [`${parsed.rejected.length} rejected`, -40]]);
  line([["importDataset (one transaction)", -34], [importS.toFixed(1), 9], ["", 2], [`${report.services} services, ok=${report.ok}`, -40]]);
  line([
    ["read + import", -34],
    [total.toFixed(1), 9],
    ["", 2],
    [`target < ${IMPORT_TARGET_S} s: ${total < IMPORT_TARGET_S ? "meets" : "misses"} (${(total / IMPORT_TARGET_S).toFixed(2)} × target)`, -40],
  ]);
  console.log("");
  line([
    ["search kind", -22], ["URLs", 5], ["matches", 12], ["requests", 9], ["req/s", 7], ["p50 ms", 8], ["p95 ms", 8], ["p99 ms", 8],
    ["1-conn p50", 11], ["1-conn p95", 11], ["non-2xx", 8], ["429", 5], ["", 1], [`p95 < ${SEARCH_P95_TARGET_MS} ms`, -14],
  ]);
  for (const r of rows) {
    line([
      [r.name, -22], [String(r.urls), 5], [r.hits, 12], [String(r.requests), 9], [r.rps.toFixed(0), 7], [r.p50.toFixed(1), 8], [r.p95.toFixed(1), 8],
      [r.p99.toFixed(1), 8], [r.single.p50.toFixed(1), 11], [r.single.p95.toFixed(1), 11], [String(r.non2xx), 8], [String(r.tooMany), 5], ["", 1],
      [r.target === null ? "(reference)" : r.target ? "meets" : "misses", -14],
    ]);
  }
  console.log("");
  line([["memory", -34], ["rss", 9], ["heapUsed", 10]]);
  line([["importing process, after import", -34], [mb(afterImport.rss), 9], [mb(afterImport.heapUsed), 10], ["", 2], ["still holding the parsed dataset", -34]]);
  line([["server process, started", -34], [mb(serverIdle.rss), 9], [mb(serverIdle.heapUsed), 10]]);
  line([["server process, after the load", -34], [mb(serverLoaded.rss), 9], [mb(serverLoaded.heapUsed), 10]]);
  console.log("");
  console.log("p50/p95/p99: from every response's own latency (autocannon 'response' events), not autocannon's histogram.");
  console.log("matches: total listings found per URL (min–max over the kind's URLs; + where the search stops counting), from the same search run in-process.");
  console.log("1-conn: the same addresses one request at a time (half the time, at least 1 s): a request's own cost, without queueing behind 9 others.");
  const api = kinds.find((k) => k.amount)?.amount;
  if (api) console.log(`HSDS API: ${api.loaded} + ${api.single} requests in all (the route allows 300 a minute); its req/s is over that short run.`);
  for (const r of rows) if (r.slowest) console.log(`slowest ${r.name} URL in-process: ${r.slowest.ms.toFixed(1)} ms  ${decodeURIComponent(r.slowest.url)}`);
  for (const r of rows) if (r.errors > 0) console.log(`${r.name}: ${r.errors} connection errors or timeouts (not in the latencies).`);
  if (rows.some((r) => r.tooMany > 0)) console.log("Some requests were refused with 429 (rate limit): their latencies are those of the refusal.");
}

// Last, so that every constant above is initialised before either role starts.
const serveDir = arg("serve");
if (serveDir !== undefined) await serve(serveDir);
else await main();
