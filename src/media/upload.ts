import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { classify, sniffFile, type Kind } from "./sniff.ts";

export type UploadOk = { ok: true; path: string; mime: string; ext: string; kind: Kind; size: number };
export type UploadRefused = {
  ok: false;
  reason: "too_large" | "unsupported_type" | "empty";
  /** Bytes taken from the source before stopping (for too_large, about maxBytes plus one chunk). */
  bytesRead: number;
  /** What the content turned out to be, for unsupported_type (null: not a format we recognise). */
  detected?: string | null;
};
export type UploadResult = UploadOk | UploadRefused;

export type ReceiveOptions = {
  maxBytes: number;
  /** A private folder for temporary files; best on the same file system as the media store. */
  tmpDir: string;
  allowed: readonly Kind[];
};

class TooLarge extends Error {}

/**
 * Streams an incoming file to a new private temporary file (0600, random name) while counting bytes.
 * Past `maxBytes` it stops at once: the source is destroyed (nothing more is read from it), the
 * temporary file is deleted, and the result is `too_large`. Then the content is sniffed and checked
 * against `allowed`. On success the caller owns `path` (move it into storage, or delete it); on any
 * refusal or error the temporary file is already gone. A source that fails midway rejects with its error.
 *
 * The original file name is never used on disk. With @fastify/multipart, give the file stream
 * (`part.file`); if its own `limits.fileSize` cut the file short (`truncated`), that is too_large too.
 */
export async function receiveUpload(stream: Readable, opts: ReceiveOptions): Promise<UploadResult> {
  if (!Number.isSafeInteger(opts.maxBytes) || opts.maxBytes < 1) throw new RangeError("maxBytes must be a positive integer");
  await mkdir(opts.tmpDir, { recursive: true, mode: 0o700 });
  const file = path.join(opts.tmpDir, `${randomUUID()}.upload`);
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
      size += chunk.length;
      if (size > opts.maxBytes) done(new TooLarge());
      else done(null, chunk);
    },
  });

  try {
    await pipeline(stream, counter, createWriteStream(file, { flags: "wx", mode: 0o600 }));
  } catch (err) {
    await rm(file, { force: true });
    if (err instanceof TooLarge) return { ok: false, reason: "too_large", bytesRead: size };
    throw err;
  }

  try {
    if ((stream as Readable & { truncated?: boolean }).truncated === true) return refuse({ ok: false, reason: "too_large", bytesRead: size });
    if (size === 0) return refuse({ ok: false, reason: "empty", bytesRead: 0 });
    const sniffed = await sniffFile(file);
    const kind = sniffed ? classify(sniffed.mime) : null;
    if (!sniffed || !kind || !opts.allowed.includes(kind)) {
      return refuse({ ok: false, reason: "unsupported_type", bytesRead: size, detected: sniffed?.mime ?? null });
    }
    return { ok: true, path: file, mime: sniffed.mime, ext: sniffed.ext, kind, size };
  } catch (err) {
    await rm(file, { force: true });
    throw err;
  }

  async function refuse(r: UploadRefused): Promise<UploadRefused> {
    await rm(file, { force: true });
    return r;
  }
}

/**
 * Deletes temporary upload files older than `maxAgeMs` in `tmpDir` (left behind when the process
 * stopped mid-upload); returns how many. Meant for the periodic maintenance job.
 */
export async function removeStaleUploads(tmpDir: string, maxAgeMs: number, now: number = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(tmpDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw err;
  }
  let removed = 0;
  for (const name of names.filter((n) => n.endsWith(".upload"))) {
    const file = path.join(tmpDir, name);
    const st = await stat(file).catch(() => null);
    if (st?.isFile() && now - st.mtimeMs > maxAgeMs) {
      await rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
