import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * The Member State self-assessment against the UN Model Legislative Provisions (2022): one row per
 * assessment (a country and a year; draft, then proposed for the country profile), and one answer per
 * provision, written group by group so an assessment can be saved in part.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("self_assessments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("proposed_revision", "integer")
    .addColumn("proposed_at", "text")
    .addColumn("proposed_by", "text")
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("self_assessments_country_idx").on("self_assessments").columns(["country", "status"]).execute();
  await db.schema
    .createTable("self_assessment_answers")
    .addColumn("assessment_id", "text", (c) => c.notNull().references("self_assessments.id").onDelete("cascade"))
    .addColumn("provision", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("citation", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("missing", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text")
    .addPrimaryKeyConstraint("self_assessment_answers_pk", ["assessment_id", "provision"])
    .execute();
}
