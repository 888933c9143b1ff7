import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * Course authoring: a lesson's downloadable material, uploaded by staff, one file per language (the
 * reader gets theirs, else a fallback marked with its language). The file lives in media storage under
 * a random key; the row keeps its key, type and size so the lesson page shows them without reading it.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("learn_materials")
    .addColumn("lesson_id", "text", (c) => c.notNull().references("learn_lessons.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("file_key", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("ext", "text", (c) => c.notNull())
    .addColumn("bytes", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("learn_materials_pk", ["lesson_id", "locale"])
    .execute();
}
