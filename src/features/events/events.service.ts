import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.ts";
import type { Locale } from "../../i18n/locales.ts";
import { UN_STATE_BY_CODE } from "../countries/countries.data.ts";
import { pickMarked as pickText } from "../../i18n/fallback.ts";
import { eventsRepo, type EventFull, type EventRow } from "./events.repo.ts";
import type { EventForm, EventStatus } from "./events.schema.ts";
import { remembranceRepo, type YearFull } from "./remembrance.repo.ts";
import type { YearForm } from "./events.schema.ts";

export { pickText };

/** The UN M49 region of a Member or observer State; none for other territories or no country. */
export const regionOf = (country: string | null): string | null => (country ? (UN_STATE_BY_CODE.get(country)?.region ?? null) : null);

/** Whether the event is over at `now`. */
export const isPast = (e: Pick<EventRow, "ends_at">, now: Date) => e.ends_at <= now.toISOString();

/** How people take part, once the status is counted: an event moved online is online. */
export const effectiveAttendance = (e: Pick<EventRow, "attendance" | "status">) => (e.status === "moved_online" ? "online" : e.attendance);

/** Events and the International Day's years: every edit counted (iCalendar SEQUENCE), status changes explained. */
export function eventsService(db: Db, clock: () => Date) {
  const repo = eventsRepo(db.kysely);
  const years = remembranceRepo(db.kysely);
  const now = () => clock().toISOString();

  function facts(f: EventForm) {
    return {
      slug: f.slug,
      type: f.type,
      attendance: f.attendance,
      starts_at: f.starts_at,
      ends_at: f.ends_at,
      time_zone: f.time_zone,
      country: f.country,
      region: regionOf(f.country),
      languages: f.languages.join(" "),
      venue_name: f.venue_name,
      venue_address: f.venue_address,
      livestream_url: f.livestream_url,
      registration_url: f.registration_url,
      organizer: f.organizer,
      organizer_url: f.organizer_url,
    };
  }

  async function saveText(e: Pick<EventRow, "id">, locale: Locale, f: EventForm, statusNote: string | null): Promise<void> {
    await repo.saveText({ event_id: e.id, locale, title: f.title, summary: f.summary, description: f.description, accessibility: f.accessibility, status_note: statusNote });
  }

  return {
    repo,
    years,

    async createEvent(f: EventForm, locale: Locale, opts: { isDemo?: boolean } = {}): Promise<string> {
      const id = randomUUID();
      const at = now();
      await repo.insert({ id, ...facts(f), status: "scheduled", publication: "draft", previous_starts_at: null, sequence: 0, is_demo: opts.isDemo ? 1 : 0, published_at: null, created_at: at, updated_at: at });
      await saveText({ id }, locale, f, null);
      return id;
    },

    /**
     * Saves the shared facts and one language's texts. When a postponed event gets new dates, its
     * first planned start is kept so readers (and search engines) see it was rescheduled.
     */
    async saveEvent(e: EventFull, f: EventForm, locale: Locale): Promise<void> {
      const keepPrevious = e.status === "postponed" && f.starts_at !== e.starts_at && !e.previous_starts_at;
      await repo.update(e.id, {
        ...facts(f),
        ...(keepPrevious ? { previous_starts_at: e.starts_at } : {}),
        sequence: e.sequence + 1,
        updated_at: now(),
      });
      await saveText(e, locale, f, e.texts.find((x) => x.locale === locale)?.status_note ?? null);
    },

    /**
     * Changes the status. The reason is written in one language; reasons written in other languages
     * for an earlier status are cleared so no reader sees a stale one. Back to "scheduled", a
     * postponed event forgets its first planned date.
     */
    async setStatus(e: EventFull, status: EventStatus, note: string | null, noteLocale: string): Promise<void> {
      await repo.update(e.id, {
        status,
        ...(status !== "postponed" ? { previous_starts_at: null } : {}),
        sequence: e.sequence + 1,
        updated_at: now(),
      });
      for (const text of e.texts) {
        const statusNote = status === "scheduled" ? null : text.locale === noteLocale ? note : status === e.status ? text.status_note : null;
        if (statusNote !== text.status_note) await repo.saveText({ ...text, status_note: statusNote });
      }
    },

    async setPublication(e: EventRow, publication: "draft" | "published"): Promise<void> {
      const at = now();
      await repo.update(e.id, { publication, updated_at: at, ...(publication === "published" && !e.published_at ? { published_at: at } : {}) });
    },

    /** Creates or updates a year of the Day: its video page and its theme and message in one language. */
    async saveYear(existing: YearFull | undefined, f: YearForm, locale: Locale, opts: { isDemo?: boolean } = {}): Promise<void> {
      const at = now();
      await years.saveYear({ year: f.year, video_url: f.video_url, is_demo: existing ? existing.is_demo : opts.isDemo ? 1 : 0, created_at: existing?.created_at ?? at, updated_at: at });
      await years.saveYearText({ year: f.year, locale, theme: f.theme, message: f.message, message_url: f.message_url });
    },
  };
}
export type EventsService = ReturnType<typeof eventsService>;
