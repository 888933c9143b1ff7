import { storyTitle } from "../stories/stories.consent.ts";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { isLocale } from "../../i18n/locales.ts";
import { can } from "../../web/auth.ts";
import { pageContext } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { sendPage } from "../../web/render.ts";
import { PUBLISHED_MEDIA_CACHE, STAFF_MEDIA_CACHE, sendStoredMedia } from "../../web/send-media.ts";
import { signedInStaff } from "../../web/session.ts";
import { parseEmbed } from "./videos.schema.ts";
import { fileName, isVisible, pickText, posterVariants, transcriptText, videosService } from "./videos.service.ts";
import { renderEpisodePage, renderSeriesPage, renderVideoIndex } from "./videos.views.tsx";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;


type SeriesParams = { Params: { series: string } };
type EpisodeParams = { Params: { series: string; episode: string } };

/** The documentary series for readers: only published series and episodes, never drafts. */
export const videosRoutes: FastifyPluginAsync = async (app) => {
  const { db, storage, clock, config } = app.services;
  const videos = videosService(db, storage, clock, config);
  const repo = videos.repo;

  async function publishedSeries(slug: string) {
    if (!SLUG.test(slug)) throw notFound();
    const series = await repo.findSeriesBySlug(slug);
    if (!series || series.status !== "published") throw notFound();
    return series;
  }

  app.get("/videos", async (request, reply) => {
    const all = await repo.publishedSeries();
    const episodes = await repo.episodesOfEach(all.map((s) => s.id), true);
    const list = all.map((series) => ({ series, episodes: episodes.get(series.id) ?? [] }));
    return sendPage(reply, renderVideoIndex(pageContext(request, reply), list));
  });

  app.get<SeriesParams>("/videos/:series", async (request, reply) => {
    const series = await publishedSeries(request.params.series);
    return sendPage(reply, renderSeriesPage(pageContext(request, reply), { series, episodes: await repo.episodesOf(series.id, true) }));
  });

  app.get<EpisodeParams>("/videos/:series/:episode", async (request, reply) => {
    const series = await publishedSeries(request.params.series);
    if (!SLUG.test(request.params.episode)) throw notFound();
    const episode = await repo.findEpisodeBySlug(series.id, request.params.episode);
    if (!episode || episode.status !== "published") throw notFound();
    const l = request.locale;
    const text = pickText(episode.texts, l);
    const ids = episode.related_stories.split(" ").filter(Boolean);
    const stories = (await repo.publishedStoryTitles(ids)).map((s) => ({ id: s.id, title: storyTitle(s), language: s.language }));
    // The external player's host may be framed on this page only, and only once the reader asks for it.
    const embed = !episode.video_key && episode.embed_url ? parseEmbed(episode.embed_url) : null;
    if (embed?.frameOrigin) {
      const csp = reply.getHeader("content-security-policy");
      if (typeof csp === "string") reply.header("content-security-policy", `${csp};frame-src ${embed.frameOrigin}`);
    }
    return sendPage(
      reply,
      renderEpisodePage(pageContext(request, reply), { series, seriesText: pickText(series.texts, l), episode, text, transcript: await videos.transcriptOf(episode.id, l), stories }),
    );
  });
};

/**
 * An episode's files: video, audio, poster variants, captions (.vtt) and transcript (.txt). Published
 * episodes are public and cached; drafts answer 404 unless a signed-in staff member previews them.
 */
export const videoFilesRoutes: FastifyPluginAsync = async (app) => {
  const { db, storage, clock, config } = app.services;
  const videos = videosService(db, storage, clock, config);
  const repo = videos.repo;

  async function load(request: FastifyRequest<{ Params: { id: string; name: string } }>) {
    if (!UUID.test(request.params.id)) throw notFound();
    const episode = await repo.findEpisode(request.params.id);
    if (!episode) throw notFound();
    const series = await repo.findSeries(episode.series_id);
    if (!series) throw notFound();
    if (isVisible(series, episode)) return { episode, series, cacheControl: PUBLISHED_MEDIA_CACHE };
    const staff = await signedInStaff(request);
    if (staff && can(staff, "videos.manage")) return { episode, series, cacheControl: STAFF_MEDIA_CACHE };
    throw notFound();
  }

  app.get<{ Params: { id: string; name: string } }>("/media/videos/:id/:name", async (request, reply: FastifyReply) => {
    const name = request.params.name;
    if (!/^[a-z0-9_.-]{1,80}$/.test(name)) throw notFound();
    const { episode, series, cacheControl } = await load(request);

    const caption = /^captions-([a-z]{2})\.vtt$/.exec(name);
    if (caption) {
      const row = isLocale(caption[1]) ? await repo.caption(episode.id, caption[1]) : undefined;
      if (!row) throw notFound();
      return reply
        .type("text/vtt; charset=utf-8")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header("Cache-Control", cacheControl)
        .send(row.vtt);
    }

    const transcript = /^transcript-([a-z]{2})\.txt$/.exec(name);
    if (transcript) {
      const l = transcript[1];
      if (!isLocale(l)) throw notFound();
      const result = await videos.transcriptOf(episode.id, l);
      if (!result || result.locale !== l) throw notFound();
      const title = pickText(episode.texts, l)?.title ?? episode.slug;
      return reply
        .type("text/plain; charset=utf-8")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header("Content-Disposition", `attachment; filename="${series.slug}-${episode.slug}-${l}.txt"`)
        .header("Cache-Control", cacheControl)
        .send(transcriptText(title, result.paragraphs));
    }

    const keys = [episode.video_key, episode.audio_key, ...posterVariants(episode).map((v) => v.key)].filter((k): k is string => Boolean(k));
    const key = keys.find((k) => fileName(k) === name);
    if (!key) throw notFound();
    // Keys are random and never reused, so the key identifies the file's content.
    return sendStoredMedia(request, reply, storage, key, { cacheControl, etag: key });
  });
};
