/**
 * `npm run bench [-- --seconds=10 | --quick | --one-process]`: the portal on SQLite with the demo content, started
 * as separate processes (PAGE_CACHE=on, cached; PAGE_CACHE=off, uncached; each again with WORKERS=2 when
 * Redis answers at BENCH_REDIS_URL, default redis://127.0.0.1:6379), measured with autocannon on
 * loopback (50 connections, `accept-encoding: br, gzip` like a browser) after a warm-up: requests/s and
 * p50/p99 latency for the home page, a content page, a directory search and a country profile, plus each
 * page's transfer size. When nginx is installed it serves the same rendered article as a static file in
 * the same run, and the table gives portal/nginx; a bare node:http server answering the same kept article
 * from memory gives the floor any Node.js server has here, and the same server spending 250, 500 and
 * 1,000 µs of CPU on each answer shows what latency such a cost allows here. Lighthouse (mobile) scores the
 * home page when Chromium is there. Prints one table and the targets, met or not; it never fails on a
 * figure (exit 0 unless the portal cannot start).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, chmodSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
// autocannon ships no types; the part used here is small.
// @ts-expect-error no type declarations
import autocannon from "autocannon";
import { startFloor } from "./floor-process.ts";
import { fetchRaw, freePort, type PortalProcess, readCpuSeconds, startPortal } from "./portal-process.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const quick = process.argv.includes("--quick");
const seconds = quick ? 2 : Math.max(1, Number(arg("seconds") ?? 10));
const warmupSeconds = quick ? 1 : Math.min(3, seconds);
const connections = 50;
const KB = 1024;

const PAGES = [
  { name: "home", path: "/en/" },
  { name: "article", path: "/en/info/your-rights-as-a-victim" },
  { name: "directory search", path: "/en/services?q=legal+aid" },
  { name: "country profile", path: "/en/countries/fr" },
] as const;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";
/** Whether Redis answers (the two-worker modes need it, as several instances do). */
async function redisAnswers(url: string): Promise<boolean> {
  const { Redis } = await import("ioredis");
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on("error", () => {});
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
const twoWorkers = process.argv.includes("--one-process") ? false : await redisAnswers(REDIS_URL);
const MODES = [
  { name: "cached", env: { PAGE_CACHE: "on" } },
  { name: "uncached", env: { PAGE_CACHE: "off" } },
  // WORKERS=2: one process per core, sharing the port (and, through Redis, what instances share).
  ...(twoWorkers
    ? [
        { name: "cached×2", env: { PAGE_CACHE: "on", WORKERS: "2", REDIS_URL } },
        { name: "uncached×2", env: { PAGE_CACHE: "off", WORKERS: "2", REDIS_URL } },
      ]
    : []),
] as const;

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  /** Answers that were not 2xx, and connection errors or timeouts: a figure with these is not a clean one. */
  non2xx: number;
  errors: number;
  /** The portal's CPU time per answer, in microseconds (null for nginx). */
  cpuUs: number | null;
}
interface Row extends Figures {
  page: string;
  mode: string;
}
interface Sizes {
  raw: number;
  gzip: number;
  br: number;
}

// ---------------------------------------------------------------------------------------------- helpers

/**
 * One autocannon run: a warm-up first, then the measured run. Given a way to read the server's CPU time (the
 * portal's /metrics, the floor's processes), also the CPU time it spent per answer, a figure that other
 * work on the machine barely moves.
 */
async function measure(url: string, cpuSeconds?: () => number | Promise<number>): Promise<Figures> {
  const opts = { url, connections, headers: { "accept-encoding": "br, gzip" } };
  await autocannon({ ...opts, duration: warmupSeconds });
  const cpuBefore = cpuSeconds ? await cpuSeconds() : null;
  const r = await autocannon({ ...opts, duration: seconds });
  const cpuAfter = cpuSeconds ? await cpuSeconds() : null;
  const cpuUs = cpuBefore !== null && cpuAfter !== null && r.requests.total > 0 ? ((cpuAfter - cpuBefore) * 1e6) / r.requests.total : null;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts, cpuUs };
}

/**
 * What the portal sends for each encoding a browser accepts, once the page is kept (what nearly every
 * reader gets: a kept page is compressed once, harder than a page compressed for one answer).
 */
async function transferSizes(url: string): Promise<Sizes & { status: number; html: Buffer }> {
  let plain = await fetchRaw(url, "identity");
  // The page is kept a moment after the first answer (compressed off the request's path).
  for (let tries = 0; tries < 40 && plain.status === 200 && plain.headers["x-cache"] !== "hit"; tries++) {
    await new Promise((r) => setTimeout(r, 50));
    plain = await fetchRaw(url, "identity");
  }
  const gz = await fetchRaw(url, "gzip");
  const br = await fetchRaw(url, "br");
  return { status: plain.status, html: plain.body, raw: plain.body.length, gzip: gz.body.length, br: br.body.length };
}

/**
 * The folder bench/node-floor.ts answers from: the portal's kept article, its bytes in each encoding and
 * its headers, as the portal sends them on a cache hit. Made once for every floor row.
 */
async function floorFiles(pageUrl: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "vsp-bench-floor-"));
  const br = await fetchRaw(pageUrl, "br");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(br.headers)) {
    if (value === undefined || ["content-length", "content-encoding", "date", "connection", "keep-alive", "transfer-encoding"].includes(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  writeFileSync(path.join(dir, "headers.json"), JSON.stringify(headers));
  writeFileSync(path.join(dir, "page.br"), br.body);
  writeFileSync(path.join(dir, "page.gz"), (await fetchRaw(pageUrl, "gzip")).body);
  writeFileSync(path.join(dir, "page.html"), (await fetchRaw(pageUrl, "identity")).body);
  return dir;
}

/** The floor started on `dir` (bench/floor-process.ts), measured, then stopped. */
async function measureFloor(dir: string, opts: { workers?: number; spendUs?: number } = {}): Promise<Figures> {
  const floor = await startFloor(dir, opts);
  children.add(floor.child);
  try {
    return await measure(floor.url, floor.cpuSeconds);
  } finally {
    await floor.stop();
    children.delete(floor.child);
  }
}

/** nginx serving one file (and its .gz beside it) on a loopback port, 2 workers, no access log. */
async function startNginx(html: Buffer): Promise<{ url: string; stop(): Promise<void> } | null> {
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  const bin = which.stdout.trim();
  if (which.status !== 0 || !bin) return null;
  const dir = mkdtempSync(path.join(tmpdir(), "vsp-bench-nginx-"));
  const www = path.join(dir, "www");
  mkdirSync(www);
  for (const t of ["client", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(dir, t));
  writeFileSync(path.join(www, "article.html"), html);
  writeFileSync(path.join(www, "article.html.gz"), gzipSync(html, { level: 9 }));
  // nginx's workers drop root's rights when started as root: they must be able to read the files.
  for (const p of [dir, www]) chmodSync(p, 0o755);
  const port = await freePort();
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(
    conf,
    `worker_processes 2;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/client;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  types { text/html html; }
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:${port};
    root ${www};
    gzip_static on;
  }
}
`,
  );
  const child: ChildProcess = spawn(bin, ["-p", dir, "-e", path.join(dir, "error.log"), "-c", conf], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  children.add(child);
  const url = `http://127.0.0.1:${port}/article.html`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
    children.delete(child);
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 50; i++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const log = existsSync(path.join(dir, "error.log")) ? readFileSync(path.join(dir, "error.log"), "utf8") : "";
  console.log(`nginx did not start; the comparison is left out.\n${stderr}${log}`.trim());
  await stop();
  return null;
}

/** Lighthouse 12 (default mobile settings, performance only) on one address; null when no Chromium. */
async function lighthouseScore(url: string): Promise<{ score: number | null; note: string }> {
  const chromePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  if (!chromePath || !existsSync(chromePath)) return { score: null, note: "no Chromium (set CHROME_PATH or install chromium)" };
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--disable-gpu", "--disable-dev-shm-usage", ...(process.getuid?.() === 0 ? ["--no-sandbox"] : [])],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error", output: "json" });
    const perf = result?.lhr.categories.performance;
    const audits = result?.lhr.audits;
    const metric = (id: string) => audits?.[id]?.displayValue ?? "?";
    const why = !result ? "Lighthouse gave no report; " : result.lhr.runtimeError ? `${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}; ` : "";
    return { score: perf?.score ?? null, note: `${why}FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}` };
  } finally {
    await chrome.kill();
  }
}

// ------------------------------------------------------------------------------------------------- run

const children = new Set<ChildProcess>();
const portals: PortalProcess[] = [];
async function cleanUp() {
  await Promise.all([...portals.map((p) => p.stop()), ...[...children].map((c) => new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : (c.once("exit", () => resolve()), c.kill("SIGTERM")))))]);
}
// Interrupted: nginx and both portals stop too.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(130));
  });
}
process.once("exit", () => {
  for (const c of children) c.kill("SIGKILL");
});

console.log(`Starting the portal ${MODES.length} times (PAGE_CACHE on and off${twoWorkers ? ", one process and WORKERS=2 with Redis" : ""}) on SQLite with the demo content…`);
if (!twoWorkers) console.log(`No two-worker rows: ${process.argv.includes("--one-process") ? "--one-process" : `Redis does not answer at ${REDIS_URL} (BENCH_REDIS_URL)`}.`);
const started = await Promise.allSettled(MODES.map((m) => startPortal({ env: m.env })));
for (const s of started) if (s.status === "fulfilled") portals.push(s.value);
const failed = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
if (failed) {
  console.error(`The portal did not start: ${String(failed.reason instanceof Error ? failed.reason.message : failed.reason)}`);
  await cleanUp();
  process.exit(1);
}
/** CPU times spent per answer by the floor in its second part, and in how many processes. */
const SPENDS_US = [250, 500, 1000];
const floorWorkers = twoWorkers ? 2 : 1;
/** Modes measured again, for the article, with the access log on. */
const LOGGED_MODES = twoWorkers ? ["cached×2", "uncached×2"] : ["cached", "uncached"];
const portalOf = (mode: string) => portals[MODES.findIndex((m) => m.name === mode)]!;

const rows: Row[] = [];
const sizes = new Map<string, Sizes>();
let cssBr = 0;
let nginxRps: number | null = null;
let floorRps: number | null = null;
let nginxNote = "";
let lighthouse: { score: number | null; note: string } = { score: null, note: "" };
try {
  // Transfer sizes, from the cached portal (both render the same bytes).
  const cached = portalOf("cached");
  let articleHtml: Buffer | null = null;
  for (const page of PAGES) {
    const s = await transferSizes(cached.url + page.path);
    if (s.status !== 200) console.log(`Warning: ${page.path} answered ${s.status}; its figures measure that answer.`);
    sizes.set(page.name, s);
    if (page.name === "article") articleHtml = s.html;
  }
  const home = (await fetchRaw(cached.url + "/en/", "identity")).body.toString("utf8");
  const cssPath = /<link rel="stylesheet" href="([^"]+)"/.exec(home)?.[1];
  if (cssPath) cssBr = (await fetchRaw(cached.url + cssPath, "br")).body.length;

  const nginx = articleHtml ? await startNginx(articleHtml) : null;
  try {
    if (nginx) {
      console.log(`nginx serves the same article (${articleHtml!.length} bytes; gzip_static, as nginx has no brotli here)…`);
      const f = await measure(nginx.url);
      nginxRps = f.rps;
      rows.push({ page: "article (static file)", mode: "nginx", ...f });
    } else {
      nginxNote = "No nginx comparison: nginx is not installed (apt-get install nginx) or did not start.";
    }
  } finally {
    await nginx?.stop();
  }

  // The same kept article from a bare node:http server: what any Node server reaches here.
  const floorDir = await floorFiles(cached.url + PAGES[1].path);
  try {
    console.log("node:http answers the same kept article from memory (no framework)…");
    const f = await measureFloor(floorDir);
    floorRps = f.rps;
    rows.push({ page: "article (node:http)", mode: "floor", ...f });

    // The same server again, spending a fixed CPU time on each answer before sending it, in as many
    // processes as the portal's busiest rows: what latency a cost per answer leaves possible here, for
    // any code (decision 028).
    for (const spendUs of SPENDS_US) {
      process.stdout.write(`node:http spending ${spendUs} µs of CPU per answer (${floorWorkers} process${floorWorkers > 1 ? "es" : ""})… `);
      const spent = await measureFloor(floorDir, { workers: floorWorkers, spendUs });
      console.log(`${spent.rps.toFixed(0)} req/s, p99 ${spent.p99} ms`);
      rows.push({ page: "article (node:http)", mode: `floor${floorWorkers > 1 ? `×${floorWorkers}` : ""} +${spendUs}µs`, ...spent });
    }
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
  }

  for (const mode of MODES) {
    for (const page of PAGES) {
      process.stdout.write(`${mode.name.padEnd(8)} ${page.name}… `);
      const portal = portalOf(mode.name);
      const f = await measure(portal.url + page.path, () => readCpuSeconds(portal.url));
      console.log(`${f.rps.toFixed(0)} req/s`);
      rows.push({ page: page.name, mode: mode.name, ...f });
    }
  }

  // The rows above run with logs off. The article again with the default log level (info: one JSON
  // line per answer), written to a file as a log collector would take it: what the access log costs.
  for (const mode of LOGGED_MODES) {
    const portal = await startPortal({ env: { ...MODES.find((m) => m.name === mode)!.env, LOG_LEVEL: "info" }, logToFile: true });
    portals.push(portal);
    try {
      process.stdout.write(`${mode}+log article… `);
      const f = await measure(portal.url + PAGES[1].path, () => readCpuSeconds(portal.url));
      console.log(`${f.rps.toFixed(0)} req/s`);
      rows.push({ page: "article", mode: `${mode}+log`, ...f });
    } finally {
      await portal.stop();
    }
  }

  process.stdout.write("Lighthouse (mobile) on the home page… ");
  // Twice at most: on a fresh machine Chromium's first start (making its profile) can leave Lighthouse
  // with no report.
  for (let attempt = 1; attempt <= 2 && lighthouse.score === null; attempt++) {
    try {
      lighthouse = await lighthouseScore(`${cached.url}/en/`);
    } catch (err) {
      lighthouse = { score: null, note: `Lighthouse failed: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
  console.log(lighthouse.score === null ? "not measured" : lighthouse.score.toFixed(2));
} catch (err) {
  // A figure that could not be taken is missing from the table; the run still prints what it has.
  console.log(`\nThe benchmark stopped early: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  await cleanUp();
}

// ----------------------------------------------------------------------------------------------- table

const cell = (s: string, w: number, left = false) => (left ? s.padEnd(w) : s.padStart(w));
const kb = (n: number) => (n / KB).toFixed(1);
console.log(`\nVictims Support Portal benchmark: SQLite, demo content, ${connections} connections, ${seconds} s per page after ${warmupSeconds} s warm-up, loopback, accept-encoding br, gzip\n`);
const header = [cell("page", 22, true), cell("mode", 16, true), cell("req/s", 8), cell("p50 ms", 7), cell("p99 ms", 7), cell("vs nginx", 9), cell("bytes raw/gz/br", 22), cell("CPU µs/req", 11)];
console.log(header.join(" "));
console.log("-".repeat(header.join(" ").length));
for (const r of rows) {
  const s = sizes.get(r.page);
  const vs = nginxRps && (r.page === "article" || r.mode === "floor") ? (r.rps / nginxRps).toFixed(2) : r.mode === "nginx" ? "1.00" : "–";
  const bytes = s ? `${s.raw}/${s.gzip}/${s.br}` : "";
  const flag = r.non2xx || r.errors ? `  (${r.non2xx} non-2xx, ${r.errors} errors)` : "";
  console.log([cell(r.page, 22, true), cell(r.mode, 16, true), cell(r.rps.toFixed(0), 8), cell(String(r.p50), 7), cell(String(r.p99), 7), cell(vs, 9), cell(bytes, 22), cell(r.cpuUs === null ? "–" : r.cpuUs.toFixed(0), 11)].join(" ") + flag);
}
console.log("Rows without +log run with LOG_LEVEL=silent; +log: the default level (info), one JSON line per answer appended to a file.");
console.log("CPU µs/req: the server's own CPU time per answer (the portal's from its /metrics, the floor's from /proc); it moves less than req/s when other work shares the machine.");
console.log("floor: a bare node:http server in its own process answering the portal's kept article from memory, with the same headers: the most any Node.js server reaches on this machine.");
console.log(`floor +N µs: the same server spending N µs of its CPU time on each answer before sending it, in ${floorWorkers > 1 ? `${floorWorkers} processes, as the ×2 rows` : "one process"}: the latency that cost per answer allows here, for any code.`);
console.log(`\nCSS (brotli): ${cssBr} bytes. Page + CSS, brotli: ${PAGES.map((p) => `${p.name} ${kb((sizes.get(p.name)?.br ?? 0) + cssBr)} KB`).join(", ")}.`);
if (nginxNote) console.log(nginxNote);
console.log(`Lighthouse performance (home page, mobile): ${lighthouse.score === null ? "not measured" : lighthouse.score.toFixed(2)}${lighthouse.note ? ` — ${lighthouse.note}` : ""}`);

const row = (page: string, mode: string) => rows.find((r) => r.page === page && r.mode === mode);
const verdict = (ok: boolean | null) => (ok === null ? "not measured" : ok ? "met" : "not met");
/** The better of one process and two workers for the article, in a mode. */
const best = (kind: "cached" | "uncached") =>
  rows.filter((r) => r.page === "article" && (r.mode === kind || r.mode === `${kind}×2`)).sort((a, b) => b.rps - a.rps)[0];
const cachedArticle = best("cached");
const uncachedArticle = best("uncached");
/** The figure for the article with the access log on (the logged mode of that kind), when it was measured. */
const withLog = (kind: "cached" | "uncached", figure: (l: Row) => string) => {
  const l = row("article", `${LOGGED_MODES.find((m) => m.startsWith(kind))}+log`);
  return l ? `; with the access log ${figure(l)}` : "";
};
const portalRows = rows.filter((r) => r.mode !== "nginx" && !r.mode.startsWith("floor"));
const worstP99 = portalRows.length ? Math.max(...portalRows.map((r) => r.p99)) : NaN;
const heaviest = Math.max(...PAGES.map((p) => (sizes.get(p.name)?.br ?? 0) + cssBr));
console.log("\nTargets (this 2-core machine; figures are noisy when other work runs):");
const targets: [string, string, boolean | null][] = [
  ["cached article ≥ 50% of nginx's static throughput", nginxRps && cachedArticle ? `${((cachedArticle.rps / nginxRps) * 100).toFixed(0)}% (${cachedArticle.mode})${withLog("cached", (l) => `${((l.rps / nginxRps!) * 100).toFixed(0)}%`)}` : "no nginx", nginxRps && cachedArticle ? cachedArticle.rps >= 0.5 * nginxRps : null],
  ["uncached article ≥ 3,000 req/s", uncachedArticle ? `${uncachedArticle.rps.toFixed(0)} req/s (${uncachedArticle.mode})${withLog("uncached", (l) => `${l.rps.toFixed(0)} req/s`)}` : "?", uncachedArticle ? uncachedArticle.rps >= 3000 : null],
  [`p99 < 30 ms at ${connections} connections (every portal row)`, `worst ${worstP99} ms; cached rows ${Math.max(...portalRows.filter((r) => r.mode.startsWith("cached")).map((r) => r.p99))} ms`, portalRows.length ? worstP99 < 30 : null],
  ["every page < 40 KB brotli including its CSS", `heaviest ${kb(heaviest)} KB`, heaviest < 40 * KB],
  ["Lighthouse performance ≥ 0.95 (home, mobile)", lighthouse.score === null ? "–" : lighthouse.score.toFixed(2), lighthouse.score === null ? null : lighthouse.score >= 0.95],
];
for (const [name, figure, ok] of targets) console.log(`  ${cell(verdict(ok), 12, true)} ${cell(name, 58, true)} ${figure}`);
if (floorRps && cachedArticle) {
  console.log(
    `  The floor (node:http, no framework, same bytes) reaches ${nginxRps ? `${((floorRps / nginxRps) * 100).toFixed(0)}% of nginx` : `${floorRps.toFixed(0)} req/s`}; the portal's cached article reaches ${((cachedArticle.rps / floorRps) * 100).toFixed(0)}% of the floor.`,
  );
}
const spent = rows.filter((r) => r.mode.startsWith("floor") && r.mode.includes("µs"));
const uncachedRows = portalRows.filter((r) => r.mode.startsWith("uncached") && r.cpuUs !== null);
if (spent.length && uncachedRows.length) {
  const costs = uncachedRows.map((r) => r.cpuUs!);
  console.log(
    `  A bare node:http server using ${spent.map((r) => (r.cpuUs === null ? "?" : r.cpuUs.toFixed(0))).join(" / ")} µs of CPU per answer has p99 ${spent.map((r) => r.p99).join(" / ")} ms here` +
      ` (the floor +N µs rows); the portal's uncached rows use ${Math.min(...costs).toFixed(0)}–${Math.max(...costs).toFixed(0)} µs.`,
  );
}
process.exit(0);
