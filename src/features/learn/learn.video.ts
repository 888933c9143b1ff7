import type { FastifyReply } from "fastify";
import type { Locale } from "../../i18n/locales.ts";
import type { Services } from "../../web/services.ts";
import { embedFrameOrigin } from "../videos/videos.player.tsx";
import { videosRepo, type EpisodeFull } from "../videos/videos.repo.ts";
import { pickMarked as pickText } from "../../i18n/fallback.ts";
import type { OutlineLesson } from "./learn.service.ts";

/** What a lesson page needs to show its episode's player and link to the episode page (with the transcript). */
export interface LessonVideo { episode: EpisodeFull; seriesSlug: string; titleFor: (l: Locale) => string }

/**
 * The lesson's episode when it and its series are published, or null. For an episode on YouTube or
 * Vimeo, the page's CSP lets that host be framed: app.js frames it only when the reader asks.
 */
export async function lessonPlayer(services: Pick<Services, "db">, lesson: OutlineLesson, reply: FastifyReply): Promise<LessonVideo | null> {
  const id = lesson.row.video_episode_id;
  if (!id) return null;
  const repo = videosRepo(services.db.kysely);
  const episode = await repo.findEpisode(id);
  if (!episode || episode.status !== "published") return null;
  const series = await repo.findSeries(episode.series_id);
  if (!series || series.status !== "published") return null;
  const origin = embedFrameOrigin(episode);
  if (origin) {
    const csp = reply.getHeader("content-security-policy");
    if (typeof csp === "string") reply.header("content-security-policy", `${csp};frame-src ${origin}`);
  }
  return { episode, seriesSlug: series.slug, titleFor: (l) => pickText(episode.texts, l)?.title ?? episode.slug };
}
