import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import type { Db } from "../db/database.ts";
import type { Database } from "../db/schema.ts";
import { createPgBossQueue } from "./queue.pgboss.ts";
import { queueRepo, type JobRow, type NewJob } from "./queue.repo.ts";

/**
 * A persistent job queue in the database, generic over kinds of job: on SQLite the portal's own `jobs`
 * table (below), on PostgreSQL pg-boss (./queue.pgboss.ts, docs/decisions/021-job-queue-pg-boss.md).
 * Both keep the same promises:
 *
 * - At least once: a job is claimed under a lease; if its worker dies, the lease runs out and another
 *   worker takes it again. Handlers must therefore be idempotent (see docs/decisions/010-job-queue.md).
 * - A failed attempt is retried with exponential backoff and jitter until `maxAttempts`, then the job
 *   stays as failed (with its last error) for staff to see.
 * - A handler may return a function that runs inside the transaction that marks the job done, so its
 *   own record of the work ("this delivery was sent") commits together with the job's completion.
 */

/** Runs inside the completing transaction. */
export type OnComplete = (trx: Transaction<Database>) => Promise<void>;

/** A job as handlers, error reports and tests see it, whichever queue holds it. */
export interface QueuedJob {
  id: string;
  kind: string;
  payload: unknown;
  /** Attempts begun so far, this one included. */
  attempts: number;
  maxAttempts: number;
  state: "queued" | "done" | "failed";
  lastError: string | null;
}

export type JobHandler = (payload: unknown, job: QueuedJob) => Promise<OnComplete | void>;
export type JobHandlers = Record<string, JobHandler>;

export interface QueueOptions {
  db: Db;
  clock?: () => Date;
  handlers?: JobHandlers;
  workerId?: string;
  /** How long a claimed job belongs to its worker before another may take it. */
  leaseMs?: number;
  /** How long an idle worker waits before looking again. */
  pollMs?: number;
  /** First retry delay; doubled each attempt, capped at maxBackoffMs. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** For tests: a source of randomness in [0, 1) for the jitter. */
  random?: () => number;
  onError?: (err: unknown, job?: QueuedJob) => void;
}

export const DEFAULT_MAX_ATTEMPTS = 8;

/**
 * The wait before attempt `attempt + 1` after `attempt` failures: base × 2^(attempt−1), capped, with
 * "equal jitter" (between half and all of it) so retries from many jobs do not arrive together.
 */
export function backoffDelay(attempt: number, opts: { baseMs: number; maxMs: number; random: () => number }): number {
  const full = Math.min(opts.maxMs, opts.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(full / 2 + (opts.random() * full) / 2);
}

export interface Queue {
  enqueue(job: Omit<NewJob, "runAt" | "maxAttempts"> & { runAt?: string; maxAttempts?: number }, trx?: Transaction<Database>): Promise<boolean>;
  /** Claims and runs one due job; false when none was due. */
  runOnce(): Promise<boolean>;
  /** Runs due jobs until none is left (tests, and the CLI). */
  drain(limit?: number): Promise<number>;
  /** Starts the polling loop. */
  start(): void;
  /** Finishes the running job, takes no new one. */
  stop(): Promise<void>;
  /** The job enqueued under this kind and idempotency key, if the queue still holds it. */
  findJob(kind: string, idempotencyKey: string): Promise<QueuedJob | undefined>;
  readonly workerId: string;
}

/** The queue for this database: the jobs table on SQLite, pg-boss on PostgreSQL (the one place that chooses). */
export function createQueue(opts: QueueOptions): Queue {
  return opts.db.dialect === "postgres" ? createPgBossQueue(opts) : createTableQueue(opts);
}

function queuedJob(row: JobRow): QueuedJob {
  return {
    id: row.id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as unknown,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    state: row.done_at ? "done" : row.failed_at ? "failed" : "queued",
    lastError: row.last_error,
  };
}

/** The portal's own table queue (SQLite; see docs/decisions/010-job-queue.md). */
export function createTableQueue(opts: QueueOptions): Queue {
  const repo = queueRepo(opts.db);
  const clock = opts.clock ?? (() => new Date());
  const handlers = opts.handlers ?? {};
  const workerId = opts.workerId ?? `worker-${randomUUID()}`;
  const leaseMs = opts.leaseMs ?? 5 * 60_000;
  const pollMs = opts.pollMs ?? 2_000;
  const backoff = { baseMs: opts.baseBackoffMs ?? 30_000, maxMs: opts.maxBackoffMs ?? 6 * 3_600_000, random: opts.random ?? Math.random };
  const onError = opts.onError ?? (() => {});
  let poller: PollLoop | null = null;

  async function runOnce(): Promise<boolean> {
    const now = clock();
    const job = await repo.claim(workerId, now.toISOString(), new Date(now.getTime() + leaseMs).toISOString(), Object.keys(handlers));
    if (!job) return false;
    const handler = handlers[job.kind];
    const info = queuedJob(job);
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      const onComplete = await handler(info.payload, info);
      await opts.db.kysely.transaction().execute(async (trx) => {
        if (onComplete) await onComplete(trx);
        await repo.complete(job.id, clock().toISOString(), trx);
      });
    } catch (err) {
      onError(err, info);
      const message = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
      const at = clock();
      const retryAt = job.attempts >= job.max_attempts ? null : new Date(at.getTime() + backoffDelay(job.attempts, backoff)).toISOString();
      await repo.fail(job.id, workerId, message, at.toISOString(), retryAt);
    }
    return true;
  }

  return {
    workerId,
    async enqueue(job, trx) {
      const now = clock().toISOString();
      return repo.enqueue({ ...job, runAt: job.runAt ?? now, maxAttempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS }, now, trx);
    },
    runOnce,
    async findJob(_kind, idempotencyKey) {
      const row = await repo.findByKey(idempotencyKey);
      return row ? queuedJob(row) : undefined;
    },
    async drain(limit = 10_000) {
      let n = 0;
      while (n < limit && (await runOnce())) n++;
      return n;
    },
    start() {
      poller ??= startPollLoop({ runOnce, pollMs, onError });
    },
    async stop() {
      await poller?.stop();
      poller = null;
    },
  };
}

export interface PollLoop {
  /** Lets the running job finish, takes no new one, and resolves once the loop has ended. */
  stop(): Promise<void>;
}

/**
 * A worker's loop, for both queues: after `before` (if any), runs due jobs one at a time and waits
 * `pollMs` whenever none was due; stopping cuts a wait short.
 */
export function startPollLoop(opts: { runOnce: () => Promise<boolean>; pollMs: number; onError: (err: unknown) => void; before?: () => Promise<void> }): PollLoop {
  let stopping = false;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    await opts.before?.();
    while (!stopping) {
      let ran = false;
      try {
        ran = await opts.runOnce();
      } catch (err) {
        opts.onError(err);
      }
      if (!ran && !stopping) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, opts.pollMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
    }
  })();
  return {
    async stop() {
      stopping = true;
      wake?.();
      await loop;
    },
  };
}
