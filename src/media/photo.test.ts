import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { after, describe, it } from "node:test";
import sharp from "sharp";
import { PhotoError, processPhoto, type ProcessedPhoto } from "./photo.ts";
import { sniffBuffer } from "./sniff.ts";
import { localDiskStorage, type MediaStorage } from "./storage.ts";
import { buildPhonePhoto, buildPngBomb } from "./test-fixtures.ts";

const root = mkdtempSync(path.join(tmpdir(), "vsp-photo-"));
after(() => rmSync(root, { recursive: true, force: true }));
const storage = localDiskStorage(path.join(root, "media"));
let n = 0;

function input(name: string, bytes: Buffer): string {
  const p = path.join(root, `${++n}-${name}`);
  writeFileSync(p, bytes);
  return p;
}

async function read(s: MediaStorage, key: string): Promise<Buffer> {
  const got = await s.get(key);
  assert.ok(got, `${key} is stored`);
  return buffer(got.stream);
}

/** The average colour of a small area, as [r, g, b]. */
async function colourAt(image: Buffer, x: number, y: number): Promise<number[]> {
  const { data } = await sharp(image).extract({ left: x, top: y, width: 4, height: 4 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const sum = [0, 0, 0];
  for (let i = 0; i < data.length; i += 3) for (let c = 0; c < 3; c++) sum[c]! += data[i + c]!;
  return sum.map((s) => Math.round(s / (data.length / 3)));
}

const isRed = ([r, g, b]: number[]) => r! > 180 && g! < 80 && b! < 80;
const isBlue = ([r, g, b]: number[]) => b! > 180 && r! < 80 && g! < 80;

describe("processing a photo", () => {
  it("checks its test photo really carries GPS EXIF, XMP and an ICC profile", async () => {
    const meta = await sharp(await buildPhonePhoto(200, 100)).metadata();
    assert.ok(meta.exif && meta.exif.includes(Buffer.from("SecretPhoneMaker")));
    assert.ok(meta.exif.includes(Buffer.from([0x25, 0x88])), "the EXIF has a GPS IFD pointer (tag 0x8825)");
    assert.ok(meta.xmp && meta.xmp.includes(Buffer.from("SecretAuthorName")));
    assert.ok(meta.icc);
  });

  it("writes every variant with no EXIF, GPS, XMP, IPTC or ICC metadata at all", async () => {
    const result = await processPhoto(input("gps.jpg", await buildPhonePhoto(2000, 1500)), { storage, prefix: "stories/gps/" });
    assert.equal(result.variants.length, 9);
    for (const v of result.variants) {
      const bytes = await read(storage, v.key);
      const meta = await sharp(bytes).metadata();
      assert.equal(meta.exif, undefined, `${v.key} has EXIF`);
      assert.equal(meta.xmp, undefined, `${v.key} has XMP`);
      assert.equal(meta.iptc, undefined, `${v.key} has IPTC`);
      assert.equal(meta.icc, undefined, `${v.key} has an ICC profile`);
      assert.equal(meta.orientation, undefined);
      for (const secret of ["SecretPhoneMaker", "SecretAuthorName", "Model-X", "2024:03:22", "Exif\0\0"]) {
        assert.equal(bytes.includes(Buffer.from(secret, "latin1")), false, `${v.key} contains ${JSON.stringify(secret)}`);
      }
    }
  });

  it("makes AVIF, WebP and JPEG at 480, 960 and 1600 pixels wide, each stored with its type", async () => {
    const result = await processPhoto(input("wide.jpg", await buildPhonePhoto(2000, 1500)), { storage, prefix: "stories/wide/" });
    assert.deepEqual(result.original, { width: 2000, height: 1500, format: "jpeg" });
    assert.deepEqual(
      result.variants.map((v) => `${v.key} ${v.width}x${v.height} ${v.contentType}`),
      [
        "stories/wide/photo-1600.avif 1600x1200 image/avif",
        "stories/wide/photo-1600.webp 1600x1200 image/webp",
        "stories/wide/photo-1600.jpg 1600x1200 image/jpeg",
        "stories/wide/photo-960.avif 960x720 image/avif",
        "stories/wide/photo-960.webp 960x720 image/webp",
        "stories/wide/photo-960.jpg 960x720 image/jpeg",
        "stories/wide/photo-480.avif 480x360 image/avif",
        "stories/wide/photo-480.webp 480x360 image/webp",
        "stories/wide/photo-480.jpg 480x360 image/jpeg",
      ],
    );
    for (const v of result.variants) {
      const stored = await storage.get(v.key);
      assert.equal(stored?.contentType, v.contentType);
      assert.equal(stored?.size, v.bytes);
      const bytes = await buffer(stored!.stream);
      assert.equal((await sniffBuffer(bytes))?.mime, v.contentType, "the content is what the type says");
    }
  });

  it("turns a photo taken sideways (EXIF orientation 6) upright and drops the orientation tag", async () => {
    // Stored 1200×800 with the red half on the left; orientation 6 means "rotate 90° clockwise to view".
    const result = await processPhoto(input("sideways.jpg", await buildPhonePhoto(1200, 800, 6)), { storage, prefix: "stories/sideways/" });
    assert.deepEqual(result.original, { width: 800, height: 1200, format: "jpeg" });
    for (const v of result.variants) {
      assert.equal(v.height, Math.round((v.width * 1200) / 800), `${v.key} is portrait`);
      const bytes = await read(storage, v.key);
      const meta = await sharp(bytes).metadata();
      assert.equal(meta.orientation, undefined);
      assert.deepEqual([meta.width, meta.height], [v.width, v.height]);
      // Rotated clockwise, the left half (red) is now on top and the right half (blue) at the bottom.
      assert.ok(isRed(await colourAt(bytes, Math.floor(v.width / 2), Math.floor(v.height * 0.2))), `${v.key}: top is red`);
      assert.ok(isBlue(await colourAt(bytes, Math.floor(v.width / 2), Math.floor(v.height * 0.8))), `${v.key}: bottom is blue`);
    }
  });

  it("never makes a variant wider than the photo", async () => {
    const result = await processPhoto(input("small.jpg", await buildPhonePhoto(700, 500)), { storage, prefix: "stories/small/" });
    assert.deepEqual([...new Set(result.variants.map((v) => v.width))], [700, 480]);
    const tiny = await processPhoto(input("tiny.jpg", await buildPhonePhoto(300, 200)), { storage, prefix: "stories/tiny/" });
    assert.deepEqual([...new Set(tiny.variants.map((v) => v.width))], [300]);
    assert.ok([...result.variants, ...tiny.variants].every((v) => v.width <= 700));
  });

  it("keeps a PNG with transparency readable in every format (white behind it in JPEG)", async () => {
    const png = await sharp({ create: { width: 600, height: 400, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const result: ProcessedPhoto = await processPhoto(input("clear.png", png), { storage, prefix: "stories/clear/" });
    const jpeg = result.variants.find((v) => v.format === "jpeg")!;
    const [r, g, b] = await colourAt(await read(storage, jpeg.key), 10, 10);
    assert.ok(r! > 240 && g! > 240 && b! > 240, "transparent becomes white in the JPEG");
  });

  it("refuses a decompression bomb quickly, without decoding it, and writes nothing", async () => {
    const bomb = await buildPngBomb(50_000, 50_000);
    assert.ok(bomb.length < 2_000_000, `a ${bomb.length}-byte file declaring 2.5 gigapixels`);
    const file = input("bomb.png", bomb);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    await assert.rejects(processPhoto(file, { storage, prefix: "stories/bomb/" }), (err: unknown) => {
      assert.ok(err instanceof PhotoError);
      assert.equal(err.code, "too_many_pixels");
      return true;
    });
    const ms = performance.now() - started;
    const grewMb = (process.memoryUsage().rss - rssBefore) / 1e6;
    assert.ok(ms < 2000, `refused in ${Math.round(ms)} ms`);
    assert.ok(grewMb < 100, `memory grew by ${grewMb.toFixed(1)} MB`);
    assert.equal(await storage.deletePrefix("stories/bomb/"), 0);
  });

  it("refuses a photo larger than the limits even when its pixel count is allowed", async () => {
    const long = await sharp({ create: { width: 13_000, height: 10, channels: 3, background: "#000" } }).png().toBuffer();
    await assert.rejects(processPhoto(input("long.png", long), { storage, prefix: "stories/long/" }), { name: "PhotoError", code: "too_large_dimensions" });
    const big = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#000" } }).png().toBuffer();
    await assert.rejects(processPhoto(input("big.png", big), { storage, prefix: "stories/big/" }, { maxInputPixels: 5_000_000 }), { code: "too_many_pixels" });
  });

  it("refuses a file that is not an image", async () => {
    await assert.rejects(processPhoto(input("fake.jpg", Buffer.from("#!/bin/sh\necho hi\n")), { storage, prefix: "stories/fake/" }), PhotoError);
  });
});
