import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { after, describe, it } from "node:test";
import sharp from "sharp";
import { countingStream, failingStream, buildWav } from "./test-fixtures.ts";
import { receiveUpload, removeStaleUploads } from "./upload.ts";

const root = mkdtempSync(path.join(tmpdir(), "vsp-upload-"));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
/** A fresh temporary folder per test, so "no file left" is checked on an empty folder. */
const freshTmp = () => path.join(root, `t${++n}`);
const MB = 1024 * 1024;

describe("receiving an upload", () => {
  it("stores a photo under a new random name, private to the portal, with its sniffed type", async () => {
    const tmpDir = freshTmp();
    const jpeg = await sharp({ create: { width: 32, height: 32, channels: 3, background: "#884422" } }).jpeg().toBuffer();
    const result = await receiveUpload(Readable.from([jpeg]), { maxBytes: MB, tmpDir, allowed: ["image"] });
    assert.ok(result.ok);
    assert.equal(result.mime, "image/jpeg");
    assert.equal(result.kind, "image");
    assert.equal(result.size, jpeg.length);
    assert.match(path.basename(result.path), /^[0-9a-f-]{36}\.upload$/);
    assert.equal(path.dirname(result.path), tmpDir);
    assert.equal(statSync(result.path).mode & 0o777, 0o600);
    assert.deepEqual(readFileSync(result.path), jpeg);
  });

  it("stops a stream past the limit without reading the rest, and leaves no temporary file", async () => {
    const tmpDir = freshTmp();
    const total = 50 * MB;
    const source = countingStream(total);
    const result = await receiveUpload(source, { maxBytes: 1 * MB, tmpDir, allowed: ["video"] });
    assert.deepEqual(result, { ok: false, reason: "too_large", bytesRead: 1 * MB + 64 * 1024 });
    // The stream yields lazily: what was pulled is the limit plus what was already buffered ahead.
    assert.ok(source.pulled() < 2 * MB, `pulled ${source.pulled()} bytes of ${total}`);
    assert.ok(source.destroyed, "the source is destroyed so nothing more is read");
    assert.deepEqual(readdirSync(tmpDir), []);
  });

  it("accepts a file of exactly the limit", async () => {
    const wav = buildWav(1000);
    const result = await receiveUpload(Readable.from([wav]), { maxBytes: wav.length, tmpDir: freshTmp(), allowed: ["audio"] });
    assert.ok(result.ok);
    assert.equal(result.size, wav.length);
  });

  it("leaves no temporary file when the stream fails midway, and passes the error on", async () => {
    const tmpDir = freshTmp();
    await assert.rejects(receiveUpload(failingStream(buildWav(5000)), { maxBytes: MB, tmpDir, allowed: ["audio"] }), /connection reset/);
    assert.deepEqual(readdirSync(tmpDir), []);
  });

  it("refuses an empty file", async () => {
    const tmpDir = freshTmp();
    const result = await receiveUpload(Readable.from([]), { maxBytes: MB, tmpDir, allowed: ["image", "audio", "video"] });
    assert.deepEqual(result, { ok: false, reason: "empty", bytesRead: 0 });
    assert.deepEqual(readdirSync(tmpDir), []);
  });

  it("refuses a real PNG named song.mp3 when only audio is allowed", async () => {
    const tmpDir = freshTmp();
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } }).png().toBuffer();
    // The name and declared type never reach receiveUpload: only the bytes do.
    const result = await receiveUpload(Readable.from([png]), { maxBytes: MB, tmpDir, allowed: ["audio"] });
    assert.deepEqual(result, { ok: false, reason: "unsupported_type", bytesRead: png.length, detected: "image/png" });
    assert.deepEqual(readdirSync(tmpDir), []);
  });

  it("refuses a shell script and an HTML page whatever they are called", async () => {
    for (const text of ["#!/bin/sh\nrm -rf ~\n", "<html><script>alert(1)</script></html>"]) {
      const tmpDir = freshTmp();
      const result = await receiveUpload(Readable.from([Buffer.from(text)]), { maxBytes: MB, tmpDir, allowed: ["image", "audio", "video"] });
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.reason, "unsupported_type");
      assert.deepEqual(readdirSync(tmpDir), []);
    }
  });

  it("treats a multipart file cut short by its own size limit as too large", async () => {
    const tmpDir = freshTmp();
    // @fastify/multipart (busboy) ends the file stream early and sets `truncated` when limits.fileSize is hit.
    const part = Object.assign(Readable.from([buildWav(100)]), { truncated: true });
    const result = await receiveUpload(part, { maxBytes: MB, tmpDir, allowed: ["audio"] });
    assert.equal(!result.ok && result.reason, "too_large");
    assert.deepEqual(readdirSync(tmpDir), []);
  });

  it("clears temporary uploads left behind by a crash, once they are old", async () => {
    const tmpDir = freshTmp();
    mkdirSync(tmpDir);
    const old = path.join(tmpDir, "0b1c2d3e-0000-4000-8000-000000000000.upload");
    const recent = path.join(tmpDir, "0b1c2d3e-0000-4000-8000-000000000001.upload");
    writeFileSync(old, "x");
    writeFileSync(recent, "y");
    writeFileSync(path.join(tmpDir, "keep.txt"), "not an upload");
    const twoDaysAgo = (Date.now() - 2 * 86_400_000) / 1000;
    utimesSync(old, twoDaysAgo, twoDaysAgo);
    assert.equal(await removeStaleUploads(tmpDir, 86_400_000), 1);
    assert.deepEqual(readdirSync(tmpDir).sort(), ["0b1c2d3e-0000-4000-8000-000000000001.upload", "keep.txt"]);
    assert.equal(await removeStaleUploads(path.join(root, "never-made"), 1), 0);
  });
});
