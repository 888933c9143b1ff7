import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/i18n.ts";
import { ffmpegAvailable } from "../../media/av-metadata.ts";
import type { UploadOk } from "../../media/upload.ts";
import type { VttError } from "../../media/webvtt.ts";
import { requirePermission } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { firstString, parseForm, type FieldErrors, type FormValues } from "../../web/forms.ts";
import { acceptUploads } from "../../web/multipart.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { renderEpisodeEdit, renderSeriesEdit, renderVideoAdminList } from "./admin-videos.views.tsx";
import type { EpisodeFull, SeriesFull } from "./videos.repo.ts";
import { CaptionFormSchema, EpisodeFormSchema, PublishFormSchema, SeriesFormSchema } from "./videos.schema.ts";
import { videosService, type MediaField } from "./videos.service.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MEDIA_FIELDS: readonly MediaField[] = ["poster", "video", "audio"];
type Id = { Params: { lang: string; id: string } };

const uploadError = (reason: string): MessageKey => `videos.error.upload.${reason}` as MessageKey;

/** Staff: series and episodes written one language at a time, files, captions, publication. Every action is audited. */
export const adminVideosRoutes: FastifyPluginAsync = async (app) => {
  const { db, storage, clock, config } = app.services;
  const videos = videosService(db, storage, clock, config);
  const repo = videos.repo;
  const audit = auditRepo(db.kysely, clock);

  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", requirePermission("videos.manage"));
  await acceptUploads(app, config, {
    poster: { accept: ["image"] },
    video: { accept: ["video"] },
    audio: { accept: ["audio"] },
    captions: { accept: "text", maxBytes: config.captionMaxBytes },
  });

  /** The language whose texts are being written: `?in=` or the form's `in`, else the staff member's own. */
  function textLocale(request: FastifyRequest): Locale {
    const raw = firstString((request.body as Record<string, unknown> | undefined)?.in) ?? firstString((request.query as Record<string, unknown>).in);
    return isLocale(raw) ? raw : request.locale;
  }

  async function loadSeries(id: string): Promise<SeriesFull> {
    if (!UUID.test(id)) throw notFound();
    const s = await repo.findSeries(id);
    if (!s) throw notFound();
    return s;
  }

  async function loadEpisode(id: string): Promise<{ episode: EpisodeFull; series: SeriesFull }> {
    if (!UUID.test(id)) throw notFound();
    const episode = await repo.findEpisode(id);
    if (!episode) throw notFound();
    return { episode, series: await loadSeries(episode.series_id) };
  }

  function seriesValues(s: SeriesFull, locale: Locale): FormValues {
    const text = s.texts.find((x) => x.locale === locale);
    return { slug: s.slug, position: String(s.position), title: text?.title ?? "", description: text?.description ?? "" };
  }

  function episodeValues(ep: EpisodeFull, locale: Locale): FormValues {
    const text = ep.texts.find((x) => x.locale === locale);
    return {
      slug: ep.slug,
      position: String(ep.position),
      duration: ep.duration_seconds ? String(ep.duration_seconds) : "",
      embed_url: ep.embed_url ?? "",
      related_stories: ep.related_stories.split(" ").filter(Boolean).join("\n"),
      title: text?.title ?? "",
      description: text?.description ?? "",
      content_warning: text?.content_warning ?? "",
      people: text?.people ?? "",
      caption_locale: locale,
    };
  }

  async function showEpisode(
    request: FastifyRequest,
    reply: FastifyReply,
    v: { series: SeriesFull; episode?: EpisodeFull; values?: FormValues; errors?: FieldErrors; captionErrors?: { errors: VttError[]; count: number } },
  ) {
    const locale = textLocale(request);
    const values = { ...(v.episode ? episodeValues(v.episode, locale) : { position: "0", caption_locale: locale }), ...v.values };
    const view = { series: v.series, episode: v.episode, locale, values, errors: v.errors, captionErrors: v.captionErrors, ffmpeg: await ffmpegAvailable(config.ffmpegPath) };
    return sendPage(reply, renderEpisodeEdit(pageContext(request, reply), view), v.errors ? 400 : 200);
  }

  const actor = (request: FastifyRequest) => request.staff!.id;
  const back = (request: FastifyRequest, path: string, locale: Locale) => `/${request.locale}/admin/videos${path}?in=${locale}`;

  app.get("/admin/videos", async (request, reply) => {
    const all = await repo.allSeries();
    const episodes = await repo.episodesOfEach(all.map((s) => s.id), false);
    const list = all.map((series) => ({ series, episodes: episodes.get(series.id) ?? [] }));
    return sendPage(reply, renderVideoAdminList(pageContext(request, reply), { list, ffmpeg: await ffmpegAvailable(config.ffmpegPath) }));
  });

  // Series ------------------------------------------------------------------------------------

  app.get("/admin/videos/series/new", async (request, reply) => {
    return sendPage(reply, renderSeriesEdit(pageContext(request, reply), { locale: textLocale(request), values: { position: "0" } }));
  });

  app.post("/admin/videos/series", async (request, reply) => {
    const locale = textLocale(request);
    const form = parseForm(SeriesFormSchema, request.body);
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    if (form.ok && (await repo.seriesSlugTaken(form.data.slug))) errors.slug = "videos.error.slugTaken";
    if (!form.ok || Object.keys(errors).length) return sendPage(reply, renderSeriesEdit(pageContext(request, reply), { locale, values: form.values, errors }), 400);
    const id = await videos.createSeries({ ...form.data, locale });
    await audit.record({ userId: actor(request), action: "video_series.create", targetType: "video_series", targetId: id, details: { locale } });
    setFlash(reply, "admin.videos.flash.saved");
    return reply.redirect(back(request, `/series/${id}`, locale), 303);
  });

  app.get<Id>("/admin/videos/series/:id", async (request, reply) => {
    const series = await loadSeries(request.params.id);
    const locale = textLocale(request);
    return sendPage(reply, renderSeriesEdit(pageContext(request, reply), { series, locale, values: seriesValues(series, locale) }));
  });

  app.post<Id>("/admin/videos/series/:id", async (request, reply) => {
    const series = await loadSeries(request.params.id);
    const locale = textLocale(request);
    const form = parseForm(SeriesFormSchema, request.body);
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    if (form.ok && (await repo.seriesSlugTaken(form.data.slug, series.id))) errors.slug = "videos.error.slugTaken";
    if (!form.ok || Object.keys(errors).length) return sendPage(reply, renderSeriesEdit(pageContext(request, reply), { series, locale, values: form.values, errors }), 400);
    await videos.saveSeries(series, { ...form.data, locale });
    await audit.record({ userId: actor(request), action: "video_series.edit", targetType: "video_series", targetId: series.id, details: { locale } });
    setFlash(reply, "admin.videos.flash.saved");
    return reply.redirect(back(request, `/series/${series.id}`, locale), 303);
  });

  app.post<Id>("/admin/videos/series/:id/publish", async (request, reply) => {
    const series = await loadSeries(request.params.id);
    const form = parseForm(PublishFormSchema, request.body);
    if (!form.ok) throw notFound();
    const status = form.data.action === "publish" ? "published" : "draft";
    await videos.setSeriesStatus(series, status);
    await audit.record({ userId: actor(request), action: `video_series.${form.data.action}`, targetType: "video_series", targetId: series.id });
    setFlash(reply, form.data.action === "publish" ? "admin.videos.flash.published" : "admin.videos.flash.unpublished");
    return reply.redirect(back(request, `/series/${series.id}`, textLocale(request)), 303);
  });

  // Episodes ----------------------------------------------------------------------------------

  /** Validates the episode form; related stories must be published ones. */
  async function checkEpisode(request: FastifyRequest, seriesId: string, exceptId?: string) {
    const form = parseForm(EpisodeFormSchema, request.body);
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    if (form.ok) {
      if (await repo.episodeSlugTaken(seriesId, form.data.slug, exceptId)) errors.slug = "videos.error.slugTaken";
      const found = await repo.publishedStoryTitles(form.data.related_stories);
      if (found.length !== new Set(form.data.related_stories).size) errors.related_stories = "videos.error.stories";
    }
    return { form, errors };
  }

  app.get<Id>("/admin/videos/series/:id/episodes/new", async (request, reply) => {
    return showEpisode(request, reply, { series: await loadSeries(request.params.id) });
  });

  app.post<Id>("/admin/videos/series/:id/episodes", async (request, reply) => {
    const series = await loadSeries(request.params.id);
    const locale = textLocale(request);
    const { form, errors } = await checkEpisode(request, series.id);
    if (!form.ok || Object.keys(errors).length) return showEpisode(request, reply, { series, values: form.values, errors });
    const id = await videos.createEpisode(series.id, { ...form.data, locale });
    await audit.record({ userId: actor(request), action: "video_episode.create", targetType: "video_episode", targetId: id, details: { locale, series: series.id } });
    setFlash(reply, "admin.videos.flash.saved");
    return reply.redirect(back(request, `/episodes/${id}`, locale), 303);
  });

  app.get<Id>("/admin/videos/episodes/:id", async (request, reply) => {
    const { episode, series } = await loadEpisode(request.params.id);
    return showEpisode(request, reply, { series, episode });
  });

  app.post<Id>("/admin/videos/episodes/:id", async (request, reply) => {
    const { episode, series } = await loadEpisode(request.params.id);
    const locale = textLocale(request);
    const { form, errors } = await checkEpisode(request, series.id, episode.id);
    if (!form.ok || Object.keys(errors).length) return showEpisode(request, reply, { series, episode, values: form.values, errors });
    await videos.saveEpisode(episode, { ...form.data, locale });
    await audit.record({ userId: actor(request), action: "video_episode.edit", targetType: "video_episode", targetId: episode.id, details: { locale } });
    setFlash(reply, "admin.videos.flash.saved");
    return reply.redirect(back(request, `/episodes/${episode.id}`, locale), 303);
  });

  app.post<Id>("/admin/videos/episodes/:id/files", async (request, reply) => {
    const { episode, series } = await loadEpisode(request.params.id);
    const errors: FieldErrors = {};
    const chosen: [MediaField, UploadOk][] = [];
    for (const field of MEDIA_FIELDS) {
      const got = request.uploads[field];
      if (!got) continue;
      if (!got.ok) errors[field] = uploadError(got.reason);
      else if (got.kind !== "text") chosen.push([field, got]);
    }
    if (chosen.length === 0 && Object.keys(errors).length === 0) errors.video = "videos.error.upload.missing";
    if (Object.keys(errors).length) return showEpisode(request, reply, { series, episode, errors });
    const done: Record<string, boolean | null> = {};
    for (const [field, got] of chosen) {
      const fresh = (await repo.findEpisode(episode.id))!;
      const result = await videos.storeMedia(fresh, field, got);
      if (!result.ok) errors[field] = uploadError(result.error);
      else done[field] = result.stripped ?? null;
    }
    if (Object.keys(done).length) {
      await audit.record({ userId: actor(request), action: "video_episode.upload", targetType: "video_episode", targetId: episode.id, details: { files: done } });
    }
    if (Object.keys(errors).length) return showEpisode(request, reply, { series, episode: (await repo.findEpisode(episode.id))!, errors });
    setFlash(reply, "admin.videos.flash.uploaded");
    return reply.redirect(back(request, `/episodes/${episode.id}`, textLocale(request)), 303);
  });

  app.post<Id>("/admin/videos/episodes/:id/captions", async (request, reply) => {
    const { episode, series } = await loadEpisode(request.params.id);
    const form = parseForm(CaptionFormSchema, request.body);
    const file = request.uploads.captions;
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    if (!file) errors.captions = "videos.error.captions.missing";
    else if (!file.ok) errors.captions = `videos.error.captions.${file.reason}` as MessageKey;
    if (!form.ok || !file?.ok || file.kind !== "text" || Object.keys(errors).length) return showEpisode(request, reply, { series, episode, values: form.values, errors });
    const locale = form.data.caption_locale;
    const result = await videos.saveCaptions(episode, locale, file.bytes, config.captionMaxBytes);
    if (!result.ok) {
      return showEpisode(request, reply, {
        series,
        episode,
        values: form.values,
        errors: { captions: `videos.error.captions.${result.reason}` as MessageKey },
        captionErrors: { errors: result.errors, count: result.errorCount },
      });
    }
    await audit.record({ userId: actor(request), action: "video_episode.captions", targetType: "video_episode", targetId: episode.id, details: { locale, cues: result.cues.length } });
    setFlash(reply, "admin.videos.flash.captions");
    return reply.redirect(back(request, `/episodes/${episode.id}`, locale), 303);
  });

  app.post<Id>("/admin/videos/episodes/:id/captions/delete", async (request, reply) => {
    const { episode } = await loadEpisode(request.params.id);
    const form = parseForm(CaptionFormSchema, request.body);
    if (!form.ok) throw notFound();
    await videos.removeCaptions(episode, form.data.caption_locale);
    await audit.record({ userId: actor(request), action: "video_episode.captions_delete", targetType: "video_episode", targetId: episode.id, details: { locale: form.data.caption_locale } });
    setFlash(reply, "admin.videos.flash.captionsRemoved");
    return reply.redirect(back(request, `/episodes/${episode.id}`, textLocale(request)), 303);
  });

  app.post<Id>("/admin/videos/episodes/:id/publish", async (request, reply) => {
    const { episode } = await loadEpisode(request.params.id);
    const form = parseForm(PublishFormSchema, request.body);
    if (!form.ok) throw notFound();
    await videos.setEpisodeStatus(episode, form.data.action === "publish" ? "published" : "draft");
    await audit.record({ userId: actor(request), action: `video_episode.${form.data.action}`, targetType: "video_episode", targetId: episode.id });
    setFlash(reply, form.data.action === "publish" ? "admin.videos.flash.published" : "admin.videos.flash.unpublished");
    return reply.redirect(back(request, `/episodes/${episode.id}`, textLocale(request)), 303);
  });
};
