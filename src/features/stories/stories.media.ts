import { randomBytes, randomUUID } from "node:crypto";
import { rm, stat } from "node:fs/promises";
import type { Config } from "../../config.ts";
import { stripAvMetadata } from "../../media/av-metadata.ts";
import { PhotoError, processPhoto } from "../../media/photo.ts";
import type { MediaStorage } from "../../media/storage.ts";
import type { UploadOk } from "../../media/upload.ts";
import type { StoryMediaRow } from "./stories.repo.ts";

/** One stored file of a story's media: a photo has one per width and format; audio and video one. */
export type StoryFile = { key: string; contentType: string; bytes: number; width?: number; height?: number; format?: string };

/** Why a file that looked right could not be kept (shown beside the file field). */
export class StoryMediaRefused extends Error {
  override name = "StoryMediaRefused";
  constructor(readonly reason: "unsupported_type" | "too_large") {
    super(reason);
  }
}

/** Every file of a story lives under this prefix, so erasure removes them all at once. */
export const storyMediaPrefix = (storyId: string) => `stories/${storyId}/`;

export function storyFiles(row: StoryMediaRow): StoryFile[] {
  const parsed: unknown = JSON.parse(row.files);
  return Array.isArray(parsed) ? (parsed as StoryFile[]) : [];
}

/** The file at `name` (the last two segments of its key), if it belongs to this story's media. */
export function findStoryFile(row: StoryMediaRow, dir: string, name: string): StoryFile | undefined {
  const key = `${storyMediaPrefix(row.story_id)}${dir}/${name}`;
  return storyFiles(row).find((f) => f.key === key);
}

/** The address part after a base URL (`…/media/<dir>/<name>`) for a stored file. */
export function storyFilePath(file: StoryFile): string {
  return file.key.split("/").slice(-2).join("/");
}

/**
 * Keeps an accepted upload with a story, under a new folder with a random name (so a replaced file
 * never shares an address with the old one). Photos are re-encoded without any metadata at three
 * widths in AVIF, WebP and JPEG; audio and video are kept as sent, with their container metadata
 * removed when ffmpeg is installed (`metadata_removed` says whether it was). The temporary file is
 * consumed either way. Throws StoryMediaRefused when a photo cannot be decoded or is a pixel bomb.
 */
export async function keepStoryUpload(
  deps: { storage: MediaStorage; config: Pick<Config, "ffmpegPath" | "ffmpegTimeoutMs"> },
  storyId: string,
  upload: UploadOk,
  description: string | null,
  at: string,
): Promise<StoryMediaRow> {
  // Story fields never accept documents; this keeps the row's kind to the three media kinds.
  if (upload.kind === "document") throw new StoryMediaRefused("unsupported_type");
  const kind = upload.kind;
  const prefix = `${storyMediaPrefix(storyId)}${randomBytes(8).toString("hex")}/`;
  const base = { id: randomUUID(), story_id: storyId, kind, description, created_at: at };
  if (upload.kind === "image") {
    try {
      const photo = await processPhoto(upload.path, { storage: deps.storage, prefix });
      const largest = photo.variants.reduce((a, b) => (b.width > a.width ? b : a));
      const files: StoryFile[] = photo.variants.map((v) => ({ key: v.key, contentType: v.contentType, bytes: v.bytes, width: v.width, height: v.height, format: v.format }));
      return { ...base, content_type: "image/jpeg", bytes: photo.variants.reduce((n, v) => n + v.bytes, 0), files: JSON.stringify(files), width: largest.width, height: largest.height, metadata_removed: 1 };
    } catch (err) {
      if (err instanceof PhotoError) throw new StoryMediaRefused(err.code === "too_many_pixels" || err.code === "too_large_dimensions" ? "too_large" : "unsupported_type");
      throw err;
    } finally {
      await rm(upload.path, { force: true });
    }
  }
  try {
    const strip = await stripAvMetadata(upload.path, { ext: upload.ext, ffmpegPath: deps.config.ffmpegPath, timeoutMs: deps.config.ffmpegTimeoutMs });
    const key = `${prefix}${upload.kind}.${upload.ext}`;
    const bytes = (await stat(upload.path)).size;
    await deps.storage.put(key, upload.path, { contentType: upload.mime });
    const files: StoryFile[] = [{ key, contentType: upload.mime, bytes }];
    return { ...base, content_type: upload.mime, bytes, files: JSON.stringify(files), width: null, height: null, metadata_removed: strip.stripped ? 1 : 0 };
  } finally {
    await rm(upload.path, { force: true });
  }
}

/** Deletes the stored files of a media row (after the row was replaced or removed). */
export async function deleteStoryFiles(storage: MediaStorage, row: StoryMediaRow | undefined): Promise<void> {
  if (!row) return;
  await Promise.allSettled(storyFiles(row).map((f) => storage.delete(f.key)));
}
