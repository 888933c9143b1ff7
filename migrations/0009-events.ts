import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * Events and the International Day's yearly archive. An event's start and end are UTC instants with
 * the IANA time zone it is held in; its shared facts are written once and its texts one language at a
 * time. `sequence` grows with every edit (iCalendar SEQUENCE). Each year of the Day has its theme and
 * the Secretary-General's (or another) message per language.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("attendance", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("publication", "text", (c) => c.notNull())
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("previous_starts_at", "text")
    .addColumn("country", "text")
    .addColumn("region", "text")
    .addColumn("languages", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("venue_name", "text")
    .addColumn("venue_address", "text")
    .addColumn("livestream_url", "text")
    .addColumn("registration_url", "text")
    .addColumn("organizer", "text")
    .addColumn("organizer_url", "text")
    .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("published_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("events_listing_idx").on("events").columns(["publication", "ends_at", "starts_at"]).execute();
  await db.schema
    .createTable("event_texts")
    .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("description", "text")
    .addColumn("accessibility", "text")
    .addColumn("status_note", "text")
    .addPrimaryKeyConstraint("event_texts_pk", ["event_id", "locale"])
    .execute();
  await db.schema
    .createTable("remembrance_years")
    .addColumn("year", "integer", (c) => c.primaryKey())
    .addColumn("video_url", "text")
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("remembrance_year_texts")
    .addColumn("year", "integer", (c) => c.notNull().references("remembrance_years.year").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("theme", "text", (c) => c.notNull())
    .addColumn("message", "text")
    .addColumn("message_url", "text")
    .addPrimaryKeyConstraint("remembrance_year_texts_pk", ["year", "locale"])
    .execute();
}
