import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * Crisis mode: incident notices, never deleted (the history of notices), at most one switched on at a
 * time; their texts per language (headline, short message and the incident page's sections, Markdown).
 * Every instance polls the active notice's stamp, so the (active) index keeps that read cheap.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("crisis_notices")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .addColumn("source_locale", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addColumn("switched_on_at", "text", (c) => c.notNull())
    .addColumn("switched_off_at", "text")
    .addColumn("switched_off_by", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("crisis_notices_active_idx").on("crisis_notices").columns(["active", "version"]).execute();
  await db.schema
    .createTable("crisis_notice_texts")
    .addColumn("notice_id", "text", (c) => c.notNull().references("crisis_notices.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("headline", "text", (c) => c.notNull())
    .addColumn("message", "text", (c) => c.notNull())
    .addColumn("helplines", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("missing_persons", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("consular", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("get_help", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("crisis_notice_texts_pk", ["notice_id", "locale"])
    .execute();
}
