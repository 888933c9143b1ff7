import { randomBytes, randomUUID } from "node:crypto";
import { rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { pickMarked } from "../../i18n/fallback.ts";
import { LOCALES, isLocale, type Locale } from "../../i18n/locales.ts";
import { indexTokens } from "../../i18n/segment.ts";
import { processPhoto, type PhotoVariant } from "../../media/photo.ts";
import { uploadTmpDir, type MediaStorage } from "../../media/storage.ts";
import type { UploadOk } from "../../media/upload.ts";
import { searchRepo } from "../search/search.repo.ts";
import { readPdf, PdfUnreadable } from "./library.pdf.ts";
import { libraryRepo, type VersionMeta, type WorkFull, type WorkRow } from "./library.repo.ts";
import type { WorkForm } from "./library.schema.ts";

export const SEARCH_KIND = "publication";
/** Cover thumbnails: two widths, WebP and a JPEG fallback. */
const COVER = { widths: [160, 320], formats: ["webp", "jpeg"] as const };
/** The part of the extracted text put in the site search body (the tokens cover all of it). */
const SEARCH_BODY_CHARS = 20_000;

/** One language's version of a work, with the language it is really in. */
export function pickVersion(versions: readonly VersionMeta[], locale: Locale): (VersionMeta & { fallback: boolean }) | undefined {
  return pickMarked(versions, locale);
}

export function coverVariants(v: Pick<VersionMeta, "cover">): PhotoVariant[] {
  if (!v.cover) return [];
  try {
    return JSON.parse(v.cover) as PhotoVariant[];
  } catch {
    return [];
  }
}

/** The cover of a work: its reader's-language version's, else any version's. */
export function workCover(work: WorkFull, locale: Locale): { version: VersionMeta; variants: PhotoVariant[] } | null {
  const ordered = [...work.versions].sort((a, b) => (a.locale === locale ? -1 : b.locale === locale ? 1 : 0));
  for (const v of ordered) {
    const variants = coverVariants(v);
    if (variants.length) return { version: v, variants };
  }
  return null;
}

export const fileName = (key: string) => key.slice(key.lastIndexOf("/") + 1);
/** Versions readers see: those of a published work that have their file. */
export const publicVersions = (work: WorkFull) => (work.status === "published" ? work.versions.filter((v) => v.file_key) : []);

const tokenString = (text: string, locale: string) => ` ${[...new Set(indexTokens(text, locale))].join(" ")} `;

export type FileResult = { ok: true; pages: number; chars: number; truncated: boolean } | { ok: false; error: "unreadable" };

/** Works and versions, their PDFs read on upload, and the site search kept in step with what is public. */
export function libraryService(db: Db, storage: MediaStorage, clock: () => Date, config: Config) {
  const repo = libraryRepo(db.kysely);
  const search = searchRepo(db.kysely, db.dialect);
  const now = () => clock().toISOString();

  /** Puts each public version in the site search (kind "publication"), or takes the work's versions out. */
  async function reindexWork(workId: string): Promise<void> {
    const work = await repo.findWork(workId);
    for (const l of LOCALES) await search.deleteDocument(SEARCH_KIND, workId, l);
    if (!work) return;
    for (const v of publicVersions(work)) {
      if (!isLocale(v.locale)) continue;
      const text = await repo.versionText(v.id);
      await search.upsertDocument({
        kind: SEARCH_KIND,
        itemId: work.id,
        locale: v.locale,
        title: v.title,
        body: `${v.summary}\n${text.slice(0, SEARCH_BODY_CHARS)}`,
        path: `/${v.locale}/library/${work.slug}`,
        publishedAt: work.published_at ?? now(),
        tokens: indexTokens(`${v.title} ${v.title} ${v.summary} ${work.publisher} ${text}`, v.locale).join(" "),
      });
    }
  }

  async function retoken(v: VersionMeta): Promise<void> {
    const text = await repo.versionText(v.id);
    await repo.updateVersion(v.id, { tokens: tokenString(`${v.title} ${v.summary} ${text}`, v.locale) });
  }

  function facts(f: WorkForm) {
    return { slug: f.slug, type: f.type, year: f.year, publisher: f.publisher, audiences: f.audiences.join(" "), region: f.region, topics: f.topics.join(" ") };
  }

  async function saveText(workId: string, locale: Locale, f: { title: string; summary: string }): Promise<void> {
    const work = (await repo.findWork(workId))!;
    const existing = work.versions.find((v) => v.locale === locale);
    const at = now();
    if (existing) await repo.updateVersion(existing.id, { title: f.title, summary: f.summary, updated_at: at });
    else {
      await repo.insertVersion({ id: randomUUID(), work_id: workId, locale, title: f.title, summary: f.summary, file_key: null, file_bytes: null, pages: null, text: "", text_chars: 0, text_truncated: 0, tokens: "", cover: null, created_at: at, updated_at: at });
    }
    const fresh = (await repo.findWork(workId))!.versions.find((v) => v.locale === locale)!;
    await retoken(fresh);
  }

  return {
    repo,
    reindexWork,

    async createWork(f: WorkForm & { locale: Locale; isDemo?: boolean }): Promise<string> {
      const id = randomUUID();
      const at = now();
      const row: WorkRow = { id, ...facts(f), status: "draft", published_at: null, is_demo: f.isDemo ? 1 : 0, created_at: at, updated_at: at };
      await repo.insertWork(row);
      await saveText(id, f.locale, f);
      return id;
    },

    async saveWork(work: WorkFull, f: WorkForm & { locale: Locale }): Promise<void> {
      await repo.updateWork(work.id, { ...facts(f), updated_at: now() });
      await saveText(work.id, f.locale, f);
      await reindexWork(work.id);
    },

    /** A translator's change: the texts of one language only. */
    async saveVersionText(work: WorkFull, locale: Locale, f: { title: string; summary: string }): Promise<void> {
      await repo.updateWork(work.id, { updated_at: now() });
      await saveText(work.id, locale, f);
      await reindexWork(work.id);
    },

    async setStatus(work: WorkFull, status: WorkRow["status"]): Promise<void> {
      const at = now();
      await repo.updateWork(work.id, { status, updated_at: at, ...(status === "published" && !work.published_at ? { published_at: at } : {}) });
      await reindexWork(work.id);
    },

    /**
     * Keeps a version's PDF: reads it with pdfjs (text bounded, first page drawn), makes the cover
     * thumbnails, stores file and covers under `library/<version id>/` and deletes what they replace.
     * Done in the request (publications are small); a PDF pdfjs cannot read is refused.
     */
    async storeFile(version: VersionMeta, got: UploadOk): Promise<FileResult> {
      let reading;
      try {
        reading = await readPdf(got.path);
      } catch (err) {
        if (err instanceof PdfUnreadable) return { ok: false, error: "unreadable" };
        throw err;
      }
      const prefix = `library/${version.id}/`;
      const random = randomBytes(8).toString("hex");
      const png = path.join(uploadTmpDir(config), `cover-${random}.png`);
      let variants: PhotoVariant[];
      try {
        await writeFile(png, reading.cover);
        variants = (await processPhoto(png, { storage, prefix }, { name: `cover-${random}`, widths: COVER.widths, formats: COVER.formats })).variants;
      } finally {
        await rm(png, { force: true });
      }
      const size = (await stat(got.path)).size;
      const key = `${prefix}${random}.pdf`;
      await storage.put(key, got.path, { contentType: "application/pdf" });
      await repo.updateVersion(version.id, {
        file_key: key,
        file_bytes: size,
        pages: reading.pages,
        text: reading.text,
        text_chars: reading.text.length,
        text_truncated: reading.truncated ? 1 : 0,
        cover: JSON.stringify(variants),
        updated_at: now(),
      });
      await retoken({ ...version, title: version.title, summary: version.summary });
      for (const old of [version.file_key, ...coverVariants(version).map((v) => v.key)]) if (old) await storage.delete(old);
      await repo.updateWork(version.work_id, { updated_at: now() });
      await reindexWork(version.work_id);
      return { ok: true, pages: reading.pages, chars: reading.text.length, truncated: reading.truncated };
    },

    /** Removes one language version: its row, its file and its covers. */
    async removeVersion(version: VersionMeta): Promise<void> {
      await repo.deleteVersion(version.id);
      for (const old of [version.file_key, ...coverVariants(version).map((v) => v.key)]) if (old) await storage.delete(old);
      await repo.updateWork(version.work_id, { updated_at: now() });
      await reindexWork(version.work_id);
    },
  };
}
export type LibraryService = ReturnType<typeof libraryService>;
