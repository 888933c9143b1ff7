import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { strToU8, zipSync } from "fflate";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { hsdsService, importServices, listedServiceIds } from "../../../tests/support/directory.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { csrfFrom, multipartBody } from "../../../tests/support/http.ts";
import { exportPublished } from "./directory.export.ts";
import { readDatasetBytes, readDatasetPath } from "./directory.import.ts";
import { directoryService } from "./directory.service.ts";
import { SERVICE_TYPES } from "./directory.taxonomy.ts";
import { isDatasetError } from "./hsds/errors.ts";
import { readJsonDataset } from "./hsds/json.ts";
import { nestServices } from "./hsds/nest.ts";
import { readTabularPackage, writeTabularZip } from "./hsds/tabular.ts";
import type { HsdsTables } from "./hsds/tables.ts";
import { validateObject } from "./hsds/validate.ts";

const EXAMPLES = path.join("tests", "fixtures", "hsds-3.0", "examples");

async function serviceCount(t: TestApp): Promise<number> {
  return (await directoryService(t.db).repo.rowsWhere("service", "status", ["active", "inactive", "defunct", "temporarily closed"])).length;
}

async function datasetError(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (err) {
    if (isDatasetError(err)) return err.code;
    throw err;
  }
  return "no error";
}


/** Rows of each table, without nulls, sorted by id: two datasets with the same data compare equal. */
function normalise(tables: HsdsTables): Record<string, Record<string, unknown>[]> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const [table, rows] of Object.entries(tables)) {
    if (!rows?.length) continue;
    out[table] = rows
      .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined)))
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return out;
}

describe("importing HSDS data", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ env: { DIRECTORY_IMPORT_MAX_BYTES: "200000" } });
  });
  after(() => t.close());

  it("imports every example of the standard, JSON documents and the CSV data package", async () => {
    const directory = directoryService(t.db);
    for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith(".json"))) {
      if (file === "base.json") {
        // The API's root document (version, profile, openapi_url), not a dataset: refused with a clear reason.
        assert.equal(await datasetError(readDatasetPath(path.join(EXAMPLES, file), 1e7)), "json_shape");
        continue;
      }
      const parsed = await readDatasetPath(path.join(EXAMPLES, file), 1e7);
      assert.deepEqual(parsed.rejected, [], file);
      const report = await directory.importDataset(parsed, { publish: true, source: "import" });
      assert.equal(report.ok, true, `${file}: ${JSON.stringify(report.rejected)}`);
    }
    const csv = await readDatasetPath(path.join(EXAMPLES, "csv"), 1e7);
    assert.deepEqual(csv.rejected, []);
    const report = await directory.importDataset(csv, { publish: true, source: "import" });
    assert.equal(report.ok, true);
    assert.equal(report.counts.service, 1);
    const api = await t.app.inject("/api/hsds/services/ac148810-d857-441c-9679-408f346de14b");
    assert.equal(api.statusCode, 200);
    assert.equal(JSON.parse(api.body).name, "Community Counselling");
  });

  it("imports nothing when one record is invalid, and names each rejected record, field and reason", async () => {
    const before = await serviceCount(t);
    const good = hsdsService({ name: "Good service" });
    const bad: Record<string, unknown> = { ...hsdsService({ name: "Bad service" }), status: "sometimes" };
    const noName = hsdsService();
    delete noName.name;
    const parsed = readJsonDataset(JSON.stringify([good, bad, noName, { ...hsdsService(), id: "not-a-uuid" }]));
    const report = await directoryService(t.db).importDataset(parsed, { publish: true, source: "import" });
    assert.equal(report.ok, false);
    const byCode = (code: string) => report.rejected.filter((r) => r.issues.some((i) => i.code === code));
    assert.equal(byCode("enum")[0]?.id, bad.id);
    assert.equal(byCode("enum")[0]?.issues.find((i) => i.code === "enum")?.field, "status");
    assert.equal(byCode("required")[0]?.id, noName.id);
    assert.equal(byCode("required")[0]?.issues.find((i) => i.code === "required")?.field, "name");
    assert.ok(byCode("format").some((r) => r.issues.some((i) => i.field === "id")));
    assert.equal(await serviceCount(t), before, "nothing was written");
  });

  it("updates on a second import of the same dataset instead of duplicating", async () => {
    const service = hsdsService({ name: "Repeated service", country: "PT", city: "Lisbon", lat: 38.72, lon: -9.14 });
    await importServices(t, [service]);
    await importServices(t, [service]);
    assert.equal(listedServiceIds((await t.app.inject("/en/services?country=PT")).body).length, 1);
    await importServices(t, [{ ...service, name: "Renamed service" }]);
    const page = await t.app.inject("/en/services?country=PT");
    assert.deepEqual(listedServiceIds(page.body), [service.id]);
    assert.match(page.body, /Renamed service/);
    assert.doesNotMatch(page.body, /Repeated service/);
  });

  it("keeps a service's publication state when it is imported again, and shows odd imported values safely", async () => {
    const service = hsdsService({ name: "Hidden by staff", country: "GR", city: "Athens", lat: 37.98, lon: 23.73 });
    service.cost_options = [{ id: "5f0d7a3e-1b2c-4d5e-8f90-123456789abc", amount: 25, currency: "euros" }];
    await importServices(t, [service]);
    assert.equal((await t.app.inject(`/en/services/${service.id}`)).statusCode, 200, "an unknown currency code does not break the page");
    await directoryService(t.db).setState(service.id as string, "hidden", null);
    await importServices(t, [service]);
    assert.equal((await t.app.inject(`/en/services/${service.id}`)).statusCode, 404, "still hidden after the re-import");
  });

  it("refuses hostile and broken files with a clear reason and changes nothing", async () => {
    const before = await serviceCount(t);
    // A zip bomb: 5 MB of zeros packed into a few kilobytes, against a 200 kB limit.
    const descriptor = strToU8(JSON.stringify({ profile: "tabular-data-package", resources: [{ name: "service", path: "services.csv" }] }));
    const bomb = zipSync({ "datapackage.json": descriptor, "services.csv": new Uint8Array(5_000_000) }, { level: 9 });
    assert.ok(bomb.length < 50_000);
    assert.equal(await datasetError(readDatasetBytes(bomb, 200_000)), "archive_too_large");
    const notZip = Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(200, 7)]);
    assert.equal(await datasetError(readDatasetBytes(notZip, 200_000)), "archive_invalid");
    const badCsv = zipSync({
      "datapackage.json": strToU8(JSON.stringify({ profile: "tabular-data-package", resources: [{ name: "service", path: "services.csv" }] })),
      "services.csv": strToU8('id,organization_id,name,status\n"a3a3a3a3-0000-4000-8000-000000000001,x,"unclosed,active\n'),
    });
    assert.equal(await datasetError(readDatasetBytes(badCsv, 200_000)), "csv_malformed");
    assert.equal(await datasetError(readDatasetBytes(Buffer.from("{ not json"), 200_000)), "json_syntax");
    assert.equal(await datasetError(readDatasetBytes(Buffer.alloc(300_000, 32), 200_000)), "file_too_large");
    const dir = mkdtempSync(path.join(tmpdir(), "vsp-big-"));
    try {
      writeFileSync(path.join(dir, "big.json"), Buffer.alloc(300_000, 32));
      assert.equal(await datasetError(readDatasetPath(path.join(dir, "big.json"), 200_000)), "file_too_large");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assert.equal(await serviceCount(t), before);
  });

  it("imports through the staff area, with a report, and refuses files over the limit", async () => {
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const form = await editor.get("/en/admin/directory/import");
    assert.equal(form.statusCode, 200);
    const token = csrfFrom(form.body)!;
    const post = async (content: Buffer, filename = "data.json") => {
      const body = multipartBody({ _csrf: token, publish: "1" }, [{ name: "dataset", filename, type: "application/json", content }]);
      const cookie = [...editor.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
      return t.app.inject({ method: "POST", url: "/en/admin/directory/import", payload: body.payload, headers: { "content-type": body.contentType, cookie } });
    };
    const service = hsdsService({ name: "Uploaded service", country: "IE", city: "Dublin", lat: 53.35, lon: -6.26 });
    const ok = await post(Buffer.from(JSON.stringify([service])));
    assert.equal(ok.statusCode, 200);
    assert.match(ok.body, /Imported: 1 service/);
    assert.equal((await t.app.inject(`/en/services/${service.id}`)).statusCode, 200);

    const invalid = await post(Buffer.from(JSON.stringify([{ ...hsdsService(), status: "nope" }])));
    assert.equal(invalid.statusCode, 400);
    assert.match(invalid.body, /1 record was rejected/);
    assert.match(invalid.body, /Must be one of/);
    assert.match(invalid.body, /Nothing has been changed/);

    const broken = await post(Buffer.from("[{"));
    assert.equal(broken.statusCode, 400);
    assert.match(broken.body, /not valid JSON/);

    const huge = await post(Buffer.alloc(300_000, 32));
    assert.equal(huge.statusCode, 413);
    assert.match(huge.body, /too large/);

    const noToken = multipartBody({ publish: "1" }, [{ name: "dataset", filename: "x.json", type: "application/json", content: Buffer.from("[]") }]);
    const cookie = [...editor.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const refused = await t.app.inject({ method: "POST", url: "/en/admin/directory/import", payload: noToken.payload, headers: { "content-type": noToken.contentType, cookie } });
    assert.equal(refused.statusCode, 403);
  });
});

describe("exporting and the HSDS API", () => {
  let t: TestApp;
  const services = [
    hsdsService({ name: "Export one", country: "FR", city: "Paris", types: ["legal-aid"], languages: ["fr"], free: true, hours: [["MO,TU", "09:00", "12:00", 1]], wheelchair: true }),
    hsdsService({ name: "Export two", country: "ES", city: "Madrid", mode: "remote", types: ["helpline"], organization: { association: true } }),
    hsdsService({ name: "Export three", country: "KE", city: "Nairobi", types: ["medical-care", "psychological-support"], free: false }),
  ];
  const hidden = hsdsService({ name: "Hidden service", country: "FR", city: "Paris" });

  before(async () => {
    t = await createTestApp();
    await importServices(t, services);
    await importServices(t, [hidden], { publish: false });
  });
  after(() => t.close());

  it("exports valid HSDS that re-imports to the same data, as JSON and as a tabular package", async () => {
    const exported = await exportPublished(t.db);
    assert.equal(exported.service?.length, 3, "hidden services are not exported");
    const nested = nestServices(exported);
    for (const s of nested) assert.deepEqual(validateObject("service", s), [], String(s.name));

    const other = await createTestApp();
    try {
      const fromJson = readJsonDataset(JSON.stringify(nested));
      assert.deepEqual(fromJson.rejected, []);
      assert.equal((await directoryService(other.db).importDataset(fromJson, { publish: true, source: "import" })).ok, true);
      const again = await exportPublished(other.db);
      const withoutTaxonomies = (x: HsdsTables) => normalise({ ...x, taxonomy: [], taxonomy_term: [] });
      for (const table of Object.keys(withoutTaxonomies(exported))) {
        assert.deepEqual(withoutTaxonomies(again)[table], withoutTaxonomies(exported)[table], table);
      }
      assert.deepEqual(Object.keys(withoutTaxonomies(again)).sort(), Object.keys(withoutTaxonomies(exported)).sort());

      const zip = writeTabularZip(exported);
      const fromZip = await readTabularPackage({ zip });
      assert.deepEqual(fromZip.rejected, []);
      assert.deepEqual(normalise(fromZip.tables), normalise(exported));
    } finally {
      await other.close();
    }
    const cli = await t.app.inject("/api/hsds/export/datapackage.zip");
    assert.equal(cli.statusCode, 200);
    assert.equal(cli.headers["content-type"], "application/zip");
    const json = await t.app.inject("/api/hsds/export/services.json");
    assert.equal(JSON.parse(json.body).length, 3);
  });

  it("answers GET / with the version, the profile and the OpenAPI document's address", async () => {
    const r = await t.app.inject("/api/hsds/");
    assert.equal(r.statusCode, 200);
    const body = JSON.parse(r.body);
    assert.equal(body.version, "3.0");
    assert.match(body.profile, /^https:\/\//);
    assert.match(body.openapi_url, /\/api\/hsds\/openapi\.json$/);
    assert.equal(r.headers["access-control-allow-origin"], "*");
    const doc = JSON.parse((await t.app.inject("/api/hsds/openapi.json")).body);
    assert.equal(doc.openapi, "3.1.0");
    assert.doesNotMatch(JSON.stringify(doc.info), /REQUIRED|HERE/);
    assert.ok(doc.paths["/services"] && doc.paths["/services/{id}"]);
  });

  it("pages /services in the standard's shape, with valid services, and its filters add up", async () => {
    const page = JSON.parse((await t.app.inject("/api/hsds/services?per_page=2")).body);
    assert.deepEqual(
      Object.keys(page).sort(),
      ["contents", "empty", "first_page", "last_page", "page_number", "size", "total_items", "total_pages"],
    );
    assert.equal(page.total_items, 3);
    assert.equal(page.total_pages, 2);
    assert.equal(page.first_page, true);
    assert.equal(page.last_page, false);
    assert.equal(page.contents.length, 2);
    for (const s of page.contents) assert.deepEqual(validateObject("service", s), []);
    const second = JSON.parse((await t.app.inject("/api/hsds/services?per_page=2&page=2")).body);
    assert.equal(second.contents.length, 1);
    assert.equal(second.last_page, true);

    const full = JSON.parse((await t.app.inject("/api/hsds/services?full=true")).body);
    for (const s of full.contents) {
      assert.deepEqual(validateObject("service", s), []);
      assert.ok(Array.isArray(s.service_at_locations) && s.service_at_locations.length === 1);
    }
    const legalAid = SERVICE_TYPES.find((x) => x.code === "legal-aid")!.id;
    const byTerm = JSON.parse((await t.app.inject(`/api/hsds/services?taxonomy_term_id=${legalAid}`)).body);
    assert.deepEqual(byTerm.contents.map((s: { name: string }) => s.name), ["Export one"]);
    const orgId = (services[1]!.organization as { id: string }).id;
    const byOrg = JSON.parse((await t.app.inject(`/api/hsds/services?organization_id=${orgId}`)).body);
    assert.deepEqual(byOrg.contents.map((s: { name: string }) => s.name), ["Export two"]);
    const byWords = JSON.parse((await t.app.inject("/api/hsds/services?search=three")).body);
    assert.deepEqual(byWords.contents.map((s: { name: string }) => s.name), ["Export three"]);
    const both = JSON.parse((await t.app.inject(`/api/hsds/services?search=three&taxonomy_term_id=${legalAid}`)).body);
    assert.equal(both.total_items, 0);
    assert.equal(both.empty, true);
    const later = JSON.parse((await t.app.inject("/api/hsds/services?modified_after=2030-01-01T00:00:00Z")).body);
    assert.equal(later.total_items, 0);
    const minimal = JSON.parse((await t.app.inject("/api/hsds/services?minimal=true")).body);
    assert.deepEqual(Object.keys(minimal.contents[0]).sort(), ["id", "last_modified"]);
    const ndjson = await t.app.inject("/api/hsds/services?format=ndjson");
    assert.equal(ndjson.body.trim().split("\n").length, 3);
  });

  it("serves one service, organisations, services at locations and taxonomies, valid against the schemas", async () => {
    const one = await t.app.inject(`/api/hsds/services/${services[0]!.id}`);
    assert.equal(one.statusCode, 200);
    const service = JSON.parse(one.body);
    assert.deepEqual(validateObject("service", service), []);
    assert.equal(service.organization.id, (services[0]!.organization as { id: string }).id);

    const orgs = JSON.parse((await t.app.inject("/api/hsds/organizations?full_service=true")).body);
    assert.equal(orgs.total_items, 3);
    for (const o of orgs.contents) assert.deepEqual(validateObject("organization", o), []);
    const orgId = (services[1]!.organization as { id: string }).id;
    const org = JSON.parse((await t.app.inject(`/api/hsds/organizations/${orgId}`)).body);
    assert.deepEqual(validateObject("organization", org), []);

    const sals = JSON.parse((await t.app.inject("/api/hsds/service_at_locations?full=true")).body);
    assert.equal(sals.total_items, 3);
    for (const s of sals.contents) assert.deepEqual(validateObject("service_at_location", s), []);

    const taxonomies = JSON.parse((await t.app.inject("/api/hsds/taxonomies")).body);
    assert.ok(taxonomies.contents.some((x: { name: string }) => /service types/.test(x.name)));
    const terms = JSON.parse((await t.app.inject("/api/hsds/taxonomy_terms?per_page=100")).body);
    assert.ok(terms.total_items >= SERVICE_TYPES.length);
    for (const term of terms.contents) assert.deepEqual(validateObject("taxonomy_term", term), []);
  });

  it("hides what is not published and answers bad requests with JSON errors", async () => {
    assert.equal((await t.app.inject(`/api/hsds/services/${hidden.id}`)).statusCode, 404);
    const all = JSON.parse((await t.app.inject("/api/hsds/services")).body);
    assert.ok(!all.contents.some((s: { id: string }) => s.id === hidden.id));
    const bad = await t.app.inject("/api/hsds/services?per_page=100000");
    assert.equal(bad.statusCode, 400);
    assert.match(bad.headers["content-type"] as string, /application\/json/);
    assert.match(JSON.parse(bad.body).error, /per_page/);
    assert.equal((await t.app.inject("/api/hsds/services?modified_after=yesterday")).statusCode, 400);
    assert.equal((await t.app.inject("/api/hsds/services/not-a-uuid")).statusCode, 404);
    const missing = await t.app.inject("/api/hsds/nothing-here");
    assert.equal(missing.statusCode, 404);
    assert.equal(JSON.parse(missing.body).error, "Not found");
  });
});
