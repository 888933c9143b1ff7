import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { AUDIENCES, TOPICS } from "../content/content.taxonomy.ts";
import { LANG_TAG, LOCALES } from "../../i18n/locales.ts";
import { siteOrigin } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { UN_STATES } from "../countries/countries.data.ts";
import { countriesService } from "../countries/countries.service.ts";
import { sitemapRepo } from "./sitemap.repo.ts";
import { videosRepo } from "../videos/videos.repo.ts";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** sitemaps.org XML with every page in all six languages, each listing its hreflang alternates. */
export const sitemapRoutes: FastifyPluginAsync = async (app) => {
  const repo = sitemapRepo(app.services.db.kysely);
  const videos = videosRepo(app.services.db.kysely);
  const countries = countriesService(app.services.db, app.services.clock);
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = siteOrigin(request);
    const dates = await countries.publishedDates();
    const paths: { path: string; lastmod?: string }[] = [
      { path: "/" },
      { path: "/info" },
      { path: "/news" },
      { path: "/contact" },
      { path: "/services" },
      { path: "/services/associations" },
      { path: "/services/propose" },
      { path: "/services/open-data" },
      { path: "/countries" },
      { path: "/countries/compare" },
      { path: "/help-navigator" },
      { path: "/videos" },
      { path: "/stories" },
      // The incident page only while crisis mode is on (it is a noindex "no current incident" page otherwise).
      ...(app.services.crisis.current() ? [{ path: "/crisis" }] : []),
      ...TOPICS.map((t) => ({ path: `/info/topics/${t}` })),
      ...AUDIENCES.map((a) => ({ path: `/info/for/${a}` })),
      ...(await repo.publishedItems()).map((i) => ({
        path: `/${i.kind === "news" ? "news" : "info"}/${i.slug}`,
        lastmod: String(i.updated_at).slice(0, 10),
      })),
      ...(await videos.publishedPaths()).map((v) => ({ path: `/videos/${v.series}${v.episode ? `/${v.episode}` : ""}`, lastmod: v.updated_at.slice(0, 10) })),
      ...(await repo.publishedStories()).map((st) => ({ path: `/stories/${st.id}`, lastmod: String(st.updated_at).slice(0, 10) })),
      ...UN_STATES.map((st) => {
        const lastmod = dates.get(st.code)?.slice(0, 10);
        return { path: `/countries/${st.code.toLowerCase()}`, ...(lastmod ? { lastmod } : {}) };
      }),
    ];
    const docs = sitemapDocuments(origin, paths, SITEMAP_MAX_URLS);
    reply.type("application/xml; charset=utf-8").header("Cache-Control", "public, max-age=3600");
    const n = Number((request.params as { n?: string }).n ?? 0);
    if (docs.length === 1) {
      if (n) throw notFound();
      return docs[0];
    }
    if (!n) return sitemapIndex(origin, docs.length);
    if (n > docs.length) throw notFound();
    return docs[n - 1];
  };
  app.get("/sitemap.xml", handler);
  // Only used when the portal outgrows one file (50,000 addresses): /sitemap.xml is then their index.
  app.get<{ Params: { n: string } }>("/sitemaps/:n(^\\d{1,4}).xml", handler);
};

/** The sitemaps.org limit of addresses per file. */
export const SITEMAP_MAX_URLS = 50_000;

/** The <urlset> files for all pages in all six languages, each address listing its hreflang alternates, at most `max` per file. */
export function sitemapDocuments(origin: string, paths: { path: string; lastmod?: string | undefined }[], max: number): string[] {
  const urls = paths.flatMap(({ path, lastmod }) =>
    LOCALES.map((l) => {
      const links = LOCALES.map((alt) => `    <xhtml:link rel="alternate" hreflang="${LANG_TAG[alt]}" href="${escapeXml(`${origin}/${alt}${path}`)}"/>`).join("\n");
      return `  <url>\n    <loc>${escapeXml(`${origin}/${l}${path}`)}</loc>\n${lastmod ? `    <lastmod>${lastmod}</lastmod>\n` : ""}${links}\n    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(`${origin}/`)}"/>\n  </url>`;
    }),
  );
  const docs: string[] = [];
  for (let i = 0; i < Math.max(1, urls.length); i += max) {
    docs.push(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.slice(i, i + max).join("\n")}\n</urlset>\n`);
  }
  return docs;
}

/** The <sitemapindex> pointing at each part when there is more than one. */
export function sitemapIndex(origin: string, parts: number): string {
  const entries = Array.from({ length: parts }, (_, i) => `  <sitemap>\n    <loc>${escapeXml(`${origin}/sitemaps/${i + 1}.xml`)}</loc>\n  </sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`;
}
