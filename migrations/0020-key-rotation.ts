import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * Key rotation (docs/decisions/019): a subscriber's manage token is derived from a field key, so a
 * rotation gives it a new one. The hash of the token before the last rotation is kept beside the
 * current one, so the manage and unsubscribe links already mailed keep working.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable("newsletter_subscribers").addColumn("manage_token_hash_previous", "text").execute();
  await db.schema.createIndex("newsletter_subscribers_manage_previous_idx").on("newsletter_subscribers").column("manage_token_hash_previous").execute();
}
