import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { requirePermission } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { HttpError, notFound } from "../../web/errors.ts";
import { parseForm, type FieldErrors, type FormValues } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { renderTranslatableStories, renderTranslationForm } from "./admin-story-translations.views.tsx";
import { storiesRepo, type StoryRow } from "./stories.repo.ts";
import { storyVoicesRepo } from "./story-voices.repo.ts";
import { StoryTranslationFormSchema } from "./story-voices.schema.ts";
import { storySourceHash } from "./story-voices.service.ts";

type P = { Params: { lang: string; id: string; locale: string } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PAGE_SIZE = 50;

/** The story may not be translated (any more): not approved, withdrawn, or the author said no. */
export const notTranslatable = () => new HttpError(409, "story_not_translatable", "admin.storyTranslations.refused.title", "admin.storyTranslations.refused.body");

/** Only stories readers may see, whose author allows translation now, are offered (checked again at every request). */
export function mayBeTranslated(s: Pick<StoryRow, "status" | "consent_publish" | "consent_translate">): boolean {
  return s.status === "approved" && s.consent_publish === 1 && s.consent_translate === 1;
}

/**
 * Translating approved stories, only while the author allows it. Translators see the moderated text
 * (never the author's original wording, never the contact address). Every save is audited.
 */
export const adminStoryTranslationsRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const stories = storiesRepo(db.kysely);
  const voices = storyVoicesRepo(db.kysely);
  const audit = auditRepo(db.kysely, clock);

  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", requirePermission("stories.translate"));

  async function load(request: FastifyRequest<P>): Promise<{ story: StoryRow; locale: Locale }> {
    const { id, locale } = request.params;
    if (!UUID.test(id) || !isLocale(locale)) throw notFound();
    const story = await stories.findById(id);
    if (!story) throw notFound();
    if (!mayBeTranslated(story)) throw notTranslatable();
    if (story.language === locale) throw notFound();
    return { story, locale };
  }

  async function showForm(request: FastifyRequest<P>, reply: FastifyReply, story: StoryRow, locale: Locale, values?: FormValues, errors?: FieldErrors) {
    const existing = await voices.translation(story.id, locale);
    const view = {
      story,
      locale,
      existing: existing ?? null,
      outdated: Boolean(existing && existing.source_hash !== storySourceHash(story)),
      values: values ?? { title: existing?.title ?? "", body: existing?.body ?? "", content_warning: existing?.content_warning ?? "" },
      errors,
    };
    return sendPage(reply, renderTranslationForm(pageContext(request, reply), view), errors ? 400 : 200);
  }

  app.get("/admin/story-translations", async (request, reply) => {
    const page = Math.max(1, Math.min(100_000, Number((request.query as { page?: string }).page) || 1));
    const list = await voices.translatable(PAGE_SIZE, (page - 1) * PAGE_SIZE);
    return sendPage(reply, renderTranslatableStories(pageContext(request, reply), { rows: list.rows, total: list.total, page, pageCount: Math.max(1, Math.ceil(list.total / PAGE_SIZE)) }));
  });

  app.get<P>("/admin/story-translations/:id/:locale", async (request, reply) => {
    const { story, locale } = await load(request);
    return showForm(request, reply, story, locale);
  });

  app.post<P>("/admin/story-translations/:id/:locale", async (request, reply) => {
    const { story, locale } = await load(request);
    const form = parseForm(StoryTranslationFormSchema, request.body);
    if (!form.ok) return showForm(request, reply, story, locale, form.values, form.errors);
    const d = form.data;
    const status = d.action === "publish" ? "published" : "draft";
    await voices.saveTranslation({ storyId: story.id, locale, title: d.title, body: d.body, contentWarning: d.content_warning, sourceHash: storySourceHash(story), translatorId: request.staff!.id, status, at: clock().toISOString() });
    await audit.record({ userId: request.staff!.id, action: `story.translation.${d.action}`, targetType: "story", targetId: story.id, details: { locale } });
    setFlash(reply, d.action === "publish" ? "admin.storyTranslations.flash.published" : "admin.storyTranslations.flash.draft");
    return reply.redirect(`/${request.locale}/admin/story-translations/${story.id}/${locale}`, 303);
  });
};
