import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * The tribute wall (short messages of solidarity, moderated before anyone sees them; a message with a
 * word from the review list waits as "flagged" with those words kept for the moderator) and awareness
 * campaigns (texts per language, share-kit images kept in the media store: keys and alt texts here).
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("tributes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("name", "text")
    .addColumn("country", "text")
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    // The review-list words found in the message, as a JSON array, or null.
    .addColumn("flagged_words", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("decided_at", "text")
    .addColumn("decided_by", "text")
    .addColumn("reason", "text")
    .execute();
  await db.schema.createIndex("tributes_status_idx").on("tributes").columns(["status", "created_at"]).execute();
  await db.schema.createIndex("tributes_wall_idx").on("tributes").columns(["status", "language", "country", "created_at"]).execute();

  await db.schema
    .createTable("campaigns")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("campaign_texts")
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("message", "text", (c) => c.notNull())
    // One key fact per line.
    .addColumn("facts", "text", (c) => c.notNull())
    // Hashtags without "#", separated by spaces.
    .addColumn("hashtags", "text", (c) => c.notNull())
    .addColumn("share_text", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("campaign_texts_pk", ["campaign_id", "locale"])
    .execute();
  await db.schema
    .createTable("campaign_images")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    // JSON: the variants made by processPhoto.
    .addColumn("variants", "text", (c) => c.notNull())
    // JSON: alt text by locale.
    .addColumn("alts", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("campaign_images_campaign_idx").on("campaign_images").columns(["campaign_id", "position"]).execute();
}
