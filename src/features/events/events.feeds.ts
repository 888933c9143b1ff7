import { ICalCalendarMethod, ICalEventStatus, default as ical } from "ical-generator";
import { isLocale, LANG_TAG } from "../../i18n/locales.ts";
import type { PageContext } from "../../web/context.ts";
import { atomFeed, htmlText, type AtomEntry } from "../feeds/feeds.service.ts";
import type { EventFull } from "./events.repo.ts";
import { effectiveAttendance } from "./events.service.ts";
import { eventText, eventTitle, eventWhenText, languagesText, placeText, statusKey, typeKey } from "./events.text.ts";

export const eventPath = (locale: string, slug: string) => `/${locale}/events/${slug}`;

/** The event's title, with its status before it when it is not going ahead as planned. */
function titleWithStatus(ctx: PageContext, e: EventFull): string {
  const title = eventTitle(e, ctx.locale);
  return e.status === "scheduled" ? title : ctx.t("events.titleWithStatus", { state: ctx.t(statusKey(e.status)), title });
}

const ICS_STATUS: Record<string, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  moved_online: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * Events as an iCalendar file (RFC 5545, lines folded at 75 octets and ended by CRLF by
 * ical-generator). Times are UTC; the event's own zone is named in the description. The UID is the
 * event's id at this host, so it never changes, and SEQUENCE grows with every edit, so calendars
 * replace what they had; a cancelled event says STATUS:CANCELLED.
 */
export function eventsCalendar(ctx: PageContext, events: EventFull[], name: string): string {
  const t = ctx.t;
  const l = ctx.locale;
  const host = new URL(ctx.origin).hostname;
  const calendar = ical({ name, prodId: { company: "Victims Support Portal", product: "events", language: l.toUpperCase() }, method: ICalCalendarMethod.PUBLISH });
  for (const e of events) {
    const text = eventText(e, l);
    const url = `${ctx.origin}${eventPath(l, e.slug)}`;
    const online = effectiveAttendance(e) === "online";
    const location = placeText(l, e) ?? (online ? (e.livestream_url ?? t("events.attendance.online")) : null);
    const languages = languagesText(l, e);
    calendar.createEvent({
      id: `${e.id}@${host}`,
      sequence: e.sequence,
      stamp: new Date(e.updated_at),
      created: new Date(e.created_at),
      lastModified: new Date(e.updated_at),
      start: new Date(e.starts_at),
      end: new Date(e.ends_at),
      summary: titleWithStatus(ctx, e),
      description: [
        text?.summary ?? "",
        text?.status_note ? `${t(statusKey(e.status))}: ${text.status_note}` : "",
        eventWhenText(t, l, e),
        t("events.ics.type", { kind: t(typeKey(e.type)) }),
        e.organizer ? t("events.ics.organizer", { name: e.organizer }) : "",
        languages ? t("events.ics.languages", { list: languages }) : "",
        text?.accessibility ? t("events.ics.accessibility", { value: text.accessibility }) : "",
        e.livestream_url && e.status !== "cancelled" ? t("events.ics.livestream", { link: e.livestream_url }) : "",
        e.registration_url && e.status !== "cancelled" ? t("events.ics.registration", { link: e.registration_url }) : "",
        url,
      ]
        .filter(Boolean)
        .join("\n\n"),
      ...(location ? { location } : {}),
      url,
      status: ICS_STATUS[e.status] ?? ICalEventStatus.CONFIRMED,
    });
  }
  // RFC 5545 ends every content line, the last one included, with CRLF.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

/**
 * Upcoming events as an Atom feed (RFC 4287) in one language, through the portal's Atom builder. Entry
 * ids are tag URIs made from the event's id and the language, so they stay the same when an event is
 * edited or renamed; the feed's id is the events page, as it always was.
 */
export function eventsAtom(ctx: PageContext, events: EventFull[], fallbackUpdated: Date): string {
  const t = ctx.t;
  const l = ctx.locale;
  const host = new URL(ctx.origin).hostname;
  const entries: AtomEntry[] = events.map((e) => {
    const text = eventText(e, l);
    const place = placeText(l, e);
    const lines = [eventWhenText(t, l, e), place ?? t(`events.attendance.${effectiveAttendance(e)}` as "events.attendance.online"), text?.summary ?? "", text?.status_note ?? ""].filter(Boolean);
    return {
      id: `tag:${host},2017-12-19:events/${e.id}/${l}`,
      title: titleWithStatus(ctx, e),
      summary: lines.map((x) => `<p>${htmlText(x)}</p>`).join(""),
      summaryIsHtml: true,
      link: `${ctx.origin}${eventPath(l, e.slug)}`,
      lang: LANG_TAG[text && isLocale(text.locale) ? text.locale : l],
      published: e.published_at ? new Date(e.published_at) : undefined,
      updated: new Date(e.updated_at),
      categories: [{ term: e.type, label: t(typeKey(e.type)) }],
    };
  });
  return atomFeed({
    id: `${ctx.origin}/${l}/events`,
    title: `${t("events.title")} – ${t("site.name")}`,
    subtitle: t("events.lead"),
    self: `${ctx.origin}/${l}/events.atom`,
    alternate: `${ctx.origin}/${l}/events`,
    origin: ctx.origin,
    locale: l,
    now: fallbackUpdated,
    entries,
  });
}
