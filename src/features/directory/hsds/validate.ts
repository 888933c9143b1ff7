import { readFileSync, readdirSync } from "node:fs";
import { Ajv, type AnySchemaObject, type ErrorObject, type ValidateFunction } from "ajv";
import ajvFormats from "ajv-formats";
import { HSDS_TABLE_NAMES, TABLE_BY_NAME, type HsdsTable } from "./tables.ts";

/**
 * Validation of HSDS records against the standard's own JSON Schemas (standard/schema/*.json).
 * Issues carry codes, never sentences: the UI translates them.
 */
export const ISSUE_CODES = [
  "required",
  "type",
  "format",
  "enum",
  "pattern",
  "too_long",
  "too_short",
  "duplicate_id",
  "reference",
  "invalid_number",
  "invalid",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface RecordIssue {
  /** A JSON pointer inside the record ("/phones/0/number"), or "row 12, column name" for CSV. */
  path: string;
  /** The property at fault ("number"). */
  field: string;
  code: IssueCode;
  params?: Record<string, string | number>;
}

const SCHEMA_DIR = new URL("./standard/schema/", import.meta.url);

// ajv-formats is CommonJS: under NodeNext its default import is module.exports, whose `default` is the plugin.
const addFormats = ajvFormats.default;

let validators: Map<HsdsTable, ValidateFunction> | undefined;

/** The standard's schemas compiled once, on first use; `$ref: "phone.json"` resolves by file name. */
function getValidator(kind: HsdsTable): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv, ["uuid", "email", "uri", "date-time", "date", "time"]);
    for (const file of readdirSync(SCHEMA_DIR)) {
      if (!file.endsWith(".json") || file === "openapi.json") continue;
      const schema = JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), "utf8")) as AnySchemaObject;
      ajv.addSchema(allowNullOptionals({ ...schema, $id: file }), file);
    }
    const compiled = new Map<HsdsTable, ValidateFunction>();
    for (const name of HSDS_TABLE_NAMES) {
      const fn = ajv.getSchema(`${name}.json`);
      if (!fn) throw new Error(`HSDS schema ${name}.json is missing from ${SCHEMA_DIR.pathname}`);
      compiled.set(name, fn);
    }
    validators = compiled;
  }
  return validators.get(kind)!;
}

/**
 * Publishers often write `null` for a field they do not fill. The schemas type optional fields
 * without null; an optional null is read as "absent" rather than rejecting the record. Required
 * fields stay strict, and nothing this module writes ever contains null.
 */
function allowNullOptionals(schema: AnySchemaObject): AnySchemaObject {
  const required = new Set<string>(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const props = (schema.properties ?? {}) as Record<string, AnySchemaObject>;
  const out: Record<string, AnySchemaObject> = {};
  for (const [name, prop] of Object.entries(props)) {
    if (required.has(name)) out[name] = prop;
    else if (typeof prop.$ref === "string") out[name] = { if: { type: "null" }, else: { $ref: prop.$ref } };
    else if (typeof prop.type === "string") {
      const next: AnySchemaObject = { ...prop, type: [prop.type, "null"] };
      if (Array.isArray(prop.enum)) next.enum = [...(prop.enum as unknown[]), null];
      out[name] = next;
    } else out[name] = prop;
  }
  return { ...schema, properties: out };
}

/** Validates a record, possibly nested, against `<kind>.json`. An empty list means valid. */
export function validateObject(kind: HsdsTable, value: unknown): RecordIssue[] {
  const validate = getValidator(kind);
  if (validate(value)) return [];
  return toIssues(validate.errors ?? []);
}

/** Address fields the standard requires that may still be empty: many places have no postcode, state or street line. */
export const EMPTY_ALLOWED_IN_ADDRESS: ReadonlySet<string> = new Set(["address_1", "state_province", "postal_code"]);

/**
 * Validates one flat row (CSV form: every field present, null when empty) against the same schema,
 * plus the fields the tabular form requires (`tabular_required`, e.g. service.organization_id).
 * Paths are JSON pointers to the field ("/name").
 */
export function validateRow(table: HsdsTable, row: Readonly<Record<string, unknown>>): RecordIssue[] {
  const def = TABLE_BY_NAME.get(table);
  if (!def) throw new Error(`Unknown HSDS table ${table}`);
  const validate = getValidator(table);
  // Many countries have no postcode, state or street line: an address may give them as "" (the JSON
  // schema allows it too). Elsewhere an empty required cell counts as missing.
  const absent = (field: string) =>
    row[field] === null || row[field] === undefined || (row[field] === "" && !(table === "address" && EMPTY_ALLOWED_IN_ADDRESS.has(field)));
  // Optional fields accept null (see allowNullOptionals), so the row is validated as it is, uncopied;
  // a required field left empty is reported once, as "required", not also as a type error.
  const issues = validate(row) ? [] : toIssues(validate.errors ?? []).filter((i) => !(i.code === "type" && i.path === `/${i.field}` && absent(i.field)));
  for (const f of def.fields) {
    if (f.required && absent(f.name) && !issues.some((i) => i.field === f.name && i.code === "required")) {
      issues.push({ path: `/${f.name}`, field: f.name, code: "required" });
    }
  }
  return issues;
}

function toIssues(errors: readonly ErrorObject[]): RecordIssue[] {
  const out: RecordIssue[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const issue = toIssue(e);
    if (!issue) continue;
    const key = `${issue.path}\u0000${issue.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}

function toIssue(e: ErrorObject): RecordIssue | null {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    // The wrapper that lets optional one-to-one objects be null: the real error comes from its branch.
    case "if":
      return null;
    case "required": {
      const missing = String(params.missingProperty);
      return { path: `${e.instancePath}/${escapePointer(missing)}`, field: missing, code: "required" };
    }
    case "type": {
      const expected = Array.isArray(params.type) ? params.type.filter((t) => t !== "null").join(",") : String(params.type);
      return issueAt(e, "type", { expected });
    }
    case "format":
      return issueAt(e, "format", { format: String(params.format) });
    case "enum": {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.filter((v) => v !== null).join(", ") : "";
      return issueAt(e, "enum", { allowed });
    }
    case "pattern":
      return issueAt(e, "pattern", { pattern: String(params.pattern) });
    case "maxLength":
      return issueAt(e, "too_long", { max: Number(params.limit) });
    case "minLength":
      return issueAt(e, "too_short", { min: Number(params.limit) });
    default:
      return issueAt(e, "invalid", { rule: e.keyword });
  }
}

function issueAt(e: ErrorObject, code: IssueCode, params: Record<string, string | number>): RecordIssue {
  return { path: e.instancePath, field: fieldOf(e.instancePath), code, params };
}

/** The last property name in a pointer, skipping array indexes: "/phones/0/number" → "number". */
function fieldOf(pointer: string): string {
  const parts = pointer.split("/");
  for (let i = parts.length - 1; i > 0; i--) {
    const p = parts[i]!;
    if (!/^\d+$/.test(p)) return p.replace(/~1/g, "/").replace(/~0/g, "~");
  }
  return "";
}

function escapePointer(s: string): string {
  return s.replace(/~/g, "~0").replace(/\//g, "~1");
}
