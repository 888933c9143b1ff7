import { LANG_TAG, type Locale } from "../../i18n/locales.ts";

/**
 * Time zones with Intl only (no date library): an event's wall-clock time in its IANA zone to a UTC
 * instant and back, its offset and zone name, and dates written the reader's way.
 */

const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;
const parts = new Map<string, Intl.DateTimeFormat>();

/** True for an IANA zone name Intl knows ("Asia/Tokyo", "UTC"); offsets such as "+01:00" are refused. */
export function isTimeZone(zone: string): boolean {
  if (!ZONE_NAME.test(zone) || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function partsFormat(zone: string): Intl.DateTimeFormat {
  let f = parts.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    parts.set(zone, f);
  }
  return f;
}

/** The wall clock in `zone` at an instant: year, month (1–12), day, hour, minute, second. */
export function wallClock(instant: Date, zone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const p = Object.fromEntries(partsFormat(zone).formatToParts(instant).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour) % 24, minute: Number(p.minute), second: Number(p.second) };
}

/** Minutes ahead of UTC in `zone` at an instant (Tokyo +540, New York in winter −300). */
export function offsetMinutes(instant: Date, zone: string): number {
  const w = wallClock(instant, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** "+09:00", "-05:00", "+05:30": the offset as ISO 8601 writes it. */
export function isoOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** The instant as a local date-time with its offset, for schema.org: "2026-08-21T10:00:00+09:00". */
export function isoWithOffset(iso: string, zone: string): string {
  const instant = new Date(iso);
  const w = wallClock(instant, zone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${isoOffset(offsetMinutes(instant, zone))}`;
}

/** "2026-08-21T10:00" (a datetime-local value) for the instant in `zone`. */
export function localInputValue(iso: string, zone: string): string {
  return isoWithOffset(iso, zone).slice(0, 16);
}

/** The calendar date ("2026-08-21") of the instant in `zone`. */
export function localDate(iso: string, zone: string): string {
  return isoWithOffset(iso, zone).slice(0, 10);
}

export type LocalTimeResult = { ok: true; iso: string } | { ok: false; reason: "format" | "gap" };

/**
 * A wall-clock time in `zone` ("2026-03-29T02:30") as a UTC instant. A time the clocks skip (spring
 * forward) does not exist and is refused; a time that happens twice (autumn) is the first of the two.
 */
export function zonedToUtc(local: string, zone: string): LocalTimeResult {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return { ok: false, reason: "format" };
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(naive);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return { ok: false, reason: "format" };
  // The offset a day either side: a change of offset happens at most once in between.
  const candidates = [...new Set([offsetMinutes(new Date(naive - 86_400_000), zone), offsetMinutes(new Date(naive + 86_400_000), zone)])]
    .map((off) => naive - off * 60_000)
    .filter((t) => {
      const w = wallClock(new Date(t), zone);
      return w.year === y && w.month === mo && w.day === d && w.hour === h && w.minute === mi;
    })
    .sort((a, b) => a - b);
  const first = candidates[0];
  return first === undefined ? { ok: false, reason: "gap" } : { ok: true, iso: new Date(first).toISOString() };
}

function memo<T>(build: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = build(key);
      cache.set(key, v);
    }
    return v;
  };
}

const SEP = "\u0000";
const fullFormat = memo((k) => {
  const [tag, zone] = k.split(SEP) as [string, string];
  return new Intl.DateTimeFormat(tag, { dateStyle: "full", timeStyle: "short", timeZone: zone });
});
const shortFormat = memo((k) => {
  const [tag, zone] = k.split(SEP) as [string, string];
  return new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: zone });
});
const zoneNameFormat = memo((k) => {
  const [tag, zone, style] = k.split(SEP) as [string, string, "long" | "shortOffset"];
  return new Intl.DateTimeFormat(tag, { timeZone: zone, timeZoneName: style });
});

function zonePart(locale: Locale, zone: string, style: "long" | "shortOffset", instant: Date): string {
  return zoneNameFormat([LANG_TAG[locale], zone, style].join(SEP)).formatToParts(instant).find((p) => p.type === "timeZoneName")?.value ?? zone;
}

/** The zone's name at that instant in the reader's language ("Japan Standard Time") and its offset ("GMT+9"). */
export function zoneLabel(locale: Locale, zone: string, iso: string): { name: string; offset: string } {
  const instant = new Date(iso);
  return { name: zonePart(locale, zone, "long", instant), offset: zonePart(locale, zone, "shortOffset", instant) };
}

/**
 * When an event happens, in its own zone, the reader's way: "Friday, 21 August 2026, 10:00 – 12:00".
 * `style` "short" is for lists ("21 Aug 2026, 10:00 – 12:00").
 */
export function formatEventRange(locale: Locale, startIso: string, endIso: string, zone: string, style: "full" | "short" = "full"): string {
  const f = (style === "full" ? fullFormat : shortFormat)([LANG_TAG[locale], zone].join(SEP));
  return f.formatRange(new Date(startIso), new Date(endIso));
}

/** A date-time in the event's zone, e.g. for the first planned date of a postponed event. */
export function formatEventTime(locale: Locale, iso: string, zone: string): string {
  return fullFormat([LANG_TAG[locale], zone].join(SEP)).format(new Date(iso));
}

/** The calendar month "2026-08" written the reader's way ("August 2026", "2026年8月"). */
const monthFormat = memo((tag) => new Intl.DateTimeFormat(tag, { year: "numeric", month: "long", timeZone: "UTC" }));
export function formatMonth(locale: Locale, month: string): string {
  return monthFormat(LANG_TAG[locale]).format(new Date(`${month}-01T00:00:00Z`));
}

const dayNumber = memo((tag) => new Intl.NumberFormat(tag, { useGrouping: false }));
/** A day of the month in the reader's digits. */
export function formatDayNumber(locale: Locale, day: number): string {
  return dayNumber(LANG_TAG[locale]).format(day);
}

const weekdayLong = memo((tag) => new Intl.DateTimeFormat(tag, { weekday: "long", timeZone: "UTC" }));
const weekdayShort = memo((tag) => new Intl.DateTimeFormat(tag, { weekday: "short", timeZone: "UTC" }));
const weekdayNarrow = memo((tag) => new Intl.DateTimeFormat(tag, { weekday: "narrow", timeZone: "UTC" }));
/** A weekday's names, ISO numbering (1 = Monday … 7 = Sunday): long, short and narrow (for a phone). */
export function weekdayNames(locale: Locale, isoDay: number): { long: string; short: string; narrow: string } {
  const d = new Date(Date.UTC(2024, 0, isoDay)); // 1 January 2024 was a Monday
  const tag = LANG_TAG[locale];
  return { long: weekdayLong(tag).format(d), short: weekdayShort(tag).format(d), narrow: weekdayNarrow(tag).format(d) };
}

/**
 * The first day of the week where the reader's language is used (1 = Monday … 7 = Sunday), from
 * Intl.Locale week information where the runtime has it, else Monday (ISO 8601).
 */
export function firstDayOfWeek(locale: Locale): number {
  const loc = new Intl.Locale(LANG_TAG[locale]) as Intl.Locale & { weekInfo?: { firstDay?: number }; getWeekInfo?: () => { firstDay?: number } };
  try {
    const info = typeof loc.getWeekInfo === "function" ? loc.getWeekInfo() : loc.weekInfo;
    const day = info?.firstDay;
    return typeof day === "number" && day >= 1 && day <= 7 ? day : 1;
  } catch {
    return 1;
  }
}

/** Days from `today` (UTC) to the next 21 August: 0 on the day itself. */
export function daysUntilRemembranceDay(today: Date): number {
  const y = today.getUTCFullYear();
  const start = Date.UTC(y, today.getUTCMonth(), today.getUTCDate());
  let next = Date.UTC(y, 7, 21);
  if (next < start) next = Date.UTC(y + 1, 7, 21);
  return Math.round((next - start) / 86_400_000);
}
