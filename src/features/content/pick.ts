import { pickLanguage } from "../../i18n/fallback.ts";
import type { Locale } from "../../i18n/locales.ts";

/** When the reader's language is missing, the order in which other language versions are offered. */
const FALLBACK_ORDER = ["en", "fr", "es", "ar", "ru", "zh"];

/** The best language version of one item for a reader of `locale`. */
export function pickTranslation<T extends { locale: string }>(versions: T[], locale: Locale): T | undefined {
  return pickLanguage(versions, locale, FALLBACK_ORDER);
}

/** Groups rows by item and keeps the best version of each, in the order of `ids`. */
export function pickForEach<T extends { itemId: string; locale: string }>(ids: string[], rows: T[], locale: Locale): T[] {
  const byItem = new Map<string, T[]>();
  for (const r of rows) {
    const list = byItem.get(r.itemId);
    if (list) list.push(r);
    else byItem.set(r.itemId, [r]);
  }
  return ids.map((id) => pickTranslation(byItem.get(id) ?? [], locale)).filter((x): x is T => x !== undefined);
}
