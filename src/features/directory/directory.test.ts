import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import { createTestApp, testDbKind, type TestApp } from "../../../tests/support/app.ts";
import { hsdsService, importServices, listedServiceIds } from "../../../tests/support/directory.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";
import { runMaintenance } from "../../jobs/maintenance.ts";
import { COUNT_LIMIT, directoryQueueRepo, directoryRepo } from "./directory.repo.ts";
import { DirectorySearchSchema } from "./directory.schema.ts";
import { searchDirectory } from "./directory.search.ts";

const paris = hsdsService({
  name: "Trauma counselling centre",
  description: "Counselling and trauma therapy for survivors and bereaved families.",
  country: "FR",
  city: "Paris",
  region: "Île-de-France",
  lat: 48.857,
  lon: 2.352,
  types: ["psychological-support"],
  languages: ["en", "fr"],
  free: true,
  wheelchair: true,
  hours: [["MO,TU,WE,TH,FR", "09:00", "17:00", 1]],
});
const lyon = hsdsService({
  name: "Aide juridique aux victimes",
  description: "Conseil juridique et accompagnement au procès pénal.",
  country: "FR",
  city: "Lyon",
  region: "Auvergne-Rhône-Alpes",
  lat: 45.764,
  lon: 4.835,
  types: ["legal-aid"],
  languages: ["fr"],
  free: false,
});
const helplineFr = hsdsService({
  name: "National victims helpline",
  description: "A helpline answering day and night.",
  country: "FR",
  city: "Paris",
  mode: "remote",
  types: ["helpline"],
  languages: ["fr", "en", "ar"],
  free: true,
  hours: [["MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", 1]],
});
const baghdad = hsdsService({
  name: "مركز الدعم النفسي للضحايا",
  description: "نقدم الدعم النفسي للناجين من الهجمات الإرهابية وأسرهم.",
  country: "IQ",
  city: "Baghdad",
  lat: 33.315,
  lon: 44.366,
  types: ["psychological-support"],
  languages: ["ar"],
  free: true,
});
const beijing = hsdsService({
  name: "心理援助热线",
  description: "为恐怖袭击受害者及其家属提供心理援助和情绪支持。",
  country: "CN",
  city: "Beijing",
  mode: "remote",
  types: ["helpline", "psychological-support"],
  languages: ["zh"],
  hours: [["MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", 8]],
});
const madridAssociation = hsdsService({
  name: "Grupo de apoyo mutuo",
  description: "Apoyo entre víctimas y familiares.",
  organization: { name: "Asociación de Víctimas del Terrorismo de Prueba", association: true },
  country: "ES",
  city: "Madrid",
  lat: 40.416,
  lon: -3.703,
  types: ["peer-support"],
  languages: ["es"],
  free: true,
});
const madridCompensation = hsdsService({
  name: "Compensation claims help",
  description: "Help with compensation claims and state assistance.",
  country: "ES",
  city: "Madrid",
  lat: 40.42,
  lon: -3.69,
  types: ["compensation-claims"],
  languages: ["es", "en"],
  free: false,
  wheelchair: true,
});
const oslo = hsdsService({
  name: "Consular crisis unit",
  description: "Help for nationals attacked abroad.",
  country: "NO",
  city: "Oslo",
  mode: "remote",
  types: ["consular-help"],
  languages: ["no", "en"],
});
const all = [paris, lyon, helplineFr, baghdad, beijing, madridAssociation, madridCompensation, oslo];
const id = (s: Record<string, unknown>) => s.id as string;
const ids = (...list: Record<string, unknown>[]) => list.map(id).sort();

describe("finding help in the directory", () => {
  let t: TestApp;
  const search = async (qs: string, locale = "en") => {
    const r = await t.app.inject(`/${locale}/services?${qs}`);
    return { status: r.statusCode, body: r.body, ids: listedServiceIds(r.body, locale) };
  };
  const found = async (qs: string, locale = "en") => (await search(qs, locale)).ids.sort();

  before(async () => {
    t = await createTestApp();
    await importServices(t, all);
    // A Wednesday at noon UTC.
    t.clock.now = new Date("2026-11-25T12:00:00Z");
  });
  after(() => t.close());

  it("lists every published service when nothing is chosen, with a count", async () => {
    const r = await search("");
    assert.equal(r.status, 200);
    assert.deepEqual(r.ids.sort(), ids(...all));
    assert.match(r.body, /8 services found/);
  });

  it("finds services by words in English, French, Spanish, Arabic and Chinese", async () => {
    assert.deepEqual(await found("q=counselling"), ids(paris));
    assert.deepEqual(await found("q=juridique", "fr"), ids(lyon));
    assert.deepEqual(await found("q=mutuo", "es"), ids(madridAssociation));
    assert.deepEqual(await found(`q=${encodeURIComponent("الناجين")}`, "ar"), ids(baghdad));
    assert.deepEqual(await found(`q=${encodeURIComponent("心理援助")}`, "zh"), ids(beijing));
  });

  it("finds services by the name of their kind of help in any of the six languages", async () => {
    assert.deepEqual(await found(`q=${encodeURIComponent("领事")}`, "zh"), ids(oslo));
    assert.deepEqual(await found(`q=${encodeURIComponent("консульская")}`, "ru"), ids(oslo));
  });

  it("finds services by country name in another language", async () => {
    assert.deepEqual(await found(`q=${encodeURIComponent("Noruega")}`, "es"), ids(oslo));
  });

  it("filters by each filter alone", async () => {
    assert.deepEqual(await found("country=FR"), ids(paris, lyon, helplineFr));
    assert.deepEqual(await found("country=FR&region=Auvergne-Rh%C3%B4ne-Alpes"), ids(lyon));
    assert.deepEqual(await found("country=ES&city=madrid"), ids(madridAssociation, madridCompensation));
    assert.deepEqual(await found("type=helpline"), ids(helplineFr, beijing));
    assert.deepEqual(await found("type=helpline&type=consular-help"), ids(helplineFr, beijing, oslo));
    assert.deepEqual(await found("type=victims-association"), ids(madridAssociation));
    assert.deepEqual(await found("lang=ar"), ids(helplineFr, baghdad));
    assert.deepEqual(await found("free=1"), ids(paris, helplineFr, baghdad, madridAssociation));
    assert.deepEqual(await found("mode=remote"), ids(helplineFr, beijing, oslo));
    assert.deepEqual(await found("mode=in_person"), ids(paris, lyon, baghdad, madridAssociation, madridCompensation));
    assert.deepEqual(await found("wheelchair=1"), ids(paris, madridCompensation));
    assert.deepEqual(await found("open=24h"), ids(helplineFr, beijing));
    assert.deepEqual(await found("open=now"), ids(paris, helplineFr, beijing));
  });

  it("shows each chosen filter in the form, whatever was searched before (the filters' HTML is kept between searches)", async () => {
    // Every filter the form shows, with what marks it as chosen. Each search runs twice, after a search
    // with no filter and after the others, so a kept form that ignored one of them would show.
    const marked: [string, RegExp][] = [
      ["country=FR", /<option value="FR" selected>/],
      ["country=FR&region=Auvergne-Rh%C3%B4ne-Alpes", /<option value="Auvergne-Rhône-Alpes" selected>/],
      ["country=FR&city=Lyon", /<select id="field-city" name="city">[\s\S]*?<option value="Lyon" selected>/],
      ["country=FR&near=Lyon&sort=distance", /<select id="field-near"[^>]*>[\s\S]*?<option value="Lyon" selected>/],
      ["type=helpline", /value="helpline" checked/],
      ["type=sgbv-legal", /value="sgbv-legal" checked/],
      ["lang=ar", /<option value="ar" selected>/],
      ["mode=remote", /value="remote" checked/],
      ["open=24h", /value="24h" checked/],
      ["free=1", /name="free" value="1" checked/],
      ["wheelchair=1", /name="wheelchair" value="1" checked/],
      ["women=1", /name="women" value="1" checked/],
      ["staffgender=1", /name="staffgender" value="1" checked/],
      ["sort=distance", /value="distance" checked/],
      ["lat=48.86&lon=2.35&sort=distance", /<input type="hidden" name="lat" value="48.86"\/>/],
    ];
    for (const round of [1, 2]) {
      for (const [qs, mark] of marked) {
        const plain = await search("q=help");
        assert.doesNotMatch(plain.body, mark, `no filter chosen, after ${qs} (round ${round})`);
        const chosen = await search(`q=help&${qs}`);
        assert.match(chosen.body, mark, `${qs} (round ${round})`);
      }
    }
    // The words are not part of the kept filters: each search shows its own.
    assert.match((await search("q=counselling&free=1")).body, /name="q" type="search" value="counselling"/);
    assert.match((await search("q=lawyer&free=1")).body, /name="q" type="search" value="lawyer"/);
  });

  it("says open now by the service's own hours and time zone", async () => {
    t.clock.now = new Date("2026-11-29T12:00:00Z"); // Sunday
    try {
      assert.deepEqual(await found("open=now"), ids(helplineFr, beijing));
      t.clock.now = new Date("2026-11-25T16:30:00Z"); // Wednesday 17:30 in Paris (UTC+1): closed
      assert.deepEqual(await found("open=now"), ids(helplineFr, beijing));
      t.clock.now = new Date("2026-11-25T15:30:00Z"); // 16:30 in Paris: open
      assert.deepEqual(await found("open=now"), ids(paris, helplineFr, beijing));
    } finally {
      t.clock.now = new Date("2026-11-25T12:00:00Z");
    }
  });

  it("combines filters", async () => {
    assert.deepEqual(await found("country=FR&free=1&mode=in_person"), ids(paris));
    assert.deepEqual(await found("country=ES&lang=en&wheelchair=1"), ids(madridCompensation));
    assert.deepEqual(await found("type=psychological-support&lang=zh&open=24h"), ids(beijing));
    assert.deepEqual(await found("q=help&country=ES"), ids(madridCompensation));
    assert.deepEqual(await found("country=FR&type=legal-aid&free=1"), []);
  });

  it("sorts by distance from a chosen city or from the reader's position, nearest first", async () => {
    const nearMadrid = await search("country=ES&sort=distance&near=Madrid");
    assert.equal(nearMadrid.status, 200);
    assert.deepEqual(nearMadrid.ids.slice(0, 2).sort(), ids(madridAssociation, madridCompensation));
    // From a point near Lyon: Lyon, then Paris, then Madrid, then Baghdad; remote services have no distance.
    const fromLyon = await search("sort=distance&lat=45.75&lon=4.85");
    assert.deepEqual(fromLyon.ids, [id(lyon), id(paris), id(madridCompensation), id(madridAssociation), id(baghdad)]);
    assert.match(fromLyon.body, /km away/);
  });

  it("keeps the whole search in the address: pagination links carry every filter", async () => {
    const many = Array.from({ length: 25 }, (_, i) => hsdsService({ name: `Belgian service ${String(i).padStart(2, "0")}`, country: "BE", city: "Brussels", lat: 50.85, lon: 4.35, types: ["legal-aid", "peer-support"] }));
    await importServices(t, many);
    const first = await search("country=BE&type=legal-aid&type=peer-support");
    assert.equal(first.ids.length, 20);
    const next = /<a href="([^"]+)" rel="next"/.exec(first.body)?.[1]?.replace(/&amp;/g, "&");
    assert.ok(next, "a next-page link");
    assert.match(next, /country=BE/);
    assert.match(next, /type=legal-aid/);
    assert.match(next, /type=peer-support/);
    assert.match(next, /page=2/);
    const second = await t.app.inject(next);
    assert.equal(listedServiceIds(second.body).length, 5);
    assert.equal((await t.app.inject("/en/services?country=BE&page=9")).statusCode, 404);
  });

  it("answers bad input with a translated error summary and keeps the answers", async () => {
    const bad = await search("q=help&country=XX&type=unknown");
    assert.equal(bad.status, 400);
    assert.match(bad.body, /There is a problem/);
    assert.match(bad.body, /href="#field-country"/);
    assert.match(bad.body, /href="#field-type"/);
    assert.match(bad.body, /value="help"/);
    const fr = await search("sort=distance", "fr");
    assert.equal((await search("sort=distance&country=FR")).status, 200);
    assert.equal(fr.status, 400);
    assert.match(fr.body, /<html lang="fr"/);
    assert.match(fr.body, /href="#field-country"/);
    const huge = await search(`q=${"a".repeat(500)}&lat=999&lon=1&page=-1`);
    assert.equal(huge.status, 400);
    assert.equal((await search("type=a&type=b&type[x]=c")).status, 400);
  });

  it("never writes the reader's position into the page beyond a rounded value", async () => {
    const precise = await t.app.inject("/en/services?sort=distance&lat=45.751234&lon=4.851234");
    assert.equal(precise.statusCode, 302);
    assert.equal(precise.headers.location, "/en/services?sort=distance&lat=45.75&lon=4.85");
    const r = await search("sort=distance&lat=45.75&lon=4.85");
    assert.equal(r.status, 200);
    assert.doesNotMatch(r.body, /45\.751234|4\.851234/);
  });

  it("shows a service page with what it offers, phones as tel: links, hours, languages and schema.org data", async () => {
    const r = await t.app.inject(`/en/services/${id(paris)}`);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /<h1[^>]*>Trauma counselling centre<\/h1>/);
    assert.match(r.body, /href="tel:\+33199000001"/);
    assert.match(r.body, /Monday/);
    assert.match(r.body, /9:00\s?AM/);
    assert.match(r.body, /Sunday<\/th><td>Closed/);
    assert.match(r.body, /English and French|French and English/);
    assert.match(r.body, /Free of charge/);
    assert.match(r.body, /Wheelchair accessible/);
    assert.match(r.body, /"@type":"Service"/);
    assert.match(r.body, /Report wrong information/);
    assert.match(r.body, /not been checked/);
    const fr = await t.app.inject(`/fr/services/${id(paris)}`);
    assert.match(fr.body, /9:00/);
    assert.match(fr.body, /17:00/);
    assert.match(fr.body, /lundi/);
    const ar = await t.app.inject(`/ar/services/${id(baghdad)}`);
    assert.match(ar.body, /<h1>مركز الدعم النفسي للضحايا<\/h1>/);
    const en = await t.app.inject(`/en/services/${id(baghdad)}`);
    assert.match(en.body, /<h1 lang="ar" dir="rtl">/);
    assert.equal((await t.app.inject("/en/services/not-a-uuid")).statusCode, 404);
    assert.equal((await t.app.inject("/en/services/00000000-0000-4000-8000-000000000000")).statusCode, 404);
  });

  it("takes reports of wrong information to moderation, validating them", async () => {
    const client = new Client(t.app);
    const bad = await client.post(`/en/services/${id(lyon)}/report`, { details: "x" }, { formPage: `/en/services/${id(lyon)}/report` });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#field-problem"/);
    assert.match(bad.body, />x<\/textarea>/);
    const ok = await client.post(`/en/services/${id(lyon)}/report`, { problem: "phone", details: "The number is now +33 4 00 00 00 00" }, { formPage: `/en/services/${id(lyon)}/report` });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, `/en/services/${id(lyon)}`);
    const queue = await directoryQueueRepo(t.db.kysely).listReports("open", { limit: 10, offset: 0 });
    assert.equal(queue.total, 1);
    assert.equal(queue.rows[0]!.service_id, id(lyon));
    const noToken = await t.app.inject({ method: "POST", url: `/en/services/${id(lyon)}/report`, payload: "problem=phone", headers: { "content-type": "application/x-www-form-urlencoded" } });
    assert.equal(noToken.statusCode, 403);
  });

  it("lists victims' associations on their own, by country", async () => {
    const r = await t.app.inject("/en/services/associations");
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /Asociación de Víctimas del Terrorismo de Prueba/);
    assert.match(r.body, /Spain/);
    assert.doesNotMatch(r.body, /Organisation /);
    const orgId = (madridAssociation.organization as { id: string }).id;
    const org = await t.app.inject(`/en/services/organizations/${orgId}`);
    assert.equal(org.statusCode, 200);
    assert.match(org.body, /Grupo de apoyo mutuo/);
  });
});

describe("two portals in one process", () => {
  it("each shows its own filter choices (kept filters are not shared between them)", async () => {
    const a = await createTestApp();
    const b = await createTestApp();
    try {
      await importServices(a, [paris]);
      await importServices(b, [oslo]);
      const countries = async (app: TestApp) => [...(await app.app.inject("/en/services?q=help")).body.matchAll(/<option value="([A-Z]{2})"/g)].map((m) => m[1]);
      assert.deepEqual(await countries(a), ["FR"]);
      assert.deepEqual(await countries(b), ["NO"]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe("the full-text index after many edits", () => {
  it("is merged into one piece by the housekeeping run (SQLite), and finds the same services after", async (ctx) => {
    if (testDbKind !== "sqlite") return ctx.skip("PostgreSQL keeps its own GIN index");
    const t = await createTestApp();
    try {
      // One import per service: each write adds a segment to the index.
      for (const s of all) await importServices(t, [s]);
      const segments = async () => Number((await sql<{ n: number }>`select count(distinct segid) as n from directory_fts_idx`.execute(t.db.kysely)).rows[0]!.n);
      assert.ok((await segments()) > 1, "separate imports leave several segments");
      const found = async (qs: string) => listedServiceIds((await t.app.inject(`/en/services?${qs}`)).body).sort();
      const queries = ["", "q=counselling", "q=legal+aid", "country=FR", "q=helpline&country=FR", "type=consular-help"];
      const beforeMerge = await Promise.all(queries.map(found));
      assert.deepEqual(beforeMerge[1], ids(paris));

      await runMaintenance(t.db, t.config, () => t.clock.now, t.app.services.storage);
      assert.equal(await segments(), 1);
      assert.deepEqual(await Promise.all(queries.map(found)), beforeMerge);
      // Nothing left to merge: the next run writes nothing.
      assert.equal(await directoryRepo(t.db.kysely, t.db.dialect).compactSearchIndex(), 0);
    } finally {
      await t.close();
    }
  });
});

describe("a directory with more matches than are counted", () => {
  // 1,100 services: "shelter" in every description; 600 of them in France, 40 with "harbour" too.
  let t: TestApp;
  const name = (i: number) => `Service ${String(i).padStart(4, "0")}`;
  before(async () => {
    t = await createTestApp();
    const many = Array.from({ length: 1100 }, (_, i) =>
      hsdsService({
        name: name(i),
        description: i % 25 === 0 ? (i % 50 === 0 ? "Harbour harbour shelter for victims." : "Shelter and a harbour for victims of terrorism.") : "Shelter for victims of terrorism.",
        country: i % 11 < 6 ? "FR" : "ES",
      }),
    );
    for (let i = 0; i < many.length; i += 200) await importServices(t, many.slice(i, i + 200));
  });
  after(() => t.close());
  const run = async (query: Record<string, string>, page: number, pageSize = 20) => {
    const result = await searchDirectory(directoryRepo(t.db.kysely, t.db.dialect), DirectorySearchSchema.parse({ ...query, page: String(page) }), { locale: "en", now: new Date("2026-11-25T12:00:00Z"), pageSize });
    return { ...result, names: result.hits.map((h) => h.name), ids: result.hits.map((h) => h.id) };
  };

  it("counts up to the limit, then says more and pages in the index's order", async () => {
    const first = await run({ q: "shelter" }, 1);
    assert.equal(first.capped, true);
    assert.equal(first.total, COUNT_LIMIT);
    assert.equal(first.hits.length, 20);
    const second = await run({ q: "shelter" }, 2);
    assert.equal(second.capped, true);
    const ids = [...first.ids, ...second.ids];
    assert.deepEqual(ids, [...ids].sort((a, b) => a - b), "index order: listing ids ascending across pages");
  });

  it("orders up to the limit by name, with an exact total, the same page by page as at once", async () => {
    const all = await run({ country: "FR" }, 1, 1000);
    assert.equal(all.capped, false);
    assert.equal(all.total, 600);
    assert.deepEqual(all.names, Array.from({ length: 1100 }, (_, i) => i).filter((i) => i % 11 < 6).map(name));
    const pages: string[] = [];
    for (let p = 1; p <= 30; p++) {
      const page = await run({ country: "FR" }, p);
      assert.equal(page.total, 600);
      pages.push(...page.names);
    }
    assert.deepEqual(pages, all.names);
  });

  it("ranks matching words, names breaking ties, the same page by page as at once", async () => {
    const all = await run({ q: "harbour" }, 1, 1000);
    assert.equal(all.total, 44);
    // Twice the word in a short description ranks first; the rest by name.
    assert.deepEqual(all.names.slice(0, 22), Array.from({ length: 22 }, (_, k) => name(k * 50)));
    assert.deepEqual(all.names.slice(22), Array.from({ length: 22 }, (_, k) => name(25 + k * 50)));
    const pages = [...(await run({ q: "harbour" }, 1)).names, ...(await run({ q: "harbour" }, 2)).names, ...(await run({ q: "harbour" }, 3)).names];
    assert.deepEqual(pages, all.names);
  });

  it("past the last page shows nothing but still gives the total", async () => {
    const past = await run({ country: "FR" }, 40);
    assert.equal(past.hits.length, 0);
    assert.equal(past.total, 600);
    assert.equal(past.capped, false);
  });
});

describe("keeping the directory right", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const proposal = {
    organization_name: "Survivors Together",
    organization_description: "A network of survivors.",
    name: "Peer support evenings",
    description: "Monthly meetings of survivors, with a trained facilitator.",
    types: "peer-support",
    free: "yes",
    languages: ["en", "fr"],
    mode: "in_person",
    country: "BE",
    city: "Brussels",
    address_1: "1 Rue de la Loi",
    phone: "+32 2 000 00 00",
    opens_TU: "18:00",
    closes_TU: "21:00",
    contact_name: "A. Person",
    contact_email: "person@example.org",
    criteria: "yes",
  };

  it("takes proposals from organisations, shows nothing until staff approve, and forgets the proposer's contact", async () => {
    const visitor = new Client(t.app);
    const bad = await visitor.post("/en/services/propose", { ...proposal, phone: "", email: "", url: "", criteria: "" }, { formPage: "/en/services/propose" });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#field-phone"/);
    assert.match(bad.body, /href="#field-criteria"/);
    assert.match(bad.body, /value="Survivors Together"/);
    const sent = await visitor.post("/en/services/propose", proposal, { formPage: "/en/services/propose" });
    assert.equal(sent.statusCode, 303);
    assert.equal(sent.headers.location, "/en/services/propose/sent");
    assert.doesNotMatch((await t.app.inject("/en/services")).body, /Peer support evenings/);

    const spam = await visitor.post("/en/services/propose", { ...proposal, website_field: "http://spam.example" }, { formPage: "/en/services/propose" });
    assert.equal(spam.statusCode, 400);

    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const list = await editor.get("/en/admin/directory/proposals");
    assert.equal(list.statusCode, 200);
    const proposalId = /\/en\/admin\/directory\/proposals\/([0-9a-f-]{36})/.exec(list.body)?.[1];
    assert.ok(proposalId);
    const review = await editor.get(`/en/admin/directory/proposals/${proposalId}`);
    assert.match(review.body, /person@example.org/);
    const form = { ...proposal, latitude: "50.85", longitude: "4.35", status: "active" };
    const approved = await editor.post(`/en/admin/directory/proposals/${proposalId}/approve`, form, { formPage: `/en/admin/directory/proposals/${proposalId}` });
    assert.equal(approved.statusCode, 303);
    const serviceId = /services\/([0-9a-f-]{36})/.exec(String(approved.headers.location))?.[1];
    assert.ok(serviceId);
    const pub = await t.app.inject(`/en/services/${serviceId}`);
    assert.equal(pub.statusCode, 200);
    assert.match(pub.body, /Peer support evenings/);
    assert.match(pub.body, /Tuesday<\/th><td>6:00\s?PM to 9:00\s?PM/);
    assert.doesNotMatch(pub.body, /person@example.org/);
    const stored = await directoryQueueRepo(t.db.kysely).findProposal(proposalId);
    assert.equal(stored?.state, "approved");
    assert.doesNotMatch(stored!.payload, /person@example.org/);
    assert.deepEqual(listedServiceIds((await t.app.inject("/en/services?country=BE&sort=distance&near=Brussels")).body), [serviceId]);
  });

  it("rejects a proposal with a reason", async () => {
    const visitor = new Client(t.app);
    await visitor.post("/en/services/propose", { ...proposal, name: "Not really a service" }, { formPage: "/en/services/propose" });
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const list = await editor.get("/en/admin/directory/proposals");
    const proposalId = /\/en\/admin\/directory\/proposals\/([0-9a-f-]{36})/.exec(list.body)?.[1];
    assert.ok(proposalId);
    const noReason = await editor.post(`/en/admin/directory/proposals/${proposalId}/reject`, { reason: "" }, { formPage: `/en/admin/directory/proposals/${proposalId}` });
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.body, /href="#field-reason"/);
    const rejected = await editor.post(`/en/admin/directory/proposals/${proposalId}/reject`, { reason: "Not a service for victims" }, { formPage: `/en/admin/directory/proposals/${proposalId}` });
    assert.equal(rejected.statusCode, 303);
    const stored = await directoryQueueRepo(t.db.kysely).findProposal(proposalId);
    assert.equal(stored?.state, "rejected");
    assert.equal(stored?.decision_note, "Not a service for victims");
    assert.doesNotMatch(stored!.payload, /person@example.org/);
  });

  it("lets an editor create, verify, hide and publish a service, and flags records not checked for 12 months", async () => {
    const staff = await buildStaff(t, { roles: ["editor"] });
    const editor = await signIn(t, staff);
    const created = await editor.post(
      "/en/admin/directory/new",
      { ...proposal, name: "Legal clinic", types: "legal-aid", country: "NL", city: "Amsterdam", always_open: "1", intent: "publish" },
      { formPage: "/en/admin/directory/new" },
    );
    assert.equal(created.statusCode, 303);
    const serviceId = /services\/([0-9a-f-]{36})/.exec(String(created.headers.location))?.[1]!;
    assert.equal((await t.app.inject(`/en/services/${serviceId}`)).statusCode, 200);
    const stale = await editor.get("/en/admin/directory?stale=1&country=NL");
    assert.equal(stale.statusCode, 200, String(stale.headers.location));
    assert.match(stale.body, /Legal clinic/);
    assert.match(stale.body, /Needs checking/);

    const verified = await editor.post(`/en/admin/directory/services/${serviceId}/verify`, {}, { formPage: `/en/admin/directory/services/${serviceId}` });
    assert.equal(verified.statusCode, 303);
    const page = await t.app.inject(`/en/services/${serviceId}`);
    assert.match(page.body, /Information last checked on/);
    // The public record names the team, not the member of staff; staff see who it was.
    const record = JSON.parse((await t.app.inject(`/api/hsds/services/${serviceId}`)).body);
    assert.equal(record.assurer_email, t.config.contactEmail);
    assert.doesNotMatch(JSON.stringify(record), new RegExp(staff.email));
    assert.match((await editor.get(`/en/admin/directory/services/${serviceId}`)).body, new RegExp(staff.email));
    assert.doesNotMatch((await editor.get("/en/admin/directory?stale=1&country=NL")).body, /Legal clinic/);
    // A year and a month later it needs checking again.
    t.clock.advance(395 * 24 * 3600 * 1000);
    const later = await signIn(t, staff);
    assert.match((await later.get("/en/admin/directory?stale=1&country=NL")).body, /Legal clinic/);

    await later.post(`/en/admin/directory/services/${serviceId}/hide`, {}, { formPage: `/en/admin/directory/services/${serviceId}` });
    assert.equal((await t.app.inject(`/en/services/${serviceId}`)).statusCode, 404);
    assert.doesNotMatch((await t.app.inject("/en/services?country=NL")).body, /Legal clinic/);
    await later.post(`/en/admin/directory/services/${serviceId}/publish`, {}, { formPage: `/en/admin/directory/services/${serviceId}` });
    assert.equal((await t.app.inject(`/en/services/${serviceId}`)).statusCode, 200);

    const bad = await later.post(`/en/admin/directory/services/${serviceId}`, { ...proposal, name: "", opens_MO: "25:00" }, { formPage: `/en/admin/directory/services/${serviceId}` });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#field-name"/);
    assert.match(bad.body, /href="#field-opens_MO"/);
    assert.match(bad.body, /value="Survivors Together"/);
  });

  it("keeps a focal point to the services of their own countries", async () => {
    const outside = await importServices(t, [hsdsService({ name: "Service in Kenya", country: "KE", city: "Nairobi", lat: -1.29, lon: 36.82 })]);
    assert.ok(outside.ok);
    const focal = await signIn(t, await buildStaff(t, { roles: ["focal_point"], countries: ["NO"] }));
    const list = await focal.get("/en/admin/directory");
    assert.equal(list.statusCode, 200);
    assert.doesNotMatch(list.body, /Service in Kenya/);
    const kenyaId = listedServiceIds((await t.app.inject("/en/services?country=KE")).body)[0]!;
    assert.equal((await focal.get(`/en/admin/directory/services/${kenyaId}`)).statusCode, 404);
    const elsewhere = await focal.post("/en/admin/directory/new", { ...proposal, country: "SE", city: "Stockholm" }, { formPage: "/en/admin/directory/new" });
    assert.equal(elsewhere.statusCode, 400);
    assert.match(elsewhere.body, /only add and edit services in your own countries/);
    const own = await focal.post("/en/admin/directory/new", { ...proposal, name: "Oslo support", country: "NO", city: "Oslo" }, { formPage: "/en/admin/directory/new" });
    assert.equal(own.statusCode, 303);
    assert.equal((await focal.get("/en/admin/directory/import")).statusCode, 403);
    const translator = await signIn(t, await buildStaff(t, { roles: ["translator"] }));
    assert.equal((await translator.get("/en/admin/directory")).statusCode, 403);
    assert.equal((await t.app.inject("/en/admin/directory")).statusCode, 303);
  });

  it("lets moderators deal with reports of wrong information", async () => {
    await importServices(t, [hsdsService({ name: "Reported service", country: "DK", city: "Copenhagen", lat: 55.68, lon: 12.57 })]);
    const serviceId = listedServiceIds((await t.app.inject("/en/services?country=DK")).body)[0]!;
    const visitor = new Client(t.app);
    await visitor.post(`/en/services/${serviceId}/report`, { problem: "closed" }, { formPage: `/en/services/${serviceId}/report` });
    const moderator = await signIn(t, await buildStaff(t, { roles: ["moderator"] }));
    const reports = await moderator.get("/en/admin/directory/reports");
    assert.match(reports.body, /Reported service/);
    assert.match(reports.body, /The service has closed/);
    const reportId = /reports\/([0-9a-f-]{36})\/resolve/.exec(reports.body)?.[1];
    assert.ok(reportId);
    const done = await moderator.post(`/en/admin/directory/reports/${reportId}/resolve`, {}, { formPage: "/en/admin/directory/reports" });
    assert.equal(done.statusCode, 303);
    assert.doesNotMatch((await moderator.get("/en/admin/directory/reports")).body, /Reported service/);
    assert.equal((await moderator.get("/en/admin/directory/new")).statusCode, 403);
  });
});
