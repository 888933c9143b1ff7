import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { AUDIENCES, TOPICS } from "../content/content.taxonomy.ts";
import { LANG_TAG, LOCALES } from "../../i18n/locales.ts";
import { siteOrigin } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { UN_STATES } from "../countries/countries.data.ts";
import { countriesService } from "../countries/countries.service.ts";
import { sitemapRepo } from "./sitemap.repo.ts";
import { videosRepo } from "../videos/videos.repo.ts";
import { libraryRepo } from "../library/library.repo.ts";
import { campaignsRepo } from "../campaigns/campaigns.repo.ts";
import { learnRepo } from "../learn/learn.repo.ts";
import { eventsRepo } from "../events/events.repo.ts";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** sitemaps.org XML with every page in all six languages, each listing its hreflang alternates. */
export const sitemapRoutes: FastifyPluginAsync = async (app) => {
  const repo = sitemapRepo(app.services.db.kysely);
  const videos = videosRepo(app.services.db.kysely);
  const events = eventsRepo(app.services.db.kysely);
  const countries = countriesService(app.services.db, app.services.clock);
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = siteOrigin(request);
    const dates = await countries.publishedDates();
    const paths: { path: string; lastmod?: string }[] = [
      { path: "/" },
      { path: "/info" },
      { path: "/news" },
      { path: "/contact" },
      { path: "/newsletter" },
      { path: "/services" },
      { path: "/services/associations" },
      { path: "/services/propose" },
      { path: "/services/open-data" },
      { path: "/countries" },
      { path: "/countries/compare" },
      { path: "/help-navigator" },
      { path: "/videos" },
      { path: "/library" },
      ...(await libraryRepo(app.services.db.kysely).publishedPaths()).map((w) => ({ path: `/library/${w.slug}`, lastmod: w.updated_at.slice(0, 10) })),
      { path: "/stories" },
      // The incident page only while crisis mode is on (it is a noindex "no current incident" page otherwise).
      ...(app.services.crisis.current() ? [{ path: "/crisis" }] : []),
      { path: "/remembrance" },
      { path: "/events" },
      { path: "/events/calendar" },
      { path: "/events/past" },
      { path: "/self-assessment" },
      ...TOPICS.map((t) => ({ path: `/info/topics/${t}` })),
      ...AUDIENCES.map((a) => ({ path: `/info/for/${a}` })),
      ...(await repo.publishedItems()).map((i) => ({
        path: `/${i.kind === "news" ? "news" : "info"}/${i.slug}`,
        lastmod: String(i.updated_at).slice(0, 10),
      })),
      { path: "/remembrance/tributes" },
      { path: "/campaigns" },
      { path: "/learn" },
      ...(await learnRepo(app.services.db.kysely).courses("published")).map((c) => ({ path: `/learn/courses/${c.slug}`, lastmod: c.updated_at.slice(0, 10) })),
      ...(await campaignsRepo(app.services.db.kysely).publishedPaths()).map((c) => ({ path: `/campaigns/${c.slug}`, lastmod: c.updated_at.slice(0, 10) })),
      ...(await videos.publishedPaths()).map((v) => ({ path: `/videos/${v.series}${v.episode ? `/${v.episode}` : ""}`, lastmod: v.updated_at.slice(0, 10) })),
      ...(await repo.publishedStories()).map((st) => ({ path: `/stories/${st.id}`, lastmod: String(st.updated_at).slice(0, 10) })),
      ...(await repo.publishedOrganizations()).map((o) => ({ path: `/services/organizations/${o.id}`, lastmod: String(o.updated_at).slice(0, 10) })),
      ...(await repo.publishedServices()).map((sv) => ({ path: `/services/${sv.id}`, lastmod: String(sv.updated_at).slice(0, 10) })),
      ...(await events.publishedPaths()).map((e) => ({ path: `/events/${e.slug}`, lastmod: e.updated_at.slice(0, 10) })),
      ...UN_STATES.map((st) => {
        const lastmod = dates.get(st.code)?.slice(0, 10);
        return { path: `/countries/${st.code.toLowerCase()}`, ...(lastmod ? { lastmod } : {}) };
      }),
    ];
    reply.type("application/xml; charset=utf-8").header("Cache-Control", "public, max-age=3600");
    const parts = sitemapPartCount(paths.length, SITEMAP_MAX_URLS);
    const n = Number((request.params as { n?: string }).n ?? 0);
    if (parts === 1) {
      if (n) throw notFound();
      return sitemapPart(origin, paths, SITEMAP_MAX_URLS, 1);
    }
    if (!n) return sitemapIndex(origin, parts);
    if (n > parts) throw notFound();
    return sitemapPart(origin, paths, SITEMAP_MAX_URLS, n);
  };
  app.get("/sitemap.xml", handler);
  // Only used when the portal outgrows one file (50,000 addresses): /sitemap.xml is then their index.
  app.get<{ Params: { n: string } }>("/sitemaps/:n(^\\d{1,4}).xml", handler);
};

/**
 * Addresses per file. sitemaps.org allows 50,000 and 50 MB; each address here carries seven
 * xhtml:link alternates (about 900 bytes), so 25,000 keeps a file near 22 MB. Past that /sitemap.xml
 * becomes a sitemap index (a large directory of services gets there: 5,000 services are 30,000 addresses).
 */
export const SITEMAP_MAX_URLS = 25_000;

type SitemapPath = { path: string; lastmod?: string | undefined };

/** How many files the addresses need (every path in the six languages). */
export function sitemapPartCount(pathCount: number, max: number): number {
  return Math.max(1, Math.ceil((pathCount * LOCALES.length) / max));
}

/** The n-th <urlset> file (from 1), each address listing its hreflang alternates and x-default; only that slice is built. */
export function sitemapPart(origin: string, paths: readonly SitemapPath[], max: number, n: number): string {
  const urls: string[] = [];
  const end = Math.min(n * max, paths.length * LOCALES.length);
  for (let i = (n - 1) * max; i < end; i++) {
    const { path, lastmod } = paths[Math.floor(i / LOCALES.length)]!;
    const l = LOCALES[i % LOCALES.length]!;
    const links = LOCALES.map((alt) => `    <xhtml:link rel="alternate" hreflang="${LANG_TAG[alt]}" href="${escapeXml(`${origin}/${alt}${path}`)}"/>`).join("\n");
    urls.push(`  <url>\n    <loc>${escapeXml(`${origin}/${l}${path}`)}</loc>\n${lastmod ? `    <lastmod>${lastmod}</lastmod>\n` : ""}${links}\n    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(`${origin}/`)}"/>\n  </url>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

/** The <sitemapindex> pointing at each part when there is more than one. */
export function sitemapIndex(origin: string, parts: number): string {
  const entries = Array.from({ length: parts }, (_, i) => `  <sitemap>\n    <loc>${escapeXml(`${origin}/sitemaps/${i + 1}.xml`)}</loc>\n  </sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`;
}
