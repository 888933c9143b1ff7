import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { chmod, lstat, mkdir, open, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { S3Client } from "@aws-sdk/client-s3";
import type { Config, S3Config } from "../config.ts";

/**
 * One storage interface for media files, with the local disk and S3-compatible object storage behind it.
 *
 * Keys look like `stories/<uuid>/photo-960.webp`: lower-case ASCII letters, digits, `_`, `.`, `-`, and `/`
 * between non-empty segments; no segment starts with a dot (so no `.`, `..` or hidden files), no leading
 * or trailing slash. Keys are made by the portal from generated ids, never from a file's original name.
 *
 * A `source` given as a string is the path of a temporary file that is MOVED into storage (renamed when
 * it is on the same file system, else streamed and then removed). A Readable is streamed, never buffered.
 */
export interface MediaStorage {
  put(key: string, source: Readable | string, opts: { contentType: string }): Promise<void>;
  /**
   * The object, or null. With `range` (inclusive byte offsets; no `end`: to the end) the stream covers
   * only that part, and `size` stays the whole object's: the caller checks the range against it.
   */
  get(key: string, range?: ByteRange): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
  /** Deletes every object whose key starts with `prefix` (which must end with "/"); returns how many. */
  deletePrefix(prefix: string): Promise<number>;
  exists(key: string): Promise<boolean>;
  /** Every stored key (backups walk it); order unspecified. */
  list(): AsyncIterable<string>;
}

export type StoredObject = { stream: Readable; size: number; contentType: string };
export type ByteRange = { start: number; end?: number };

export class StorageKeyError extends Error {
  override name = "StorageKeyError";
}

const SEGMENT = "[a-z0-9_-][a-z0-9_.-]*";
const KEY_RE = new RegExp(`^${SEGMENT}(?:/${SEGMENT})*$`);
const PREFIX_RE = new RegExp(`^(?:${SEGMENT}/)+$`);
const META_SUFFIX = ".meta.json";
const MAX_KEY_LENGTH = 512;
// type/subtype with optional parameters; no control characters, so it is safe in a header.
const CONTENT_TYPE_RE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(?:;\s*[a-z0-9_-]+=[a-z0-9_."-]+)*$/i;

/** Throws StorageKeyError unless `key` is a well-formed storage key. */
export function assertValidKey(key: string): void {
  if (typeof key !== "string" || key.length > MAX_KEY_LENGTH || !KEY_RE.test(key)) {
    throw new StorageKeyError(`invalid storage key: ${JSON.stringify(String(key).slice(0, 80))}`);
  }
  // The local store keeps each object's content type in a sidecar named after it.
  if (key.endsWith(META_SUFFIX)) throw new StorageKeyError(`storage keys may not end with ${META_SUFFIX}`);
}

/** Throws StorageKeyError unless `prefix` is one or more key segments followed by "/". */
export function assertValidPrefix(prefix: string): void {
  if (typeof prefix !== "string" || prefix.length > MAX_KEY_LENGTH || !PREFIX_RE.test(prefix)) {
    throw new StorageKeyError(`invalid storage prefix (one or more segments ending with "/"): ${JSON.stringify(String(prefix).slice(0, 80))}`);
  }
}

function assertContentType(contentType: string): void {
  if (!CONTENT_TYPE_RE.test(contentType) || contentType.length > 200) throw new Error(`invalid content type: ${JSON.stringify(contentType)}`);
}

function isErrno(err: unknown, ...codes: string[]): boolean {
  return typeof err === "object" && err !== null && codes.includes((err as NodeJS.ErrnoException).code ?? "");
}

/**
 * Media on the local disk under `rootDir`. Each object is a file at `<rootDir>/<key>`, with its content
 * type in a sidecar `<key>.meta.json` (which is why keys may not end with that). Writes go to
 * `<rootDir>/.tmp/` first and are renamed into place, so a key shows either nothing or a whole file.
 * Files are created 0600 and folders 0700: only the portal's own user reads them.
 */
export function localDiskStorage(rootDir: string): MediaStorage & { rootDir: string; tmpDir: string } {
  const root = path.resolve(rootDir);
  const tmpDir = path.join(root, ".tmp");
  let tmpReady: Promise<unknown> | undefined;

  const fileFor = (key: string) => {
    assertValidKey(key);
    const file = path.join(root, ...key.split("/"));
    // Belt and braces: the pattern already rules out anything that could leave the root.
    if (!file.startsWith(root + path.sep)) throw new StorageKeyError("storage key escapes the root");
    return file;
  };
  const ensureTmp = () => (tmpReady ??= mkdir(tmpDir, { recursive: true, mode: 0o700 }).catch((e: unknown) => {
    tmpReady = undefined;
    throw e;
  }));

  async function streamToTmp(source: Readable): Promise<string> {
    await ensureTmp();
    const tmp = path.join(tmpDir, randomUUID());
    try {
      await pipeline(source, createWriteStream(tmp, { flags: "wx", mode: 0o600 }));
      return tmp;
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  async function exists(key: string): Promise<boolean> {
    try {
      return (await stat(fileFor(key))).isFile();
    } catch (err) {
      if (isErrno(err, "ENOENT", "ENOTDIR")) return false;
      throw err;
    }
  }

  return {
    rootDir: root,
    tmpDir,

    async put(key, source, { contentType }) {
      const file = fileFor(key);
      assertContentType(contentType);
      if (typeof source === "string") {
        const st = await lstat(source);
        if (!st.isFile()) throw new Error("put: the source path is not a regular file");
      }
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await ensureTmp();

      // 1. The bytes, complete, in a temporary file (or still at the caller's path).
      let staged = typeof source === "string" ? source : await streamToTmp(source);
      const hadObject = await exists(key);
      const metaTmp = path.join(tmpDir, `${randomUUID()}.meta`);
      try {
        // 2. The sidecar, then 3. the file, each by an atomic rename.
        await writeFile(metaTmp, JSON.stringify({ contentType }), { flag: "wx", mode: 0o600 });
        await rename(metaTmp, file + META_SUFFIX);
        try {
          // A caller's file keeps its own mode when renamed: make it private like every stored file.
          if (typeof source === "string") await chmod(staged, 0o600);
          await rename(staged, file);
        } catch (err) {
          if (!isErrno(err, "EXDEV")) throw err;
          // The caller's temporary file is on another file system: copy it in, then remove it.
          const copied = await streamToTmp(createReadStream(staged));
          await rename(copied, file);
          await rm(staged, { force: true });
        }
        staged = "";
      } catch (err) {
        await rm(metaTmp, { force: true });
        if (!hadObject) await rm(file + META_SUFFIX, { force: true });
        // A stream we staged ourselves is ours to clean up; a caller's file is left where it was.
        if (staged && typeof source !== "string") await rm(staged, { force: true });
        throw err;
      }
    },

    async get(key, range) {
      const file = fileFor(key);
      let handle;
      try {
        handle = await open(file, "r");
      } catch (err) {
        if (isErrno(err, "ENOENT", "ENOTDIR", "EISDIR")) return null;
        throw err;
      }
      try {
        // Size from the open handle, so a concurrent replace cannot mix two files' answers.
        const st = await handle.stat();
        if (!st.isFile()) {
          await handle.close();
          return null;
        }
        let contentType = "application/octet-stream";
        try {
          const meta: unknown = JSON.parse(await readFile(file + META_SUFFIX, "utf8"));
          const ct = (meta as { contentType?: unknown } | null)?.contentType;
          if (typeof ct === "string" && CONTENT_TYPE_RE.test(ct)) contentType = ct;
        } catch {
          /* no or unreadable sidecar: served as bytes */
        }
        return { stream: handle.createReadStream(range ? { start: range.start, end: range.end } : {}), size: st.size, contentType };
      } catch (err) {
        await handle.close();
        throw err;
      }
    },

    async delete(key) {
      const file = fileFor(key);
      await rm(file, { force: true });
      await rm(file + META_SUFFIX, { force: true });
    },

    async deletePrefix(prefix) {
      assertValidPrefix(prefix);
      const dir = path.join(root, ...prefix.slice(0, -1).split("/"));
      let count = 0;
      try {
        const entries = await readdir(dir, { recursive: true, withFileTypes: true });
        count = entries.filter((e) => e.isFile() && !e.name.endsWith(META_SUFFIX)).length;
      } catch (err) {
        if (isErrno(err, "ENOENT", "ENOTDIR")) return 0;
        throw err;
      }
      await rm(dir, { recursive: true, force: true });
      return count;
    },

    exists,

    async *list() {
      let entries;
      try {
        entries = await readdir(root, { recursive: true, withFileTypes: true });
      } catch (err) {
        if (isErrno(err, "ENOENT", "ENOTDIR")) return;
        throw err;
      }
      for (const e of entries) {
        if (!e.isFile() || e.name.endsWith(META_SUFFIX)) continue;
        const key = path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/");
        // Uploads in progress (.tmp) and anything not made by put() are not media.
        if (KEY_RE.test(key) && !key.startsWith(".tmp/")) yield key;
      }
    },
  };
}

export type S3StorageOptions = S3Config & {
  /** A ready client (tests pass one with a fake request handler); built from the settings otherwise. */
  client?: S3Client;
  /** Where a stream of unknown length is spooled before upload (S3 needs the length first). */
  spoolDir?: string;
};

/**
 * Media in an S3-compatible bucket. The SDK is loaded only when this is called, so a portal on the
 * local disk never pays for it. A stream source is spooled to a private temporary file first, because
 * a single PUT needs its length; every upload source we have is a temporary file anyway.
 */
export async function s3Storage(opts: S3StorageOptions): Promise<MediaStorage> {
  const sdk = await import("@aws-sdk/client-s3");
  const client =
    opts.client ??
    new sdk.S3Client({
      endpoint: opts.endpoint,
      region: opts.region,
      forcePathStyle: opts.forcePathStyle,
      credentials: { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey },
      // Many S3-compatible servers reject the SDK's default streaming checksums (aws-chunked with
      // trailers): send checksums only where the API demands them.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  const Bucket = opts.bucket;
  const spoolDir = opts.spoolDir ?? tmpdir();
  const notFound = (err: unknown) => {
    const e = err as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
    return e?.name === "NoSuchKey" || e?.name === "NotFound" || e?.$metadata?.httpStatusCode === 404;
  };

  return {
    async put(key, source, { contentType }) {
      assertValidKey(key);
      assertContentType(contentType);
      let file = typeof source === "string" ? source : "";
      let spooled = "";
      if (typeof source !== "string") {
        await mkdir(spoolDir, { recursive: true, mode: 0o700 });
        spooled = file = path.join(spoolDir, `vsp-s3-${randomUUID()}`);
        try {
          await pipeline(source, createWriteStream(file, { flags: "wx", mode: 0o600 }));
        } catch (err) {
          await rm(file, { force: true });
          throw err;
        }
      }
      try {
        const st = await lstat(file);
        if (!st.isFile()) throw new Error("put: the source path is not a regular file");
        const body = createReadStream(file);
        try {
          await client.send(new sdk.PutObjectCommand({ Bucket, Key: key, Body: body, ContentLength: st.size, ContentType: contentType }));
        } finally {
          body.destroy();
        }
        // Moved into storage: the temporary file goes (the caller's, or our spool).
        await rm(file, { force: true });
      } finally {
        if (spooled) await rm(spooled, { force: true });
      }
    },

    async get(key, range) {
      assertValidKey(key);
      try {
        const out = await client.send(new sdk.GetObjectCommand({ Bucket, Key: key, ...(range ? { Range: `bytes=${range.start}-${range.end ?? ""}` } : {}) }));
        if (!out.Body) return null;
        const total = range ? Number(/\/(\d+)$/.exec(out.ContentRange ?? "")?.[1] ?? NaN) : NaN;
        return {
          stream: out.Body as Readable,
          size: Number.isFinite(total) ? total : (out.ContentLength ?? 0),
          contentType: out.ContentType && CONTENT_TYPE_RE.test(out.ContentType) ? out.ContentType : "application/octet-stream",
        };
      } catch (err) {
        if (notFound(err)) return null;
        throw err;
      }
    },

    async delete(key) {
      assertValidKey(key);
      await client.send(new sdk.DeleteObjectCommand({ Bucket, Key: key }));
    },

    async deletePrefix(prefix) {
      assertValidPrefix(prefix);
      let count = 0;
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new sdk.ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken, MaxKeys: 1000 }));
        const keys = (page.Contents ?? []).flatMap((o) => (o.Key ? [{ Key: o.Key }] : []));
        if (keys.length > 0) {
          const res = await client.send(new sdk.DeleteObjectsCommand({ Bucket, Delete: { Objects: keys, Quiet: true } }));
          if (res.Errors && res.Errors.length > 0) {
            const first = res.Errors[0];
            throw new Error(`S3 could not delete ${res.Errors.length} object(s) under ${prefix}: ${first?.Code ?? ""} ${first?.Key ?? ""}`);
          }
          count += keys.length;
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return count;
    },

    async *list() {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new sdk.ListObjectsV2Command({ Bucket, ContinuationToken, MaxKeys: 1000 }));
        for (const o of page.Contents ?? []) if (o.Key && KEY_RE.test(o.Key)) yield o.Key;
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },

    async exists(key) {
      assertValidKey(key);
      try {
        await client.send(new sdk.HeadObjectCommand({ Bucket, Key: key }));
        return true;
      } catch (err) {
        if (notFound(err)) return false;
        throw err;
      }
    },
  };
}

/**
 * Where uploads are received (receiveUpload's tmpDir): inside the media root, so that moving a finished
 * upload into the local store is a rename on the same file system, not a copy.
 */
export function uploadTmpDir(config: Pick<Config, "mediaDir">): string {
  return path.join(config.mediaDir, ".tmp", "uploads");
}

/** The media store the configuration asks for: S3 when `S3_*` is set, else the local disk. */
export async function openStorage(config: Pick<Config, "mediaDir" | "s3">): Promise<MediaStorage> {
  return config.s3 ? s3Storage(config.s3) : localDiskStorage(config.mediaDir);
}
