import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { requirePermission } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { parseForm, type FieldErrors, type FormValues } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { QUEUE_STATUSES, renderStoryQueue, renderStoryReview } from "./admin-stories.views.tsx";
import type { StoryRow, StoryStatus } from "./stories.repo.ts";
import { STORY_THEMES } from "./stories.schema.ts";
import { sendStoredMedia } from "../../web/send-media.ts";
import { findStoryFile } from "./stories.media.ts";
import { storiesService } from "./stories.service.ts";

type P = { Params: { lang: string; id: string } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PAGE_SIZE = 50;
/** What a redaction puts in place of a name or a place. */
export const REDACTED = "[…]";

const EditSchema = z.object({
  title: z
    .string()
    .trim()
    .max(150, { error: "stories.error.tooLong" })
    .optional()
    .transform((v) => v || null),
  body: z.string().trim().min(1, { error: "stories.error.body" }).max(20_000, { error: "stories.error.bodyTooLong" }),
  content_warning: z
    .string()
    .trim()
    .max(300, { error: "stories.error.tooLong" })
    .optional()
    .transform((v) => v || null),
  redact: z.string().max(2000, { error: "stories.error.tooLong" }).optional(),
  themes: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .refine((list) => list.every((x) => (STORY_THEMES as readonly string[]).includes(x)), { error: "admin.stories.error.theme" }),
});

const DecideSchema = z
  .object({
    decision: z.enum(["approve", "reject", "request_changes"], { error: "admin.stories.error.decision" }),
    note: z
      .string()
      .trim()
      .max(2000, { error: "stories.error.tooLong" })
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== "approve" && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "admin.stories.error.note" });
  });

/** Replaces every occurrence of each listed word or phrase (one a line, any letter case) with a neutral mark. */
export function redact(text: string, terms: readonly string[]): string {
  return terms.reduce((out, term) => (term ? out.replace(new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "giu"), REDACTED) : out), text);
}

/** The moderation queue: read, edit with the original kept, redact, set warnings and themes, decide. Every action is audited. */
export const adminStoriesRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock, config, keys } = app.services;
  const stories = storiesService(db, clock, { fieldKey: keys.field, contactRetentionDays: config.storyContactRetentionDays, withdrawalGraceHours: config.storyWithdrawalGraceHours, storage: app.services.storage });
  const audit = auditRepo(db.kysely, clock);

  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", requirePermission("stories.moderate"));

  async function load(request: FastifyRequest<P>): Promise<StoryRow> {
    if (!UUID.test(request.params.id)) throw notFound();
    const story = await stories.repo.findById(request.params.id);
    if (!story) throw notFound();
    return story;
  }

  async function showReview(request: FastifyRequest<P>, reply: FastifyReply, story: StoryRow, values?: FormValues, errors?: FieldErrors) {
    const view = {
      story,
      media: await stories.repo.mediaOf(story.id),
      contact: stories.contactOf(story),
      consents: await stories.repo.consentHistory(story.id),
      values: values ?? { title: story.title ?? "", body: story.body, content_warning: story.content_warning ?? "", themes: story.themes ? story.themes.split(" ") : [] },
      errors,
    };
    return sendPage(reply, renderStoryReview(pageContext(request, reply), view), errors ? 400 : 200);
  }

  app.get("/admin/stories", async (request, reply) => {
    const q = request.query as { status?: string; page?: string };
    const status = (QUEUE_STATUSES as readonly string[]).includes(q.status ?? "") ? (q.status as StoryStatus) : "submitted";
    const page = Math.max(1, Math.min(100_000, Number(q.page) || 1));
    const [list, counts] = await Promise.all([stories.repo.queue(status, PAGE_SIZE, (page - 1) * PAGE_SIZE), stories.repo.countByStatus()]);
    return sendPage(reply, renderStoryQueue(pageContext(request, reply), { status, rows: list.rows, counts, page, pageCount: Math.max(1, Math.ceil(list.total / PAGE_SIZE)) }));
  });

  app.get<P>("/admin/stories/:id", async (request, reply) => {
    const story = await load(request);
    // Reading a story's contact address is itself worth a line in the audit log.
    if (story.contact_email) await audit.record({ userId: request.staff!.id, action: "story.view_contact", targetType: "story", targetId: story.id });
    return showReview(request, reply, story);
  });

  app.post<P>("/admin/stories/:id/edit", async (request, reply) => {
    const story = await load(request);
    if (story.status === "withdrawn") throw notFound();
    const form = parseForm(EditSchema, request.body);
    if (!form.ok) return showReview(request, reply, story, form.values, form.errors);
    const terms = (form.data.redact ?? "").split(/\r?\n/).map((x) => x.trim()).filter(Boolean);
    await stories.moderatorEdit(story.id, {
      title: form.data.title ? redact(form.data.title, terms) : null,
      body: redact(form.data.body, terms),
      content_warning: form.data.content_warning ? redact(form.data.content_warning, terms) : null,
      attack: story.attack ? redact(story.attack, terms) : null,
      // The author's private details appear on the original, so the same names are taken out of them too.
      private_details: story.private_details ? redact(story.private_details, terms) : null,
      themes: form.data.themes,
    });
    await audit.record({ userId: request.staff!.id, action: "story.edit", targetType: "story", targetId: story.id, details: { redactions: terms.length, themes: form.data.themes } });
    setFlash(reply, "admin.stories.flash.saved");
    return reply.redirect(`/${request.locale}/admin/stories/${story.id}`, 303);
  });

  // The file under review: never cached, whatever the story's state (moderators decide on it).
  app.get<{ Params: { lang: string; id: string; dir: string; name: string } }>("/admin/stories/:id/media/:dir/:name", async (request, reply) => {
    const story = await load(request);
    const media = story.status === "withdrawn" ? undefined : await stories.repo.mediaOf(story.id);
    const file = media && findStoryFile(media, request.params.dir, request.params.name);
    if (!file) throw notFound();
    return sendStoredMedia(request, reply, app.services.storage, file.key, { cacheControl: "private, no-store" });
  });

  // A file that shows too much (faces, places) can be taken off; it is erased at once.
  app.post<P>("/admin/stories/:id/media/remove", async (request, reply) => {
    const story = await load(request);
    if (await stories.removeMedia(story.id)) {
      await audit.record({ userId: request.staff!.id, action: "story.remove_media", targetType: "story", targetId: story.id });
      setFlash(reply, "admin.stories.flash.mediaRemoved");
    }
    return reply.redirect(`/${request.locale}/admin/stories/${story.id}`, 303);
  });

  app.post<P>("/admin/stories/:id/decide", async (request, reply) => {
    const story = await load(request);
    if (story.status === "withdrawn") throw notFound();
    const form = parseForm(DecideSchema, request.body);
    if (!form.ok) return showReview(request, reply, story, { ...form.values, title: story.title ?? "", body: story.body, content_warning: story.content_warning ?? "" }, form.errors);
    await stories.decide(story.id, form.data.decision, form.data.note);
    await audit.record({ userId: request.staff!.id, action: `story.${form.data.decision}`, targetType: "story", targetId: story.id });
    setFlash(reply, `admin.stories.flash.${form.data.decision}` as "admin.stories.flash.approve");
    return reply.redirect(`/${request.locale}/admin/stories?status=${story.status}`, 303);
  });
};
