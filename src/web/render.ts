import type { FastifyReply } from "fastify";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";

/**
 * Sends a server-rendered page. Preact escapes every text and attribute value. The page goes out as
 * bytes, encoded once: a string would be measured and encoded again by compression and by Fastify.
 */
export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply
    .code(status)
    .type("text/html; charset=utf-8")
    .send(Buffer.from(`<!doctype html>${renderToString(page)}`));
}

/** A page reached by a private link (a token in its address): never cached, never indexed, never sent on as a Referer. */
export function markPrivate(reply: FastifyReply): void {
  reply.header("Cache-Control", "no-store");
  reply.header("Referrer-Policy", "no-referrer");
  reply.header("X-Robots-Tag", "noindex");
}
