import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildPage } from "../../../tests/support/factories.ts";
import { Client, csrfFrom } from "../../../tests/support/http.ts";
import { LOCALES } from "../../i18n/locales.ts";

describe("information pages and news", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ seed: true });
  });
  after(() => t.close());

  it("shows the home page in every language with lang, dir, hreflang and the quick exit first after the skip link", async () => {
    for (const l of LOCALES) {
      const r = await t.app.inject(`/${l}/`);
      assert.equal(r.statusCode, 200, l);
      assert.match(r.body, new RegExp(`<html lang="${l === "zh" ? "zh-Hans" : l}" dir="${l === "ar" ? "rtl" : "ltr"}">`));
      for (const tag of ["ar", "zh-Hans", "en", "fr", "ru", "es", "x-default"]) assert.match(r.body, new RegExp(`hreflang="${tag}"`), `${l} ${tag}`);
      const body = r.body.slice(r.body.indexOf("<body"));
      const links = [...body.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]);
      assert.equal(links[0], "#main-content");
      assert.equal(links[1], t.config.quickExitUrl);
      assert.match(r.body, /International Day|Journée|Día|Международный|اليوم الدولي|国际|21/);
    }
  });

  it("redirects / to the best language, and a remembered choice wins", async () => {
    const r = await t.app.inject({ url: "/", headers: { "accept-language": "ru-RU,ru;q=0.9,en;q=0.8" } });
    assert.equal(r.statusCode, 302);
    assert.equal(r.headers.location, "/ru/");
    const none = await t.app.inject({ url: "/" });
    assert.equal(none.headers.location, "/en/");
    const remembered = await t.app.inject({ url: "/", headers: { "accept-language": "ru", cookie: "lang=ar" } });
    assert.equal(remembered.headers.location, "/ar/");
  });

  it("remembers the language chosen with the switcher, and nothing on ordinary reading", async () => {
    const switched = await t.app.inject({ url: "/fr/info/safety", headers: { "sec-fetch-site": "same-origin", referer: "http://localhost:80/en/info/safety" } });
    const cookies = [switched.headers["set-cookie"] ?? []].flat();
    assert.ok(cookies.some((c) => /^lang=fr;/.test(c)), String(cookies));
    const reading = await t.app.inject({ url: "/fr/info", headers: { "sec-fetch-site": "same-origin", referer: "http://localhost:80/fr/" } });
    assert.equal(reading.headers["set-cookie"], undefined);
  });

  it("lists topics and pages, and pages by topic and by audience", async () => {
    const index = await t.app.inject("/en/info");
    assert.equal(index.statusCode, 200);
    assert.match(index.body, /href="\/en\/info\/your-rights-as-a-victim"/);
    const topic = await t.app.inject("/en/info/topics/compensation");
    assert.match(topic.body, /compensation-and-financial-help/);
    assert.doesNotMatch(topic.body, /dealing-with-the-media/);
    const audience = await t.app.inject("/en/info/for/member-states");
    assert.match(audience.body, /model-legislative-provisions/);
    assert.equal((await t.app.inject("/en/info/topics/unknown")).statusCode, 404);
    assert.equal((await t.app.inject("/en/info/for/unknown")).statusCode, 404);
  });

  it("shows a content page with its last-reviewed date, its feedback form and schema.org markup", async () => {
    const r = await t.app.inject("/en/info/your-rights-as-a-victim");
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /Last reviewed:/);
    assert.match(r.body, /application\/ld\+json/);
    assert.match(r.body, /action="\/en\/info\/your-rights-as-a-victim\/feedback"/);
    assert.equal((await t.app.inject("/en/info/NOT_A_SLUG!")).statusCode, 404);
  });

  it("hides a content warning's body behind a details control", async () => {
    const r = await t.app.inject("/en/info/psychological-support-after-an-attack");
    assert.match(r.body, /<details class="content-warning"><summary>/);
    assert.doesNotMatch(r.body, /<details class="content-warning" open/);
  });

  it("falls back to another language with a notice and marks the text with its lang", async () => {
    const r = await t.app.inject("/zh/info/physical-recovery-and-medical-care");
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /class="notice notice-fallback"/);
    assert.match(r.body, /<h1 lang="en"/);
    // The switcher leads to the same page in every language.
    assert.match(r.body, /href="\/ru\/info\/physical-recovery-and-medical-care" lang="ru"/);
    const en = await t.app.inject("/en/info/physical-recovery-and-medical-care");
    assert.doesNotMatch(en.body, /notice-fallback/);
  });

  it("paginates the news newest first", async () => {
    for (let i = 0; i < 6; i++) {
      t.clock.advance(60_000);
      await buildPage(t, { kind: "news", topic: null, slug: `extra-news-${i}`, locales: { en: { title: `Extra news ${i}` } } });
    }
    const first = await t.app.inject("/en/news");
    assert.equal(first.statusCode, 200);
    assert.match(first.body, /Extra news 5/);
    assert.ok(first.body.indexOf("Extra news 5") < first.body.indexOf("Extra news 4"));
    assert.match(first.body, /href="\/en\/news\?page=2"/);
    const second = await t.app.inject("/en/news?page=2");
    assert.equal(second.statusCode, 200);
    assert.match(second.body, /Page 2 of 2/);
    assert.equal((await t.app.inject("/en/news?page=99")).statusCode, 404);
    assert.equal((await t.app.inject("/en/news?page=abc")).statusCode, 400);
    const item = await t.app.inject("/en/news/international-day-2026");
    assert.match(item.body, /72\/165/);
  });

  it("shows the three newest news items on the home page, newest first, each in the reader's language or a fallback", async () => {
    const titles = async (url: string) => {
      const body = (await t.app.inject(url)).body;
      const section = body.slice(body.indexOf('id="news-title"'), body.indexOf("</section>", body.indexOf('id="news-title"')));
      return [...section.matchAll(/<h3><a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[2]} ${m[1]}`);
    };
    t.clock.advance(3_600_000);
    await buildPage(t, { kind: "news", topic: null, slug: "home-news-a", locales: { en: { title: "Home news A" }, fr: { title: "Actualité A" } } });
    t.clock.advance(60_000);
    await buildPage(t, { kind: "news", topic: null, slug: "home-news-b", locales: { fr: { title: "Actualité B" } } });
    t.clock.advance(60_000);
    await buildPage(t, { kind: "news", topic: null, slug: "home-news-c", locales: { en: { title: "Home news C" }, ar: { title: "خبر ج" } } });
    // An item without a published version is not news yet.
    const { contentService } = await import("./content.service.ts");
    t.clock.advance(60_000);
    await contentService(t.db, () => t.clock.now).createItem({ kind: "news", slug: "home-news-unpublished", topic: null, audiences: [] }, null);
    assert.deepEqual(await titles("/en/"), ["Home news C /en/news/home-news-c", "Actualité B /en/news/home-news-b", "Home news A /en/news/home-news-a"]);
    assert.deepEqual(await titles("/fr/"), ["Home news C /fr/news/home-news-c", "Actualité B /fr/news/home-news-b", "Actualité A /fr/news/home-news-a"]);
    assert.deepEqual(await titles("/ar/"), ["خبر ج /ar/news/home-news-c", "Actualité B /ar/news/home-news-b", "Home news A /ar/news/home-news-a"]);
  });

  it("takes feedback, strips personal data from the comment and thanks the reader", async () => {
    const client = new Client(t.app);
    const res = await client.post(
      "/en/info/safety/feedback",
      { useful: "no", comment: "Write to me at someone@example.org or +44 20 7946 0958 please" },
      { formPage: "/en/info/safety" },
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, "/en/info/safety#feedback-title");
    const page = await client.get("/en/info/safety");
    assert.match(page.body, /Thank you for your feedback/);
    const row = await t.db.kysely.selectFrom("feedback").selectAll().orderBy("created_at", "desc").executeTakeFirstOrThrow();
    assert.equal(row.useful, 0);
    assert.doesNotMatch(row.comment ?? "", /someone@example.org|7946/);
  });

  it("re-shows the page with an error summary and keeps the comment when no answer is chosen", async () => {
    const client = new Client(t.app);
    const res = await client.post("/fr/info/safety/feedback", { comment: "Mon commentaire" }, { formPage: "/fr/info/safety" });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<title>Error:|<title>Erreur/);
    assert.match(res.body, /class="error-summary"/);
    assert.match(res.body, /href="#field-useful"/);
    assert.match(res.body, /Mon commentaire<\/textarea>/);
    assert.match(res.body, /<html lang="fr"/);
  });

  it("refuses a form without its CSRF token, and any cross-site post", async () => {
    const client = new Client(t.app);
    await client.get("/en/info/safety");
    const noToken = await client.post("/en/info/safety/feedback", { useful: "yes" });
    assert.equal(noToken.statusCode, 403);
    const page = await client.get("/en/info/safety");
    const crossSite = await client.post("/en/info/safety/feedback", { useful: "yes", _csrf: csrfFrom(page.body) ?? "" }, { headers: { "sec-fetch-site": "cross-site" } });
    assert.equal(crossSite.statusCode, 403);
    const otherOrigin = await client.post("/en/info/safety/feedback", { useful: "yes", _csrf: csrfFrom(page.body) ?? "" }, { headers: { origin: "https://evil.example" } });
    assert.equal(otherOrigin.statusCode, 403);
  });

  it("sends the contact form to the team and validates the address", async () => {
    const client = new Client(t.app);
    const bad = await client.post("/es/contact", { message: "Hola", email: "not-an-address" }, { formPage: "/es/contact" });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Hola<\/textarea>/);
    assert.match(bad.body, /value="not-an-address"/);
    const empty = await client.post("/es/contact", { message: "  " }, { formPage: "/es/contact" });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /href="#field-message"/);
    const ok = await client.post("/es/contact", { message: "Necesito información", email: "persona@example.org" }, { formPage: "/es/contact" });
    assert.equal(ok.statusCode, 303);
    const mail = t.mail.at(-1);
    assert.equal(mail?.to, t.config.contactEmail);
    assert.match(mail?.text ?? "", /Necesito información/);
    assert.equal(mail?.replyTo, "persona@example.org");
  });

  it("references no other host in any page's resources or links, except the quick exit", async () => {
    const urls = ["/en/", "/ar/", "/zh/info", "/en/info/your-rights-as-a-victim", "/fr/news", "/ru/search?q=test", "/es/contact", "/en/admin/login", "/en/nope"];
    for (const url of urls) {
      const r = await t.app.inject(url);
      const attrs = [...r.body.matchAll(/\b(?:src|href|action|srcset|poster|data)="([^"]*)"/g)].map((m) => m[1] ?? "");
      const css = [...r.body.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1] ?? "");
      const foreign = [...attrs, ...css].filter((v) => /^(https?:)?\/\//.test(v) && !v.startsWith("http://localhost") && v !== t.config.quickExitUrl);
      assert.deepEqual(foreign, [], url);
    }
  });
});
