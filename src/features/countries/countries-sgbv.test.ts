import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { DEMO_COUNTRIES_FILE } from "../../demo/countries-demo.ts";
import { countriesService } from "./countries.service.ts";

let t: TestApp;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/\s+/g, " ");

before(async () => {
  t = await createTestApp({ seed: true });
});
after(async () => t.close());

describe("whether schemes recognise survivors of sexual violence as victims of terrorism", () => {
  it("goes from a focal point's edit through an editor's review to the published profile, shown only where known", async () => {
    const focal = await signIn(t, await buildStaff(t, { roles: ["focal_point"], countries: ["ML"] }));
    const country = await focal.get("/en/admin/countries/ml");
    assert.match(country.body, /href="\/en\/admin\/countries\/ml\/section\/sgbv">Survivors of sexual violence</);

    const form = "/en/admin/countries/ml/section/sgbv?text=fr";
    const page = await focal.get(form);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /name="status" value="unknown" checked/);
    const saved = await focal.post(
      form,
      { status: "partly", note: "Seulement pour les attentats reconnus par décret.", source_title: "Loi test n° 1", source_url: "https://example.org/loi", reviewed: "2026-11-01" },
      { formPage: form },
    );
    assert.equal(saved.statusCode, 303);
    assert.doesNotMatch((await t.app.inject({ url: "/fr/countries/ml" })).body, /id="sgbv"/, "not public before review");

    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const pending = (await editor.get("/en/admin/countries/ml")).body;
    const revision = /Revision (\d+) is waiting for review/.exec(pending)?.[1];
    assert.ok(revision);
    const review = await editor.post("/en/admin/countries/ml/review", { revision, decision: "publish" }, { formPage: "/en/admin/countries/ml" });
    assert.equal(review.statusCode, 303);

    const fr = await t.app.inject({ url: "/fr/countries/ml" });
    assert.match(fr.body, /href="#sgbv"/);
    const frText = text(fr.body);
    assert.match(frText, /Survivantes et survivants de violences sexuelles/);
    assert.match(frText, /comme victimes du terrorisme \? En partie/);
    assert.match(frText, /Seulement pour les attentats reconnus par décret\./);
    assert.match(frText, /Loi test n° 1/);
    assert.match(fr.body, /href="\/fr\/services\?type=sgbv-medical&amp;type=sgbv-psychological&amp;type=sgbv-legal&amp;type=sgbv-safe-accommodation&amp;country=ML"/);
    // In Arabic: the status in Arabic, the French note marked as French.
    const ar = await t.app.inject({ url: "/ar/countries/ml" });
    assert.match(ar.body, /<strong>جزئيًا<\/strong>/);
    assert.match(ar.body, /<p lang="fr" dir="ltr"[^>]*>Seulement pour les attentats/);

    const api = (await t.app.inject({ url: "/api/v1/countries/ml" })).json();
    assert.deepEqual(api.sections.sgbv, {
      status: "partly",
      note: { fr: "Seulement pour les attentats reconnus par décret." },
      source: { title: "Loi test n° 1", url: "https://example.org/loi" },
      reviewed: "2026-11-01",
    });

    // Back to "not known" with nothing else said: the section goes, and the page says nothing.
    const cleared = await editor.post(form, { status: "unknown", note: "", source_title: "", source_url: "", reviewed: "" }, { formPage: form });
    assert.equal(cleared.statusCode, 303);
    assert.equal((await t.app.inject({ url: "/api/v1/countries/ml" })).json().sections.sgbv, undefined);
    const gone = await t.app.inject({ url: "/en/countries/ml" });
    assert.doesNotMatch(gone.body, /id="sgbv"|href="#sgbv"|Survivors of sexual violence/);
  });

  it("re-shows the form with a linked error and the answers kept for an unknown status, and saves nothing", async () => {
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const form = "/en/admin/countries/td/section/sgbv?text=en";
    const before = (await countriesService(t.db).repo.revisions("TD")).length;
    const bad = await editor.post(form, { status: "maybe", note: "A note kept" }, { formPage: form });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /<title>Error: /);
    assert.match(bad.body, /href="#field-status"/);
    assert.match(bad.body, />A note kept</);
    const tooLong = await editor.post(form, { status: "yes", note: "x".repeat(1001) }, { formPage: form });
    assert.equal(tooLong.statusCode, 400);
    assert.match(tooLong.body, /href="#field-note"/);
    assert.equal((await countriesService(t.db).repo.revisions("TD")).length, before);
  });

  it("travels through export and import, and an import with an unknown status is refused naming the field", async () => {
    const service = countriesService(t.db, () => t.clock.now);
    const file = {
      format: "vsp-countries",
      version: 1,
      countries: [{ code: "TD", sections: { sgbv: { status: "no", note: { en: "Test data only." }, source: { title: "Test source" } } } }],
    };
    const imported = await service.importFile(file);
    assert.equal(imported.ok, true);
    const exported = (await t.app.inject({ url: "/api/v1/countries/export" })).json() as { countries: { code: string; sections: Record<string, unknown> }[] };
    const td = exported.countries.find((c) => c.code === "TD");
    assert.deepEqual(td?.sections.sgbv, { status: "no", note: { en: "Test data only." }, source: { title: "Test source" } });
    assert.equal((await service.importFile(exported)).ok, true);
    assert.deepEqual((await service.exportFile()).countries, exported.countries);
    assert.match(text((await t.app.inject({ url: "/en/countries/td" })).body), /victims of terrorism\? No Test data only\./);

    const bad = await service.importFile({ ...file, countries: [{ code: "TD", sections: { sgbv: { status: "sometimes" } } }] });
    assert.equal(bad.ok, false);
    if (!bad.ok) assert.ok(bad.errors.some((e) => e.startsWith("countries[0].sections.sgbv.status:")), bad.errors.join("\n"));
  });

  it("is part of the API's OpenAPI description, and the demo profiles invent nothing about real countries", async () => {
    const doc = (await t.app.inject({ url: "/api/v1/openapi.json" })).json();
    const sections = doc.components.schemas.CountryProfile.properties.sections;
    assert.deepEqual(sections.properties.sgbv.properties.status.enum, ["yes", "partly", "no", "unknown"]);
    for (const c of DEMO_COUNTRIES_FILE.countries as { code: string; sections?: Record<string, unknown> }[]) {
      assert.equal(c.sections?.sgbv, undefined, c.code);
    }
  });
});
