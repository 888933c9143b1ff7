import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { LOCALES } from "../../i18n/locales.ts";
import { pageContext } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { firstString, keptParams, parseForm } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { tagPageView } from "../statistics/statistics.tags.ts";
import { sendStoredMedia } from "../../web/send-media.ts";
import { mayBePublic } from "./stories.consent.ts";
import { findStoryFile } from "./stories.media.ts";
import { storiesRepo } from "./stories.repo.ts";
import { storyVoicesRepo } from "./story-voices.repo.ts";
import { currentTranslationsOf, loadStoryVoices } from "./story-voices.service.ts";
import { STORY_THEMES } from "./stories.schema.ts";
import { renderStoryList, renderStoryPage } from "./stories.views.tsx";

const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const empty = (v: string | undefined) => (v ? v : undefined);

const ListQuerySchema = z.object({
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z]{2})?$/, { error: "stories.error.country" })
    .optional()
    .transform(empty),
  theme: z.enum(["", ...STORY_THEMES], { error: "stories.error.theme" }).optional().transform(empty),
  language: z.enum(["", ...LOCALES], { error: "stories.error.language" }).optional().transform(empty),
  page: z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : 1))
    .refine((n) => Number.isInteger(n) && n >= 1 && n <= 10_000, { error: "stories.error.page" }),
});

/** Reading stories: only approved ones whose authors allowed publication, never anything else. */
export const storiesRoutes: FastifyPluginAsync = async (app) => {
  const repo = storiesRepo(app.services.db.kysely);
  const voices = storyVoicesRepo(app.services.db.kysely);

  app.get("/stories", async (request, reply) => {
    const form = parseForm(ListQuerySchema, request.query);
    const filters = form.ok ? form.data : { page: 1 };
    const [list, facets] = await Promise.all([repo.published(form.ok ? form.data : {}, PAGE_SIZE, (filters.page - 1) * PAGE_SIZE), repo.publishedFacets()]);
    const pageCount = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
    if (form.ok && form.data.page > pageCount) throw notFound();
    const translations = currentTranslationsOf(list.rows, await voices.publishedIn(list.rows.map((r) => r.id), request.locale));
    const params = keptParams(form.values, ["page"]);
    if (form.ok && form.data.theme === "gender") tagPageView(request, "gender");
    return sendPage(
      reply,
      renderStoryList(pageContext(request, reply), { values: form.values, errors: form.ok ? undefined : form.errors, rows: list.rows, total: list.total, page: filters.page, pageCount, countries: facets.countries, languages: facets.languages, params, translations }),
      form.ok ? 200 : 400,
    );
  });

  app.get<{ Params: { id: string } }>("/stories/:id", async (request, reply) => {
    if (!UUID.test(request.params.id)) throw notFound();
    const story = await repo.findById(request.params.id);
    if (!story || !mayBePublic({ publish: story.consent_publish === 1 }, story.status)) throw notFound();
    // ?in=<locale> asks for the original (its language) or one published translation.
    const view = await loadStoryVoices(app.services.db.kysely, story, request.locale, firstString((request.query as { in?: unknown }).in));
    const media = await repo.mediaOf(story.id);
    if (story.themes.split(" ").includes("gender")) tagPageView(request, "gender");
    return sendPage(reply, renderStoryPage(pageContext(request, reply), story, view, media));
  });

  // A published story's file. Checked on every request (no-cache), so a withdrawn story's file is gone at once.
  app.get<{ Params: { id: string; dir: string; name: string } }>("/stories/:id/media/:dir/:name", async (request, reply) => {
    if (!UUID.test(request.params.id)) throw notFound();
    const story = await repo.findById(request.params.id);
    if (!story || !mayBePublic({ publish: story.consent_publish === 1 }, story.status)) throw notFound();
    const media = await repo.mediaOf(story.id);
    const file = media && findStoryFile(media, request.params.dir, request.params.name);
    if (!file) throw notFound();
    return sendStoredMedia(request, reply, app.services.storage, file.key, { cacheControl: "public, no-cache", etag: file.key });
  });
};
