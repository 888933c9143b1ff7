import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startMixedTraffic, type TrafficReport } from "../../bench/mixed-traffic.ts";
import { heapTrend, type PortalProcess, readMemory, startPortal } from "../../bench/portal-process.ts";
import { createPostgresDatabase, testDbKind } from "../support/app.ts";

/**
 * The soak test, bounded (npm run soak is the long one): the portal as a running process with the demo
 * content, under about four minutes of mixed traffic in six languages (pages, searches, directory
 * searches, country profiles, feeds, 404s, refused input and form posts). No answer may be a 5xx or an
 * unexpected status, no connection may fail, and the heap the portal keeps (read from its /metrics after
 * a full collection, with no request under way, without V8's compiled code) must stay flat after the
 * warm-up. Nothing here depends on how fast the machine is: the traffic is whatever a few request loops
 * get through.
 */
const MB = 1024 * 1024;
// The warm-up lasts until both the time and the number of requests are reached (at most 120 s), so that on
// a slow machine the caches and compiled code are as warm as on a fast one before memory is measured.
const WARMUP_MS = 60_000;
const WARMUP_MAX_MS = 120_000;
const WARMUP_REQUESTS = 6000;
// After a full collection the heap still scatters by about 0.7 MB around its trend (what moves was not
// found, decision 027), so the slope is read from many samples over three minutes: with 15 samples over
// 2.25 minutes its standard error was about 0.27 MB/min against a limit of 1; with these, about 0.13.
const MEASURE_MS = 180_000;
const SAMPLE_MS = 5_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Memory is a property of the process, not of the database: the soak runs once, on SQLite (npm run soak
// takes DATABASE_URL for a long run on PostgreSQL), to keep the suite's time in bounds.
describe("the portal under mixed traffic for four minutes", { timeout: 600_000, skip: testDbKind === "postgres" ? "runs on SQLite only (memory is the process's, not the database's)" : false }, () => {
  let pg: { url: string; drop(): Promise<void> } | null = null;
  let portal: PortalProcess;
  let report: TrafficReport;
  const samples: { t: number; heapUsed: number; heapKept: number; rss: number }[] = [];

  before(async () => {
    pg = testDbKind === "postgres" ? await createPostgresDatabase() : null;
    portal = await startPortal({
      // The page cache is bounded (LRU): a small bound lets it fill during the warm-up, so what is measured
      // afterwards is the rest of the process.
      env: { TRUST_PROXY: "true", COOKIE_SECURE: "false", PAGE_CACHE_MAX_MB: "2", ...(pg ? { DATABASE_URL: pg.url } : {}) },
      nodeFlags: ["--expose-gc"],
      preload: ["./bench/gc-on-signal.ts"],
      readyTimeoutMs: 180_000,
    });
    const traffic = startMixedTraffic(portal.url, { concurrency: 4, postIntervalMs: 2000 });
    try {
      const warming = Date.now();
      await sleep(WARMUP_MS);
      while (traffic.report().requests < WARMUP_REQUESTS && Date.now() - warming < WARMUP_MAX_MS) await sleep(1000);
      const start = Date.now();
      for (;;) {
        const memory = await traffic.quiet(async () => {
          portal.signal("SIGUSR2"); // a full collection (bench/gc-on-signal.ts)
          await sleep(200);
          return readMemory(portal.url);
        });
        samples.push({ t: (Date.now() - start) / 60_000, ...memory });
        if (Date.now() - start >= MEASURE_MS) break;
        await sleep(SAMPLE_MS);
      }
    } finally {
      report = await traffic.stop();
    }
  });

  after(async () => {
    await portal?.stop();
    await pg?.drop();
  });

  it("answers every request of the mix, each with the status it should have and never a 5xx", (t) => {
    t.diagnostic(`${report.requests} requests: ${JSON.stringify(report.byKind)}; statuses ${JSON.stringify(report.statuses)}`);
    assert.equal(report.connectionErrors, 0, report.unexpected.join("\n"));
    assert.equal(report.serverErrors, 0, report.unexpected.join("\n"));
    assert.deepEqual(report.unexpected, []);
    for (const kind of ["page", "search", "directory", "country", "feed", "not found", "refused input", "form post"]) {
      assert.ok((report.byKind[kind] ?? 0) > 0, `no ${kind} request was made`);
    }
    // Form posts were both accepted (303) and refused without their token (403).
    for (const status of ["303", "403"]) assert.ok((report.statuses[status] ?? 0) > 0, `no ${status} answer`);
  });

  it("keeps its heap flat after the warm-up", (t) => {
    // The heap the portal keeps: without the machine code V8 compiles as it optimizes (bench/portal-process.ts).
    const { perMinute, withCode, grownBytes } = heapTrend(samples);
    const first = samples[0]!;
    const last = samples[samples.length - 1]!;
    t.diagnostic(
      `heap kept after GC ${samples.map((s) => (s.heapKept / MB).toFixed(1)).join(", ")} MB; slope ${perMinute.toFixed(2)} MB/min (${withCode.toFixed(2)} with compiled code); RSS ${(first.rss / MB).toFixed(0)} → ${(last.rss / MB).toFixed(0)} MB`,
    );
    assert.ok(samples.length >= 10, `${samples.length} memory samples`);
    assert.ok(perMinute < 1, `the heap grows by ${perMinute.toFixed(2)} MB a minute`);
    assert.ok(grownBytes < 30 * MB, `the heap grew by ${(grownBytes / MB).toFixed(1)} MB`);
  });
});
