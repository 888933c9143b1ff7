import { LANG_TAG, type Locale } from "./locales.ts";

/** Intl formatters are costly to build and pages use them in loops: build each once per language. */
function memo<T>(build: (locale: Locale) => T): (locale: Locale) => T {
  return kept((locale: Locale) => locale, build);
}

const longDate = memo((l) => new Intl.DateTimeFormat(LANG_TAG[l], { dateStyle: "long", timeZone: "UTC" }));
const mediumDate = memo((l) => new Intl.DateTimeFormat(LANG_TAG[l], { dateStyle: "medium", timeZone: "UTC" }));
const dateTime = memo((l) => new Intl.DateTimeFormat(LANG_TAG[l], { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }));
const languageNames = memo((l) => new Intl.DisplayNames([LANG_TAG[l]], { type: "language" }));
const conjunction = memo((l) => new Intl.ListFormat(LANG_TAG[l], { type: "conjunction" }));

/**
 * Texts that Intl writes the same way every time for the same input, kept: a page writes dozens of
 * dates, names and lists, and each Intl call costs microseconds. Bounded, as inputs can come from a
 * reader's query (a language or country code in a search).
 */
function kept<A extends unknown[], T>(keyOf: (...args: A) => string, compute: (...args: A) => T): (...args: A) => T {
  const values = new Map<string, T>();
  return (...args) => {
    const key = keyOf(...args);
    let value = values.get(key);
    if (value === undefined) {
      value = compute(...args);
      if (values.size >= 10_000) values.clear();
      values.set(key, value);
    }
    return value;
  };
}

const keptDates = kept(
  (locale: Locale, isoDate: string, style: "long" | "medium") => `${locale}\u0000${style}\u0000${isoDate}`,
  (locale, isoDate, style) => {
    const d = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
    return Number.isNaN(d.getTime()) ? isoDate : (style === "long" ? longDate : mediumDate)(locale).format(d);
  },
);

/** A calendar date (YYYY-MM-DD or ISO timestamp) written the reader's way, e.g. "21 August 2026". */
export function formatDate(locale: Locale, isoDate: string, style: "long" | "medium" = "long"): string {
  return keptDates(locale, isoDate, style);
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
export const listParts: (locale: Locale, items: string[]) => readonly { readonly type: "element" | "literal"; readonly value: string }[] = kept(
  (locale: Locale, items: string[]) => `${locale}${JSON.stringify(items)}`,
  (locale, items) => Object.freeze(conjunction(locale).formatToParts(items).map((part) => Object.freeze(part))),
);

const regionNames = memo((l) => new Intl.DisplayNames([LANG_TAG[l]], { type: "region" }));
const anyLanguageNames = memo((l) => new Intl.DisplayNames([LANG_TAG[l]], { type: "language" }));
const collators = memo((l) => new Intl.Collator(LANG_TAG[l]));
const clockTime = memo((l) => new Intl.DateTimeFormat(LANG_TAG[l], { hour: "numeric", minute: "2-digit", timeZone: "UTC" }));
const weekday = memo((l) => new Intl.DateTimeFormat(LANG_TAG[l], { weekday: "long", timeZone: "UTC" }));
const kilometres = memo((l) => [0, 1].map((digits) => new Intl.NumberFormat(LANG_TAG[l], { style: "unit", unit: "kilometer", maximumFractionDigits: digits })));

/** Names looked up by code, kept (a directory page names dozens of countries and languages). */
function keptNames(lookup: (locale: Locale) => Intl.DisplayNames): (locale: Locale, code: string) => string {
  return kept(
    (locale: Locale, code: string) => `${locale}\u0000${code}`,
    (locale, code) => {
      try {
        return lookup(locale).of(code) ?? code;
      } catch {
        return code;
      }
    },
  );
}

/** A country's name in the reader's language ("Francia", "法国"); the code itself if Intl has none. */
export const regionName: (locale: Locale, code: string) => string = keptNames(regionNames);

/** The name of any language (ISO 639 code, e.g. "ur", "no") in the reader's language; the code if unknown. */
export const spokenLanguageName: (locale: Locale, code: string) => string = keptNames(anyLanguageNames);

/** Compares two texts in the reader's alphabetical order. */
export function compareText(locale: Locale): (a: string, b: string) => number {
  return collators(locale).compare;
}

/** A time of day written the reader's way ("9:00 AM", "09:00", "٩:٠٠ ص"). */
export function formatClockTime(locale: Locale, hours: number, minutes: number): string {
  return clockTime(locale).format(new Date(Date.UTC(2024, 0, 1, hours, minutes)));
}

/** A weekday's name, Monday = 0. */
export function weekdayName(locale: Locale, mondayIndex: number): string {
  return weekday(locale).format(new Date(Date.UTC(2024, 0, 1 + mondayIndex))); // 1 January 2024 was a Monday
}

/** A distance, with one decimal under 10 km. */
export function formatKilometres(locale: Locale, km: number): string {
  return kilometres(locale)[km < 10 ? 1 : 0]!.format(km);
}

/** An amount of money; a currency code Intl does not know is written after the number as given. */
export function formatMoney(locale: Locale, amount: number, currency: string | undefined): string {
  if (!currency) return new Intl.NumberFormat(LANG_TAG[locale]).format(amount);
  try {
    return new Intl.NumberFormat(LANG_TAG[locale], { style: "currency", currency }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(LANG_TAG[locale]).format(amount)} ${currency}`;
  }
}

let countryCodeList: readonly string[] | null = null;
/**
 * Every ISO 3166-1 alpha-2 code Intl can name (countries and territories, Kosovo's XK included),
 * without groupings and private-use codes (EU, UN, QO…, XA…, ZZ).
 */
export function countryCodes(): readonly string[] {
  if (!countryCodeList) {
    const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
    const out: string[] = [];
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        if (/^(AA|EU|EZ|UN|ZZ|Q[M-Z]|X[A-JL-Z])$/.test(code)) continue;
        if (names.of(code) !== undefined) out.push(code);
      }
    }
    countryCodeList = Object.freeze(out);
  }
  return countryCodeList;
}

/** A file size in the reader's language ("1.5 MB", "1,5 Mo", "1.5 ميغابايت"): kB below 1 MB, then MB, then GB. */
export function formatBytes(locale: Locale, bytes: number): string {
  const [unit, value] = bytes >= 1e9 ? (["gigabyte", bytes / 1e9] as const) : bytes >= 1e6 ? (["megabyte", bytes / 1e6] as const) : (["kilobyte", Math.max(bytes / 1e3, 1)] as const);
  return new Intl.NumberFormat(LANG_TAG[locale], { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}
