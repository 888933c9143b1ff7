import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { migrateToLatest } from "../db/migrator.ts";
import { createPostgresDatabase, createTestApp, testDbKind, type TestApp, TEST_ENV } from "../../tests/support/app.ts";
import { backoffDelay, createQueue, type JobHandler } from "./queue.ts";
import { queueRepo } from "./queue.repo.ts";

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(async () => {
  await t.close();
});

const clock = () => t.clock.now;
let n = 0;
const kind = () => `test.kind.${++n}`;

// On PostgreSQL the queue is pg-boss, tested in queue.pgboss.test.ts; this is the table queue SQLite uses.
describe("the job queue (the jobs table, on SQLite)", { skip: testDbKind === "postgres" ? "PostgreSQL's queue is pg-boss (queue.pgboss.test.ts)" : false }, () => {
  it("adds a job once when the same idempotency key is enqueued twice", async () => {
    const q = createQueue({ db: t.db, clock });
    const k = kind();
    assert.equal(await q.enqueue({ kind: k, payload: { a: 1 }, idempotencyKey: `${k}:x` }), true);
    assert.equal(await q.enqueue({ kind: k, payload: { a: 2 }, idempotencyKey: `${k}:x` }), false);
    const runs: unknown[] = [];
    const worker = createQueue({ db: t.db, clock, handlers: { [k]: async (p) => void runs.push(p) } });
    assert.equal(await worker.drain(), 1);
    assert.deepEqual(runs, [{ a: 1 }]);
  });

  it("never gives the same job to two workers, even claiming at the same moment", async () => {
    const k = kind();
    const q = createQueue({ db: t.db, clock });
    for (let i = 0; i < 6; i++) await q.enqueue({ kind: k, payload: i });
    const seen: number[] = [];
    const handler: JobHandler = async (p) => {
      seen.push(p as number);
      await new Promise((r) => setTimeout(r, 5));
    };
    const a = createQueue({ db: t.db, clock, handlers: { [k]: handler }, workerId: "a" });
    const b = createQueue({ db: t.db, clock, handlers: { [k]: handler }, workerId: "b" });
    const ran = await Promise.all([a.drain(), b.drain(), a.drain(), b.drain()]);
    assert.equal(ran.reduce((x, y) => x + y, 0), 6);
    assert.deepEqual([...seen].sort(), [0, 1, 2, 3, 4, 5]);

    // Claims made directly, concurrently: every row goes to exactly one worker.
    for (let i = 0; i < 4; i++) await q.enqueue({ kind: k, payload: i });
    const repo = queueRepo(t.db);
    const now = t.clock.now.toISOString();
    const lease = new Date(t.clock.now.getTime() + 60_000).toISOString();
    const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => repo.claim(`w${i}`, now, lease, [k])));
    const ids = claims.filter((c) => c !== undefined).map((c) => c.id);
    assert.equal(ids.length, 4);
    assert.equal(new Set(ids).size, 4);
  });

  it("lets another worker take a crashed worker's job once the lease has run out", async () => {
    const k = kind();
    const q = createQueue({ db: t.db, clock });
    await q.enqueue({ kind: k, payload: null, idempotencyKey: `${k}:crash` });
    const repo = queueRepo(t.db);
    const now = t.clock.now;
    // Worker "crashed" claims the job and never finishes it.
    const taken = await repo.claim("crashed", now.toISOString(), new Date(now.getTime() + 60_000).toISOString(), [k]);
    assert.ok(taken);
    let runs = 0;
    const other = createQueue({ db: t.db, clock, handlers: { [k]: async () => void runs++ }, leaseMs: 60_000 });
    assert.equal(await other.runOnce(), false, "the lease still holds");
    t.clock.advance(61_000);
    assert.equal(await other.runOnce(), true);
    assert.equal(runs, 1);
    const job = await repo.findByKey(`${k}:crash`);
    assert.ok(job?.done_at);
    assert.equal(job.attempts, 2);
  });

  it("retries with exponential backoff and jitter, then stops after the last attempt and shows the job as failed", async () => {
    const k = kind();
    const q = createQueue({ db: t.db, clock });
    await q.enqueue({ kind: k, payload: null, idempotencyKey: `${k}:fails`, maxAttempts: 4 });
    let calls = 0;
    const worker = createQueue({
      db: t.db,
      clock,
      handlers: { [k]: async () => { calls++; throw new Error(`SMTP said no (${calls})`); } },
      baseBackoffMs: 1_000,
      maxBackoffMs: 3_000,
      random: () => 0.5,
    });
    const repo = queueRepo(t.db);
    // Expected waits with jitter 0.5: 1 s → 750 ms, 2 s → 1500 ms, 4 s capped to 3 s → 2250 ms.
    for (const wait of [750, 1500, 2250]) {
      const before = t.clock.now.getTime();
      assert.equal(await worker.runOnce(), true);
      const job = await repo.findByKey(`${k}:fails`);
      assert.equal(new Date(job!.run_at).getTime() - before, wait);
      assert.equal(job!.failed_at, null);
      t.clock.advance(wait - 1);
      assert.equal(await worker.runOnce(), false, "not before its time");
      t.clock.advance(1);
    }
    assert.equal(await worker.runOnce(), true);
    const job = await repo.findByKey(`${k}:fails`);
    assert.ok(job?.failed_at, "failed for good");
    assert.equal(job.attempts, 4);
    assert.equal(job.last_error, "SMTP said no (4)");
    t.clock.advance(86_400_000);
    assert.equal(await worker.runOnce(), false, "never tried again");
    assert.equal(calls, 4);
  });

  it("spreads retries between half and all of the doubled delay", () => {
    const o = { baseMs: 1000, maxMs: 60_000 };
    assert.equal(backoffDelay(1, { ...o, random: () => 0 }), 500);
    assert.equal(backoffDelay(3, { ...o, random: () => 0.999999 }), 4000);
    assert.equal(backoffDelay(20, { ...o, random: () => 0 }), 30_000);
  });

  it("stops its loop after the running job, and takes no new one", async () => {
    const k = kind();
    const q = createQueue({ db: t.db, clock });
    await q.enqueue({ kind: k, payload: 1, idempotencyKey: `${k}:1` });
    await q.enqueue({ kind: k, payload: 2, idempotencyKey: `${k}:2` });
    let release!: () => void;
    const started: unknown[] = [];
    const worker = createQueue({
      db: t.db,
      clock,
      pollMs: 10,
      handlers: { [k]: (p) => { started.push(p); return new Promise<void>((r) => { release = r; }); } },
    });
    worker.start();
    while (started.length === 0) await new Promise((r) => setTimeout(r, 5));
    const stopped = worker.stop();
    release();
    await stopped;
    assert.equal(started.length, 1);
    const repo = queueRepo(t.db);
    const [first, second] = [await repo.findByKey(`${k}:${String(started[0])}`), await repo.findByKey(`${k}:${started[0] === 1 ? 2 : 1}`)];
    assert.ok(first?.done_at, "the running job was finished");
    assert.equal(second?.done_at, null, "no new job was taken");
    assert.equal(second?.attempts, 0);
  });

  it("survives a restart: a job enqueued before the app closes runs in a new app on the same database", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "vsp-queue-"));
    const pgDb = testDbKind === "postgres" ? await createPostgresDatabase() : null;
    const config = loadConfig({ ...TEST_ENV, DATA_DIR: dataDir, ...(pgDb ? { DATABASE_URL: pgDb.url } : {}) }, { readDotEnv: false });
    const masterKey = Buffer.alloc(32, 7);
    const mailer = { send: async () => {} };
    try {
      const db1 = openDatabase({ databaseUrl: config.databaseUrl, dataDir });
      await migrateToLatest(db1);
      const app1 = await buildApp({ config, db: db1, masterKey, mailer });
      await createQueue({ db: db1 }).enqueue({ kind: "test.restart", payload: { hello: "again" }, idempotencyKey: "restart-1" });
      await app1.close();
      await db1.destroy();

      const db2 = openDatabase({ databaseUrl: config.databaseUrl, dataDir });
      await migrateToLatest(db2);
      const app2 = await buildApp({ config, db: db2, masterKey, mailer });
      const got: unknown[] = [];
      const worker = createQueue({ db: db2, handlers: { "test.restart": async (p) => void got.push(p) }, pollMs: 10 });
      worker.start();
      for (let i = 0; i < 200 && got.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      await worker.stop();
      assert.deepEqual(got, [{ hello: "again" }]);
      assert.ok((await queueRepo(db2).findByKey("restart-1"))?.done_at);
      await app2.close();
      await db2.destroy();
    } finally {
      if (pgDb) await pgDb.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
