import { sql, type Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/** Staff, sessions, multilingual content with revisions, feedback, audit log and the search index. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("totp_secret", "text")
    .addColumn("totp_enabled_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_login_at", "text")
    .addColumn("disabled_at", "text")
    .execute();

  await db.schema
    .createTable("user_roles")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("user_roles_pk", ["user_id", "role"])
    .execute();

  await db.schema
    .createTable("user_countries")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("country_code", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("user_countries_pk", ["user_id", "country_code"])
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("mfa_passed", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("flash", "text")
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("login_throttle")
    .addColumn("key_hash", "text", (c) => c.primaryKey())
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("window_start", "text", (c) => c.notNull())
    .addColumn("locked_until", "text")
    .execute();

  await db.schema
    .createTable("content_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("topic", "text")
    .addColumn("audiences", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("first_published_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addUniqueConstraint("content_items_kind_slug_uq", ["kind", "slug"])
    .execute();
  await db.schema.createIndex("content_items_topic_idx").on("content_items").columns(["kind", "topic"]).execute();
  await db.schema
    .createIndex("content_items_published_idx")
    .on("content_items")
    .columns(["kind", "first_published_at"])
    .execute();

  await db.schema
    .createTable("content_translations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("item_id", "text", (c) => c.notNull().references("content_items.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("current_revision_id", "text", (c) => c.notNull())
    .addColumn("published_revision_id", "text")
    .addColumn("scheduled_revision_id", "text")
    .addColumn("publish_at", "text")
    .addColumn("first_published_at", "text")
    .addColumn("reviewed_on", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text")
    .addUniqueConstraint("content_translations_item_locale_uq", ["item_id", "locale"])
    .execute();
  await db.schema
    .createIndex("content_translations_published_idx")
    .on("content_translations")
    .columns(["locale", "first_published_at"])
    .execute();

  await db.schema
    .createTable("content_revisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("translation_id", "text", (c) => c.notNull().references("content_translations.id").onDelete("cascade"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("content_warning", "text")
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .execute();
  await db.schema
    .createIndex("content_revisions_translation_idx")
    .on("content_revisions")
    .columns(["translation_id", "number"])
    .unique()
    .execute();

  await db.schema
    .createTable("feedback")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("item_id", "text", (c) => c.notNull().references("content_items.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("useful", "integer", (c) => c.notNull())
    .addColumn("comment", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("feedback_item_idx").on("feedback").column("item_id").execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("user_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("target_type", "text")
    .addColumn("target_id", "text")
    .addColumn("details", "text")
    .execute();
  await db.schema.createIndex("audit_log_at_idx").on("audit_log").column("at").execute();

  // The search index: one row per published translation. `tokens` holds the text already split into
  // words (Intl.Segmenter, so Chinese and Thai-like scripts get word boundaries), which the database's
  // own full-text engine then indexes: FTS5 on SQLite, a GIN tsvector on PostgreSQL.
  await db.schema
    .createTable("search_documents")
    .addColumn("id", dialect === "postgres" ? "serial" : "integer", (c) =>
      dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("item_id", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("path", "text", (c) => c.notNull())
    .addColumn("published_at", "text", (c) => c.notNull())
    .addColumn("tokens", "text", (c) => c.notNull())
    .addUniqueConstraint("search_documents_uq", ["kind", "item_id", "locale"])
    .execute();

  if (dialect === "sqlite") {
    await sql`create virtual table search_fts using fts5(tokens, content='search_documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
    await sql`create trigger search_documents_ai after insert on search_documents begin
      insert into search_fts(rowid, tokens) values (new.id, new.tokens); end`.execute(db);
    await sql`create trigger search_documents_ad after delete on search_documents begin
      insert into search_fts(search_fts, rowid, tokens) values ('delete', old.id, old.tokens); end`.execute(db);
    await sql`create trigger search_documents_au after update on search_documents begin
      insert into search_fts(search_fts, rowid, tokens) values ('delete', old.id, old.tokens);
      insert into search_fts(rowid, tokens) values (new.id, new.tokens); end`.execute(db);
  } else {
    await sql`alter table search_documents add column tsv tsvector generated always as (to_tsvector('simple', tokens)) stored`.execute(db);
    await sql`create index search_documents_tsv_idx on search_documents using gin (tsv)`.execute(db);
  }
  await db.schema.createIndex("search_documents_locale_idx").on("search_documents").column("locale").execute();
}
