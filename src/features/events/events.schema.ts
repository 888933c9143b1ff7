import { z } from "zod";
import type { MessageKey } from "../../i18n/i18n.ts";
import { LOCALES } from "../../i18n/locales.ts";
import { parseForm, type FieldErrors, type FormResult, type FormValues } from "../../web/forms.ts";
import { UN_REGIONS } from "../countries/countries.data.ts";
import { isCountryCode } from "../directory/directory.schema.ts";
import { isTimeZone, zonedToUtc } from "./events.time.ts";

export const EVENT_TYPES = ["international_day", "commemoration", "conference", "webinar", "training", "exhibition", "screening"] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const ATTENDANCE = ["in_person", "online", "hybrid"] as const;
export type Attendance = (typeof ATTENDANCE)[number];
export const EVENT_STATUSES = ["scheduled", "moved_online", "postponed", "cancelled"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
/** The types shown on the International Day's page as this year's observances. */
export const REMEMBRANCE_TYPES: readonly EventType[] = ["international_day", "commemoration"];

/** Paths under /events that are pages of their own, so no event may take them as its slug. */
const RESERVED_SLUGS = new Set(["calendar", "past", "new"]);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;
const knownLanguages = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** An ISO 639 code Intl can name ("no", "ja", "sw"). */
export function isLanguageCode(code: string): boolean {
  if (!LANGUAGE_CODE.test(code)) return false;
  try {
    return knownLanguages.of(code) !== undefined;
  } catch {
    return false;
  }
}

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && Boolean(url.hostname);
  } catch {
    return false;
  }
}

const empty = (v: string | undefined) => (v ? v : undefined);

// Reader filters ---------------------------------------------------------------------------

const filterShape = {
  type: z.enum(["", ...EVENT_TYPES], { error: "events.error.type" }).optional().transform(empty),
  region: z.enum(["", ...UN_REGIONS], { error: "events.error.region" }).optional().transform(empty),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .refine((v) => !v || isLanguageCode(v), { error: "events.error.language" })
    .transform(empty),
};

const page = z
  .string()
  .optional()
  .transform((v) => (v ? Number(v) : 1))
  .refine((n) => Number.isInteger(n) && n >= 1 && n <= 10_000, { error: "events.error.page" });

/** The upcoming list and the past archive: filters and page. */
export const ListQuerySchema = z.object({ ...filterShape, page });
export type ListQuery = z.infer<typeof ListQuerySchema>;
export type EventFilters = Partial<Pick<ListQuery, "type" | "region" | "language">>;

/** The calendar: a month ("2026-08", the current one when absent) and the same filters. */
export const CalendarQuerySchema = z.object({
  ...filterShape,
  month: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d{4}-(0[1-9]|1[0-2])$/.test(v) && Number(v.slice(0, 4)) >= 2000 && Number(v.slice(0, 4)) <= 2100), { error: "events.error.month" })
    .transform(empty),
});

// Staff forms ------------------------------------------------------------------------------

const requiredText = (max: number, error: MessageKey) => z.string({ error }).trim().min(1, { error }).max(max, { error: "admin.events.error.tooLong" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "admin.events.error.tooLong" })
    .optional()
    .transform((v) => (v ? v : null));
const httpsUrl = z
  .string()
  .trim()
  .max(500, { error: "admin.events.error.url" })
  .optional()
  .refine((v) => !v || isHttpsUrl(v), { error: "admin.events.error.url" })
  .transform((v) => (v ? v : null));

const EventFieldsSchema = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: "admin.events.error.slug" })
    .max(80, { error: "admin.events.error.slug" })
    .regex(SLUG, { error: "admin.events.error.slug" })
    .refine((v) => !RESERVED_SLUGS.has(v), { error: "admin.events.error.slugReserved" }),
  type: z.enum(EVENT_TYPES, { error: "admin.events.error.type" }),
  attendance: z.enum(ATTENDANCE, { error: "admin.events.error.attendance" }),
  time_zone: z
    .string({ error: "admin.events.error.timeZone" })
    .trim()
    .refine((v) => isTimeZone(v), { error: "admin.events.error.timeZone" }),
  starts_local: z.string({ error: "admin.events.error.start" }).trim().min(1, { error: "admin.events.error.start" }),
  ends_local: z.string({ error: "admin.events.error.end" }).trim().min(1, { error: "admin.events.error.end" }),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .refine((v) => !v || isCountryCode(v), { error: "admin.events.error.country" })
    .transform((v) => (v ? v : null)),
  languages: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v : v ? [v] : []))
    .refine((v) => v.every((x) => (LOCALES as readonly string[]).includes(x)), { error: "admin.events.error.languages" }),
  other_languages: z
    .string()
    .max(200, { error: "admin.events.error.otherLanguages" })
    .optional()
    .transform((v) => (v ?? "").toLowerCase().split(/[\s,;]+/).filter(Boolean))
    .refine((v) => v.every(isLanguageCode), { error: "admin.events.error.otherLanguages" }),
  venue_name: optionalText(200),
  venue_address: optionalText(500),
  livestream_url: httpsUrl,
  registration_url: httpsUrl,
  organizer: optionalText(200),
  organizer_url: httpsUrl,
  title: requiredText(200, "admin.events.error.title"),
  summary: requiredText(500, "admin.events.error.summary"),
  description: optionalText(5000),
  accessibility: optionalText(1000),
});

/** An event's shared facts (instants in UTC) and its texts in one language. */
export type EventForm = Omit<z.infer<typeof EventFieldsSchema>, "starts_local" | "ends_local" | "other_languages" | "languages"> & {
  starts_at: string;
  ends_at: string;
  languages: string[];
};

/** The order of the form's fields: the error summary lists them so. */
export const EVENT_FORM_ORDER = ["slug", "type", "attendance", "time_zone", "starts_local", "ends_local", "country", "languages", "other_languages", "venue_name", "venue_address", "livestream_url", "registration_url", "organizer", "organizer_url", "title", "summary", "description", "accessibility"];

/**
 * Validates the event form: each field, then the wall-clock times in the event's zone (a time the
 * clocks skip is refused), the end after the start, a venue when people attend in person, and at
 * least one language. Every error is reported at once.
 */
export function parseEventForm(body: unknown): FormResult<EventForm> {
  const form = parseForm(EventFieldsSchema, body);
  const values: FormValues = form.values;
  const errors: FieldErrors = form.ok ? {} : { ...form.errors };
  const zone = typeof values.time_zone === "string" ? values.time_zone.trim() : "";
  const zoneOk = isTimeZone(zone);
  const convert = (field: "starts_local" | "ends_local", missing: MessageKey): string | null => {
    const raw = values[field];
    if (typeof raw !== "string" || !raw.trim()) {
      errors[field] ??= missing;
      return null;
    }
    if (!zoneOk) return null;
    const r = zonedToUtc(raw, zone);
    if (!r.ok) {
      errors[field] = r.reason === "gap" ? "admin.events.error.timeGap" : missing;
      return null;
    }
    return r.iso;
  };
  const startsAt = convert("starts_local", "admin.events.error.start");
  const endsAt = convert("ends_local", "admin.events.error.end");
  if (startsAt && endsAt && endsAt <= startsAt) errors.ends_local = "admin.events.error.endBeforeStart";
  // Checked on the answers as given, so these errors show with any others.
  const given = (name: string) => [values[name]].flat().some((v) => typeof v === "string" && v.trim() !== "");
  if ((values.attendance === "in_person" || values.attendance === "hybrid") && !given("venue_name")) errors.venue_name ??= "admin.events.error.venue";
  if (!given("languages") && !given("other_languages")) errors.languages ??= "admin.events.error.languages";
  if (!form.ok || Object.keys(errors).length || !startsAt || !endsAt) return { ok: false, errors, values };
  const { starts_local: _s, ends_local: _e, other_languages, languages, ...rest } = form.data;
  const ordered = [...LOCALES.filter((l) => languages.includes(l)), ...other_languages.filter((x) => !(LOCALES as readonly string[]).includes(x))];
  return { ok: true, values, data: { ...rest, starts_at: startsAt, ends_at: endsAt, languages: [...new Set(ordered)] } };
}

/** A change of status, with the reason (or news of a new date) in the language being written. */
export const StatusFormSchema = z
  .object({
    status: z.enum(EVENT_STATUSES, { error: "admin.events.error.status" }),
    status_note: optionalText(1000),
  })
  .refine((v) => v.status === "scheduled" || Boolean(v.status_note), { path: ["status_note"], message: "admin.events.error.statusNote" });
export const STATUS_FORM_ORDER = ["status", "status_note"];

export const PublishFormSchema = z.object({
  action: z.enum(["publish", "unpublish"], { error: "form.error.invalid" }),
});

// The International Day's years ------------------------------------------------------------

/** The first International Day was observed on 21 August 2018. */
export const FIRST_REMEMBRANCE_YEAR = 2018;

const videoLink = z
  .string()
  .trim()
  .max(500, { error: "admin.remembrance.error.video" })
  .optional()
  .refine((v) => !v || isHttpsUrl(v) || /^\/[a-z]{2}\/videos(\/[a-z0-9-]+){0,2}$/.test(v), { error: "admin.remembrance.error.video" })
  .transform((v) => (v ? v : null));

/** A year of the Day: its video page (shared), its theme and message in one language. */
export const YearFormSchema = z.object({
  year: z
    .string({ error: "admin.remembrance.error.year" })
    .trim()
    .refine((v) => /^\d{4}$/.test(v) && Number(v) >= FIRST_REMEMBRANCE_YEAR && Number(v) <= 2100, { error: "admin.remembrance.error.year" })
    .transform(Number),
  video_url: videoLink,
  theme: z.string({ error: "admin.remembrance.error.theme" }).trim().min(1, { error: "admin.remembrance.error.theme" }).max(300, { error: "admin.remembrance.error.tooLong" }),
  message: z.string().trim().max(10_000, { error: "admin.remembrance.error.tooLong" }).optional().transform((v) => (v ? v : null)),
  message_url: z
    .string()
    .trim()
    .max(500, { error: "admin.remembrance.error.messageUrl" })
    .optional()
    .refine((v) => !v || isHttpsUrl(v), { error: "admin.remembrance.error.messageUrl" })
    .transform((v) => (v ? v : null)),
});
export type YearForm = z.infer<typeof YearFormSchema>;
export const YEAR_FORM_ORDER = ["year", "video_url", "theme", "message", "message_url"];
