import type { FastifyPluginAsync } from "fastify";
import { pageContext } from "../../web/context.ts";
import { sendPage } from "../../web/render.ts";
import { contentRepo } from "../content/content.repo.ts";
import { daysUntilRemembranceDay } from "../events/events.time.ts";
import { renderHome } from "./home.views.tsx";

/** The home page: help now, then rights, remembrance and the latest news. */
export const homeRoutes: FastifyPluginAsync = async (app) => {
  const repo = contentRepo(app.services.db.kysely);
  app.get("/", async (request, reply) => {
    const news = (await repo.findNewestNews(3, request.locale)).map((n) => ({
      slug: n.slug,
      title: n.title,
      summary: n.summary,
      locale: n.locale,
      date: n.itemFirstPublishedAt,
    }));
    return sendPage(reply, renderHome(pageContext(request, reply), news, daysUntilRemembranceDay(app.services.clock())));
  });
};
