import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { processCpuSeconds, startFloor } from "../../bench/floor-process.ts";
import { fetchRaw } from "../../bench/portal-process.ts";
import { testDbKind } from "../support/app.ts";

/**
 * The benchmark's floor (bench/node-floor.ts): the bare node:http server whose rows `npm run bench`
 * compares the portal with. Its figures are only worth something if it answers what it is given, in the
 * processes it says, and spends at least the CPU time it is asked to on each answer.
 */
const HTML = Buffer.from("<!doctype html><title>Floor</title><p>The same bytes for every answer.</p>");

describe("the benchmark's node:http floor", { timeout: 120_000, skip: testDbKind === "postgres" ? "no database; runs on SQLite" : false }, () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "vsp-floor-test-"));
    writeFileSync(path.join(dir, "page.html"), HTML);
    writeFileSync(path.join(dir, "page.gz"), gzipSync(HTML));
    writeFileSync(path.join(dir, "page.br"), brotliCompressSync(HTML));
    writeFileSync(path.join(dir, "headers.json"), JSON.stringify({ "content-type": "text/html; charset=utf-8", "x-content-type-options": "nosniff" }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("answers the given bytes in the encoding asked for, with the given headers", async () => {
    const floor = await startFloor(dir);
    try {
      assert.deepEqual(floor.pids, [floor.child.pid]);
      const br = await fetchRaw(floor.url, "br, gzip");
      assert.equal(br.status, 200);
      assert.equal(br.headers["content-encoding"], "br");
      assert.equal(br.headers["x-content-type-options"], "nosniff");
      assert.deepEqual(br.body, brotliCompressSync(HTML));
      const gz = await fetchRaw(floor.url, "gzip");
      assert.equal(gz.headers["content-encoding"], "gzip");
      assert.deepEqual(gz.body, gzipSync(HTML));
      const plain = await fetchRaw(floor.url, "identity");
      assert.equal(plain.headers["content-encoding"], undefined);
      assert.deepEqual(plain.body, HTML);
    } finally {
      await floor.stop();
    }
  });

  it("with --workers and --spend, answers from that many processes, each answer costing at least that CPU time", async () => {
    const spendUs = 2_000;
    const answers = 100;
    const floor = await startFloor(dir, { workers: 2, spendUs });
    try {
      assert.equal(floor.pids.length, 2);
      assert.equal(new Set(floor.pids).size, 2);
      assert.ok(!floor.pids.includes(floor.child.pid!), "the workers answer, not the primary");
      const before = floor.pids.map(processCpuSeconds);
      for (let i = 0; i < answers; i++) assert.equal((await fetchRaw(floor.url, "br")).status, 200);
      const usedEach = floor.pids.map((pid, i) => processCpuSeconds(pid) - before[i]!);
      for (const used of usedEach) assert.ok(used >= 0.02, `each worker answered (CPU seconds: ${usedEach.join(", ")})`);
      const used = usedEach[0]! + usedEach[1]!;
      // /proc counts in clock ticks (10 ms): allow one tick of rounding per process.
      assert.ok(used >= (answers * spendUs) / 1e6 - 0.02, `${used.toFixed(3)} s of CPU for ${answers} answers of ${spendUs} µs`);
    } finally {
      await floor.stop();
    }
    for (const pid of floor.pids) assert.throws(() => processCpuSeconds(pid), "the workers have exited");
  });
});
