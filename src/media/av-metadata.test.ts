import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { ffmpegAvailable, stripAvMetadata } from "./av-metadata.ts";
import { sniffFile } from "./sniff.ts";
import { buildWav } from "./test-fixtures.ts";

const root = mkdtempSync(path.join(tmpdir(), "vsp-av-"));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => {
  const d = path.join(root, `d${++n}`);
  mkdirSync(d);
  return d;
};

/** A stand-in for ffmpeg: answers `-version` like ffmpeg, then runs `body` for real work. */
function fakeFfmpeg(body: string): string {
  const script = path.join(freshDir(), "ffmpeg");
  writeFileSync(script, `#!/bin/sh\nif [ "$2" = "-version" ]; then echo "ffmpeg version 0.0-fake"; exit 0; fi\n${body}\n`);
  chmodSync(script, 0o755);
  return script;
}

const hasFfmpeg = spawnSync("ffmpeg", ["-version"], { stdio: "ignore" }).status === 0;
const needsFfmpeg = hasFfmpeg ? false : "ffmpeg is not installed on this machine (Debian: apt-get install ffmpeg)";

describe("removing audio and video metadata", () => {
  it("reports ffmpeg_missing and keeps the file as it was when ffmpeg is not installed", async () => {
    const dir = freshDir();
    const file = path.join(dir, "a.wav");
    const wav = buildWav();
    writeFileSync(file, wav);
    const missing = path.join(dir, "no-such-ffmpeg");
    assert.equal(await ffmpegAvailable(missing), false);
    assert.deepEqual(await stripAvMetadata(file, { ext: "wav", ffmpegPath: missing }), { stripped: false, reason: "ffmpeg_missing" });
    assert.deepEqual(readFileSync(file), wav);
    assert.deepEqual(readdirSync(dir), ["a.wav"]);
  });

  it("stops ffmpeg after the timeout, keeps the original and leaves no partial output", async () => {
    const dir = freshDir();
    const file = path.join(dir, "a.wav");
    writeFileSync(file, buildWav());
    // Writes half a file, then hangs.
    const slow = fakeFfmpeg('for last; do :; done\nprintf partial > "$last"\nexec sleep 30');
    const started = Date.now();
    const result = await stripAvMetadata(file, { ext: "wav", ffmpegPath: slow, timeoutMs: 300 });
    assert.deepEqual(result, { stripped: false, reason: "failed", detail: "timeout" });
    assert.ok(Date.now() - started < 5000);
    assert.deepEqual(readFileSync(file), buildWav());
    assert.deepEqual(readdirSync(dir), ["a.wav"]);
  });

  it("reports failed, with ffmpeg's last message, when ffmpeg rejects the file", async () => {
    const dir = freshDir();
    const file = path.join(dir, "a.mp3");
    writeFileSync(file, "not really audio");
    const failing = fakeFfmpeg('echo "a.mp3: Invalid data found when processing input" >&2\nexit 1');
    assert.deepEqual(await stripAvMetadata(file, { ext: "mp3", ffmpegPath: failing }), {
      stripped: false,
      reason: "failed",
      detail: "a.mp3: Invalid data found when processing input",
    });
    assert.equal(readFileSync(file, "utf8"), "not really audio");
  });

  it("refuses a format it has no output for", async () => {
    const file = path.join(freshDir(), "a.exe");
    writeFileSync(file, "MZ");
    const result = await stripAvMetadata(file, { ext: "exe", ffmpegPath: fakeFfmpeg("exit 0") });
    assert.equal(result.stripped, false);
    assert.equal(!result.stripped && result.reason, "failed");
  });

  it("removes a WAV file's title tag with the real ffmpeg", { skip: needsFfmpeg }, async () => {
    const dir = freshDir();
    const file = path.join(dir, "tagged.wav");
    execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=0.3", "-metadata", "title=SecretTitleOfRecording", "-metadata", "artist=SecretArtistName", file]);
    assert.ok(readFileSync(file).includes("SecretTitleOfRecording"), "the test file carries the tag");
    assert.equal(await ffmpegAvailable(), true);
    assert.deepEqual(await stripAvMetadata(file, { ext: "wav" }), { stripped: true });
    const after = readFileSync(file);
    assert.equal(after.includes("SecretTitleOfRecording"), false);
    assert.equal(after.includes("SecretArtistName"), false);
    assert.deepEqual(await sniffFile(file), { mime: "audio/wav", ext: "wav" }, "still a WAV file");
    assert.deepEqual(readdirSync(dir), ["tagged.wav"]);
  });

  it("removes an MP4's GPS location and an MP3's cover art with the real ffmpeg", { skip: needsFfmpeg }, async () => {
    const dir = freshDir();
    const mp4 = path.join(dir, "clip.mp4");
    execFileSync("ffmpeg", [
      "-hide_banner", "-loglevel", "error",
      "-f", "lavfi", "-i", "testsrc=size=64x48:rate=10:duration=0.5",
      "-f", "lavfi", "-i", "sine=duration=0.5",
      "-c:v", "mpeg4", "-c:a", "aac", "-metadata", "location=+59.9139+010.7522/", "-metadata", "title=SecretClip", mp4,
    ]);
    // ffmpeg writes the place as a binary 3GPP 'loci' box (what phones write as '©xyz' is the same idea).
    assert.ok(readFileSync(mp4).includes("loci"), "the test clip carries a location");
    assert.deepEqual(await stripAvMetadata(mp4, { ext: "mp4" }), { stripped: true });
    assert.equal(readFileSync(mp4).includes("loci"), false);
    assert.equal(readFileSync(mp4).includes("SecretClip"), false);
    assert.equal((await sniffFile(mp4))?.mime, "video/mp4");

    const cover = path.join(dir, "cover.jpg");
    const mp3 = path.join(dir, "song.mp3");
    execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc=size=32x32:rate=1:duration=1", "-frames:v", "1", cover]);
    execFileSync("ffmpeg", [
      "-hide_banner", "-loglevel", "error",
      "-f", "lavfi", "-i", "sine=duration=0.5", "-i", cover,
      "-map", "0", "-map", "1", "-c:a", "libmp3lame", "-c:v", "copy", "-disposition:v", "attached_pic",
      "-metadata", "title=SecretSong", mp3,
    ]);
    const jpegStart = Buffer.from([0xff, 0xd8, 0xff]);
    assert.ok(readFileSync(mp3).includes(jpegStart), "the test MP3 embeds a JPEG cover");
    assert.deepEqual(await stripAvMetadata(mp3, { ext: "mp3" }), { stripped: true });
    assert.equal(readFileSync(mp3).includes(jpegStart), false, "the cover image is gone");
    assert.equal(readFileSync(mp3).includes("SecretSong"), false);
    assert.equal((await sniffFile(mp3))?.mime, "audio/mpeg");
  });

  it("reports failed and keeps the file when the real ffmpeg cannot read it", { skip: needsFfmpeg }, async () => {
    const file = path.join(freshDir(), "broken.mp3");
    writeFileSync(file, Buffer.concat([Buffer.from("ID3\x03\x00\x00\x00\x00\x00\x00", "latin1"), Buffer.alloc(64, 0x55)]));
    const before = readFileSync(file);
    const result = await stripAvMetadata(file, { ext: "mp3" });
    assert.equal(result.stripped, false);
    assert.equal(!result.stripped && result.reason, "failed");
    assert.deepEqual(readFileSync(file), before);
  });
});
