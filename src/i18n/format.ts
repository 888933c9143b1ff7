import { LANG_TAG, type Locale } from "./locales.ts";

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD or ISO timestamp) written the reader's way, e.g. "21 August 2026". */
export function formatDate(locale: Locale, isoDate: string, style: "long" | "medium" = "long"): string {
  const key = `${locale}:${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LANG_TAG[locale], { dateStyle: style, timeZone: "UTC" });
    dateFormats.set(key, f);
  }
  const d = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  return Number.isNaN(d.getTime()) ? isoDate : f.format(d);
}

/** A date and time in UTC for the staff area, e.g. "28 Nov 2026, 19:05 UTC". */
export function formatDateTime(locale: Locale, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${new Intl.DateTimeFormat(LANG_TAG[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(d)} UTC`;
}

export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(LANG_TAG[locale]).format(n);
}

/** The name of a language in the reader's language, e.g. "French" or "francés". */
export function languageName(locale: Locale, of: Locale): string {
  return new Intl.DisplayNames([LANG_TAG[locale]], { type: "language" }).of(LANG_TAG[of]) ?? of;
}
