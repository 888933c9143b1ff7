import { LANG_TAG, type Locale } from "./locales.ts";

/** Intl formatters are costly to build and pages use them in loops: build each once per language. */
function memo<T>(build: (locale: Locale) => T): (locale: Locale) => T {
  const cache = new Map<Locale, T>();
  return (locale) => {
    let value = cache.get(locale);
    if (value === undefined) {
      value = build(locale);
      cache.set(locale, value);
    }
    return value;
  };
}

const longDate = memo((l) => new Intl.DateTimeFormat(LANG_TAG[l], { dateStyle: "long", timeZone: "UTC" }));
const mediumDate = memo((l) => new Intl.DateTimeFormat(LANG_TAG[l], { dateStyle: "medium", timeZone: "UTC" }));
const dateTime = memo((l) => new Intl.DateTimeFormat(LANG_TAG[l], { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }));
const languageNames = memo((l) => new Intl.DisplayNames([LANG_TAG[l]], { type: "language" }));
const conjunction = memo((l) => new Intl.ListFormat(LANG_TAG[l], { type: "conjunction" }));

/** A calendar date (YYYY-MM-DD or ISO timestamp) written the reader's way, e.g. "21 August 2026". */
export function formatDate(locale: Locale, isoDate: string, style: "long" | "medium" = "long"): string {
  const d = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  return Number.isNaN(d.getTime()) ? isoDate : (style === "long" ? longDate : mediumDate)(locale).format(d);
}

/** A date and time in UTC for the staff area, e.g. "28 Nov 2026, 19:05 UTC". */
export function formatDateTime(locale: Locale, iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${dateTime(locale).format(d)} UTC`;
}

/** The name of a language in the reader's language, e.g. "French" or "francés". */
export function languageName(locale: Locale, of: Locale): string {
  return languageNames(locale).of(LANG_TAG[of]) ?? of;
}

/** "a, b and c" with the reader's separators (Arabic "،", Chinese "、"). */
export function formatList(locale: Locale, items: string[]): string {
  return conjunction(locale).format(items);
}

/** The same list as parts, so each item can be rendered as a link. */
export function listParts(locale: Locale, items: string[]): { type: "element" | "literal"; value: string }[] {
  return conjunction(locale).formatToParts(items);
}
