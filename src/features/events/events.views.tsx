import { languageName, regionName } from "../../i18n/format.ts";
import type { ComponentChildren } from "preact";
import { foreignText, type Locale } from "../../i18n/locales.ts";
import { Breadcrumbs, ErrorSummary, FallbackNotice, JsonLd, Pagination, Select, TextInput } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import { UN_REGIONS } from "../countries/countries.data.ts";
import type { MonthGrid } from "./events.calendar.ts";
import { eventPath } from "./events.feeds.ts";
import type { EventFull } from "./events.repo.ts";
import { EVENT_TYPES } from "./events.schema.ts";
import { effectiveAttendance, isPast } from "./events.service.ts";
import { attendanceKey, eventText, eventWhen, languageOptions, languagesText, placeText, statusKey, typeKey, zoneText } from "./events.text.ts";
import { formatDayNumber, formatEventTime, formatMonth, isoWithOffset, weekdayNames } from "./events.time.ts";

const FILTER_ORDER = ["type", "region", "language", "month", "page"];

/** The status as a label anyone can see (not colour alone): "Cancelled", "Postponed", "Moved online". */
export function StatusLabel({ ctx, status }: { ctx: PageContext; status: string }) {
  if (status === "scheduled") return null;
  return <strong class={`event-status event-status-${status}`}>{ctx.t(statusKey(status))}</strong>;
}

/**
 * When the event happens in its own time zone, with the zone's name and offset. The `time` element
 * carries the instants and zone so app.js can add the reader's own time when it differs.
 */
function When({ ctx, e, style }: { ctx: PageContext; e: EventFull; style: "full" | "short" }) {
  const t = ctx.t;
  const w = eventWhen(ctx.locale, e, style);
  const zone = w.end ? t("events.zone.changes", { from: zoneText(t, w.start), to: zoneText(t, w.end) }) : zoneText(t, w.start);
  return (
    <span class="event-when" data-when>
      <time dateTime={isoWithOffset(e.starts_at, e.time_zone)} data-start={e.starts_at} data-end={e.ends_at} data-zone={e.time_zone} data-style={style} data-local-label={t("events.yourTime", { time: "{time}", name: "{name}" })}>
        {w.range}
      </time>{" "}
      <span class="event-zone">{t("events.zone.shown", { time: zone })}</span>
    </span>
  );
}

/** One event in a list: title, status, when, how and where, summary. */
function EventItem({ ctx, e, heading = "h2" }: { ctx: PageContext; e: EventFull; heading?: "h2" | "h3" }) {
  const t = ctx.t;
  const l = ctx.locale;
  const text = eventText(e, l);
  const attrs = foreignText(l, text?.locale);
  const place = placeText(l, e);
  const H = heading;
  return (
    <li class={`event-item${e.status === "cancelled" ? " event-cancelled" : ""}`}>
      <H class="h3">
        <a href={eventPath(l, e.slug)} {...attrs}>{text?.title ?? e.slug}</a>
      </H>
      <p class="meta">
        <StatusLabel ctx={ctx} status={e.status} /> {e.status !== "scheduled" ? " · " : null}
        {t(typeKey(e.type))} · {t(attendanceKey(effectiveAttendance(e)))}
        {e.is_demo ? <> · <span class="tag tag-demo">{t("events.demo")}</span></> : null}
      </p>
      <p>
        <When ctx={ctx} e={e} style="short" />
      </p>
      {place ? <p class="meta">{place}</p> : null}
      {text ? <p {...attrs}>{text.summary}</p> : null}
    </li>
  );
}

function EventList({ ctx, events, heading }: { ctx: PageContext; events: EventFull[]; heading?: "h2" | "h3" }) {
  return (
    <ul class="item-list event-list">
      {events.map((e) => (
        <EventItem ctx={ctx} e={e} heading={heading} />
      ))}
    </ul>
  );
}

/** Upcoming, calendar, past; and the calendar file and Atom feed to subscribe to. */
function EventsNav({ ctx, current }: { ctx: PageContext; current: "upcoming" | "calendar" | "past" }) {
  const t = ctx.t;
  const l = ctx.locale;
  const link = (key: typeof current, href: string, label: string) => (
    <li>
      <a href={href} aria-current={key === current ? "page" : undefined}>{label}</a>
    </li>
  );
  return (
    <>
      <nav class="subnav" aria-label={t("events.nav.label")}>
        <ul class="inline-list">
          {link("upcoming", `/${l}/events`, t("events.nav.upcoming"))}
          {link("calendar", `/${l}/events/calendar`, t("events.nav.calendar"))}
          {link("past", `/${l}/events/past`, t("events.nav.past"))}
        </ul>
      </nav>
      <p class="meta">
        {t("events.subscribe")} <a href={`/${l}/events.ics`} type="text/calendar">{t("events.subscribe.ics")}</a> · <a href={`/${l}/events.atom`} type="application/atom+xml">{t("events.subscribe.atom")}</a>
      </p>
    </>
  );
}

function Filters({ ctx, action, values, errors, languages, month }: { ctx: PageContext; action: string; values: FormValues; errors?: FieldErrors | undefined; languages: string[]; month?: boolean }) {
  const t = ctx.t;
  const l = ctx.locale;
  const all = { value: "", label: t("events.filter.all") };
  return (
    <form class="filters" method="get" action={action}>
      {month ? <TextInput ctx={ctx} type="month" name="month" label={t("events.filter.month")} hint={t("events.filter.monthHint")} values={values} errors={errors} dir="ltr" /> : null}
      <Select ctx={ctx} name="type" label={t("events.filter.type")} values={values} errors={errors} options={[all, ...EVENT_TYPES.map((x) => ({ value: x, label: t(typeKey(x)) }))]} />
      <Select ctx={ctx} name="region" label={t("events.filter.region")} values={values} errors={errors} options={[all, ...UN_REGIONS.map((r) => ({ value: r, label: regionName(l, r) }))]} />
      <Select ctx={ctx} name="language" label={t("events.filter.language")} values={values} errors={errors} options={[all, ...languageOptions(l, languages)]} />
      <button type="submit" class="button button-secondary">{t("events.filter.apply")}</button>
    </form>
  );
}

const feedLinks = (ctx: PageContext) => (
  <>
    <link rel="alternate" type="application/atom+xml" href={`/${ctx.locale}/events.atom`} title={ctx.t("events.subscribe.atom")} />
    <link rel="alternate" type="text/calendar" href={`/${ctx.locale}/events.ics`} title={ctx.t("events.subscribe.ics")} />
  </>
);

export interface EventListView {
  mode: "upcoming" | "past";
  values: FormValues;
  errors?: FieldErrors | undefined;
  rows: EventFull[];
  total: number;
  page: number;
  pageCount: number;
  params: Record<string, string>;
  languages: string[];
}

/** Upcoming events (soonest first) or the archive of past ones (latest first), filtered. */
export function renderEventList(ctx: PageContext, v: EventListView) {
  const t = ctx.t;
  const l = ctx.locale;
  const title = v.mode === "upcoming" ? t("events.title") : t("events.past.title");
  const base = v.mode === "upcoming" ? `/${l}/events` : `/${l}/events/past`;
  return (
    <Layout ctx={ctx} title={title} description={t("events.lead")} hasErrors={Boolean(v.errors)} head={feedLinks(ctx)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={FILTER_ORDER} /> : null}
      <h1>{title}</h1>
      <p class="lead">{v.mode === "upcoming" ? t("events.lead") : t("events.past.lead")}</p>
      <EventsNav ctx={ctx} current={v.mode} />
      <Filters ctx={ctx} action={base} values={v.values} errors={v.errors} languages={v.languages} />
      <p role="status">{v.mode === "upcoming" ? t("events.count", { count: v.total }) : t("events.past.count", { count: v.total })}</p>
      {v.rows.length ? <EventList ctx={ctx} events={v.rows} /> : <p>{v.mode === "upcoming" ? t("events.empty") : t("events.past.empty")}</p>}
      <Pagination ctx={ctx} page={v.page} pageCount={v.pageCount} baseUrl={base} params={v.params} />
      <p>
        <a href={`/${l}/remembrance`}>{t("events.toRemembrance")}</a>
      </p>
    </Layout>
  );
}

export interface CalendarView {
  grid: MonthGrid;
  today: string;
  values: FormValues;
  errors?: FieldErrors | undefined;
  params: Record<string, string>;
  languages: string[];
  /** The month's events in order, for the list under the grid. */
  events: EventFull[];
}

/** A month as an accessible table (weeks starting on the reader's first day), with the month's events listed below. */
export function renderCalendar(ctx: PageContext, v: CalendarView) {
  const t = ctx.t;
  const l = ctx.locale;
  const monthName = formatMonth(l, v.grid.month);
  const href = (month: string) => `/${l}/events/calendar?${new URLSearchParams({ ...v.params, month }).toString()}`;
  const title = t("events.calendar.title", { period: monthName });
  return (
    <Layout ctx={ctx} title={title} description={t("events.lead")} hasErrors={Boolean(v.errors)} head={feedLinks(ctx)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={FILTER_ORDER} /> : null}
      <h1>{title}</h1>
      <EventsNav ctx={ctx} current="calendar" />
      <Filters ctx={ctx} action={`/${l}/events/calendar`} values={v.values} errors={v.errors} languages={v.languages} month />
      <nav class="month-nav" aria-label={t("events.calendar.monthNav")}>
        <ul class="inline-list">
          <li>
            <a href={href(v.grid.previous)} rel="prev">{t("events.calendar.previous", { period: formatMonth(l, v.grid.previous) })}</a>
          </li>
          <li>
            <a href={href(v.grid.next)} rel="next">{t("events.calendar.next", { period: formatMonth(l, v.grid.next) })}</a>
          </li>
        </ul>
      </nav>
      <div class="calendar-wrap">
        <table class="calendar">
          <caption>{monthName}</caption>
          <thead>
            <tr>
              {v.grid.weekdays.map((d) => {
                const name = weekdayNames(l, d);
                return (
                  <th scope="col" abbr={name.long}>
                    <span aria-hidden="true" class="weekday-short">{name.short}</span>
                    <span aria-hidden="true" class="weekday-narrow">{name.narrow}</span>
                    <span class="visually-hidden">{name.long}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {v.grid.weeks.map((week) => (
              <tr>
                {week.map((day) =>
                  day ? (
                    <td class={day.events.length ? "has-events" : undefined} aria-current={day.date === v.today ? "date" : undefined}>
                      <time class="day-number" dateTime={day.date}>{formatDayNumber(l, day.day)}</time>
                      {day.events.length ? (
                        <ul class="plain-list">
                          {day.events.map((e) => {
                            const text = eventText(e, l);
                            return (
                              <li>
                                <a href={eventPath(l, e.slug)} {...foreignText(l, text?.locale)}>{text?.title ?? e.slug}</a>
                                {e.status !== "scheduled" ? <> <StatusLabel ctx={ctx} status={e.status} /></> : null}
                              </li>
                            );
                          })}
                        </ul>
                      ) : null}
                    </td>
                  ) : (
                    <td class="calendar-blank" />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("events.calendar.listTitle", { period: monthName })}</h2>
      {v.events.length ? <EventList ctx={ctx} events={v.events} heading="h3" /> : <p>{t("events.calendar.empty")}</p>}
    </Layout>
  );
}

const SCHEMA_STATUS: Record<string, string> = {
  scheduled: "EventScheduled",
  moved_online: "EventMovedOnline",
  postponed: "EventPostponed",
  cancelled: "EventCancelled",
};
const SCHEMA_ATTENDANCE: Record<string, string> = {
  in_person: "OfflineEventAttendanceMode",
  online: "OnlineEventAttendanceMode",
  hybrid: "MixedEventAttendanceMode",
};

/** schema.org Event: status, attendance mode, a Place and/or VirtualLocation, dates with their offset. */
export function eventJsonLd(ctx: PageContext, e: EventFull): object {
  const l = ctx.locale;
  const text = eventText(e, l);
  const attendance = effectiveAttendance(e);
  const place =
    attendance !== "online" && e.venue_name
      ? {
          "@type": "Place",
          name: e.venue_name,
          address: { "@type": "PostalAddress", ...(e.venue_address ? { streetAddress: e.venue_address } : {}), ...(e.country ? { addressCountry: e.country } : {}) },
        }
      : null;
  const virtual = attendance !== "in_person" ? { "@type": "VirtualLocation", url: e.livestream_url ?? `${ctx.origin}${eventPath(l, e.slug)}` } : null;
  const locations = [place, virtual].filter(Boolean);
  const rescheduled = e.status === "postponed" && e.previous_starts_at;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: text?.title ?? e.slug,
    ...(text ? { description: text.summary } : {}),
    url: `${ctx.origin}${eventPath(l, e.slug)}`,
    startDate: isoWithOffset(e.starts_at, e.time_zone),
    endDate: isoWithOffset(e.ends_at, e.time_zone),
    eventStatus: `https://schema.org/${rescheduled ? "EventRescheduled" : SCHEMA_STATUS[e.status]}`,
    ...(rescheduled ? { previousStartDate: isoWithOffset(e.previous_starts_at!, e.time_zone) } : {}),
    eventAttendanceMode: `https://schema.org/${SCHEMA_ATTENDANCE[attendance]}`,
    location: locations.length === 1 ? locations[0] : locations,
    ...(e.organizer ? { organizer: { "@type": "Organization", name: e.organizer, ...(e.organizer_url ? { url: e.organizer_url } : {}) } } : {}),
    ...(e.languages ? { inLanguage: e.languages.split(" ").filter(Boolean) } : {}),
  };
}

/** One event: status first when it is not going ahead as planned, when (in its zone and the reader's), how to take part, and "add to calendar". */
export function renderEventPage(ctx: PageContext, e: EventFull, now: Date) {
  const t = ctx.t;
  const l = ctx.locale;
  const text = eventText(e, l);
  const attrs = foreignText(l, text?.locale);
  const title = text?.title ?? e.slug;
  const place = placeText(l, e);
  const languages = languagesText(l, e);
  const past = isPast(e, now);
  const attendance = effectiveAttendance(e);
  const open = e.status !== "cancelled" && !past;
  const row = (label: string, value: ComponentChildren) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <Layout ctx={ctx} title={title} description={text?.summary} head={<JsonLd ctx={ctx} data={eventJsonLd(ctx, e)} />}>
      <Breadcrumbs
        ctx={ctx}
        items={[
          { href: `/${l}/`, label: t("nav.home") },
          { href: past ? `/${l}/events/past` : `/${l}/events`, label: past ? t("events.past.title") : t("events.title") },
        ]}
      />
      {text?.fallback ? <FallbackNotice ctx={ctx} shownIn={languageName(l, text.locale as Locale)} /> : null}
      <h1 {...attrs}>{title}</h1>
      {e.status !== "scheduled" ? (
        <div class={`notice event-status-notice event-status-notice-${e.status}`} role="note">
          <p>
            <StatusLabel ctx={ctx} status={e.status} />
            {e.status === "postponed" ? <> {e.previous_starts_at ? t("events.postponed.newDate") : t("events.postponed.noDate")}</> : null}
          </p>
          {e.status === "postponed" && e.previous_starts_at ? <p>{t("events.postponed.firstPlanned", { date: formatEventTime(l, e.previous_starts_at, e.time_zone) })}</p> : null}
          {text?.status_note ? (
            <p class="prewrap" {...attrs}>
              {text.status_note}
            </p>
          ) : null}
        </div>
      ) : null}
      {past ? (
        <p class="notice" role="note">
          {t("events.ended")}
        </p>
      ) : null}
      {e.is_demo ? (
        <p>
          <span class="tag tag-demo">{t("events.demo")}</span>
        </p>
      ) : null}
      {text ? (
        <p class="lead" {...attrs}>
          {text.summary}
        </p>
      ) : null}
      <dl class="summary-list event-facts">
        {row(t("events.field.when"), <When ctx={ctx} e={e} style="full" />)}
        {row(t("events.field.type"), t(typeKey(e.type)))}
        {row(t("events.field.attendance"), t(attendanceKey(attendance)))}
        {place ? row(t("events.field.venue"), place) : null}
        {e.livestream_url && attendance !== "in_person" && e.status !== "cancelled"
          ? row(
              t("events.field.livestream"),
              <a href={e.livestream_url} rel="noopener noreferrer external" dir="ltr">
                {new URL(e.livestream_url).hostname}
              </a>,
            )
          : null}
        {e.registration_url && open
          ? row(
              t("events.field.registration"),
              <a href={e.registration_url} rel="noopener noreferrer external">
                {t("events.register")}
              </a>,
            )
          : null}
        {languages ? row(t("events.field.languages"), languages) : null}
        {text?.accessibility ? row(t("events.field.accessibility"), <span {...attrs}>{text.accessibility}</span>) : null}
        {e.organizer
          ? row(
              t("events.field.organizer"),
              e.organizer_url ? (
                <a href={e.organizer_url} rel="noopener noreferrer external">
                  {e.organizer}
                </a>
              ) : (
                e.organizer
              ),
            )
          : null}
      </dl>
      {text?.description ? (
        <div class="prewrap event-description" {...attrs}>
          {text.description}
        </div>
      ) : null}
      <p>
        <a class="button button-secondary" href={`${eventPath(l, e.slug)}.ics`} download={`${e.slug}.ics`} type="text/calendar">
          {t("events.addToCalendar")}
        </a>
      </p>
      <p class="meta">{t("events.addToCalendarHint")}</p>
      <p>
        <a href={`/${l}/events`}>{t("events.all")}</a> · <a href={`/${l}/remembrance`}>{t("events.toRemembrance")}</a>
      </p>
    </Layout>
  );
}
