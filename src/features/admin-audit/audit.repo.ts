import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

type Q = Kysely<Database> | Transaction<Database>;

export interface AuditEntry {
  userId: string | null;
  action: string;
  targetType?: string | undefined;
  targetId?: string | undefined;
  details?: Record<string, unknown> | undefined;
}

/** Who did what, when: every staff action is written here, never updated or deleted. */
export function auditRepo(db: Kysely<Database>, clock: () => Date = () => new Date()) {
  return {
    async record(entry: AuditEntry, trx: Q = db): Promise<void> {
      await trx
        .insertInto("audit_log")
        .values({
          id: randomUUID(),
          at: clock().toISOString(),
          user_id: entry.userId,
          action: entry.action,
          target_type: entry.targetType ?? null,
          target_id: entry.targetId ?? null,
          details: entry.details ? JSON.stringify(entry.details) : null,
        })
        .execute();
    },

    async list(filter: { action?: string | undefined; userId?: string | undefined }, page: { limit: number; offset: number }) {
      let q = db.selectFrom("audit_log as a").leftJoin("users as u", "u.id", "a.user_id");
      if (filter.action) q = q.where("a.action", "=", filter.action);
      if (filter.userId) q = q.where("a.user_id", "=", filter.userId);
      const count = await q.select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirst();
      const rows = await q
        .select(["a.id", "a.at", "a.action", "a.target_type", "a.target_id", "a.details", "u.email", "u.name"])
        .orderBy("a.at", "desc")
        .orderBy("a.id", "desc")
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      return { rows, total: Number(count?.n ?? 0) };
    },

    async listActions(): Promise<string[]> {
      const rows = await db.selectFrom("audit_log").select("action").distinct().orderBy("action").execute();
      return rows.map((r) => r.action);
    },
  };
}
