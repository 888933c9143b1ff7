import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { it } from "node:test";
import { Ajv, type AnySchemaObject } from "ajv";
import addFormatsPlugin from "ajv-formats";
import { TERM_BY_ID } from "../features/directory/directory.taxonomy.ts";
import { DEMO_DIRECTORY_SERVICES } from "./directory-demo.ts";

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = ((addFormatsPlugin as unknown as { default?: unknown }).default ?? addFormatsPlugin) as (ajv: Ajv) => Ajv;

const SCHEMA_DIR = new URL("../features/directory/hsds/standard/schema/", import.meta.url);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The HSDS table each nested property holds rows of. */
const TABLE_OF: Record<string, string> = {
  organization: "organization",
  service_at_locations: "service_at_location",
  location: "location",
  addresses: "address",
  phones: "phone",
  schedules: "schedule",
  languages: "language",
  cost_options: "cost_option",
  attributes: "attribute",
  accessibility: "accessibility",
  service_areas: "service_area",
  contacts: "contact",
};

type Row = Record<string, unknown>;
interface Found {
  table: string;
  row: Row;
  /** Inside an organization or location, which several services may share. */
  shared: boolean;
}

function isRow(value: unknown): value is Row {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every row of a nested service, the service itself first. */
function rowsOf(service: Row): Found[] {
  const out: Found[] = [];
  const visit = (row: Row, table: string, shared: boolean): void => {
    out.push({ table, row, shared });
    for (const [key, value] of Object.entries(row)) {
      const child = TABLE_OF[key];
      if (!child) continue;
      const childShared = shared || child === "organization" || child === "location";
      for (const item of Array.isArray(value) ? value : [value]) if (isRow(item)) visit(item, child, childShared);
    }
  };
  visit(service, "service", false);
  return out;
}

const services = DEMO_DIRECTORY_SERVICES as Row[];

it("validates every demo service against the HSDS 3.0 service schema", () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(SCHEMA_DIR)) {
    if (!file.endsWith(".json")) continue;
    ajv.addSchema(JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), "utf8")) as AnySchemaObject, file);
  }
  const validate = ajv.getSchema("service.json");
  assert.ok(validate, "service.json is loaded");
  for (const service of services) {
    const ok = validate(service);
    assert.ok(ok, `${String(service.name)}: ${ajv.errorsText(validate.errors)}`);
  }
});

it("gives every row a valid UUID that is unique to it", () => {
  const seen = new Map<string, { table: string; json: string }>();
  for (const service of services) {
    for (const { table, row, shared } of rowsOf(service)) {
      const id = row.id;
      assert.ok(typeof id === "string" && UUID.test(id), `${table} id ${String(id)} is a UUID`);
      const json = JSON.stringify(row);
      const before = seen.get(id);
      if (before) {
        assert.ok(shared, `${table} ${id} appears twice outside a shared organization or location`);
        assert.equal(before.table, table, `${id} is used by ${before.table} and ${table}`);
        assert.equal(before.json, json, `${table} ${id} has two different contents`);
      }
      seen.set(id, { table, json });
    }
  }
});

it("classifies rows only with portal terms, linked to the row that carries them", () => {
  for (const service of services) {
    for (const { table, row } of rowsOf(service)) {
      for (const attribute of (row.attributes ?? []) as Row[]) {
        const term = TERM_BY_ID.get(String(attribute.taxonomy_term_id));
        assert.ok(term, `term ${String(attribute.taxonomy_term_id)} exists in directory.taxonomy.ts`);
        assert.equal(attribute.link_entity, table);
        assert.equal(term.linkEntity, table, `${term.code} classifies a ${term.linkEntity}`);
        assert.equal(attribute.link_id, row.id);
      }
    }
  }
});

it("offers the mix the demo is meant to show", () => {
  const codes = (s: Row): string[] => ((s.attributes ?? []) as Row[]).map((a) => TERM_BY_ID.get(String(a.taxonomy_term_id))?.code ?? "");
  const organizations = services.map((s) => s.organization as Row);
  const associations = new Set(organizations.filter((o) => ((o.attributes ?? []) as Row[]).length > 0).map((o) => o.id));
  const countries = new Set(services.flatMap((s) => rowsOf(s).filter((r) => r.table === "address").map((r) => r.row.country)));
  assert.ok(associations.size >= 6, "at least six victims' associations");
  assert.ok(services.filter((s) => codes(s).includes("helpline")).length >= 4, "at least four helplines");
  assert.ok(services.some((s) => codes(s).includes("consular-help")), "consular help");
  assert.ok(countries.size >= 15, "at least fifteen countries");
  for (const o of organizations) assert.match(String(o.description), /[)）]$/, `${String(o.name)} ends with its demonstration marker`);
});
