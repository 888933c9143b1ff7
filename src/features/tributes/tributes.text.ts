/**
 * The text rules of the tribute wall: what is removed from a message before it is kept, and how the
 * review list is matched (case-insensitively, after Unicode normalisation, on whole words in scripts
 * that separate words with spaces, anywhere in scripts that do not, such as Chinese).
 */

// Bidirectional controls (embeddings, overrides, isolates, marks) and other control characters but the line break.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** A message as it is kept: NFC, line breaks as "\n", tabs as spaces, no bidi or control characters, at most two blank lines. */
export function cleanMessage(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(CONTROLS, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A single-line field (a name): the same, on one line. */
export function cleanLine(text: string): string {
  return cleanMessage(text).replace(/\s+/g, " ");
}

// Arabic short vowels and other marks, and the tatweel: written or not, the word is the same.
const IGNORED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** One code point, normalised for matching: compatibility forms folded, lower case, Arabic marks and accents dropped. */
function foldChar(ch: string): string {
  return ch.normalize("NFKD").replace(/\p{Mn}/gu, (m) => (/[\u0300-\u036F]/.test(m) ? "" : m)).normalize("NFC").toLowerCase().replace(IGNORED, "");
}

/** The folded text and, for each of its UTF-16 units, where it came from in the original (so matches can be shown there). */
function fold(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = "";
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      from.push(i);
      to.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }
  return { folded, from, to };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export interface ReviewList {
  /** The listed words found in a text (as listed, each once). */
  find(text: string): string[];
  /** The text cut into plain and matched parts, to highlight the words for a moderator. */
  highlight(text: string): { text: string; match: boolean }[];
}

/** Compiles the configured review list once. */
export function reviewList(words: readonly string[]): ReviewList {
  const entries = words
    .map((word) => ({ word, folded: fold(word.trim()).folded }))
    .filter((e) => e.folded.length > 0)
    .map((e) => ({
      word: e.word,
      // Whole words: no letter, mark or digit right before or after, unless the script writes no spaces.
      re: new RegExp(NO_SPACES.test(e.folded) ? escapeRegExp(e.folded) : `(?<![\\p{L}\\p{M}\\p{N}])${escapeRegExp(e.folded).replace(/\s+/g, "\\s+")}(?![\\p{L}\\p{M}\\p{N}])`, "gu"),
    }));

  function ranges(text: string): { start: number; end: number; word: string }[] {
    const { folded, from, to } = fold(text);
    const found: { start: number; end: number; word: string }[] = [];
    for (const e of entries) {
      for (const m of folded.matchAll(e.re)) {
        if (m[0].length === 0) continue;
        found.push({ start: from[m.index]!, end: to[m.index + m[0].length - 1]!, word: e.word });
      }
    }
    return found.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  return {
    find(text) {
      return [...new Set(ranges(text).map((r) => r.word))];
    },
    highlight(text) {
      const parts: { text: string; match: boolean }[] = [];
      let at = 0;
      for (const r of ranges(text)) {
        if (r.start < at) continue;
        if (r.start > at) parts.push({ text: text.slice(at, r.start), match: false });
        parts.push({ text: text.slice(r.start, r.end), match: true });
        at = r.end;
      }
      if (at < text.length) parts.push({ text: text.slice(at), match: false });
      return parts;
    },
  };
}
