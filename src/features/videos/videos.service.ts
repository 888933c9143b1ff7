import { randomBytes, randomUUID } from "node:crypto";
import { rm, stat } from "node:fs/promises";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { pickLanguage, pickMarked } from "../../i18n/fallback.ts";
import { LOCALES, isLocale, type Locale } from "../../i18n/locales.ts";
import { indexTokens } from "../../i18n/segment.ts";
import { stripAvMetadata } from "../../media/av-metadata.ts";
import { PhotoError, processPhoto, type PhotoVariant } from "../../media/photo.ts";
import type { MediaStorage } from "../../media/storage.ts";
import type { UploadOk } from "../../media/upload.ts";
import { cuesToTranscript, formatTimestamp, validateWebVtt, type TranscriptParagraph } from "../../media/webvtt.ts";
import { searchRepo } from "../search/search.repo.ts";
import { videosRepo, type EpisodeFull, type EpisodeRow, type SeriesFull } from "./videos.repo.ts";

export const SEARCH_KIND = "video";
/** Short paragraphs, so the reader has a timestamp to jump to every sentence or two. */
const TRANSCRIPT_OPTIONS = { gapSeconds: 3, maxChars: 80 };

/** One language's texts of a series or an episode, with the language they are really in. */
export const pickText = pickMarked;

export function posterVariants(ep: Pick<EpisodeRow, "poster">): PhotoVariant[] {
  if (!ep.poster) return [];
  try {
    return JSON.parse(ep.poster) as PhotoVariant[];
  } catch {
    return [];
  }
}

/** The last part of a storage key: what the public file route names. */
export const fileName = (key: string) => key.slice(key.lastIndexOf("/") + 1);

export function isVisible(series: { status: string }, ep: { status: string }): boolean {
  return series.status === "published" && ep.status === "published";
}

export type Transcript = { locale: string; paragraphs: readonly TranscriptParagraph[] };

/**
 * Transcripts already parsed from captions, by episode and language, each with the stamp of the captions
 * it came from: an episode's page no longer parses its WebVTT on every view. Bounded (least recently
 * used go first); a saved or removed caption is dropped at once in this process, and other processes
 * see the new stamp.
 */
const TRANSCRIPTS_KEPT = 500;
const transcripts = new Map<string, { stamp: string; transcript: Transcript | null }>();
const captionStamp = (c: { updated_at: string; bytes: number | string }) => `${c.updated_at}/${Number(c.bytes)}`;

function keptTranscript(key: string, stamp: string): { transcript: Transcript | null } | undefined {
  const hit = transcripts.get(key);
  if (!hit || hit.stamp !== stamp) return undefined;
  transcripts.delete(key);
  transcripts.set(key, hit);
  return hit;
}

function keepTranscript(key: string, stamp: string, transcript: Transcript | null): void {
  transcripts.delete(key);
  transcripts.set(key, { stamp, transcript });
  if (transcripts.size > TRANSCRIPTS_KEPT) transcripts.delete(transcripts.keys().next().value!);
}

function forgetTranscript(episodeId: string, locale: string): void {
  transcripts.delete(`${episodeId}/${locale}`);
}

export type MediaField = "poster" | "video" | "audio";
export type MediaError = "unreadable";

/** Series and episodes: media kept in storage, captions validated, and the search index kept in step with what is public. */
export function videosService(db: Db, storage: MediaStorage, clock: () => Date, config: Pick<Config, "ffmpegPath" | "ffmpegTimeoutMs">) {
  const repo = videosRepo(db.kysely);
  const search = searchRepo(db.kysely, db.dialect);
  const now = () => clock().toISOString();

  /** The transcript in the reader's language, else English, else the first captioned; parsed once per saved captions. */
  async function transcriptOf(episodeId: string, locale: Locale): Promise<Transcript | null> {
    const captions = await repo.captionStamps(episodeId);
    // After English, the first language captioned (they come in alphabetical order).
    const chosen = pickLanguage(captions, locale, captions.map((c) => c.locale));
    if (!chosen) return null;
    const key = `${episodeId}/${chosen.locale}`;
    const kept = keptTranscript(key, captionStamp(chosen));
    if (kept) return kept.transcript;
    const row = await repo.caption(episodeId, chosen.locale);
    if (!row) return null;
    const parsed = validateWebVtt(row.vtt, { maxBytes: Number.MAX_SAFE_INTEGER });
    const transcript = parsed.ok ? { locale: row.locale, paragraphs: cuesToTranscript(parsed.cues, TRANSCRIPT_OPTIONS) } : null;
    keepTranscript(key, captionStamp(row), transcript);
    return transcript;
  }

  /** Puts the episode's published languages in the site search, or takes them all out. */
  async function reindexEpisode(episodeId: string): Promise<void> {
    const ep = await repo.findEpisode(episodeId);
    for (const l of LOCALES) await search.deleteDocument(SEARCH_KIND, episodeId, l);
    if (!ep) return;
    const series = await repo.findSeries(ep.series_id);
    if (!series || !isVisible(series, ep)) return;
    const captions = await repo.captions(ep.id);
    for (const text of ep.texts) {
      if (!isLocale(text.locale)) continue;
      const caption = captions.find((c) => c.locale === text.locale);
      const parsed = caption ? validateWebVtt(caption.vtt, { maxBytes: Number.MAX_SAFE_INTEGER }) : null;
      const transcript = parsed?.ok ? cuesToTranscript(parsed.cues, TRANSCRIPT_OPTIONS).map((p) => p.text).join("\n") : "";
      await search.upsertDocument({
        kind: SEARCH_KIND,
        itemId: ep.id,
        locale: text.locale,
        title: text.title,
        body: `${text.description}\n${transcript}`,
        path: `/${text.locale}/videos/${series.slug}/${ep.slug}`,
        publishedAt: ep.published_at ?? now(),
        tokens: indexTokens(`${text.title} ${text.title} ${text.description} ${text.people ?? ""} ${transcript}`, text.locale).join(" "),
      });
    }
  }

  async function reindexSeries(seriesId: string): Promise<void> {
    for (const ep of await repo.episodesOf(seriesId, false)) await reindexEpisode(ep.id);
  }

  return {
    repo,
    reindexEpisode,
    reindexSeries,
    transcriptOf,

    async createSeries(f: { slug: string; position: number; locale: string; title: string; description: string }): Promise<string> {
      const id = randomUUID();
      const at = now();
      await repo.insertSeries({ id, slug: f.slug, position: f.position, status: "draft", published_at: null, created_at: at, updated_at: at });
      await repo.saveSeriesText({ series_id: id, locale: f.locale, title: f.title, description: f.description });
      return id;
    },

    async saveSeries(series: SeriesFull, f: { slug: string; position: number; locale: string; title: string; description: string }): Promise<void> {
      await repo.updateSeries(series.id, { slug: f.slug, position: f.position, updated_at: now() });
      await repo.saveSeriesText({ series_id: series.id, locale: f.locale, title: f.title, description: f.description });
      await reindexSeries(series.id);
    },

    async setSeriesStatus(series: SeriesFull, status: "draft" | "published"): Promise<void> {
      const at = now();
      await repo.updateSeries(series.id, { status, updated_at: at, ...(status === "published" && !series.published_at ? { published_at: at } : {}) });
      await reindexSeries(series.id);
    },

    async createEpisode(seriesId: string, f: EpisodeFields & { locale: string }): Promise<string> {
      const id = randomUUID();
      const at = now();
      await repo.insertEpisode({
        id,
        series_id: seriesId,
        slug: f.slug,
        position: f.position,
        duration_seconds: f.duration,
        status: "draft",
        published_at: null,
        poster: null,
        video_key: null,
        video_type: null,
        video_bytes: null,
        video_stripped: null,
        audio_key: null,
        audio_type: null,
        audio_bytes: null,
        audio_stripped: null,
        embed_url: f.embed_url,
        related_stories: f.related_stories.join(" "),
        created_at: at,
        updated_at: at,
      });
      await repo.saveEpisodeText({ episode_id: id, locale: f.locale, title: f.title, description: f.description, content_warning: f.content_warning, people: f.people });
      return id;
    },

    async saveEpisode(ep: EpisodeFull, f: EpisodeFields & { locale: string }): Promise<void> {
      await repo.updateEpisode(ep.id, { slug: f.slug, position: f.position, duration_seconds: f.duration, embed_url: f.embed_url, related_stories: f.related_stories.join(" "), updated_at: now() });
      await repo.saveEpisodeText({ episode_id: ep.id, locale: f.locale, title: f.title, description: f.description, content_warning: f.content_warning, people: f.people });
      await reindexEpisode(ep.id);
    },

    async setEpisodeStatus(ep: EpisodeFull, status: "draft" | "published"): Promise<void> {
      const at = now();
      await repo.updateEpisode(ep.id, { status, updated_at: at, ...(status === "published" && !ep.published_at ? { published_at: at } : {}) });
      await reindexEpisode(ep.id);
    },

    /**
     * Keeps an uploaded file for the episode: a poster is re-encoded without metadata (AVIF, WebP, JPEG);
     * audio and video are kept as uploaded, their container metadata removed when ffmpeg is there. The
     * file it replaces is deleted. Answers what was done, or why the poster could not be read.
     */
    async storeMedia(ep: EpisodeRow, field: MediaField, got: UploadOk): Promise<{ ok: true; stripped?: boolean } | { ok: false; error: MediaError }> {
      const prefix = `videos/${ep.id}/`;
      const random = randomBytes(8).toString("hex");
      if (field === "poster") {
        let variants: PhotoVariant[];
        try {
          variants = (await processPhoto(got.path, { storage, prefix }, { name: `poster-${random}` })).variants;
        } catch (err) {
          if (err instanceof PhotoError) return { ok: false, error: "unreadable" };
          throw err;
        } finally {
          await rm(got.path, { force: true });
        }
        const old = posterVariants(ep);
        await repo.updateEpisode(ep.id, { poster: JSON.stringify(variants), updated_at: now() });
        for (const v of old) await storage.delete(v.key);
        return { ok: true };
      }
      const strip = await stripAvMetadata(got.path, { ext: got.ext, ffmpegPath: config.ffmpegPath, timeoutMs: config.ffmpegTimeoutMs });
      const size = (await stat(got.path)).size;
      const key = `${prefix}${random}.${got.ext}`;
      await storage.put(key, got.path, { contentType: got.mime });
      const oldKey = field === "video" ? ep.video_key : ep.audio_key;
      if (field === "video") {
        await repo.updateEpisode(ep.id, { video_key: key, video_type: got.mime, video_bytes: size, video_stripped: strip.stripped ? 1 : 0, updated_at: now() });
      } else {
        await repo.updateEpisode(ep.id, { audio_key: key, audio_type: got.mime, audio_bytes: size, audio_stripped: strip.stripped ? 1 : 0, updated_at: now() });
      }
      if (oldKey && oldKey !== key) await storage.delete(oldKey);
      return { ok: true, stripped: strip.stripped };
    },

    /** Validates and keeps one language's captions; answers the errors (with line numbers) when the file is refused. */
    async saveCaptions(ep: EpisodeRow, locale: Locale, bytes: Uint8Array, maxBytes: number) {
      const result = validateWebVtt(bytes, { maxBytes });
      if (!result.ok) return result;
      const vtt = Buffer.from(bytes).toString("utf8").replace(/^\uFEFF/, "");
      await repo.saveCaption({ episode_id: ep.id, locale, vtt, bytes: Buffer.byteLength(vtt), updated_at: now() });
      forgetTranscript(ep.id, locale);
      await repo.updateEpisode(ep.id, { updated_at: now() });
      await reindexEpisode(ep.id);
      return result;
    },

    async removeCaptions(ep: EpisodeRow, locale: Locale): Promise<void> {
      await repo.deleteCaption(ep.id, locale);
      forgetTranscript(ep.id, locale);
      await reindexEpisode(ep.id);
    },
  };
}
export type VideosService = ReturnType<typeof videosService>;

export interface EpisodeFields {
  slug: string;
  position: number;
  duration: number | null;
  embed_url: string | null;
  related_stories: string[];
  title: string;
  description: string;
  content_warning: string | null;
  people: string | null;
}

/** A transcript as plain text, each paragraph after its timestamp (the .txt download). */
export function transcriptText(title: string, paragraphs: readonly TranscriptParagraph[]): string {
  return `${title}\n\n${paragraphs.map((p) => `[${formatTimestamp(p.start)}] ${p.voice ? `${p.voice}: ` : ""}${p.text}`).join("\n\n")}\n`;
}
