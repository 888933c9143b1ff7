import type { Db } from "../db/database.ts";
import { countriesService } from "../features/countries/countries.service.ts";
import { contentRepo } from "../features/content/content.repo.ts";
import { contentService } from "../features/content/content.service.ts";
import { directoryService } from "../features/directory/directory.service.ts";
import { readJsonDataset } from "../features/directory/hsds/json.ts";
import type { DemoItem } from "./content-types.ts";
import { DEMO_DIRECTORY_SERVICES } from "./directory-demo.ts";
import { DEMO_COUNTRIES_FILE } from "./countries-demo.ts";
import { demoFixedPages, demoNews } from "./content-news.ts";
import { demoPages } from "./content-pages.ts";
import { demoGenderPages } from "./content-gender.ts";
import { statSync } from "node:fs";
import type { MediaStorage } from "../media/storage.ts";
import { processPhoto } from "../media/photo.ts";
import { videosService } from "../features/videos/videos.service.ts";
import { DEMO_AUDIO_FILE, DEMO_CAPTIONS, DEMO_EPISODE, DEMO_POSTER_FILE, DEMO_SERIES, DEMO_VIDEO_FILE, openDemoFile } from "./videos-demo.ts";
import { LOCALES, type Locale } from "../i18n/locales.ts";
import { eventsService } from "../features/events/events.service.ts";
import { localDate, zonedToUtc } from "../features/events/events.time.ts";
import { DEMO_EVENTS, DEMO_YEARS, type DemoEvent } from "./events-demo.ts";
import { randomUUID } from "node:crypto";
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { Config } from "../config.ts";
import { uploadTmpDir } from "../media/storage.ts";
import { keepStoryUpload } from "../features/stories/stories.media.ts";
import { storiesRepo } from "../features/stories/stories.repo.ts";
import { storiesService } from "../features/stories/stories.service.ts";
import { DEMO_STORIES } from "./stories-demo.ts";
import { libraryService } from "../features/library/library.service.ts";
import { DEMO_PUBLICATIONS, demoPdf } from "./library-demo.ts";
import { writeFile } from "node:fs/promises";
import { selfAssessmentService } from "../features/self-assessment/self-assessment.service.ts";
import { tributesRepo } from "../features/tributes/tributes.repo.ts";
import { campaignsService } from "../features/campaigns/campaigns.service.ts";
import { demoCourses } from "./learn-demo.ts";
import { seedLearnCourses } from "../features/learn/learn.seed.ts";
import type { FieldKeys } from "../web/secrets.ts";
import { DEMO_CAMPAIGN, DEMO_CAMPAIGN_SLUG, DEMO_CAMPAIGN_SVG, DEMO_TRIBUTES } from "./tributes-demo.ts";

export const demoItems: DemoItem[] = [...demoFixedPages, ...demoPages, ...demoGenderPages, ...demoNews];

/**
 * Loads the demonstration content once (when the database has no content yet), published in every
 * language it is written in, dated as the demo data says.
 */
export async function seedDemoContent(db: Db, items: DemoItem[] = demoItems): Promise<number> {
  if (await contentRepo(db.kysely).hasAnyItem()) return 0;
  for (const item of items) {
    const at = new Date(`${item.publishedOn}T09:00:00Z`);
    const service = contentService(db, () => at);
    const id = await service.createItem(
      { kind: item.kind, slug: item.slug, topic: item.topic ?? null, audiences: item.audiences, sortOrder: item.sortOrder ?? 0, isDemo: true },
      null,
    );
    for (const [locale, tr] of Object.entries(item.translations)) {
      if (!tr) continue;
      await service.saveTranslation(
        {
          itemId: id,
          locale,
          action: "publish",
          fields: { title: tr.title, summary: tr.summary, body: tr.body, contentWarning: tr.contentWarning ?? null, reviewedOn: item.reviewedOn, note: "demo" },
        },
        null,
      );
    }
  }
  return items.length;
}

/** Loads the demonstration directory (fictional services in several countries and languages) once. */
export async function seedDemoDirectory(db: Db): Promise<number> {
  const directory = directoryService(db, () => new Date());
  if ((await directory.repo.existingIds("service", DEMO_DIRECTORY_SERVICES.map((s) => (s as { id: string }).id))).size > 0) return 0;
  await directory.ensurePortalTaxonomy();
  const report = await directory.importDataset(readJsonDataset(JSON.stringify(DEMO_DIRECTORY_SERVICES)), { publish: true, source: "demo" });
  if (!report.ok) throw new Error(`The demo directory does not import: ${JSON.stringify(report.rejected.slice(0, 3))}`);
  return report.services;
}

/** Loads the demonstration country profiles once (when no profile exists yet). */
export async function seedDemoCountries(db: Db): Promise<number> {
  const countries = countriesService(db);
  if ((await countries.repo.profiles()).length > 0) return 0;
  const result = await countries.importFile(DEMO_COUNTRIES_FILE, { note: "demo" });
  if (!result.ok) throw new Error(`The demo countries do not import: ${result.errors.slice(0, 5).join("; ")}`);
  return result.countries.length;
}

/**
 * Loads the demonstration documentary once (when its series does not exist yet): the series in six
 * languages and one published episode with its committed video, audio, poster and captions. The files
 * were made without metadata, so no ffmpeg is needed here.
 */
export async function seedDemoVideos(db: Db, storage: MediaStorage): Promise<number> {
  const at = new Date("2026-10-15T09:00:00Z");
  const videos = videosService(db, storage, () => at, { ffmpegPath: "ffmpeg", ffmpegTimeoutMs: 60_000 });
  if (await videos.repo.findSeriesBySlug(DEMO_SERIES.slug)) return 0;
  const [first, ...others] = LOCALES;
  const seriesId = await videos.createSeries({ slug: DEMO_SERIES.slug, position: 1, locale: first, ...DEMO_SERIES.texts[first] });
  const series = (await videos.repo.findSeries(seriesId))!;
  for (const l of others) await videos.saveSeries(series, { slug: DEMO_SERIES.slug, position: 1, locale: l, ...DEMO_SERIES.texts[l] });
  const facts = { slug: DEMO_EPISODE.slug, position: 1, duration: DEMO_EPISODE.durationSeconds, embed_url: null, related_stories: [] };
  const episodeId = await videos.createEpisode(seriesId, { ...facts, locale: first, ...DEMO_EPISODE.texts[first] });
  let episode = (await videos.repo.findEpisode(episodeId))!;
  for (const l of others) await videos.saveEpisode(episode, { ...facts, locale: l, ...DEMO_EPISODE.texts[l] });
  const prefix = `videos/${episodeId}/`;
  await storage.put(`${prefix}demo-video.webm`, openDemoFile(DEMO_VIDEO_FILE), { contentType: "video/webm" });
  await storage.put(`${prefix}demo-audio.opus`, openDemoFile(DEMO_AUDIO_FILE), { contentType: "audio/ogg" });
  const poster = await processPhoto(DEMO_POSTER_FILE, { storage, prefix }, { name: "poster-demo" });
  await videos.repo.updateEpisode(episodeId, {
    poster: JSON.stringify(poster.variants),
    video_key: `${prefix}demo-video.webm`,
    video_type: "video/webm",
    video_bytes: statSync(DEMO_VIDEO_FILE).size,
    video_stripped: 1,
    audio_key: `${prefix}demo-audio.opus`,
    audio_type: "audio/ogg",
    audio_bytes: statSync(DEMO_AUDIO_FILE).size,
    audio_stripped: 1,
  });
  episode = (await videos.repo.findEpisode(episodeId))!;
  for (const [l, vtt] of Object.entries(DEMO_CAPTIONS)) {
    const saved = await videos.saveCaptions(episode, l as (typeof LOCALES)[number], Buffer.from(vtt), 1_048_576);
    if (!saved.ok) throw new Error(`The demo captions in ${l} are not valid WebVTT: ${JSON.stringify(saved.errors)}`);
  }
  await videos.setEpisodeStatus(episode, "published");
  await videos.setSeriesStatus((await videos.repo.findSeries(seriesId))!, "published");
  return 1;
}

/**
 * Loads the demonstration stories once (when there is no story yet): invented testimonies in the six
 * languages, approved with their themes, one with a generated photo processed like an upload.
 */
export async function seedDemoStories(db: Db, services: { storage: MediaStorage; keys: { field: FieldKeys }; config: Pick<Config, "ffmpegPath" | "ffmpegTimeoutMs" | "mediaDir" | "storyContactRetentionDays" | "storyWithdrawalGraceHours"> }, now: Date = new Date()): Promise<number> {
  const repo = storiesRepo(db.kysely);
  if (Object.values(await repo.countByStatus()).some((n) => n > 0)) return 0;
  for (const d of DEMO_STORIES) {
    const at = new Date(now.getTime() - d.approvedDaysAgo * 86_400_000);
    const stories = storiesService(db, () => at, {
      fieldKey: services.keys.field,
      contactRetentionDays: services.config.storyContactRetentionDays,
      withdrawalGraceHours: services.config.storyWithdrawalGraceHours,
      storage: services.storage,
    });
    const { id } = await stories.submit(
      { title: d.title, body: d.body, language: d.language, country: d.country ?? undefined, year: undefined, attack: undefined, content_warning: d.contentWarning ?? undefined },
      { naming: d.naming, displayName: d.displayName, publish: true, translate: d.translate, quote: false },
      undefined,
    );
    if (d.photo) {
      const tmpDir = uploadTmpDir(services.config);
      await mkdir(tmpDir, { recursive: true, mode: 0o700 });
      const file = path.join(tmpDir, `${randomUUID()}.upload`);
      // A calm picture made here: a green field under a blue sky.
      const sky = await sharp({ create: { width: 1600, height: 640, channels: 3, background: "#8cc3ea" } }).png().toBuffer();
      await sharp({ create: { width: 1600, height: 1000, channels: 3, background: "#6aa84f" } }).composite([{ input: sky, top: 0, left: 0 }]).jpeg({ quality: 85 }).toFile(file);
      const upload = { ok: true as const, path: file, mime: "image/jpeg", ext: "jpg", kind: "image" as const, size: (await stat(file)).size };
      await stories.setMedia(await keepStoryUpload({ storage: services.storage, config: services.config }, id, upload, d.photo.description, at.toISOString()));
    }
    await stories.moderatorEdit(id, { title: d.title, body: d.body, content_warning: d.contentWarning, attack: null, themes: d.themes });
    await stories.decide(id, "approve", null);
  }
  return DEMO_STORIES.length;
}

/** Loads the demonstration tributes once (when the wall has none): approved messages in the six languages. */
export async function seedDemoTributes(db: Db, now: Date = new Date()): Promise<number> {
  const repo = tributesRepo(db.kysely);
  if (await repo.any()) return 0;
  for (const d of DEMO_TRIBUTES) {
    const at = new Date(now.getTime() - d.daysAgo * 86_400_000).toISOString();
    const id = await repo.add({ body: d.body, name: d.name, country: d.country, language: d.language, status: "pending", flaggedWords: [], at });
    await repo.decide(id, "approved", null, null, at);
  }
  return DEMO_TRIBUTES.length;
}

/** Loads the demonstration campaign for the International Day once, in the six languages, with a generated image marked DEMO. */
export async function seedDemoCampaigns(db: Db, services: { storage: MediaStorage; config: Pick<Config, "mediaDir"> }, now: Date = new Date()): Promise<number> {
  const campaigns = campaignsService(db, services.storage, () => now);
  if (await campaigns.repo.findBySlug(DEMO_CAMPAIGN_SLUG)) return 0;
  const at = now.toISOString();
  const id = await campaigns.repo.create(DEMO_CAMPAIGN_SLUG, at);
  for (const l of LOCALES) {
    const d = DEMO_CAMPAIGN[l];
    await campaigns.repo.saveText({ campaign_id: id, locale: l, title: d.title, message: d.message, facts: d.facts.join("\n"), hashtags: d.hashtags.join(" "), share_text: d.share_text }, at);
  }
  const tmpDir = uploadTmpDir(services.config);
  await mkdir(tmpDir, { recursive: true, mode: 0o700 });
  const file = path.join(tmpDir, `${randomUUID()}.upload`);
  try {
    await sharp(Buffer.from(DEMO_CAMPAIGN_SVG)).png().toFile(file);
    const campaign = (await campaigns.repo.find(id))!;
    const added = await campaigns.addImage(campaign, file, "en", DEMO_CAMPAIGN.en.alt);
    if (!added.ok) throw new Error("The demo campaign image could not be processed");
    let img = (await campaigns.repo.find(id))!.images[0]!;
    for (const l of LOCALES.filter((x) => x !== "en")) {
      await campaigns.setAlt(img, l, DEMO_CAMPAIGN[l].alt);
      img = (await campaigns.repo.find(id))!.images[0]!;
    }
  } finally {
    await rm(file, { force: true });
  }
  await campaigns.repo.setStatus(id, "published", at);
  return 1;
}

/** A demo event's start as a wall-clock time in its zone, from the day the demo is loaded. */
function demoStart(start: DemoEvent["start"], zone: string, now: Date): string {
  const today = now.toISOString().slice(0, 10);
  const y = now.getUTCFullYear();
  if ("days" in start) return `${localDate(new Date(now.getTime() + start.days * 86_400_000).toISOString(), zone)}T${start.time}`;
  const thisYear = `${y}-08-21`;
  if (start.day === "next-day") return `${today <= thisYear ? thisYear : `${y + 1}-08-21`}T${start.time}`;
  return `${today > thisYear ? thisYear : `${y - 1}-08-21`}T${start.time}`;
}

/**
 * Loads the demonstration events and years of the International Day: only those missing (by slug or
 * year), so running it again changes nothing. Dates are set from `now`, published, marked as demo.
 */
export async function seedDemoEvents(db: Db, now: Date = new Date()): Promise<number> {
  const events = eventsService(db, () => now);
  const existing = await events.repo.slugsOf(DEMO_EVENTS.map((e) => e.slug));
  let added = 0;
  for (const d of DEMO_EVENTS) {
    if (existing.has(d.slug)) continue;
    const start = zonedToUtc(demoStart(d.start, d.timeZone, now), d.timeZone);
    if (!start.ok) throw new Error(`The demo event ${d.slug} starts at a time that does not exist`);
    const facts = {
      slug: d.slug,
      type: d.type,
      attendance: d.attendance,
      time_zone: d.timeZone,
      starts_at: start.iso,
      ends_at: new Date(Date.parse(start.iso) + d.minutes * 60_000).toISOString(),
      country: d.country,
      languages: d.languages,
      venue_name: d.venue?.name ?? null,
      venue_address: d.venue?.address ?? null,
      livestream_url: d.livestream ?? null,
      registration_url: d.registration ?? null,
      organizer: d.organizer ?? null,
      organizer_url: null,
    };
    const locales = LOCALES.filter((l) => d.texts[l]);
    const text = (l: Locale) => {
      const x = d.texts[l]!;
      return { title: x.title, summary: x.summary, description: x.description ?? null, accessibility: x.accessibility ?? null };
    };
    const id = await events.createEvent({ ...facts, ...text("en") }, "en", { isDemo: true });
    for (const l of locales) {
      await events.repo.saveText({ event_id: id, locale: l, ...text(l), status_note: d.status === "scheduled" ? null : (d.texts[l]!.status_note ?? null) });
    }
    await events.repo.update(id, { status: d.status });
    await events.setPublication((await events.repo.findById(id))!, "published");
    added++;
  }
  for (const y of DEMO_YEARS) {
    const year = now.getUTCFullYear() - y.yearsAgo;
    if (await events.years.findYear(year)) continue;
    for (const l of LOCALES) {
      const x = y.texts[l];
      const existingYear = await events.years.findYear(year);
      await events.saveYear(existingYear, { year, video_url: y.videoUrl, theme: x.theme, message: x.message ?? null, message_url: x.message_url ?? null }, l, { isDemo: true });
    }
    added++;
  }
  return added;
}

/**
 * Loads the demonstration publications of the library (PDFs drawn at seed time, read like an upload:
 * text, pages and cover), published and marked as demo; those already there (by slug) are left alone.
 */
export async function seedDemoLibrary(db: Db, services: { storage: MediaStorage; config: Config }, now: Date = new Date()): Promise<number> {
  const library = libraryService(db, services.storage, () => now, services.config);
  const tmpDir = uploadTmpDir(services.config);
  await mkdir(tmpDir, { recursive: true, mode: 0o700 });
  let added = 0;
  for (const p of DEMO_PUBLICATIONS) {
    if (await library.repo.findWorkBySlug(p.slug)) continue;
    const [first, ...rest] = p.versions;
    const facts = { slug: p.slug, type: p.type, year: p.year, publisher: p.publisher, audiences: p.audiences, region: p.region, topics: p.topics };
    const id = await library.createWork({ ...facts, locale: first!.locale, title: first!.title, summary: first!.summary, isDemo: true });
    let work = (await library.repo.findWork(id))!;
    for (const v of rest) await library.saveVersionText(work, v.locale, v);
    work = (await library.repo.findWork(id))!;
    for (const v of p.versions) {
      const file = path.join(tmpDir, `${randomUUID()}.upload`);
      try {
        const pdf = await demoPdf(v.locale === "zh" ? "zh-Hans" : v.locale, v.title, v.body);
        await writeFile(file, pdf);
        const version = work.versions.find((x) => x.locale === v.locale)!;
        const stored = await library.storeFile(version, { ok: true, path: file, mime: "application/pdf", ext: "pdf", kind: "document", size: pdf.length });
        if (!stored.ok) throw new Error(`The demo publication ${p.slug} (${v.locale}) could not be read`);
      } finally {
        await rm(file, { force: true });
      }
    }
    await library.setStatus((await library.repo.findWork(id))!, "published");
    added++;
  }
  return added;
}

/**
 * One demonstration self-assessment for France, partly answered, so staff see a report; never public.
 * Runs once (when no demonstration assessment exists).
 */
export async function seedDemoSelfAssessment(db: Db, now: Date = new Date()): Promise<number> {
  const service = selfAssessmentService(db, () => now);
  if (await service.repo.demoExists()) return 0;
  const { row } = await service.start(null, { country: "FR", year: now.getUTCFullYear() }, { demo: true });
  await service.saveGroup(null, row, "status", [
    { provision: "definition", status: "in_place", citation: "Code de procédure pénale, art. 2 et 706-3", notes: "", missing: "" },
    { provision: "non_discrimination", status: "in_place", citation: "Code des assurances, art. L126-1", notes: "", missing: "" },
    { provision: "recognition_without_conviction", status: "partly", citation: "", notes: "", missing: "Demonstration: recognition depends on the public prosecutor's list of victims." },
  ]);
  await service.saveGroup(null, row, "compensation", [
    { provision: "state_compensation", status: "in_place", citation: "Loi n° 86-1020 du 9 septembre 1986", notes: "", missing: "" },
    { provision: "interim_payments", status: "in_place", citation: "", notes: "Demonstration answer.", missing: "" },
    { provision: "victims_abroad", status: "partly", citation: "", notes: "", missing: "Demonstration: residents who are not nationals are covered only for attacks in France." },
  ]);
  await service.saveGroup(null, row, "justice", [{ provision: "legal_aid", status: "unknown", citation: "", notes: "", missing: "" }]);
  return 1;
}

/** The demo courses (issue 7): one short published course and the outlines of the others as drafts. Idempotent. */
export async function seedDemoLearn(db: Db, now: Date = new Date()): Promise<number> {
  return seedLearnCourses(db, demoCourses, now);
}
