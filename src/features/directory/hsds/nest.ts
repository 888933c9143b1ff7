import { TABLE_BY_NAME, type HsdsRow, type HsdsTable, type HsdsTables } from "./tables.ts";

/**
 * From flat tables to the standard's nested JSON objects, as the HSDS API and the JSON export give
 * them. Children are found through indexes built once per (table, foreign key), so nesting a whole
 * directory is linear in its size. Null fields and empty lists are left out: the schemas type every
 * optional field without null, and an absent list means the same as an empty one. A nested object
 * keeps all its own fields but the link to the parent it sits in, which is implied (as in the
 * standard's examples): reading the output back with readJsonDataset gives the same rows.
 */

export type HsdsObject = Record<string, unknown>;

export interface NestOrganizationOptions {
  /** Services fully nested (the API's `full_service`); by default only their one-to-one fields. */
  fullService?: boolean;
}

export interface Nester {
  /** A fully nested service: its organization and program (one-to-one fields), service_at_locations with their location, and every list. */
  service(row: HsdsRow): HsdsObject;
  /** An organization with its lists, locations nested, and `services`. */
  organization(row: HsdsRow, options?: NestOrganizationOptions): HsdsObject;
  /** A service_at_location with its location and its service (without the service's own service_at_locations). */
  serviceAtLocation(row: HsdsRow): HsdsObject;
  location(row: HsdsRow): HsdsObject;
  taxonomyTerm(row: HsdsRow): HsdsObject;
  taxonomy(row: HsdsRow): HsdsObject;
  /** The row of a table with that id, if the tables hold it. */
  find(table: HsdsTable, id: string): HsdsRow | undefined;
}

const EMPTY: readonly HsdsRow[] = [];

/** Indexes the tables (lazily, each index once) and returns the nesting functions over them. */
export function createNester(tables: HsdsTables): Nester {
  const byIdIndex = new Map<HsdsTable, Map<string, HsdsRow>>();
  const childIndex = new Map<string, Map<string, HsdsRow[]>>();

  const find = (table: HsdsTable, id: unknown): HsdsRow | undefined => {
    if (id === null || id === undefined) return undefined;
    let index = byIdIndex.get(table);
    if (!index) {
      index = new Map();
      for (const row of tables[table] ?? EMPTY) index.set(String(row.id), row);
      byIdIndex.set(table, index);
    }
    return index.get(String(id));
  };

  /** Rows of `table` whose `field` is `id`, in the tables' order. */
  const children = (table: HsdsTable, field: string, id: unknown): readonly HsdsRow[] => {
    const key = `${table}.${field}`;
    let index = childIndex.get(key);
    if (!index) {
      index = new Map();
      for (const row of tables[table] ?? EMPTY) {
        const parent = row[field];
        if (parent === null || parent === undefined || parent === "") continue;
        const k = String(parent);
        const list = index.get(k);
        if (list) list.push(row);
        else index.set(k, [row]);
      }
      childIndex.set(key, index);
    }
    return index.get(String(id)) ?? EMPTY;
  };

  type Shape = (row: HsdsRow, implied?: string) => HsdsObject;

  /** The rows of `table` that `field` links to the parent `id`, each nested by `shape`, under `key`. */
  const putList = (obj: HsdsObject, key: string, table: HsdsTable, field: string, id: unknown, shape: Shape) => {
    const rows = children(table, field, id);
    if (rows.length > 0) obj[key] = rows.map((r) => shape(r, field));
  };

  const withTail = (row: HsdsRow, obj: HsdsObject, attributes = true): HsdsObject => {
    if (attributes) putList(obj, "attributes", "attribute", "link_id", row.id, attribute);
    putList(obj, "metadata", "metadata", "resource_id", row.id, (r, implied) => compactRow("metadata", r, implied));
    return obj;
  };

  const leaf = (table: HsdsTable): Shape => (row, implied) => withTail(row, compactRow(table, row, implied));

  const taxonomy: Shape = (row) => withTail(row, compactRow("taxonomy", row), false);

  const taxonomyTerm: Shape = (row) => {
    const obj = compactRow("taxonomy_term", row);
    const detail = find("taxonomy", row.taxonomy_id);
    if (detail) obj.taxonomy_detail = taxonomy(detail);
    return withTail(row, obj, false);
  };

  function attribute(row: HsdsRow, implied?: string): HsdsObject {
    const obj = compactRow("attribute", row, implied);
    const term = find("taxonomy_term", row.taxonomy_term_id);
    if (term) obj.taxonomy_term = taxonomyTerm(term);
    return withTail(row, obj, false);
  }

  const language = leaf("language");
  const address = leaf("address");
  const schedule = leaf("schedule");
  const accessibility = leaf("accessibility");
  const serviceArea = leaf("service_area");
  const funding = leaf("funding");
  const costOption = leaf("cost_option");
  const requiredDocument = leaf("required_document");
  const program = leaf("program");
  const organizationIdentifier = leaf("organization_identifier");

  const phone: Shape = (row, implied) => {
    const obj = compactRow("phone", row, implied);
    putList(obj, "languages", "language", "phone_id", row.id, language);
    return withTail(row, obj);
  };

  const contact: Shape = (row, implied) => {
    const obj = compactRow("contact", row, implied);
    putList(obj, "phones", "phone", "contact_id", row.id, phone);
    return withTail(row, obj);
  };

  const location: Shape = (row, implied) => {
    const obj = compactRow("location", row, implied);
    putList(obj, "languages", "language", "location_id", row.id, language);
    putList(obj, "addresses", "address", "location_id", row.id, address);
    putList(obj, "contacts", "contact", "location_id", row.id, contact);
    putList(obj, "accessibility", "accessibility", "location_id", row.id, accessibility);
    putList(obj, "phones", "phone", "location_id", row.id, phone);
    putList(obj, "schedules", "schedule", "location_id", row.id, schedule);
    return withTail(row, obj);
  };

  const serviceAtLocationOf = (row: HsdsRow, implied: string | undefined, withService: boolean): HsdsObject => {
    const obj = compactRow("service_at_location", row, implied);
    putList(obj, "contacts", "contact", "service_at_location_id", row.id, contact);
    putList(obj, "phones", "phone", "service_at_location_id", row.id, phone);
    putList(obj, "schedules", "schedule", "service_at_location_id", row.id, schedule);
    const loc = find("location", row.location_id);
    if (loc) obj.location = location(loc);
    if (withService) {
      const svc = find("service", row.service_id);
      if (svc) obj.service = serviceOf(svc, undefined, { organization: true, serviceAtLocations: false });
    }
    return withTail(row, obj);
  };

  function serviceOf(row: HsdsRow, implied: string | undefined, parts: { organization: boolean; serviceAtLocations: boolean }): HsdsObject {
    const id = row.id;
    const obj = compactRow("service", row, implied);
    putList(obj, "phones", "phone", "service_id", id, phone);
    putList(obj, "schedules", "schedule", "service_id", id, schedule);
    putList(obj, "service_areas", "service_area", "service_id", id, serviceArea);
    if (parts.serviceAtLocations) {
      putList(obj, "service_at_locations", "service_at_location", "service_id", id, (r, field) => serviceAtLocationOf(r, field, false));
    }
    putList(obj, "languages", "language", "service_id", id, language);
    if (parts.organization) {
      const org = find("organization", row.organization_id);
      // The organisation's own lists travel with it (its classification as a victims' association
      // included), except its locations and services, which would repeat the service itself.
      if (org) obj.organization = organizationCore(org);
    }
    putList(obj, "funding", "funding", "service_id", id, funding);
    putList(obj, "cost_options", "cost_option", "service_id", id, costOption);
    const prog = find("program", row.program_id);
    if (prog) obj.program = compactRow("program", prog);
    putList(obj, "required_documents", "required_document", "service_id", id, requiredDocument);
    putList(obj, "contacts", "contact", "service_id", id, contact);
    return withTail(row, obj);
  }

  function organizationCore(row: HsdsRow): HsdsObject {
    const id = row.id;
    const obj = compactRow("organization", row);
    putList(obj, "funding", "funding", "organization_id", id, funding);
    putList(obj, "contacts", "contact", "organization_id", id, contact);
    putList(obj, "phones", "phone", "organization_id", id, phone);
    putList(obj, "programs", "program", "organization_id", id, program);
    putList(obj, "organization_identifiers", "organization_identifier", "organization_id", id, organizationIdentifier);
    return withTail(row, obj);
  }

  const organization = (row: HsdsRow, options: NestOrganizationOptions = {}): HsdsObject => {
    const id = row.id;
    const obj = organizationCore(row);
    putList(obj, "locations", "location", "organization_id", id, location);
    putList(
      obj,
      "services",
      "service",
      "organization_id",
      id,
      options.fullService ? (r, field) => serviceOf(r, field, { organization: false, serviceAtLocations: true }) : (r, field) => compactRow("service", r, field),
    );
    return obj;
  };

  return {
    service: (row) => serviceOf(row, undefined, { organization: true, serviceAtLocations: true }),
    organization,
    serviceAtLocation: (row) => serviceAtLocationOf(row, undefined, true),
    location: (row) => location(row),
    taxonomyTerm: (row) => taxonomyTerm(row),
    taxonomy: (row) => taxonomy(row),
    find: (table, id) => find(table, id),
  };
}

/**
 * A row's non-null fields, in the standard's field order: the object's one-to-one fields. `implied`
 * is the link to the parent it is nested in (phone.service_id inside a service), left out as the
 * standard's examples do; a reader takes it back from where the object sits.
 */
export function compactRow(table: HsdsTable, row: HsdsRow, implied?: string): HsdsObject {
  const obj: HsdsObject = {};
  for (const f of TABLE_BY_NAME.get(table)!.fields) {
    const v = row[f.name];
    if (v !== null && v !== undefined && f.name !== implied) obj[f.name] = v;
  }
  return obj;
}

/** Every service, fully nested. */
export function nestServices(tables: HsdsTables): HsdsObject[] {
  const nester = createNester(tables);
  return (tables.service ?? EMPTY).map((row) => nester.service(row));
}

/** Every organization, nested; services by their one-to-one fields unless `fullService`. */
export function nestOrganizations(tables: HsdsTables, options: NestOrganizationOptions = {}): HsdsObject[] {
  const nester = createNester(tables);
  return (tables.organization ?? EMPTY).map((row) => nester.organization(row, options));
}

/** Every service_at_location with its location and service. */
export function nestServiceAtLocations(tables: HsdsTables): HsdsObject[] {
  const nester = createNester(tables);
  return (tables.service_at_location ?? EMPTY).map((row) => nester.serviceAtLocation(row));
}

/** Every taxonomy term with its taxonomy as `taxonomy_detail`. */
export function nestTaxonomyTerms(tables: HsdsTables): HsdsObject[] {
  const nester = createNester(tables);
  return (tables.taxonomy_term ?? EMPTY).map((row) => nester.taxonomyTerm(row));
}

/** Every location, fully nested. */
export function nestLocations(tables: HsdsTables): HsdsObject[] {
  const nester = createNester(tables);
  return (tables.location ?? EMPTY).map((row) => nester.location(row));
}
