/**
 * Server-side PDF rendering for printable documents (navigator results, certificates) in the six UN
 * languages. Everything needed comes from npm: PDFKit writes the file, fontkit shapes text (Arabic
 * joining, ligatures, kerning), bidi-js orders mixed right-to-left and left-to-right text, and the
 * fonts (Noto Sans, IBM Plex Sans Arabic, Noto Sans SC) come from Fontsource, so a fresh machine with
 * no system fonts renders the same.
 *
 * PDFKit's own text flow is not used: it lays out each space-separated word on its own and joins the
 * words left to right, which scrambles Arabic sentences, and it knows nothing of font fallback. Here
 * each paragraph is broken into lines by our own measurement, each line is put in visual order by the
 * Unicode Bidirectional Algorithm, and every piece of one font and one direction is drawn at its place.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { inflateSync } from "node:zlib";
import bidiModule, { type Bidi } from "bidi-js";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";

export type PdfBlock =
  | { kind: "heading"; text: string; level: 1 | 2 | 3 }
  | { kind: "paragraph"; text: string; tone?: "normal" | "strong" | "muted" }
  | { kind: "list"; items: string[] }
  | { kind: "fields"; rows: { label: string; value: string }[] }
  | { kind: "callout"; text: string }
  | { kind: "rule" };

export interface PdfDocumentSpec {
  /** BCP 47 language tag of the document: "en", "fr", "es", "ru", "ar", "zh-Hans" (or "zh"). */
  lang: string;
  dir: "ltr" | "rtl";
  /** Printed at the top of the first page; also the PDF's Title metadata. */
  title: string;
  subtitle?: string;
  blocks: PdfBlock[];
  /** Printed at the bottom of every page, beside the page number ("2 / 5"). */
  footer?: string;
}

// ---------------------------------------------------------------------------------------------
// Fonts: Fontsource ships each family cut into unicode-range subsets (about 100 for Chinese), as
// WOFF files. A face is one such file; it is loaded the first time a character needs it, unpacked
// from WOFF to a plain TrueType font once per process, and kept.

type Weight = 400 | 700;

interface Face {
  key: string;
  file: string;
  ranges: Array<[number, number]>;
  loaded?: { ttf: Buffer; font: fontkit.Font };
}

const requireHere = createRequire(import.meta.url);

function parseUnicodeRanges(css: string): Array<[number, number]> {
  return css.split(",").map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
    const start = Number.parseInt(from ?? "", 16);
    return [start, to ? Number.parseInt(to, 16) : start];
  });
}

/** The faces of one Fontsource package at one weight, in the order they should be tried. */
function packageFaces(pkg: string, weight: Weight, subsetOrder: string[] = []): Face[] {
  const dir = dirname(requireHere.resolve(`${pkg}/package.json`));
  const unicode = JSON.parse(readFileSync(join(dir, "unicode.json"), "utf8")) as Record<string, string>;
  const id = pkg.split("/")[1] ?? pkg;
  const keys = Object.keys(unicode).sort((a, b) => rank(a) - rank(b));
  function rank(k: string): number {
    const i = subsetOrder.indexOf(k);
    return i === -1 ? subsetOrder.length : i;
  }
  return keys.map((k) => {
    const subset = k.replace(/^\[(\d+)\]$/, "$1");
    return {
      key: `${id}-${subset}-${weight}`,
      file: join(dir, "files", `${id}-${subset}-${weight}-normal.woff`),
      ranges: parseUnicodeRanges(unicode[k] ?? ""),
    };
  });
}

/** WOFF 1.0 is a zlib-compressed sfnt: unpack it so PDFKit can subset and embed plain TrueType. */
function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error("not a WOFF font");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: Array<{ tag: number; checksum: number; data: Buffer }> = [];
  for (let i = 0; i < numTables; i++) {
    const o = 44 + i * 20;
    const offset = woff.readUInt32BE(o + 4);
    const compLength = woff.readUInt32BE(o + 8);
    const origLength = woff.readUInt32BE(o + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({
      tag: woff.readUInt32BE(o),
      checksum: woff.readUInt32BE(o + 16),
      data: compLength < origLength ? inflateSync(raw) : raw,
    });
  }
  const pad4 = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * numTables;
  const out = Buffer.alloc(headerSize + tables.reduce((sum, t) => sum + pad4(t.data.length), 0));
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const r = 12 + i * 16;
    out.writeUInt32BE(t.tag, r);
    out.writeUInt32BE(t.checksum, r + 4);
    out.writeUInt32BE(offset, r + 8);
    out.writeUInt32BE(t.data.length, r + 12);
    t.data.copy(out, offset);
    offset += pad4(t.data.length);
  });
  return out;
}

function loadFace(face: Face): fontkit.Font {
  if (!face.loaded) {
    const ttf = woffToSfnt(readFileSync(face.file));
    const font = fontkit.create(ttf);
    if (!("layout" in font)) throw new Error(`${face.file} is a font collection`);
    face.loaded = { ttf, font };
  }
  return face.loaded.font;
}

interface FaceSet {
  sans: Face[];
  arabic: Face[];
  cjk: Face[];
}

const faceSets = new Map<Weight, FaceSet>();

function facesFor(weight: Weight): FaceSet {
  let set = faceSets.get(weight);
  if (!set) {
    set = {
      sans: packageFaces("@fontsource/noto-sans", weight, ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek", "greek-ext", "vietnamese"]),
      // IBM Plex Sans Arabic first: it draws each letter form as one glyph, so copying text out of
      // the PDF gives the right letters. Noto Sans Arabic builds letters from a shared dotless body
      // plus dot glyphs, which no ToUnicode table can map back (Firefox's viewer would copy "ننا"
      // for "بنا"); it stays as the fallback for the rarer Arabic-script letters. Their Latin subsets
      // are left out: Latin inside Arabic text comes from Noto Sans.
      arabic: [
        ...packageFaces("@fontsource/ibm-plex-sans-arabic", weight).filter((f) => /-arabic-\d+$/.test(f.key)),
        ...packageFaces("@fontsource/noto-sans-arabic", weight, ["arabic", "symbols", "math"]).filter((f) => !/-latin(-ext)?-\d+$/.test(f.key)),
      ],
      cjk: packageFaces("@fontsource/noto-sans-sc", weight),
    };
    faceSets.set(weight, set);
  }
  return set;
}

type Script = "cjk" | "other";

/** Punctuation that Chinese text should take from the CJK font (full-width quotes, dashes, ellipsis). */
function prefersCjkFont(cp: number): boolean {
  return (cp >= 0x2010 && cp <= 0x2027) || cp === 0x00b7 || (cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xffef) || cp >= 0x20000;
}

const faceChoice = new Map<string, Face | null>();

function inRanges(cp: number, ranges: Array<[number, number]>): boolean {
  for (const [a, b] of ranges) if (cp >= a && cp <= b) return true;
  return false;
}

/** The first face, in the document's order of preference, that really has a glyph for `cp`. */
function faceForCodePoint(cp: number, weight: Weight, script: Script): Face | null {
  const cacheKey = `${script}:${weight}:${cp}`;
  const cached = faceChoice.get(cacheKey);
  if (cached !== undefined) return cached;
  const set = facesFor(weight);
  const order = script === "cjk" && prefersCjkFont(cp) ? [set.cjk, set.sans, set.arabic] : [set.sans, set.arabic, set.cjk];
  let found: Face | null = null;
  search: for (const faces of order) {
    for (const face of faces) {
      if (inRanges(cp, face.ranges) && loadFace(face).hasGlyphForCodePoint(cp)) {
        found = face;
        break search;
      }
    }
  }
  faceChoice.set(cacheKey, found);
  return found;
}

function scriptOf(lang: string): Script {
  return /^(zh|ja|ko)\b/i.test(lang) ? "cjk" : "other";
}

// ---------------------------------------------------------------------------------------------
// Characters

/** Invisible formatting characters that steer the bidi algorithm or hyphenation but are not drawn. */
function isDropped(cp: number): boolean {
  return cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x00ad || cp === 0xfeff;
}

/** Characters drawn with the font of the character before them (marks, joiners, variation selectors). */
function followsPrevious(s: string, cp: number): boolean {
  return cp === 0x200c || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || /\p{M}/u.test(s);
}

function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200a && cp !== 0x2007);
}

function isCjkChar(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x2fff) || (cp >= 0x3000 && cp <= 0x30ff) || (cp >= 0x3100 && cp <= 0x31ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xffef) || cp >= 0x20000
  );
}

// Kinsoku: never start a line with a closing mark, never end one with an opening mark.
const NO_LINE_START = new Set([..."，。、．；：？！）」』》〉】〕｝〗〙〛”’…‥・·ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ%％,.;:!?)]}»›"].map((c) => c.codePointAt(0)));
const NO_LINE_END = new Set([..."（「『《〈【〔｛〖〘〚“‘([{«‹"].map((c) => c.codePointAt(0)));

/** Wraps phone numbers, URLs and e-mail addresses in Unicode isolates, so they stay left-to-right
 * inside Arabic text ("+61 2 1234 5678" would otherwise come out as "5678 1234 2 61+") and are never
 * broken across lines. */
function isolateLtrTokens(text: string): string {
  const spans: Array<[number, number]> = [];
  const patterns = [
    /(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?'")\]،؛؟]/giu,
    /[\w.%+-]+@[\w.-]+\.[A-Za-z]{2,}/g,
    /\+?\(?\d[\d \u00a0()./-]*\d/g,
  ];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      let start = m.index;
      let token = m[0];
      if (re === patterns[2]) {
        if (token.startsWith("(") && (token.match(/\(/g) ?? []).length !== (token.match(/\)/g) ?? []).length) {
          start += 1;
          token = token.slice(1);
        }
        // Dates, times and numbers without spaces are already kept in order by the bidi algorithm;
        // a leading "+", a space or a bracket is what right-to-left text would move.
        const needsIsolate = token.startsWith("+") || /[ \u00a0()]/.test(token);
        if (token.replace(/\D/g, "").length < 6 || !needsIsolate) continue;
      }
      const end = start + token.length;
      if (!spans.some(([a, b]) => start < b && end > a)) spans.push([start, end]);
    }
  }
  if (spans.length === 0) return text;
  spans.sort((x, y) => x[0] - y[0]);
  let out = "";
  let last = 0;
  for (const [a, b] of spans) {
    out += `${text.slice(last, a)}\u2066${text.slice(a, b)}\u2069`;
    last = b;
  }
  return out + text.slice(last);
}

/** Characters of `text` that none of the bundled fonts can draw (an empty list means all are covered). */
export function missingGlyphs(text: string, lang = "en"): string[] {
  const missing = new Set<string>();
  const script = scriptOf(lang);
  for (const s of text.normalize("NFC")) {
    const cp = s.codePointAt(0) ?? 0;
    if (cp < 0x20 || isDropped(cp) || followsPrevious(s, cp)) continue;
    for (const weight of [400, 700] as const) {
      if (!faceForCodePoint(cp, weight, script)) missing.add(s);
    }
  }
  return [...missing];
}

// ---------------------------------------------------------------------------------------------
// Text layout: measure, break into lines, reorder each line for display.

// bidi-js is a CommonJS module whose types describe an ES default export: take whichever one is the factory.
const bidiFactory = (typeof bidiModule === "function" ? bidiModule : (bidiModule as unknown as { default: () => Bidi }).default) as () => Bidi;
const bidi = bidiFactory();

interface TextStyle {
  size: number;
  weight: Weight;
  color: string;
  lineHeight: number;
}

interface Char {
  s: string;
  cp: number;
  level: number;
  face: Face | null;
  space: boolean;
  dropped: boolean;
  breakBefore: boolean;
}

/** One run of glyphs in one font, drawn left to right at `x` from the line's visual start. */
interface Piece {
  text: string;
  face: Face;
  x: number;
  width: number;
  rtl: boolean;
}

interface Line {
  pieces: Piece[];
  width: number;
}

/** Widths of runs already laid out, shared by all renders (cleared when it grows past a cap). */
const runCache = new Map<string, { width: number; rtl: boolean }>();
const RUN_CACHE_CAP = 50_000;

class Measurer {
  private readonly runs = runCache;

  /** Advance width (in points at `size`) of `text` in one face, and whether fontkit reversed it. */
  run(face: Face, text: string, size: number): { width: number; rtl: boolean } {
    const key = `${face.key}\u0000${text}`;
    let r = this.runs.get(key);
    if (!r) {
      const font = loadFace(face);
      const glyphRun = font.layout(text);
      r = { width: glyphRun.advanceWidth / font.unitsPerEm, rtl: glyphRun.direction === "rtl" };
      if (this.runs.size >= RUN_CACHE_CAP) this.runs.clear();
      this.runs.set(key, r);
    }
    return { width: r.width * size, rtl: r.rtl };
  }

  /** Width of chars [from, to) as laid out in logical order, one face run at a time. */
  width(chars: Char[], from: number, to: number, size: number): number {
    let width = 0;
    let i = from;
    while (i < to) {
      const c = chars[i];
      if (!c || c.dropped || !c.face) {
        i++;
        continue;
      }
      let text = "";
      let j = i;
      while (j < to) {
        const d = chars[j];
        if (!d) break;
        if (d.dropped) {
          j++;
          continue;
        }
        if (d.face !== c.face) break;
        text += d.s;
        j++;
      }
      width += this.run(c.face, text, size).width;
      i = j;
    }
    return width;
  }
}

function prepareChars(text: string, dir: "ltr" | "rtl", weight: Weight, script: Script): Char[] {
  const isolated = isolateLtrTokens(text);
  const embedding = bidi.getEmbeddingLevels(isolated, dir);
  const mirrored = bidi.getMirroredCharactersMap(isolated, embedding.levels);
  const chars: Char[] = [];
  let u16 = 0;
  let isolateDepth = 0;
  let prevVisible: Char | undefined;
  let lastSolid: Char | undefined;
  for (const s of isolated) {
    const cp = s.codePointAt(0) ?? 0;
    const dropped = isDropped(cp);
    const opensIsolate = cp === 0x2066 || cp === 0x2067 || cp === 0x2068;
    const prev = chars.at(-1);
    let face: Face | null = null;
    let shown = mirrored.get(u16) ?? s;
    if (!dropped && cp >= 0x20) {
      if (prev?.face && followsPrevious(s, cp) && loadFace(prev.face).hasGlyphForCodePoint(cp)) face = prev.face;
      else face = faceForCodePoint(cp, weight, script);
      if (!face) {
        // No bundled font has it: show a visible replacement rather than nothing (see missingGlyphs).
        shown = "\ufffd";
        face = faceForCodePoint(0xfffd, weight, script);
      }
    }
    const space = isSpace(cp);
    // A break is allowed before this character after spaces, and next to Chinese characters, unless
    // inside an isolated token (phone number, URL) or against the kinsoku rules.
    let breakBefore = false;
    if (prevVisible && isolateDepth === 0 && !space && (!dropped || opensIsolate)) {
      if (prevVisible.space) breakBefore = !NO_LINE_START.has(cp) && !(lastSolid && NO_LINE_END.has(lastSolid.cp));
      else if (isCjkChar(cp) || isCjkChar(prevVisible.cp)) breakBefore = !NO_LINE_START.has(cp) && !NO_LINE_END.has(prevVisible.cp);
    }
    if (opensIsolate) isolateDepth++;
    if (cp === 0x2069 && isolateDepth > 0) isolateDepth--;
    const c: Char = { s: shown, cp, level: embedding.levels[u16] ?? 0, face, space, dropped, breakBefore };
    chars.push(c);
    if (!dropped) prevVisible = c;
    if (!space && !dropped) lastSolid = c;
    u16 += s.length;
  }
  return chars;
}

/** Greedy line filling: returns [start, end) char ranges, trailing spaces included. */
function breakLines(chars: Char[], maxWidth: number, size: number, m: Measurer): Array<[number, number]> {
  // Units are the stretches between break opportunities, each with the spaces that follow it.
  const units: Array<{ start: number; end: number; solidEnd: number }> = [];
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i === chars.length || chars[i]?.breakBefore) {
      let solidEnd = i;
      while (solidEnd > start && (chars[solidEnd - 1]?.space || chars[solidEnd - 1]?.dropped)) solidEnd--;
      units.push({ start, end: i, solidEnd });
      start = i;
    }
  }
  const lines: Array<[number, number]> = [];
  let lineStart = 0;
  let lineWidth = 0;
  let lineEmpty = true;
  for (const unit of units) {
    const solid = m.width(chars, unit.start, unit.solidEnd, size);
    const trailing = m.width(chars, unit.solidEnd, unit.end, size);
    if (!lineEmpty && lineWidth + solid > maxWidth) {
      lines.push([lineStart, unit.start]);
      lineStart = unit.start;
      lineWidth = 0;
      lineEmpty = true;
    }
    if (lineEmpty && solid > maxWidth) {
      // Longer than a whole line (a long URL): break it between characters.
      let from = unit.start;
      let width = 0;
      for (let i = unit.start; i < unit.solidEnd; i++) {
        const w = m.width(chars, i, i + 1, size);
        if (width > 0 && width + w > maxWidth && !/\p{M}/u.test(chars[i]?.s ?? "")) {
          lines.push([from, i]);
          from = i;
          width = 0;
        }
        width += w;
      }
      lineStart = from;
      lineWidth = width + trailing;
      lineEmpty = false;
      continue;
    }
    lineWidth += solid + trailing;
    lineEmpty = false;
  }
  if (!lineEmpty || lines.length === 0) lines.push([lineStart, chars.length]);
  return lines;
}

/** Puts one line in display order (UBA rule L2) and splits it into pieces of one face and direction. */
function orderLine(chars: Char[], from: number, to: number, size: number, m: Measurer): Line {
  let end = to;
  while (end > from && (chars[end - 1]?.space || chars[end - 1]?.dropped)) end--;
  // Level runs in logical order.
  const runs: Array<{ start: number; end: number; level: number }> = [];
  for (let i = from; i < end; i++) {
    const c = chars[i];
    if (!c || c.dropped) continue;
    const last = runs.at(-1);
    if (last && last.level === c.level) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, level: c.level });
  }
  if (runs.length === 0) return { pieces: [], width: 0 };
  const maxLevel = Math.max(...runs.map((r) => r.level));
  const minOdd = Math.min(...runs.map((r) => (r.level % 2 === 1 ? r.level : r.level + 1)));
  for (let level = maxLevel; level >= minOdd; level--) {
    for (let i = 0; i < runs.length; ) {
      if ((runs[i]?.level ?? 0) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && (runs[j]?.level ?? 0) >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  const pieces: Piece[] = [];
  let x = 0;
  for (const run of runs) {
    const rtl = run.level % 2 === 1;
    // Pieces of one face, in logical order.
    const segments: Array<{ face: Face; text: string }> = [];
    for (let i = run.start; i < run.end; i++) {
      const c = chars[i];
      if (!c || c.dropped || !c.face) continue;
      const last = segments.at(-1);
      if (last && last.face === c.face) last.text += c.s;
      else segments.push({ face: c.face, text: c.s });
    }
    if (rtl) segments.reverse();
    for (const seg of segments) {
      const measured = m.run(seg.face, seg.text, size);
      if (measured.rtl === rtl) {
        // fontkit picks the direction from the script and reverses right-to-left runs itself, so a
        // run of Arabic letters goes in as typed.
        pieces.push({ text: seg.text, face: seg.face, x, width: measured.width, rtl });
        x += measured.width;
        continue;
      }
      // fontkit would take the wrong direction: right-to-left neutrals (spaces, brackets) it lays out
      // left to right, and Arabic-Indic digits, which read left to right, it reverses as Arabic. So
      // place each character ourselves, in display order.
      const clusters = seg.text.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
      if (rtl) clusters.reverse();
      for (const cluster of clusters) {
        const one = m.run(seg.face, cluster, size);
        pieces.push({ text: cluster, face: seg.face, x, width: one.width, rtl: one.rtl });
        x += one.width;
      }
    }
  }
  return { pieces, width: x };
}

// ---------------------------------------------------------------------------------------------
// Page layout

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = { side: 62, top: 62, bottomGap: 20 };
const FOOTER_BASE = PAGE.height - 40;

const COLOR = {
  text: "#0b0c0c",
  muted: "#505a5f",
  accent: "#1d70b8",
  calloutFill: "#e8f1f8",
  rule: "#b1b4b6",
  faint: "#dfe1e3",
};

class Renderer {
  private readonly doc: PDFKit.PDFDocument;
  private readonly rtl: boolean;
  private readonly script: Script;
  private readonly m = new Measurer();
  private readonly registered = new Set<string>();
  private readonly lineFactor: number;
  private readonly left = MARGIN.side;
  private readonly width = PAGE.width - 2 * MARGIN.side;
  private bottom = FOOTER_BASE - MARGIN.bottomGap;
  private y = MARGIN.top;
  private fresh = true;

  constructor(private readonly spec: PdfDocumentSpec) {
    this.rtl = spec.dir === "rtl";
    this.script = scriptOf(spec.lang);
    // Arabic letters reach far above and below the Latin line; Chinese reads better with air.
    this.lineFactor = this.rtl ? 1.75 : this.script === "cjk" ? 1.65 : 1.45;
    this.doc = new PDFDocument({
      size: "A4",
      margin: 0,
      autoFirstPage: true,
      bufferPages: true,
      lang: spec.lang,
      displayTitle: true,
      info: { Title: spec.title, Creator: "Victims Support Portal" },
    });
    // Only title, language and creator: PDFKit's own Producer entry is dropped.
    delete (this.doc.info as Record<string, unknown>).Producer;
  }

  style(size: number, weight: Weight = 400, color = COLOR.text): TextStyle {
    return { size, weight, color, lineHeight: size * this.lineFactor };
  }

  layout(text: string, style: TextStyle, maxWidth: number): Line[] {
    const out: Line[] = [];
    for (const para of text.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\t/g, " ").split("\n")) {
      const chars = prepareChars(para.trim(), this.spec.dir, style.weight, this.script);
      for (const [a, b] of breakLines(chars, maxWidth, style.size, this.m)) out.push(orderLine(chars, a, b, style.size, this.m));
    }
    return out;
  }

  private newPage(): void {
    this.doc.addPage({ size: "A4", margin: 0 });
    this.y = MARGIN.top;
    this.fresh = true;
  }

  /** Starts a new page unless `height` more points fit on this one (or this page is still empty). */
  private ensure(height: number): void {
    if (!this.fresh && this.y + height > this.bottom) this.newPage();
  }

  private space(points: number): void {
    if (!this.fresh) this.y += points;
  }

  /** Draws a line with its top at `top`, aligned to the start edge of the box [boxLeft, boxLeft + boxWidth]. */
  private drawLine(line: Line, style: TextStyle, boxLeft: number, boxWidth: number, top: number): void {
    const baseline = top + style.lineHeight / 2 + style.size * 0.36;
    const x0 = this.rtl ? boxLeft + boxWidth - line.width : boxLeft;
    this.doc.fillColor(style.color);
    for (const piece of line.pieces) {
      if (!this.registered.has(piece.face.key)) {
        const ttf = piece.face.loaded?.ttf;
        if (!ttf) throw new Error(`font ${piece.face.key} not loaded`);
        this.doc.registerFont(piece.face.key, ttf);
        this.registered.add(piece.face.key);
      }
      // PDFKit shapes text word by word (cached) and joins the words left to right. A right-to-left
      // piece holding a space must be shaped as one run, which fontkit then reverses as a whole:
      // `features: []` does that. (Arabic words never hold one: spaces come from Noto Sans.)
      this.doc.font(piece.face.key).fontSize(style.size).text(piece.text, x0 + piece.x, baseline, {
        lineBreak: false,
        baseline: "alphabetic",
        ...(piece.rtl && /[ \t]/.test(piece.text) ? { features: [] } : {}),
      });
    }
  }

  /** Flows lines down the page, starting new pages as needed. */
  private flowLines(lines: Line[], style: TextStyle, boxLeft: number, boxWidth: number): void {
    lines.forEach((line) => {
      this.ensure(style.lineHeight);
      this.drawLine(line, style, boxLeft, boxWidth, this.y);
      this.y += style.lineHeight;
      this.fresh = false;
    });
  }

  private rule(color = COLOR.rule, weight = 0.75): void {
    this.doc.save().moveTo(this.left, this.y).lineTo(this.left + this.width, this.y).lineWidth(weight).strokeColor(color).stroke().restore();
  }

  header(): void {
    const title = this.style(22, 700);
    this.flowLines(this.layout(this.spec.title, title, this.width), title, this.left, this.width);
    if (this.spec.subtitle) {
      const sub = this.style(13, 400, COLOR.muted);
      this.y += 2;
      this.flowLines(this.layout(this.spec.subtitle, sub, this.width), sub, this.left, this.width);
    }
    this.y += 8;
    this.rule(COLOR.accent, 1.5);
    this.y += 14;
  }

  block(block: PdfBlock, next: PdfBlock | undefined): void {
    const body = this.style(11.5);
    switch (block.kind) {
      case "heading": {
        const size = { 1: 18, 2: 14.5, 3: 12.5 }[block.level];
        const style = this.style(size, 700);
        const lines = this.layout(block.text, style, this.width);
        this.space({ 1: 14, 2: 10, 3: 6 }[block.level]);
        // Keep a heading with the first lines of what follows it.
        this.ensure(lines.length * style.lineHeight + (next ? 2 * body.lineHeight : 0));
        this.flowLines(lines, style, this.left, this.width);
        this.y += 3;
        return;
      }
      case "paragraph": {
        const style = block.tone === "strong" ? this.style(11.5, 700) : block.tone === "muted" ? this.style(11.5, 400, COLOR.muted) : body;
        const lines = this.layout(block.text, style, this.width);
        this.ensure(Math.min(lines.length, 2) * style.lineHeight);
        this.flowLines(lines, style, this.left, this.width);
        this.y += 7;
        return;
      }
      case "list": {
        const indent = 18;
        const bullet = this.layout("\u2022", body, this.width)[0];
        for (const item of block.items) {
          const lines = this.layout(item, body, this.width - indent);
          this.ensure(Math.min(lines.length, 2) * body.lineHeight);
          if (bullet) this.drawLine(bullet, body, this.rtl ? this.left + this.width - 5 - bullet.width : this.left + 5, bullet.width, this.y);
          const textLeft = this.rtl ? this.left : this.left + indent;
          this.flowLines(lines, body, textLeft, this.width - indent);
          this.y += 3;
        }
        this.y += 5;
        return;
      }
      case "fields": {
        const labelStyle = this.style(11.5, 700);
        const gap = 16;
        const widest = Math.max(0, ...block.rows.map((r) => Math.max(...this.layout(r.label, labelStyle, Number.POSITIVE_INFINITY).map((l) => l.width))));
        const labelWidth = Math.min(Math.ceil(widest) + 1, this.width * 0.38);
        const valueWidth = this.width - labelWidth - gap;
        const labelLeft = this.rtl ? this.left + this.width - labelWidth : this.left;
        const valueLeft = this.rtl ? this.left : this.left + labelWidth + gap;
        block.rows.forEach((row, i) => {
          const labels = this.layout(row.label, labelStyle, labelWidth);
          const values = this.layout(row.value, body, valueWidth);
          const n = Math.max(labels.length, values.length);
          this.ensure(Math.min(n, 3) * body.lineHeight + 4);
          if (i > 0 && !this.fresh) {
            this.y += 2;
            this.rule(COLOR.faint, 0.5);
            this.y += 2;
          }
          for (let k = 0; k < n; k++) {
            this.ensure(body.lineHeight);
            const label = labels[k];
            const value = values[k];
            if (label) this.drawLine(label, labelStyle, labelLeft, labelWidth, this.y);
            if (value) this.drawLine(value, body, valueLeft, valueWidth, this.y);
            this.y += body.lineHeight;
            this.fresh = false;
          }
        });
        this.y += 9;
        return;
      }
      case "callout": {
        const style = this.style(12, 700);
        const pad = 10;
        const bar = 4;
        const inner = this.width - 2 * pad - bar;
        let lines = this.layout(block.text, style, inner);
        this.space(4);
        while (lines.length > 0) {
          const room = Math.floor((this.bottom - this.y - 2 * pad) / style.lineHeight);
          const fitsFresh = Math.floor((this.bottom - MARGIN.top - 2 * pad) / style.lineHeight);
          if (!this.fresh && room < Math.min(lines.length, fitsFresh)) {
            this.newPage();
            continue;
          }
          const part = lines.slice(0, Math.max(1, room));
          lines = lines.slice(part.length);
          const height = part.length * style.lineHeight + 2 * pad;
          this.doc.save().rect(this.left, this.y, this.width, height).fill(COLOR.calloutFill);
          this.doc.rect(this.rtl ? this.left + this.width - bar : this.left, this.y, bar, height).fill(COLOR.accent).restore();
          const textLeft = this.rtl ? this.left + pad : this.left + bar + pad;
          part.forEach((line, k) => this.drawLine(line, style, textLeft, inner, this.y + pad + k * style.lineHeight));
          this.y += height;
          this.fresh = false;
          if (lines.length > 0) this.newPage();
        }
        this.y += 12;
        return;
      }
      case "rule": {
        this.ensure(16);
        this.y += 6;
        this.rule();
        this.y += 10;
        return;
      }
    }
  }

  footers(): void {
    const style = this.style(8.5, 400, COLOR.muted);
    const { start, count } = this.doc.bufferedPageRange();
    const footerLines = this.spec.footer ? this.layout(this.spec.footer, style, this.width - 60) : [];
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const top = FOOTER_BASE - style.lineHeight / 2;
      this.doc.save().moveTo(this.left, top - 6).lineTo(this.left + this.width, top - 6).lineWidth(0.5).strokeColor(COLOR.faint).stroke().restore();
      const footerLeft = this.rtl ? this.left + 60 : this.left;
      footerLines.slice(0, 2).forEach((line, k) => this.drawLine(line, style, footerLeft, this.width - 60, top + k * style.lineHeight));
      // The page number sits at the end edge, opposite the footer text.
      const numbers = this.layout(`${i - start + 1} / ${count}`, style, this.width)[0];
      if (numbers) {
        const x = this.rtl ? this.left : this.left + this.width - numbers.width;
        this.drawLine(numbers, style, x, numbers.width, top);
      }
    }
  }

  reserveFooter(): void {
    if (!this.spec.footer) return;
    const style = this.style(8.5, 400, COLOR.muted);
    const n = Math.min(2, this.layout(this.spec.footer, style, this.width - 60).length);
    this.bottom = FOOTER_BASE - style.lineHeight / 2 - MARGIN.bottomGap - (n - 1) * style.lineHeight;
  }

  async render(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    this.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on("end", () => resolve(Buffer.concat(chunks)));
      this.doc.on("error", reject);
    });
    this.reserveFooter();
    this.header();
    this.spec.blocks.forEach((block, i) => this.block(block, this.spec.blocks[i + 1]));
    this.footers();
    this.doc.end();
    return done;
  }
}

/** Renders a whole document to a PDF buffer (A4, 11.5 pt body, text selectable, fonts embedded as subsets). */
export function renderPdf(spec: PdfDocumentSpec): Promise<Buffer> {
  return new Renderer(spec).render();
}
