import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import type { Client } from "../../../tests/support/http.ts";
import { PROVISIONS, PROVISION_GROUPS } from "../countries/provisions.ts";
import { WORK_TOPICS } from "../library/library.schema.ts";

let t: TestApp;
let focal: Client;
let base = "";
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/\s+/g, " ");
const GENDER_IDS = ["gender_sensitive", "sgbv_specialised_support", "sgbv_recognition", "staff_of_chosen_gender", "returnee_stigma"];

before(async () => {
  t = await createTestApp({ seed: true });
  focal = await signIn(t, await buildStaff(t, { roles: ["focal_point"], countries: ["NE"] }));
  const started = await focal.post("/en/self-assessment/start", { country: "NE", year: "2026" }, { formPage: "/en/self-assessment" });
  assert.equal(started.statusCode, 303);
  base = String(started.headers.location);
});
after(async () => t.close());

describe("the gender group of the Model Legislative Provisions", () => {
  it("is its own group, after assistance, with the provisions on gender-sensitive assistance", () => {
    assert.equal(PROVISION_GROUPS[PROVISION_GROUPS.indexOf("assistance") + 1], "gender");
    assert.deepEqual(PROVISIONS.filter((p) => p.group === "gender").map((p) => p.id), GENDER_IDS);
    // The library lists the topic once, although it is both a provisions group and an extra topic.
    assert.equal(WORK_TOPICS.filter((x) => x === "gender").length, 1);
  });

  it("shows the group and its questions on the public explanation, in French and Arabic too", async () => {
    const en = text((await t.app.inject({ url: "/en/self-assessment" })).body);
    assert.match(en, /Gender-sensitive support and protection/);
    assert.match(en, /Specialised support for survivors of sexual violence/);
    assert.match(en, /Are survivors of sexual violence, abduction or forced marriage recognised as victims/);
    assert.match(text((await t.app.inject({ url: "/fr/self-assessment" })).body), /Soutien et protection tenant compte du genre/);
    assert.match(text((await t.app.inject({ url: "/ar/self-assessment" })).body), /الدعم والحماية المراعيان للنوع الاجتماعي/);
  });

  it("keeps an answer given before the group existed, and lets a focal point answer the rest of the group", async () => {
    // An older draft answered gender_sensitive when it sat under "assistance": the answer is keyed by id, so it stays.
    const id = base.split("/").pop()!;
    await t.db.kysely
      .insertInto("self_assessment_answers")
      .values({ assessment_id: id, provision: "gender_sensitive", status: "partly", citation: "", notes: "", missing: "No female interpreters", updated_at: t.clock.now.toISOString(), updated_by: null })
      .execute();
    const assistance = `${base}/group/assistance`;
    const next = await focal.post(assistance, { "children-status": "in_place", then: "next" }, { formPage: assistance });
    assert.equal(next.headers.location, `${base}/group/gender`, "the gender group comes next");
    const form = await focal.get(`${base}/group/gender`);
    assert.equal(form.statusCode, 200);
    for (const p of GENDER_IDS) assert.match(form.body, new RegExp(`name="${p}-status"`), p);
    assert.match(form.body, /id="field-gender_sensitive-status-partly" name="gender_sensitive-status" value="partly" checked/);
    const bad = await focal.post(`${base}/group/gender`, { "sgbv_recognition-status": "maybe", then: "later" }, { formPage: `${base}/group/gender` });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#field-sgbv_recognition-status"/);
    const saved = await focal.post(
      `${base}/group/gender`,
      { "gender_sensitive-status": "partly", "gender_sensitive-missing": "No female interpreters", "sgbv_specialised_support-status": "in_place", "sgbv_specialised_support-citation": "Décret 2020-5", "sgbv_recognition-status": "not", then: "next" },
      { formPage: `${base}/group/gender` },
    );
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `${base}/group/compensation`);
    assert.match(text((await focal.get(base)).body), /Gender-sensitive support and protection Partly answered/);
  });

  it("reports the group on its own with badges, counts and a library link that works, and in the CSV", async () => {
    const report = await focal.get(`${base}/report`);
    const body = text(report.body);
    assert.match(body, /Gender-sensitive support and protection 1 provision in place 1 provision partly in place 1 provision missing 0 provisions unknown 2 provisions not answered/);
    assert.match(body, /Specialised support for survivors of sexual violence ● In place Legal basis or citation Décret 2020-5/);
    assert.match(body, /Protection from stigma for people returning from captivity or conflict – Not answered/);
    assert.match(report.body, /href="\/en\/library\?topic=gender"/);
    const library = await t.app.inject({ url: "/en/library?topic=gender" });
    assert.equal(library.statusCode, 200);
    assert.equal((library.body.match(/href="\/en\/library\?topic=gender"/g) ?? []).length <= 1, true, "the facet lists gender once");

    const csv = await focal.get(`${base}/report.csv`);
    const rows: string[][] = parse(csv.body, { bom: true });
    const gender = rows.filter((r) => GENDER_IDS.includes(r[1] ?? ""));
    assert.equal(gender.length, 5);
    for (const r of gender) assert.equal(r[0], "Gender-sensitive support and protection");
    assert.equal(rows.find((r) => r[1] === "returnee_stigma")?.[3], "Not answered");

    const pdf = await focal.get(`${base}/report.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), "%PDF-");
  });

  it("shows the group in the Model Legislative Provisions matrix, and profiles without answers for it keep working", async () => {
    const res = await t.app.inject({ url: "/en/countries/compare?all=1" });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<legend>Gender-sensitive support and protection<\/legend>/);
    assert.match(res.body, /name="provision" value="returnee_stigma"/);
    const chosen = await t.app.inject({ url: "/en/countries/compare?all=1&provision=sgbv_recognition&provision=gender_sensitive" });
    assert.equal(chosen.statusCode, 200);
    assert.match(text(chosen.body), /Survivors of sexual and gender-based violence recognised as victims of terrorism/);
    const csv = await t.app.inject({ url: "/en/countries/compare.csv?all=1&provision=sgbv_recognition" });
    assert.equal(csv.statusCode, 200);
    // A demo profile written before the group existed: its page still renders.
    assert.equal((await t.app.inject({ url: "/en/countries/fr" })).statusCode, 200);
  });
});
