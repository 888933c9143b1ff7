import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import PgBoss from "pg-boss";
import { openDatabase, type Db } from "../db/database.ts";
import { migrateToLatest } from "../db/migrator.ts";
import { createPostgresDatabase, createTestApp, testDbKind, type TestApp } from "../../tests/support/app.ts";
import { createPgBossQueue, jobIdForKey } from "./queue.pgboss.ts";
import { createQueue, type JobHandler } from "./queue.ts";
import { pgBossExecutor, queueRepo } from "./queue.repo.ts";

/** The queue on PostgreSQL is pg-boss (docs/decisions/021-job-queue-pg-boss.md); SQLite's is tested in queue.test.ts. */
const skip = testDbKind === "postgres" ? false : "the pg-boss queue runs on PostgreSQL only (TEST_DB=postgres)";

let t: TestApp;
before(async () => {
  if (!skip) t = await createTestApp();
});
after(async () => {
  await t?.close();
});

let n = 0;
const kind = () => `test-pgboss-${++n}`;
/** pg-boss's own view of a job, with its settings (archive included). */
const bossJob = (k: string, key: string) => bareBoss(t.db).getJobById<unknown>(k, jobIdForKey(key), { includeArchive: true });
/** A pg-boss on the test database that runs no timers (no start needed for these calls). */
const bareBoss = (db: Db) => new PgBoss({ db: pgBossExecutor(db.kysely), supervise: false, schedule: false });
const jobsWithKey = async (key: string) =>
  Number((await sql<{ n: string }>`select count(*) as n from pgboss.job where singleton_key = ${key}`.execute(t.db.kysely)).rows[0]!.n);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the job queue on PostgreSQL (pg-boss)", { skip }, () => {
  it("is pg-boss when the database is PostgreSQL, in its own pgboss schema", async () => {
    await createQueue({ db: t.db }).enqueue({ kind: kind(), payload: null });
    const r = await sql<{ version: number }>`select version from pgboss.version`.execute(t.db.kysely);
    assert.equal(r.rows.length, 1);
  });

  it("adds a job once when the same idempotency key is enqueued twice, also after pg-boss has archived it", async () => {
    const k = kind();
    const q = createQueue({ db: t.db });
    assert.equal(await q.enqueue({ kind: k, payload: { a: 1 }, idempotencyKey: `${k}:x` }), true);
    assert.equal(await q.enqueue({ kind: k, payload: { a: 2 }, idempotencyKey: `${k}:x` }), false);
    const runs: unknown[] = [];
    const worker = createQueue({ db: t.db, handlers: { [k]: async (p) => void runs.push(p) } });
    assert.equal(await worker.drain(), 1);
    assert.deepEqual(runs, [{ a: 1 }]);
    assert.equal(await q.enqueue({ kind: k, payload: { a: 3 }, idempotencyKey: `${k}:x` }), false, "done, still in pgboss.job");

    // pg-boss's maintenance archives jobs completed over 12 hours ago: move this one back in time and archive.
    await sql`update pgboss.job set completed_on = now() - interval '13 hours' where name = ${k}`.execute(t.db.kysely);
    await bareBoss(t.db).archive();
    assert.equal(await jobsWithKey(`${k}:x`), 0, "archived");
    assert.equal((await bossJob(k, `${k}:x`))?.state, "completed");
    assert.equal(await q.enqueue({ kind: k, payload: { a: 4 }, idempotencyKey: `${k}:x` }), false, "archived: still one job");
    assert.equal(await jobsWithKey(`${k}:x`), 0);
    assert.equal(await worker.drain(), 0);
    assert.deepEqual(runs, [{ a: 1 }]);
    assert.deepEqual(await queueRepo(t.db).progress(`${k}:`), { queued: 0, done: 1, failed: 0 });
  });

  it("enqueues in the caller's transaction: rolled back, no job; committed, exactly one", async () => {
    const k = kind();
    const q = createQueue({ db: t.db });
    await assert.rejects(
      t.db.kysely.transaction().execute(async (trx) => {
        assert.equal(await q.enqueue({ kind: k, payload: 1, idempotencyKey: `${k}:tx` }, trx), true);
        throw new Error("the delivery rows could not be written");
      }),
      /could not be written/,
    );
    assert.equal(await jobsWithKey(`${k}:tx`), 0);
    assert.equal(await q.findJob(k, `${k}:tx`), undefined);
    await t.db.kysely.transaction().execute(async (trx) => {
      assert.equal(await q.enqueue({ kind: k, payload: 2, idempotencyKey: `${k}:tx` }, trx), true);
      assert.equal(await jobsWithKey(`${k}:tx`), 0, "not visible before the commit");
    });
    assert.equal(await jobsWithKey(`${k}:tx`), 1);
    assert.equal((await q.findJob(k, `${k}:tx`))?.payload, 2);
  });

  it("runs each job exactly once with two pg-boss workers on the same database, each with its own pool", async () => {
    const k = kind();
    const q = createQueue({ db: t.db });
    for (let i = 0; i < 30; i++) await q.enqueue({ kind: k, payload: i, idempotencyKey: `${k}:${i}` });
    const other = openDatabase({ databaseUrl: t.config.databaseUrl, dataDir: t.config.dataDir });
    try {
      const seen: Array<{ worker: string; p: number }> = [];
      const handler =
        (worker: string): JobHandler =>
        async (p) => {
          seen.push({ worker, p: p as number });
          await sleep(2);
        };
      const a = createQueue({ db: t.db, handlers: { [k]: handler("a") }, workerId: "a" });
      const b = createQueue({ db: other, handlers: { [k]: handler("b") }, workerId: "b" });
      const ran = await Promise.all([a.drain(), b.drain(), a.drain(), b.drain()]);
      assert.equal(ran.reduce((x, y) => x + y, 0), 30);
      assert.deepEqual(
        seen.map((s) => s.p).sort((x, y) => x - y),
        Array.from({ length: 30 }, (_, i) => i),
      );
      assert.ok(seen.some((s) => s.worker === "a") && seen.some((s) => s.worker === "b"), "both took part");
      assert.deepEqual(await queueRepo(t.db).progress(`${k}:`), { queued: 0, done: 30, failed: 0 });
    } finally {
      await other.destroy();
    }
  });

  it("lets another worker take a crashed worker's job once its lease (pg-boss's expiry) has run out", async () => {
    const k = kind();
    await createQueue({ db: t.db, leaseMs: 1_000, baseBackoffMs: 1_000 }).enqueue({ kind: k, payload: null, idempotencyKey: `${k}:crash` });
    // The "crashed" worker fetches the job and never finishes it.
    const [taken] = await bareBoss(t.db).fetch(k);
    assert.ok(taken);
    let runs = 0;
    const other = createQueue({ db: t.db, handlers: { [k]: async () => void runs++ } });
    assert.equal(await other.runOnce(), false, "the lease still holds");
    await sleep(1_100);
    // What the supervising pg-boss of a running worker does every minute.
    await bareBoss(t.db).expire();
    // An expired job counts as a failed attempt: it is due again after its retry delay (1–2 s here).
    const lost = await other.findJob(k, `${k}:crash`);
    assert.equal(lost?.state, "queued");
    assert.match(lost.lastError ?? "", /failed by timeout/);
    let ran = false;
    for (let i = 0; i < 40 && !ran; i++) {
      ran = await other.runOnce();
      if (!ran) await sleep(100);
    }
    assert.ok(ran, "taken again");
    assert.equal(runs, 1);
    const job = await other.findJob(k, `${k}:crash`);
    assert.equal(job?.state, "done");
    assert.equal(job.attempts, 2);
  });

  it("gives each job the portal's policy: 8 attempts, backoff from 30 s, a 5-minute lease", async () => {
    const k = kind();
    await createQueue({ db: t.db }).enqueue({ kind: k, payload: null, idempotencyKey: `${k}:policy` });
    const job = await bossJob(k, `${k}:policy`);
    assert.ok(job);
    assert.equal(job.retryLimit, 7);
    assert.equal(job.retryDelay, 30);
    assert.equal(job.retryBackoff, true);
    const expiry = await sql<{ s: string }>`select extract(epoch from expire_in)::int::text as s from pgboss.job where id = ${job.id}::uuid`.execute(t.db.kysely);
    assert.equal(expiry.rows[0]!.s, "300");
  });

  it("retries with exponential backoff and jitter, then keeps the job failed with its last error", async () => {
    const k = kind();
    const key = `${k}:fails`;
    await createQueue({ db: t.db, baseBackoffMs: 1_000 }).enqueue({ kind: k, payload: null, idempotencyKey: key, maxAttempts: 4 });
    let calls = 0;
    const worker = createQueue({ db: t.db, handlers: { [k]: async () => { calls++; throw new Error(`SMTP said no (${calls})`); } } });
    // pg-boss waits between d and 2d before retry n, with d = 1 s × 2^(n−1): 1–2 s, 2–4 s, 4–8 s.
    for (const d of [1, 2, 4]) {
      assert.equal(await worker.runOnce(), true);
      const r = await sql<{ wait: string; state: string }>`
        select extract(epoch from start_after - now())::float8::text as wait, state::text as state from pgboss.job where singleton_key = ${key}`.execute(t.db.kysely);
      const wait = Number(r.rows[0]!.wait);
      assert.equal(r.rows[0]!.state, "retry");
      assert.ok(wait > d - 0.5 && wait <= 2 * d, `retry ${d}: waits ${wait} s`);
      assert.equal(await worker.runOnce(), false, "not before its time");
      // Instead of sleeping through the wait, make it due.
      await sql`update pgboss.job set start_after = now() - interval '1 second' where singleton_key = ${key}`.execute(t.db.kysely);
    }
    assert.equal(await worker.runOnce(), true);
    const job = await worker.findJob(k, key);
    assert.equal(job?.state, "failed", "failed for good");
    assert.equal(job.attempts, 4);
    assert.equal(job.lastError, "SMTP said no (4)");
    await sql`update pgboss.job set start_after = now() - interval '1 day' where singleton_key = ${key}`.execute(t.db.kysely);
    assert.equal(await worker.runOnce(), false, "never tried again");
    assert.equal(calls, 4);
    assert.deepEqual(await queueRepo(t.db).progress(`${k}:`), { queued: 0, done: 0, failed: 1 });
  });

  it("rolls back a handler's completing work with the completion: the job is not done and runs again", async () => {
    const k = kind();
    const key = `${k}:atomic`;
    await createQueue({ db: t.db, baseBackoffMs: 1_000 }).enqueue({ kind: k, payload: null, idempotencyKey: key });
    let calls = 0;
    const worker = createQueue({
      db: t.db,
      handlers: {
        [k]: async () => {
          calls++;
          return async (trx) => {
            await sql`create temporary table if not exists completing_probe (n int)`.execute(trx);
            if (calls === 1) throw new Error("the delivery row could not be marked");
          };
        },
      },
    });
    assert.equal(await worker.runOnce(), true);
    assert.equal((await worker.findJob(k, key))?.state, "queued", "not completed: it will run again");
    await sql`update pgboss.job set start_after = now() - interval '1 second' where singleton_key = ${key}`.execute(t.db.kysely);
    assert.equal(await worker.runOnce(), true);
    assert.equal((await worker.findJob(k, key))?.state, "done");
    assert.equal(calls, 2);
  });

  it("stops its loop after the running job, takes no new one, and leaves no pg-boss timer running", async () => {
    const k = kind();
    const q = createQueue({ db: t.db });
    await q.enqueue({ kind: k, payload: 1, idempotencyKey: `${k}:1` });
    await q.enqueue({ kind: k, payload: 2, idempotencyKey: `${k}:2` });
    let release!: () => void;
    const started: unknown[] = [];
    const worker = createPgBossQueue({
      db: t.db,
      pollMs: 10,
      handlers: { [k]: (p) => { started.push(p); return new Promise<void>((r) => { release = r; }); } },
    });
    worker.start();
    while (started.length === 0) await sleep(5);
    const stopped = worker.stop();
    release();
    await stopped;
    assert.equal(started.length, 1);
    const first = await q.findJob(k, `${k}:${String(started[0])}`);
    const second = await q.findJob(k, `${k}:${started[0] === 1 ? 2 : 1}`);
    assert.equal(first?.state, "done", "the running job was finished");
    assert.equal(second?.state, "queued", "no new job was taken");
    assert.equal(second.attempts, 0);
  });

  it("survives a restart: a job enqueued before the database is closed runs from a new connection", async () => {
    const pgDb = await createPostgresDatabase();
    try {
      const db1 = openDatabase({ databaseUrl: pgDb.url, dataDir: t.config.dataDir });
      await migrateToLatest(db1);
      await createQueue({ db: db1 }).enqueue({ kind: "test-restart", payload: { hello: "again" }, idempotencyKey: "restart-1" });
      await db1.destroy();

      const db2 = openDatabase({ databaseUrl: pgDb.url, dataDir: t.config.dataDir });
      const got: unknown[] = [];
      const worker = createQueue({ db: db2, handlers: { "test-restart": async (p) => void got.push(p) }, pollMs: 10 });
      worker.start();
      for (let i = 0; i < 300 && got.length === 0; i++) await sleep(10);
      await worker.stop();
      assert.deepEqual(got, [{ hello: "again" }]);
      assert.equal((await worker.findJob("test-restart", "restart-1"))?.state, "done");
      await db2.destroy();
    } finally {
      await pgDb.drop();
    }
  });
});
