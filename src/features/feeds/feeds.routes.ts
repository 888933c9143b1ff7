import type { FastifyPluginAsync } from "fastify";
import { siteOrigin } from "../../web/context.ts";
import { feedsService } from "./feeds.service.ts";

/** Atom feeds per language: /{lang}/news.atom and /{lang}/stories.atom. */
export const feedsRoutes: FastifyPluginAsync = async (app) => {
  const feeds = feedsService(app.services.db.kysely, app.services.clock);
  const send = (body: string) => body;
  app.get("/news.atom", async (request, reply) => {
    reply.type("application/atom+xml; charset=utf-8").header("Cache-Control", "public, max-age=600");
    return send(await feeds.news(siteOrigin(request), request.locale));
  });
  app.get("/stories.atom", async (request, reply) => {
    reply.type("application/atom+xml; charset=utf-8").header("Cache-Control", "public, max-age=600");
    return send(await feeds.stories(siteOrigin(request), request.locale));
  });
};
