import { timingSafeEqual } from "node:crypto";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { notFound } from "../../web/errors.ts";
import { alwaysAnswer } from "../../web/overload.ts";

/**
 * GET /metrics in Prometheus' text format. With METRICS_TOKEN set, a scraper sends it as a bearer token;
 * without it, only a direct loopback connection (no proxy header) is answered, so a reverse proxy on the
 * same host cannot expose it by accident. Anyone else gets the ordinary 404 page.
 */
export const metricsRoutes: FastifyPluginAsync = async (app) => {
  app.get("/metrics", alwaysAnswer, async (request, reply) => {
    if (!mayScrape(request, app.services.config.metricsToken)) throw notFound();
    const { registry, gathered } = app.services.metrics;
    reply.header("Cache-Control", "no-store").type(registry.contentType);
    // With several worker processes, every worker's figures, gathered by the primary.
    return gathered ? gathered() : registry.metrics();
  });
};

function mayScrape(request: FastifyRequest, token: string | undefined): boolean {
  if (token) {
    const sent = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1] ?? "";
    const a = Buffer.from(sent);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }
  const remote = request.socket.remoteAddress ?? "";
  const loopback = remote === "127.0.0.1" || remote === "::1" || remote === "::ffff:127.0.0.1";
  return loopback && request.headers["x-forwarded-for"] === undefined && request.headers.forwarded === undefined;
}
