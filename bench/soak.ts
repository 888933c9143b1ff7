/**
 * `npm run soak [-- --minutes=4]`: a soak test, bounded in time and on loopback only. The portal runs as
 * a child process (SQLite, demo content, --expose-gc) under mixed traffic (bench/mixed-traffic.ts) for
 * the given minutes after a 30 s warm-up; every 10 s a full garbage collection is asked for (SIGUSR2,
 * bench/gc-on-signal.ts) and heap used and resident memory are read from the portal's /metrics. Prints
 * errors, 5xx, memory at start and end, growth per minute (least-squares fit) and a verdict. Exits 1 only
 * when the portal cannot start or stops answering.
 */
import { startMixedTraffic, slope, type TrafficReport } from "./mixed-traffic.ts";
import { heapTrend, type PortalProcess, readMemory, startPortal } from "./portal-process.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const minutes = Math.max(0.5, Number(arg("minutes") ?? 4));
const concurrency = Math.max(1, Number(arg("concurrency") ?? 8));
const warmupMs = 30_000;
const sampleMs = 10_000;
const MB = 1024 * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let portal: PortalProcess;
try {
  console.log("Starting the portal (SQLite, demo content, --expose-gc)…");
  portal = await startPortal({ env: { TRUST_PROXY: "true", COOKIE_SECURE: "false" }, nodeFlags: ["--expose-gc"], preload: ["./bench/gc-on-signal.ts"] });
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
const stopPortal = () => portal.stop();
process.once("SIGINT", () => void stopPortal().finally(() => process.exit(130)));

/** Heap and RSS just after a full collection in the portal, with no request under way. */
function sample() {
  return traffic.quiet(async () => {
    portal.signal("SIGUSR2");
    await sleep(200);
    return readMemory(portal.url);
  });
}

const traffic = startMixedTraffic(portal.url, { concurrency, postIntervalMs: 1500 });
const samples: { t: number; heapUsed: number; heapKept: number; rss: number }[] = [];
let stoppedEarly = "";
let report: TrafficReport;
try {
  console.log(`Mixed traffic (${concurrency} request loops, a form post every 1.5 s): ${warmupMs / 1000} s warm-up, then ${minutes} min, memory every ${sampleMs / 1000} s.`);
  await sleep(warmupMs);
  const warm = traffic.report();
  const start = Date.now();
  const end = start + minutes * 60_000;
  for (;;) {
    const m = await sample();
    const t = (Date.now() - start) / 60_000;
    samples.push({ t, ...m });
    console.log(`  ${t.toFixed(1).padStart(5)} min  heap ${(m.heapUsed / MB).toFixed(1).padStart(6)} MB (kept ${(m.heapKept / MB).toFixed(1).padStart(6)})  RSS ${(m.rss / MB).toFixed(1).padStart(6)} MB  ${traffic.report().requests - warm.requests} requests`);
    if (Date.now() >= end) break;
    await sleep(Math.min(sampleMs, Math.max(0, end - Date.now())));
  }
} catch (err) {
  // The portal stopped answering /metrics (it crashed or was killed): report what was seen until then.
  stoppedEarly = `${err instanceof Error ? err.message : String(err)}\n${portal.output().slice(-2000)}`;
} finally {
  report = await traffic.stop();
  await stopPortal();
}
if (stoppedEarly) console.log(`\nThe soak stopped early: ${stoppedEarly}`);
if (samples.length === 0) {
  console.log("No memory sample was taken.");
  process.exit(1);
}

const first = samples[0]!;
const last = samples[samples.length - 1]!;
// The heap the portal keeps: without the machine code V8 compiles as it optimizes (see readMemory).
const { perMinute: heapSlope, grownBytes } = heapTrend(samples);
const rssSlope = slope(samples.map((s) => [s.t, s.rss / MB] as const));
const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;
console.log(`\nSoak test: ${minutes} min after a ${warmupMs / 1000} s warm-up, ${concurrency} loops, SQLite, loopback`);
console.log(`Requests: ${report.requests} (${Object.entries(report.byKind).map(([k, v]) => `${k} ${v}`).join(", ")})`);
console.log(`Statuses: ${Object.entries(report.statuses).map(([k, v]) => `${k}×${v}`).join(", ")}`);
console.log(`5xx: ${report.serverErrors}; connection errors: ${report.connectionErrors}; unexpected answers: ${report.unexpectedCount}`);
for (const line of report.unexpected) console.log(`  ${line}`);
console.log(`Heap kept after GC (without compiled code): ${mb(first.heapKept)} → ${mb(last.heapKept)}, ${heapSlope >= 0 ? "+" : ""}${heapSlope.toFixed(2)} MB/min (all of the heap: ${mb(first.heapUsed)} → ${mb(last.heapUsed)})`);
console.log(`Resident memory:    ${mb(first.rss)} → ${mb(last.rss)}, ${rssSlope >= 0 ? "+" : ""}${rssSlope.toFixed(2)} MB/min`);
const clean = !stoppedEarly && report.serverErrors === 0 && report.connectionErrors === 0 && report.unexpectedCount === 0;
const flat = heapSlope < 1 && grownBytes < 30 * MB;
console.log(`\nVerdict: ${clean ? "no errors" : "ERRORS (see above)"}; memory ${flat ? "flat" : "GROWING"} (heap after GC: slope under 1 MB/min and under 30 MB growth in all).`);
// Figures never fail the run; a portal that stopped answering does.
process.exit(stoppedEarly ? 1 : 0);
