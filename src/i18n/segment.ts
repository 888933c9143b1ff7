/**
 * Word tokens for full-text search in any of the six languages. Intl.Segmenter finds word boundaries
 * (Chinese has no spaces); tokens are case-folded, compatibility-normalised, stripped of diacritics and
 * of Arabic vowel marks, with Arabic letter variants unified, so a search matches however it was typed.
 */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: "word" });
    segmenters.set(locale, s);
  }
  return s;
}

const ASCII = /^[\x00-\x7f]*$/;

export function normaliseToken(word: string): string {
  // Plain ASCII has nothing to decompose or unify: lower-casing is all (most words, measured 5× faster).
  if (ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // Latin/Cyrillic combining marks
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "") // Arabic harakat, dagger alef, tatweel
    .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627") // alef variants → alef
    .replace(/\u0649/g, "\u064A") // alef maqsura → ya
    .replace(/\u0629/g, "\u0647") // ta marbuta → ha
    .replace(/[ёЁ]/g, "е")
    .normalize("NFKC")
    .toLowerCase();
}

export interface WordPart {
  text: string;
  isWord: boolean;
}

/** Splits text into words and the gaps between them, keeping every character; lazily, so callers may stop early. */
export function* iterateWords(text: string, locale: string): Generator<WordPart> {
  for (const s of segmenter(locale).segment(text)) yield { text: s.segment, isWord: Boolean(s.isWordLike) };
}

const ARABIC = /[\u0600-\u06FF]/;
const ARABIC_PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل", "ك"];

/** Light Arabic stemming: strips the article and one-letter conjunctions and prepositions. */
export function stemToken(token: string): string {
  if (!ARABIC.test(token)) return token;
  for (const p of ARABIC_PREFIXES) {
    if (token.startsWith(p) && token.length - p.length >= 3) return token.slice(p.length);
  }
  return token;
}

/** Scripts written without spaces between words: only these need the dictionary-based segmenter. */
const NEEDS_SEGMENTER = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/;
/** A word as Unicode's word-break rules see it in spaced scripts: letters, marks, digits, joined by apostrophes or dots. */
const SPACED_WORD = /[\p{L}\p{M}\p{N}_]+(?:['\u2019.\u00B7][\p{L}\p{M}\p{N}_]+)*/gu;

/**
 * The words of a text. Text in spaced scripts (Latin, Cyrillic, Arabic…) is split by a regular
 * expression that follows the same rules, about ten times faster than Intl.Segmenter, which is kept
 * for Chinese, Japanese, Thai and the like. Index and queries both come through here, so they agree.
 */
function* words(text: string, locale: string): Generator<string> {
  if (NEEDS_SEGMENTER.test(text)) {
    for (const s of segmenter(locale).segment(text)) if (s.isWordLike) yield s.segment;
    return;
  }
  for (const m of text.matchAll(SPACED_WORD)) yield m[0];
}

/** Tokens to index: each word normalised, plus its stem where it differs. */
export function indexTokens(text: string, locale: string): string[] {
  const tokens: string[] = [];
  for (const word of words(text, locale)) {
    const token = normaliseToken(word);
    if (!token) continue;
    tokens.push(token);
    const stem = stemToken(token);
    if (stem !== token) tokens.push(stem);
  }
  return tokens;
}

/** Tokens of a query: normalised and stemmed, without repeats. */
export function queryTokens(text: string, locale: string): string[] {
  const tokens = new Set<string>();
  for (const word of words(text, locale)) {
    const token = stemToken(normaliseToken(word));
    if (token) tokens.add(token);
  }
  return [...tokens].slice(0, 12);
}
