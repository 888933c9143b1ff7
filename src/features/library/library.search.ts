import type { Locale } from "../../i18n/locales.ts";
import { queryTokens } from "../../i18n/segment.ts";
import type { LibraryRepo, WorkFull } from "./library.repo.ts";
import { FACETS, type Facet, type LibraryQuery } from "./library.schema.ts";
import { publicVersions } from "./library.service.ts";

export const PAGE_SIZE = 10;

/** The values a work has for a facet (a work has several audiences, topics and languages). */
function valuesOf(work: WorkFull, facet: Facet): string[] {
  switch (facet) {
    case "type":
      return [work.type];
    case "year":
      return [String(work.year)];
    case "audience":
      return work.audiences.split(" ").filter(Boolean);
    case "region":
      return [work.region];
    case "topic":
      return work.topics.split(" ").filter(Boolean);
    case "lang":
      return publicVersions(work).map((v) => v.locale);
  }
}

export interface LibraryResults {
  works: WorkFull[];
  total: number;
  page: number;
  pageCount: number;
  /** For each facet, the count of each value among the works matching the words and every other chosen facet. */
  counts: Record<Facet, Map<string, number>>;
}

/**
 * The public search: published works with at least one version to read, matching the words (in a
 * version's title, summary or extracted text) and every chosen facet. Libraries are hundreds of works,
 * so facets are counted over the published works in memory; the word match is one query.
 */
export async function searchLibrary(repo: LibraryRepo, q: LibraryQuery, locale: Locale): Promise<LibraryResults> {
  let works = (await repo.publishedWorks()).filter((w) => publicVersions(w).length > 0);
  if (q.q) {
    const tokens = queryTokens(q.q, locale);
    const ids = tokens.length ? await repo.workIdsMatching(tokens) : new Set<string>();
    works = works.filter((w) => ids.has(w.id));
  }
  const chosen = FACETS.filter((f) => q[f] !== undefined).map((f) => [f, String(q[f])] as const);
  const matches = (w: WorkFull, except?: Facet) => chosen.every(([f, v]) => f === except || valuesOf(w, f).includes(v));
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  for (const w of works) {
    for (const f of FACETS) {
      if (!matches(w, f)) continue;
      for (const v of new Set(valuesOf(w, f))) counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
    }
  }
  const found = works.filter((w) => matches(w));
  const pageCount = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
  const page = Math.min(q.page ?? 1, pageCount);
  return { works: found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: found.length, page, pageCount, counts };
}
