import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * The persistent job queue (generic: any feature may enqueue) and the newsletter. A job is claimed
 * with a lease (locked_by, locked_until) so a crashed worker's job is taken again once the lease ends;
 * the idempotency key is unique so enqueueing the same thing twice adds it once. Subscribers' addresses
 * are encrypted, with a keyed hash for lookups; tokens are stored only as hashes. A delivery row per
 * issue and subscriber is marked sent in the same transaction as its job's completion.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("jobs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("idempotency_key", "text", (c) => c.unique())
    .addColumn("run_at", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("max_attempts", "integer", (c) => c.notNull())
    .addColumn("locked_by", "text")
    .addColumn("locked_until", "text")
    .addColumn("last_error", "text")
    .addColumn("done_at", "text")
    .addColumn("failed_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("jobs_due_idx").on("jobs").columns(["done_at", "failed_at", "run_at"]).execute();

  await db.schema
    .createTable("newsletter_subscribers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email_hash", "text", (c) => c.notNull().unique())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("topics", "text", (c) => c.notNull())
    .addColumn("confirmed_at", "text")
    .addColumn("confirm_token_hash", "text", (c) => c.unique())
    .addColumn("confirm_expires_at", "text")
    .addColumn("manage_token_hash", "text", (c) => c.notNull().unique())
    .addColumn("last_mailed_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("newsletter_subscribers_lang_idx").on("newsletter_subscribers").columns(["language", "confirmed_at"]).execute();

  await db.schema
    .createTable("newsletter_issues")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("intro", "text", (c) => c.notNull())
    .addColumn("items", "text", (c) => c.notNull())
    .addColumn("recipients", "integer", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .execute();

  await db.schema
    .createTable("newsletter_deliveries")
    .addColumn("issue_id", "text", (c) => c.notNull().references("newsletter_issues.id").onDelete("cascade"))
    .addColumn("subscriber_id", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addPrimaryKeyConstraint("newsletter_deliveries_pk", ["issue_id", "subscriber_id"])
    .execute();
}
