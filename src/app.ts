import compress from "@fastify/compress";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import formbody from "@fastify/formbody";
import helmet from "helmet";
import rateLimit from "@fastify/rate-limit";
import underPressure from "@fastify/under-pressure";
import { Redis } from "ioredis";
import { constants as zlibConstants } from "node:zlib";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from "fastify";
import type { Config } from "./config.ts";
import type { Db } from "./db/database.ts";
import { adminAuthRoutes } from "./features/admin-auth/admin-auth.routes.ts";
import { adminAuditRoutes } from "./features/admin-audit/admin-audit.routes.ts";
import { adminContentRoutes } from "./features/admin-content/admin-content.routes.ts";
import { adminUsersRoutes } from "./features/admin-users/admin-users.routes.ts";
import { contactRoutes } from "./features/contact/contact.routes.ts";
import { contentRoutes } from "./features/content/content.routes.ts";
import { createCrisisCache } from "./features/crisis/crisis.cache.ts";
import { adminCrisisRoutes, crisisRoutes } from "./features/crisis/crisis.routes.ts";
import { feedsRoutes } from "./features/feeds/feeds.routes.ts";
import { adminCountriesRoutes } from "./features/countries/admin-countries.routes.ts";
import { countriesApiRoutes } from "./features/countries/countries-api.routes.ts";
import { countriesRoutes } from "./features/countries/countries.routes.ts";
import { navigatorRoutes } from "./features/countries/navigator.routes.ts";
import { adminDirectoryRoutes } from "./features/directory/admin-directory.routes.ts";
import { directoryRoutes } from "./features/directory/directory.routes.ts";
import { hsdsApiRoutes } from "./features/directory/hsds-api.routes.ts";
import { adminEventsRoutes } from "./features/events/admin-events.routes.ts";
import { adminRemembranceRoutes } from "./features/events/admin-remembrance.routes.ts";
import { eventsRoutes } from "./features/events/events.routes.ts";
import { remembranceRoutes } from "./features/events/remembrance.routes.ts";
import { healthRoutes } from "./features/health/health.routes.ts";
import { homeRoutes } from "./features/home/home.routes.ts";
import { LANGUAGE_COOKIE, languageChoiceToRemember, languageRoutes, rememberLanguageChoice } from "./features/language/language.routes.ts";
import { searchRoutes } from "./features/search/search.routes.ts";
import { createStatsCollector } from "./features/statistics/statistics.collector.ts";
import { adminStatisticsRoutes } from "./features/statistics/statistics.routes.ts";
import { selfAssessmentRoutes } from "./features/self-assessment/self-assessment.routes.ts";
import { adminStoriesRoutes } from "./features/stories/admin-stories.routes.ts";
import { adminStorySupportRoutes } from "./features/stories/admin-story-support.routes.ts";
import { adminStoryTranslationsRoutes } from "./features/stories/admin-story-translations.routes.ts";
import { storiesAuthorRoutes } from "./features/stories/stories-author.routes.ts";
import { storiesRoutes } from "./features/stories/stories.routes.ts";
import { storySupportRoutes } from "./features/stories/story-support.routes.ts";
import { sitemapRoutes } from "./features/sitemap/sitemap.routes.ts";
import { adminVideosRoutes } from "./features/videos/admin-videos.routes.ts";
import { adminTributesRoutes } from "./features/tributes/admin-tributes.routes.ts";
import { tributesRoutes } from "./features/tributes/tributes.routes.ts";
import { adminCampaignsRoutes } from "./features/campaigns/admin-campaigns.routes.ts";
import { campaignsRoutes } from "./features/campaigns/campaigns.routes.ts";
import { adminLearnRoutes } from "./features/learn/admin-learn.routes.ts";
import { learnFilesRoutes, learnRoutes } from "./features/learn/learn.routes.ts";
import { videoFilesRoutes, videosRoutes } from "./features/videos/videos.routes.ts";
import { adminLibraryRoutes } from "./features/library/admin-library.routes.ts";
import { libraryFilesRoutes, libraryRoutes } from "./features/library/library.routes.ts";
import { adminNewsletterRoutes, adminOutboxRoutes } from "./features/newsletter/admin-newsletter.routes.ts";
import { newsletterRoutes, newsletterUnsubscribeRoutes } from "./features/newsletter/newsletter.routes.ts";
import { negotiateLocale } from "./i18n/negotiate.ts";
import { isLocale, type Locale } from "./i18n/locales.ts";
import type { Mailer } from "./jobs/mailer.ts";
import { openStorage, type MediaStorage } from "./media/storage.ts";
import { prepareStaticDir } from "./web/assets.ts";
import { FLASH_COOKIE, pageContext } from "./web/context.ts";
import { deriveKey, fieldKeys } from "./web/secrets.ts";
import { createPageCache } from "./web/page-cache.ts";
import { registerPageCache } from "./web/page-cache.http.ts";
import { isAnonymousReader, isStaffAreaPath, isValidPublicFormToken } from "./web/public-form-token.ts";
import { HttpError, badRequest, csrfFailed, notFound, payloadTooLarge, serviceBusy, tooManyRequests } from "./web/errors.ts";
import { createMetrics } from "./features/metrics/metrics.ts";
import { metricsRoutes } from "./features/metrics/metrics.routes.ts";
import { queueRepo } from "./jobs/queue.repo.ts";
import { renderErrorPage } from "./views/error-page.tsx";
import { sendPage } from "./web/render.ts";
import "./web/services.ts";
import { dropIdleBodies, slowRequestOptions } from "./web/slow-requests.ts";

export interface AppDeps {
  config: Config;
  db: Db;
  masterKey: Buffer;
  mailer: Mailer;
  clock?: () => Date;
  /** Media storage (opened from the configuration unless given). */
  storage?: MediaStorage;
  /** Where the request log goes (standard output unless given; tests read it). */
  logStream?: NodeJS.WritableStream;
}

/** One route of the app (method and pattern); tests walk them all (tests/unit/hostile-input.test.ts). */
export interface RouteEntry {
  method: string;
  url: string;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every route registered, as it was registered, including those added by plugins. */
    routeList: readonly RouteEntry[];
  }
}

/** Builds the portal: plugins in order, every feature mounted, one error handler and one 404. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    ...slowRequestOptions(config),
    genReqId: () => crypto.randomUUID(),
    logController: new AccessLog(),
    // Malformed addresses (bad percent-encoding) get the translated 400 page, not Fastify's JSON.
    frameworkErrors: (_error, request, reply) => {
      request.locale = negotiateLocale(request.headers["accept-language"], undefined);
      request.staff = null;
      void showError(request, reply, badRequest());
    },
    logger:
      config.logLevel === "silent"
        ? false
        : {
            level: config.logLevel,
            ...(deps.logStream ? { stream: deps.logStream } : {}),
            // Paths only: query strings can hold search words, and never log cookies or bodies.
            serializers: {
              req: (req) => ({ method: req.method, path: req.url.split("?")[0], id: req.id }),
              res: (res) => ({ statusCode: res.statusCode }),
            },
          },
  });

  const routeList: RouteEntry[] = [];
  app.decorate("routeList", routeList);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) routeList.push({ method, url: route.url });
  });

  app.decorate("services", {
    config,
    db: deps.db,
    keys: { cookie: deriveKey(deps.masterKey, "cookie"), field: fieldKeys(deps.masterKey, config.previousSecretKeys.map((k) => Buffer.from(k, "hex"))) },
    mailer: deps.mailer,
    clock: deps.clock ?? (() => new Date()),
    storage: deps.storage ?? (await openStorage(config)),
    crisis: createCrisisCache(deps.db, deps.clock ?? (() => new Date()), { redisUrl: config.redisUrl, log: app.log }),
    metrics: createMetrics(() => queueRepo(deps.db).waitingByKind()),
    pageCache: createPageCache({
      enabled: config.pageCache.enabled,
      maxBytes: config.pageCache.maxBytes,
      ttlMs: config.pageCache.ttlMs,
      changes: deps.db.changes,
      clock: deps.clock ?? (() => new Date()),
      redisUrl: config.redisUrl,
      log: app.log,
    }),
    stats: createStatsCollector({ db: deps.db, clock: deps.clock ?? (() => new Date()), log: app.log, enabled: config.stats.enabled, flushMs: config.stats.flushMs }),
  });
  // Every answer is counted by its route pattern (bounded labels: no ids, no query strings).
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    const { requests, duration } = app.services.metrics;
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  app.addHook("onReady", () => app.services.crisis.ready());
  app.addHook("onClose", () => app.services.crisis.close());
  app.addHook("onReady", () => app.services.pageCache.ready());
  app.addHook("onClose", () => app.services.pageCache.close());
  // Page views are counted after the answer is sent, in memory only; a timer writes them in batches.
  app.addHook("onReady", async () => app.services.stats.start());
  app.addHook("onClose", () => app.services.stats.close());
  app.addHook("onResponse", (request, reply, done) => {
    app.services.stats.observe(request, reply);
    done();
  });
  app.decorateRequest("locale", "en");
  app.decorateRequest("staff", null);
  app.decorateRequest("crisisNotice", undefined);
  app.decorateRequest("statsTags", null);

  // Under a load above capacity, shed it: 503 with Retry-After at once, instead of every request slowing
  // down. Measured every half second; health checks and metrics are always answered.
  await app.register(underPressure, {
    maxEventLoopDelay: config.overload.maxEventLoopDelayMs,
    maxEventLoopUtilization: config.overload.maxEventLoopUtilization,
    retryAfter: config.overload.retryAfterSeconds,
    sampleInterval: 500,
  });
  // Kept pages are answered next, right after load shedding (which must see every request as it
  // arrives: a check made after a first database read missed the start-up's blocked loop) and before
  // security headers and cookies; this hook also reads each request's language and crisis notice, once.
  const csrfCookie = config.cookieSecure ? "__Host-vsp_csrf" : "vsp_csrf";
  // Cookies that carry no one's session: a reader holding only these is anonymous (the flash message
  // changes the page, so it keeps a page out of the cache, but not a public form token from being used).
  const readerCookies = [LANGUAGE_COOKIE, csrfCookie];
  const publicFormKey = deriveKey(deps.masterKey, "public-form");
  const { keepPages } = registerPageCache(app, {
    cache: app.services.pageCache,
    cdnSeconds: config.pageCache.cdnSeconds,
    formKey: publicFormKey,
    allowedCookies: readerCookies,
    localeOf: requestLocale,
    skip: (request) => languageChoiceToRemember(request) !== null,
  });

  // Security headers from helmet, built once: the Fastify plugin builds them again on every request, a
  // seventh of what a kept page costs. The one script is the portal's own file (JSON-LD blocks are data,
  // not run): no nonce, so a page is the same for every anonymous reader and can be kept by the page
  // cache and by CDNs.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    hsts: false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: "same-origin" },
  });
  // Its headers do not depend on the request: they are read off once and set together on every answer
  // (helmet's chain of a dozen middlewares cost a twentieth of an uncached page).
  const securityHeaderList = headersSetBy(securityHeaders);
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(securityHeaderList);
    done();
  });
  await app.register(cookie, { secret: app.services.keys.cookie.toString("hex") });
  dropIdleBodies(app, config.requestIdleTimeoutMs);
  app.addHook("onRequest", async (request, reply) => {
    // Cross-site form posts are refused before anything else (Fetch Metadata, then Origin).
    if (request.method !== "GET" && request.method !== "HEAD" && request.method !== "OPTIONS") {
      const site = request.headers["sec-fetch-site"];
      const origin = request.headers.origin;
      // Pages sent with "Referrer-Policy: no-referrer" (private links, the password pages) make the
      // browser send "Origin: null" with their forms; the browser's own Sec-Fetch-Site still says
      // whether the post comes from this site.
      const opaque = origin === "null" && site === "same-origin";
      // RFC 8058 one-click unsubscribe: mail providers post from anywhere, and the token in the path is
      // the only authority (it can do nothing but unsubscribe), so this one path skips the origin check.
      const oneClick = request.method === "POST" && /^\/newsletter\/unsubscribe\/[A-Za-z0-9_-]+$/.test(request.url);
      if (!oneClick && (site === "cross-site" || (origin && !opaque && !sameHost(origin, request.hostname)))) throw csrfFailed();
    }
    if (request.protocol === "https") {
      reply.header("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    }
    reply.header("Permissions-Policy", "geolocation=(self), camera=(), microphone=(), interest-cohort=()");
  });

  keepPages();
  // Pages (10–30 KB) are compressed in one call, not through a stream handed to the thread pool: on a
  // small server that costs half the CPU (measured with inject, the article: 1,330 → 630 µs); files and
  // exports above 64 KB still stream. What is compressed here is compressed for one answer (kept pages are
  // compressed once, at quality 9, by the page cache): Brotli at quality 1 takes a third of the time of
  // quality 4, and 60% of quality 2's (the directory search: 85 instead of 150 µs), for 7% more bytes
  // than quality 2 (the article: 3.7 instead of 3.4 KB, the directory search 8.0 instead of 7.5 KB; still
  // one round trip). A page answered this way is answered once; busy pages come from the page cache.
  await app.register(compress, {
    global: true,
    threshold: 1024,
    syncThreshold: 64 * 1024,
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1, [zlibConstants.BROTLI_PARAM_LGWIN]: 18 } },
  });
  await app.register(formbody, { bodyLimit: config.bodyLimitBytes });
  await app.register(csrf, {
    sessionPlugin: "@fastify/cookie",
    cookieKey: csrfCookie,
    cookieOpts: { path: "/", sameSite: "strict", httpOnly: true, secure: config.cookieSecure, signed: false },
    getUserInfo: (req) => req.staff?.sessionIdHash ?? "anonymous",
    csrfOpts: { hmacKey: deriveKey(deps.masterKey, "csrf") },
  });
  // With Redis, every instance counts against the same limits; if Redis is unreachable, requests pass.
  const rateLimitRedis = config.redisUrl ? new Redis(config.redisUrl, { connectTimeout: 500, maxRetriesPerRequest: 1 }) : undefined;
  if (rateLimitRedis) {
    rateLimitRedis.on("error", (err) => app.log.warn({ err: err.message }, "rate-limit redis"));
    app.addHook("onClose", async () => void (await rateLimitRedis.quit().catch(() => undefined)));
  }
  await app.register(rateLimit, {
    global: false,
    ...(rateLimitRedis ? { redis: rateLimitRedis, nameSpace: "vsp-rl:", skipOnError: true } : {}),
    errorResponseBuilder: () => tooManyRequests(),
  });
  const staticFiles = prepareStaticDir(config.dataDir);
  await app.register(fastifyStatic, {
    root: staticFiles.root,
    preCompressed: staticFiles.preCompressed,
    prefix: "/static/",
    index: false,
    cacheControl: false,
    // @fastify/static 10 passes the Fastify reply here (not the raw response).
    setHeaders(reply) {
      reply.header("Cache-Control", "public, max-age=31536000, immutable");
    },
  });

  app.addHook("onSend", async (request, reply, payload) => {
    if (!reply.hasHeader("cache-control")) {
      const url = request.url;
      const isPrivate = /^\/[a-z]{2}\/admin(\/|$|\?)/.test(url) || reply.getHeader("set-cookie") !== undefined;
      reply.header("Cache-Control", isPrivate ? "no-store" : "no-cache");
    }
    return payload;
  });

  app.setNotFoundHandler(async (request, reply) => showError(request, reply, notFound()));
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error instanceof HttpError) return showError(request, reply, error);
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE" || error.statusCode === 413) return showError(request, reply, payloadTooLarge());
    if (error.code?.startsWith("FST_CSRF")) return showError(request, reply, csrfFailed());
    if (error.statusCode === 429) return showError(request, reply, tooManyRequests());
    if (error.code === "FST_UNDER_PRESSURE") {
      // Shed before the language hook ran: the page still speaks the visitor's language.
      request.locale = requestLocale(request);
      request.staff = null;
      reply.header("Retry-After", String(app.services.config.overload.retryAfterSeconds));
      return showError(request, reply, serviceBusy());
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return showError(request, reply, new HttpError(error.statusCode, "bad_request", "error.badRequest.title", "error.badRequest.body"));
    }
    request.log.error({ err: error }, "unhandled error");
    return showError(request, reply, new HttpError(500, "server_error", "error.server.title", "error.server.body"));
  });

  await app.register(healthRoutes);
  await app.register(metricsRoutes);
  await app.register(languageRoutes);
  await app.register(sitemapRoutes);
  await app.register(videoFilesRoutes);
  await app.register(libraryFilesRoutes);
  await app.register(learnFilesRoutes);
  await app.register(newsletterUnsubscribeRoutes);
  await app.register(hsdsApiRoutes, { prefix: "/api/hsds" });
  await app.register(countriesApiRoutes, { prefix: "/api/v1" });
  await app.register(
    async (scoped) => {
      scoped.addHook("onRequest", async (request, reply) => {
        const lang = (request.params as { lang?: string }).lang;
        if (!isLocale(lang)) throw notFound();
        rememberLanguageChoice(request, reply);
      });
      // Every state-changing form carries a CSRF token, checked once the body is parsed.
      scoped.addHook("preHandler", async (request, reply) => {
        if (request.method === "POST") {
          // Forms on pages every anonymous reader gets alike carry the portal's signed public token.
          const sent = (request.body as Record<string, unknown> | undefined)?._csrf;
          if (!isStaffAreaPath(request.url) && isAnonymousReader(request, [...readerCookies, FLASH_COOKIE]) && isValidPublicFormToken(publicFormKey, sent, app.services.clock())) return;
          await new Promise<void>((resolve, reject) => {
            scoped.csrfProtection(request, reply, (err?: Error) => (err ? reject(csrfFailed()) : resolve()));
          });
        }
      });
      await scoped.register(homeRoutes);
      await scoped.register(contentRoutes);
      await scoped.register(searchRoutes);
      await scoped.register(directoryRoutes);
      await scoped.register(countriesRoutes);
      await scoped.register(navigatorRoutes);
      await scoped.register(storiesAuthorRoutes);
      await scoped.register(storiesRoutes);
      await scoped.register(videosRoutes);
      await scoped.register(libraryRoutes);
      await scoped.register(eventsRoutes);
      await scoped.register(remembranceRoutes);
      await scoped.register(storySupportRoutes);
      await scoped.register(contactRoutes);
      await scoped.register(adminAuthRoutes);
      await scoped.register(adminContentRoutes);
      await scoped.register(adminUsersRoutes);
      await scoped.register(adminAuditRoutes);
      await scoped.register(adminStatisticsRoutes);
      await scoped.register(adminDirectoryRoutes);
      await scoped.register(adminCountriesRoutes);
      await scoped.register(adminStoriesRoutes);
      await scoped.register(adminVideosRoutes);
      await scoped.register(adminLibraryRoutes);
      await scoped.register(adminEventsRoutes);
      await scoped.register(adminRemembranceRoutes);
      await scoped.register(adminStoryTranslationsRoutes);
      await scoped.register(adminStorySupportRoutes);
      await scoped.register(newsletterRoutes);
      await scoped.register(adminNewsletterRoutes);
      await scoped.register(adminOutboxRoutes);
      await scoped.register(crisisRoutes);
      await scoped.register(adminCrisisRoutes);
      await scoped.register(feedsRoutes);
      await scoped.register(tributesRoutes);
      await scoped.register(adminTributesRoutes);
      await scoped.register(campaignsRoutes);
      await scoped.register(adminCampaignsRoutes);
      await scoped.register(selfAssessmentRoutes);
      await scoped.register(learnRoutes);
      await scoped.register(adminLearnRoutes);
    },
    { prefix: "/:lang" },
  );

  return app;
}

/**
 * The access log: one JSON line per answer, once it has gone, with its request id, method, path (no
 * query string), status and time taken ("request errored", at error level, when the answer failed).
 * Fastify's default writes a line as a request arrives, another as it is answered and a third for an
 * unknown address; that made a kept page cost half as much again (57 → 86 µs of CPU). One line costs
 * about 12 µs in a profile of the uncached article, 10–40 µs in the benchmark's "+log" rows (decisions
 * 026 and 027). Fastify's other log lines (errors its own handler catches, failed writes) are kept.
 */
class AccessLog extends LogController {
  override incomingRequest(): void {}

  override routeNotFound(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, "request errored");
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, "request completed");
  }
}

function sameHost(origin: string, hostname: string): boolean {
  try {
    return new URL(origin).hostname === hostname;
  } catch {
    return false;
  }
}

/** The language of a request: its address's prefix, else the remembered choice or Accept-Language. */
function requestLocale(request: FastifyRequest): Locale {
  const first = request.url.split("/")[1]?.split("?")[0];
  return isLocale(first) ? first : negotiateLocale(request.headers["accept-language"], request.cookies?.[LANGUAGE_COOKIE]);
}

function showError(request: FastifyRequest, reply: FastifyReply, error: HttpError) {
  reply.header("Cache-Control", "no-store");
  const ctx = pageContext(request, reply);
  return sendPage(reply, renderErrorPage(ctx, error, request.id), error.statusCode);
}

/**
 * The headers a Connect-style middleware sets when its headers do not depend on the request (helmet's,
 * with no nonce), read off by running it once against a response that only records them.
 */
function headersSetBy(middleware: (req: never, res: never, next: (err?: unknown) => void) => void): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => void (headers[name] = Array.isArray(value) ? value.join(", ") : String(value)),
    removeHeader: (name: string) => void delete headers[name],
  };
  let failed: unknown;
  middleware({ headers: {}, method: "GET", url: "/" } as never, recorder as never, (err) => void (failed = err));
  if (failed) throw failed;
  return headers;
}
