import { normaliseToken, queryTokens, splitWords, stemToken } from "../../i18n/segment.ts";
import type { SearchRepo } from "./search.repo.ts";

export interface Highlighted {
  text: string;
  mark: boolean;
}

const SNIPPET_WORDS = 40;

function matches(word: string, tokens: string[]): boolean {
  const w = stemToken(normaliseToken(word));
  return tokens.some((t) => w === t || ([...t].length >= 4 && w.startsWith(t)));
}

/** Splits text into marked and unmarked parts; with `snippet`, keeps a window around the first match. */
export function highlight(text: string, tokens: string[], locale: string, snippet = false): Highlighted[] {
  const parts = splitWords(text.replace(/\s+/g, " "), locale);
  let start = 0;
  let end = parts.length;
  if (snippet) {
    const first = parts.findIndex((p) => p.isWord && matches(p.text, tokens));
    start = Math.max(0, (first < 0 ? 0 : first) - 12);
    end = Math.min(parts.length, start + SNIPPET_WORDS * 2);
  }
  const out: Highlighted[] = [];
  if (start > 0) out.push({ text: "… ", mark: false });
  for (const p of parts.slice(start, end)) {
    const mark = p.isWord && matches(p.text, tokens);
    const last = out[out.length - 1];
    if (last && last.mark === mark && !mark) last.text += p.text;
    else out.push({ text: p.text, mark });
  }
  if (end < parts.length) out.push({ text: " …", mark: false });
  return out;
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
  return { ...result, tokens, broadened };
}
