import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * Country profiles. A profile is one JSON document (the exchange format, docs/countries-format.md);
 * every change is a numbered revision. The public site reads the published revision; a focal point's
 * change waits as the pending one until an editor publishes or returns it.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("country_profiles")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("latest_revision", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("published_revision", "integer")
    .addColumn("pending_revision", "integer")
    .addColumn("published_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text")
    .execute();
  await db.schema
    .createTable("country_revisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("code", "text", (c) => c.notNull().references("country_profiles.code").onDelete("cascade"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addColumn("reviewed_at", "text")
    .addColumn("reviewed_by", "text")
    .execute();
  await db.schema.createIndex("country_revisions_code_number_uq").on("country_revisions").columns(["code", "number"]).unique().execute();
}
