import { randomUUID } from "node:crypto";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { pageContext, setFlash } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { parseForm, type FieldErrors, type FormValues } from "../../web/forms.ts";
import { acceptUploads } from "../../web/multipart.ts";
import { markPrivate, sendPage } from "../../web/render.ts";
import { sendStoredMedia } from "../../web/send-media.ts";
import { mayBePublic } from "./stories.consent.ts";
import { currentTranslations } from "./story-voices.service.ts";
import { findStoryFile, keepStoryUpload, StoryMediaRefused, storyMediaPrefix } from "./stories.media.ts";
import type { StoryMediaRow, StoryRow } from "./stories.repo.ts";
import { ConsentSchema, ShareFormSchema, StoryTextSchema } from "./stories.schema.ts";
import { storiesService } from "./stories.service.ts";
import { renderAuthorEdit, renderConsentForm, renderPrivatePage, renderShareForm, renderWithdrawConfirm } from "./stories-author.views.tsx";
import { storyVoicesRepo } from "./story-voices.repo.ts";

type Mine = { Params: { lang: string; token: string } };
type MineFile = { Params: { lang: string; token: string; dir: string; name: string } };

/**
 * Telling a story, and the author's private link: status, edits, consent, withdrawal. The link's token
 * is the only key; pages under it are never cached, never indexed and never sent on as a Referer.
 */
export const storiesAuthorRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock, config, keys, mailer, storage } = app.services;
  const stories = storiesService(db, clock, {
    fieldKey: keys.field,
    contactRetentionDays: config.storyContactRetentionDays,
    withdrawalGraceHours: config.storyWithdrawalGraceHours,
    storage,
  });
  // The sharing and editing forms may carry one photo, recording or video.
  await acceptUploads(app, config, { media: { accept: ["image", "audio", "video"] } });
  const limits = config.mediaMaxBytes;

  /**
   * The file sent with a form, kept under the story's folder; or the error to show beside the field.
   * A file is kept only when the rest of the form is valid (the caller checks first).
   */
  async function takeUpload(request: FastifyRequest, storyId: string, description: string | null): Promise<{ media?: StoryMediaRow; error?: FieldErrors }> {
    const got = request.uploads.media;
    if (!got) return {};
    if (!got.ok) return { error: { media: `stories.error.media.${got.reason}` } };
    if (got.kind === "text") return {};
    try {
      return { media: await keepStoryUpload({ storage, config }, storyId, got, description, clock().toISOString()) };
    } catch (err) {
      if (err instanceof StoryMediaRefused) return { error: { media: `stories.error.media.${err.reason}` } };
      throw err;
    }
  }

  /** Form errors, with a refused file's error too, so every problem is shown at once. */
  function allErrors(request: FastifyRequest, errors: FieldErrors | undefined): FieldErrors | undefined {
    const got = request.uploads.media;
    const fileError: FieldErrors = got && !got.ok ? { media: `stories.error.media.${got.reason}` } : {};
    const merged = { ...(errors ?? {}), ...fileError };
    return Object.keys(merged).length ? merged : undefined;
  }
  const fileDropped = (request: FastifyRequest) => Boolean(request.uploads.media?.ok);

  app.addHook("onSend", async (request, reply, payload) => {
    if (request.url.includes("/stories/mine/") || request.url.includes("/stories/share")) {
      markPrivate(reply);
    }
    return payload;
  });

  app.get("/stories/share", async (request, reply) =>
    sendPage(reply, renderShareForm(pageContext(request, reply), { values: { naming: "anonymous", language: request.locale }, retentionDays: config.storyContactRetentionDays, limits })),
  );

  app.post("/stories/share", { config: { rateLimit: { max: 10, timeWindow: "1 hour" } } }, async (request, reply) => {
    const form = parseForm(ShareFormSchema, request.body);
    const showForm = (errors: FieldErrors, dropped: boolean) =>
      sendPage(reply, renderShareForm(pageContext(request, reply), { values: form.values, errors, retentionDays: config.storyContactRetentionDays, limits, fileDropped: dropped }), 400);
    const errors = allErrors(request, form.ok ? undefined : form.errors);
    if (!form.ok || errors) return showForm(errors ?? {}, fileDropped(request));
    const d = form.data;
    const id = randomUUID();
    const file = await takeUpload(request, id, d.media_description ?? null);
    if (file.error) return showForm(file.error, false);
    const consent = { naming: d.naming, displayName: d.display_name ?? null, publish: d.publish, translate: d.translate, quote: d.quote };
    let token: string;
    try {
      ({ token } = await stories.submit(d, consent, d.email, id, file.media ?? undefined));
    } catch (err) {
      if (file.media) await storage.deletePrefix(storyMediaPrefix(id)).catch(() => undefined);
      throw err;
    }
    const path = `/${request.locale}/stories/mine/${token}`;
    if (d.email) {
      const t = pageContext(request, reply).t;
      await mailer.send({
        to: d.email,
        subject: t("stories.mail.subject"),
        text: t("stories.mail.body", { link: `${pageContext(request, reply).origin}${path}` }),
      });
    }
    return reply.redirect(`${path}?sent=${d.email ? "2" : "1"}`, 303);
  });

  async function mine(request: FastifyRequest<Mine>): Promise<StoryRow> {
    const story = await stories.byToken(request.params.token);
    if (!story) throw notFound();
    return story;
  }

  function textValues(s: StoryRow): FormValues {
    return { title: s.title ?? "", body: s.original_body, language: s.language, country: s.country ?? "", year: s.year ? String(s.year) : "", attack: s.attack ?? "", content_warning: s.content_warning ?? "", private_details: s.private_details ?? "" };
  }

  function consentValues(s: StoryRow): FormValues {
    return { naming: s.naming, display_name: s.display_name ?? "", publish: s.consent_publish ? "yes" : "no", translate: s.consent_translate ? "yes" : "no", quote: s.consent_quote ? "yes" : "no" };
  }

  const back = (request: FastifyRequest<Mine>, reply: FastifyReply) => reply.redirect(`/${request.locale}/stories/mine/${request.params.token}`, 303);

  app.get<Mine>("/stories/mine/:token", async (request, reply) => {
    const story = await mine(request);
    const sent = (request.query as { sent?: string }).sent;
    // Readers' messages of support, once a moderator approved them (none while the story is withdrawn).
    const support = story.status === "withdrawn" ? undefined : await storyVoicesRepo(db.kysely).approvedSupportForAuthor(story.id, 100);
    const media = story.status === "withdrawn" ? undefined : await stories.repo.mediaOf(story.id);
    // Where readers find it, and the translations published with the author's consent.
    const isPublic = mayBePublic({ publish: story.consent_publish === 1 }, story.status);
    const translations = isPublic && story.consent_translate === 1 ? currentTranslations(story, await storyVoicesRepo(db.kysely).publishedTranslations(story.id)).map((x) => x.locale) : [];
    return sendPage(
      reply,
      renderPrivatePage(pageContext(request, reply), { token: request.params.token, story, media, isPublic, translations, justSent: sent === "1" || sent === "2", emailed: sent === "2", graceHours: config.storyWithdrawalGraceHours, support }),
    );
  });

  // The author's own file, whatever the story's state (except withdrawn: it is off the portal at once).
  app.get<MineFile>("/stories/mine/:token/media/:dir/:name", async (request, reply) => {
    const story = await mine(request);
    const media = story.status === "withdrawn" ? undefined : await stories.repo.mediaOf(story.id);
    const file = media && findStoryFile(media, request.params.dir, request.params.name);
    if (!file) throw notFound();
    return sendStoredMedia(request, reply, storage, file.key, { cacheControl: "private, no-store" });
  });

  app.post<Mine>("/stories/mine/:token/media/remove", async (request, reply) => {
    const story = await mine(request);
    if (story.status !== "withdrawn" && (await stories.removeMedia(story.id))) setFlash(reply, "stories.flash.mediaRemoved");
    return back(request, reply);
  });

  app.get<Mine>("/stories/mine/:token/edit", async (request, reply) => {
    const story = await mine(request);
    if (story.status === "withdrawn") return back(request, reply);
    const media = await stories.repo.mediaOf(story.id);
    return sendPage(reply, renderAuthorEdit(pageContext(request, reply), { token: request.params.token, values: { ...textValues(story), media_description: media?.description ?? "" }, limits, media }));
  });

  app.post<Mine>("/stories/mine/:token/edit", async (request, reply) => {
    const story = await mine(request);
    if (story.status === "withdrawn") return back(request, reply);
    const form = parseForm(StoryTextSchema, request.body);
    const media = await stories.repo.mediaOf(story.id);
    const showForm = (errors: FieldErrors, dropped: boolean) =>
      sendPage(reply, renderAuthorEdit(pageContext(request, reply), { token: request.params.token, values: form.values, errors, limits, media, fileDropped: dropped }), 400);
    const errors = allErrors(request, form.ok ? undefined : form.errors);
    if (!form.ok || errors) return showForm(errors ?? {}, fileDropped(request));
    const file = await takeUpload(request, story.id, form.data.media_description ?? null);
    if (file.error) return showForm(file.error, false);
    if (file.media) await stories.setMedia(file.media);
    else if (form.data.media_remove === "yes") await stories.removeMedia(story.id);
    else if (media && (media.description ?? undefined) !== form.data.media_description) {
      await stories.setMedia({ ...media, description: form.data.media_description ?? null });
    }
    await stories.authorEdit(story, form.data);
    setFlash(reply, "stories.flash.edited");
    return back(request, reply);
  });

  app.get<Mine>("/stories/mine/:token/consent", async (request, reply) => {
    const story = await mine(request);
    if (story.status === "withdrawn") return back(request, reply);
    return sendPage(reply, renderConsentForm(pageContext(request, reply), { token: request.params.token, values: consentValues(story) }));
  });

  app.post<Mine>("/stories/mine/:token/consent", async (request, reply) => {
    const story = await mine(request);
    const form = parseForm(ConsentSchema, request.body);
    if (!form.ok) return sendPage(reply, renderConsentForm(pageContext(request, reply), { token: request.params.token, values: form.values, errors: form.errors }), 400);
    if (story.status !== "withdrawn") {
      const d = form.data;
      await stories.changeConsent(story, { naming: d.naming, displayName: d.display_name ?? null, publish: d.publish, translate: d.translate, quote: d.quote });
    }
    setFlash(reply, "stories.flash.consent");
    return back(request, reply);
  });

  app.get<Mine>("/stories/mine/:token/withdraw", async (request, reply) => {
    await mine(request);
    return sendPage(reply, renderWithdrawConfirm(pageContext(request, reply), { token: request.params.token, graceHours: config.storyWithdrawalGraceHours }));
  });

  app.post<Mine>("/stories/mine/:token/withdraw", async (request, reply) => {
    const story = await mine(request);
    if (story.status !== "withdrawn") await stories.withdraw(story);
    setFlash(reply, "stories.flash.withdrawn");
    return back(request, reply);
  });

  app.post<Mine>("/stories/mine/:token/undo", async (request, reply) => {
    const story = await mine(request);
    setFlash(reply, (await stories.undoWithdrawal(story)) ? "stories.flash.undone" : "stories.flash.tooLate");
    return back(request, reply);
  });
};
