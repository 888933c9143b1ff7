import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * The gender dimension (issue 10, decision 017).
 * - `content_items.sexual_violence`: the item is about sexual violence, so its language versions carry a
 *   content warning by default (items of the "gender" topic do too, whatever this flag says).
 * - `content_revisions.warning_removed`: an editor explicitly chose to publish this revision without a
 *   warning; only then does a page about sexual violence show none.
 * - `stories.private_details`: details the author keeps to the original story: shown in place on the
 *   original, never translated, quoted, excerpted or put in feeds.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable("content_items").addColumn("sexual_violence", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("content_revisions").addColumn("warning_removed", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("stories").addColumn("private_details", "text").execute();
}
