import type { Kysely, Selectable } from "kysely";
import type { Database, VideoCaptionsTable, VideoEpisodesTable, VideoEpisodeTextsTable, VideoSeriesTable, VideoSeriesTextsTable } from "../../db/schema.ts";

export type SeriesRow = Selectable<VideoSeriesTable>;
export type SeriesTextRow = Selectable<VideoSeriesTextsTable>;
export type EpisodeRow = Selectable<VideoEpisodesTable>;
export type EpisodeTextRow = Selectable<VideoEpisodeTextsTable>;
export type CaptionRow = Selectable<VideoCaptionsTable>;
export type PublishStatus = VideoSeriesTable["status"];

/** A series with its texts in every language written so far. */
export interface SeriesFull extends SeriesRow {
  texts: SeriesTextRow[];
}
/** An episode with its texts and the languages (and sizes) of its captions, without the caption text. */
export interface EpisodeFull extends EpisodeRow {
  texts: EpisodeTextRow[];
  captions: { locale: string; bytes: number }[];
}

/** The documentary series: series, episodes, their texts per language and captions. */
export function videosRepo(db: Kysely<Database>) {
  async function withSeriesTexts(rows: SeriesRow[]): Promise<SeriesFull[]> {
    if (rows.length === 0) return [];
    const texts = await db.selectFrom("video_series_texts").selectAll().where("series_id", "in", rows.map((r) => r.id)).execute();
    return rows.map((r) => ({ ...r, texts: texts.filter((x) => x.series_id === r.id) }));
  }

  async function withEpisodeTexts(rows: EpisodeRow[]): Promise<EpisodeFull[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [texts, captions] = await Promise.all([
      db.selectFrom("video_episode_texts").selectAll().where("episode_id", "in", ids).execute(),
      db.selectFrom("video_captions").select(["episode_id", "locale", "bytes"]).where("episode_id", "in", ids).orderBy("locale").execute(),
    ]);
    return rows.map((r) => ({
      ...r,
      texts: texts.filter((x) => x.episode_id === r.id),
      captions: captions.filter((c) => c.episode_id === r.id).map((c) => ({ locale: c.locale, bytes: Number(c.bytes) })),
    }));
  }

  /** The episodes of several series in one set of queries, by series id (each list in reading order). */
  async function episodesOfEach(seriesIds: readonly string[], onlyPublished: boolean): Promise<Map<string, EpisodeFull[]>> {
    const bySeries = new Map<string, EpisodeFull[]>(seriesIds.map((id) => [id, []]));
    if (seriesIds.length === 0) return bySeries;
    let q = db.selectFrom("video_episodes").selectAll().where("series_id", "in", seriesIds);
    if (onlyPublished) q = q.where("status", "=", "published");
    for (const ep of await withEpisodeTexts(await q.orderBy("position").orderBy("created_at").execute())) bySeries.get(ep.series_id)?.push(ep);
    return bySeries;
  }

  return {
    async allSeries(): Promise<SeriesFull[]> {
      return withSeriesTexts(await db.selectFrom("video_series").selectAll().orderBy("position").orderBy("created_at").execute());
    },

    async publishedSeries(): Promise<SeriesFull[]> {
      return withSeriesTexts(await db.selectFrom("video_series").selectAll().where("status", "=", "published").orderBy("position").orderBy("created_at").execute());
    },

    async findSeries(id: string): Promise<SeriesFull | undefined> {
      const row = await db.selectFrom("video_series").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? (await withSeriesTexts([row]))[0] : undefined;
    },

    async findSeriesBySlug(slug: string): Promise<SeriesFull | undefined> {
      const row = await db.selectFrom("video_series").selectAll().where("slug", "=", slug).executeTakeFirst();
      return row ? (await withSeriesTexts([row]))[0] : undefined;
    },

    async seriesSlugTaken(slug: string, exceptId?: string): Promise<boolean> {
      let q = db.selectFrom("video_series").select("id").where("slug", "=", slug);
      if (exceptId) q = q.where("id", "!=", exceptId);
      return Boolean(await q.executeTakeFirst());
    },

    async insertSeries(row: SeriesRow): Promise<void> {
      await db.insertInto("video_series").values(row).execute();
    },

    async updateSeries(id: string, patch: Partial<Omit<SeriesRow, "id" | "created_at">>): Promise<void> {
      await db.updateTable("video_series").set(patch).where("id", "=", id).execute();
    },

    /** Writes one language's texts of a series (replacing what that language had). */
    async saveSeriesText(row: SeriesTextRow): Promise<void> {
      await db
        .insertInto("video_series_texts")
        .values(row)
        .onConflict((oc) => oc.columns(["series_id", "locale"]).doUpdateSet({ title: row.title, description: row.description }))
        .execute();
    },

    async episodesOf(seriesId: string, onlyPublished: boolean): Promise<EpisodeFull[]> {
      return (await episodesOfEach([seriesId], onlyPublished)).get(seriesId) ?? [];
    },

    episodesOfEach,

    async findEpisode(id: string): Promise<EpisodeFull | undefined> {
      const row = await db.selectFrom("video_episodes").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? (await withEpisodeTexts([row]))[0] : undefined;
    },

    async findEpisodeBySlug(seriesId: string, slug: string): Promise<EpisodeFull | undefined> {
      const row = await db.selectFrom("video_episodes").selectAll().where("series_id", "=", seriesId).where("slug", "=", slug).executeTakeFirst();
      return row ? (await withEpisodeTexts([row]))[0] : undefined;
    },

    async episodeSlugTaken(seriesId: string, slug: string, exceptId?: string): Promise<boolean> {
      let q = db.selectFrom("video_episodes").select("id").where("series_id", "=", seriesId).where("slug", "=", slug);
      if (exceptId) q = q.where("id", "!=", exceptId);
      return Boolean(await q.executeTakeFirst());
    },

    async insertEpisode(row: EpisodeRow): Promise<void> {
      await db.insertInto("video_episodes").values(row).execute();
    },

    async updateEpisode(id: string, patch: Partial<Omit<EpisodeRow, "id" | "series_id" | "created_at">>): Promise<void> {
      await db.updateTable("video_episodes").set(patch).where("id", "=", id).execute();
    },

    async saveEpisodeText(row: EpisodeTextRow): Promise<void> {
      await db
        .insertInto("video_episode_texts")
        .values(row)
        .onConflict((oc) => oc.columns(["episode_id", "locale"]).doUpdateSet({ title: row.title, description: row.description, content_warning: row.content_warning, people: row.people }))
        .execute();
    },

    async captions(episodeId: string): Promise<CaptionRow[]> {
      return db.selectFrom("video_captions").selectAll().where("episode_id", "=", episodeId).orderBy("locale").execute();
    },

    /** Which languages an episode has captions in, and when each was last saved, without the caption text. */
    async captionStamps(episodeId: string): Promise<Pick<CaptionRow, "locale" | "updated_at" | "bytes">[]> {
      return db.selectFrom("video_captions").select(["locale", "updated_at", "bytes"]).where("episode_id", "=", episodeId).orderBy("locale").execute();
    },

    async caption(episodeId: string, locale: string): Promise<CaptionRow | undefined> {
      return db.selectFrom("video_captions").selectAll().where("episode_id", "=", episodeId).where("locale", "=", locale).executeTakeFirst();
    },

    async saveCaption(row: CaptionRow): Promise<void> {
      await db
        .insertInto("video_captions")
        .values(row)
        .onConflict((oc) => oc.columns(["episode_id", "locale"]).doUpdateSet({ vtt: row.vtt, bytes: row.bytes, updated_at: row.updated_at }))
        .execute();
    },

    async deleteCaption(episodeId: string, locale: string): Promise<void> {
      await db.deleteFrom("video_captions").where("episode_id", "=", episodeId).where("locale", "=", locale).execute();
    },

    /** Published stories among these ids (the others are left out of an episode's links). */
    async publishedStoryTitles(ids: readonly string[]): Promise<{ id: string; title: string | null; body: string; language: string }[]> {
      if (ids.length === 0) return [];
      return db
        .selectFrom("stories")
        .select(["id", "title", "body", "language"])
        .where("id", "in", ids)
        .where("status", "=", "approved")
        .where("consent_publish", "=", 1)
        .execute();
    },

    /** Published series and their published episodes, for the sitemap. */
    async publishedPaths(): Promise<{ series: string; episode: string | null; updated_at: string }[]> {
      const series = await db.selectFrom("video_series").select(["id", "slug", "updated_at"]).where("status", "=", "published").execute();
      if (series.length === 0) return [];
      const episodes = await db
        .selectFrom("video_episodes")
        .select(["series_id", "slug", "updated_at"])
        .where("status", "=", "published")
        .where("series_id", "in", series.map((s) => s.id))
        .execute();
      return [
        ...series.map((s) => ({ series: s.slug, episode: null, updated_at: s.updated_at })),
        ...episodes.map((e) => ({ series: series.find((s) => s.id === e.series_id)!.slug, episode: e.slug, updated_at: e.updated_at })),
      ];
    },
  };
}
export type VideosRepo = ReturnType<typeof videosRepo>;
