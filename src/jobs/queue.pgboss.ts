import { createHash, randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import type { Db } from "../db/database.ts";
import { DEFAULT_MAX_ATTEMPTS, type PollLoop, type Queue, type QueuedJob, type QueueOptions, startPollLoop } from "./queue.ts";
import { PGBOSS_SCHEMA, pgBossExecutor, queueRepo } from "./queue.repo.ts";

/**
 * The job queue on PostgreSQL: pg-boss 10 in its own `pgboss` schema of the portal's database, its SQL
 * run through the portal's Kysely pool (one pool, one DATABASE_URL). See
 * docs/decisions/021-job-queue-pg-boss.md for what holds and why.
 *
 * - One pg-boss queue per kind of job, created on first use with the portal's policy: 8 attempts
 *   (retryLimit 7) with exponential backoff from 30 s, a 5-minute expiry (the lease).
 * - An idempotency key becomes the job's id (a UUID v5 of the key), so pg-boss's own insert conflicts on
 *   a second send; the key is also kept as the singleton key, which labels the job (issue progress).
 * - Jobs are fetched, run and completed by this module (not by pg-boss's `work()`), so an OnComplete
 *   runs in the same PostgreSQL transaction as pg-boss's completion of the job.
 */

/** How long pg-boss keeps archived jobs (issue progress and idempotency keys hold this long). */
export const PGBOSS_ARCHIVE_DAYS = 90;
const MAINTENANCE_SECONDS = 60;

/** A fixed namespace for the job ids derived from idempotency keys (RFC 9562 UUID version 5). */
const KEY_NAMESPACE = Buffer.from("8d6f0b8e3c0a4e55a1f27b1d5c9e4a21", "hex");

/** The job id for an idempotency key: the same key always gives the same UUID. */
export function jobIdForKey(key: string): string {
  const h = createHash("sha1").update(KEY_NAMESPACE).update(key, "utf8").digest().subarray(0, 16);
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function bossFor(db: Db, supervise: boolean): PgBoss {
  return new PgBoss({
    db: pgBossExecutor(db.kysely),
    schema: PGBOSS_SCHEMA,
    migrate: true,
    supervise,
    schedule: false,
    maintenanceIntervalSeconds: MAINTENANCE_SECONDS,
    deleteAfterDays: PGBOSS_ARCHIVE_DAYS,
  });
}

// pg-boss's schema is installed (or migrated) once per database handle, and each queue created once.
const installed = new WeakMap<Db, Promise<void>>();
const queuesMade = new WeakMap<Db, Map<string, Promise<void>>>();

const stateOf = (s: string): QueuedJob["state"] => (s === "completed" || s === "cancelled" ? "done" : s === "failed" ? "failed" : "queued");

function errorText(output: unknown): string | null {
  if (!output || typeof output !== "object") return null;
  const message = (output as { message?: unknown }).message;
  return typeof message === "string" ? message : JSON.stringify(output);
}

export function createPgBossQueue(opts: QueueOptions): Queue {
  const { db } = opts;
  const handlers = opts.handlers ?? {};
  const kinds = Object.keys(handlers);
  const workerId = opts.workerId ?? `worker-${randomUUID()}`;
  const expireInSeconds = Math.max(1, Math.round((opts.leaseMs ?? 5 * 60_000) / 1000));
  const retryDelay = Math.max(1, Math.round((opts.baseBackoffMs ?? 30_000) / 1000));
  const pollMs = opts.pollMs ?? 2_000;
  const onError = opts.onError ?? (() => {});
  const repo = queueRepo(db);
  // Sends, fetches and completes; never runs timers, so a queue used only to enqueue needs no stop().
  const boss = bossFor(db, false);
  boss.on("error", (err: unknown) => onError(err));
  let maintainer: PgBoss | null = null;
  let poller: PollLoop | null = null;
  let next = 0;

  async function ready(): Promise<void> {
    let p = installed.get(db);
    if (!p) {
      p = boss.start().then(() => undefined);
      p.catch(() => installed.delete(db));
      installed.set(db, p);
    }
    await p;
    // This instance's own start is a no-op after the first: it checks the installed version.
    await boss.start();
  }

  async function ensureQueue(kind: string): Promise<void> {
    await ready();
    let made = queuesMade.get(db);
    if (!made) queuesMade.set(db, (made = new Map()));
    let p = made.get(kind);
    if (!p) {
      p = boss.createQueue(kind, { name: kind, policy: "standard", retryLimit: DEFAULT_MAX_ATTEMPTS - 1, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 });
      p.catch(() => made.delete(kind));
      made.set(kind, p);
    }
    await p;
  }

  async function runOne(kind: string, job: PgBoss.JobWithMetadata<unknown>): Promise<void> {
    const info: QueuedJob = { id: job.id, kind, payload: job.data, attempts: job.retryCount + 1, maxAttempts: job.retryLimit + 1, state: "queued", lastError: null };
    try {
      const handler = handlers[kind];
      if (!handler) throw new Error(`no handler for job kind ${kind}`);
      const onComplete = await handler(job.data, info);
      // The handler's record of its work and pg-boss's completion of the job commit together.
      await db.kysely.transaction().execute(async (trx) => {
        if (onComplete) await onComplete(trx);
        await boss.complete(kind, job.id, { worker: workerId }, { db: pgBossExecutor(trx) });
      });
    } catch (err) {
      onError(err, info);
      const message = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
      // pg-boss puts it back for a retry after its backoff, or keeps it as failed after the last attempt.
      await boss.fail(kind, job.id, { message, worker: workerId });
    }
  }

  async function runOnce(): Promise<boolean> {
    if (kinds.length === 0) return false;
    for (const kind of kinds) await ensureQueue(kind);
    // Kinds take turns, so a long queue of one kind does not starve the others.
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[(next + i) % kinds.length]!;
      const [job] = await boss.fetch<unknown>(kind, { batchSize: 1, includeMetadata: true });
      if (!job) continue;
      next = (next + i + 1) % kinds.length;
      await runOne(kind, job);
      return true;
    }
    return false;
  }

  return {
    workerId,
    async enqueue(job, trx) {
      await ensureQueue(job.kind);
      const key = job.idempotencyKey ?? null;
      const id = key ? jobIdForKey(key) : undefined;
      const maxAttempts = job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
      const send = async (q: NonNullable<typeof trx>): Promise<boolean> => {
        const executor = pgBossExecutor(q);
        // As JSON text, so any JSON value (a number, a string) reaches pg-boss's `$3::jsonb` intact.
        const sent = await boss.send(job.kind, JSON.stringify(job.payload ?? null) as unknown as object, {
          ...(id ? { id } : {}),
          ...(key ? { singletonKey: key } : {}),
          ...(job.runAt ? { startAfter: new Date(job.runAt) } : {}),
          retryLimit: Math.max(0, maxAttempts - 1),
          retryDelay,
          retryBackoff: true,
          expireInSeconds,
          db: executor,
        });
        if (!sent) return false;
        // A job archived under the same id (done over 12 hours ago) is not in pgboss.job, so the insert
        // succeeded: the key was used already, so take the new job back (same transaction).
        if (id && (await repo.pgBossArchived(job.kind, id, q))) {
          await boss.deleteJob(job.kind, id, { db: executor });
          return false;
        }
        return true;
      };
      return trx ? send(trx) : db.kysely.transaction().execute(send);
    },
    runOnce,
    async drain(limit = 10_000) {
      let n = 0;
      while (n < limit && (await runOnce())) n++;
      return n;
    },
    async findJob(kind, idempotencyKey) {
      await ready();
      const job = await boss.getJobById<unknown>(kind, jobIdForKey(idempotencyKey), { includeArchive: true });
      if (!job) return undefined;
      return {
        id: job.id,
        kind,
        payload: job.data,
        attempts: job.startedOn ? job.retryCount + 1 : 0,
        maxAttempts: job.retryLimit + 1,
        state: stateOf(job.state),
        lastError: job.state === "completed" ? null : errorText(job.output),
      };
    },
    start() {
      poller ??= startPollLoop({
        runOnce,
        pollMs,
        onError,
        // One supervising pg-boss per running worker: it expires jobs whose lease ran out (their worker
        // died), archives finished ones and drops old archives; pg-boss lets one instance do it at a time.
        before: async () => {
          try {
            maintainer = bossFor(db, true);
            maintainer.on("error", (err: unknown) => onError(err));
            await ready();
            await maintainer.start();
          } catch (err) {
            onError(err);
          }
        },
      });
    },
    async stop() {
      // The running job finishes (the loop ends after it); then pg-boss stops its maintenance timers.
      await poller?.stop();
      poller = null;
      await maintainer?.stop({ graceful: true, wait: true, close: false });
      maintainer = null;
      await boss.stop({ graceful: true, wait: true, close: false });
    },
  };
}
