import { randomUUID } from "node:crypto";
import { CompiledQuery, sql, type Kysely, type Transaction } from "kysely";
import type PgBoss from "pg-boss";
import type { Db } from "../db/database.ts";
import type { Database, JobsTable } from "../db/schema.ts";

type Q = Kysely<Database> | Transaction<Database>;

/** pg-boss's tables live in their own schema of the portal's PostgreSQL database. */
export const PGBOSS_SCHEMA = "pgboss";

/**
 * pg-boss's database port over Kysely: its SQL (from its own plans) runs on the portal's pool, or
 * inside the caller's transaction when given one, so a job can be sent or completed atomically with
 * the portal's own rows. Statements without values go as one simple query (pg-boss's migrations are
 * several statements in a BEGIN … COMMIT block).
 */
export function pgBossExecutor(q: Q): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      const result = await q.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as object[] };
    },
  };
}

const toCount = (v: string | number | bigint | null | undefined) => Number(v ?? 0);

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
      if (db.dialect === "postgres") return pgBossProgress(keyPrefix);
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
      if (db.dialect === "postgres") return pgBossWaitingByKind();
      const rows = await k
        .selectFrom("jobs")
        .select((eb) => ["kind", eb.fn.countAll<string | number>().as("count")])
        .where("done_at", "is", null)
        .where("failed_at", "is", null)
        .groupBy("kind")
        .execute();
      return rows.map((r) => ({ kind: r.kind, count: Number(r.count) }));
    },

    /** Whether pg-boss has archived a job of this kind with this id (completed or failed over 12 hours ago). */
    async pgBossArchived(kind: string, id: string, trx: Q = k): Promise<boolean> {
      const r = await sql<{ one: number }>`select 1 as one from pgboss.archive where name = ${kind} and id = ${id}::uuid`.execute(trx);
      return r.rows.length > 0;
    },
  };

  /** Until pg-boss has started once on this database its schema does not exist, and nothing is queued. */
  async function pgBossInstalled(): Promise<boolean> {
    const r = await sql<{ t: string | null }>`select to_regclass('pgboss.job')::text as t`.execute(k);
    return Boolean(r.rows[0]?.t);
  }

  /**
   * The idempotency key is the job's singleton key (with the standard policy it constrains nothing; it
   * labels). Jobs still in pgboss.job and those archived (kept for the archive's lifetime) both count.
   */
  async function pgBossProgress(keyPrefix: string): Promise<JobProgress> {
    if (!(await pgBossInstalled())) return { queued: 0, done: 0, failed: 0 };
    const like = `${keyPrefix}%`;
    const r = await sql<{ state: string; count: string | number }>`
      select s.state::text as state, count(*) as count from (
        select state from pgboss.job where singleton_key like ${like}
        union all
        select state from pgboss.archive where singleton_key like ${like}
      ) s group by s.state`.execute(k);
    const by = (states: string[]) => r.rows.filter((x) => states.includes(x.state)).reduce((n, x) => n + toCount(x.count), 0);
    return { queued: by(["created", "retry", "active"]), done: by(["completed", "cancelled"]), failed: by(["failed"]) };
  }

  /** Jobs created, waiting for a retry, or running, by queue (one queue per kind). */
  async function pgBossWaitingByKind(): Promise<Array<{ kind: string; count: number }>> {
    if (!(await pgBossInstalled())) return [];
    const r = await sql<{ kind: string; count: string | number }>`
      select name as kind, count(*) as count from pgboss.job
      where state in ('created', 'retry', 'active') group by name`.execute(k);
    return r.rows.map((x) => ({ kind: x.kind, count: toCount(x.count) }));
  }
}

export type QueueRepo = ReturnType<typeof queueRepo>;
