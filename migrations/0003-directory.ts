import { sql, type Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * The services directory. The `hsds_*` tables hold Open Referral HSDS 3.0 as the standard's tabular
 * form defines it (one table per object, its fields as columns, UUID text ids, numbers as numbers,
 * dates as ISO text), so export is a plain read. The portal's own facts (publication state,
 * proposals, reports) and the search index live in `directory_*` tables.
 * Written out here, not generated, so this migration never changes when the standard's files do.
 */
const HSDS: Record<string, [string, "text" | "real"][]> = {
  taxonomy: [["name", "text"], ["description", "text"], ["uri", "text"], ["version", "text"]],
  taxonomy_term: [
    ["code", "text"], ["name", "text"], ["description", "text"], ["parent_id", "text"], ["taxonomy", "text"],
    ["language", "text"], ["taxonomy_id", "text"], ["term_uri", "text"],
  ],
  organization: [
    ["name", "text"], ["alternate_name", "text"], ["description", "text"], ["email", "text"], ["website", "text"],
    ["tax_status", "text"], ["tax_id", "text"], ["year_incorporated", "real"], ["legal_status", "text"], ["logo", "text"],
    ["uri", "text"], ["parent_organization_id", "text"],
  ],
  organization_identifier: [["organization_id", "text"], ["identifier_scheme", "text"], ["identifier_type", "text"], ["identifier", "text"]],
  program: [["organization_id", "text"], ["name", "text"], ["alternate_name", "text"], ["description", "text"]],
  service: [
    ["organization_id", "text"], ["program_id", "text"], ["name", "text"], ["alternate_name", "text"], ["description", "text"],
    ["url", "text"], ["email", "text"], ["status", "text"], ["interpretation_services", "text"], ["application_process", "text"],
    ["fees_description", "text"], ["wait_time", "text"], ["fees", "text"], ["accreditations", "text"],
    ["eligibility_description", "text"], ["minimum_age", "real"], ["maximum_age", "real"], ["assured_date", "text"],
    ["assurer_email", "text"], ["licenses", "text"], ["alert", "text"], ["last_modified", "text"],
  ],
  location: [
    ["location_type", "text"], ["url", "text"], ["organization_id", "text"], ["name", "text"], ["alternate_name", "text"],
    ["description", "text"], ["transportation", "text"], ["latitude", "real"], ["longitude", "real"],
    ["external_identifier", "text"], ["external_identifier_type", "text"],
  ],
  service_at_location: [["service_id", "text"], ["location_id", "text"], ["description", "text"]],
  address: [
    ["location_id", "text"], ["attention", "text"], ["address_1", "text"], ["address_2", "text"], ["city", "text"],
    ["region", "text"], ["state_province", "text"], ["postal_code", "text"], ["country", "text"], ["address_type", "text"],
  ],
  contact: [
    ["organization_id", "text"], ["service_id", "text"], ["service_at_location_id", "text"], ["location_id", "text"],
    ["name", "text"], ["title", "text"], ["department", "text"], ["email", "text"],
  ],
  phone: [
    ["location_id", "text"], ["service_id", "text"], ["organization_id", "text"], ["contact_id", "text"],
    ["service_at_location_id", "text"], ["number", "text"], ["extension", "real"], ["type", "text"], ["description", "text"],
  ],
  schedule: [
    ["service_id", "text"], ["location_id", "text"], ["service_at_location_id", "text"], ["valid_from", "text"],
    ["valid_to", "text"], ["dtstart", "text"], ["timezone", "real"], ["until", "text"], ["count", "real"], ["wkst", "text"],
    ["freq", "text"], ["interval", "real"], ["byday", "text"], ["byweekno", "text"], ["bymonthday", "text"],
    ["byyearday", "text"], ["description", "text"], ["opens_at", "text"], ["closes_at", "text"], ["schedule_link", "text"],
    ["attending_type", "text"], ["notes", "text"],
  ],
  language: [["service_id", "text"], ["location_id", "text"], ["phone_id", "text"], ["name", "text"], ["code", "text"], ["note", "text"]],
  accessibility: [["location_id", "text"], ["description", "text"], ["details", "text"], ["url", "text"]],
  service_area: [["service_id", "text"], ["name", "text"], ["description", "text"], ["extent", "text"], ["extent_type", "text"], ["uri", "text"]],
  cost_option: [
    ["service_id", "text"], ["valid_from", "text"], ["valid_to", "text"], ["option", "text"], ["currency", "text"],
    ["amount", "real"], ["amount_description", "text"],
  ],
  required_document: [["service_id", "text"], ["document", "text"], ["uri", "text"]],
  funding: [["organization_id", "text"], ["service_id", "text"], ["source", "text"]],
  attribute: [["link_id", "text"], ["taxonomy_term_id", "text"], ["link_type", "text"], ["link_entity", "text"], ["value", "text"]],
  metadata: [
    ["resource_id", "text"], ["resource_type", "text"], ["last_action_date", "text"], ["last_action_type", "text"],
    ["field_name", "text"], ["previous_value", "text"], ["replacement_value", "text"], ["updated_by", "text"],
  ],
  meta_table_description: [["name", "text"], ["language", "text"], ["character_set", "text"]],
};

/** Child tables are looked up by these foreign keys (and attributes by the record they classify). */
const LOOKUPS: [string, string[]][] = [
  ["taxonomy_term", ["taxonomy_id"]],
  ["organization_identifier", ["organization_id"]],
  ["program", ["organization_id"]],
  ["service", ["organization_id"]],
  ["location", ["organization_id"]],
  ["service_at_location", ["service_id"]],
  ["service_at_location", ["location_id"]],
  ["address", ["location_id"]],
  ["contact", ["organization_id"]],
  ["contact", ["service_id"]],
  ["contact", ["location_id"]],
  ["phone", ["service_id"]],
  ["phone", ["location_id"]],
  ["phone", ["organization_id"]],
  ["phone", ["contact_id"]],
  ["phone", ["service_at_location_id"]],
  ["schedule", ["service_id"]],
  ["schedule", ["location_id"]],
  ["schedule", ["service_at_location_id"]],
  ["language", ["service_id"]],
  ["language", ["location_id"]],
  ["language", ["phone_id"]],
  ["accessibility", ["location_id"]],
  ["service_area", ["service_id"]],
  ["cost_option", ["service_id"]],
  ["required_document", ["service_id"]],
  ["funding", ["organization_id"]],
  ["funding", ["service_id"]],
  ["attribute", ["link_id"]],
  ["attribute", ["taxonomy_term_id"]],
  ["metadata", ["resource_id"]],
];

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const real = dialect === "postgres" ? "double precision" : "real";
  for (const [name, columns] of Object.entries(HSDS)) {
    let table = db.schema.createTable(`hsds_${name}`).addColumn("id", "text", (c) => c.primaryKey());
    for (const [column, type] of columns) table = table.addColumn(column, type === "real" ? sql.raw(real) : "text");
    await table.execute();
  }
  for (const [name, columns] of LOOKUPS) {
    await db.schema.createIndex(`hsds_${name}_${columns.join("_")}_idx`).on(`hsds_${name}`).columns(columns).execute();
  }

  // What HSDS does not hold: whether a service is public, the language its text is written in, and
  // where it came from. When and by whom it was last checked are HSDS's own assured_date/assurer_email.
  await db.schema
    .createTable("directory_services")
    .addColumn("service_id", "text", (c) => c.primaryKey())
    .addColumn("state", "text", (c) => c.notNull()) // published | hidden
    .addColumn("text_language", "text")
    .addColumn("country", "text") // of its first address: focal points' scope and the staff list filter
    .addColumn("source", "text", (c) => c.notNull()) // import | staff | proposal | demo
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("directory_services_state_idx").on("directory_services").columns(["state", "country"]).execute();

  // Names of taxonomy terms in the portal's languages (HSDS gives a term one name).
  await db.schema
    .createTable("directory_term_names")
    .addColumn("term_id", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("directory_term_names_pk", ["term_id", "locale"])
    .execute();

  // The search index: one listing per service at a location (or per service with no location),
  // with the facts filters need, derived from the HSDS rows whenever a service changes.
  await db.schema
    .createTable("directory_listings")
    .addColumn("id", dialect === "postgres" ? "serial" : "integer", (c) =>
      dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn("service_id", "text", (c) => c.notNull())
    .addColumn("location_id", "text")
    .addColumn("organization_id", "text")
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("organization_name", "text")
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("text_language", "text")
    .addColumn("country", "text")
    .addColumn("region", "text")
    .addColumn("city", "text")
    .addColumn("city_key", "text")
    .addColumn("latitude", sql.raw(real))
    .addColumn("longitude", sql.raw(real))
    .addColumn("free", "integer", (c) => c.notNull())
    .addColumn("remote", "integer", (c) => c.notNull())
    .addColumn("in_person", "integer", (c) => c.notNull())
    .addColumn("wheelchair", "integer", (c) => c.notNull())
    .addColumn("always_open", "integer", (c) => c.notNull())
    .addColumn("association", "integer", (c) => c.notNull())
    .addColumn("modified_at", "text", (c) => c.notNull())
    .addColumn("tokens", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("directory_listings_service_idx").on("directory_listings").column("service_id").execute();
  await db.schema.createIndex("directory_listings_place_idx").on("directory_listings").columns(["country", "city_key"]).execute();
  await db.schema.createIndex("directory_listings_region_idx").on("directory_listings").columns(["country", "region"]).execute();
  await db.schema.createIndex("directory_listings_geo_idx").on("directory_listings").columns(["latitude", "longitude"]).execute();
  await db.schema.createIndex("directory_listings_org_idx").on("directory_listings").columns(["association", "organization_id"]).execute();

  // Many-valued facets (service type, language spoken), indexed for "listings with this value".
  await db.schema
    .createTable("directory_listing_facets")
    .addColumn("facet", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("listing_id", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("directory_listing_facets_pk", ["facet", "value", "listing_id"])
    .execute();
  await db.schema.createIndex("directory_listing_facets_listing_idx").on("directory_listing_facets").column("listing_id").execute();

  // Weekly opening hours as minutes of the week in UTC [start, end), for "open now".
  await db.schema
    .createTable("directory_listing_hours")
    .addColumn("listing_id", "integer", (c) => c.notNull())
    .addColumn("start_min", "integer", (c) => c.notNull())
    .addColumn("end_min", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("directory_listing_hours_idx").on("directory_listing_hours").columns(["listing_id", "start_min"]).execute();

  if (dialect === "sqlite") {
    await sql`create virtual table directory_fts using fts5(tokens, content='directory_listings', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
    await sql`create trigger directory_listings_ai after insert on directory_listings begin
      insert into directory_fts(rowid, tokens) values (new.id, new.tokens); end`.execute(db);
    await sql`create trigger directory_listings_ad after delete on directory_listings begin
      insert into directory_fts(directory_fts, rowid, tokens) values ('delete', old.id, old.tokens); end`.execute(db);
    await sql`create trigger directory_listings_au after update of tokens on directory_listings begin
      insert into directory_fts(directory_fts, rowid, tokens) values ('delete', old.id, old.tokens);
      insert into directory_fts(rowid, tokens) values (new.id, new.tokens); end`.execute(db);
  } else {
    await sql`alter table directory_listings add column tsv tsvector generated always as (to_tsvector('simple', tokens)) stored`.execute(db);
    await sql`create index directory_listings_tsv_idx on directory_listings using gin (tsv)`.execute(db);
  }

  // Listings proposed by organisations through the public form; nothing is public until approved.
  await db.schema
    .createTable("directory_proposals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("state", "text", (c) => c.notNull()) // pending | approved | rejected
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("organization_name", "text", (c) => c.notNull())
    .addColumn("service_name", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull()) // the proposal as the form's fields, JSON
    .addColumn("submitted_at", "text", (c) => c.notNull())
    .addColumn("reviewed_by", "text")
    .addColumn("reviewed_at", "text")
    .addColumn("decision_note", "text")
    .addColumn("service_id", "text")
    .execute();
  await db.schema.createIndex("directory_proposals_state_idx").on("directory_proposals").columns(["state", "submitted_at"]).execute();

  // "Report wrong information" messages about a published service.
  await db.schema
    .createTable("directory_reports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("service_id", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("problem", "text", (c) => c.notNull())
    .addColumn("details", "text")
    .addColumn("state", "text", (c) => c.notNull()) // open | resolved
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("resolved_by", "text")
    .addColumn("resolved_at", "text")
    .execute();
  await db.schema.createIndex("directory_reports_state_idx").on("directory_reports").columns(["state", "created_at"]).execute();
  await db.schema.createIndex("directory_reports_service_idx").on("directory_reports").column("service_id").execute();
}
