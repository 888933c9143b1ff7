import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Kysely } from "kysely";
import sharp from "sharp";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildPage, buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";
import { seedDemoStories, seedDemoVideos } from "../../demo/seed.ts";
import { LANG_TAG, LOCALES } from "../../i18n/locales.ts";
import { UN_STATES } from "../countries/countries.data.ts";
import { storyVoicesRepo } from "../stories/story-voices.repo.ts";
import { storySourceHash } from "../stories/story-voices.service.ts";
import { sitemapIndex, sitemapPart, sitemapPartCount } from "../sitemap/sitemap.routes.ts";

const ORIGIN = "https://portal.example.org";
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "url", "xhtml:link", "sitemap"].includes(name) });
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type Attrs = Record<string, string>;
interface AtomEntry { id: string; title: string | { "#text": string }; updated: string; published?: string; summary?: unknown; link: Attrs[]; "@xml:lang"?: string }
interface AtomFeed { "@xmlns": string; "@xml:lang": string; id: string; title: string; updated: string; author: { name: string }; link: Attrs[]; entry?: AtomEntry[] }

/** Validates an Atom document and checks what RFC 4287 requires of the feed and of every entry. */
function parseAtom(xml: string): AtomFeed {
  assert.equal(XMLValidator.validate(xml), true, "well-formed XML");
  const feed = (parser.parse(xml) as { feed: AtomFeed }).feed;
  assert.equal(feed["@xmlns"], "http://www.w3.org/2005/Atom");
  assert.ok(feed.id && feed.title && feed.author?.name);
  assert.match(feed.updated, RFC3339);
  for (const e of feed.entry ?? []) {
    assert.match(e.id, /^https:\/\/portal\.example\.org\//, "entry ids are stable absolute addresses");
    assert.ok(e.title);
    assert.match(e.updated, RFC3339);
    assert.ok(e.link.some((l) => l["@href"]?.startsWith(ORIGIN)));
  }
  return feed;
}
const text = (v: unknown) => (typeof v === "string" ? v : (v as { "#text": string })["#text"]);
const metaContent = (html: string, attr: "property" | "name", key: string) => [...html.matchAll(new RegExp(`<meta ${attr}="${key.replace(/[.:]/g, "\\$&")}" content="([^"]*)"`, "g"))].map((m) => m[1]!);

describe("feeds and discovery", () => {
  let t: TestApp;
  let newsSlug: string;
  let photoStoryId: string;
  let translatedStoryId: string;
  let warnedStoryId: string;
  let privateLink: string;

  before(async () => {
    t = await createTestApp({ seed: true, env: { PUBLIC_URL: ORIGIN } });
    newsSlug = (await buildPage(t, { kind: "news", slug: "vigil-2026", locales: { en: { title: "Vigil & <b>remembrance</b> on 21 August", summary: "Join us." }, fr: { title: "Veillée du 21 août" } } })).slug;
    await buildPage(t, { kind: "news", slug: "only-french", locales: { fr: { title: "Seulement en français" } } });
    await seedDemoStories(t.db, t.app.services);
    await seedDemoVideos(t.db, t.app.services.storage);
    const stories = await t.db.kysely.selectFrom("stories").selectAll().execute();
    photoStoryId = (await t.db.kysely.selectFrom("story_media").select("story_id").where("kind", "=", "image").executeTakeFirstOrThrow()).story_id;
    const es = stories.find((s) => s.language === "es")!;
    translatedStoryId = es.id;
    warnedStoryId = stories.find((s) => s.language === "fr" && s.content_warning)!.id;
    const translator = await buildStaff(t, { roles: ["translator"] });
    await storyVoicesRepo(t.db.kysely).saveTranslation({ storyId: es.id, locale: "fr", title: "Le jardin partagé", body: "Texte traduit.", contentWarning: null, sourceHash: storySourceHash(es), translatorId: translator.id, status: "published", at: new Date().toISOString() });
    const shared = await new Client(t.app).post("/en/stories/share", { body: "My private words.", title: "Mine", language: "en", country: "", year: "", attack: "", content_warning: "", naming: "anonymous", display_name: "", publish: "yes", translate: "no", quote: "no", email: "" }, { formPage: "/en/stories/share" });
    privateLink = String(shared.headers.location).split("?")[0]!;
  });
  after(async () => t.close());

  it("publishes an Atom feed of the news written in each language, with self and alternate links", async () => {
    const res = await t.app.inject({ url: "/en/news.atom" });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers["content-type"]), /^application\/atom\+xml/);
    const feed = parseAtom(res.body);
    assert.equal(feed["@xml:lang"], "en");
    assert.equal(feed.id, `${ORIGIN}/en/news.atom`);
    assert.ok(feed.link.some((l) => l["@rel"] === "self" && l["@href"] === `${ORIGIN}/en/news.atom` && l["@type"] === "application/atom+xml"));
    assert.ok(feed.link.some((l) => l["@rel"] === "alternate" && l["@href"] === `${ORIGIN}/en/news`));
    const vigil = feed.entry!.find((e) => e.id === `${ORIGIN}/en/news/${newsSlug}`)!;
    assert.ok(vigil, "the news item is in the feed");
    // Plain text escaped for the type="html" the library writes: readers show the characters, not markup.
    assert.equal(text(vigil.title), "Vigil &amp; &lt;b&gt;remembrance&lt;/b&gt; on 21 August");
    assert.ok(!feed.entry!.some((e) => e.id.endsWith("/only-french")), "only news written in the feed's language");
    const fr = parseAtom((await t.app.inject({ url: "/fr/news.atom" })).body);
    assert.equal(fr["@xml:lang"], "fr");
    assert.ok(fr.entry!.some((e) => e.id === `${ORIGIN}/fr/news/only-french`));
    assert.ok(fr.entry!.some((e) => text(e.title) === "Veillée du 21 août"));
  });

  it("publishes an Atom feed of stories, translated where a translation is published, else the original marked with xml:lang", async () => {
    const fr = parseAtom((await t.app.inject({ url: "/fr/stories.atom" })).body);
    const entries = fr.entry!;
    assert.equal(entries.length, await t.db.kysely.selectFrom("stories").select("id").where("status", "=", "approved").execute().then((r) => r.length));
    const translated = entries.find((e) => e.id === `${ORIGIN}/fr/stories/${translatedStoryId}`)!;
    assert.equal(text(translated.title), "Le jardin partagé");
    assert.equal(translated["@xml:lang"], undefined, "in the feed's language");
    const photo = entries.find((e) => e.id === `${ORIGIN}/fr/stories/${photoStoryId}`)!;
    assert.equal(photo["@xml:lang"], "en", "the English original, marked");
    const warned = entries.find((e) => e.id === `${ORIGIN}/fr/stories/${warnedStoryId}`)!;
    assert.equal(text(warned.summary), "Avertissement sur le contenu : Évoque un procès et des blessures", "a story behind a warning shows only the warning");
    const arWarned = parseAtom((await t.app.inject({ url: "/ar/stories.atom" })).body).entry!.find((e) => e.id.endsWith(warnedStoryId))!;
    assert.equal(arWarned["@xml:lang"], "fr");
    assert.equal(text(arWarned.summary), "Avertissement sur le contenu : Évoque un procès et des blessures", "labelled in the entry's language");
    const zh = parseAtom((await t.app.inject({ url: "/zh/stories.atom" })).body);
    assert.equal(zh["@xml:lang"], LANG_TAG.zh);
    assert.ok(zh.entry!.some((e) => e["@xml:lang"] === "es"));
  });

  it("announces the feeds in the head of the news and story lists", async () => {
    const news = await t.app.inject({ url: "/es/news" });
    assert.match(news.body, /<link rel="alternate" type="application\/atom\+xml" title="Noticias – [^"]+" href="\/es\/news.atom"\/>/);
    const stories = await t.app.inject({ url: "/ar/stories" });
    assert.match(stories.body, /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/ar\/stories.atom"\/>/);
  });

  it("lists every public page in the sitemap in all six languages with hreflang alternates and x-default", async () => {
    const res = await t.app.inject({ url: "/sitemap.xml" });
    assert.equal(res.statusCode, 200);
    assert.equal(XMLValidator.validate(res.body), true);
    const urls = (parser.parse(res.body) as { urlset: { "@xmlns": string; "@xmlns:xhtml": string; url: { loc: string; lastmod?: string; "xhtml:link": Attrs[] }[] } }).urlset;
    assert.equal(urls["@xmlns"], "http://www.sitemaps.org/schemas/sitemap/0.9");
    assert.equal(urls["@xmlns:xhtml"], "http://www.w3.org/1999/xhtml");
    const locs = new Set(urls.url.map((u) => u.loc));
    assert.equal(locs.size, urls.url.length, "no address twice");
    for (const u of urls.url) {
      assert.equal(u["xhtml:link"].length, 7, `${u.loc} lists six languages and x-default`);
      assert.ok(u["xhtml:link"].some((l) => l["@hreflang"] === "x-default"));
      if (u.lastmod) assert.match(u.lastmod, /^\d{4}-\d{2}-\d{2}$/);
    }
    const stories = await t.db.kysely.selectFrom("stories").select("id").where("status", "=", "approved").execute();
    const expected: string[] = ["/", "/info", "/news", "/services", "/countries", "/help-navigator", "/stories", "/videos", `/news/${newsSlug}`, "/news/only-french", "/info/get-help-now", ...stories.map((s) => `/stories/${s.id}`), ...UN_STATES.map((s) => `/countries/${s.code.toLowerCase()}`)];
    const videos = await t.db.kysely.selectFrom("video_episodes").innerJoin("video_series", "video_series.id", "video_episodes.series_id").select(["video_series.slug as series", "video_episodes.slug as episode"]).execute();
    expected.push(...videos.flatMap((v) => [`/videos/${v.series}`, `/videos/${v.series}/${v.episode}`]));
    const services = await t.db.kysely.selectFrom("directory_services").select("service_id").where("state", "=", "published").execute();
    assert.ok(services.length > 0, "the demo directory has published services");
    expected.push(...services.map((sv) => `/services/${sv.service_id}`));
    const orgs = await (t.db.kysely as unknown as Kysely<any>).selectFrom("hsds_service as s").innerJoin("directory_services as m", "m.service_id", "s.id").select("s.organization_id").distinct().where("m.state", "=", "published").execute();
    expected.push(...orgs.map((o) => `/services/organizations/${String(o.organization_id)}`));
    // Each listed organisation page really is public.
    assert.equal((await t.app.inject({ url: `/en/services/organizations/${String(orgs[0]!.organization_id)}` })).statusCode, 200);
    for (const p of expected) for (const l of LOCALES) assert.ok(locs.has(`${ORIGIN}/${l}${p}`), `${l}${p} is listed`);
    for (const loc of locs) {
      assert.doesNotMatch(loc, /\/search|\/admin|\/stories\/mine\/|\/crisis/, `${loc} is not listed`);
    }
  });

  it("lists the incident page only while crisis mode is on", async () => {
    const admin = await signIn(t, await buildStaff(t, { roles: ["admin"] }));
    await admin.post("/en/admin/crisis", { headline: "Incident", message: "Stay safe.", severity: "serious" }, { formPage: "/en/admin/crisis" });
    const on = (await t.app.inject({ url: "/sitemap.xml" })).body;
    for (const l of LOCALES) assert.match(on, new RegExp(`<loc>${ORIGIN}/${l}/crisis</loc>`));
    const id = (await t.db.kysely.selectFrom("crisis_notices").select("id").executeTakeFirstOrThrow()).id;
    await admin.post("/en/admin/crisis/off", { notice: id }, { formPage: "/en/admin/crisis" });
    assert.doesNotMatch((await t.app.inject({ url: "/sitemap.xml" })).body, /\/crisis</);
  });

  it("splits the sitemap into parts behind a sitemap index past the per-file limit", async () => {
    const paths = Array.from({ length: 5 }, (_, i) => ({ path: `/p/${i}` }));
    assert.equal(sitemapPartCount(paths.length, 12), 3, "30 addresses, 12 per file");
    const docs = [1, 2, 3].map((n) => sitemapPart(ORIGIN, paths, 12, n));
    for (const d of docs) assert.equal(XMLValidator.validate(d), true);
    assert.equal(docs.map((d) => (d.match(/<url>/g) ?? []).length).join(","), "12,12,6");
    const all = docs.flatMap((d) => [...d.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    assert.equal(new Set(all).size, 30, "every address once across the parts");
    assert.equal(sitemapPartCount(50_000 / 6, 25_000), 2, "50,000 addresses are more than one file");
    const index = sitemapIndex(ORIGIN, docs.length);
    assert.equal(XMLValidator.validate(index), true);
    assert.deepEqual((parser.parse(index) as { sitemapindex: { sitemap: { loc: string }[] } }).sitemapindex.sitemap.map((s) => s.loc), [1, 2, 3].map((n) => `${ORIGIN}/sitemaps/${n}.xml`));
    // Today's portal is far below the limit, so /sitemap.xml is one file and the parts do not exist.
    assert.equal((await t.app.inject({ url: "/sitemaps/1.xml" })).statusCode, 404);
  });

  it("keeps crawlers off private and staff addresses and points them to the sitemap", async () => {
    const res = await t.app.inject({ url: "/robots.txt" });
    const lines = res.body.split("\n");
    for (const rule of ["Disallow: /*/admin", "Disallow: /*/search", "Disallow: /*/stories/mine/", "Disallow: /*/newsletter/"]) assert.ok(lines.includes(rule), rule);
    assert.ok(lines.includes(`Sitemap: ${ORIGIN}/sitemap.xml`));
  });

  it("gives the home page Open Graph and Twitter card tags with the portal's default picture", async () => {
    const html = (await t.app.inject({ url: "/zh/" })).body;
    assert.deepEqual(metaContent(html, "property", "og:type"), ["website"]);
    assert.deepEqual(metaContent(html, "property", "og:url"), [`${ORIGIN}/zh/`]);
    assert.deepEqual(metaContent(html, "property", "og:locale"), ["zh_CN"]);
    assert.deepEqual(metaContent(html, "property", "og:locale:alternate").sort(), ["ar_AR", "en_GB", "es_ES", "fr_FR", "ru_RU"]);
    assert.equal(metaContent(html, "property", "og:site_name").length, 1);
    assert.deepEqual(metaContent(html, "property", "og:title"), ["恐怖主义受害者支助门户网站"]);
    assert.equal(metaContent(html, "property", "og:description").length, 1);
    assert.deepEqual(metaContent(html, "name", "twitter:card"), ["summary_large_image"]);
    const [image] = metaContent(html, "property", "og:image");
    assert.match(image!, /^https:\/\/portal\.example\.org\/static\/og-default\.png\?v=/);
    const png = await t.app.inject({ url: image!.slice(ORIGIN.length) });
    assert.equal(png.statusCode, 200);
    const meta = await sharp(png.rawPayload).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ["png", 1200, 630]);
    assert.deepEqual(metaContent(html, "property", "og:image:width"), ["1200"]);
  });

  it("marks a news item as an article", async () => {
    const html = (await t.app.inject({ url: `/en/news/${newsSlug}` })).body;
    assert.deepEqual(metaContent(html, "property", "og:type"), ["article"]);
    assert.deepEqual(metaContent(html, "property", "og:title"), ["Vigil &amp; &lt;b>remembrance&lt;/b> on 21 August"]);
    assert.deepEqual(metaContent(html, "property", "og:url"), [`${ORIGIN}/en/news/${newsSlug}`]);
  });

  it("shows a story's own photo (its JPEG near 1200 pixels) in link previews, and the default picture for a story behind a warning", async () => {
    const html = (await t.app.inject({ url: `/en/stories/${photoStoryId}` })).body;
    assert.deepEqual(metaContent(html, "property", "og:type"), ["article"]);
    const [image] = metaContent(html, "property", "og:image");
    assert.match(image!, new RegExp(`^${ORIGIN}/en/stories/${photoStoryId}/media/[a-f0-9]{16}/[^"]+\\.jpg$`));
    const jpeg = await t.app.inject({ url: image!.slice(ORIGIN.length) });
    assert.equal(jpeg.statusCode, 200);
    const meta = await sharp(jpeg.rawPayload).metadata();
    assert.equal(meta.format, "jpeg");
    assert.deepEqual(metaContent(html, "property", "og:image:width"), [String(meta.width)]);
    assert.deepEqual(metaContent(html, "property", "og:image:alt"), ["A green field under a clear blue sky"]);
    const warned = (await t.app.inject({ url: `/en/stories/${warnedStoryId}` })).body;
    assert.match(metaContent(warned, "property", "og:image")[0]!, /\/static\/og-default\.png/);
  });

  it("shows a video episode's poster and marks it video.other", async () => {
    const ep = await t.db.kysely.selectFrom("video_episodes").innerJoin("video_series", "video_series.id", "video_episodes.series_id").select(["video_series.slug as series", "video_episodes.slug as episode", "video_episodes.id"]).executeTakeFirstOrThrow();
    const html = (await t.app.inject({ url: `/en/videos/${ep.series}/${ep.episode}` })).body;
    assert.deepEqual(metaContent(html, "property", "og:type"), ["video.other"]);
    const [image] = metaContent(html, "property", "og:image");
    assert.ok(image!.startsWith(`${ORIGIN}/`) && image!.includes(ep.id), image);
    const poster = await t.app.inject({ url: image!.slice(ORIGIN.length) });
    assert.equal(poster.statusCode, 200);
    assert.equal((await sharp(poster.rawPayload).metadata()).format, "jpeg");
  });

  it("gives no Open Graph tags to private pages: an author's story link, staff pages and error pages", async () => {
    const admin = await signIn(t, await buildStaff(t, { roles: ["admin"] }));
    const pages = [await new Client(t.app).get(privateLink), await admin.get("/en/admin/crisis"), await t.app.inject({ url: "/en/admin/login" }), await t.app.inject({ url: "/en/no-such-page" })];
    for (const page of pages) {
      assert.match(page.body, /<meta name="robots" content="noindex, nofollow"\/>/);
      assert.doesNotMatch(page.body, /property="og:|name="twitter:/);
    }
  });
});
