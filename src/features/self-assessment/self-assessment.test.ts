import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import type { Client } from "../../../tests/support/http.ts";
import { seedDemoSelfAssessment } from "../../demo/seed.ts";
import { countriesService } from "../countries/countries.service.ts";

let t: TestApp;
let focal: Client;
let base = "";
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/\s+/g, " ");

/** The text of each line of a PDF, as pdf.js reads it, without spaces or marks. */
async function pdfLines(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  const lines = new Map<string, string>();
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) {
      if (!("str" in item) || !item.str.trim()) continue;
      const key = `${n}:${Math.round(item.transform[5] as number)}`;
      lines.set(key, (lines.get(key) ?? "") + item.str.replace(/[\p{M}\s]/gu, ""));
    }
  }
  await doc.destroy();
  return [...lines.values()];
}
/** Arabic may come back from a PDF with letters in another order (ligatures): compare bags of letters. */
function hasLettersOf(lines: string[], word: string): boolean {
  const clean = [...word.replace(/[\p{M}\s]/gu, "")];
  const want = [...clean].sort().join("");
  return lines.some((line) => {
    const chars = [...line];
    for (let i = 0; i + clean.length <= chars.length; i++) if (chars.slice(i, i + clean.length).sort().join("") === want) return true;
    return false;
  });
}

before(async () => {
  t = await createTestApp({ seed: true });
  focal = await signIn(t, await buildStaff(t, { roles: ["focal_point"], countries: ["ML"] }));
});
after(async () => t.close());

describe("self-assessment", () => {
  it("lets anyone read the explanation and the questions, but only signed-in staff answer", async () => {
    const res = await t.app.inject({ url: "/en/self-assessment" });
    assert.equal(res.statusCode, 200);
    const body = text(res.body);
    assert.match(body, /Self-assessment for Member States/);
    assert.match(body, /Who it is for/);
    assert.match(body, /How the answers are used/);
    assert.match(body, /Can a person be recognised as a victim even if nobody is convicted/);
    assert.match(body, /State compensation/);
    assert.doesNotMatch(res.body, /action="\/en\/self-assessment\/start"/);
    assert.match(res.body, /href="\/en\/admin\/login"/);
    const fr = await t.app.inject({ url: "/fr/self-assessment" });
    assert.match(text(fr.body), /Auto-évaluation pour les États Membres/);

    const start = await t.app.inject({ method: "POST", url: "/en/self-assessment/start", payload: "country=ML&year=2026", headers: { "content-type": "application/x-www-form-urlencoded" } });
    assert.equal(start.statusCode, 303);
    assert.equal(start.headers.location, "/en/admin/login");
    const page = await t.app.inject({ url: "/en/self-assessment/ml/00000000-0000-4000-8000-000000000000/group/status" });
    assert.equal(page.statusCode, 303);
    assert.equal(page.headers.location, "/en/admin/login");
  });

  it("lets a focal point start, save a group as a draft, come back, answer another and see progress", async () => {
    const intro = await focal.get("/en/self-assessment");
    assert.match(intro.body, /action="\/en\/self-assessment\/start"/);
    assert.match(intro.body, /<option value="ML"/);
    assert.doesNotMatch(intro.body, /<option value="TD"/);
    const started = await focal.post("/en/self-assessment/start", { country: "ML", year: "2026" }, { formPage: "/en/self-assessment" });
    assert.equal(started.statusCode, 303);
    base = started.headers.location as string;
    assert.match(base, /^\/en\/self-assessment\/ml\/[0-9a-f-]{36}$/);
    // One open draft per country: starting again opens the same one.
    const again = await focal.post("/en/self-assessment/start", { country: "ML", year: "2027" }, { formPage: "/en/self-assessment" });
    assert.equal(again.headers.location, base);

    const form = `${base}/group/status`;
    const saved = await focal.post(
      form,
      { "definition-status": "in_place", "definition-citation": "Loi n° 2019-001, art. 2", "non_discrimination-status": "partly", "non_discrimination-missing": "Residents are not covered", then: "later" },
      { formPage: form },
    );
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, base);
    const overview = await focal.get(base);
    const ob = text(overview.body);
    assert.match(ob, /Your answers are saved as a draft/);
    assert.match(ob, /2 of 25 provisions answered/);
    assert.match(ob, /Definitions and status of victims Partly answered/);
    assert.match(ob, /Status: Draft/);

    const back = await focal.get(form);
    assert.match(back.body, /id="field-definition-status" name="definition-status" value="in_place" checked/);
    assert.match(back.body, /value="Loi n° 2019-001, art. 2"/);

    const rights = `${base}/group/rights`;
    const next = await focal.post(rights, { "information-status": "not", "dignity_privacy-status": "unknown", then: "next" }, { formPage: rights });
    assert.equal(next.statusCode, 303);
    assert.equal(next.headers.location, `${base}/group/assistance`);
    const ob2 = text((await focal.get(base)).body);
    assert.match(ob2, /4 of 25 provisions answered/);
    assert.match(ob2, /Rights of victims Answered/);
    assert.match(ob2, /Assistance and support Not answered yet/);
  });

  it("answers 400 with the answers kept and an error summary linking each field in error", async () => {
    const form = `${base}/group/compensation`;
    const res = await focal.post(form, { "state_compensation-citation": "Décret 2020-5", "interim_payments-status": "partly", "interim_payments-citation": "x".repeat(501), then: "next" }, { formPage: form });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<title>Error: /);
    assert.match(res.body, /href="#field-state_compensation-status">Choose an answer for this provision, or clear what you wrote about it</);
    assert.match(res.body, /href="#field-interim_payments-citation">The citation must be 500 characters or fewer</);
    assert.match(res.body, /value="Décret 2020-5"/);
    assert.match(res.body, /id="field-interim_payments-status-partly" name="interim_payments-status" value="partly" checked/);
    assert.match(text((await focal.get(base)).body), /4 of 25 provisions answered/, "nothing saved");
  });

  it("answers 404 to a focal point for another country's assessment", async () => {
    const other = await signIn(t, await buildStaff(t, { roles: ["focal_point"], countries: ["TD"] }));
    for (const path of [base, `${base}/group/status`, `${base}/report`, `${base}/report.csv`, `${base}/report.pdf`]) {
      assert.equal((await other.get(path)).statusCode, 404, path);
    }
    assert.equal((await other.post(`${base}/group/status`, { "definition-status": "not" }, { formPage: "/en/self-assessment" })).statusCode, 404);
    const start = await other.post("/en/self-assessment/start", { country: "ML", year: "2026" }, { formPage: "/en/self-assessment" });
    assert.equal(start.statusCode, 400);
    assert.match(start.body, /href="#field-country">Choose a country</);
    assert.doesNotMatch(text((await other.get("/en/self-assessment")).body), /Mali/);
  });

  it("reports provision by provision with badges, counts per group and overall, and next steps linking the library", async () => {
    const res = await focal.get(`${base}/report`);
    assert.equal(res.statusCode, 200);
    const body = text(res.body);
    assert.match(body, /Overall 1 provision in place 1 provision partly in place 1 provision missing 1 provision unknown 21 provisions not answered/);
    assert.match(body, /Definitions and status of victims 1 provision in place 1 provision partly in place 0 provisions missing 0 provisions unknown 1 provision not answered/);
    assert.match(body, /Definition of victims, direct and indirect ● In place Legal basis or citation Loi n° 2019-001, art. 2/);
    assert.match(body, /Equal treatment whatever the victim's nationality ◐ Partly in place What is missing Residents are not covered Suggested next step Make sure every right and service/);
    assert.match(body, /Right to information ○ Not in place Suggested next step/);
    assert.match(res.body, /href="\/en\/library\?topic=status"/);
    assert.match(res.body, /href="\/en\/library\?topic=rights"/);
    const fr = text((await focal.get(base.replace("/en/", "/fr/") + "/report")).body);
    assert.match(fr, /21 dispositions sans réponse/);
  });

  it("downloads the report as CSV (BOM, translated headers, formula guard) and as PDF in Arabic", async () => {
    const form = `${base}/group/justice`;
    await focal.post(form, { "participation-status": "partly", "participation-citation": "=HYPERLINK(\"http://evil.example\")", then: "later" }, { formPage: form });
    const csv = await focal.get(base.replace("/en/", "/fr/") + "/report.csv");
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers["content-type"]), /^text\/csv; charset=utf-8/);
    assert.match(String(csv.headers["content-disposition"]), /attachment; filename="self-assessment-ml-2026\.csv"/);
    assert.equal(csv.rawPayload.subarray(0, 3).toString("hex"), "efbbbf");
    const rows: string[][] = parse(csv.body, { bom: true });
    assert.deepEqual(rows[0], ["Partie", "Identifiant de la disposition", "Disposition", "État", "Base juridique ou référence", "Notes", "Ce qui manque"]);
    assert.equal(rows.length, 26);
    assert.deepEqual(rows[1]?.slice(0, 5), ["Définitions et statut des victimes", "definition", "Définition des victimes directes et indirectes", "En place", "Loi n° 2019-001, art. 2"]);
    const participation = rows.find((r) => r[1] === "participation");
    assert.equal(participation?.[4], "'=HYPERLINK(\"http://evil.example\")");

    const pdf = await focal.get(base.replace("/en/", "/ar/") + "/report.pdf");
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers["content-type"], "application/pdf");
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), "%PDF-");
    const lines = await pdfLines(pdf.rawPayload);
    for (const word of ["التعويض", "الدولة"]) assert.ok(hasLettersOf(lines, word), `${word} in ${lines.slice(0, 12).join(" | ")}`);
  });

  it("proposes the result for the country profile: a pending revision an editor publishes, then the profile shows the statuses", async () => {
    const res = await focal.post(`${base}/propose`, {}, { formPage: base });
    assert.equal(res.statusCode, 303);
    const ob = text((await focal.get(base)).body);
    assert.match(ob, /The result is sent to an editor for review/);
    assert.match(ob, /Status: Submitted for publication/);
    assert.match(ob, /Proposed as revision \d+ of the country profile, waiting for an editor's review/);
    assert.equal((await focal.get(`${base}/group/status`)).statusCode, 404, "answers are locked while proposed");

    const countries = countriesService(t.db);
    const state = await countries.repo.profileState("ML");
    assert.ok(state?.pendingRevision, "a revision waits for review");
    const pending = await countries.revision("ML", state.pendingRevision);
    assert.deepEqual(pending?.sections.legislation?.provisions.definition, { status: "in_place", citation: "Loi n° 2019-001, art. 2" });
    assert.doesNotMatch(text((await t.app.inject({ url: "/en/countries/ml" })).body), /Loi n° 2019-001/, "not public before review");

    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const review = await editor.post("/en/admin/countries/ml/review", { revision: String(state.pendingRevision), decision: "publish" }, { formPage: "/en/admin/countries/ml" });
    assert.equal(review.statusCode, 303);
    const profile = text((await t.app.inject({ url: "/en/countries/ml" })).body);
    assert.match(profile, /Definition of victims, direct and indirect ● In place Loi n° 2019-001, art. 2/);
    assert.match(profile, /Right to information ○ Not in place/);
    assert.match(text((await focal.get(base)).body), /Status: Published/);

    // A new draft can be opened for the country now; an editor may answer for any country.
    assert.match((await editor.get("/en/self-assessment")).body, /<option value="TD">Chad<\/option>/);
    const ed = await editor.post("/en/self-assessment/start", { country: "TD", year: "2026" }, { formPage: "/en/self-assessment" });
    assert.equal(ed.statusCode, 303);
    assert.match(String(ed.headers.location), /^\/en\/self-assessment\/td\//);
  });

  it("audits every action", async () => {
    const rows = await t.db.kysely.selectFrom("audit_log").select(["action", "target_type"]).where("target_type", "=", "self_assessment").execute();
    const actions = rows.map((r) => r.action);
    for (const a of ["self_assessment.start", "self_assessment.save", "self_assessment.propose"]) assert.ok(actions.includes(a), a);
    const submit = await t.db.kysely.selectFrom("audit_log").select("action").where("action", "=", "country.submit").where("target_id", "=", "ML").execute();
    assert.ok(submit.length >= 1);
  });

  it("seeds one demonstration assessment, partly answered, shown to staff only, once", async () => {
    assert.equal(await seedDemoSelfAssessment(t.db), 1);
    assert.equal(await seedDemoSelfAssessment(t.db), 0);
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const intro = await editor.get("/en/self-assessment");
    const link = /href="(\/en\/self-assessment\/fr\/[0-9a-f-]{36})"/.exec(intro.body)?.[1];
    assert.ok(link);
    const report = text((await editor.get(`${link}/report`)).body);
    assert.match(report, /This assessment is demonstration content/);
    assert.match(report, /Overall 4 provisions in place 2 provisions partly in place 0 provisions missing 1 provision unknown 18 provisions not answered/);
    assert.doesNotMatch((await t.app.inject({ url: "/en/self-assessment" })).body, /self-assessment\/fr\//);
  });
});

describe("self-assessment proposals sent back", () => {
  it("lets the focal point change the answers again when an editor returns the proposal, and propose again", async () => {
    const owner = await signIn(t, await buildStaff(t, { roles: ["focal_point"], countries: ["BF"] }));
    const started = await owner.post("/en/self-assessment/start", { country: "BF", year: "2025" }, { formPage: "/en/self-assessment" });
    const home = started.headers.location as string;
    const form = `${home}/group/remembrance`;
    await owner.post(form, { "remembrance-status": "partly", "remembrance-citation": "Décret 2021-12", then: "later" }, { formPage: form });
    await owner.post(`${home}/propose`, {}, { formPage: home });
    const state = await countriesService(t.db).repo.profileState("BF");
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    await editor.post("/en/admin/countries/bf/review", { revision: String(state?.pendingRevision), decision: "return", note: "Please cite the decree fully" }, { formPage: "/en/admin/countries/bf" });
    const ob = text((await owner.get(home)).body);
    assert.match(ob, /Status: Returned by an editor/);
    assert.match(ob, /An editor returned the proposal/);
    assert.equal((await owner.get(form)).statusCode, 200);
    await owner.post(form, { "remembrance-status": "partly", "remembrance-citation": "Décret n° 2021-12 du 3 mars 2021", then: "later" }, { formPage: form });
    assert.match(text((await owner.get(home)).body), /Status: Draft/);
    assert.equal((await owner.post(`${home}/propose`, {}, { formPage: home })).statusCode, 303);
    assert.match(text((await owner.get(home)).body), /Status: Submitted for publication/);
  });
});
