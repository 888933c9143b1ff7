import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rename, rm, stat } from "node:fs/promises";
import path from "node:path";

/**
 * Audio and video are stored as uploaded (no re-encoding), but their container metadata (title, artist,
 * device, creation time, GPS location in MP4/MOV, chapters) is removed when ffmpeg is available. Only
 * the main video and audio streams are kept: cover art (an image that can carry its own EXIF), data
 * tracks (GoPro/drone GPS telemetry), subtitles and timecode tracks are dropped. Elementary streams are
 * copied bit for bit, so whatever an encoder wrote inside them stays.
 *
 * Without ffmpeg the file is kept as it is and the result says so, for the moderator to be told.
 */
export type StripResult = { stripped: true } | { stripped: false; reason: "ffmpeg_missing" | "failed"; detail?: string };

export type StripOptions = {
  /** The sniffed extension of the file (see sniff.ts); it chooses the output format. */
  ext: string;
  /** The ffmpeg command or full path; default "ffmpeg" (config: FFMPEG_PATH). */
  ffmpegPath?: string;
  /** Stop ffmpeg after this long; default 5 minutes (config: FFMPEG_TIMEOUT_SECONDS). */
  timeoutMs?: number;
};

// Our extension → ffmpeg muxer. Stream copy keeps the codec, so the container stays the same kind.
const MUXERS: Record<string, string> = {
  mp3: "mp3",
  m4a: "ipod",
  aac: "adts",
  ogg: "ogg",
  oga: "ogg",
  opus: "opus",
  wav: "wav",
  webm: "webm",
  mp4: "mp4",
  mov: "mov",
};
const FASTSTART = new Set(["mp4", "ipod", "mov"]);

const available = new Map<string, Promise<boolean>>();

/** Whether `ffmpegPath -version` runs (checked once per command, then cached). */
export function ffmpegAvailable(ffmpegPath = "ffmpeg"): Promise<boolean> {
  let known = available.get(ffmpegPath);
  if (!known) {
    known = run(ffmpegPath, ["-hide_banner", "-version"], 10_000).then((r) => r.code === 0 && /ffmpeg version/i.test(r.stdout));
    available.set(ffmpegPath, known);
  }
  return known;
}

/**
 * Removes container metadata from the audio or video file at `filePath`, in place: ffmpeg writes a new
 * file beside it (`-map_metadata -1 -map_chapters -1 -c copy`) which then replaces the original by an
 * atomic rename. On any failure the original is left untouched and the result says why.
 */
export async function stripAvMetadata(filePath: string, opts: StripOptions): Promise<StripResult> {
  const ffmpeg = opts.ffmpegPath ?? "ffmpeg";
  const muxer = MUXERS[opts.ext];
  if (!muxer) return { stripped: false, reason: "failed", detail: `no output format for .${opts.ext}` };
  if (!(await ffmpegAvailable(ffmpeg))) return { stripped: false, reason: "ffmpeg_missing" };

  const out = path.join(path.dirname(filePath), `.${randomUUID()}.strip.${opts.ext}`);
  const args = [
    "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
    "-i", filePath,
    // Real video (capital V: not cover art or thumbnails) and audio only.
    "-map", "0:V?", "-map", "0:a?",
    "-map_metadata", "-1", "-map_chapters", "-1",
    "-c", "copy",
    // No "encoder" tags naming the ffmpeg build.
    "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
    ...(FASTSTART.has(muxer) ? ["-movflags", "+faststart"] : []),
    "-f", muxer,
    out,
  ];
  try {
    const r = await run(ffmpeg, args, opts.timeoutMs ?? 300_000);
    if (r.timedOut) return { stripped: false, reason: "failed", detail: "timeout" };
    if (r.code !== 0) return { stripped: false, reason: "failed", detail: lastLine(r.stderr) || `exit code ${r.code ?? r.signal}` };
    if ((await stat(out)).size === 0) return { stripped: false, reason: "failed", detail: "empty output" };
    await rename(out, filePath);
    return { stripped: true };
  } catch (err) {
    return { stripped: false, reason: "failed", detail: err instanceof Error ? err.message : String(err) };
  } finally {
    await rm(out, { force: true });
  }
}

type RunResult = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; timedOut: boolean };

/** Runs a command without a shell; output is capped so a chatty process cannot fill memory. */
function run(command: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (d: Buffer) => {
      if (stdout.length < 16_384) stdout += d.toString("utf8");
    });
    child.stderr.on("data", (d: Buffer) => {
      if (stderr.length < 16_384) stderr += d.toString("utf8");
    });
    child.on("error", (err) => {
      clearTimeout(timer);
      // ENOENT (not installed) and EACCES both mean: no usable ffmpeg.
      resolve({ code: null, signal: null, stdout, stderr: err.message, timedOut });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

function lastLine(text: string): string {
  return text.trim().split("\n").at(-1)?.slice(0, 300) ?? "";
}
