import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * The documentary series: series and their episodes, each with its texts per language (written one
 * language at a time), media kept in the media store (keys only here), captions per language (the
 * validated WebVTT text itself, small enough for a row) and related stories.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("video_series")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("video_series_texts")
    .addColumn("series_id", "text", (c) => c.notNull().references("video_series.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("video_series_texts_pk", ["series_id", "locale"])
    .execute();
  await db.schema
    .createTable("video_episodes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("series_id", "text", (c) => c.notNull().references("video_series.id").onDelete("cascade"))
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("duration_seconds", "integer")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .addColumn("poster", "text")
    .addColumn("video_key", "text")
    .addColumn("video_type", "text")
    .addColumn("video_bytes", "integer")
    .addColumn("video_stripped", "integer")
    .addColumn("audio_key", "text")
    .addColumn("audio_type", "text")
    .addColumn("audio_bytes", "integer")
    .addColumn("audio_stripped", "integer")
    .addColumn("embed_url", "text")
    .addColumn("related_stories", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("video_episodes_slug_uq", ["series_id", "slug"])
    .execute();
  await db.schema.createIndex("video_episodes_series_idx").on("video_episodes").columns(["series_id", "position"]).execute();
  await db.schema
    .createTable("video_episode_texts")
    .addColumn("episode_id", "text", (c) => c.notNull().references("video_episodes.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("content_warning", "text")
    .addColumn("people", "text")
    .addPrimaryKeyConstraint("video_episode_texts_pk", ["episode_id", "locale"])
    .execute();
  await db.schema
    .createTable("video_captions")
    .addColumn("episode_id", "text", (c) => c.notNull().references("video_episodes.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("vtt", "text", (c) => c.notNull())
    .addColumn("bytes", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("video_captions_pk", ["episode_id", "locale"])
    .execute();
}
