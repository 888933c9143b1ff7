import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "./locales.ts";

/**
 * Picks the best portal language: a remembered explicit choice wins, then Accept-Language
 * (by quality, matching on the primary subtag), else English.
 */
export function negotiateLocale(acceptLanguage: string | undefined, remembered: string | undefined): Locale {
  if (isLocale(remembered)) return remembered;
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranges = acceptLanguage
    .split(",")
    .slice(0, 30)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.tag && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    const primary = tag.split("-")[0];
    const match = LOCALES.find((l) => l === primary);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}
