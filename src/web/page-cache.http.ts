import { AsyncResource } from "node:async_hooks";
import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { trackReads } from "../db/changes.ts";
import { etagOf, type CacheTracker, type CachedPage, type PageCache } from "./page-cache.ts";
import { isAnonymousReader, isStaffAreaPath, publicFormToken } from "./public-form-token.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** Set when this answer may be kept for every anonymous reader (the key it is kept under). */
    pageCacheKey: string | null;
    cacheTracker: CacheTracker | null;
    /** The CSRF token for forms on a page every anonymous reader gets alike (null: use the per-reader token). */
    publicFormToken: (() => string) | null;
  }
}

/** Headers a kept page does not carry over: they belong to one answer, or are set again on every answer. */
const PER_ANSWER = new Set(["x-cache", "set-cookie", "date", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "etag", "cache-control", "vary"]);
const resourceOf = new WeakMap<FastifyRequest, AsyncResource>();
const keptBody = new WeakMap<FastifyRequest, { body: Buffer; etag: string }>();

/**
 * Serves anonymous readers' pages from the page cache and keeps what may be kept.
 * - A GET from a reader with no session (no cookie but the language choice and the CSRF secret), on a
 *   public page, is looked up by crisis notice, origin and address; a hit is sent as it is, in the
 *   encoding the browser takes, with its ETag (and a 304 when the browser already has it).
 * - A miss is rendered while the database layer records the tables it reads; a 200 with no cookie and
 *   no Cache-Control of its own is kept, and sent with a Cache-Control that lets a CDN keep it
 *   `cdnSeconds` (browsers revalidate each time, cheaply, by ETag).
 * - Every request's writes are announced again when its answer is ready (after its transaction).
 * Must be registered after the cookie plugin and before compression, so it sees cookies being set and
 * the uncompressed page.
 */
export function registerPageCache(
  app: FastifyInstance,
  opts: { cache: PageCache; cdnSeconds: number; formKey: Buffer; allowedCookies: readonly string[]; skip: (request: FastifyRequest) => boolean },
): void {
  const { cache } = opts;
  const cdnCacheControl = opts.cdnSeconds > 0 ? `public, max-age=0, must-revalidate, s-maxage=${opts.cdnSeconds}` : "public, no-cache";
  const counter = app.services.metrics.cache;
  app.decorateRequest("pageCacheKey", null);
  app.decorateRequest("cacheTracker", null);
  app.decorateRequest("publicFormToken", null);

  // Pages carry forms signed with a key derived from SECRET_KEY: after a key change, pages kept in
  // Redis under the old one are not found.
  const keyTag = createHash("sha256").update(opts.formKey).digest("base64url").slice(0, 8);
  const keyOf = (request: FastifyRequest) => {
    const crisis = request.crisisNotice ?? null;
    const origin = app.services.config.publicUrl ?? `${request.protocol}://${request.host}`;
    return `${keyTag}|${crisis ? `${crisis.id}:${crisis.version}` : "-"}|${origin}|${request.url}`;
  };
  const eligible = (request: FastifyRequest) =>
    cache.enabled &&
    request.method === "GET" &&
    /^\/[a-z]{2}(?:[/?]|$)/.test(request.url) &&
    !isStaffAreaPath(request.url) &&
    // A private link (a token in its address) is never kept, even if its route forgot to say so.
    !/\/:token\b/.test(request.routeOptions.url ?? "") &&
    // A rate-limited page (the certificate check) is counted on every request.
    !(request.routeOptions.config as { rateLimit?: unknown } | undefined)?.rateLimit &&
    isAnonymousReader(request, opts.allowedCookies) &&
    !opts.skip(request);

  app.addHook("onRequest", (request, reply, done) => {
    const key = eligible(request) ? keyOf(request) : null;
    const proceed = () => {
      const tracker = cache.begin(key !== null);
      request.cacheTracker = tracker;
      if (key !== null) {
        request.pageCacheKey = key;
        request.publicFormToken = () => publicFormToken(opts.formKey, app.services.clock());
      }
      trackReads(tracker, () => {
        const resource = new AsyncResource("vsp-page-cache");
        resourceOf.set(request, resource);
        resource.runInAsyncScope(done);
      });
    };
    if (key === null) return proceed();
    cache.get(key).then(
      (page) => {
        if (!page) {
          counter.inc({ cache: "page", result: "miss" });
          return proceed();
        }
        counter.inc({ cache: "page", result: "hit" });
        sendCached(request, reply, page, cdnCacheControl);
      },
      () => proceed(),
    );
  });
  // The body of a post is read in another async context: go back into the request's own.
  app.addHook("preValidation", (request, _reply, done) => {
    const resource = resourceOf.get(request);
    if (resource) resource.runInAsyncScope(done);
    else done();
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const key = request.pageCacheKey;
    const tracker = request.cacheTracker;
    if (!key || !tracker?.tables) return payload;
    if (reply.statusCode !== 200 || reply.hasHeader("set-cookie") || reply.hasHeader("cache-control")) return payload;
    if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload;
    const body = typeof payload === "string" ? Buffer.from(payload) : payload;
    const etag = etagOf(body);
    reply.header("ETag", etag);
    reply.header("Cache-Control", cdnCacheControl);
    reply.header("X-Cache", "miss");
    keptBody.set(request, { body, etag });
    return payload;
  });

  // Kept only once every hook has had its say: a feature may still have marked the answer private.
  app.addHook("onResponse", (request, reply, done) => {
    const kept = keptBody.get(request);
    const key = request.pageCacheKey;
    if (kept && key && request.cacheTracker && reply.getHeader("cache-control") === cdnCacheControl && !reply.hasHeader("set-cookie")) {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(reply.getHeaders())) {
        if (value !== undefined && !PER_ANSWER.has(name.toLowerCase())) headers[name] = Array.isArray(value) ? value.join(", ") : String(value);
      }
      cache.put(key, request.cacheTracker, { headers, body: kept.body, etag: kept.etag, statsTags: request.statsTags ?? null }).catch((err: Error) => request.log.warn({ err: err.message }, "page cache: could not keep a page"));
    }
    if (request.cacheTracker) cache.finish(request.cacheTracker);
    done();
  });
}

function sendCached(request: FastifyRequest, reply: FastifyReply, page: CachedPage, cacheControl: string): void {
  request.statsTags = page.statsTags ? [...page.statsTags] : null;
  reply.headers(page.headers);
  reply.header("ETag", page.etag);
  reply.header("Cache-Control", cacheControl);
  reply.header("Vary", "Accept-Encoding");
  reply.header("X-Cache", "hit");
  const sent = request.headers["if-none-match"];
  if (sent && sent.split(",").some((tag) => tag.trim() === page.etag)) {
    reply.code(304).send();
    return;
  }
  const taken = String(request.headers["accept-encoding"] ?? "")
    .toLowerCase()
    .split(",")
    .map((part) => part.trim().split(";").map((p) => p.trim()))
    .filter(([, ...params]) => !params.some((p) => p.startsWith("q=") && !(Number(p.slice(2)) > 0)))
    .map(([name]) => name);
  const takes = (name: string) => taken.includes(name);
  if (page.br.length && takes("br")) reply.header("Content-Encoding", "br").send(page.br);
  else if (page.gzip.length && takes("gzip")) reply.header("Content-Encoding", "gzip").send(page.gzip);
  else reply.send(page.body);
}
