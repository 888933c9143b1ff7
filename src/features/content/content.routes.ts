import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { SLUG_PATTERN, isAudience, isTopic } from "./content.taxonomy.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { badRequest, notFound } from "../../web/errors.ts";
import { parseForm } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { tagPageView } from "../statistics/statistics.tags.ts";
import { FeedbackInputSchema, redactPersonalData } from "../feedback/feedback.schema.ts";
import { feedbackRepo } from "../feedback/feedback.repo.ts";
import { contentRepo, type ContentKind } from "./content.repo.ts";
import { pickForEach } from "./pick.ts";
import { renderAudience, renderContentPage, renderInfoIndex, renderNewsList, renderTopic } from "./content.views.tsx";

const NEWS_PAGE_SIZE = 10;
const SlugSchema = z.string().regex(SLUG_PATTERN).max(120);
const PageQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });

type SlugParams = { Params: { lang: string; slug: string } };

/** Public information pages (topic tree, audiences) and news, with "was this page useful". */
export const contentRoutes: FastifyPluginAsync = async (app) => {
  const repo = contentRepo(app.services.db.kysely);
  const feedback = feedbackRepo(app.services.db.kysely, app.services.clock);

  /** The language version of a published item to show this reader (their own, else a fallback). */
  async function loadShown(kind: ContentKind, request: FastifyRequest<SlugParams>) {
    const slug = SlugSchema.safeParse(request.params.slug);
    if (!slug.success) throw notFound();
    const shown = await repo.findShownBySlug(kind, slug.data, request.locale);
    if (!shown) throw notFound();
    return shown;
  }

  async function showItem(kind: ContentKind, request: FastifyRequest<SlugParams>, reply: FastifyReply) {
    const shown = await loadShown(kind, request);
    if (shown.topic === "gender" || shown.sexualViolence) tagPageView(request, "gender");
    return sendPage(reply, renderContentPage(pageContext(request, reply), shown));
  }

  async function receiveFeedback(kind: ContentKind, request: FastifyRequest<SlugParams>, reply: FastifyReply) {
    const shown = await loadShown(kind, request);
    const form = parseForm(FeedbackInputSchema, request.body);
    if (!form.ok) {
      const ctx = pageContext(request, reply);
      return sendPage(reply, renderContentPage(ctx, shown, form), 400);
    }
    await feedback.insert({
      itemId: shown.itemId,
      locale: request.locale,
      useful: form.data.useful === "yes",
      comment: form.data.comment ? redactPersonalData(form.data.comment) : null,
    });
    setFlash(reply, "feedback.thanks");
    return reply.redirect(`/${request.locale}/${kind === "news" ? "news" : "info"}/${shown.slug}#feedback-title`, 303);
  }

  app.get("/info", async (request, reply) => {
    const { ids } = await repo.listPublishedItemIds({ kind: "page", excludeNoTopic: true }, { limit: 500, offset: 0 });
    const items = pickForEach(ids, await repo.findPublishedSummaries(ids), request.locale);
    const byTopic = new Map<string, typeof items>();
    for (const it of items) if (it.topic) byTopic.set(it.topic, [...(byTopic.get(it.topic) ?? []), it]);
    return sendPage(reply, renderInfoIndex(pageContext(request, reply), byTopic));
  });

  app.get<{ Params: { lang: string; topic: string } }>("/info/topics/:topic", async (request, reply) => {
    const topic = request.params.topic;
    if (!isTopic(topic)) throw notFound();
    const { ids } = await repo.listPublishedItemIds({ kind: "page", topic }, { limit: 500, offset: 0 });
    const items = pickForEach(ids, await repo.findPublishedSummaries(ids), request.locale);
    if (topic === "gender") tagPageView(request, "gender");
    return sendPage(reply, renderTopic(pageContext(request, reply), topic, items));
  });

  app.get<{ Params: { lang: string; audience: string } }>("/info/for/:audience", async (request, reply) => {
    const audience = request.params.audience;
    if (!isAudience(audience)) throw notFound();
    const { ids } = await repo.listPublishedItemIds({ kind: "page", audience, excludeNoTopic: true }, { limit: 500, offset: 0 });
    const items = pickForEach(ids, await repo.findPublishedSummaries(ids), request.locale);
    return sendPage(reply, renderAudience(pageContext(request, reply), audience, items));
  });

  app.get<SlugParams>("/info/:slug", (request, reply) => showItem("page", request, reply));
  // Anonymous forms are rate-limited per address to keep spam off the staff's feedback view.
  const feedbackRate = { config: { rateLimit: { max: 30, timeWindow: "1 hour" } } };
  app.post<SlugParams>("/info/:slug/feedback", feedbackRate, (request, reply) => receiveFeedback("page", request, reply));

  app.get("/news", async (request, reply) => {
    const query = PageQuerySchema.safeParse(request.query);
    if (!query.success) throw badRequest();
    const page = query.data.page;
    const { ids, total } = await repo.listPublishedItemIds({ kind: "news" }, { limit: NEWS_PAGE_SIZE, offset: (page - 1) * NEWS_PAGE_SIZE });
    const pageCount = Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE));
    if (page > pageCount) throw notFound();
    const items = pickForEach(ids, await repo.findPublishedSummaries(ids), request.locale);
    return sendPage(reply, renderNewsList(pageContext(request, reply), items, page, pageCount));
  });

  app.get<SlugParams>("/news/:slug", (request, reply) => showItem("news", request, reply));
  app.post<SlugParams>("/news/:slug/feedback", feedbackRate, (request, reply) => receiveFeedback("news", request, reply));
};
