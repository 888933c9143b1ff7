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

export function normaliseToken(word: string): string {
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

/** Tokens to index: each word normalised, plus its stem where it differs. */
export function indexTokens(text: string, locale: string): string[] {
  const tokens: string[] = [];
  for (const s of segmenter(locale).segment(text)) {
    if (!s.isWordLike) continue;
    const token = normaliseToken(s.segment);
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
  for (const s of segmenter(locale).segment(text)) {
    if (!s.isWordLike) continue;
    const token = stemToken(normaliseToken(s.segment));
    if (token) tokens.add(token);
  }
  return [...tokens].slice(0, 12);
}
