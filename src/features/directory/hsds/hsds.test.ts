import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { Zip, ZipDeflate, strToU8, unzipSync, zipSync } from "fflate";
import { DatasetError } from "./errors.ts";
import { missingReferences, readJsonDataset } from "./json.ts";
import { createNester, nestLocations, nestOrganizations, nestServiceAtLocations, nestServices, nestTaxonomyTerms } from "./nest.ts";
import { readTabularPackage, writeTabularDir, writeTabularZip } from "./tabular.ts";
import { HSDS_TABLES, TABLE_BY_NAME, type HsdsRow, type HsdsTable, type HsdsTables } from "./tables.ts";
import { validateObject, validateRow } from "./validate.ts";

const EXAMPLES = "tests/fixtures/hsds-3.0/examples";
const STANDARD_DESCRIPTOR = "src/features/directory/hsds/standard/datapackage.json";

const scratch = mkdtempSync(path.join(tmpdir(), "hsds-test-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------
// Helpers: a small, complete dataset where every row hangs off a service or an organization

let counter = 0;
const uuid = () => `00000000-0000-4000-8000-${(++counter).toString(16).padStart(12, "0")}`;

/** A full row of a table: every field present, null where not given. */
function row(table: HsdsTable, values: Record<string, string | number>): HsdsRow {
  const out: HsdsRow = {};
  for (const f of TABLE_BY_NAME.get(table)!.fields) out[f.name] = values[f.name] ?? null;
  return out;
}

function buildTables(): HsdsTables {
  const taxonomy = row("taxonomy", { id: uuid(), name: "Service types", description: "Kinds of help", version: "1.0" });
  const term = row("taxonomy_term", { id: uuid(), name: "Legal aid", description: "Legal advice", code: "legal-aid", taxonomy_id: taxonomy.id! });
  const org = row("organization", { id: uuid(), name: "Victims' Aid, \"VA\"", description: "Helps victims,\r\nfamilies and witnesses", website: "https://example.org/", year_incorporated: 1999 });
  const program = row("program", { id: uuid(), organization_id: org.id!, name: "Legal help", description: "A programme" });
  const service = row("service", {
    id: uuid(), organization_id: org.id!, program_id: program.id!, name: "Counselling", status: "active", minimum_age: 12,
    email: "help@example.org", last_modified: "2024-05-01T10:00:00.000Z", assured_date: "2024-01-31",
  });
  const service2 = row("service", { id: uuid(), organization_id: org.id!, name: "Hotline", status: "temporarily closed" });
  const location = row("location", { id: uuid(), location_type: "physical", organization_id: org.id!, name: "Office", latitude: 48.8566, longitude: 2.3522 });
  const sal = row("service_at_location", { id: uuid(), service_id: service.id!, location_id: location.id!, description: "In person" });
  const contact = row("contact", { id: uuid(), service_id: service.id!, name: "Reception", email: "desk@example.org" });
  const phone = row("phone", { id: uuid(), service_id: service.id!, number: "+33 1 23 45 67 89", extension: 12, type: "voice" });
  const contactPhone = row("phone", { id: uuid(), contact_id: contact.id!, number: "+33 1 00 00 00 00" });
  const locationPhone = row("phone", { id: uuid(), location_id: location.id!, number: "+33 1 11 11 11 11" });
  const salPhone = row("phone", { id: uuid(), service_at_location_id: sal.id!, number: "+33 1 22 22 22 22" });
  return {
    taxonomy: [taxonomy],
    taxonomy_term: [term],
    organization: [org],
    program: [program],
    service: [service, service2],
    location: [location],
    service_at_location: [sal],
    address: [row("address", { id: uuid(), location_id: location.id!, address_1: "1 rue de Rivoli", city: "Paris", state_province: "Île-de-France", postal_code: "75001", country: "FR", address_type: "physical" })],
    contact: [contact],
    phone: [phone, contactPhone, locationPhone, salPhone],
    schedule: [
      row("schedule", { id: uuid(), service_id: service.id!, freq: "WEEKLY", byday: "MO,TU", opens_at: "09:00", closes_at: "17:00", timezone: 1 }),
      row("schedule", { id: uuid(), location_id: location.id!, freq: "WEEKLY", byday: "SA" }),
    ],
    language: [
      row("language", { id: uuid(), service_id: service.id!, name: "French", code: "fr" }),
      row("language", { id: uuid(), phone_id: phone.id!, name: "Arabic", code: "ar" }),
      row("language", { id: uuid(), location_id: location.id!, name: "English", code: "en" }),
    ],
    accessibility: [row("accessibility", { id: uuid(), location_id: location.id!, description: "Step-free access" })],
    service_area: [row("service_area", { id: uuid(), service_id: service.id!, name: "France", extent_type: "text" })],
    cost_option: [row("cost_option", { id: uuid(), service_id: service.id!, option: "Free", amount: 0, currency: "EUR" })],
    required_document: [row("required_document", { id: uuid(), service_id: service.id!, document: "None" })],
    funding: [row("funding", { id: uuid(), service_id: service.id!, source: "State grant" })],
    attribute: [
      row("attribute", { id: uuid(), link_id: service.id!, link_entity: "service", taxonomy_term_id: term.id!, link_type: "service_type" }),
      row("attribute", { id: uuid(), link_id: location.id!, link_entity: "location", taxonomy_term_id: term.id! }),
    ],
    metadata: [
      row("metadata", {
        id: uuid(), resource_id: service.id!, resource_type: "service", last_action_date: "2024-05-01", last_action_type: "update",
        field_name: "name", previous_value: "Counseling", replacement_value: "Counselling", updated_by: "staff",
      }),
    ],
  };
}

/** Tables compared as sets of rows: order does not matter. */
function sorted(tables: HsdsTables): Record<string, HsdsRow[]> {
  const out: Record<string, HsdsRow[]> = {};
  for (const def of HSDS_TABLES) {
    const rows = tables[def.name] ?? [];
    if (rows.length > 0) out[def.name] = [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return out;
}

function without(tables: HsdsTables, ...names: HsdsTable[]): HsdsTables {
  const out: HsdsTables = { ...tables };
  for (const n of names) delete out[n];
  return out;
}

function hasNull(value: unknown): boolean {
  if (value === null) return true;
  if (Array.isArray(value)) return value.some(hasNull);
  if (typeof value === "object") return Object.values(value as object).some(hasNull);
  return false;
}

function rejectsWith(fn: () => unknown, code: string): void {
  assert.throws(fn, (err: unknown) => err instanceof DatasetError && err.code === code);
}

async function rejectsAsync(promise: Promise<unknown>, code: string): Promise<DatasetError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof DatasetError, `expected a DatasetError, got ${String(err)}`);
    assert.equal(err.code, code);
    return err;
  }
  assert.fail(`expected DatasetError ${code}`);
}

/** A folder holding a package: the standard's descriptor plus the files given. */
function packageDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(scratch, "pkg-"));
  writeFileSync(path.join(dir, "datapackage.json"), readFileSync(STANDARD_DESCRIPTOR));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Builds a zip with fflate's streaming writer, so a large entry is never held whole in memory. */
function streamZip(build: (zip: Zip) => void): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  build(zip);
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) out.set(c, at), (at += c.length);
  return out;
}

function addEntry(zip: Zip, name: string, text: string): void {
  const entry = new ZipDeflate(name, { level: 6 });
  zip.add(entry);
  entry.push(strToU8(text), true);
}

const SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b";
const ORG_ID = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";

// ---------------------------------------------------------------------------------------------

describe("HSDS JSON import", () => {
  const exampleFiles = readdirSync(EXAMPLES).filter((f) => f.endsWith(".json"));

  for (const file of exampleFiles.filter((f) => f !== "base.json")) {
    it(`imports the standard's example ${file} without rejecting anything`, () => {
      const parsed = readJsonDataset(readFileSync(path.join(EXAMPLES, file)));
      assert.deepEqual(parsed.rejected, []);
      assert.ok(Object.values(parsed.counts).reduce((a, b) => a + b, 0) > 0);
    });
  }

  it("refuses base.json, the API's root document, as holding no data", () => {
    assert.throws(
      () => readJsonDataset(readFileSync(path.join(EXAMPLES, "base.json"))),
      (err: unknown) => err instanceof DatasetError && err.code === "json_shape" && err.params.reason === "api_root",
    );
  });

  it("flattens a nested service, filling each child's link to its parent from where it sits", () => {
    const { tables } = readJsonDataset(readFileSync(path.join(EXAMPLES, "service_full.json"), "utf8"));
    const service = tables.service![0]!;
    assert.equal(service.organization_id, ORG_ID);
    assert.equal(service.program_id, "e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42");
    assert.equal(service.minimum_age, 12);
    // The one phone appears under the service, its location, contact and organization: one row, every link.
    assert.equal(tables.phone!.length, 1);
    const phone = tables.phone![0]!;
    assert.equal(phone.service_id, SERVICE_ID);
    assert.equal(phone.organization_id, ORG_ID);
    assert.equal(phone.location_id, "3a19ff88-4620-4d17-9830-ac1d859eb5d5");
    assert.equal(phone.contact_id, "1e7efce3-639b-4880-940c-b95cd30cdb50");
    assert.equal(phone.service_at_location_id, "e94c9f38-1e8f-4564-91d4-d53501ab1765");
    assert.equal(phone.extension, 100);
    assert.equal(tables.language![0]!.phone_id, phone.id);
    assert.equal(tables.address![0]!.location_id, "3a19ff88-4620-4d17-9830-ac1d859eb5d5");
    assert.equal(tables.service_at_location![0]!.location_id, "3a19ff88-4620-4d17-9830-ac1d859eb5d5");
    assert.equal(tables.program![0]!.organization_id, ORG_ID);
    const attribute = tables.attribute![0]!;
    assert.equal(attribute.link_id, SERVICE_ID);
    assert.equal(attribute.link_entity, "link_entity", "a value given is kept");
    assert.equal(attribute.taxonomy_term_id, "3f7b145d-84af-42d7-8fae-eaca714b02b2");
    assert.equal(tables.taxonomy_term![0]!.taxonomy_id, "5c4d79d7-cc55-470e-9f1f-8cad074e4892");
    assert.equal(tables.metadata![0]!.resource_id, SERVICE_ID);
    for (const def of HSDS_TABLES) {
      for (const r of tables[def.name] ?? []) assert.deepEqual(Object.keys(r), def.fields.map((f) => f.name));
    }
  });

  it("links an organization's nested services to it, and a service_at_location to its nested service", () => {
    const org = readJsonDataset(readFileSync(path.join(EXAMPLES, "organization_full.json")));
    assert.equal(org.tables.service![0]!.organization_id, ORG_ID);
    assert.equal(org.tables.organization_identifier![0]!.organization_id, ORG_ID);
    const sal = readJsonDataset(readFileSync(path.join(EXAMPLES, "service_at_location_full.json")));
    assert.equal(sal.tables.service_at_location![0]!.service_id, SERVICE_ID);
  });

  it("reads the tabular form written as JSON exactly as the CSV package", async () => {
    const fromJson = readJsonDataset(readFileSync(path.join(EXAMPLES, "tabular.json")));
    const fromCsv = await readTabularPackage({ dir: path.join(EXAMPLES, "csv") });
    assert.deepEqual(sorted(fromJson.tables), sorted(fromCsv.tables));
    assert.equal(fromJson.tables.organization_identifier![0]!.identifier, "1234567", "a numeric identifier becomes text");
  });

  it("rejects invalid records with their table, id, field and code, and keeps the valid ones", () => {
    const good = { id: uuid(), name: "Good", status: "active" };
    const records = [
      good,
      { id: uuid(), status: "active" },
      { id: "not-a-uuid", name: "Bad id", status: "active" },
      { id: uuid(), name: "Bad status", status: "closed-ish" },
      { id: uuid(), name: "Bad age", status: "active", minimum_age: "twelve" },
      { id: uuid(), name: "Bad phone", status: "active", phones: [{ id: uuid() }] },
    ];
    const parsed = readJsonDataset(JSON.stringify(records));
    assert.deepEqual(parsed.tables.service!.map((s) => s.id), [good.id]);
    const byIndex = new Map(parsed.rejected.map((r) => [r.index, r]));
    assert.equal(parsed.rejected.length, 5);
    for (const r of parsed.rejected) assert.equal(r.table, "service");
    assert.deepEqual(byIndex.get(1)!.issues, [{ path: "/name", field: "name", code: "required" }]);
    assert.equal(byIndex.get(1)!.id, records[1]!.id);
    assert.deepEqual(byIndex.get(2)!.issues, [{ path: "/id", field: "id", code: "format", params: { format: "uuid" } }]);
    assert.equal(byIndex.get(2)!.name, "Bad id");
    assert.deepEqual(byIndex.get(3)!.issues, [{ path: "/status", field: "status", code: "enum", params: { allowed: "active, inactive, defunct, temporarily closed" } }]);
    assert.deepEqual(byIndex.get(4)!.issues, [{ path: "/minimum_age", field: "minimum_age", code: "type", params: { expected: "number" } }]);
    assert.deepEqual(byIndex.get(5)!.issues, [{ path: "/phones/0/number", field: "number", code: "required" }]);
    assert.equal(parsed.tables.phone, undefined, "nothing of a rejected record is kept");
  });

  it("validates the services nested in an organization, which its schema does not cover", () => {
    const org = { id: uuid(), name: "Org", description: "An organization", services: [{ id: uuid(), name: "No status" }] };
    const parsed = readJsonDataset(JSON.stringify(org));
    assert.equal(parsed.rejected.length, 1);
    assert.equal(parsed.rejected[0]!.table, "organization");
    assert.deepEqual(parsed.rejected[0]!.issues, [{ path: "/services/0/status", field: "status", code: "required" }]);
  });

  it("reads an optional null as absent but not a required one", () => {
    const ok = readJsonDataset(JSON.stringify({ id: uuid(), name: "S", status: "active", email: null, organization: null, phones: null }));
    assert.deepEqual(ok.rejected, []);
    assert.equal(ok.tables.service![0]!.email, null);
    const bad = readJsonDataset(JSON.stringify({ id: uuid(), name: null, status: "active" }));
    assert.equal(bad.rejected[0]!.issues[0]!.field, "name");
  });

  it("merges the copies of an object nested in several records into one row", () => {
    const orgId = uuid();
    const services = [
      { id: uuid(), name: "A", status: "active", organization: { id: orgId, name: "Org", description: "First copy" } },
      { id: uuid(), name: "B", status: "active", organization: { id: orgId, name: "Org", description: "Second copy", email: "org@example.org" } },
    ];
    const { tables, rejected } = readJsonDataset(JSON.stringify(services));
    assert.deepEqual(rejected, []);
    assert.equal(tables.organization!.length, 1);
    assert.equal(tables.organization![0]!.description, "Second copy");
    assert.equal(tables.organization![0]!.email, "org@example.org");
    assert.deepEqual(tables.service!.map((s) => s.organization_id), [orgId, orgId]);
  });

  it("tells the kind of each record by its shape, or takes the kind it is told", () => {
    const page = { total_items: 2, contents: [{ id: uuid(), name: "Org", description: "D", website: "https://example.org" }, { id: uuid(), name: "Org 2", description: "D" }] };
    const parsed = readJsonDataset(JSON.stringify(page));
    assert.equal(parsed.counts.organization, 2, "the plain second record follows the first");
    rejectsWith(() => readJsonDataset(JSON.stringify([{ id: uuid(), name: "X", description: "Y" }])), "json_shape");
    const told = readJsonDataset(JSON.stringify([{ id: uuid(), name: "X", description: "Y" }]), { kind: "taxonomy" });
    assert.equal(told.counts.taxonomy, 1);
  });

  it("reports a syntax error with its line and column", () => {
    assert.throws(
      () => readJsonDataset('[\n  {"id": "x",\n   "name": }\n]'),
      (err: unknown) => err instanceof DatasetError && err.code === "json_syntax" && err.params.line === 3 && typeof err.params.column === "number",
    );
  });

  it("refuses an empty list", () => {
    rejectsWith(() => readJsonDataset("[]"), "empty");
    rejectsWith(() => readJsonDataset('{"contents": []}'), "empty");
  });

  it("lists the references that the dataset itself does not satisfy", async () => {
    const { tables } = await readTabularPackage({ dir: path.join(EXAMPLES, "csv") });
    const missing = missingReferences(tables).map((m) => `${m.table}.${m.field}->${m.target}`).sort();
    assert.deepEqual(missing, [
      "contact.organization_id->organization",
      "contact.service_at_location_id->service_at_location",
      "location.organization_id->organization",
      "taxonomy_term.taxonomy_id->taxonomy",
    ]);
    assert.deepEqual(missingReferences(buildTables()), []);
  });
});

describe("HSDS nesting", () => {
  it("nests services that validate, without nulls, and reads them back to the same rows", () => {
    const tables = buildTables();
    const services = nestServices(tables);
    assert.equal(services.length, 2);
    for (const s of services) {
      assert.deepEqual(validateObject("service", s), []);
      assert.equal(hasNull(s), false);
    }
    const first = services[0]!;
    assert.equal((first.organization as Record<string, unknown>).id, tables.organization![0]!.id);
    assert.equal("services" in (first.organization as object), false, "the organization by its one-to-one fields");
    const sal = (first.service_at_locations as Record<string, unknown>[])[0]!;
    const location = sal.location as Record<string, unknown>;
    assert.equal((location.addresses as unknown[]).length, 1);
    const attribute = (first.attributes as Record<string, unknown>[])[0]!;
    const term = attribute.taxonomy_term as Record<string, unknown>;
    assert.equal((term.taxonomy_detail as Record<string, unknown>).id, tables.taxonomy![0]!.id);
    assert.equal("phones" in services[1]!, false, "an empty list is left out");
    const phone = (first.phones as Record<string, unknown>[])[0]!;
    assert.equal("service_id" in phone, false, "the link to the parent it sits in is implied");
    assert.equal((phone.languages as unknown[]).length, 1);

    const back = readJsonDataset(JSON.stringify(services));
    assert.deepEqual(back.rejected, []);
    assert.deepEqual(sorted(back.tables), sorted(tables));
  });

  it("nests organizations, service_at_locations, locations and taxonomy terms that validate", () => {
    const tables = { ...buildTables(), organization_identifier: [] as HsdsRow[] };
    tables.organization_identifier = [row("organization_identifier", { id: uuid(), organization_id: tables.organization![0]!.id!, identifier_type: "Company number", identifier: "123" })];
    const brief = nestOrganizations(tables);
    assert.deepEqual(validateObject("organization", brief[0]), []);
    assert.deepEqual((brief[0]!.services as Record<string, unknown>[]).map((s) => Object.keys(s).includes("phones")), [false, false]);
    const full = nestOrganizations(tables, { fullService: true });
    for (const s of full[0]!.services as unknown[]) assert.deepEqual(validateObject("service", s), []);
    const back = readJsonDataset(JSON.stringify(full));
    assert.deepEqual(back.rejected, []);
    assert.deepEqual(sorted(back.tables), sorted(tables));

    for (const sal of nestServiceAtLocations(tables)) {
      assert.deepEqual(validateObject("service_at_location", sal), []);
      assert.ok(sal.service && sal.location);
    }
    for (const loc of nestLocations(tables)) assert.deepEqual(validateObject("location", loc), []);
    for (const term of nestTaxonomyTerms(tables)) {
      assert.deepEqual(validateObject("taxonomy_term", term), []);
      assert.ok(term.taxonomy_detail);
    }
  });

  it("nests one service from a few rows, for the API", () => {
    const tables = buildTables();
    const id = String(tables.service![0]!.id);
    const nester = createNester(tables);
    const service = nester.service(nester.find("service", id)!);
    assert.equal(service.id, id);
    assert.equal(nester.find("service", uuid()), undefined);
  });
});

describe("HSDS tabular packages", () => {
  it("imports the standard's CSV example, whose descriptor is a link to the standard's own", async () => {
    const parsed = await readTabularPackage({ dir: path.join(EXAMPLES, "csv") });
    assert.deepEqual(parsed.rejected, []);
    assert.deepEqual(parsed.ignoredFiles, []);
    assert.equal(parsed.descriptor, "standard");
    assert.equal(parsed.counts.service, 1);
    assert.equal(parsed.tables.service![0]!.minimum_age, 12);
    assert.equal(parsed.tables.schedule![0]!.byday, "TH,FR");
    assert.equal(parsed.tables.phone![0]!.number, '"+44 1234 234567"');
  });

  it("follows a descriptor link to a file that exists", async () => {
    const root = mkdtempSync(path.join(scratch, "link-"));
    mkdirSync(path.join(root, "examples"));
    cpSync(path.join(EXAMPLES, "csv"), path.join(root, "examples", "csv"), { recursive: true });
    writeFileSync(path.join(root, "datapackage.json"), readFileSync(STANDARD_DESCRIPTOR));
    const parsed = await readTabularPackage({ dir: path.join(root, "examples", "csv") });
    assert.equal(parsed.descriptor, "linked");
    assert.deepEqual(parsed.rejected, []);
  });

  it("writes a zip that reads back to the same tables", async () => {
    const tables = buildTables();
    const zip = writeTabularZip(tables);
    const files = unzipSync(zip);
    assert.deepEqual(Object.keys(files).sort(), ["datapackage.json", ...HSDS_TABLES.map((t) => t.file)].sort());
    assert.deepEqual(files["datapackage.json"], new Uint8Array(readFileSync(STANDARD_DESCRIPTOR)));
    const empty = new TextDecoder().decode(files["meta_table_descriptions.csv"]);
    assert.equal(empty, "id,name,language,character_set\r\n", "an empty table still has its header");
    const orgs = new TextDecoder().decode(files["organizations.csv"]);
    assert.match(orgs, /,"Victims' Aid, ""VA""",,"Helps victims,\r\nfamilies and witnesses",/);
    assert.match(orgs, /,1999,/);

    const back = await readTabularPackage({ zip });
    assert.deepEqual(back.rejected, []);
    assert.equal(back.descriptor, "package");
    assert.deepEqual(sorted(back.tables), sorted(tables));
  });

  it("writes a folder that reads back to the same tables", async () => {
    const dir = path.join(scratch, "written");
    const tables = buildTables();
    await writeTabularDir(tables, dir);
    const back = await readTabularPackage({ dir });
    assert.deepEqual(sorted(back.tables), sorted(tables));
  });

  it("reads a package zipped inside one folder, and notes files that are not HSDS tables", async () => {
    const files = unzipSync(writeTabularZip(buildTables()));
    const nested: Record<string, Uint8Array> = { "export/notes.txt": strToU8("hello") };
    for (const [name, bytes] of Object.entries(files)) nested[`export/${name}`] = bytes;
    const parsed = await readTabularPackage({ zip: zipSync(nested) });
    assert.deepEqual(parsed.ignoredFiles, ["notes.txt"]);
    assert.equal(parsed.counts.service, 2);
  });

  it("rejects bad rows with the CSV line and column, and keeps the good ones", async () => {
    const header = "id,organization_id,name,description,status,minimum_age";
    const org = uuid();
    const ok = uuid();
    const dup = uuid();
    const dir = packageDir({
      "services.csv": [
        `\uFEFF${header}`,
        `${ok},${org},Fine,"A description
over two lines",active,12`,
        `${uuid()},${org},Bad age,,active,twelve`,
        `${uuid()},,No organization,,active,`,
        `${dup},${org},First,,active,`,
        `${dup},${org},Second,,inactive,`,
        "",
      ].join("\r\n"),
    });
    const parsed = await readTabularPackage({ dir });
    assert.deepEqual(parsed.tables.service!.map((s) => s.id), [ok, dup]);
    assert.equal(parsed.tables.service![0]!.minimum_age, 12);
    assert.deepEqual(
      parsed.rejected.map((r) => [r.index, r.issues.map((i) => `${i.path} ${i.code}`)]),
      [
        [4, ["row 4, column minimum_age invalid_number"]],
        [5, ["row 5, column organization_id required"]],
        [7, ["row 7, column id duplicate_id"]],
      ],
    );
    assert.equal(parsed.rejected[2]!.issues[0]!.params?.first, 6);
    assert.equal(parsed.rejected[0]!.table, "service");
    assert.equal(parsed.rejected[0]!.name, "Bad age");
  });

  it("refuses a malformed CSV, naming the file and the line", async () => {
    const dir = packageDir({ "services.csv": `id,name,status\r\n${uuid()},"unclosed,active\r\n` });
    const err = await rejectsAsync(readTabularPackage({ dir }), "csv_malformed");
    assert.equal(err.params.file, "services.csv");
    assert.equal(typeof err.params.line, "number");
    const ragged = packageDir({ "services.csv": `id,name,status\r\n${uuid()},x,active,extra\r\n` });
    const err2 = await rejectsAsync(readTabularPackage({ dir: ragged }), "csv_malformed");
    assert.equal(err2.params.line, 2);
  });

  it("refuses a CSV with a column the table does not have", async () => {
    const dir = packageDir({ "services.csv": `id,name,status,colour\r\n` });
    const err = await rejectsAsync(readTabularPackage({ dir }), "csv_unknown_column");
    assert.deepEqual(err.params, { file: "services.csv", column: "colour" });
  });

  it("refuses a package without a descriptor, or with one that is not a descriptor", async () => {
    const dir = mkdtempSync(path.join(scratch, "nodesc-"));
    writeFileSync(path.join(dir, "services.csv"), "id,name,status\r\n");
    await rejectsAsync(readTabularPackage({ dir }), "package_missing_descriptor");
    writeFileSync(path.join(dir, "datapackage.json"), "{ not json");
    await rejectsAsync(readTabularPackage({ dir }), "package_invalid_descriptor");
    writeFileSync(path.join(dir, "datapackage.json"), '{"name": "x"}');
    await rejectsAsync(readTabularPackage({ dir }), "package_invalid_descriptor");
  });

  it("refuses a file in a folder larger than the limit", async () => {
    const limit = readFileSync(STANDARD_DESCRIPTOR).length + 1;
    const dir = packageDir({ "services.csv": `id,name,status\r\n${"x".repeat(limit)}` });
    const err = await rejectsAsync(readTabularPackage({ dir }, { maxEntryBytes: limit }), "file_too_large");
    assert.equal(err.params.file, "services.csv");
  });
});

describe("HSDS zip safety", () => {
  it("stops inflating an archive bomb once the limit is passed", async () => {
    // 16 MB of zeros deflate to a few kilobytes.
    const bomb = streamZip((zip) => {
      addEntry(zip, "datapackage.json", '{"resources": []}');
      const entry = new ZipDeflate("services.csv", { level: 6 });
      zip.add(entry);
      const zeros = new Uint8Array(1 << 20);
      for (let i = 0; i < 16; i++) entry.push(zeros);
      entry.push(new Uint8Array(0), true);
    });
    assert.ok(bomb.length < 200_000);
    const err = await rejectsAsync(readTabularPackage({ zip: bomb }, { maxUncompressedBytes: 1 << 20 }), "archive_too_large");
    assert.equal(err.params.max, 1 << 20);
    await rejectsAsync(readTabularPackage({ zip: bomb }, { maxEntryBytes: 1 << 20 }), "archive_too_large");
  });

  it("counts the bytes of every entry toward the total", async () => {
    const half = "x".repeat(600_000);
    const zip = streamZip((z) => {
      addEntry(z, "datapackage.json", '{"resources": []}');
      addEntry(z, "services.csv", `id,name,status\r\n"${half}",a,active\r\n`);
      addEntry(z, "organizations.csv", `id,name,description\r\n"${half}",a,b\r\n`);
    });
    await rejectsAsync(readTabularPackage({ zip }, { maxUncompressedBytes: 1_000_000 }), "archive_too_large");
  });

  it("refuses bytes that are not a zip", async () => {
    await rejectsAsync(readTabularPackage({ zip: strToU8("id,name\r\nnot a zip at all") }), "archive_invalid");
    await rejectsAsync(readTabularPackage({ zip: new Uint8Array(0) }), "archive_invalid");
  });

  it("refuses an archive with too many entries", async () => {
    const files: Record<string, Uint8Array> = { "datapackage.json": readFileSync(STANDARD_DESCRIPTOR) };
    for (let i = 0; i < 10; i++) files[`junk-${i}.txt`] = strToU8("x");
    await rejectsAsync(readTabularPackage({ zip: zipSync(files) }, { maxEntries: 5 }), "archive_too_many_entries");
    const many: Record<string, Uint8Array> = { "datapackage.json": readFileSync(STANDARD_DESCRIPTOR) };
    for (let i = 0; i < 200; i++) many[`junk-${i}.txt`] = strToU8("");
    await rejectsAsync(readTabularPackage({ zip: zipSync(many) }), "archive_too_many_entries");
  });

  it("ignores entries whose names climb out of the package", async () => {
    const good = unzipSync(writeTabularZip(buildTables()));
    const zip = zipSync({
      ...good,
      "../services.csv": strToU8("id,colour\r\n"),
      "/etc/organizations.csv": strToU8("id,colour\r\n"),
      "a/../../phones.csv": strToU8("id,colour\r\n"),
    });
    const parsed = await readTabularPackage({ zip });
    assert.deepEqual(parsed.rejected, []);
    assert.equal(parsed.counts.service, 2);
    assert.deepEqual(parsed.ignoredFiles, ["../services.csv", "/etc/organizations.csv", "a/../../phones.csv"].sort());
  });
});

describe("HSDS row validation", () => {
  it("requires the fields the tabular form requires, and reports each once", () => {
    const issues = validateRow("service", row("service", { id: uuid(), status: "active" }));
    assert.deepEqual(issues.map((i) => `${i.field}:${i.code}`).sort(), ["name:required", "organization_id:required"]);
    assert.deepEqual(validateRow("service", row("service", { id: uuid(), name: "n", status: "active", organization_id: uuid() })), []);
  });
});
