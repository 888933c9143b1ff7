import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * Victims' stories. The author holds a private link (only its hash is stored); consent is recorded
 * with its wording version, and every change of consent is kept. Contact details are encrypted and
 * expire. A withdrawn story is off the portal at once and erased, rows and files, after a grace period.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("stories")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .addColumn("year", "integer")
    .addColumn("attack", "text")
    .addColumn("title", "text")
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("original_body", "text", (c) => c.notNull())
    .addColumn("content_warning", "text")
    .addColumn("themes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("naming", "text", (c) => c.notNull())
    .addColumn("display_name", "text")
    .addColumn("consent_publish", "integer", (c) => c.notNull())
    .addColumn("consent_translate", "integer", (c) => c.notNull())
    .addColumn("consent_quote", "integer", (c) => c.notNull())
    .addColumn("consent_version", "text", (c) => c.notNull())
    .addColumn("consent_at", "text", (c) => c.notNull())
    .addColumn("contact_email", "text")
    .addColumn("contact_expires_at", "text")
    .addColumn("moderator_note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("approved_at", "text")
    .addColumn("withdrawn_at", "text")
    .addColumn("erase_after", "text")
    .execute();
  await db.schema.createIndex("stories_status_idx").on("stories").columns(["status", "approved_at"]).execute();
  await db.schema
    .createTable("story_consents")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("story_id", "text", (c) => c.notNull().references("stories.id").onDelete("cascade"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("version", "text", (c) => c.notNull())
    .addColumn("naming", "text", (c) => c.notNull())
    .addColumn("publish", "integer", (c) => c.notNull())
    .addColumn("translate", "integer", (c) => c.notNull())
    .addColumn("quote", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("story_consents_story_idx").on("story_consents").column("story_id").execute();
}
