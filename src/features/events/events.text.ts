import type { MessageKey, Translator } from "../../i18n/i18n.ts";
import { formatList, regionName, spokenLanguageName } from "../../i18n/format.ts";
import { LOCALES, type Locale } from "../../i18n/locales.ts";
import type { EventFull, EventTextRow } from "./events.repo.ts";
import { effectiveAttendance, pickText } from "./events.service.ts";
import { formatEventRange, zoneLabel } from "./events.time.ts";

/** Words about an event shared by its pages, the calendar file and the feed. */

export const typeKey = (type: string) => `events.type.${type}` as MessageKey;
export const statusKey = (status: string) => `events.status.${status}` as MessageKey;
export const attendanceKey = (attendance: string) => `events.attendance.${attendance}` as MessageKey;

/** The event's texts in the reader's language, or the best other one (marked as a fallback). */
export function eventText(e: EventFull, locale: Locale): (EventTextRow & { fallback: boolean }) | undefined {
  return pickText(e.texts, locale);
}

export const eventTitle = (e: EventFull, locale: Locale) => eventText(e, locale)?.title ?? e.slug;

/** "Friday, 21 August 2026, 10:00 – 12:00" in the event's zone, and the zone's name and offset at the start (and end, when it differs). */
export function eventWhen(locale: Locale, e: Pick<EventFull, "starts_at" | "ends_at" | "time_zone">, style: "full" | "short" = "full") {
  const range = formatEventRange(locale, e.starts_at, e.ends_at, e.time_zone, style);
  const start = zoneLabel(locale, e.time_zone, e.starts_at);
  const end = zoneLabel(locale, e.time_zone, e.ends_at);
  return { range, start, end: end.offset === start.offset ? null : end };
}

/** "Friday, 21 August 2026, 10:00 – 12:00 (Japan Standard Time, GMT+9)": the when as one line. */
export function eventWhenText(t: Translator, locale: Locale, e: Pick<EventFull, "starts_at" | "ends_at" | "time_zone">): string {
  const w = eventWhen(locale, e);
  const zone = w.end ? t("events.zone.changes", { from: zoneText(t, w.start), to: zoneText(t, w.end) }) : zoneText(t, w.start);
  return t("events.when", { date: w.range, time: zone });
}

/** "Japan Standard Time, GMT+9" (the name alone when Intl has none but the offset). */
export function zoneText(t: Translator, z: { name: string; offset: string }): string {
  return z.name === z.offset ? z.offset : t("events.zone.label", { name: z.name, offset: z.offset });
}

/** The venue as one line: name, address and country (nothing for an online event). */
export function placeText(locale: Locale, e: EventFull): string | null {
  if (effectiveAttendance(e) === "online") return null;
  const parts = [e.venue_name, e.venue_address, e.country ? regionName(locale, e.country) : null].filter((x): x is string => Boolean(x));
  return parts.length ? parts.join(", ") : null;
}

/** The event's languages named in the reader's language, the six UN languages first. */
export function languagesText(locale: Locale, e: Pick<EventFull, "languages">): string | null {
  const codes = e.languages.split(" ").filter(Boolean);
  return codes.length ? formatList(locale, codes.map((c) => spokenLanguageName(locale, c))) : null;
}

/** The language options of the filter: the six UN languages, then the others events are held in. */
export function languageOptions(locale: Locale, present: readonly string[]): { value: string; label: string }[] {
  const others = present.filter((c) => !(LOCALES as readonly string[]).includes(c)).sort();
  return [...LOCALES, ...others].map((c) => ({ value: c, label: spokenLanguageName(locale, c) }));
}
