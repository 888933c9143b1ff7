import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { Writable } from "node:stream";
import { promisify } from "node:util";
import { sql } from "kysely";
import { createTestApp, testDbKind, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";
import { DEMO_COUNTRIES_FILE } from "../../demo/countries-demo.ts";
import { countriesService } from "./countries.service.ts";

const run = promisify(execFile);
let t: TestApp;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/\s+/g, " ");

before(async () => {
  t = await createTestApp({ seed: true });
});
after(async () => t.close());

describe("country pages", () => {
  it("lists all 193 Member States and 2 observer States under the five UN regions, names in the reader's language", async () => {
    const res = await t.app.inject({ url: "/fr/countries" });
    assert.equal(res.statusCode, 200);
    assert.equal((res.body.match(/href="\/fr\/countries\/[a-z]{2}"/g) ?? []).length, 195);
    assert.equal((res.body.match(/<h2 id="region-/g) ?? []).length, 5);
    const intl = new Intl.DisplayNames(["fr"], { type: "region" });
    for (const name of ["Afrique", "Amériques", "Asie", "Europe", "Océanie", "Allemagne", "Tchad", intl.of("VA")!, intl.of("PS")!]) assert.ok(res.body.includes(`>${name}<`), name);
    assert.match(res.body, /195 pays/);
  });

  it("finds a country by part of its name in any of the six languages, or by its code", async () => {
    for (const [locale, q] of [["en", "franc"], ["en", "法国"], ["ar", "فرنسا"], ["ru", "Франц"], ["es", "FR"]] as const) {
      const res = await t.app.inject({ url: `/${locale}/countries?q=${encodeURIComponent(q)}` });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, new RegExp(`href="/${locale}/countries/fr"`), `${locale} ${q}`);
    }
    const none = await t.app.inject({ url: "/en/countries?q=atlantis" });
    assert.equal(none.statusCode, 200);
    assert.match(none.body, /No country matches “atlantis”/);
  });

  it("shows a profile's sections with their sources and review dates, its schemes and the directory's services there", async () => {
    const res = await t.app.inject({ url: "/en/countries/fr" });
    assert.equal(res.statusCode, 200);
    const body = text(res.body);
    assert.match(body, /Guarantee Fund for Victims of Terrorism and Other Offences \(FGTI\)/);
    assert.match(body, /Attacks in France: anyone, whatever their nationality/);
    assert.match(body, /Attacks outside France: its nationals/);
    assert.match(body, /within 10 years of the attack/);
    assert.match(body, /Last reviewed October 1, 2026/);
    assert.match(body, /This profile is demonstration content/);
    assert.match(res.body, /href="\/en\/services\/[0-9a-f-]{36}"/);
    assert.match(body, /State compensation ● In place Loi n° 86-1020 du 9 septembre 1986/);
    assert.match(res.body, /"@type":"GovernmentService"/);
  });

  it("says when a scheme covers only declared or designated attacks, and links to the list", async () => {
    const body = text((await t.app.inject({ url: "/en/countries/gb" })).body);
    assert.match(body, /Attacks outside United Kingdom: its residents Only for attacks the government has officially declared or designated\. The Government publishes the list of designated attacks; a new attack may be added to it\. The list of declared or designated attacks/);
    const result = await t.app.inject({ url: "/en/help-navigator/result?attack=ES&home=GB&role=injured" });
    assert.match(result.body, /Only for attacks the government has officially declared or designated\. <a href="https:\/\/www.gov.uk\/" rel="noopener noreferrer">The list of declared or designated attacks<\/a>/);
  });

  it("shows a French reader the French text and an English reader the English one, marking text in another language", async () => {
    const fr = await t.app.inject({ url: "/fr/countries/fr" });
    assert.match(fr.body, /Fonds de garantie des victimes des actes de terrorisme/);
    const ru = await t.app.inject({ url: "/ru/countries/au" });
    assert.match(ru.body, /<span lang="en" dir="ltr">Australian Victim of Terrorism Overseas Payment \(AVTOP\)<\/span>/);
  });

  it("gives every country without information its page, each section saying so honestly and how to suggest some", async () => {
    const res = await t.app.inject({ url: "/en/countries/td" });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1>Chad<\/h1>/);
    assert.equal((res.body.match(/No information is available here yet\./g) ?? []).length, 6);
    assert.match(res.body, /Suggest information for this section/);
  });

  it("lets a reader suggest information for a section: e-mailed to the team and the country's focal points, nothing stored", async () => {
    await buildStaff(t, { roles: ["focal_point"], countries: ["TD"], email: "focal-td@example.org" });
    const client = new Client(t.app);
    const form = await client.get("/en/countries/td/suggest?section=numbers");
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /<option value="numbers" selected>/);
    const bad = await client.post("/en/countries/td/suggest", { section: "nope", message: " ", email: "not-an-address" }, { formPage: "/en/countries/td/suggest" });
    assert.equal(bad.statusCode, 400);
    for (const field of ["section", "message", "email"]) assert.match(bad.body, new RegExp(`href="#field-${field}"`));
    assert.match(bad.body, /value="not-an-address"/);
    const sent = t.mail.length;
    const ok = await client.post("/en/countries/td/suggest", { section: "numbers", message: "Police: 17", source: "Government website" }, { formPage: "/en/countries/td/suggest" });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, "/en/countries/td");
    const mail = t.mail[sent]!;
    assert.match(mail.to, /focal-td@example\.org/);
    assert.equal(mail.subject, "[Country profile suggestion] TD numbers");
    assert.match(mail.text, /Police: 17[\s\S]*Source: Government website/);
    assert.match((await client.get("/en/countries/td")).body, /Your suggestion was sent to the team/);
  });

  it("sends upper-case codes to the lower-case address and answers 404 for a code that is not a UN State", async () => {
    const upper = await t.app.inject({ url: "/en/countries/FR" });
    assert.equal(upper.statusCode, 301);
    assert.equal(upper.headers.location, "/en/countries/fr");
    for (const code of ["xk", "zz", "fra", "h%C3%A9"]) assert.equal((await t.app.inject({ url: `/en/countries/${code}` })).statusCode, 404, code);
  });
});

describe("the Model Legislative Provisions comparison", () => {
  it("shows countries with information, filters by region and provision, and includes the others on request", async () => {
    const all = await t.app.inject({ url: "/en/countries/compare" });
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /4 countries/);
    const europe = await t.app.inject({ url: "/en/countries/compare?region=150&provision=state_compensation&provision=victims_abroad" });
    const body = text(europe.body);
    assert.match(body, /3 countries/);
    assert.doesNotMatch(body, /Australia/);
    assert.match(europe.body, /<th scope="col">Nationals and residents harmed abroad<\/th>/);
    assert.doesNotMatch(europe.body, /<th scope="col">Free legal aid<\/th>/);
    const withEmpty = await t.app.inject({ url: "/en/countries/compare?region=009&all=1" });
    assert.match(withEmpty.body, /14 countries/);
  });

  it("exports the same table as CSV, with spreadsheet-safe cells", async () => {
    const res = await t.app.inject({ url: "/fr/countries/compare.csv?region=150&provision=state_compensation" });
    assert.equal(res.statusCode, 200);
    assert.match(res.headers["content-type"] as string, /^text\/csv/);
    assert.match(res.headers["content-disposition"] as string, /attachment; filename="model-provisions-fr.csv"/);
    const lines = res.body.replace(/^\uFEFF/, "").trim().split("\r\n");
    assert.match(lines[0]!, /^code,[^,]+,[^,]+,[^,]+,state_compensation – [^,]+$/);
    assert.ok(lines.some((l) => l.startsWith("FR,France,Europe,") && l.endsWith("Loi n° 86-1020 du 9 septembre 1986")), lines.join("\n"));
    assert.equal(lines.length, 4);
  });

  it("answers 400 with the form for an unknown region or provision", async () => {
    const res = await t.app.inject({ url: "/en/countries/compare?region=999&provision=nope" });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#field-region">Choose a region from the list/);
    assert.match(res.body, /href="#field-provision">Choose provisions from the list/);
  });
});

describe("the countries API", () => {
  it("lists the 195 States with names in the asked language and says which have a profile", async () => {
    const res = await t.app.inject({ url: "/api/v1/countries?lang=zh" });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers["access-control-allow-origin"], "*");
    const list = res.json().countries as { code: string; name: string; has_profile: boolean; schemes: number }[];
    assert.equal(list.length, 195);
    assert.equal(list.find((c) => c.code === "FR")?.name, "法国");
    assert.deepEqual(list.filter((c) => c.has_profile).map((c) => c.code), ["AU", "ES", "FR", "GB", "NO"]);
    assert.equal((await t.app.inject({ url: "/api/v1/countries?lang=de" })).statusCode, 400);
  });

  it("gives one profile in the exchange format, an empty one for a State without information, 404 for others", async () => {
    const gb = (await t.app.inject({ url: "/api/v1/countries/gb" })).json();
    assert.deepEqual(gb.schemes.map((s: { id: string }) => s.id), ["gb-votcs", "gb-cics"]);
    assert.deepEqual((await t.app.inject({ url: "/api/v1/countries/TD" })).json(), { code: "TD", demo: false, sections: {}, schemes: [] });
    const missing = await t.app.inject({ url: "/api/v1/countries/xk" });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error, "Not a UN Member or observer State");
  });

  it("is described in OpenAPI 3.1 with schemas for the profile and the exchange file", async () => {
    const doc = (await t.app.inject({ url: "/api/v1/openapi.json" })).json();
    assert.equal(doc.openapi, "3.1.0");
    assert.deepEqual(Object.keys(doc.paths), ["/countries", "/countries/{code}", "/countries/export"]);
    assert.ok(doc.components.schemas.CountryProfile.properties.schemes);
    assert.ok(doc.components.schemas.CountriesFile.properties.countries);
  });
});

describe("importing and exporting profiles", () => {
  it("round-trips: what is exported imports again unchanged", async () => {
    const exported = (await t.app.inject({ url: "/api/v1/countries/export" })).json();
    assert.equal(exported.format, "vsp-countries");
    assert.equal(exported.countries.length, 5);
    const service = countriesService(t.db, () => t.clock.now);
    const result = await service.importFile(exported);
    assert.equal(result.ok, true);
    const again = await service.exportFile();
    assert.deepEqual(again.countries, exported.countries);
  });

  it("refuses a whole file when one country in it is wrong, naming each problem, and changes nothing", async () => {
    const service = countriesService(t.db, () => t.clock.now);
    const before = (await service.repo.profiles()).map((p) => [p.code, p.latestRevision]);
    const bad = structuredClone(DEMO_COUNTRIES_FILE) as { countries: Record<string, unknown>[] };
    bad.countries.push({ code: "TD", demo: false, sections: { numbers: { entries: [{ kind: "emergency", number: "17" }] } } });
    bad.countries.push({ code: "XK", sections: {} });
    (bad.countries[0] as { schemes: { deadlines: { rules: { from: string }[] } }[] }).schemes[0]!.deadlines.rules[0]!.from = "arrival";
    const result = await service.importFile(bad);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.ok(result.errors.some((e) => e.startsWith("countries[6].code:")), result.errors.join("\n"));
    assert.ok(result.errors.some((e) => e.startsWith("countries[0].schemes[0].deadlines.rules[0].from:")), result.errors.join("\n"));
    assert.deepEqual((await service.repo.profiles()).map((p) => [p.code, p.latestRevision]), before);
    assert.equal((await t.app.inject({ url: "/api/v1/countries/td" })).json().sections.numbers, undefined);
    const twice = await service.importFile({ ...DEMO_COUNTRIES_FILE, countries: [DEMO_COUNTRIES_FILE.countries[1], DEMO_COUNTRIES_FILE.countries[1]] });
    assert.deepEqual(twice, { ok: false, errors: ["countries[1].code: Country GB appears twice"] });
    const wrongFormat = await service.importFile({ format: "hsds", countries: [] });
    assert.equal(wrongFormat.ok, false);
  });

  it("imports from the command line, all or nothing, with a clear report", { skip: testDbKind !== "sqlite" }, async () => {
    const dir = t.config.dataDir;
    const good = path.join(dir, "countries.json");
    await writeFile(good, JSON.stringify({ format: "vsp-countries", version: 1, countries: [{ code: "TD", sections: { numbers: { entries: [{ kind: "police", number: "17" }] } } }] }));
    const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: "", NODE_ENV: "test", LOG_LEVEL: "silent" };
    const ok = await run(process.execPath, ["--import", "tsx", "scripts/countries-import.ts", good], { env });
    assert.match(ok.stdout, /Imported and published 1 country profile\(s\): TD\./);
    const badFile = path.join(dir, "bad.json");
    await writeFile(badFile, JSON.stringify({ format: "vsp-countries", version: 1, countries: [{ code: "TD", sections: { numbers: { entries: [{ kind: "police", number: "call us" }] } } }] }));
    const bad = await run(process.execPath, ["--import", "tsx", "scripts/countries-import.ts", badFile], { env }).catch((e: { code: number; stderr: string }) => e);
    assert.equal((bad as { code: number }).code, 65);
    assert.match((bad as { stderr: string }).stderr, /Nothing was imported: 1 problem\(s\)\.\n {2}countries\[0\]\.sections\.numbers\.entries\[0\]\.number: A telephone number/);
    const notJson = path.join(dir, "broken.json");
    await writeFile(notJson, "{");
    const broken = await run(process.execPath, ["--import", "tsx", "scripts/countries-import.ts", notJson], { env }).catch((e: { code: number; stderr: string }) => e);
    assert.match((broken as { stderr: string }).stderr, /is not valid JSON/);
  });
});

describe("editing profiles in the staff area", () => {
  it("lets a focal point change their own country: the change waits for an editor, who publishes it; every step is a revision", async () => {
    const focal = await buildStaff(t, { roles: ["focal_point"], countries: ["ML"] });
    const client = await signIn(t, focal);
    const list = await client.get("/en/admin/countries");
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /href="\/en\/admin\/countries\/ml"/);
    assert.doesNotMatch(list.body, /href="\/en\/admin\/countries\/fr"/);

    const form = "/en/admin/countries/ml/section/numbers?text=fr";
    const saved = await client.post(form, { kind_0: "police", number_0: "17", label_0: "Police secours", hours_0: "24 h sur 24", source_title: "Gouvernement du Mali", reviewed: "2026-11-01", note: "premiers numéros" }, { formPage: form });
    assert.equal(saved.statusCode, 303);
    const pub = await t.app.inject({ url: "/fr/countries/ml" });
    assert.doesNotMatch(pub.body, /Police secours/, "not public before review");

    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const page = await editor.get("/en/admin/countries/ml");
    assert.match(page.body, /Revision 1 is waiting for review/);
    const review = await editor.post("/en/admin/countries/ml/review", { revision: "1", decision: "publish" }, { formPage: "/en/admin/countries/ml" });
    assert.equal(review.statusCode, 303);
    const after = text((await t.app.inject({ url: "/fr/countries/ml" })).body);
    assert.match(after, /Police secours 17 · 24 h sur 24/);
    assert.match(after, /Gouvernement du Mali/);
    const history = text((await editor.get("/en/admin/countries/ml")).body);
    assert.match(history, /Revision 1 Published Test focal_point .* reviewed by Test editor/);
    assert.match(history, /premiers numéros/);

    // A later change, then the first one restored: a third revision with the first one's content.
    const again = "/en/admin/countries/ml/section/numbers?text=fr";
    await editor.post(again, { kind_0: "police", number_0: "18", label_0: "Police" }, { formPage: again });
    // Each published revision is shown at once, in every language: pages kept while the profiles came
    // from memory are dropped too (the sections' HTML is kept per revision as well).
    for (const l of ["fr", "en", "fr"]) {
      assert.match(text((await t.app.inject({ url: `/${l}/countries/ml` })).body), /Police 18/);
      await new Promise((r) => setTimeout(r, 300)); // a page is kept a moment after its answer
    }
    const restored = await editor.post("/en/admin/countries/ml/revisions/1/restore", {}, { formPage: "/en/admin/countries/ml" });
    assert.equal(restored.statusCode, 303);
    for (const l of ["en", "fr"]) assert.match(text((await t.app.inject({ url: `/${l}/countries/ml` })).body), /Police secours 17/);
    const now = text((await t.app.inject({ url: "/fr/countries/ml" })).body);
    assert.deepEqual((await countriesService(t.db).repo.revisions("ML")).map((r) => [r.number, r.state, r.note]), [
      [3, "published", "↺ 1"],
      [2, "published", null],
      [1, "published", "premiers numéros"],
    ]);
    assert.equal((await editor.post("/en/admin/countries/ml/revisions/9/restore", {}, { formPage: "/en/admin/countries/ml" })).statusCode, 404);
  });

  it("keeps other languages' texts when a section is edited in one language", async () => {
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const form = "/en/admin/countries/fr/section/consular?text=ar";
    const res = await editor.post(form, { text: "يمكن للأجانب الاتصال بسفارتهم.", source_title: "تجريبي" }, { formPage: form });
    assert.equal(res.statusCode, 303);
    const profile = (await t.app.inject({ url: "/api/v1/countries/fr" })).json();
    assert.deepEqual(Object.keys(profile.sections.consular.text), ["ar"]);
    const form2 = "/en/admin/countries/fr/section/consular?text=en";
    await editor.post(form2, { text: "Foreigners can call their embassy.", source_title: "Demo" }, { formPage: form2 });
    const again = (await t.app.inject({ url: "/api/v1/countries/fr" })).json();
    assert.deepEqual(again.sections.consular.text, { ar: "يمكن للأجانب الاتصال بسفارتهم.", en: "Foreigners can call their embassy." });
  });

  it("re-shows a form with every error linked and the answers kept, and saves nothing", async () => {
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const before = (await countriesService(t.db).repo.profiles()).find((p) => p.code === "NO")!.latestRevision;
    const form = "/en/admin/countries/no/schemes/new?text=en";
    const res = await editor.post(form, { id: "Bad Id", name: "", operator: "Someone", apply_url: "javascript:alert(1)", years_0: "two", from_0: "attack", reviewed: "2026-13-01" }, { formPage: form });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<title>Error: /);
    for (const field of ["id", "name", "in_country_who", "affected", "apply_url", "years_0", "reviewed"]) assert.match(res.body, new RegExp(`href="#field-${field}"`), field);
    assert.match(res.body, /value="Someone"/);
    assert.equal((await countriesService(t.db).repo.profiles()).find((p) => p.code === "NO")!.latestRevision, before);
  });

  it("adds a scheme whose deadline the navigator then uses", async () => {
    const editor = await signIn(t, await buildStaff(t, { roles: ["admin"], totp: true }));
    const form = "/en/admin/countries/ml/schemes/new?text=en";
    const res = await editor.post(
      form,
      { id: "ml-fonds", name: "Victims fund", operator: "Ministry of Justice", in_country_who: ["anyone"], affected: ["injured", "bereaved"], years_0: "1", months_0: "6", from_0: "attack", combine: "latest", evidence: "Medical certificate\nPolice report", methods: ["post"], languages: "fr" },
      { formPage: form },
    );
    assert.equal(res.statusCode, 303);
    const result = text((await t.app.inject({ url: "/en/help-navigator/result?attack=ML&role=injured&date=2026-01-15" })).body);
    assert.match(result, /Victims fund .*Apply by July 15, 2027\./);
    assert.match(result, /Medical certificate Police report/);
  });

  it("answers 404 to a focal point opening another country, and 403 to staff without the right", async () => {
    const focal = await signIn(t, await buildStaff(t, { roles: ["focal_point"], countries: ["ML"] }));
    assert.equal((await focal.get("/en/admin/countries/fr")).statusCode, 404);
    assert.equal((await focal.get("/en/admin/countries/fr/section/numbers")).statusCode, 404);
    const blocked = await focal.post("/en/admin/countries/fr/section/numbers?text=en", { number_0: "1" }, { formPage: "/en/admin/countries/ml/section/numbers" });
    assert.equal(blocked.statusCode, 404);
    const review = await focal.post("/en/admin/countries/ml/review", { revision: "1", decision: "publish" }, { formPage: "/en/admin/countries/ml" });
    assert.equal(review.statusCode, 403);
    const translator = await signIn(t, await buildStaff(t, { roles: ["translator"] }));
    assert.equal((await translator.get("/en/admin/countries")).statusCode, 403);
    assert.equal((await new Client(t.app).get("/en/admin/countries")).statusCode, 303);
  });
});

describe("the help navigator", () => {
  it("asks one question a page and carries earlier answers in hidden fields of a GET form", async () => {
    const res = await t.app.inject({ url: "/ar/help-navigator/role?attack=FR&home=AU" });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<html lang="ar" dir="rtl">/);
    assert.match(res.body, /<form method="get" action="\/ar\/help-navigator\/role"/);
    assert.match(res.body, /<input type="hidden" name="attack" value="FR"\/>/);
    assert.match(res.body, /<input type="hidden" name="home" value="AU"\/>/);
    assert.match(res.body, /href="\/ar\/help-navigator\/home\?attack=FR&amp;home=AU"/);
  });

  it("moves to the next question with the answer, or without it when skipped", async () => {
    const next = await t.app.inject({ url: "/en/help-navigator/role?attack=FR&answered=1&role=witness" });
    assert.equal(next.statusCode, 303);
    assert.equal(next.headers.location, "/en/help-navigator/when?attack=FR&role=witness");
    const skipped = await t.app.inject({ url: "/en/help-navigator/role?attack=FR&answered=1&role=witness&skip=1" });
    assert.equal(skipped.headers.location, "/en/help-navigator/when?attack=FR");
    const date = await t.app.inject({ url: "/en/help-navigator/when?attack=FR&answered=1&day=5&month=3&year=2025" });
    assert.equal(date.headers.location, "/en/help-navigator/needs?attack=FR&date=2025-03-05");
    const last = await t.app.inject({ url: "/en/help-navigator/needs?attack=FR&answered=1&need=money&need=legal" });
    assert.equal(last.headers.location, "/en/help-navigator/result?attack=FR&need=money&need=legal");
  });

  it("re-shows a question with a linked error and the answers kept for a bad date, a future date or an unknown country", async () => {
    const bad = await t.app.inject({ url: "/en/help-navigator/when?attack=FR&answered=1&day=31&month=2&year=2024" });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /<title>Error: When did the attack happen\?/);
    assert.match(bad.body, /href="#field-date">Enter a real date/);
    assert.match(bad.body, /value="31"/);
    const future = await t.app.inject({ url: `/en/help-navigator/when?answered=1&day=1&month=1&year=${new Date().getUTCFullYear() + 1}` });
    assert.match(future.body, /The date must be today or in the past/);
    const half = await t.app.inject({ url: "/en/help-navigator/when?answered=1&day=&month=3&year=2024" });
    assert.match(half.body, /Enter the day, the month and the year, or skip this question/);
    const country = await t.app.inject({ url: "/en/help-navigator/where?answered=1&attack=QQ" });
    assert.equal(country.statusCode, 400);
    assert.match(country.body, /href="#field-attack">Choose the country where the attack happened/);
    const tampered = await t.app.inject({ url: "/en/help-navigator/result?attack=FR&role=king" });
    assert.equal(tampered.statusCode, 400);
    assert.match(tampered.body, /Choose how you were affected from the list/);
  });

  it("answers for three countries: schemes from each with real deadlines, evidence, who to call and services", async () => {
    const res = await t.app.inject({ url: "/en/help-navigator/result?attack=FR&home=AU&nationality=GB&role=bereaved&date=2025-03-01&need=psychological" });
    assert.equal(res.statusCode, 200);
    const body = text(res.body);
    assert.match(body, /This is guidance, not a legal decision/);
    assert.match(body, /Guarantee Fund .*Apply by March 1, 2035\./);
    assert.match(body, /Australian Victim of Terrorism Overseas Payment \(AVTOP\) .*Apply by March 1, 2027\./);
    assert.match(body, /Counted from the day of the attack/);
    assert.doesNotMatch(body, /Victims of Overseas Terrorism Compensation Scheme/);
    assert.match(body, /For family members: the death certificate and proof of the relationship/);
    assert.match(body, /France \(where the attack happened\)/);
    assert.match(body, /United Kingdom \(your nationality\) .*999/);
    assert.match(res.body, /href="\/en\/help-navigator\/result.pdf\?attack=FR&amp;home=AU/);
    assert.match(res.body, /href="\/en\/help-navigator\/deadlines.ics\?/);
    assert.match(res.body, /href="\/en\/services\/[0-9a-f-]{36}"/);
  });

  it("keeps the answers out of caches, referrers, cookies, the database and the logs", async () => {
    const lines: string[] = [];
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await createTestApp({ env: { LOG_LEVEL: "info" }, logStream });
    const counts = async () => {
      const tables = (await logged.db.kysely.introspection.getTables()).map((tb) => tb.name).filter((n) => !n.startsWith("kysely_") && !n.startsWith("directory_fts") && !n.startsWith("sqlite_"));
      const out: Record<string, number> = {};
      for (const name of tables) out[name] = Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(name)}`.execute(logged.db.kysely)).rows[0]!.n);
      return out;
    };
    try {
      const before = await counts();
      const secret = "attack=FR&home=NZ&nationality=IQ&near=Wellingtonia&role=bereaved&date=2019-03-15&need=money";
      for (const url of ["/en/help-navigator/where?answered=1&attack=FR", "/en/help-navigator/home?attack=FR&answered=1&home=NZ&nationality=IQ&near=Wellingtonia", `/en/help-navigator/result?${secret}`, `/en/help-navigator/result.pdf?${secret}`, `/en/help-navigator/deadlines.ics?${secret}`]) {
        const res = await logged.app.inject({ url, headers: { cookie: "" } });
        assert.ok(res.statusCode < 400, `${url} → ${res.statusCode}`);
        assert.equal(res.headers["cache-control"], "no-store", url);
        assert.equal(res.headers["referrer-policy"], "no-referrer", url);
        assert.equal(res.headers["set-cookie"], undefined, url);
      }
      assert.deepEqual(await counts(), before);
    } finally {
      await logged.close();
    }
    const log = lines.join("");
    assert.match(log, /help-navigator\/result/, "requests are logged, by path");
    for (const answer of ["Wellingtonia", "NZ", "IQ", "bereaved", "2019-03-15", "money"]) assert.ok(!log.includes(answer), `the log holds ${answer}`);
  });

  it("makes a calendar file of the open deadlines: CRLF lines folded at 75 octets, stable ids, reminders", async () => {
    const url = "/fr/help-navigator/deadlines.ics?attack=FR&home=AU&nationality=AU&role=bereaved&date=2025-03-01";
    const a = await t.app.inject({ url });
    assert.equal(a.statusCode, 200);
    assert.match(a.headers["content-type"] as string, /^text\/calendar/);
    const ics = a.body;
    assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"));
    assert.ok(!/[^\r]\n/.test(ics), "every line ends in CRLF");
    for (const line of ics.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, line);
    assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, 2);
    assert.match(ics, /DTSTART;VALUE=DATE:20350301/);
    assert.match(ics, /DTSTART;VALUE=DATE:20270301/);
    assert.match(ics, /UID:deadline-fr-fr-fgti-2035-03-01@localhost/);
    assert.match(ics, /TRIGGER:-P30D/);
    const b = await t.app.inject({ url });
    assert.deepEqual(b.body.match(/UID:.*/g), ics.match(/UID:.*/g));
  });

  it("makes a PDF of the answer in the reader's language", async () => {
    for (const locale of ["en", "ar", "zh"]) {
      const res = await t.app.inject({ url: `/${locale}/help-navigator/result.pdf?attack=FR&home=AU&role=injured&date=2025-03-01` });
      assert.equal(res.statusCode, 200, locale);
      assert.equal(res.headers["content-type"], "application/pdf");
      assert.equal(res.rawPayload.subarray(0, 5).toString(), "%PDF-");
    }
  });
});
