import { DatasetError } from "./errors.ts";
import { HSDS_TABLES, HSDS_TABLE_NAMES, TABLE_BY_NAME, type HsdsRow, type HsdsTable, type HsdsTables } from "./tables.ts";
import { EMPTY_ALLOWED_IN_ADDRESS, validateObject, validateRow, type RecordIssue } from "./validate.ts";

/**
 * Reading HSDS JSON (the standard's canonical, nested form) into flat tables. Each top-level record
 * is validated against its schema: an invalid one is rejected whole and reported, a valid one is
 * flattened, every nested object becoming a row of its table.
 */

export type { RecordIssue } from "./validate.ts";

export interface RejectedRecord {
  table: HsdsTable;
  id: string | null;
  /** Position in the file's list of records (0-based), or the CSV line number for tabular packages. */
  index: number;
  name: string | null;
  issues: RecordIssue[];
}

export interface ParsedDataset {
  tables: HsdsTables;
  rejected: RejectedRecord[];
  /** Rows per table in `tables`, after merging the copies of an object that appears several times. */
  counts: Partial<Record<HsdsTable, number>>;
}

/** The kinds of record a JSON file may list at its top level (the HSDS API's resources, plus location). */
export const TOP_LEVEL_KINDS = ["service", "organization", "service_at_location", "location", "taxonomy", "taxonomy_term"] as const;
export type TopLevelKind = (typeof TOP_LEVEL_KINDS)[number];

export interface ReadJsonOptions {
  /** Skip shape detection: every top-level record is of this kind. */
  kind?: TopLevelKind;
}

/**
 * Reads HSDS JSON: a list of records, an API Page (`{ contents: [...] }`), a single record, or the
 * tabular form as JSON (`{ "services.csv": [rows...], ... }` or keyed by table name).
 * Throws DatasetError (json_syntax, json_shape, empty) when the file as a whole cannot be read.
 */
export function readJsonDataset(input: string | Uint8Array, options: ReadJsonOptions = {}): ParsedDataset {
  const doc = parseJson(input);
  const collector = createRowCollector();
  const rejected: RejectedRecord[] = [];

  const tabular = asTabularDocument(doc);
  if (tabular) {
    if (tabular.every(([, rows]) => rows.length === 0)) throw new DatasetError("empty");
    for (const [table, rows] of tabular) {
      const fields = TABLE_BY_NAME.get(table)!.fields;
      acceptTabularRows(
        table,
        {
          count: rows.length,
          cell: (i, k) => (rows[i] as Record<string, unknown>)[fields[k]!.name],
          isRow: (i) => isObject(rows[i]),
          index: (i) => i,
          path: (_i, field) => `/${field}`,
        },
        collector,
        rejected,
      );
    }
    return finish(collector, rejected);
  }

  const records = topLevelRecords(doc);
  if (records.length === 0) throw new DatasetError("empty");
  const kinds = records.map((r) => options.kind ?? detectRecordKind(r));
  const fallback = options.kind ?? mostCommon(kinds);
  if (!fallback) throw new DatasetError("json_shape", { reason: "unknown_kind" });

  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    const kind = kinds[index] ?? fallback;
    if (!isObject(record)) {
      rejected.push({ table: kind, id: null, index, name: null, issues: [{ path: "", field: "", code: "type", params: { expected: "object" } }] });
      continue;
    }
    const issues = validateTopLevel(kind, record);
    if (issues.length > 0) {
      rejected.push({ table: kind, id: stringOrNull(record.id), index, name: stringOrNull(record.name), issues });
      continue;
    }
    flattenObject(kind, record, collector, NO_FILL, true);
  }
  return finish(collector, rejected);
}

function finish(collector: RowCollector, rejected: RejectedRecord[]): ParsedDataset {
  const tables = collector.toTables();
  const counts: Partial<Record<HsdsTable, number>> = {};
  for (const [table, rows] of Object.entries(tables) as [HsdsTable, HsdsRow[]][]) counts[table] = rows.length;
  return { tables, rejected, counts };
}

// ---------------------------------------------------------------------------------------------
// Parsing and the shape of the document

function parseJson(input: string | Uint8Array): unknown {
  let text = typeof input === "string" ? input : new TextDecoder("utf-8").decode(input);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    throw new DatasetError("json_syntax", syntaxPosition(text));
  }
}

/** Line and column (1-based) of a JSON syntax error; V8's messages do not always give the position. */
function syntaxPosition(text: string): Record<string, number> {
  const offset = jsonErrorOffset(text);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where JSON text first breaks the grammar (its length when it ends too soon). Iterative: any depth. */
function jsonErrorOffset(text: string): number {
  const n = text.length;
  const stack: ("[" | "{")[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const string = (): boolean => {
    for (i++; i < n; ) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c !== 92) i++;
      else if (text[i + 1] === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
        i += 6;
      } else if ('"\\/bfnrt'.includes(text[i + 1] ?? "x")) i += 2;
      else return false;
    }
    return false;
  };
  const key = (): boolean => {
    skipSpace();
    if (text[i] !== '"' || !string()) return false;
    skipSpace();
    if (text[i] !== ":") return false;
    i++;
    return true;
  };
  const scalar = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  for (;;) {
    // A value is expected.
    skipSpace();
    if (i >= n) return n;
    const c = text[i];
    if (c === "[" || c === "{") {
      i++;
      skipSpace();
      if (text[i] === (c === "[" ? "]" : "}")) i++;
      else {
        if (c === "{" && !key()) return i;
        stack.push(c);
        continue;
      }
    } else if (c === '"') {
      if (!string()) return i;
    } else {
      scalar.lastIndex = i;
      if (!scalar.test(text)) return i;
      i = scalar.lastIndex;
    }
    // After a value: a separator, the end of its container, or the end of the text.
    for (;;) {
      skipSpace();
      const top = stack[stack.length - 1];
      if (!top) return i;
      if (text[i] === ",") {
        i++;
        if (top === "{" && !key()) return i;
        break;
      }
      if (text[i] !== (top === "[" ? "]" : "}")) return i;
      i++;
      stack.pop();
    }
  }
}

/** The records of a list, a Page or a single object; the API root document is not a dataset. */
function topLevelRecords(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (!isObject(doc)) throw new DatasetError("json_shape", { reason: "not_object" });
  if (!("id" in doc) && Array.isArray(doc.contents)) return doc.contents;
  // The API's "/" answer ({ version, profile, openapi_url }): describes a publication, holds no data.
  if (!("id" in doc) && ("openapi_url" in doc || ("version" in doc && "profile" in doc))) {
    throw new DatasetError("json_shape", { reason: "api_root" });
  }
  return [doc];
}

/**
 * The tabular form written as JSON (the standard's examples/tabular.json, schema/compiled/tabular.json):
 * an object whose keys are CSV file names or table names, each holding a list of flat rows.
 */
function asTabularDocument(doc: unknown): [HsdsTable, unknown[]][] | null {
  if (!isObject(doc) || "id" in doc) return null;
  const keys = Object.keys(doc);
  const byFile = keys.some((k) => HSDS_TABLES.some((t) => t.file === k));
  // Keyed by table name, every key must be one: a nested record missing its id also has "funding" or "metadata" lists.
  const byName = !byFile && keys.length > 0 && keys.every((k) => TABLE_BY_NAME.has(k as HsdsTable) && Array.isArray(doc[k]));
  if (!byFile && !byName) return null;
  const out: [HsdsTable, unknown[]][] = [];
  for (const def of HSDS_TABLES) {
    const rows = byFile ? doc[def.file] : doc[def.name];
    if (Array.isArray(rows)) out.push([def.name, rows]);
  }
  return out.length > 0 ? out : null;
}

/** The kind of a top-level record, told by the properties only that kind has; null when undecidable. */
export function detectRecordKind(record: unknown): TopLevelKind | null {
  if (!isObject(record)) return null;
  const has = (...keys: string[]) => keys.some((k) => record[k] !== undefined);
  if (isObject(record.location) || isObject(record.service) || (has("location_id") && has("service_id") && !has("number"))) return "service_at_location";
  if (
    has(
      "status", "service_at_locations", "service_areas", "cost_options", "required_documents", "program", "program_id",
      "interpretation_services", "application_process", "fees_description", "fees", "wait_time", "accreditations",
      "eligibility_description", "minimum_age", "maximum_age", "assured_date", "assurer_email", "licenses", "alert", "last_modified",
    ) ||
    isObject(record.organization)
  ) {
    return "service";
  }
  if (has("location_type", "addresses", "accessibility", "latitude", "longitude", "transportation", "external_identifier", "external_identifier_type")) {
    return "location";
  }
  if (has("services", "organization_identifiers", "locations", "programs", "website", "year_incorporated", "legal_status", "tax_status", "tax_id", "logo", "parent_organization_id")) {
    return "organization";
  }
  if (has("taxonomy_detail", "term_uri", "parent_id", "taxonomy_id", "taxonomy", "code", "language")) return "taxonomy_term";
  if (has("version")) return "taxonomy";
  return null;
}

function mostCommon(kinds: (TopLevelKind | null)[]): TopLevelKind | null {
  const tally = new Map<TopLevelKind, number>();
  for (const k of kinds) if (k) tally.set(k, (tally.get(k) ?? 0) + 1);
  let best: TopLevelKind | null = null;
  let n = 0;
  for (const [k, c] of tally) if (c > n) [best, n] = [k, c];
  return best;
}

// ---------------------------------------------------------------------------------------------
// Validation and flattening of nested records

type Link =
  /** child[field] = parent.id (phone.service_id inside a service) */
  | { kind: "child"; field: string }
  /** parent[field] = child.id (service.organization_id from service.organization) */
  | { kind: "parent"; field: string }
  /** link_id / link_entity */
  | { kind: "attribute" }
  /** resource_id / resource_type */
  | { kind: "metadata" };

interface Relation {
  prop: string;
  table: HsdsTable;
  link: Link;
  /** Fields the child takes from the parent's row when it has none (program.organization_id). */
  inherit?: readonly string[];
  /** Not in the standard's schema for the parent (organization.services, service_at_location.service):
   *  validated against the child's own schema, and followed only at the top level. */
  extra?: boolean;
}

const child = (prop: string, table: HsdsTable, field: string): Relation => ({ prop, table, link: { kind: "child", field } });
const one = (prop: string, table: HsdsTable, field: string, more: Partial<Relation> = {}): Relation => ({ prop, table, link: { kind: "parent", field }, ...more });
const ATTRIBUTES: Relation = { prop: "attributes", table: "attribute", link: { kind: "attribute" } };
const METADATA: Relation = { prop: "metadata", table: "metadata", link: { kind: "metadata" } };

/** Where each object's nested objects go, per the standard's schemas. Parent one-to-one links first. */
const RELATIONS: Readonly<Record<HsdsTable, readonly Relation[]>> = {
  service: [
    one("organization", "organization", "organization_id"),
    one("program", "program", "program_id", { inherit: ["organization_id"] }),
    child("phones", "phone", "service_id"),
    child("schedules", "schedule", "service_id"),
    child("service_areas", "service_area", "service_id"),
    child("service_at_locations", "service_at_location", "service_id"),
    child("languages", "language", "service_id"),
    child("funding", "funding", "service_id"),
    child("cost_options", "cost_option", "service_id"),
    child("required_documents", "required_document", "service_id"),
    child("contacts", "contact", "service_id"),
    ATTRIBUTES,
    METADATA,
  ],
  organization: [
    child("funding", "funding", "organization_id"),
    child("contacts", "contact", "organization_id"),
    child("phones", "phone", "organization_id"),
    child("locations", "location", "organization_id"),
    child("programs", "program", "organization_id"),
    child("organization_identifiers", "organization_identifier", "organization_id"),
    { ...child("services", "service", "organization_id"), extra: true },
    ATTRIBUTES,
    METADATA,
  ],
  service_at_location: [
    one("location", "location", "location_id"),
    one("service", "service", "service_id", { extra: true }),
    child("contacts", "contact", "service_at_location_id"),
    child("phones", "phone", "service_at_location_id"),
    child("schedules", "schedule", "service_at_location_id"),
    ATTRIBUTES,
    METADATA,
  ],
  location: [
    child("languages", "language", "location_id"),
    child("addresses", "address", "location_id"),
    child("contacts", "contact", "location_id"),
    child("accessibility", "accessibility", "location_id"),
    child("phones", "phone", "location_id"),
    child("schedules", "schedule", "location_id"),
    ATTRIBUTES,
    METADATA,
  ],
  contact: [child("phones", "phone", "contact_id"), ATTRIBUTES, METADATA],
  phone: [child("languages", "language", "phone_id"), ATTRIBUTES, METADATA],
  attribute: [one("taxonomy_term", "taxonomy_term", "taxonomy_term_id"), METADATA],
  taxonomy_term: [one("taxonomy_detail", "taxonomy", "taxonomy_id"), METADATA],
  taxonomy: [METADATA],
  organization_identifier: [ATTRIBUTES, METADATA],
  program: [ATTRIBUTES, METADATA],
  address: [ATTRIBUTES, METADATA],
  schedule: [ATTRIBUTES, METADATA],
  language: [ATTRIBUTES, METADATA],
  accessibility: [ATTRIBUTES, METADATA],
  service_area: [ATTRIBUTES, METADATA],
  cost_option: [ATTRIBUTES, METADATA],
  required_document: [ATTRIBUTES, METADATA],
  funding: [ATTRIBUTES, METADATA],
  meta_table_description: [ATTRIBUTES, METADATA],
  metadata: [],
};

/** The record against its schema, and the nested objects the schema does not cover against theirs. */
function validateTopLevel(kind: HsdsTable, record: Record<string, unknown>): RecordIssue[] {
  const issues = validateObject(kind, record);
  for (const rel of RELATIONS[kind]) {
    if (!rel.extra) continue;
    const value = record[rel.prop];
    if (value === undefined || value === null) continue;
    if (rel.link.kind === "parent") {
      for (const i of validateObject(rel.table, value)) issues.push({ ...i, path: `/${rel.prop}${i.path}` });
    } else if (!Array.isArray(value)) {
      issues.push({ path: `/${rel.prop}`, field: rel.prop, code: "type", params: { expected: "array" } });
    } else {
      value.forEach((item, n) => {
        for (const i of validateObject(rel.table, item)) issues.push({ ...i, path: `/${rel.prop}/${n}${i.path}` });
      });
    }
  }
  return issues;
}

type Fill = Readonly<Record<string, string | number | null>>;
const NO_FILL: Fill = {};

/** Turns a validated object and everything nested in it into rows; returns the object's id. */
function flattenObject(table: HsdsTable, obj: Record<string, unknown>, collector: RowCollector, fill: Fill, top: boolean): string {
  const def = TABLE_BY_NAME.get(table)!;
  const row: HsdsRow = {};
  for (const f of def.fields) {
    const v = obj[f.name];
    // An empty optional string is stored as absent, as an empty CSV cell is: both forms give the same rows.
    row[f.name] = typeof v === "number" || (typeof v === "string" && (v !== "" || f.required)) ? v : (fill[f.name] ?? null);
  }
  const id = row.id as string;
  const relations = RELATIONS[table];
  for (const rel of relations) {
    if (rel.link.kind !== "parent" || (rel.extra && !top)) continue;
    const value = obj[rel.prop];
    if (!isObject(value)) continue;
    const childFill: Record<string, string | number | null> = {};
    for (const f of rel.inherit ?? []) childFill[f] = row[f] ?? null;
    const childId = flattenObject(rel.table, value, collector, childFill, false);
    if (row[rel.link.field] === null) row[rel.link.field] = childId;
  }
  collector.add(table, row);
  for (const rel of relations) {
    if (rel.link.kind === "parent" || (rel.extra && !top)) continue;
    const value = obj[rel.prop];
    if (!Array.isArray(value) || value.length === 0) continue;
    const childFill: Fill =
      rel.link.kind === "child"
        ? { [rel.link.field]: id }
        : rel.link.kind === "attribute"
          ? { link_id: id, link_entity: table }
          : { resource_id: id, resource_type: table };
    for (const item of value) if (isObject(item)) flattenObject(rel.table, item, collector, childFill, false);
  }
  return id;
}

// ---------------------------------------------------------------------------------------------
// Rows: merging copies, flat rows from the tabular form

export interface RowCollector {
  /** Adds a row; a row with the same id in the same table is merged into it (later non-null values win). */
  add(table: HsdsTable, row: HsdsRow): void;
  toTables(): HsdsTables;
}

export function createRowCollector(): RowCollector {
  const byTable = new Map<HsdsTable, Map<string, HsdsRow>>();
  return {
    add(table, row) {
      let rows = byTable.get(table);
      if (!rows) byTable.set(table, (rows = new Map()));
      const id = String(row.id);
      const existing = rows.get(id);
      if (!existing) {
        rows.set(id, row);
        return;
      }
      for (const f of TABLE_BY_NAME.get(table)!.fields) {
        const v = row[f.name];
        if (v !== null && v !== undefined) existing[f.name] = v;
      }
    },
    toTables() {
      const out: HsdsTables = {};
      for (const name of HSDS_TABLE_NAMES) {
        const rows = byTable.get(name);
        if (rows && rows.size > 0) out[name] = [...rows.values()];
      }
      return out;
    },
  };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Rows of one table in the tabular form (CSV lines, or the tabular form written as JSON), untyped. */
export interface TabularRows {
  count: number;
  /** Row i's cell for the table's k-th field (HSDS_TABLES order); undefined when there is no such column. */
  cell(i: number, k: number): unknown;
  /** False for an entry that is no row at all (a JSON list item that is not an object). */
  isRow?(i: number): boolean;
  /** RejectedRecord.index of row i: its position in a JSON list, its line in a CSV file. */
  index(i: number): number;
  /** The issue path of a field of row i ("/name", or "row 12, column name"). */
  path(i: number, field: string): string;
}

/**
 * Types, validates and collects the rows of one table in the tabular form. Cells are typed by the
 * table's field types, as a Tabular Data Package reader does: an empty cell is null, a "number" field
 * is parsed (invalid_number when it does not parse), a number in a text field becomes its text (the
 * standard's own tabular.json has numeric identifiers). A row with issues is rejected; so is a second
 * row with an id already seen (duplicate_id): in the tabular form, id is the table's primary key.
 */
export function acceptTabularRows(table: HsdsTable, rows: TabularRows, collector: RowCollector, rejected: RejectedRecord[]): void {
  const fields = TABLE_BY_NAME.get(table)!.fields;
  const firstSeen = new Map<string, number>();
  for (let i = 0; i < rows.count; i++) {
    if (rows.isRow && !rows.isRow(i)) {
      rejected.push({ table, id: null, index: rows.index(i), name: null, issues: [{ path: rows.path(i, ""), field: "", code: "type", params: { expected: "object" } }] });
      continue;
    }
    const row: HsdsRow = {};
    let bad: string[] | undefined;
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k]!;
      const v = rows.cell(i, k);
      // An empty cell is "no value", except for the address fields that may be "" (a virtual address
      // has no street line), so an export reads back the same.
      if (v === "" && table === "address" && EMPTY_ALLOWED_IN_ADDRESS.has(f.name)) row[f.name] = "";
      else if (v === undefined || v === null || v === "") row[f.name] = null;
      else if (f.type === "number" && typeof v === "string") {
        const t = v.trim();
        if (NUMBER.test(t)) row[f.name] = Number(t);
        else (row[f.name] = v), (bad ??= []).push(f.name);
      } else if (f.type !== "number" && typeof v === "number") row[f.name] = String(v);
      // Anything else (a boolean, an object) is left for validation to report.
      else row[f.name] = v as string;
    }
    let issues = validateRow(table, row);
    if (bad) {
      const unparsed = bad;
      issues = [...unparsed.map((field): RecordIssue => ({ path: "", field, code: "invalid_number" })), ...issues.filter((x) => !unparsed.includes(x.field))];
    }
    const id = typeof row.id === "string" ? row.id : null;
    if (id !== null) {
      const first = firstSeen.get(id);
      if (first !== undefined) issues.push({ path: "", field: "id", code: "duplicate_id", params: { first: rows.index(first) } });
      else firstSeen.set(id, i);
    }
    if (issues.length > 0) {
      for (const x of issues) x.path = rows.path(i, x.field);
      rejected.push({ table, id, index: rows.index(i), name: stringOrNull(row.name), issues });
      continue;
    }
    collector.add(table, row);
  }
}

// ---------------------------------------------------------------------------------------------
// References

export interface MissingReference {
  /** The row that refers. */
  table: HsdsTable;
  id: string | null;
  field: string;
  /** The table and id it refers to, absent from the dataset. */
  target: HsdsTable;
  targetId: string;
}

/**
 * Foreign keys (per HSDS_TABLES references) whose target row is not in the dataset: not an error
 * here, since the target may already be in the directory; the storage layer checks only these.
 */
export function missingReferences(tables: HsdsTables): MissingReference[] {
  const ids = new Map<HsdsTable, Set<string>>();
  const idsOf = (table: HsdsTable): Set<string> => {
    let set = ids.get(table);
    if (!set) ids.set(table, (set = new Set((tables[table] ?? []).map((r) => String(r.id)))));
    return set;
  };
  const out: MissingReference[] = [];
  for (const def of HSDS_TABLES) {
    const rows = tables[def.name];
    if (!rows?.length) continue;
    for (const [field, target] of Object.entries(def.references) as [string, HsdsTable][]) {
      const known = idsOf(target);
      for (const row of rows) {
        const v = row[field];
        if (v === null || v === undefined || v === "") continue;
        const targetId = String(v);
        if (!known.has(targetId)) out.push({ table: def.name, id: row.id === null || row.id === undefined ? null : String(row.id), field, target, targetId });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function stringOrNull(v: unknown): string | null {
  return typeof v === "string" ? v : null;
}
