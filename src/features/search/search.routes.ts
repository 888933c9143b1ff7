import type { FastifyPluginAsync } from "fastify";
import { pageContext } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { parseForm } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { searchRepo } from "./search.repo.ts";
import { SearchQuerySchema } from "./search.schema.ts";
import { runSearch } from "./search.service.ts";
import { renderSearch } from "./search.views.tsx";

const PAGE_SIZE = 10;

/** Site search across published content in the reader's language. */
export const searchRoutes: FastifyPluginAsync = async (app) => {
  const repo = searchRepo(app.services.db.kysely, app.services.db.dialect);
  app.get("/search", async (request, reply) => {
    const parsed = parseForm(SearchQuerySchema, request.query);
    const ctx = pageContext(request, reply);
    if (!parsed.ok) {
      const q = typeof parsed.values.q === "string" ? parsed.values.q : "";
      return sendPage(reply, renderSearch(ctx, { q, page: 1, pageCount: 1, total: 0, hits: [], tokens: [], broadened: false, errors: parsed.errors }), 400);
    }
    const { q, page } = parsed.data;
    if (!q) return sendPage(reply, renderSearch(ctx, { q, page: 1, pageCount: 1, total: 0, hits: [], tokens: [], broadened: false }));
    const result = await runSearch(repo, request.locale, q, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    if (page > pageCount) throw notFound();
    return sendPage(reply, renderSearch(ctx, { q, page, pageCount, ...result }));
  });
};
