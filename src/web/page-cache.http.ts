import { AsyncResource } from "node:async_hooks";
import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { trackReads } from "../db/changes.ts";
import { etagOf, type CacheTracker, type CachedPage, type PageCache } from "./page-cache.ts";
import type { Locale } from "../i18n/locales.ts";
import { isAnonymousReader, isStaffAreaPath, publicFormToken } from "./public-form-token.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** Set when this answer may be kept for every anonymous reader (the key it is kept under). */
    pageCacheKey: string | null;
    cacheTracker: CacheTracker | null;
    /** The CSRF token for forms on a page every anonymous reader gets alike (null: use the per-reader token). */
    publicFormToken: (() => string) | null;
    /**
     * Set by a route whose page may be kept only briefly (it shows the time it was rendered): kept at
     * most this long, here and by a CDN. Null: as long as any page.
     */
    keepPageMs: number | null;
  }
}

/** Headers a kept page does not carry over: they belong to one answer, or are set again on every answer. */
const PER_ANSWER = new Set(["x-cache", "set-cookie", "date", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "etag", "cache-control", "vary"]);
const resourceOf = new WeakMap<FastifyRequest, AsyncResource>();
const keptBody = new WeakMap<FastifyRequest, { body: Buffer; etag: string; cacheControl: string }>();
/** How long a reader waits for another reader's rendering of the same page before rendering it too. */
const COALESCE_MS = 1000;
/** For a request rendering a page others wait for: lets them go on (once it is kept, or will not be). */
const renderingOf = new WeakMap<FastifyRequest, () => void>();

/**
 * Serves anonymous readers' pages from the page cache and keeps what may be kept.
 * - A GET from a reader with no session (no cookie but the language choice and the CSRF secret), on a
 *   public page, is looked up by crisis notice, origin and address; a hit is sent as it is, in the
 *   encoding the browser takes, with its ETag (and a 304 when the browser already has it).
 * - A miss is rendered while the database layer records the tables it reads; a 200 with no cookie and
 *   no Cache-Control of its own is kept, and sent with a Cache-Control that lets a CDN keep it
 *   `cdnSeconds` (browsers revalidate each time, cheaply, by ETag).
 * - Every request's writes are announced again when its answer is ready (after its transaction).
 * Call it right after load shedding and before every other hook (a kept page is answered before
 * security headers and cookies, whose headers it was kept with); call the `keepPages` it returns after the cookie plugin and
 * before compression, so that hook sees cookies being set and the uncompressed page.
 */
export function registerPageCache(
  app: FastifyInstance,
  opts: {
    cache: PageCache;
    cdnSeconds: number;
    formKey: Buffer;
    allowedCookies: readonly string[];
    /** The request's language, from its address (or its choice and Accept-Language). */
    localeOf: (request: FastifyRequest) => Locale;
    skip: (request: FastifyRequest) => boolean;
  },
): { keepPages: () => void } {
  const { cache } = opts;
  const cacheControlFor = (seconds: number) => (seconds > 0 ? `public, max-age=0, must-revalidate, s-maxage=${seconds}` : "public, no-cache");
  const cdnCacheControl = cacheControlFor(opts.cdnSeconds);
  /** A CDN keeps a page no longer than the portal does. */
  const cacheControlOf = (keepMs: number | null) => (keepMs === null ? cdnCacheControl : cacheControlFor(Math.min(opts.cdnSeconds, Math.floor(keepMs / 1000))));
  const counter = app.services.metrics.cache;
  /** Pages being rendered on this instance for the cache, by key: readers missing them meanwhile wait. */
  const rendering = new Map<string, Promise<void>>();
  app.decorateRequest("pageCacheKey", null);
  app.decorateRequest("cacheTracker", null);
  app.decorateRequest("publicFormToken", null);
  app.decorateRequest("keepPageMs", null);

  // Pages carry forms signed with a key derived from SECRET_KEY: after a key change, pages kept in
  // Redis under the old one are not found.
  const keyTag = createHash("sha256").update(opts.formKey).digest("base64url").slice(0, 8);
  const keyOf = (request: FastifyRequest) => {
    const crisis = request.crisisNotice ?? null;
    const origin = app.services.config.publicUrl ?? `${request.protocol}://${request.host}`;
    return `${keyTag}|${crisis ? `${crisis.id}:${crisis.version}` : "-"}|${origin}|${request.url}`;
  };
  /** A public page that every anonymous reader gets alike (whether or not the cache is on). */
  const sameForEveryReader = (request: FastifyRequest) =>
    request.method === "GET" &&
    /^\/[a-z]{2}(?:[/?]|$)/.test(request.url) &&
    !isStaffAreaPath(request.url) &&
    // A private link (a token in its address) is never kept, even if its route forgot to say so.
    !/\/:token\b/.test(request.routeOptions.url ?? "") &&
    // A rate-limited page (the certificate check) is counted on every request.
    !(request.routeOptions.config as { rateLimit?: unknown } | undefined)?.rateLimit &&
    isAnonymousReader(request, opts.allowedCookies) &&
    !opts.skip(request);

  // The first hook after load shedding, before security headers and the cookie plugin: a
  // kept page is answered from here with the headers it was kept with, which include all of theirs.
  app.addHook("onRequest", (request, reply, done) => {
    // The language and the crisis notice are read once, here: the key a page is kept under and the
    // banner it shows must agree (a notice arriving mid-render would otherwise differ between them).
    request.locale = opts.localeOf(request);
    const crisis = app.services.crisis;
    crisis.refreshIfStale().then(() => {
      let key: string | null;
      try {
        request.crisisNotice = crisis.current();
        // The cookie plugin runs later; its parse gives the same answer.
        const header = request.headers.cookie;
        request.cookies = header ? app.parseCookie(header) : {};
        const everyReader = sameForEveryReader(request);
        if (everyReader) request.publicFormToken = () => publicFormToken(opts.formKey, app.services.clock());
        key = everyReader && cache.enabled ? keyOf(request) : null;
      } catch (err) {
        return done(err as Error);
      }
      const proceed = () => {
        // With the cache off nothing is kept, so nothing is recorded (and no async context is made: its
        // hooks cost every promise of every request). Writes are still announced, a moment later.
        if (!cache.enabled) return done();
        const tracker = cache.begin(key !== null);
        request.cacheTracker = tracker;
        request.pageCacheKey = key;
        trackReads(tracker, () => {
          const resource = new AsyncResource("vsp-page-cache");
          resourceOf.set(request, resource);
          resource.runInAsyncScope(done);
        });
      };
      if (key === null) return proceed();
      const hit = (page: CachedPage) => {
        counter.inc({ cache: "page", result: "hit" });
        sendKept(request, reply, page, cacheControlOf(page.keepMs));
      };
      const render = () => {
        counter.inc({ cache: "page", result: "miss" });
        // Readers asking for this page meanwhile wait for this rendering to be kept.
        if (!rendering.has(key)) {
          let release!: () => void;
          const kept = new Promise<void>((resolve) => (release = resolve));
          const done = () => {
            if (rendering.get(key) === kept) rendering.delete(key);
            release();
          };
          rendering.set(key, kept);
          renderingOf.set(request, done);
          // Whatever happens to this answer (kept, not keepable, failed, cut off), the waiters go on.
          reply.raw.once("close", () => setTimeout(done, COALESCE_MS).unref());
        }
        proceed();
      };
      cache.get(key).then(
        (page) => {
          if (page) return hit(page);
          const other = rendering.get(key);
          if (!other) return render();
          // A page missed by many readers at once is rendered once (a herd on a busy page right
          // after a change); the others wait for it, at most a second, then render it themselves.
          let waited = false;
          const timer = setTimeout(() => ((waited = true), render()), COALESCE_MS);
          void other.then(() => {
            if (waited) return;
            clearTimeout(timer);
            cache.get(key).then((kept) => (kept ? hit(kept) : render()), render);
          });
        },
        () => proceed(),
      );
    }, done);
  });
  // The body of a post is read in another async context: go back into the request's own.
  app.addHook("preValidation", (request, _reply, done) => {
    const resource = resourceOf.get(request);
    if (resource) resource.runInAsyncScope(done);
    else done();
  });

  const keepPages = () => {
    app.addHook("onSend", async (request, reply, payload) => {
      const key = request.pageCacheKey;
      const tracker = request.cacheTracker;
      if (!key || !tracker?.tables) return payload;
      if (reply.statusCode !== 200 || reply.hasHeader("set-cookie") || reply.hasHeader("cache-control")) return payload;
      if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload;
      const body = typeof payload === "string" ? Buffer.from(payload) : payload;
      const etag = etagOf(body);
      const cacheControl = cacheControlOf(request.keepPageMs);
      reply.header("ETag", etag);
      reply.header("Cache-Control", cacheControl);
      reply.header("X-Cache", "miss");
      keptBody.set(request, { body, etag, cacheControl });
      return payload;
    });

    // Kept only once every hook has had its say: a feature may still have marked the answer private.
    app.addHook("onResponse", (request, reply, done) => {
      const kept = keptBody.get(request);
      const key = request.pageCacheKey;
      if (kept && key && request.cacheTracker && reply.getHeader("cache-control") === kept.cacheControl && !reply.hasHeader("set-cookie")) {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(reply.getHeaders())) {
          if (value !== undefined && !PER_ANSWER.has(name.toLowerCase())) headers[name] = Array.isArray(value) ? value.join(", ") : String(value);
        }
        cache
          .put(key, request.cacheTracker, { headers, body: kept.body, etag: kept.etag, statsTags: request.statsTags ?? null, keepMs: request.keepPageMs })
          .catch((err: Error) => request.log.warn({ err: err.message }, "page cache: could not keep a page"))
          .finally(() => renderingOf.get(request)?.());
      } else {
        renderingOf.get(request)?.();
      }
      if (request.cacheTracker) cache.finish(request.cacheTracker);
      done();
    });
  };
  return { keepPages };
}

/**
 * Answers with a kept page straight on the raw response (the rest of Fastify's cycle, its onSend hooks
 * and compression, has nothing to add); onResponse hooks (metrics, statistics, logs) still run. The
 * headers of each of a kept page's three answers (Brotli, gzip, as is) are listed once and written in one
 * `writeHead`: set one by one, they cost a sixth of a hit.
 */
function sendKept(request: FastifyRequest, reply: FastifyReply, page: CachedPage, cacheControl: string): void {
  request.statsTags = page.statsTags ? [...page.statsTags] : null;
  reply.hijack();
  const res = reply.raw;
  const sent = request.headers["if-none-match"];
  if (sent && sent.split(",").some((tag) => tag.trim() === page.etag)) {
    for (const [name, value] of headersOf(page, cacheControl, null)) res.setHeader(name, value);
    res.statusCode = 304;
    res.end();
    return;
  }
  const accepted = request.headers["accept-encoding"];
  const takes = (name: string) => accepted !== undefined && acceptsEncoding(accepted, name);
  const encoding = page.br.length && takes("br") ? "br" : page.gzip.length && takes("gzip") ? "gzip" : null;
  const body = encoding === "br" ? page.br : encoding === "gzip" ? page.gzip : page.body;
  let heads = answerHeads.get(page);
  if (!heads || heads.cacheControl !== cacheControl) answerHeads.set(page, (heads = { cacheControl, br: null, gzip: null, plain: null }));
  const slot = encoding ?? "plain";
  let head = heads[slot];
  if (!head) {
    head = [];
    for (const [name, value] of headersOf(page, cacheControl, encoding)) head.push(name, value);
    head.push("Content-Length", String(body.length));
    heads[slot] = head;
  }
  // Headers set on the response before (none, as this hook comes first) would be merged by writeHead.
  res.writeHead(200, head);
  res.end(body);
}

/** A kept page's answer headers, by encoding, listed once (for the Cache-Control they were made with). */
const answerHeads = new WeakMap<CachedPage, { cacheControl: string; br: string[] | null; gzip: string[] | null; plain: string[] | null }>();

function headersOf(page: CachedPage, cacheControl: string, encoding: "br" | "gzip" | null): [string, string][] {
  const out = Object.entries(page.headers);
  out.push(["ETag", page.etag], ["Cache-Control", cacheControl], ["Vary", "Accept-Encoding"], ["X-Cache", "hit"]);
  if (encoding) out.push(["Content-Encoding", encoding]);
  return out;
}

/** Whether an Accept-Encoding header takes an encoding (named, and not with q=0). */
function acceptsEncoding(header: string, name: string): boolean {
  for (const part of header.toLowerCase().split(",")) {
    const [coding, ...params] = part.split(";").map((p) => p.trim());
    if (coding !== name) continue;
    return !params.some((p) => p.startsWith("q=") && !(Number(p.slice(2)) > 0));
  }
  return false;
}
