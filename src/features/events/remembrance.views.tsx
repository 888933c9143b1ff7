import { formatDate, languageName } from "../../i18n/format.ts";
import { foreignText, type Locale } from "../../i18n/locales.ts";
import { Breadcrumbs } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { EventFull } from "./events.repo.ts";
import { eventText } from "./events.text.ts";
import { eventPath } from "./events.feeds.ts";
import { StatusLabel } from "./events.views.tsx";
import type { YearFull } from "./remembrance.repo.ts";
import { pickText } from "./events.service.ts";

export interface RemembranceView {
  /** Days until the next 21 August (0 on the day). */
  days: number;
  /** "2027-08-21": the date of the next (or today's) International Day. */
  nextDay: string;
  year: number;
  current: YearFull | undefined;
  events: EventFull[];
  pastYears: YearFull[];
}

/** A video page link: a path on this site is put in the reader's language; an outside address is kept. */
function videoHref(locale: Locale, url: string): string {
  return url.startsWith("/") ? url.replace(/^\/[a-z]{2}\//, `/${locale}/`) : url;
}

/** A year's theme, its message (text and/or link) and its video, the reader's language or a marked fallback. */
function YearDetails({ ctx, y }: { ctx: PageContext; y: YearFull }) {
  const t = ctx.t;
  const l = ctx.locale;
  const text = pickText(y.texts, l);
  const attrs = foreignText(l, text?.locale);
  return (
    <>
      {text ? (
        <p class="remembrance-theme">
          <span class="meta">{t("remembrance.themeLabel")}</span> <q {...attrs}>{text.theme}</q>
          {y.is_demo ? <> <span class="tag tag-demo">{t("remembrance.demo")}</span></> : null}
        </p>
      ) : null}
      {text?.fallback ? <p class="meta">{t("remembrance.shownIn", { language: languageName(l, text.locale as Locale) })}</p> : null}
      {text?.message ? (
        <details class="remembrance-message">
          <summary>{t("remembrance.message")}</summary>
          <div class="prewrap" {...attrs}>
            {text.message}
          </div>
        </details>
      ) : null}
      <ul class="inline-list">
        {text?.message_url ? (
          <li>
            <a href={text.message_url} rel="noopener noreferrer external">{t("remembrance.readMessage")}</a>
          </li>
        ) : null}
        {y.video_url ? (
          <li>
            <a href={videoHref(l, y.video_url)}>{t("remembrance.watchVideo", { period: String(y.year) })}</a>
          </li>
        ) : null}
      </ul>
    </>
  );
}

/** The International Day's page: why it exists, the countdown, this year's theme and observances, and past years. */
export function renderRemembrancePage(ctx: PageContext, v: RemembranceView) {
  const t = ctx.t;
  const l = ctx.locale;
  const year = String(v.year);
  const currentText = v.current ? pickText(v.current.texts, l) : undefined;
  return (
    <Layout ctx={ctx} title={t("remembrance.title")} description={t("remembrance.lead")}>
      <Breadcrumbs ctx={ctx} items={[{ href: `/${l}/`, label: t("nav.home") }]} />
      <h1>{t("remembrance.title")}</h1>
      <p class="lead">{t("remembrance.lead")}</p>
      <p class="countdown" data-countdown>
        {t("remembrance.countdown", { days: v.days, date: formatDate(l, v.nextDay) })}
      </p>

      <section aria-labelledby="why-title">
        <h2 id="why-title">{t("remembrance.why.title")}</h2>
        <p>{t("remembrance.why.resolution")}</p>
        <p>{t("remembrance.why.purpose")}</p>
        <p>{t("remembrance.why.victims")}</p>
      </section>

      <section aria-labelledby="theme-title">
        <h2 id="theme-title">{t("remembrance.theme.title", { period: year })}</h2>
        {v.current && currentText ? <YearDetails ctx={ctx} y={v.current} /> : <p>{t("remembrance.theme.none", { period: year })}</p>}
      </section>

      <section aria-labelledby="events-title">
        <h2 id="events-title">{t("remembrance.events.title", { period: year })}</h2>
        {v.events.length ? (
          <ul class="item-list">
            {v.events.map((e) => {
              const text = eventText(e, l);
              return (
                <li>
                  <h3 class="h3">
                    <a href={eventPath(l, e.slug)} {...foreignText(l, text?.locale)}>{text?.title ?? e.slug}</a> <StatusLabel ctx={ctx} status={e.status} />
                  </h3>
                  <p class="meta">{formatDate(l, e.starts_at)}</p>
                  {text ? <p {...foreignText(l, text.locale)}>{text.summary}</p> : null}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>{t("remembrance.events.none")}</p>
        )}
        <p>
          <a href={`/${l}/events`}>{t("remembrance.events.all")}</a> · <a href={`/${l}/events/calendar?month=${year}-08`}>{t("remembrance.events.calendar")}</a>
        </p>
      </section>

      <section aria-labelledby="take-part-title">
        <h2 id="take-part-title">{t("remembrance.takePart.title")}</h2>
        <ul class="action-list">
          <li>
            <a class="action" href={`/${l}/remembrance/tributes`}>{t("remembrance.takePart.tributes")}</a>
          </li>
          <li>
            <a class="action" href={`/${l}/videos`}>{t("remembrance.takePart.videos")}</a>
          </li>
          <li>
            <a class="action" href={`/${l}/stories`}>{t("remembrance.takePart.stories")}</a>
          </li>
          <li>
            <a class="action" href={`/${l}/events`}>{t("remembrance.takePart.events")}</a>
          </li>
          <li>
            <a class="action" href={`/${l}/campaigns`}>{t("remembrance.takePart.campaigns")}</a>
          </li>
        </ul>
      </section>

      <aside class="panel" aria-labelledby="care-title">
        <h2 id="care-title">{t("remembrance.care.title")}</h2>
        <p>{t("remembrance.care.body")}</p>
        <p>
          <a href={`/${l}/info/get-help-now`}>{t("remembrance.care.link")}</a>
        </p>
      </aside>

      <section aria-labelledby="archive-title">
        <h2 id="archive-title">{t("remembrance.archive.title")}</h2>
        {v.pastYears.length ? (
          <ul class="item-list remembrance-archive">
            {v.pastYears.map((y) => (
              <li>
                <h3>{t("remembrance.archive.year", { period: String(y.year) })}</h3>
                <YearDetails ctx={ctx} y={y} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("remembrance.archive.empty")}</p>
        )}
      </section>
    </Layout>
  );
}
