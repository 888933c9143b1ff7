import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * A story's photo, audio or video file. Files live in media storage under `stories/<story id>/` with
 * generated names; a row lists them (for a photo, one key per width and format). `metadata_removed`
 * says whether the file's hidden information could be removed (always for photos; for audio and video
 * only where ffmpeg is installed), so moderators can be told when it was not.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("story_media")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("story_id", "text", (c) => c.notNull().references("stories.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("bytes", "integer", (c) => c.notNull())
    .addColumn("files", "text", (c) => c.notNull())
    .addColumn("width", "integer")
    .addColumn("height", "integer")
    .addColumn("description", "text")
    .addColumn("metadata_removed", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("story_media_story_idx").on("story_media").column("story_id").execute();
}
