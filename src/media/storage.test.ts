import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { after, describe, it } from "node:test";
import { S3Client } from "@aws-sdk/client-s3";
import { loadConfig } from "../config.ts";
import { assertValidKey, localDiskStorage, openStorage, s3Storage, StorageKeyError, uploadTmpDir } from "./storage.ts";
import { failingStream } from "./test-fixtures.ts";

const root = mkdtempSync(path.join(tmpdir(), "vsp-storage-"));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => path.join(root, `s${++n}`);

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe("local disk storage", () => {
  it("puts, gets, checks and deletes an object streamed in", async () => {
    const storage = localDiskStorage(freshDir());
    const key = "stories/3f0c6a1e-0000-4000-8000-000000000001/photo-480.webp";
    await storage.put(key, Readable.from([Buffer.from("first "), Buffer.from("second")]), { contentType: "image/webp" });
    assert.equal(await storage.exists(key), true);
    const got = await storage.get(key);
    assert.ok(got);
    assert.equal(got.size, 12);
    assert.equal(got.contentType, "image/webp");
    assert.equal(await text(got.stream), "first second");
    await storage.delete(key);
    assert.equal(await storage.exists(key), false);
    assert.equal(await storage.get(key), null);
    await storage.delete(key); // deleting what is gone is not an error
  });

  it("moves a temporary file into storage, readable only by the portal", async () => {
    const dir = freshDir();
    const storage = localDiskStorage(dir);
    const tmp = path.join(storage.tmpDir, "incoming.upload");
    await storage.put("warmup/x.txt", Readable.from(["x"]), { contentType: "text/plain; charset=utf-8" });
    writeFileSync(tmp, "RIFF....WAVE");
    await storage.put("stories/abc/audio.wav", tmp, { contentType: "audio/wav" });
    assert.equal(existsSync(tmp), false, "the source file was moved, not copied");
    const got = await storage.get("stories/abc/audio.wav");
    assert.equal(got && (await text(got.stream)), "RIFF....WAVE");
    assert.equal(statSync(path.join(dir, "stories/abc/audio.wav")).mode & 0o777, 0o600);
    assert.equal(statSync(path.join(dir, "stories/abc")).mode & 0o777, 0o700);
    const txt = await storage.get("warmup/x.txt");
    assert.equal(txt?.contentType, "text/plain; charset=utf-8");
    txt?.stream.destroy();
  });

  it("deletes everything under a prefix and counts the objects, leaving other prefixes alone", async () => {
    const storage = localDiskStorage(freshDir());
    for (const key of ["stories/a/photo-480.avif", "stories/a/photo-480.webp", "stories/a/sub/audio.mp3", "stories/ab/photo-480.avif"]) {
      await storage.put(key, Readable.from(["data"]), { contentType: "application/octet-stream" });
    }
    assert.equal(await storage.deletePrefix("stories/a/"), 3);
    assert.equal(await storage.exists("stories/a/photo-480.avif"), false);
    assert.equal(await storage.exists("stories/a/sub/audio.mp3"), false);
    assert.equal(await storage.exists("stories/ab/photo-480.avif"), true, "a sibling whose name starts the same stays");
    assert.equal(await storage.deletePrefix("stories/a/"), 0);
    assert.equal(await storage.deletePrefix("nothing/here/"), 0);
  });

  it("never shows a partial file under the key when the source stream fails", async () => {
    const dir = freshDir();
    const storage = localDiskStorage(dir);
    const key = "stories/b/video.mp4";
    await assert.rejects(storage.put(key, failingStream(Buffer.alloc(200_000, 1)), { contentType: "video/mp4" }), /connection reset/);
    assert.equal(await storage.exists(key), false);
    assert.equal(await storage.get(key), null);
    assert.deepEqual(filesUnder(dir), [], "no partial file, sidecar or temporary file is left");
  });

  it("keeps the previous object whole when replacing it fails midway", async () => {
    const storage = localDiskStorage(freshDir());
    const key = "episodes/e1/captions-ar.vtt";
    await storage.put(key, Readable.from(["WEBVTT\n"]), { contentType: "text/vtt; charset=utf-8" });
    await assert.rejects(storage.put(key, failingStream(Buffer.from("WEBVTT\n\nbroken")), { contentType: "text/vtt; charset=utf-8" }));
    const got = await storage.get(key);
    assert.equal(got && (await text(got.stream)), "WEBVTT\n");
  });

  it("refuses keys that could leave the store or are ambiguous", async () => {
    const dir = freshDir();
    const storage = localDiskStorage(dir);
    const bad = ["../x", "/etc/passwd", "a//b", "a/../../x", "a/./b", "", "a/", "Stories/x.jpg", "a b.jpg", "a\\b", ".hidden", "a/.tmp/x", "x.meta.json", "é.jpg", "a\0b"];
    for (const key of bad) {
      await assert.rejects(storage.put(key, Readable.from(["x"]), { contentType: "image/jpeg" }), StorageKeyError, JSON.stringify(key));
      await assert.rejects(storage.get(key), StorageKeyError);
      await assert.rejects(storage.exists(key), StorageKeyError);
      await assert.rejects(storage.delete(key), StorageKeyError);
    }
    for (const prefix of ["", "/", "stories", "../", "/etc/", "a//"]) {
      await assert.rejects(storage.deletePrefix(prefix), StorageKeyError, JSON.stringify(prefix));
    }
    assert.deepEqual(filesUnder(dir), []);
    assert.doesNotThrow(() => assertValidKey("stories/5b0e8f44-1c1a-4a3e-9b1d-2f6f0b7f1c2a/photo-1600.jpg"));
  });

  it("refuses a content type that could break a response header", async () => {
    const storage = localDiskStorage(freshDir());
    await assert.rejects(storage.put("a/b.jpg", Readable.from(["x"]), { contentType: "image/jpeg\r\nSet-Cookie: x=1" }), /content type/);
  });
});

type Seen = { method: string; url: string; path: string; query: URLSearchParams; headers: Record<string, string>; body: string };

type Reply = { status: number; headers?: Record<string, string>; body?: string };

/** An S3 client whose transport answers from `respond` and records each request as signed and sent. */
function fakeS3(respond: (req: Seen) => Reply) {
  const seen: Seen[] = [];
  const client = new S3Client({
    endpoint: "http://s3.test:9000",
    region: "eu-west-1",
    forcePathStyle: true,
    credentials: { accessKeyId: "AKIATEST", secretAccessKey: "secret" },
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    requestHandler: {
      async handle(request: { method: string; protocol: string; hostname: string; port?: number; path: string; query?: Record<string, unknown>; headers: Record<string, string>; body?: unknown }) {
        const body = request.body instanceof Readable ? await text(request.body) : request.body === undefined ? "" : String(request.body);
        const query = new URLSearchParams(Object.entries(request.query ?? {}).map(([k, v]) => [k, v === null ? "" : String(v)]));
        const url = `${request.protocol}//${request.hostname}:${request.port}${request.path}${query.size ? `?${query}` : ""}`;
        const req: Seen = { method: request.method, url, path: request.path, query, headers: request.headers, body };
        seen.push(req);
        const r = respond(req);
        return { response: { statusCode: r.status, headers: { ...(r.headers ?? {}) }, body: Readable.from([Buffer.from(r.body ?? "")]) } };
      },
    } as never,
  });
  return { client, seen };
}

const s3Settings = { endpoint: "http://s3.test:9000", bucket: "portal-media", region: "eu-west-1", accessKeyId: "AKIATEST", secretAccessKey: "secret", forcePathStyle: true };

describe("S3 storage (against a fake transport)", () => {
  it("uploads a temporary file with a signed PUT carrying its length and type, then removes the file", async () => {
    const { client, seen } = fakeS3(() => ({ status: 200 }));
    const storage = await s3Storage({ ...s3Settings, client });
    const tmp = path.join(root, "upload-for-s3");
    writeFileSync(tmp, "0123456789");
    await storage.put("stories/abc/audio.wav", tmp, { contentType: "audio/wav" });
    assert.equal(seen.length, 1);
    const put = seen[0]!;
    assert.equal(put.method, "PUT");
    assert.match(put.url, /^http:\/\/s3\.test:9000\/portal-media\/stories\/abc\/audio\.wav(\?|$)/);
    assert.equal(put.headers["content-type"], "audio/wav");
    assert.equal(put.headers["content-length"], "10");
    assert.match(put.headers["authorization"] ?? "", /^AWS4-HMAC-SHA256 Credential=AKIATEST\/\d{8}\/eu-west-1\/s3\/aws4_request/);
    assert.equal(put.body, "0123456789");
    assert.equal(existsSync(tmp), false);
  });

  it("spools a stream to learn its length before uploading it, and cleans the spool", async () => {
    const { client, seen } = fakeS3(() => ({ status: 200 }));
    const spoolDir = freshDir();
    const storage = await s3Storage({ ...s3Settings, client, spoolDir });
    await storage.put("stories/abc/photo-480.webp", Readable.from([Buffer.alloc(3000, 7)]), { contentType: "image/webp" });
    assert.equal(seen[0]?.headers["content-length"], "3000");
    assert.equal(seen[0]?.body.length, 3000);
    assert.deepEqual(readdirSync(spoolDir), []);
  });

  it("gets an object's bytes, size and type, and null for a missing key", async () => {
    const { client, seen } = fakeS3((req): Reply =>
      req.path.endsWith("/present.vtt")
        ? { status: 200, headers: { "content-type": "text/vtt; charset=utf-8", "content-length": "7" }, body: "WEBVTT\n" }
        : { status: 404, headers: { "content-type": "application/xml" }, body: "<Error><Code>NoSuchKey</Code><Message>none</Message></Error>" },
    );
    const storage = await s3Storage({ ...s3Settings, client });
    const got = await storage.get("episodes/e1/present.vtt");
    assert.ok(got);
    assert.equal(got.size, 7);
    assert.equal(got.contentType, "text/vtt; charset=utf-8");
    assert.equal(await text(got.stream), "WEBVTT\n");
    assert.equal(await storage.get("episodes/e1/missing.vtt"), null);
    assert.deepEqual(seen.map((s) => `${s.method} ${s.path}`), ["GET /portal-media/episodes/e1/present.vtt", "GET /portal-media/episodes/e1/missing.vtt"]);
  });

  it("answers exists with a HEAD request", async () => {
    const { client, seen } = fakeS3((req) => ({ status: req.path.endsWith("/yes.jpg") ? 200 : 404 }));
    const storage = await s3Storage({ ...s3Settings, client });
    assert.equal(await storage.exists("a/yes.jpg"), true);
    assert.equal(await storage.exists("a/no.jpg"), false);
    assert.deepEqual(seen.map((s) => s.method), ["HEAD", "HEAD"]);
  });

  it("deletes a prefix page by page with ListObjectsV2 and DeleteObjects, and counts the objects", async () => {
    const pages = [
      { keys: ["stories/a/photo-480.avif", "stories/a/photo-480.webp"], next: "token-2" },
      { keys: ["stories/a/audio.mp3"], next: undefined },
    ];
    let page = 0;
    const { client, seen } = fakeS3((req) => {
      if (req.method === "GET") {
        const p = pages[page++]!;
        const contents = p.keys.map((k) => `<Contents><Key>${k}</Key><Size>1</Size></Contents>`).join("");
        return {
          status: 200,
          headers: { "content-type": "application/xml" },
          body: `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>portal-media</Name><Prefix>stories/a/</Prefix><KeyCount>${p.keys.length}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>${p.next ? "true" : "false"}</IsTruncated>${p.next ? `<NextContinuationToken>${p.next}</NextContinuationToken>` : ""}${contents}</ListBucketResult>`,
        };
      }
      return { status: 200, headers: { "content-type": "application/xml" }, body: `<?xml version="1.0" encoding="UTF-8"?><DeleteResult></DeleteResult>` };
    });
    const storage = await s3Storage({ ...s3Settings, client });
    assert.equal(await storage.deletePrefix("stories/a/"), 3);
    assert.deepEqual(seen.map((s) => s.method), ["GET", "POST", "GET", "POST"]);
    assert.equal(seen[0]!.path, "/portal-media/");
    assert.equal(seen[0]!.query.get("list-type"), "2");
    assert.equal(seen[0]!.query.get("prefix"), "stories/a/");
    assert.equal(seen[0]!.query.has("continuation-token"), false);
    assert.equal(seen[2]!.query.get("continuation-token"), "token-2");
    assert.equal(seen[1]!.path, "/portal-media/");
    assert.ok(seen[1]!.query.has("delete"));
    assert.match(seen[1]!.body, /<Key>stories\/a\/photo-480\.avif<\/Key>.*<Key>stories\/a\/photo-480\.webp<\/Key>/s);
    assert.match(seen[1]!.body, /<Quiet>true<\/Quiet>/);
    assert.match(seen[3]!.body, /<Key>stories\/a\/audio\.mp3<\/Key>/);
  });

  it("fails loudly when S3 could not delete some objects", async () => {
    const { client } = fakeS3((req) =>
      req.method === "GET"
        ? { status: 200, headers: { "content-type": "application/xml" }, body: "<ListBucketResult><IsTruncated>false</IsTruncated><Contents><Key>stories/a/x.jpg</Key></Contents></ListBucketResult>" }
        : { status: 200, headers: { "content-type": "application/xml" }, body: "<DeleteResult><Error><Key>stories/a/x.jpg</Key><Code>AccessDenied</Code><Message>no</Message></Error></DeleteResult>" },
    );
    const storage = await s3Storage({ ...s3Settings, client });
    await assert.rejects(storage.deletePrefix("stories/a/"), /could not delete 1 object.*AccessDenied/);
  });

  it("checks keys before sending anything", async () => {
    const { client, seen } = fakeS3(() => ({ status: 200 }));
    const storage = await s3Storage({ ...s3Settings, client });
    await assert.rejects(storage.get("../other-bucket/x"), StorageKeyError);
    await assert.rejects(storage.deletePrefix(""), StorageKeyError);
    assert.equal(seen.length, 0);
  });
});

describe("choosing the storage from the configuration", () => {
  it("uses the local disk under DATA_DIR/media by default", async () => {
    const dataDir = freshDir();
    const config = loadConfig({ DATA_DIR: dataDir }, { readDotEnv: false });
    assert.equal(config.mediaDir, path.join(dataDir, "media"));
    assert.equal(config.s3, undefined);
    const storage = await openStorage(config);
    await storage.put("x/y.txt", Readable.from(["hi"]), { contentType: "text/plain" });
    assert.ok(existsSync(path.join(dataDir, "media", "x", "y.txt")));
    // Uploads land inside the media root (a hidden folder no key can name), so storing them is a rename.
    assert.equal(uploadTmpDir(config), path.join(dataDir, "media", ".tmp", "uploads"));
  });

  it("uses S3 when all five S3 settings are given, and refuses a partial S3 configuration", async () => {
    const env = { S3_ENDPOINT: "http://127.0.0.1:9", S3_BUCKET: "portal-media", S3_REGION: "eu-west-1", S3_ACCESS_KEY_ID: "a", S3_SECRET_ACCESS_KEY: "b" };
    const config = loadConfig(env, { readDotEnv: false });
    assert.deepEqual(config.s3, { endpoint: "http://127.0.0.1:9", bucket: "portal-media", region: "eu-west-1", accessKeyId: "a", secretAccessKey: "b", forcePathStyle: true });
    const storage = await openStorage(config);
    assert.equal("rootDir" in storage, false);
    assert.throws(() => loadConfig({ S3_BUCKET: "portal-media" }, { readDotEnv: false }), (err: Error) => {
      assert.match(err.message, /S3_ENDPOINT: required when S3_BUCKET is set/);
      assert.match(err.message, /S3_SECRET_ACCESS_KEY: required/);
      return true;
    });
  });
});
