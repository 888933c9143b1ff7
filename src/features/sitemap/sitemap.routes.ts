import type { FastifyPluginAsync } from "fastify";
import { AUDIENCES, TOPICS } from "../content/content.taxonomy.ts";
import { LANG_TAG, LOCALES } from "../../i18n/locales.ts";
import { siteOrigin } from "../../web/context.ts";
import { UN_STATES } from "../countries/countries.data.ts";
import { countriesService } from "../countries/countries.service.ts";
import { sitemapRepo } from "./sitemap.repo.ts";
import { videosRepo } from "../videos/videos.repo.ts";
import { eventsRepo } from "../events/events.repo.ts";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** sitemaps.org XML with every page in all six languages, each listing its hreflang alternates. */
export const sitemapRoutes: FastifyPluginAsync = async (app) => {
  const repo = sitemapRepo(app.services.db.kysely);
  const videos = videosRepo(app.services.db.kysely);
  const events = eventsRepo(app.services.db.kysely);
  const countries = countriesService(app.services.db, app.services.clock);
  app.get("/sitemap.xml", async (request, reply) => {
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
      { path: "/remembrance" },
      { path: "/events" },
      { path: "/events/calendar" },
      { path: "/events/past" },
      ...TOPICS.map((t) => ({ path: `/info/topics/${t}` })),
      ...AUDIENCES.map((a) => ({ path: `/info/for/${a}` })),
      ...(await repo.publishedItems()).map((i) => ({
        path: `/${i.kind === "news" ? "news" : "info"}/${i.slug}`,
        lastmod: String(i.updated_at).slice(0, 10),
      })),
      ...(await videos.publishedPaths()).map((v) => ({ path: `/videos/${v.series}${v.episode ? `/${v.episode}` : ""}`, lastmod: v.updated_at.slice(0, 10) })),
      ...(await events.publishedPaths()).map((e) => ({ path: `/events/${e.slug}`, lastmod: e.updated_at.slice(0, 10) })),
      ...UN_STATES.map((st) => {
        const lastmod = dates.get(st.code)?.slice(0, 10);
        return { path: `/countries/${st.code.toLowerCase()}`, ...(lastmod ? { lastmod } : {}) };
      }),
    ];
    const urls = paths.flatMap(({ path, lastmod }) =>
      LOCALES.map((l) => {
        const links = LOCALES.map((alt) => `    <xhtml:link rel="alternate" hreflang="${LANG_TAG[alt]}" href="${escapeXml(`${origin}/${alt}${path}`)}"/>`).join("\n");
        return `  <url>\n    <loc>${escapeXml(`${origin}/${l}${path}`)}</loc>\n${lastmod ? `    <lastmod>${lastmod}</lastmod>\n` : ""}${links}\n    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(`${origin}/`)}"/>\n  </url>`;
      }),
    );
    reply.type("application/xml; charset=utf-8").header("Cache-Control", "public, max-age=3600");
    return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
  });
};
