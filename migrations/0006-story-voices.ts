import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * Victims' voices: translations of approved stories (only while the author allows translation, checked
 * when read, and only while the story's text is the one translated) and readers' messages of support (moderated before anyone sees them). Both belong to their
 * story: when a withdrawn story is erased, its translations and messages go with it (ON DELETE CASCADE).
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("story_translations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("story_id", "text", (c) => c.notNull().references("stories.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("title", "text")
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("content_warning", "text")
    // What the translation was made from: a later edit of the story hides it until it is published again.
    .addColumn("source_hash", "text", (c) => c.notNull())
    .addColumn("translator_id", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .execute();
  await db.schema.createIndex("story_translations_story_locale_uq").on("story_translations").columns(["story_id", "locale"]).unique().execute();
  await db.schema.createIndex("story_translations_locale_idx").on("story_translations").columns(["locale", "status"]).execute();

  await db.schema
    .createTable("story_support_messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("story_id", "text", (c) => c.notNull().references("stories.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("name", "text")
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("decided_at", "text")
    .addColumn("decided_by", "text")
    .execute();
  await db.schema.createIndex("story_support_story_idx").on("story_support_messages").columns(["story_id", "status", "created_at"]).execute();
  await db.schema.createIndex("story_support_status_idx").on("story_support_messages").columns(["status", "created_at"]).execute();
}
