/**
 * The job queue's figures: enqueue (one job per transaction, as an issue's sending does per recipient)
 * and drain with one and with two workers, for pg-boss on PostgreSQL and for the table queue (SQLite,
 * and on PostgreSQL for comparison); then a portal on PostgreSQL stopped with SIGTERM, timed.
 * Prints figures; never passes or fails on time.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node --import tsx bench/queue.ts [jobs]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { randomBytes } from "node:crypto";
import { openDatabase, type Db } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrator.ts";
import { createPgBossQueue } from "../src/jobs/queue.pgboss.ts";
import { createTableQueue, type Queue, type QueueOptions } from "../src/jobs/queue.ts";
import { startPortal } from "./portal-process.ts";

const base = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const jobs = Number(process.argv[2] ?? 1000);

async function withPgDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const name = `vsp_bench_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function measure(label: string, db: Db, make: (o: QueueOptions) => Queue) {
  const kind = "bench-job";
  let ran = 0;
  const handlers = { [kind]: async () => void ran++ };
  const q = make({ db });
  let t0 = performance.now();
  for (let i = 0; i < jobs; i++) await db.kysely.transaction().execute((trx) => q.enqueue({ kind, payload: { i }, idempotencyKey: `bench:${label}:${i}` }, trx));
  const enqueueMs = performance.now() - t0;
  t0 = performance.now();
  await make({ db, handlers }).drain();
  const drainOneMs = performance.now() - t0;
  for (let i = 0; i < jobs; i++) await q.enqueue({ kind, payload: { i }, idempotencyKey: `bench:${label}:b${i}` });
  t0 = performance.now();
  const [a, b] = [make({ db, handlers, workerId: "a" }), make({ db, handlers, workerId: "b" })];
  await Promise.all([a.drain(), b.drain()]);
  const drainTwoMs = performance.now() - t0;
  const rate = (ms: number) => Math.round((jobs / ms) * 1000);
  console.log(`${label.padEnd(28)} enqueue ${String(rate(enqueueMs)).padStart(6)}/s   drain, 1 worker ${String(rate(drainOneMs)).padStart(6)}/s   2 workers ${String(rate(drainTwoMs)).padStart(6)}/s   (ran ${ran} of ${2 * jobs})`);
}

console.log(`${jobs} jobs each way, no-op handler`);
const dir = mkdtempSync(path.join(tmpdir(), "vsp-bench-queue-"));
try {
  const sqlite = openDatabase({ dataDir: dir });
  await migrateToLatest(sqlite);
  await measure("table queue, SQLite", sqlite, createTableQueue);
  await sqlite.destroy();
  await withPgDatabase(async (url) => {
    const db = openDatabase({ databaseUrl: url, dataDir: dir });
    await migrateToLatest(db);
    await measure("table queue, PostgreSQL", db, createTableQueue);
    await measure("pg-boss, PostgreSQL", db, createPgBossQueue);
    await db.destroy();
  });
  await withPgDatabase(async (url) => {
    const portal = await startPortal({ env: { DATABASE_URL: url } });
    const t0 = performance.now();
    await portal.stop();
    console.log(`portal on PostgreSQL (pg-boss worker running): SIGTERM to exit ${Math.round(performance.now() - t0)} ms`);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
