import { createRequire } from "node:module";
import webvtt, { type ParsedNode } from "webvtt-parser";

// CommonJS without statically detectable exports: take the class from the default export.
const { WebVTTParser } = webvtt;
// The parser's built-in entity list has no trailing ";" and turns "&amp;" into "&;": give it the full
// HTML list that it ships, as its README advises.
let entities: Record<string, string> | undefined;
const htmlEntities = () => (entities ??= createRequire(import.meta.url)("webvtt-parser/html-entities.json") as Record<string, string>);

/**
 * Caption files (WebVTT) uploaded by staff are checked with the W3C's validator parser (webvtt.js, the
 * parser behind the W3C's online WebVTT validator). Strict: any error it reports refuses the file, and
 * so does a file without cues. Errors carry 1-based line numbers in the file as uploaded.
 */
export type Cue = { start: number; end: number; text: string; voice?: string; id?: string };
export type VttError = { line: number; column?: number; message: string };
export type VttResult =
  | { ok: true; cues: Cue[] }
  | { ok: false; reason: "too_large" | "not_utf8" | "invalid"; errors: VttError[]; errorCount: number };

export type VttOptions = {
  /** Largest accepted file in bytes (UTF-8); default 1 MiB (config: MEDIA_MAX_CAPTION_BYTES). */
  maxBytes?: number;
  /** How many errors to return (the count of all is in errorCount); default 10. */
  maxErrors?: number;
};

// Messages that webvtt.js reports while parsing a cue's text. It reports them on the line *after* the
// cue text with a column into the whole text, so they are moved back to the line they are on.
const CUE_TEXT_MESSAGES = new Set([
  "Incorrect escape.",
  "Only <v> and <lang> can have an annotation.",
  "Incorrect start tag.",
  "<v> cannot be nested inside itself.",
  "<v> requires an annotation.",
  "Incorrect end tag.",
  "Timestamp must be between start timestamp and end timestamp.",
  "Timestamp must be greater than any previous timestamp.",
  "Timestamp must not have trailing characters.",
  "Required end tag missing.",
]);
const NEWLINE = /\r\n|\r|\n/;
// A string that could not be written as UTF-8 (String#isWellFormed is ES2024).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Validates a WebVTT file given as bytes (checked as UTF-8) or text; on success returns its cues. */
export function validateWebVtt(input: string | Uint8Array, opts: VttOptions = {}): VttResult {
  const maxBytes = opts.maxBytes ?? 1_048_576;
  const maxErrors = opts.maxErrors ?? 10;
  const fail = (reason: "too_large" | "not_utf8" | "invalid", errors: VttError[]): VttResult => ({
    ok: false,
    reason,
    errors: errors.slice(0, maxErrors),
    errorCount: errors.length,
  });

  let text: string;
  if (typeof input === "string") {
    if (Buffer.byteLength(input, "utf8") > maxBytes) return fail("too_large", [{ line: 1, message: `The file is larger than ${maxBytes} bytes.` }]);
    if (LONE_SURROGATE.test(input)) return fail("not_utf8", [{ line: 1, message: "The text is not valid Unicode." }]);
    text = input;
  } else {
    if (input.byteLength > maxBytes) return fail("too_large", [{ line: 1, message: `The file is larger than ${maxBytes} bytes.` }]);
    try {
      // Strips a UTF-8 byte order mark; refuses anything that is not UTF-8.
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      return fail("not_utf8", [{ line: lineOfFirstInvalidByte(input), message: "The file is not UTF-8 text. Save it as UTF-8 and upload it again." }]);
    }
  }

  const lines = text.split(NEWLINE);
  let parsed: ReturnType<InstanceType<typeof WebVTTParser>["parse"]>;
  try {
    parsed = new WebVTTParser(htmlEntities()).parse(text, "captions");
  } catch (err) {
    return fail("invalid", [{ line: 1, message: `The file could not be read: ${err instanceof Error ? err.message : String(err)}` }]);
  }

  const errors = parsed.errors.map((e) => placeError(e, lines));
  errors.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  if (errors.length === 0 && parsed.cues.length === 0) errors.push({ line: 1, message: "The file has no cues." });
  if (errors.length > 0) return fail("invalid", errors);

  return {
    ok: true,
    cues: parsed.cues.map((c) => {
      const { text: plain, voice } = flatten(c.tree);
      return { start: c.startTime, end: c.endTime, text: plain, ...(voice ? { voice } : {}), ...(c.id ? { id: c.id } : {}) };
    }),
  };
}

function placeError(e: { message: string; line: number; col?: number }, lines: string[]): VttError {
  const out: VttError = { line: e.line, message: e.message, ...(e.col ? { column: e.col } : {}) };
  if (e.message === "Cue identifier cannot be standalone.") return { line: Math.max(1, e.line - 1), message: e.message };
  const here = lines[e.line - 1];
  const afterCueText = here === undefined || here === "" || here.includes("-->");
  if (!CUE_TEXT_MESSAGES.has(e.message) || !afterCueText || !e.col) return out;
  // The cue text is the run of lines between the timing line ("-->") and the reported line.
  let timing = e.line - 2;
  while (timing >= 0 && !lines[timing]!.includes("-->")) timing--;
  const first = timing + 1;
  const cueText = lines.slice(first, e.line - 1).join("\n");
  if (first < 1 || cueText === "") return out;
  const offset = Math.min(e.col - 1, cueText.length - 1);
  const lineInCue = cueText.slice(0, offset).split("\n").length - 1;
  const column = offset - cueText.lastIndexOf("\n", offset - 1);
  return { line: first + 1 + lineInCue, column, message: e.message };
}

/** A cue's text without markup (entities already decoded by the parser), and its first voice. */
function flatten(tree: ParsedNode | null | undefined): { text: string; voice?: string } {
  let voice: string | undefined;
  const walk = (n: ParsedNode): string => {
    if (n.type === "text") return typeof n.value === "string" ? n.value : "";
    if (n.type === "timestamp") return "";
    if (n.name === "rt") return ""; // ruby readings would repeat the words
    if (n.name === "v" && voice === undefined && typeof n.value === "string" && n.value.trim()) voice = n.value.trim();
    return (n.children ?? []).map(walk).join("");
  };
  const text = tree ? walk(tree) : "";
  return voice ? { text, voice } : { text };
}

/** The 1-based line holding the first byte that is not valid UTF-8. */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  // A prefix decodes in streaming mode unless it holds an invalid sequence: find the shortest that does not.
  let lo = 0;
  let hi = bytes.byteLength;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  let line = 1;
  for (let i = 0; i < lo && i < bytes.byteLength; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

export type TranscriptParagraph = { start: number; end: number; text: string; voice?: string };

// Han, kana and CJK punctuation: text in these scripts is written without spaces between words.
const NO_SPACE_CHAR = "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef]";
const NO_SPACE_END = new RegExp(`${NO_SPACE_CHAR}$`, "u");
const NO_SPACE_START = new RegExp(`^${NO_SPACE_CHAR}`, "u");
const SENTENCE_END = /[.!?…。！？؟]["'»”’)]*$/u;

/**
 * Turns cues into transcript paragraphs, each with the start time of its first cue (for links that jump
 * in the video). A new paragraph starts when the speaker changes, after a pause of `gapSeconds`, or at
 * the end of a sentence once a paragraph has `maxChars` characters. Line breaks inside cues are layout
 * and become spaces (none between Chinese or Japanese characters); a cue repeating the previous one is
 * dropped.
 */
export function cuesToTranscript(cues: readonly Cue[], opts: { gapSeconds?: number; maxChars?: number } = {}): TranscriptParagraph[] {
  const gap = opts.gapSeconds ?? 3;
  const maxChars = opts.maxChars ?? 500;
  const out: TranscriptParagraph[] = [];
  let current: TranscriptParagraph | undefined;
  let previousText = "";
  for (const cue of [...cues].sort((a, b) => a.start - b.start)) {
    const text = joinText(cue.text.split(NEWLINE).map((s) => s.trim()).filter(Boolean));
    if (!text || text === previousText) continue;
    previousText = text;
    const breakHere =
      !current ||
      cue.voice !== current.voice ||
      cue.start - current.end >= gap ||
      (current.text.length >= maxChars && SENTENCE_END.test(current.text));
    if (breakHere) {
      current = { start: cue.start, end: cue.end, text, ...(cue.voice ? { voice: cue.voice } : {}) };
      out.push(current);
    } else if (current) {
      current.text = joinText([current.text, text]);
      current.end = Math.max(current.end, cue.end);
    }
  }
  return out;
}

function joinText(parts: string[]): string {
  let out = "";
  for (const p of parts) {
    const part = p.replace(/\s+/g, " ").trim();
    if (!part) continue;
    const glue = out && !(NO_SPACE_END.test(out) && NO_SPACE_START.test(part)) ? " " : "";
    out += glue + part;
  }
  return out;
}

/** Seconds as a clock for display: "4:05", or "1:02:03" past an hour. */
export function formatTimestamp(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
