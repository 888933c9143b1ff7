import { WARNING_BY_DEFAULT_TOPICS } from "../content/content.taxonomy.ts";
import { iterateWords, normaliseToken, queryTokens, stemToken } from "../../i18n/segment.ts";
import type { SearchRepo } from "./search.repo.ts";

export interface Highlighted {
  text: string;
  mark: boolean;
}


function matches(word: string, tokens: string[]): boolean {
  const w = stemToken(normaliseToken(word));
  return tokens.some((t) => w === t || ([...t].length >= 4 && w.startsWith(t)));
}

/** Excerpt size in characters: Chinese says as much in about a third of the characters. */
const excerptSize = (locale: string) => (locale === "zh" ? { before: 40, window: 130 } : { before: 120, window: 360 });

/** Splits text into marked and unmarked parts: each word that matches a query token is marked. */
export function highlight(text: string, tokens: string[], locale: string): Highlighted[] {
  const out: Highlighted[] = [];
  for (const p of iterateWords(text, locale)) {
    const mark = p.isWord && matches(p.text, tokens);
    const last = out[out.length - 1];
    if (last && !last.mark && !mark) last.text += p.text;
    else out.push({ text: p.text, mark });
  }
  return out;
}

/**
 * A short excerpt around the first place a query word appears, highlighted. The place is found with a
 * plain case-insensitive search first, so only the excerpt (never a whole long body) is segmented.
 */
export function snippet(text: string, tokens: string[], locale: string): Highlighted[] {
  const flat = text.replace(/\s+/g, " ");
  // Only length-preserving folds here, so positions in `lower` are positions in `flat`.
  const lower = flat.toLowerCase().replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627").replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647").replace(/ё/g, "е");
  const found = tokens.map((t) => lower.indexOf(t)).filter((i) => i >= 0);
  const at = found.length ? Math.min(...found) : 0;
  const size = excerptSize(locale);
  let start = Math.max(0, at - size.before);
  let end = Math.min(flat.length, start + size.window);
  // Do not start or end in the middle of a word (scripts without spaces simply cut at the character).
  if (start > 0) {
    const space = flat.indexOf(" ", start);
    if (space >= 0 && space < at) start = space + 1;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    if (space > at) end = space;
  }
  const parts = highlight(flat.slice(start, end), tokens, locale);
  return [...(start > 0 ? [{ text: "… ", mark: false }] : []), ...parts, ...(end < flat.length ? [{ text: " …", mark: false }] : [])];
}

/** Every word must match; when nothing does, any word may. */
export async function runSearch(repo: SearchRepo, locale: string, q: string, page: { limit: number; offset: number }) {
  const tokens = queryTokens(q, locale);
  let result = await repo.search(locale, tokens, "all", page);
  let broadened = false;
  if (result.total === 0 && tokens.length > 1) {
    result = await repo.search(locale, tokens, "any", page);
    broadened = result.total > 0;
  }
  const warned = await repo.warnedItems(result.hits, locale, WARNING_BY_DEFAULT_TOPICS);
  return { ...result, hits: result.hits.map((h) => ({ ...h, warned: warned.has(h.itemId) })), tokens, broadened };
}
