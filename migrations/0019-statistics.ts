import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * Privacy-respecting statistics (docs/decisions/018): daily counts only. A random salt per UTC day
 * (shared by every instance, deleted once the day is over) and the salted visitor hashes of the current
 * day, used only to count each visitor once per day; then only the counts remain.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("stats_salts")
    .addColumn("day", "text", (c) => c.primaryKey())
    .addColumn("salt", "text", (c) => c.notNull())
    .execute();
  // scope: "d:*" (whole site), "d:<lang>", "p:<lang>:<path>", "t:<lang>:<tag>".
  await db.schema
    .createTable("stats_visitor_hashes")
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("stats_visitor_hashes_pk", ["day", "scope", "hash"])
    .execute();
  // language "*" is the whole site (its visitors are not the sum of the languages' visitors).
  await db.schema
    .createTable("stats_days")
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("views", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("visitors", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("stats_days_pk", ["day", "language"])
    .execute();
  await db.schema
    .createTable("stats_pages")
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("path", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("views", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("visitors", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("stats_pages_pk", ["day", "path", "language"])
    .execute();
  await db.schema
    .createTable("stats_tags")
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("tag", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("views", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("visitors", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("stats_tags_pk", ["day", "tag", "language"])
    .execute();
}
