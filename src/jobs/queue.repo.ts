import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Db } from "../db/database.ts";
import type { Database, JobsTable } from "../db/schema.ts";

type Q = Kysely<Database> | Transaction<Database>;

export type JobRow = JobsTable;

export interface NewJob {
  kind: string;
  payload: unknown;
  runAt: string;
  maxAttempts: number;
  idempotencyKey?: string | null | undefined;
}

/** Where the jobs sharing a key prefix stand (an issue's deliveries, say). */
export interface JobProgress {
  queued: number;
  done: number;
  failed: number;
}

/** The job queue's SQL. Claiming is one UPDATE … WHERE id = (SELECT …), so it is atomic on both databases. */
export function queueRepo(db: Db) {
  const k = db.kysely;
  return {
    /** Adds a job; with an idempotency key already taken, adds nothing and answers false. */
    async enqueue(job: NewJob, now: string, trx: Q = k): Promise<boolean> {
      const result = await trx
        .insertInto("jobs")
        .values({
          id: randomUUID(),
          kind: job.kind,
          payload: JSON.stringify(job.payload ?? null),
          idempotency_key: job.idempotencyKey ?? null,
          run_at: job.runAt,
          attempts: 0,
          max_attempts: job.maxAttempts,
          locked_by: null,
          locked_until: null,
          last_error: null,
          done_at: null,
          failed_at: null,
          created_at: now,
        })
        .onConflict((oc) => oc.column("idempotency_key").doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    /**
     * Takes the next due job for this worker until `leaseUntil`, counting the attempt. A job whose
     * lease has run out (its worker crashed) is due again. On PostgreSQL, SKIP LOCKED lets concurrent
     * workers pass over a row another is claiming instead of waiting; SQLite has one writer at a time.
     */
    async claim(workerId: string, now: string, leaseUntil: string, kinds: string[]): Promise<JobRow | undefined> {
      if (kinds.length === 0) return undefined;
      let next = k
        .selectFrom("jobs")
        .select("id")
        .where("done_at", "is", null)
        .where("failed_at", "is", null)
        .where("run_at", "<=", now)
        .where("kind", "in", kinds)
        .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", now)]))
        .orderBy("run_at")
        .orderBy("id")
        .limit(1);
      if (db.dialect === "postgres") next = next.forUpdate().skipLocked();
      return k
        .updateTable("jobs")
        .set((eb) => ({ locked_by: workerId, locked_until: leaseUntil, attempts: eb("attempts", "+", 1) }))
        .where("id", "=", next)
        // Checked again on the row itself: another worker may have taken it since the subquery ran.
        .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", now)]))
        .where("done_at", "is", null)
        .returningAll()
        .executeTakeFirst();
    },

    /** Marks a job done; false when it was already done (by another worker after a lease ran out). */
    async complete(id: string, now: string, trx: Q = k): Promise<boolean> {
      const r = await trx
        .updateTable("jobs")
        .set({ done_at: now, locked_by: null, locked_until: null, last_error: null })
        .where("id", "=", id)
        .where("done_at", "is", null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    /** Puts a failed attempt back for `retryAt`, or marks the job failed for good when retryAt is null. */
    async fail(id: string, workerId: string, error: string, now: string, retryAt: string | null): Promise<void> {
      await k
        .updateTable("jobs")
        .set(retryAt ? { run_at: retryAt, locked_by: null, locked_until: null, last_error: error } : { failed_at: now, locked_by: null, locked_until: null, last_error: error })
        .where("id", "=", id)
        .where("locked_by", "=", workerId)
        .where("done_at", "is", null)
        .execute();
    },

    async findById(id: string): Promise<JobRow | undefined> {
      return k.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirst();
    },

    async findByKey(idempotencyKey: string): Promise<JobRow | undefined> {
      return k.selectFrom("jobs").selectAll().where("idempotency_key", "=", idempotencyKey).executeTakeFirst();
    },

    /** Counts of the jobs whose idempotency key starts with the prefix (which must hold no LIKE wildcard). */
    async progress(keyPrefix: string): Promise<JobProgress> {
      if (/[%_\\]/.test(keyPrefix)) throw new Error("a job key prefix may not contain %, _ or \\");
      const rows = await k
        .selectFrom("jobs")
        .select((eb) => [
          eb.fn.countAll<string | number>().as("total"),
          eb.fn.count<string | number>("done_at").as("done"),
          eb.fn.count<string | number>("failed_at").as("failed"),
        ])
        .where("idempotency_key", "like", `${keyPrefix}%`)
        .executeTakeFirst();
      const total = Number(rows?.total ?? 0);
      const done = Number(rows?.done ?? 0);
      const failed = Number(rows?.failed ?? 0);
      return { queued: total - done - failed, done, failed };
    },

    /** Jobs neither done nor failed, by kind (the metrics' queue depth). */
    async waitingByKind(): Promise<Array<{ kind: string; count: number }>> {
      const rows = await k
        .selectFrom("jobs")
        .select((eb) => ["kind", eb.fn.countAll<string | number>().as("count")])
        .where("done_at", "is", null)
        .where("failed_at", "is", null)
        .groupBy("kind")
        .execute();
      return rows.map((r) => ({ kind: r.kind, count: Number(r.count) }));
    },
  };
}

export type QueueRepo = ReturnType<typeof queueRepo>;
