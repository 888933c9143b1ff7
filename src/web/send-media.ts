import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ByteRange, MediaStorage, StoredObject } from "../media/storage.ts";
import { notFound } from "./errors.ts";

/** A reader's browser may keep a published file an hour; a CDN only a minute, so a withdrawn story's photo or an unpublished episode leaves the edge quickly. */
export const PUBLISHED_MEDIA_CACHE = "public, max-age=3600, s-maxage=60";
export const STAFF_MEDIA_CACHE = "private, no-store";

export interface SendMediaOptions {
  /** e.g. "public, max-age=300" for published media, "private, no-store" for media under review. */
  cacheControl: string;
  /** A value that changes whenever the file does (stored keys are never reused, so the key will do): sends ETag and answers If-None-Match with 304. */
  etag?: string;
  /** Offer the file as a download under this name (ASCII letters, digits, dot, dash); inline otherwise. */
  downloadName?: string;
}

/** One `bytes=` range (the only kind browsers send for audio and video); anything else is read as no range. */
export function parseRange(header: string | undefined): { start: number; end?: number } | { suffix: number } | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? "");
  if (!m || (m[1] === "" && m[2] === "")) return null;
  if (m[1] === "") return { suffix: Number(m[2]) };
  const start = Number(m[1]);
  if (m[2] === "") return { start };
  const end = Number(m[2]);
  return end >= start ? { start, end } : null;
}

/**
 * Sends a stored file with its stored content type, never sniffed by the browser, in a sandbox (so no
 * file can run script on the portal's origin), with byte ranges so audio and video can be sought.
 * Unknown keys answer the portal's 404 page.
 */
export async function sendStoredMedia(request: FastifyRequest, reply: FastifyReply, storage: MediaStorage, key: string, opts: SendMediaOptions): Promise<FastifyReply> {
  const etag = opts.etag ? `"${createHash("sha256").update(opts.etag).digest("base64url").slice(0, 22)}"` : undefined;
  if (etag) {
    reply.header("ETag", etag);
    reply.header("Cache-Control", opts.cacheControl);
    const inm = request.headers["if-none-match"];
    if (inm && inm.split(",").some((v) => v.trim() === etag || v.trim() === `W/${etag}`) && (await storage.exists(key))) {
      return reply.code(304).send();
    }
  }
  const asked = parseRange(request.headers.range);
  let obj: StoredObject | null;
  let range: Required<ByteRange> | null = null;
  if (asked && "suffix" in asked) {
    const whole = await storage.get(key);
    if (!whole) throw notFound();
    whole.stream.destroy();
    const start = Math.max(0, whole.size - asked.suffix);
    obj = asked.suffix > 0 ? await storage.get(key, { start }) : null;
    if (asked.suffix === 0 || !obj) return unsatisfiable(reply, whole.size);
    range = { start, end: whole.size - 1 };
  } else if (asked) {
    obj = await storage.get(key, asked);
    if (!obj) throw notFound();
    if (asked.start >= obj.size) {
      obj.stream.destroy();
      return unsatisfiable(reply, obj.size);
    }
    range = { start: asked.start, end: Math.min(asked.end ?? obj.size - 1, obj.size - 1) };
  } else {
    obj = await storage.get(key);
    if (!obj) throw notFound();
  }

  reply.header("Content-Type", obj.contentType);
  reply.header("X-Content-Type-Options", "nosniff");
  reply.header("Content-Security-Policy", "default-src 'none'; sandbox");
  reply.header("Cross-Origin-Resource-Policy", "same-origin");
  reply.header("Accept-Ranges", "bytes");
  reply.header("Cache-Control", opts.cacheControl);
  if (opts.downloadName) reply.header("Content-Disposition", `attachment; filename="${opts.downloadName.replace(/[^A-Za-z0-9._-]/g, "_")}"`);
  if (range) {
    reply.code(206);
    reply.header("Content-Range", `bytes ${range.start}-${range.end}/${obj.size}`);
    reply.header("Content-Length", String(range.end - range.start + 1));
  } else {
    reply.header("Content-Length", String(obj.size));
  }
  return reply.send(obj.stream);
}

function unsatisfiable(reply: FastifyReply, size: number): FastifyReply {
  reply.code(416);
  reply.header("Content-Range", `bytes */${size}`);
  reply.header("Cache-Control", "no-store");
  return reply.send("");
}
