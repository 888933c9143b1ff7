import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { negotiateLocale } from "../../i18n/negotiate.ts";
import { siteOrigin } from "../../web/context.ts";

/** The reader's explicit language choice: the one cookie an anonymous reader may get without a form. */
export const LANGUAGE_COOKIE = "lang";

/**
 * Remembers an explicit language choice: a same-site navigation from a page in one language to a page
 * in another is the language switcher being used. Ordinary reading sets no cookie.
 */
/** The language to remember when the reader has just switched to this page's language with the language links (else null). */
export function languageChoiceToRemember(request: FastifyRequest): Locale | null {
  if (request.method !== "GET" || request.headers["sec-fetch-site"] !== "same-origin") return null;
  const referer = request.headers.referer;
  if (!referer) return null;
  let fromLocale: string | undefined;
  try {
    const url = new URL(referer);
    if (url.hostname !== request.hostname) return null;
    fromLocale = url.pathname.split("/")[1];
  } catch {
    return null;
  }
  if (!isLocale(fromLocale) || fromLocale === request.locale || request.cookies[LANGUAGE_COOKIE] === request.locale) return null;
  return request.locale;
}

export function rememberLanguageChoice(request: FastifyRequest, reply: FastifyReply): void {
  const locale = languageChoiceToRemember(request);
  if (!locale) return;
  reply.setCookie(LANGUAGE_COOKIE, locale, {
    path: "/",
    sameSite: "lax",
    secure: request.server.services.config.cookieSecure,
    httpOnly: true,
    maxAge: 365 * 24 * 3600,
  });
}

/** "/" sends the reader to the best language; "/admin" to the staff area in it. */
export const languageRoutes: FastifyPluginAsync = async (app) => {
  const best = (request: FastifyRequest) => negotiateLocale(request.headers["accept-language"], request.cookies[LANGUAGE_COOKIE]);
  app.get("/", async (request, reply) => {
    reply.header("Vary", "Accept-Language, Cookie").header("Cache-Control", "private, no-cache");
    return reply.redirect(`/${best(request)}/`, 302);
  });
  app.get("/admin", async (request, reply) => reply.redirect(`/${best(request)}/admin`, 302));
  app.get("/favicon.ico", async (_request, reply) => reply.redirect("/static/icon.svg", 301));
  // Private addresses (an author's story link, newsletter confirmation and unsubscribe tokens) are
  // noindex pages too; listing them here keeps crawlers off them. Feeds are found from the pages' head.
  const robots = ["User-agent: *", "Disallow: /admin", "Disallow: /*/admin", "Disallow: /*/search", "Disallow: /*/stories/mine/", "Disallow: /*/newsletter/"];
  app.get("/robots.txt", async (request, reply) => reply.type("text/plain").send(`${robots.join("\n")}\nSitemap: ${siteOrigin(request)}/sitemap.xml\n`));
};
