/**
 * The HSDS 3.0 tables as the standard's datapackage.json defines them (generated from it; keep in step):
 * name, CSV file, and each field with its tabular type and whether it is required. Listed parents
 * before children, the order in which rows are written and exported. Foreign keys are the "*_id" fields.
 */
export type FieldType = "string" | "number" | "date" | "datetime" | "time";

export interface TableDef {
  readonly name: HsdsTable;
  readonly file: string;
  readonly fields: readonly { readonly name: string; readonly type: FieldType; readonly required: boolean }[];
  /** Foreign keys: field → referenced table. */
  readonly references: Readonly<Record<string, HsdsTable>>;
}

export const HSDS_TABLE_NAMES = ["taxonomy", "taxonomy_term", "organization", "organization_identifier", "program", "service", "location", "service_at_location", "address", "contact", "phone", "schedule", "language", "accessibility", "service_area", "cost_option", "required_document", "funding", "attribute", "metadata", "meta_table_description"] as const;
export type HsdsTable = (typeof HSDS_TABLE_NAMES)[number];

export const HSDS_TABLES: readonly TableDef[] = [
  {
    name: "taxonomy",
    file: "taxonomies.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "name", type: "string", required: true }, { name: "description", type: "string", required: true }, { name: "uri", type: "string", required: false }, { name: "version", type: "string", required: false }],
    references: {  },
  },
  {
    name: "taxonomy_term",
    file: "taxonomy_terms.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "code", type: "string", required: false }, { name: "name", type: "string", required: true }, { name: "description", type: "string", required: true }, { name: "parent_id", type: "string", required: false }, { name: "taxonomy", type: "string", required: false }, { name: "language", type: "string", required: false }, { name: "taxonomy_id", type: "string", required: false }, { name: "term_uri", type: "string", required: false }],
    references: { taxonomy_id: "taxonomy" },
  },
  {
    name: "organization",
    file: "organizations.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "name", type: "string", required: true }, { name: "alternate_name", type: "string", required: false }, { name: "description", type: "string", required: true }, { name: "email", type: "string", required: false }, { name: "website", type: "string", required: false }, { name: "tax_status", type: "string", required: false }, { name: "tax_id", type: "string", required: false }, { name: "year_incorporated", type: "number", required: false }, { name: "legal_status", type: "string", required: false }, { name: "logo", type: "string", required: false }, { name: "uri", type: "string", required: false }, { name: "parent_organization_id", type: "string", required: false }],
    references: {  },
  },
  {
    name: "organization_identifier",
    file: "organization_identifiers.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "organization_id", type: "string", required: true }, { name: "identifier_scheme", type: "string", required: false }, { name: "identifier_type", type: "string", required: true }, { name: "identifier", type: "string", required: true }],
    references: { organization_id: "organization" },
  },
  {
    name: "program",
    file: "programs.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "organization_id", type: "string", required: true }, { name: "name", type: "string", required: true }, { name: "alternate_name", type: "string", required: false }, { name: "description", type: "string", required: true }],
    references: { organization_id: "organization" },
  },
  {
    name: "service",
    file: "services.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "organization_id", type: "string", required: true }, { name: "program_id", type: "string", required: false }, { name: "name", type: "string", required: true }, { name: "alternate_name", type: "string", required: false }, { name: "description", type: "string", required: false }, { name: "url", type: "string", required: false }, { name: "email", type: "string", required: false }, { name: "status", type: "string", required: true }, { name: "interpretation_services", type: "string", required: false }, { name: "application_process", type: "string", required: false }, { name: "fees_description", type: "string", required: false }, { name: "wait_time", type: "string", required: false }, { name: "fees", type: "string", required: false }, { name: "accreditations", type: "string", required: false }, { name: "eligibility_description", type: "string", required: false }, { name: "minimum_age", type: "number", required: false }, { name: "maximum_age", type: "number", required: false }, { name: "assured_date", type: "date", required: false }, { name: "assurer_email", type: "string", required: false }, { name: "licenses", type: "string", required: false }, { name: "alert", type: "string", required: false }, { name: "last_modified", type: "datetime", required: false }],
    references: { organization_id: "organization", program_id: "program" },
  },
  {
    name: "location",
    file: "locations.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "location_type", type: "string", required: true }, { name: "url", type: "string", required: false }, { name: "organization_id", type: "string", required: false }, { name: "name", type: "string", required: false }, { name: "alternate_name", type: "string", required: false }, { name: "description", type: "string", required: false }, { name: "transportation", type: "string", required: false }, { name: "latitude", type: "number", required: false }, { name: "longitude", type: "number", required: false }, { name: "external_identifier", type: "string", required: false }, { name: "external_identifier_type", type: "string", required: false }],
    references: { organization_id: "organization" },
  },
  {
    name: "service_at_location",
    file: "service_at_location.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "service_id", type: "string", required: true }, { name: "location_id", type: "string", required: true }, { name: "description", type: "string", required: false }],
    references: { service_id: "service", location_id: "location" },
  },
  {
    name: "address",
    file: "addresses.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "location_id", type: "string", required: false }, { name: "attention", type: "string", required: false }, { name: "address_1", type: "string", required: true }, { name: "address_2", type: "string", required: false }, { name: "city", type: "string", required: true }, { name: "region", type: "string", required: false }, { name: "state_province", type: "string", required: true }, { name: "postal_code", type: "string", required: true }, { name: "country", type: "string", required: true }, { name: "address_type", type: "string", required: true }],
    references: { location_id: "location" },
  },
  {
    name: "contact",
    file: "contacts.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "organization_id", type: "string", required: false }, { name: "service_id", type: "string", required: false }, { name: "service_at_location_id", type: "string", required: false }, { name: "location_id", type: "string", required: false }, { name: "name", type: "string", required: false }, { name: "title", type: "string", required: false }, { name: "department", type: "string", required: false }, { name: "email", type: "string", required: false }],
    references: { location_id: "location", organization_id: "organization", service_id: "service", service_at_location_id: "service_at_location" },
  },
  {
    name: "phone",
    file: "phones.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "location_id", type: "string", required: false }, { name: "service_id", type: "string", required: false }, { name: "organization_id", type: "string", required: false }, { name: "contact_id", type: "string", required: false }, { name: "service_at_location_id", type: "string", required: false }, { name: "number", type: "string", required: true }, { name: "extension", type: "number", required: false }, { name: "type", type: "string", required: false }, { name: "description", type: "string", required: false }],
    references: { contact_id: "contact", location_id: "location", organization_id: "organization", service_id: "service", service_at_location_id: "service_at_location" },
  },
  {
    name: "schedule",
    file: "schedules.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "service_id", type: "string", required: false }, { name: "location_id", type: "string", required: false }, { name: "service_at_location_id", type: "string", required: false }, { name: "valid_from", type: "date", required: false }, { name: "valid_to", type: "date", required: false }, { name: "dtstart", type: "date", required: false }, { name: "timezone", type: "number", required: false }, { name: "until", type: "date", required: false }, { name: "count", type: "number", required: false }, { name: "wkst", type: "string", required: false }, { name: "freq", type: "string", required: false }, { name: "interval", type: "number", required: false }, { name: "byday", type: "string", required: false }, { name: "byweekno", type: "string", required: false }, { name: "bymonthday", type: "string", required: false }, { name: "byyearday", type: "string", required: false }, { name: "description", type: "string", required: false }, { name: "opens_at", type: "time", required: false }, { name: "closes_at", type: "time", required: false }, { name: "schedule_link", type: "string", required: false }, { name: "attending_type", type: "string", required: false }, { name: "notes", type: "string", required: false }],
    references: { location_id: "location", service_id: "service", service_at_location_id: "service_at_location" },
  },
  {
    name: "language",
    file: "languages.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "service_id", type: "string", required: false }, { name: "location_id", type: "string", required: false }, { name: "phone_id", type: "string", required: false }, { name: "name", type: "string", required: false }, { name: "code", type: "string", required: false }, { name: "note", type: "string", required: false }],
    references: { location_id: "location", phone_id: "phone", service_id: "service" },
  },
  {
    name: "accessibility",
    file: "accessibility.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "location_id", type: "string", required: false }, { name: "description", type: "string", required: false }, { name: "details", type: "string", required: false }, { name: "url", type: "string", required: false }],
    references: { location_id: "location" },
  },
  {
    name: "service_area",
    file: "service_areas.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "service_id", type: "string", required: false }, { name: "name", type: "string", required: false }, { name: "description", type: "string", required: false }, { name: "extent", type: "string", required: false }, { name: "extent_type", type: "string", required: false }, { name: "uri", type: "string", required: false }],
    references: { service_id: "service" },
  },
  {
    name: "cost_option",
    file: "cost_options.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "service_id", type: "string", required: true }, { name: "valid_from", type: "date", required: false }, { name: "valid_to", type: "date", required: false }, { name: "option", type: "string", required: false }, { name: "currency", type: "string", required: false }, { name: "amount", type: "number", required: false }, { name: "amount_description", type: "string", required: false }],
    references: { service_id: "service" },
  },
  {
    name: "required_document",
    file: "required_documents.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "service_id", type: "string", required: false }, { name: "document", type: "string", required: false }, { name: "uri", type: "string", required: false }],
    references: { service_id: "service" },
  },
  {
    name: "funding",
    file: "funding.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "organization_id", type: "string", required: false }, { name: "service_id", type: "string", required: false }, { name: "source", type: "string", required: false }],
    references: { organization_id: "organization", service_id: "service" },
  },
  {
    name: "attribute",
    file: "attributes.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "link_id", type: "string", required: true }, { name: "taxonomy_term_id", type: "string", required: true }, { name: "link_type", type: "string", required: false }, { name: "link_entity", type: "string", required: true }, { name: "value", type: "string", required: false }],
    references: { taxonomy_term_id: "taxonomy_term" },
  },
  {
    name: "metadata",
    file: "metadata.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "resource_id", type: "string", required: true }, { name: "resource_type", type: "string", required: true }, { name: "last_action_date", type: "date", required: true }, { name: "last_action_type", type: "string", required: true }, { name: "field_name", type: "string", required: true }, { name: "previous_value", type: "string", required: true }, { name: "replacement_value", type: "string", required: true }, { name: "updated_by", type: "string", required: true }],
    references: {  },
  },
  {
    name: "meta_table_description",
    file: "meta_table_descriptions.csv",
    fields: [{ name: "id", type: "string", required: true }, { name: "name", type: "string", required: false }, { name: "language", type: "string", required: false }, { name: "character_set", type: "string", required: false }],
    references: {  },
  },
];

export const TABLE_BY_NAME: ReadonlyMap<HsdsTable, TableDef> = new Map(HSDS_TABLES.map((t) => [t.name, t]));

/** The database table that stores an HSDS table. */
export function dbTable(name: HsdsTable): `hsds_${HsdsTable}` {
  return `hsds_${name}`;
}

/** A flat row of one HSDS table: its own fields only, as in the CSV form. */
export type HsdsRow = Record<string, string | number | null>;

/** A dataset in flat form: rows per table, the shape shared by storage, import and export. */
export type HsdsTables = Partial<Record<HsdsTable, HsdsRow[]>>;
