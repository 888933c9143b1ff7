import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { hsdsService, importServices, listedServiceIds } from "../../../tests/support/directory.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";
import { exportPublished } from "./directory.export.ts";
import { directoryService } from "./directory.service.ts";
import { SGBV_GROUP, SGBV_TYPES, STAFF_GENDER_TERM, WOMEN_LED_TERM, sgbvSearchHref } from "./directory.taxonomy.ts";
import { readJsonDataset } from "./hsds/json.ts";
import { nestServices } from "./hsds/nest.ts";
import { readTabularPackage, writeTabularZip } from "./hsds/tabular.ts";
import { validateObject } from "./hsds/validate.ts";

const womenParis = hsdsService({
  name: "Consultations après des violences sexuelles",
  description: "Une médecin et une psychologue reçoivent les survivantes, sans obligation de porter plainte.",
  country: "FR",
  city: "Paris",
  lat: 48.865,
  lon: 2.399,
  types: ["sgbv-medical", "sgbv-psychological"],
  features: ["women-led", "staff-gender-on-request"],
  languages: ["fr", "ar"],
  free: true,
  wheelchair: true,
});
const staffNairobi = hsdsService({
  name: "Care after sexual violence",
  description: "Confidential medical care for survivors of any gender.",
  country: "KE",
  city: "Nairobi",
  lat: -1.292,
  lon: 36.787,
  types: ["sgbv-medical"],
  features: ["staff-gender-on-request"],
  languages: ["en"],
  free: true,
});
const womenMadrid = hsdsService({
  name: "Alojamiento seguro y asesoría jurídica",
  description: "Plazas de alojamiento seguro y una abogada para conocer sus derechos.",
  country: "ES",
  city: "Madrid",
  mode: "remote",
  types: ["sgbv-safe-accommodation", "sgbv-legal"],
  features: ["women-led"],
  languages: ["es"],
  free: false,
});
const womenAmman = hsdsService({
  name: "الدعم النفسي للناجيات",
  description: "جلسات دعم نفسي فردية وجماعية للناجيات، في سرية تامة.",
  country: "JO",
  city: "Amman",
  lat: 31.96,
  lon: 35.922,
  types: ["sgbv-psychological"],
  features: ["women-led"],
  languages: ["ar"],
  free: true,
});
const plainParis = hsdsService({
  name: "Trauma counselling centre",
  description: "Counselling for bereaved families.",
  country: "FR",
  city: "Paris",
  lat: 48.857,
  lon: 2.352,
  types: ["psychological-support"],
  languages: ["fr"],
  free: true,
  wheelchair: true,
});
const all = [womenParis, staffNairobi, womenMadrid, womenAmman, plainParis];
const id = (s: Record<string, unknown>) => s.id as string;
const ids = (...list: Record<string, unknown>[]) => list.map(id).sort();

describe("finding specialised help: support after sexual violence, women-run services, staff of the gender asked for", () => {
  let t: TestApp;
  const search = async (qs: string, locale = "en") => {
    const r = await t.app.inject(`/${locale}/services?${qs}`);
    return { status: r.statusCode, body: r.body, ids: listedServiceIds(r.body, locale) };
  };
  const found = async (qs: string, locale = "en") => {
    const r = await search(qs, locale);
    assert.equal(r.status, 200, `${qs}: ${r.status}`);
    return r.ids.sort();
  };

  before(async () => {
    t = await createTestApp();
    await importServices(t, all);
  });
  after(() => t.close());

  it("filters on each gender filter and on the four kinds of help alone", async () => {
    assert.deepEqual(await found("women=1"), ids(womenParis, womenMadrid, womenAmman));
    assert.deepEqual(await found("staffgender=1"), ids(womenParis, staffNairobi));
    assert.deepEqual(await found("type=sgbv-medical"), ids(womenParis, staffNairobi));
    assert.deepEqual(await found("type=sgbv-safe-accommodation"), ids(womenMadrid));
    assert.deepEqual(await found(sgbvSearchHref("en").split("?")[1]!), ids(womenParis, staffNairobi, womenMadrid, womenAmman));
  });

  it("combines them with each other and with words, country, language, kind of help, cost, access, mode and distance", async () => {
    assert.deepEqual(await found("women=1&staffgender=1"), ids(womenParis));
    assert.deepEqual(await found("country=FR&women=1"), ids(womenParis));
    assert.deepEqual(await found("country=FR&type=sgbv-medical&type=psychological-support"), ids(womenParis, plainParis));
    assert.deepEqual(await found("lang=ar&women=1"), ids(womenParis, womenAmman));
    assert.deepEqual(await found("type=sgbv-legal&women=1"), ids(womenMadrid));
    assert.deepEqual(await found("type=psychological-support&staffgender=1"), []);
    assert.deepEqual(await found("women=1&free=1"), ids(womenParis, womenAmman));
    assert.deepEqual(await found("women=1&mode=remote"), ids(womenMadrid));
    assert.deepEqual(await found("staffgender=1&wheelchair=1"), ids(womenParis));
    assert.deepEqual(await found("q=survivors&staffgender=1"), ids(staffNairobi));
    assert.deepEqual(await found(`q=${encodeURIComponent("للناجيات")}&women=1`, "ar"), ids(womenAmman));
    assert.deepEqual(await found("country=FR&near=Paris&sort=distance&women=1"), ids(womenParis));
    assert.deepEqual(await found("country=KE&near=Nairobi&sort=distance&staffgender=1&type=sgbv-medical"), ids(staffNairobi));
  });

  it("finds the kinds of help by the words of their names in another language", async () => {
    // "sexual" is a word of three of the four names: services of those kinds match whatever their own text.
    assert.deepEqual(await found("q=sexual"), ids(womenParis, staffNairobi, womenMadrid, womenAmman));
    assert.deepEqual(await found(`q=${encodeURIComponent("hébergement")}`, "fr"), ids(womenMadrid));
  });

  it("answers unknown filter values with 400 and a linked error, keeping the other answers", async () => {
    for (const qs of ["women=yes", "staffgender=2", "type=sgbv-other", "women=1&women=1"]) {
      const r = await search(`country=FR&${qs}`);
      assert.equal(r.status, 400, qs);
      assert.match(r.body, /class="error-summary"/, qs);
      assert.match(r.body, /<option value="FR" selected/, qs);
    }
    const bad = await search("women=yes");
    assert.match(bad.body, /href="#field-women"/);
  });

  it("shows the features on listings and service pages, in the reader's language, and links the service to its country profile", async () => {
    const list = await search("women=1");
    assert.match(list.body, /<li class="badge">Run by and for women<\/li>/);
    const fr = await search("staffgender=1", "fr");
    assert.match(fr.body, /<li class="badge">Peut vous faire recevoir par une personne du genre que vous demandez<\/li>/);
    const page = await t.app.inject(`/en/services/${id(womenParis)}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Medical care after sexual violence, and Psychological support after sexual violence|Medical care after sexual violence and Psychological support after sexual violence/);
    assert.match(page.body, /<li class="badge">Run by and for women<\/li>/);
    assert.match(page.body, /<li class="badge">Can provide a staff member of the gender you ask for<\/li>/);
    assert.match(page.body, /href="\/en\/countries\/fr">Country profile: France</);
    // schema.org categories are the kinds of help; features are not categories.
    const ld = JSON.parse(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(page.body)![1]!) as { category: string[] };
    assert.deepEqual(ld.category.sort(), ["Medical care after sexual violence", "Psychological support after sexual violence"]);
    const ar = await t.app.inject(`/ar/services/${id(womenAmman)}`);
    assert.match(ar.body, /تديره نساء ويقدم خدماته للنساء/);
    assert.doesNotMatch((await t.app.inject(`/en/services/${id(plainParis)}`)).body, /class="badge">Run by and for women/);
  });

  it("offers the entry to support after sexual violence from the home page and the directory, with the kinds of help as a group of filters", async () => {
    const href = sgbvSearchHref("fr").replace(/&/g, "&amp;");
    const home = await t.app.inject("/fr/");
    assert.ok(home.body.includes(`href="${href}">Soutien après des violences sexuelles</a>`));
    const directory = await t.app.inject("/fr/services");
    assert.ok(directory.body.includes(`href="${href}">Soutien après des violences sexuelles</a>`));
    assert.match(directory.body, new RegExp(`<legend>${SGBV_GROUP.names.fr}</legend>`));
    for (const term of SGBV_TYPES) assert.match(directory.body, new RegExp(`id="field-type-sgbv(-${term.code})?" name="type" value="${term.code}"`));
    assert.match(directory.body, /name="women" value="1"/);
    assert.match(directory.body, /name="staffgender" value="1"/);
    // Ids stay unique although two groups share the name "type".
    const idsOnPage = [...directory.body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(idsOnPage).size, idsOnPage.length);
  });

  it("keeps the new terms through the HSDS API, JSON export and import and the tabular package", async () => {
    const terms = JSON.parse((await t.app.inject("/api/hsds/taxonomy_terms?per_page=100")).body) as { contents: { id: string; parent_id?: string }[] };
    assert.ok(terms.contents.some((x) => x.id === SGBV_GROUP.id));
    for (const term of SGBV_TYPES) assert.equal(terms.contents.find((x) => x.id === term.id)?.parent_id, SGBV_GROUP.id, term.code);
    for (const term of terms.contents) assert.deepEqual(validateObject("taxonomy_term", term), []);
    const byFeature = JSON.parse((await t.app.inject(`/api/hsds/services?taxonomy_term_id=${WOMEN_LED_TERM.id}`)).body);
    assert.deepEqual(byFeature.contents.map((s: { id: string }) => s.id).sort(), ids(womenParis, womenMadrid, womenAmman));
    const one = JSON.parse((await t.app.inject(`/api/hsds/services/${id(womenParis)}`)).body) as { attributes: { taxonomy_term_id: string }[] };
    assert.deepEqual(validateObject("service", one), []);
    assert.ok(one.attributes.some((a) => a.taxonomy_term_id === STAFF_GENDER_TERM.id));

    const exported = await exportPublished(t.db);
    const nested = nestServices(exported);
    const other = await createTestApp();
    try {
      const report = await directoryService(other.db).importDataset(readJsonDataset(JSON.stringify(nested)), { publish: true, source: "import" });
      assert.equal(report.ok, true);
      const again = await other.app.inject("/en/services?women=1&staffgender=1");
      assert.deepEqual(listedServiceIds(again.body), [id(womenParis)]);
      const sgbv = await other.app.inject(`/en/${sgbvSearchHref("en").slice(4)}`);
      assert.deepEqual(listedServiceIds(sgbv.body).sort(), ids(womenParis, staffNairobi, womenMadrid, womenAmman));
    } finally {
      await other.close();
    }
    const fromZip = await readTabularPackage({ zip: writeTabularZip(exported) });
    assert.deepEqual(fromZip.rejected, []);
    const featureLinks = (fromZip.tables.attribute ?? []).filter((a) => a.taxonomy_term_id === WOMEN_LED_TERM.id).map((a) => a.link_id as string);
    assert.deepEqual(featureLinks.sort(), ids(womenParis, womenMadrid, womenAmman));
  });
});

describe("setting the gender features and the kinds of help in the forms", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const listing = {
    organization_name: "Maison Test",
    organization_description: "Run by women for women.",
    name: "Safe place and legal help",
    description: "A safe place to stay and a lawyer, for survivors.",
    types: ["sgbv-safe-accommodation", "sgbv-legal"],
    free: "yes",
    languages: ["fr"],
    mode: "in_person",
    country: "BE",
    city: "Brussels",
    address_1: "1 Rue de la Loi",
    phone: "+32 2 000 00 00",
  };

  it("lets staff set them, shows them ticked when editing, and finds the service by them", async () => {
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const form = await editor.get("/en/admin/directory/new");
    assert.match(form.body, /name="features" value="women-led"/);
    assert.match(form.body, /name="features" value="staff-gender-on-request"/);
    const bad = await editor.post("/en/admin/directory/new", { ...listing, features: ["women-led", "men-only"], intent: "publish" }, { formPage: "/en/admin/directory/new" });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#field-features"/);
    assert.match(bad.body, /value="Safe place and legal help"/);

    const created = await editor.post("/en/admin/directory/new", { ...listing, features: ["women-led", "staff-gender-on-request"], intent: "publish" }, { formPage: "/en/admin/directory/new" });
    assert.equal(created.statusCode, 303);
    const serviceId = /services\/([0-9a-f-]{36})/.exec(String(created.headers.location))?.[1]!;
    assert.deepEqual(listedServiceIds((await t.app.inject("/en/services?women=1&staffgender=1&type=sgbv-legal")).body), [serviceId]);

    const edit = await editor.get(`/en/admin/directory/services/${serviceId}`);
    assert.match(edit.body, /name="features" value="women-led" checked/);
    assert.match(edit.body, /name="types" value="sgbv-safe-accommodation" checked/);
    const saved = await editor.post(`/en/admin/directory/services/${serviceId}`, { ...listing, features: "women-led" }, { formPage: `/en/admin/directory/services/${serviceId}` });
    assert.equal(saved.statusCode, 303);
    assert.deepEqual(listedServiceIds((await t.app.inject("/en/services?staffgender=1")).body), []);
    assert.deepEqual(listedServiceIds((await t.app.inject("/en/services?women=1")).body), [serviceId]);
  });

  it("takes an organisation's proposal with or without them: they are never required", async () => {
    const visitor = new Client(t.app);
    const extra = { contact_name: "A. Person", contact_email: "person@example.org", criteria: "yes" };
    const without = await visitor.post("/en/services/propose", { ...listing, ...extra, name: "Without features" }, { formPage: "/en/services/propose" });
    assert.equal(without.statusCode, 303);
    const withThem = await visitor.post("/en/services/propose", { ...listing, ...extra, name: "With features", features: "staff-gender-on-request" }, { formPage: "/en/services/propose" });
    assert.equal(withThem.statusCode, 303);
  });
});

describe("no public form requires a gender", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ seed: true });
    await importServices(t, [womenParis]);
  });
  after(() => t.close());

  /** Form controls whose name, id or label speaks of gender, sex or women. */
  const GENDERED = /gender|sex|women|genre|femme|género|mujer|пол|женщ|جنس|نساء|性别|女性/i;

  it("marks no gender or sex field as required on any public page with a form, in English and Arabic", async () => {
    const pages = [
      "/",
      "/services",
      "/services/propose",
      `/services/${id(womenParis)}`,
      `/services/${id(womenParis)}/report`,
      "/countries/fr",
      "/countries/fr/suggest",
      "/contact",
      "/newsletter",
      "/stories/share",
      "/remembrance/tributes",
      "/help-navigator",
      "/search",
      "/events",
      "/learn/sign-in",
    ];
    let forms = 0;
    let gendered = 0;
    for (const locale of ["en", "ar"]) {
      for (const path of pages) {
        const r = await t.app.inject(`/${locale}${path}`);
        if (r.statusCode !== 200) continue;
        for (const [form] of r.body.matchAll(/<form[\s\S]*?<\/form>/g)) {
          forms++;
          assert.doesNotMatch(form, /\srequired(=|\s|>)/, `${locale}${path} has a required field`);
          for (const [control] of form.matchAll(/<(?:input|select|textarea)\b[^>]*>/g)) {
            const name = /\bname="([^"]*)"/.exec(control)?.[1] ?? "";
            const fieldId = /\bid="([^"]*)"/.exec(control)?.[1] ?? "";
            const label = fieldId ? (new RegExp(`<label for="${fieldId}">([^<]*)</label>`).exec(form)?.[1] ?? "") : "";
            if (!GENDERED.test(`${name} ${fieldId} ${label}`)) continue;
            gendered++;
            assert.doesNotMatch(control, /aria-required="true"|\srequired/, `${locale}${path}: ${name}`);
            assert.match(control, /type="checkbox"/, `${locale}${path}: ${name} is an optional tick box, never a question`);
          }
        }
      }
    }
    assert.ok(forms >= 20, `forms scanned: ${forms}`);
    assert.ok(gendered >= 4, "the directory's optional gender filters and form fields were found and checked");
  });
});
