import { languageName } from "../../i18n/format.ts";
import { foreignText, type Locale } from "../../i18n/locales.ts";
import { CsrfField, ErrorSummary, TextArea, TextInput, TextLanguageTabs, TextsInLanguage } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import { YEAR_FORM_ORDER } from "./events.schema.ts";
import { pickText } from "./events.service.ts";
import type { YearFull } from "./remembrance.repo.ts";

/** The years of the International Day with their themes, and the way to add one. */
export function renderYearAdminList(ctx: PageContext, years: YearFull[]) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("admin.remembrance.title")} area="admin">
      <p>
        <a href={`/${l}/admin/events`}>{t("admin.events.title")}</a>
      </p>
      <h1>{t("admin.remembrance.title")}</h1>
      <p>{t("admin.remembrance.lead")}</p>
      <p>
        <a class="button" href={`/${l}/admin/remembrance/new`}>{t("admin.remembrance.new")}</a>
      </p>
      {years.length === 0 ? (
        <p>{t("admin.remembrance.empty")}</p>
      ) : (
        <ul class="item-list">
          {years.map((y) => {
            const text = pickText(y.texts, l);
            return (
              <li>
                <h2 class="h3">
                  <a href={`/${l}/admin/remembrance/${y.year}`}>{t("admin.remembrance.year", { period: String(y.year) })}</a>
                </h2>
                {text ? <p {...foreignText(l, text.locale)}>{text.theme}</p> : null}
                <p class="meta">{t("admin.remembrance.languages", { count: y.texts.length })}</p>
              </li>
            );
          })}
        </ul>
      )}
    </Layout>
  );
}

export interface YearEditView {
  year?: YearFull;
  locale: Locale;
  values: FormValues;
  errors?: FieldErrors | undefined;
}

/** Add or edit a year: its video page once, its theme and message in one language at a time. */
export function renderYearEdit(ctx: PageContext, v: YearEditView) {
  const t = ctx.t;
  const l = ctx.locale;
  const y = v.year;
  const base = y ? `/${l}/admin/remembrance/${y.year}` : `/${l}/admin/remembrance/new`;
  const title = y ? t("admin.remembrance.edit", { period: String(y.year) }) : t("admin.remembrance.new");
  return (
    <Layout ctx={ctx} title={title} area="admin" hasErrors={Boolean(v.errors)}>
      <p>
        <a href={`/${l}/admin/remembrance`}>{t("admin.remembrance.title")}</a>
      </p>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={YEAR_FORM_ORDER} /> : null}
      <h1>{title}</h1>
      {y ? (
        <TextLanguageTabs
          ctx={ctx}
          base={base}
          current={v.locale}
          written={y.texts.map((x) => x.locale)}
          label={t("admin.events.textLanguage")}
          writtenLabel={t("admin.events.written")}
          notWrittenLabel={t("admin.events.notWritten")}
        />
      ) : null}
      <form method="post" action={y ? base : `/${l}/admin/remembrance`} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="in" value={v.locale} />
        {y ? <input type="hidden" name="year" value={String(y.year)} /> : <TextInput ctx={ctx} name="year" label={t("admin.remembrance.yearField")} hint={t("admin.remembrance.yearHint")} values={v.values} errors={v.errors} inputMode="numeric" width="short" dir="ltr" />}
        <TextInput ctx={ctx} name="video_url" label={t("admin.remembrance.video")} hint={t("admin.remembrance.videoHint")} values={v.values} errors={v.errors} dir="ltr" />
        <TextsInLanguage locale={v.locale} legend={t("admin.events.textsIn", { language: languageName(l, v.locale) })}>
          <TextInput ctx={ctx} name="theme" label={t("admin.remembrance.theme")} values={v.values} errors={v.errors} />
          <TextArea ctx={ctx} name="message" label={t("admin.remembrance.message")} hint={t("admin.remembrance.messageHint")} rows={6} values={v.values} errors={v.errors} />
          <TextInput ctx={ctx} name="message_url" label={t("admin.remembrance.messageUrl")} hint={t("admin.events.httpsHint")} values={v.values} errors={v.errors} dir="ltr" />
        </TextsInLanguage>
        <button type="submit" class="button">{t("admin.remembrance.save")}</button>
      </form>
    </Layout>
  );
}
