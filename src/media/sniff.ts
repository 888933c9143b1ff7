import { open } from "node:fs/promises";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";

/**
 * What a file really is, from its first bytes: never from its name or the type the browser declared.
 * Only the kinds below are accepted; text (including HTML and SVG), archives, office files and programs
 * are not media and are refused.
 */
export type Kind = "image" | "audio" | "video" | "document";
export type Sniffed = { mime: string; ext: string };

/** file-type needs at most this many bytes for the formats we accept (its own recommended sample). */
export const SNIFF_BYTES = 4100;

/**
 * HEIC (iPhone photos) is HEVC-coded; the libvips that ships with sharp cannot decode HEVC (patents), so
 * HEIC is accepted only where sharp was built against a libvips that reads it. AVIF always works.
 */
export const heicSupported: boolean = (sharp.format.heif?.input.fileSuffix ?? []).includes(".heic");

type Accepted = { mime: string; ext: string; kind: Kind };

// Keyed by file-type's answer as `mime|ext`, normalised to the type we serve the file with.
const ACCEPTED: ReadonlyMap<string, Accepted> = new Map<string, Accepted>([
  ["image/jpeg|jpg", { mime: "image/jpeg", ext: "jpg", kind: "image" }],
  ["image/png|png", { mime: "image/png", ext: "png", kind: "image" }],
  ["image/webp|webp", { mime: "image/webp", ext: "webp", kind: "image" }],
  ["image/avif|avif", { mime: "image/avif", ext: "avif", kind: "image" }],
  ...(heicSupported
    ? ([
        ["image/heic|heic", { mime: "image/heic", ext: "heic", kind: "image" }],
        ["image/heif|heic", { mime: "image/heif", ext: "heic", kind: "image" }],
      ] as const)
    : []),
  ["audio/mpeg|mp3", { mime: "audio/mpeg", ext: "mp3", kind: "audio" }],
  ["audio/x-m4a|m4a", { mime: "audio/mp4", ext: "m4a", kind: "audio" }],
  ["audio/mp4|m4a", { mime: "audio/mp4", ext: "m4a", kind: "audio" }],
  ["audio/aac|aac", { mime: "audio/aac", ext: "aac", kind: "audio" }],
  ["audio/ogg; codecs=opus|opus", { mime: "audio/ogg", ext: "opus", kind: "audio" }],
  ["audio/ogg|ogg", { mime: "audio/ogg", ext: "ogg", kind: "audio" }],
  ["audio/ogg|oga", { mime: "audio/ogg", ext: "oga", kind: "audio" }],
  ["audio/wav|wav", { mime: "audio/wav", ext: "wav", kind: "audio" }],
  ["audio/webm|webm", { mime: "audio/webm", ext: "webm", kind: "audio" }],
  ["video/mp4|mp4", { mime: "video/mp4", ext: "mp4", kind: "video" }],
  ["video/webm|webm", { mime: "video/webm", ext: "webm", kind: "video" }],
  ["video/quicktime|mov", { mime: "video/quicktime", ext: "mov", kind: "video" }],
  // Publications of the library (read with pdfjs on upload, never shown inline).
  ["application/pdf|pdf", { mime: "application/pdf", ext: "pdf", kind: "document" }],
]);

const KIND_BY_MIME: ReadonlyMap<string, Kind> = new Map([...ACCEPTED.values()].map((a) => [a.mime, a.kind]));

/** The kind of an accepted media type (as returned by sniffBuffer/sniffFile), or null if not accepted. */
export function classify(mime: string): Kind | null {
  return KIND_BY_MIME.get(mime) ?? null;
}

/** Every accepted media type of a kind, e.g. for an `accept` attribute. */
export function acceptedMimes(kind: Kind): string[] {
  return [...new Set([...ACCEPTED.values()].filter((a) => a.kind === kind).map((a) => a.mime))];
}

/**
 * The type of some bytes (only the first SNIFF_BYTES are looked at). Accepted media come back
 * normalised (`audio/x-m4a` → `audio/mp4`); anything else file-type knows comes back as it said
 * (`application/pdf`), so it can be logged; null when the bytes match nothing (text, HTML, SVG…).
 */
export async function sniffBuffer(buf: Uint8Array): Promise<Sniffed | null> {
  const head = buf.subarray(0, SNIFF_BYTES);
  const found = await fileTypeFromBuffer(head);
  if (!found) return null;
  const refined = refineContainer(found, head);
  const accepted = ACCEPTED.get(`${refined.mime}|${refined.ext}`);
  return accepted ? { mime: accepted.mime, ext: accepted.ext } : { mime: refined.mime, ext: refined.ext };
}

/** sniffBuffer on the first bytes of a file; the rest of the file is never read. */
export async function sniffFile(filePath: string): Promise<Sniffed | null> {
  const handle = await open(filePath, "r");
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buf, 0, SNIFF_BYTES, 0);
    return await sniffBuffer(buf.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * WebM and MP4 hold audio only or video; file-type calls them all video. When the track list is in the
 * first bytes (as it is in what browsers' recorders and phones write with "fast start") we can tell an
 * audio-only file. When it is not there, the file stays "video": the cautious answer.
 */
function refineContainer(found: Sniffed, head: Uint8Array): Sniffed {
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString("latin1");
  if (found.mime === "video/webm") {
    // Matroska CodecID element (0x86, one-byte size) holding "V_…" or "A_…".
    const video = /\x86[\x81-\xbf]V_/.test(text);
    const audio = /\x86[\x81-\xbf]A_/.test(text);
    if (audio && !video) return { mime: "audio/webm", ext: "webm" };
  }
  if (found.mime === "video/mp4" && found.ext === "mp4") {
    // ISO BMFF handler boxes: 'hdlr', version/flags, pre_defined, then the handler type.
    const handlers = [...text.matchAll(/hdlr[\s\S]{8}(vide|soun)/g)].map((m) => m[1]);
    if (handlers.includes("soun") && !handlers.includes("vide")) return { mime: "audio/mp4", ext: "m4a" };
  }
  return found;
}
