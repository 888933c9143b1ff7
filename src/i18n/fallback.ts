import { LOCALES, type Locale } from "./locales.ts";

/**
 * The languages a reader of `locale` is offered a text in, best first: their own, then English, then
 * the others in `order` (the UN's order unless a feature keeps its own).
 */
export function fallbackLanguages(locale: Locale, order: readonly string[] = LOCALES): string[] {
  return [...new Set([locale, "en", ...order])];
}

/** The version in the reader's language, else in the first of fallbackLanguages that has one. */
export function pickLanguage<T extends { locale: string }>(versions: readonly T[], locale: Locale, order: readonly string[] = LOCALES): T | undefined {
  if (versions.length === 0) return undefined;
  for (const l of fallbackLanguages(locale, order)) {
    const found = versions.find((v) => v.locale === l);
    if (found) return found;
  }
  return undefined;
}

/** pickLanguage, saying whether the version is in another language than the reader's. */
export function pickMarked<T extends { locale: string }>(versions: readonly T[], locale: Locale): (T & { fallback: boolean }) | undefined {
  const found = pickLanguage(versions, locale);
  return found ? { ...found, fallback: found.locale !== locale } : undefined;
}

/** The same choice among texts kept by language in one object (an empty text counts as missing). */
export function pickLanguageOf<T>(texts: Partial<Record<string, T>>, locale: Locale): { value: T; locale: Locale } | undefined {
  for (const l of fallbackLanguages(locale) as Locale[]) {
    const value = texts[l];
    if (value) return { value, locale: l };
  }
  return undefined;
}
