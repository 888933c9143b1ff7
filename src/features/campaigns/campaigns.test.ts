import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import sharp from "sharp";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildPhonePhoto } from "../../media/test-fixtures.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";
import { shareLinks } from "./campaigns.service.ts";

/** Campaigns: staff write them one language at a time with share-kit images; readers get the page, the kit and share links. */
let t: TestApp;
let editor: Client;
let id: string;
const SLUG = "remember-21-august";
const PAGE = `/en/campaigns/${SLUG}`;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");
const auditActions = async (target: string) => (await t.db.kysely.selectFrom("audit_log").select("action").where("target_id", "=", target).orderBy("at").execute()).map((r) => r.action);

const EN = {
  in: "en",
  slug: SLUG,
  title: "Remember, on 21 August",
  message: "On the International Day we **honour** the victims.\n\n<script>alert(1)</script>\n\n[Read more](https://www.un.org/en/observances/terrorism-victims-day)",
  facts: "Resolution 72/165 set the day in 2017.\n\nIt is observed every 21 August.",
  hashtags: "#VictimsOfTerrorism UNitedAgainstTerrorism",
  share_text: "Stand with victims & survivors of terrorism: \"never forgotten\"",
};
const FR = { ...EN, in: "fr", title: "Se souvenir, le 21 août", message: "Nous **honorons** les victimes.", facts: "La résolution 72/165 a créé la Journée.", hashtags: "#VictimesDuTerrorisme", share_text: "Solidaires des victimes du terrorisme" };

before(async () => {
  t = await createTestApp();
  editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
});
after(async () => t.close());

describe("staff write a campaign", () => {
  it("keeps the answers and links each error when the form is incomplete", async () => {
    const res = await editor.post("/en/admin/campaigns", { in: "en", slug: "Bad Slug!", title: "", message: "x", hashtags: "#ok #not-ok", share_text: "" }, { formPage: "/en/admin/campaigns/new" });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<title>Error: /);
    for (const f of ["slug", "title", "hashtags", "share_text"]) assert.match(res.body, new RegExp(`<a href="#field-${f}">`), f);
    assert.match(res.body, /value="Bad Slug!"/);
  });

  it("creates a campaign in one language, adds another, and audits each step", async () => {
    const created = await editor.post("/en/admin/campaigns", EN, { formPage: "/en/admin/campaigns/new" });
    assert.equal(created.statusCode, 303);
    id = /\/en\/admin\/campaigns\/([0-9a-f-]{36})\?in=en/.exec(created.headers.location as string)![1]!;
    const fr = await editor.post(`/en/admin/campaigns/${id}`, FR, { formPage: `/en/admin/campaigns/${id}?in=fr` });
    assert.equal(fr.statusCode, 303);
    const edit = await editor.get(`/en/admin/campaigns/${id}?in=fr`);
    assert.match(edit.body, /value="Se souvenir, le 21 août"/);
    assert.match(edit.body, /value="#VictimesDuTerrorisme"/);
    assert.match(edit.body, /<h2 id="campaign-texts">Texts in French<\/h2>/);
    const taken = await editor.post("/en/admin/campaigns", { ...EN, title: "Another" }, { formPage: "/en/admin/campaigns/new" });
    assert.equal(taken.statusCode, 400);
    assert.match(taken.body, /Another campaign has this address/);
    assert.deepEqual(await auditActions(id), ["campaign.create", "campaign.edit"]);
  });

  it("re-encodes an uploaded image without its metadata, at two widths, with its alt text", async () => {
    const photo = await buildPhonePhoto(1600, 840);
    assert.ok((await sharp(photo).metadata()).exif, "the upload carries EXIF");
    const missingAlt = await editor.postMultipart(`/en/admin/campaigns/${id}/images`, { in: "en", alt: "" }, [{ name: "image", filename: "kit.jpg", type: "image/jpeg", content: photo }], { formPage: `/en/admin/campaigns/${id}` });
    assert.equal(missingAlt.statusCode, 400);
    assert.match(missingAlt.body, /<a href="#field-alt">Describe the image/);
    const notImage = await editor.postMultipart(`/en/admin/campaigns/${id}/images`, { in: "en", alt: "x" }, [{ name: "image", filename: "kit.jpg", type: "image/jpeg", content: Buffer.from("%PDF-1.4 not an image") }], { formPage: `/en/admin/campaigns/${id}` });
    assert.equal(notImage.statusCode, 400);
    assert.match(notImage.body, /<a href="#field-image">The file must be a JPEG, PNG or WebP image/);
    const res = await editor.postMultipart(`/en/admin/campaigns/${id}/images`, { in: "en", alt: "A candle beside a blue ribbon" }, [{ name: "image", filename: "kit.jpg", type: "image/jpeg", content: photo }], { formPage: `/en/admin/campaigns/${id}` });
    assert.equal(res.statusCode, 303);
    const alt = await editor.get(`/en/admin/campaigns/${id}?in=fr`);
    const imageId = /action="\/en\/admin\/campaigns\/[0-9a-f-]{36}\/images\/([0-9a-f-]{36})\/alt"/.exec(alt.body)![1]!;
    const saved = await editor.post(`/en/admin/campaigns/${id}/images/${imageId}/alt`, { in: "fr", alt: "Une bougie près d’un ruban bleu" }, { formPage: `/en/admin/campaigns/${id}?in=fr` });
    assert.equal(saved.statusCode, 303);
    const preview = /<img src="(\/en\/admin\/campaigns\/[0-9a-f-]{36}\/images\/[^"]+\.jpg)"/.exec((await editor.get(`/en/admin/campaigns/${id}`)).body)?.[1];
    assert.ok(preview, "staff see the image of a draft");
    const stored = await editor.get(preview);
    assert.equal(stored.statusCode, 200);
    const meta = await sharp(stored.rawPayload).metadata();
    assert.equal(meta.exif, undefined);
    assert.equal(meta.xmp, undefined);
    assert.ok(!stored.rawPayload.includes(Buffer.from("SecretPhoneMaker")) && !stored.rawPayload.includes(Buffer.from("SecretAuthorName")));
    assert.equal(meta.width, 600);
    assert.equal((await t.app.inject({ url: preview })).statusCode, 303, "not for visitors");
    assert.deepEqual((await auditActions(id)).slice(2), ["campaign.image_add", "campaign.image_alt"]);
  });

  it("keeps drafts off the public site until published", async () => {
    assert.equal((await t.app.inject({ url: PAGE })).statusCode, 404);
    assert.ok(!(await t.app.inject({ url: "/en/campaigns" })).body.includes(EN.title));
    const res = await editor.post(`/en/admin/campaigns/${id}/publish`, { action: "publish" }, { formPage: `/en/admin/campaigns/${id}` });
    assert.equal(res.statusCode, 303);
    assert.equal((await t.app.inject({ url: PAGE })).statusCode, 200);
    assert.ok((await t.app.inject({ url: "/en/campaigns" })).body.includes(EN.title));
    assert.equal((await auditActions(id)).at(-1), "campaign.publish");
  });

  it("is for editors and admins: a moderator or translator gets 403, a visitor is sent to sign in", async () => {
    for (const role of ["moderator", "translator"] as const) {
      const c = await signIn(t, await buildStaff(t, { roles: [role] }));
      assert.equal((await c.get("/en/admin/campaigns")).statusCode, 403, role);
      assert.equal((await c.post(`/en/admin/campaigns/${id}/publish`, { action: "unpublish" }, { formPage: "/en/" })).statusCode, 403, role);
    }
    const anon = await t.app.inject({ url: "/en/admin/campaigns" });
    assert.equal(anon.statusCode, 303);
  });
});

describe("the campaign page", () => {
  it("shows the message through the sanitiser, the key facts, the share text with a copy button, the hashtags and the images with their alt text", async () => {
    const page = (await t.app.inject({ url: PAGE })).body;
    assert.match(page, /<h1>Remember, on 21 August<\/h1>/);
    assert.match(page, /<strong>honour<\/strong>/);
    assert.ok(!page.includes("<script>alert(1)"), "raw HTML in Markdown is dropped");
    assert.match(page, /<li>Resolution 72\/165 set the day in 2017\.<\/li><li>It is observed every 21 August\.<\/li>/);
    assert.ok(page.includes('<p id="share-text" class="share-text" dir="auto">Stand with victims &amp; survivors of terrorism: &quot;never forgotten&quot; #VictimsOfTerrorism #UNitedAgainstTerrorism</p>'));
    assert.match(page, /<button type="button" class="button button-secondary" data-copy-target="share-text" data-copied="The text is copied." hidden>Copy the text<\/button>/);
    assert.match(page, /alt="A candle beside a blue ribbon"/);
    assert.match(page, /<a href="\/en\/campaigns\/remember-21-august\/images\/[0-9a-f-]{36}-1200\.jpg\?download=1" download>Download \u20661200 × 630\u2069 JPEG/);
    const fr = (await t.app.inject({ url: `/fr/campaigns/${SLUG}` })).body;
    assert.match(fr, /alt="Une bougie près d’un ruban bleu"/);
    assert.match(fr, /<h1>Se souvenir, le 21 août<\/h1>/);
  });

  it("falls back to English, marked as such, in a language not written yet", async () => {
    const ar = (await t.app.inject({ url: `/ar/campaigns/${SLUG}` })).body;
    assert.match(ar, /<h1 lang="en" dir="ltr">Remember, on 21 August<\/h1>/);
    assert.match(ar, /class="notice notice-fallback"/);
  });

  it("offers share links that are plain links to the networks' own pages, with the address and text encoded", async () => {
    const page = (await t.app.inject({ url: PAGE })).body;
    const links = [...page.matchAll(/<a href="([^"]+)" rel="noopener noreferrer" class="share-link share-(\w+)">/g)].map((m) => ({ href: m[1]!.replace(/&amp;/g, "&"), network: m[2]! }));
    assert.deepEqual(links.map((l) => l.network), ["facebook", "x", "linkedin", "whatsapp", "telegram", "email"]);
    const url = `http://localhost:80${PAGE}`;
    const share = 'Stand with victims & survivors of terrorism: "never forgotten" #VictimsOfTerrorism #UNitedAgainstTerrorism';
    const by = Object.fromEntries(links.map((l) => [l.network, new URL(l.href)]));
    assert.equal(by.facebook!.origin + by.facebook!.pathname, "https://www.facebook.com/sharer/sharer.php");
    assert.equal(by.facebook!.searchParams.get("u"), url);
    assert.equal(by.x!.origin + by.x!.pathname, "https://x.com/intent/post");
    assert.equal(by.x!.searchParams.get("text"), share);
    assert.equal(by.x!.searchParams.get("url"), url);
    assert.equal(by.linkedin!.origin + by.linkedin!.pathname, "https://www.linkedin.com/sharing/share-offsite/");
    assert.equal(by.linkedin!.searchParams.get("url"), url);
    assert.equal(by.whatsapp!.origin, "https://wa.me");
    assert.equal(by.whatsapp!.searchParams.get("text"), `${share} ${url}`);
    assert.equal(by.telegram!.origin + by.telegram!.pathname, "https://t.me/share/url");
    assert.equal(by.telegram!.searchParams.get("text"), share);
    assert.equal(by.email!.protocol, "mailto:");
    assert.equal(by.email!.searchParams.get("subject"), EN.title);
    assert.equal(by.email!.searchParams.get("body"), `${share}\n\n${url}`);
    // "&", '"', "#" and spaces never break out of their parameter.
    const raw = links.find((l) => l.network === "x")!.href;
    assert.ok(raw.includes("%26") && raw.includes("%23") && raw.includes("%22") && !raw.includes(" "));
  });

  it("encodes every character of a share text, in any script", () => {
    const [, x] = shareLinks({ url: "https://portal.example/ar/campaigns/a?b=c", text: "معًا #ضد_الإرهاب &?=", title: "t" });
    const u = new URL(x!.href);
    assert.equal(u.searchParams.get("text"), "معًا #ضد_الإرهاب &?=");
    assert.equal(u.searchParams.get("url"), "https://portal.example/ar/campaigns/a?b=c");
  });

  it("loads no script, image, style or frame from anywhere but the portal", async () => {
    const page = (await t.app.inject({ url: PAGE })).body;
    const srcs = [...page.matchAll(/<(script|img|iframe|source|link)\b[^>]*?\s(src|href|srcset)="([^"]*)"/g)].map((m) => m[3]!);
    assert.ok(srcs.length > 3);
    for (const s of srcs) {
      for (const part of s.split(",").map((p) => p.trim().split(" ")[0]!)) {
        assert.ok(part.startsWith("/") || part.startsWith("http://localhost:80/"), `${part} is the portal's own`);
      }
    }
    assert.ok(!/<iframe/.test(page));
    const ld = JSON.parse(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/.exec(page)![1]!) as Record<string, unknown>;
    assert.equal(ld["@type"], "WebPage");
    assert.deepEqual(ld.about, { "@type": "Thing", name: EN.title });
    assert.equal((ld.mainEntity as Record<string, unknown>)["@type"], "CreativeWork");
  });

  it("serves each image size to download, and the whole kit as a zip of images and one text file per language", async () => {
    const page = (await t.app.inject({ url: PAGE })).body;
    const href = /<a href="([^"]+-600\.jpg)\?download=1" download>/.exec(page)![1]!;
    const img = await t.app.inject({ url: `${href}?download=1` });
    assert.equal(img.statusCode, 200);
    assert.equal(img.headers["content-type"], "image/jpeg");
    assert.match(String(img.headers["content-disposition"]), /^attachment; filename="remember-21-august-600x315\.jpg"/);
    const zip = await t.app.inject({ url: `${PAGE}/share-kit.zip` });
    assert.equal(zip.statusCode, 200);
    assert.equal(zip.headers["content-type"], "application/zip");
    const files = unzipSync(new Uint8Array(zip.rawPayload));
    assert.deepEqual(Object.keys(files).sort(), ["images/remember-21-august-1-1200x630.jpg", "images/remember-21-august-1-600x315.jpg", "texts/en.txt", "texts/fr.txt"]);
    assert.equal((await sharp(Buffer.from(files["images/remember-21-august-1-1200x630.jpg"]!)).metadata()).width, 1200);
    const en = strFromU8(files["texts/en.txt"]!);
    assert.ok(en.includes(EN.title) && en.includes("#VictimsOfTerrorism") && en.includes(`http://localhost:80${PAGE}`) && en.includes("- It is observed every 21 August."));
    assert.ok(en.includes("images/remember-21-august-1-1200x630.jpg: A candle beside a blue ribbon"));
    assert.ok(strFromU8(files["texts/fr.txt"]!).includes("Une bougie près d’un ruban bleu"));
    // Built once: the next download is the kept zip, byte for byte, not compressed again.
    await new Promise((r) => setTimeout(r, 300));
    const again = await t.app.inject({ url: `${PAGE}/share-kit.zip`, headers: { "accept-encoding": "br, gzip" } });
    assert.equal(again.headers["x-cache"], "hit");
    assert.equal(again.headers["content-encoding"], undefined);
    assert.equal(again.headers["content-disposition"], zip.headers["content-disposition"]);
    assert.ok(again.rawPayload.equals(zip.rawPayload));
  });

  it("lists published campaigns in the sitemap with their language alternates, and drops them when unpublished", async () => {
    const sitemap = await t.app.inject({ url: "/sitemap.xml" });
    assert.equal(XMLValidator.validate(sitemap.body), true);
    assert.ok(sitemap.body.includes(`<loc>http://localhost:80/zh/campaigns/${SLUG}</loc>`));
    assert.ok(sitemap.body.includes(`<xhtml:link rel="alternate" hreflang="ar" href="http://localhost:80/ar/campaigns/${SLUG}"/>`));
    assert.ok(sitemap.body.includes("<loc>http://localhost:80/es/remembrance/tributes</loc>"));
    const res = await editor.post(`/en/admin/campaigns/${id}/publish`, { action: "unpublish" }, { formPage: `/en/admin/campaigns/${id}` });
    assert.equal(res.statusCode, 303);
    assert.ok(!(await t.app.inject({ url: "/sitemap.xml" })).body.includes(`/campaigns/${SLUG}<`));
    assert.equal((await t.app.inject({ url: PAGE })).statusCode, 404);
    assert.equal((await t.app.inject({ url: `${PAGE}/share-kit.zip` })).statusCode, 404);
  });

  it("removes an image with its files", async () => {
    const edit = await editor.get(`/en/admin/campaigns/${id}`);
    const [, imageId] = /action="\/en\/admin\/campaigns\/[0-9a-f-]{36}\/images\/([0-9a-f-]{36})\/delete"/.exec(edit.body)!;
    const preview = /<img src="(\/en\/admin\/campaigns\/[^"]+\.jpg)"/.exec(edit.body)![1]!;
    const res = await editor.post(`/en/admin/campaigns/${id}/images/${imageId}/delete`, {}, { formPage: `/en/admin/campaigns/${id}` });
    assert.equal(res.statusCode, 303);
    assert.equal((await editor.get(preview)).statusCode, 404);
    assert.ok(!(await t.app.services.storage.exists(`campaigns/${id}/${imageId}-600.jpg`)));
    assert.equal((await auditActions(id)).at(-1), "campaign.image_delete");
  });
});
