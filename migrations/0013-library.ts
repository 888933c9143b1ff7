import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * The publications library: works (shared facts, draft → in review → published) and their versions,
 * one per language, each with its PDF in the media store (key only here), the text extracted from it
 * (bounded) with its search tokens, and the cover made from the first page.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("library_works")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("publisher", "text", (c) => c.notNull())
    .addColumn("audiences", "text", (c) => c.notNull())
    .addColumn("region", "text", (c) => c.notNull())
    .addColumn("topics", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("library_works_status_idx").on("library_works").columns(["status", "year"]).execute();
  await db.schema
    .createTable("library_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("work_id", "text", (c) => c.notNull().references("library_works.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("file_key", "text")
    .addColumn("file_bytes", "integer")
    .addColumn("pages", "integer")
    .addColumn("text", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("text_chars", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("text_truncated", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("tokens", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("cover", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("library_versions_work_locale_uq", ["work_id", "locale"])
    .execute();
}
