import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import PDFDocument from "pdfkit";
import sharp from "sharp";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import type { Client } from "../../../tests/support/http.ts";
import { demoPdf } from "../../demo/library-demo.ts";
import { seedDemoLibrary } from "../../demo/seed.ts";

// The engine's own built-ins, before pdfjs is loaded (its legacy build replaces some for the whole process).
const NATIVE = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push, toString: Function.prototype.toString };

const DOC_LIMIT = 150_000;
let t: TestApp;
let editor: Client;
let translator: Client;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");

async function auditActions(targetId: string): Promise<string[]> {
  const rows = await t.db.kysely.selectFrom("audit_log").select(["action"]).where("target_id", "=", targetId).orderBy("at").execute();
  return rows.map((r) => r.action);
}

interface WorkSpec {
  slug: string;
  type: string;
  year: string;
  audiences: string[];
  region: string;
  topics: string[];
}

async function createWork(w: WorkSpec, locale: string, title: string, summary = "A summary."): Promise<string> {
  const res = await editor.post("/en/admin/library", { in: locale, publisher: "Test Office", ...w, title, summary }, { formPage: "/en/admin/library/new" });
  assert.equal(res.statusCode, 303, text(res.body).slice(0, 600));
  const m = /\/admin\/library\/([0-9a-f-]{36})/.exec(String(res.headers.location));
  assert.ok(m);
  return m[1]!;
}

async function addText(id: string, w: WorkSpec, locale: string, title: string) {
  const res = await editor.post(`/en/admin/library/${id}`, { in: locale, publisher: "Test Office", ...w, title, summary: `Summary in ${locale}` }, { formPage: `/en/admin/library/${id}?in=${locale}` });
  assert.equal(res.statusCode, 303, text(res.body).slice(0, 600));
}

function upload(client: Client, id: string, locale: string, content: Buffer, filename = "doc.pdf", type = "application/pdf") {
  return client.postMultipart(`/en/admin/library/${id}/file?in=${locale}`, { in: locale }, [{ name: "file", filename, type, content }], { formPage: `/en/admin/library/${id}?in=${locale}` });
}

async function setStatus(client: Client, id: string, action: string) {
  return client.post(`/en/admin/library/${id}/status`, { action }, { formPage: `/en/admin/library/${id}` });
}

const HANDBOOK: WorkSpec = { slug: "handbook", type: "handbook", year: "2023", audiences: ["victims", "associations"], region: "150", topics: ["compensation", "assistance"] };
const GUIDE: WorkSpec = { slug: "zh-guide", type: "guide", year: "2021", audiences: ["associations"], region: "142", topics: ["communication"] };
const TOOLKIT: WorkSpec = { slug: "ar-toolkit", type: "toolkit", year: "2023", audiences: ["victims", "practitioners"], region: "002", topics: ["compensation"] };
const ids: Record<string, string> = {};

before(async () => {
  t = await createTestApp({ env: { MEDIA_MAX_DOCUMENT_BYTES: String(DOC_LIMIT) } });
  editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
  translator = await signIn(t, await buildStaff(t, { roles: ["translator"] }));
});
after(async () => t.close());

describe("who may manage the library", () => {
  it("sends anonymous visitors to sign in, forbids moderators, lets translators in without creating", async () => {
    const anon = await t.app.inject({ url: "/en/admin/library" });
    assert.equal(anon.statusCode, 303);
    const moderator = await signIn(t, await buildStaff(t, { roles: ["moderator"] }));
    assert.equal((await moderator.get("/en/admin/library")).statusCode, 403);
    const list = await translator.get("/en/admin/library");
    assert.equal(list.statusCode, 200);
    assert.doesNotMatch(list.body, /admin\/library\/new/);
    assert.equal((await translator.get("/en/admin/library/new")).statusCode, 403);
    assert.equal((await editor.get("/en/admin/library/new")).statusCode, 200);
  });
});

describe("writing works and uploading their PDFs", () => {
  it("keeps the answers and links each error when the form is wrong", async () => {
    const res = await editor.post("/en/admin/library", { in: "en", slug: "Bad slug", type: "poem", year: "99", publisher: "", region: "001", title: "", summary: "Kept summary" }, { formPage: "/en/admin/library/new" });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<title>Error: /);
    for (const f of ["slug", "type", "year", "publisher", "audiences", "topics", "title"]) assert.match(res.body, new RegExp(`href="#field-${f}"`), f);
    assert.match(res.body, /Kept summary/);
    assert.match(res.body, /novalidate/);
  });

  it("groups an English and a French version of one work, each PDF read for text, pages and cover", async () => {
    const id = await createWork(HANDBOOK, "en", "Handbook for victims");
    ids.handbook = id;
    await addText(id, HANDBOOK, "fr", "Manuel pour les victimes");
    const en = await upload(editor, id, "en", await demoPdf("en", "Handbook for victims", ["The lighthouse procedure explains compensation claims.", "Second paragraph."]));
    assert.equal(en.statusCode, 303, text(en.body).slice(0, 800));
    const fr = await upload(editor, id, "fr", await demoPdf("fr", "Manuel pour les victimes", ["La procédure du phare explique l’indemnisation."]));
    assert.equal(fr.statusCode, 303);
    const page = await editor.get(`/en/admin/library/${id}?in=en`);
    assert.match(text(page.body), /1 page/);
    assert.match(text(page.body), /characters of text found/);
    assert.match(text(page.body), /Cover made from the first page/);
    const version = await t.db.kysely.selectFrom("library_versions").selectAll().where("work_id", "=", id).where("locale", "=", "en").executeTakeFirstOrThrow();
    assert.match(version.text, /lighthouse procedure/);
    assert.ok(version.file_key?.startsWith(`library/${version.id}/`));
    const covers = JSON.parse(version.cover!) as { key: string; format: string; width: number }[];
    assert.deepEqual([...new Set(covers.map((c) => c.format))].sort(), ["jpeg", "webp"]);
    const cover = await editor.get(`/media/library/${version.id}/${covers[0]!.key.split("/").pop()}`);
    assert.equal(cover.statusCode, 200);
    const meta = await sharp(cover.rawPayload).metadata();
    assert.ok(meta.width && meta.width > 0 && meta.height! > meta.width, "a portrait cover that decodes");
    assert.equal((await t.app.inject({ url: `/media/library/${version.id}/${covers[0]!.key.split("/").pop()}` })).statusCode, 404, "drafts' files are not public");
  });

  it("refuses a renamed non-PDF by its content, an over-size file and a PDF it cannot read", async () => {
    const id = ids.handbook!;
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#fff" } }).png().toBuffer();
    const renamed = await upload(editor, id, "en", png, "report.pdf");
    assert.equal(renamed.statusCode, 400);
    assert.match(text(renamed.body), /The file must be a PDF/);
    assert.match(renamed.body, /href="#field-file"/);
    const big = Buffer.concat([await demoPdf("en", "Big", ["Padding."]), Buffer.alloc(DOC_LIMIT, 0x20)]);
    const large = await upload(editor, id, "en", big);
    assert.equal(large.statusCode, 400);
    assert.match(text(large.body), /The file is too large/);
    const broken = await upload(editor, id, "en", Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\nthis is not really a PDF\n%%EOF\n", "latin1"));
    assert.equal(broken.statusCode, 400);
    assert.match(text(broken.body), /This PDF cannot be read/);
  });

  it("lets a translator write a language and submit for review, never publish; editors publish; every step audited", async () => {
    const id = ids.handbook!;
    const es = await translator.post(`/en/admin/library/${id}`, { in: "es", title: "Manual para las víctimas", summary: "Resumen." }, { formPage: `/en/admin/library/${id}?in=es` });
    assert.equal(es.statusCode, 303);
    assert.equal((await setStatus(translator, id, "publish")).statusCode, 403);
    assert.equal((await setStatus(translator, id, "review")).statusCode, 303);
    assert.equal((await t.db.kysely.selectFrom("library_works").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status, "in_review");
    assert.equal((await t.app.inject({ url: "/en/library/handbook" })).statusCode, 404, "not public in review");
    assert.equal((await setStatus(editor, id, "publish")).statusCode, 303);
    assert.equal((await t.app.inject({ url: "/en/library/handbook" })).statusCode, 200);
    const actions = await auditActions(id);
    for (const a of ["library_work.create", "library_work.edit", "library_work.upload", "library_work.review", "library_work.publish"]) assert.ok(actions.includes(a), a);
  });

  it("shows a translator a published work read-only with the reason, and still refuses their changes; editors keep the forms", async () => {
    const id = ids.handbook!;
    const editForm = `action="/en/admin/library/${id}"`;
    const uploadForm = `action="/en/admin/library/${id}/file?in=es"`;
    const statusForm = `action="/en/admin/library/${id}/status?in=es"`;
    const page = await translator.get(`/en/admin/library/${id}?in=es`);
    assert.equal(page.statusCode, 200);
    for (const form of [editForm, uploadForm, statusForm]) assert.ok(!page.body.includes(form), `no ${form}`);
    assert.doesNotMatch(page.body, /name="title"/);
    assert.match(text(page.body), /This work is published: only editors change it now/);
    assert.match(page.body, /<dd lang="es" dir="ltr">Manual para las víctimas<\/dd>/, "the texts are shown, marked with their language");
    // A valid CSRF token (from a page with a form), so that the refusal is the server's rule.
    const draft = await createWork({ ...HANDBOOK, slug: "draft-handbook" }, "en", "Draft handbook");
    const draftPage = `/en/admin/library/${draft}?in=en`;
    const refused = await translator.post(`/en/admin/library/${id}`, { in: "es", title: "Changed", summary: "Changed." }, { formPage: draftPage });
    assert.equal(refused.statusCode, 403, "the server still refuses");
    const pdf = await demoPdf("es", "Manual", ["Texto."]);
    const refusedFile = await translator.postMultipart(`/en/admin/library/${id}/file?in=es`, { in: "es" }, [{ name: "file", filename: "doc.pdf", type: "application/pdf", content: pdf }], { formPage: draftPage });
    assert.equal(refusedFile.statusCode, 403);
    const es = await t.db.kysely.selectFrom("library_versions").select(["title", "file_key"]).where("work_id", "=", id).where("locale", "=", "es").executeTakeFirstOrThrow();
    assert.deepEqual(es, { title: "Manual para las víctimas", file_key: null }, "nothing changed");

    const asEditor = await editor.get(`/en/admin/library/${id}?in=es`);
    for (const form of [editForm, uploadForm, statusForm]) assert.ok(asEditor.body.includes(form), `the editor has ${form}`);
    assert.doesNotMatch(text(asEditor.body), /This work is published: only editors/);

    const asTranslator = await translator.get(draftPage);
    assert.ok(asTranslator.body.includes(`action="/en/admin/library/${draft}"`), "a translator edits a draft");
    assert.match(asTranslator.body, /name="title"/);
    assert.ok(asTranslator.body.includes(`action="/en/admin/library/${draft}/status?in=en"`), "and may submit it for review");
  });
});

/** A PDF with a drawing and no text, like a scanned document. */
function scannedPdf(): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: "A4" });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.rect(50, 50, 300, 400).fill("#888888");
    doc.end();
  });
}

describe("reading PDFs", () => {
  it("leaves the engine's own JSON, Array and Function built-ins in place, and keeps what pdfjs added", async () => {
    const { readPdf } = await import("./library.pdf.ts");
    const { writeFile, mkdtemp } = await import("node:fs/promises");
    const dir = await mkdtemp(`${(await import("node:os")).tmpdir()}/vsp-pdf-`);
    await writeFile(`${dir}/a.pdf`, await demoPdf("en", "Built-ins", ["Text of a page."]));
    const reading = await readPdf(`${dir}/a.pdf`);
    assert.match(reading.text, /Text of a page/);
    assert.equal(JSON.stringify, NATIVE.stringify);
    assert.equal(JSON.parse, NATIVE.parse);
    assert.equal(Array.prototype.push, NATIVE.push);
    assert.equal(Function.prototype.toString, NATIVE.toString);
    assert.match(NATIVE.toString.call(JSON.stringify), /\[native code\]/);
    // What pdfjs needs and Node 20 lacks stays.
    assert.equal(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers, "function");
  });
});

describe("scanned PDFs and removed versions", () => {
  it("says when a PDF has no text, and removes a language version with its file", async () => {
    const spec: WorkSpec = { slug: "scanned", type: "report", year: "2020", audiences: ["general"], region: "001", topics: ["media"] };
    const id = await createWork(spec, "en", "Scanned report");
    assert.equal((await upload(editor, id, "en", await scannedPdf())).statusCode, 303);
    const page = text((await editor.get(`/en/admin/library/${id}?in=en`)).body);
    assert.match(page, /No text was found: this looks like a scanned PDF/);
    const version = await t.db.kysely.selectFrom("library_versions").selectAll().where("work_id", "=", id).executeTakeFirstOrThrow();
    const removed = await editor.post(`/en/admin/library/${id}/version/delete`, { in: "en" }, { formPage: `/en/admin/library/${id}?in=en` });
    assert.equal(removed.statusCode, 303);
    assert.equal(await t.db.kysely.selectFrom("library_versions").select("id").where("work_id", "=", id).executeTakeFirst(), undefined);
    assert.equal((await editor.get(`/media/library/${version.id}/${version.file_key!.split("/").pop()}`)).statusCode, 404);
    assert.ok((await auditActions(id)).includes("library_work.remove_version"));
    assert.equal((await translator.post(`/en/admin/library/${id}/version/delete`, { in: "en" }, { formPage: `/en/admin/library/${id}?in=en` })).statusCode, 403);
  });
});

describe("the public library", () => {
  before(async () => {
    ids.guide = await createWork(GUIDE, "zh", "受害者协会指南");
    assert.equal((await upload(editor, ids.guide, "zh", await demoPdf("zh-Hans", "受害者协会指南", ["本指南介绍心理援助和赔偿程序。"]))).statusCode, 303);
    ids.toolkit = await createWork(TOOLKIT, "ar", "مجموعة أدوات الضحايا");
    assert.equal((await upload(editor, ids.toolkit, "ar", await demoPdf("ar", "مجموعة أدوات الضحايا", ["يشرح هذا الدليل التعويض والمساعدة النفسية."]))).statusCode, 303);
    for (const id of [ids.guide, ids.toolkit]) assert.equal((await setStatus(editor, id, "publish")).statusCode, 303);
  });

  it("counts each facet among the works matching the other choices, alone and combined", async () => {
    const all = text((await t.app.inject({ url: "/en/library" })).body);
    assert.match(all, /3 publications/);
    assert.match(all, /2023 \(2\)/);
    assert.match(all, /Handbook \(1\)/);
    const toolkits = await t.app.inject({ url: "/en/library?type=toolkit" });
    assert.equal(toolkits.statusCode, 200);
    const tk = text(toolkits.body);
    assert.match(tk, /1 publication\b/);
    assert.match(tk, /2023 \(1\)/);
    assert.match(tk, /Handbook \(1\)/, "the type facet itself still counts the other types");
    const both = text((await t.app.inject({ url: "/en/library?audience=victims&topic=compensation" })).body);
    assert.match(both, /2 publications/);
    assert.match(both, /Handbook for victims/);
    assert.doesNotMatch(both, /受害者协会指南/);
    const fr = text((await t.app.inject({ url: "/en/library?lang=fr&year=2023" })).body);
    assert.match(fr, /1 publication\b/);
    assert.match(fr, /Languages: English and French/);
  });

  it("answers 400 with an error summary for values that are not offered", async () => {
    const res = await t.app.inject({ url: "/en/library?type=poem&year=abc" });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#field-type"/);
    assert.match(res.body, /href="#field-year"/);
  });

  it("finds words from inside the PDFs, in Chinese and Arabic, in the library and in the site search", async () => {
    const zh = await t.app.inject({ url: `/zh/library?q=${encodeURIComponent("赔偿")}` });
    assert.match(text(zh.body), /受害者协会指南/);
    assert.match(text(zh.body), /1 种出版物/);
    const ar = await t.app.inject({ url: `/ar/library?q=${encodeURIComponent("التعويض")}` });
    assert.match(text(ar.body), /مجموعة أدوات الضحايا/);
    const en = text((await t.app.inject({ url: "/en/library?q=lighthouse" })).body);
    assert.match(en, /Handbook for victims/);
    assert.match(en, /1 publication\b/);
    const site = await t.app.inject({ url: `/zh/search?q=${encodeURIComponent("赔偿")}` });
    assert.match(site.body, /href="\/zh\/library\/zh-guide"/);
    assert.match(text(site.body), /出版物/);
    const siteEn = await t.app.inject({ url: "/en/search?q=lighthouse" });
    assert.match(siteEn.body, /href="\/en\/library\/handbook"/);
  });

  it("shows the versions in each language with size, pages and a PDF download, and schema.org markup", async () => {
    const res = await t.app.inject({ url: "/fr/library/handbook" });
    assert.equal(res.statusCode, 200);
    const body = text(res.body);
    assert.match(body, /Manuel pour les victimes/);
    assert.match(body, /anglais/);
    assert.match(body, /PDF · [\d,]+ ko · 1 page/);
    const links = [...res.body.matchAll(/href="(\/media\/library\/[^"]+\.pdf)"/g)].map((m) => m[1]!);
    assert.equal(links.length, 2, "English and French; the Spanish text has no file yet");
    const pdf = await t.app.inject({ url: links[0]! });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers["content-type"], "application/pdf");
    assert.match(String(pdf.headers["content-disposition"]), /attachment; filename="handbook-(en|fr)\.pdf"/);
    const ld = JSON.parse(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/s.exec(res.body)![1]!);
    assert.equal(ld.inLanguage, "fr");
    assert.equal(ld.encoding.encodingFormat, "application/pdf");
    assert.match(ld.encoding.contentSize, /^\d+ B$/);
    assert.equal(ld.workTranslation.length, 1);
    assert.equal(ld.workTranslation[0].inLanguage, "en");
  });

  it("lists published works in the sitemap with language alternates", async () => {
    const res = await t.app.inject({ url: "/sitemap.xml" });
    assert.match(res.body, /\/en\/library\/handbook</);
    assert.match(res.body, /hreflang="ar" href="[^"]*\/ar\/library\/handbook"/);
  });

  it("takes an unpublished work out of the library, its files and the site search", async () => {
    assert.equal((await setStatus(editor, ids.guide!, "unpublish")).statusCode, 303);
    assert.equal((await t.app.inject({ url: "/zh/library/zh-guide" })).statusCode, 404);
    const site = await t.app.inject({ url: `/zh/search?q=${encodeURIComponent("赔偿")}` });
    assert.doesNotMatch(site.body, /zh-guide/);
    assert.doesNotMatch((await t.app.inject({ url: "/sitemap.xml" })).body, /zh-guide/);
    assert.ok((await auditActions(ids.guide!)).includes("library_work.unpublish"));
  });
});

describe("demo publications", () => {
  it("loads the invented publications once, published and marked as demonstration", async () => {
    const added = await seedDemoLibrary(t.db, t.app.services);
    assert.equal(added, 3);
    assert.equal(await seedDemoLibrary(t.db, t.app.services), 0);
    const page = await t.app.inject({ url: "/en/library/demo-handbook-first-steps" });
    assert.equal(page.statusCode, 200);
    assert.match(text(page.body), /demonstration publication/);
  });
});
