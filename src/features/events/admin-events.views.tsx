import { formatDateTime, languageName } from "../../i18n/format.ts";
import { foreignText, LOCALES, type Locale } from "../../i18n/locales.ts";
import { Checkboxes, countryOptions, CsrfField, ErrorSummary, Radios, Select, TextArea, TextInput, TextLanguageTabs, TextsInLanguage } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import { eventPath } from "./events.feeds.ts";
import type { EventFull } from "./events.repo.ts";
import { ATTENDANCE, EVENT_FORM_ORDER, EVENT_STATUSES, EVENT_TYPES, STATUS_FORM_ORDER } from "./events.schema.ts";
import { attendanceKey, eventText, eventWhen, statusKey, typeKey, zoneText } from "./events.text.ts";
import { formatEventTime } from "./events.time.ts";

const publicationLabel = (ctx: PageContext, publication: string) => (publication === "published" ? ctx.t("admin.events.publication.published") : ctx.t("admin.events.publication.draft"));

/** Every event, drafts and past ones included, latest first. */
export function renderEventAdminList(ctx: PageContext, events: EventFull[]) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("admin.events.title")} area="admin">
      <h1>{t("admin.events.title")}</h1>
      <p class="button-row">
        <a class="button" href={`/${l}/admin/events/new`}>{t("admin.events.new")}</a>
        <a class="button button-secondary" href={`/${l}/admin/remembrance`}>{t("admin.remembrance.title")}</a>
      </p>
      {events.length === 0 ? (
        <p>{t("admin.events.empty")}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t("admin.events.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.events.col.title")}</th>
                <th scope="col">{t("admin.events.col.when")}</th>
                <th scope="col">{t("admin.events.col.status")}</th>
                <th scope="col">{t("admin.events.col.publication")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => {
                const text = eventText(e, l);
                const w = eventWhen(l, e, "short");
                return (
                  <tr>
                    <td>
                      <a href={`/${l}/admin/events/${e.id}`} {...foreignText(l, text?.locale)}>{text?.title ?? e.slug}</a>
                    </td>
                    <td>
                      {w.range} ({zoneText(t, w.start)})
                    </td>
                    <td>{t(statusKey(e.status))}</td>
                    <td>
                      <span class={`tag tag-${e.publication}`}>{publicationLabel(ctx, e.publication)}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

export interface EventEditView {
  event?: EventFull;
  locale: Locale;
  values: FormValues;
  errors?: FieldErrors | undefined;
  statusValues?: FormValues | undefined;
  statusErrors?: FieldErrors | undefined;
}

/** Create or edit an event: shared facts once, texts in one language, then its status and publication. */
export function renderEventEdit(ctx: PageContext, v: EventEditView) {
  const t = ctx.t;
  const l = ctx.locale;
  const e = v.event;
  const base = e ? `/${l}/admin/events/${e.id}` : `/${l}/admin/events/new`;
  const title = e ? t("admin.events.edit") : t("admin.events.new");
  const errors = v.errors ?? v.statusErrors;
  const languageOf = (x: Locale) => languageName(l, x);
  // The reason for a status is written in the language being edited, or the one the event has texts in.
  const noteLocale = (e && (e.texts.some((x) => x.locale === v.locale) ? v.locale : (eventText(e, v.locale)?.locale as Locale | undefined))) ?? v.locale;
  return (
    <Layout ctx={ctx} title={title} area="admin" hasErrors={Boolean(errors)}>
      <p>
        <a href={`/${l}/admin/events`}>{t("admin.events.title")}</a>
      </p>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={EVENT_FORM_ORDER} /> : null}
      {v.statusErrors ? <ErrorSummary ctx={ctx} errors={v.statusErrors} order={STATUS_FORM_ORDER} /> : null}
      <h1>{title}</h1>
      {e ? (
        <p>
          {t("admin.events.state")} <strong>{publicationLabel(ctx, e.publication)}</strong> · {t(statusKey(e.status))}
          {e.publication === "published" ? (
            <>
              {" "}
              · <a href={eventPath(l, e.slug)}>{t("admin.events.viewPublic")}</a>
            </>
          ) : null}
        </p>
      ) : null}
      {e ? (
        <TextLanguageTabs
          ctx={ctx}
          base={base}
          current={v.locale}
          written={e.texts.map((x) => x.locale)}
          label={t("admin.events.textLanguage")}
          writtenLabel={t("admin.events.written")}
          notWrittenLabel={t("admin.events.notWritten")}
        />
      ) : null}

      <form method="post" action={e ? base : `/${l}/admin/events`} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="in" value={v.locale} />
        <h2>{t("admin.events.facts")}</h2>
        <p class="hint">{t("admin.events.factsHint")}</p>
        <TextInput ctx={ctx} name="slug" label={t("admin.events.slug")} hint={t("admin.events.slugHint")} values={v.values} errors={v.errors} dir="ltr" />
        <Select ctx={ctx} name="type" label={t("admin.events.type")} values={v.values} errors={v.errors} options={EVENT_TYPES.map((x) => ({ value: x, label: t(typeKey(x)) }))} />
        <Radios ctx={ctx} name="attendance" label={t("admin.events.attendance")} values={v.values} errors={v.errors} options={ATTENDANCE.map((x) => ({ value: x, label: t(attendanceKey(x)) }))} />
        <TextInput ctx={ctx} name="time_zone" label={t("admin.events.timeZone")} hint={t("admin.events.timeZoneHint")} values={v.values} errors={v.errors} dir="ltr" />
        <TextInput ctx={ctx} type="datetime-local" name="starts_local" label={t("admin.events.start")} hint={t("admin.events.timeHint")} values={v.values} errors={v.errors} dir="ltr" />
        <TextInput ctx={ctx} type="datetime-local" name="ends_local" label={t("admin.events.end")} hint={t("admin.events.timeHint")} values={v.values} errors={v.errors} dir="ltr" />
        <Select ctx={ctx} name="country" label={t("admin.events.country")} hint={t("admin.events.countryHint")} values={v.values} errors={v.errors} options={countryOptions(ctx, t("admin.events.noCountry"))} />
        <Checkboxes ctx={ctx} name="languages" label={t("admin.events.languages")} values={v.values} errors={v.errors} options={LOCALES.map((x) => ({ value: x, label: languageOf(x) }))} />
        <TextInput ctx={ctx} name="other_languages" label={t("admin.events.otherLanguages")} hint={t("admin.events.otherLanguagesHint")} values={v.values} errors={v.errors} dir="ltr" />
        <TextInput ctx={ctx} name="venue_name" label={t("admin.events.venueName")} hint={t("admin.events.venueHint")} values={v.values} errors={v.errors} />
        <TextArea ctx={ctx} name="venue_address" label={t("admin.events.venueAddress")} rows={2} values={v.values} errors={v.errors} />
        <TextInput ctx={ctx} name="livestream_url" label={t("admin.events.livestream")} hint={t("admin.events.httpsHint")} values={v.values} errors={v.errors} dir="ltr" />
        <TextInput ctx={ctx} name="registration_url" label={t("admin.events.registration")} hint={t("admin.events.httpsHint")} values={v.values} errors={v.errors} dir="ltr" />
        <TextInput ctx={ctx} name="organizer" label={t("admin.events.organizer")} values={v.values} errors={v.errors} />
        <TextInput ctx={ctx} name="organizer_url" label={t("admin.events.organizerUrl")} hint={t("admin.events.httpsHint")} values={v.values} errors={v.errors} dir="ltr" />
        <TextsInLanguage locale={v.locale} legend={t("admin.events.textsIn", { language: languageOf(v.locale) })}>
          <TextInput ctx={ctx} name="title" label={t("admin.events.titleField")} values={v.values} errors={v.errors} />
          <TextArea ctx={ctx} name="summary" label={t("admin.events.summary")} hint={t("admin.events.summaryHint")} rows={2} values={v.values} errors={v.errors} />
          <TextArea ctx={ctx} name="description" label={t("admin.events.description")} rows={6} values={v.values} errors={v.errors} />
          <TextArea ctx={ctx} name="accessibility" label={t("admin.events.accessibility")} hint={t("admin.events.accessibilityHint")} rows={3} values={v.values} errors={v.errors} />
        </TextsInLanguage>
        <button type="submit" class="button">{t("admin.events.save")}</button>
      </form>

      {e ? (
        <>
          <h2>{t("admin.events.statusTitle")}</h2>
          <p>
            {t("admin.events.statusNow")} <strong>{t(statusKey(e.status))}</strong>
          </p>
          {e.previous_starts_at ? <p class="meta">{t("admin.events.firstPlanned", { date: formatEventTime(l, e.previous_starts_at, e.time_zone) })}</p> : null}
          <form method="post" action={`${base}/status`} novalidate>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="in" value={v.locale} />
            <Radios ctx={ctx} name="status" label={t("admin.events.statusField")} hint={t("admin.events.statusHint")} values={v.statusValues} errors={v.statusErrors} options={EVENT_STATUSES.map((x) => ({ value: x, label: t(statusKey(x)) }))} />
            <TextArea ctx={ctx} name="status_note" label={t("admin.events.statusNote", { language: languageOf(noteLocale) })} hint={t("admin.events.statusNoteHint")} rows={3} values={v.statusValues} errors={v.statusErrors} />
            <button type="submit" class="button button-secondary">{t("admin.events.changeStatus")}</button>
          </form>

          <h2>{t("admin.events.publicationTitle")}</h2>
          <p class="meta">{t("admin.events.updated", { date: formatDateTime(l, e.updated_at), n: e.sequence })}</p>
          <form method="post" action={`${base}/publish`} novalidate class="button-row">
            <CsrfField ctx={ctx} />
            <input type="hidden" name="in" value={v.locale} />
            {e.publication === "published" ? (
              <button type="submit" name="action" value="unpublish" class="button button-warning">{t("admin.events.unpublish")}</button>
            ) : (
              <button type="submit" name="action" value="publish" class="button">{t("admin.events.publish")}</button>
            )}
          </form>
        </>
      ) : null}
    </Layout>
  );
}
