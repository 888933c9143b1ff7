import { formatDateTime, languageName, regionName } from "../../i18n/format.ts";
import type { MessageKey } from "../../i18n/i18n.ts";
import { foreignText, isLocale, LANG_TAG, LOCALES, textDirection, type Locale } from "../../i18n/locales.ts";
import { countryOptions, CsrfField, ErrorSummary, Radios, Select, TextArea, TextInput } from "../../views/components.tsx";
import { pickCrisisText } from "../../views/crisis-banner.tsx";
import { Layout } from "../../views/layout.tsx";
import { markdownToSafeHtml, TrustedHtml } from "../../views/markdown.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import type { CrisisNotice } from "./crisis.cache.ts";
import { CRISIS_SECTIONS, type CrisisSection } from "./crisis.repo.ts";
import { CRISIS_SEVERITIES } from "./crisis.schema.ts";

const SECTION_KEY: Record<CrisisSection, MessageKey> = {
  helplines: "crisis.section.helplines",
  missing_persons: "crisis.section.missingPersons",
  consular: "crisis.section.consular",
  get_help: "crisis.section.getHelp",
};
const SECTION_HINT: Record<CrisisSection, MessageKey> = {
  helplines: "admin.crisis.hint.helplines",
  missing_persons: "admin.crisis.hint.missingPersons",
  consular: "admin.crisis.hint.consular",
  get_help: "admin.crisis.hint.getHelp",
};
const SEVERITY_KEY: Record<string, MessageKey> = {
  advisory: "crisis.severity.advisory",
  serious: "crisis.severity.serious",
  critical: "crisis.severity.critical",
};
const TEXT_ORDER = ["headline", "message", ...CRISIS_SECTIONS];
const SWITCH_ON_ORDER = ["headline", "message", "severity", "country", ...CRISIS_SECTIONS];
const nameOf = (ctx: PageContext, code: string) => (isLocale(code) ? languageName(ctx.locale, code) : code);
const severityName = (ctx: PageContext, s: string) => (SEVERITY_KEY[s] ? ctx.t(SEVERITY_KEY[s]) : s);

/** The incident page: headline and message, then each section written (in the reader's language when written, else the original). */
export function renderIncidentPage(ctx: PageContext, notice: CrisisNotice) {
  const t = ctx.t;
  const main = pickCrisisText(notice, ctx.locale);
  if (!main) return renderNoIncident(ctx);
  const mark = foreignText(ctx.locale, main.locale);
  const source = notice.texts.get(notice.sourceLocale);
  return (
    <Layout ctx={ctx} title={main.headline} description={main.message}>
      <p class="crisis-meta">
        <span class={`crisis-severity crisis-severity-${notice.severity}`}>{severityName(ctx, notice.severity)}</span>{" "}
        {notice.country ? <span>{regionName(ctx.locale, notice.country)} · </span> : null}
        <span>{t("crisis.page.since", { date: formatDateTime(ctx.locale, notice.switchedOnAt) })}</span>
      </p>
      <h1 {...mark}>{main.headline}</h1>
      {mark.lang ? <p class="hint">{t("crisis.page.fallback", { language: nameOf(ctx, main.locale) })}</p> : null}
      <p class="lead" {...mark}>
        {main.message}
      </p>
      {CRISIS_SECTIONS.map((s) => {
        // A section missing from a translation falls back to the original, marked with its language.
        const text = main[s] ? main : source?.[s] ? source : null;
        if (!text) return null;
        const sectionMark = foreignText(ctx.locale, text.locale);
        return (
          <section class="crisis-section" aria-labelledby={`crisis-${s}`}>
            <h2 id={`crisis-${s}`}>{t(SECTION_KEY[s])}</h2>
            <div dir={sectionMark.dir}>
              <TrustedHtml html={markdownToSafeHtml(text[s], { headingsUnderH2: true })} class="prose" lang={sectionMark.lang} />
            </div>
          </section>
        );
      })}
      <section class="crisis-section" aria-labelledby="crisis-more">
        <h2 id="crisis-more">{t("crisis.page.moreHelp")}</h2>
        <ul>
          <li><a href={`/${ctx.locale}/info/get-help-now`}>{t("nav.helpNow")}</a></li>
          <li><a href={`/${ctx.locale}/services`}>{t("nav.findHelp")}</a></li>
        </ul>
      </section>
    </Layout>
  );
}

/** When crisis mode is off the address still answers, honestly, so links shared during an incident do not break. */
export function renderNoIncident(ctx: PageContext) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("crisis.none.title")} noindex>
      <h1>{t("crisis.none.title")}</h1>
      <p class="lead">{t("crisis.none.body")}</p>
      <ul>
        <li><a href={`/${ctx.locale}/info/get-help-now`}>{t("nav.helpNow")}</a></li>
        <li><a href={`/${ctx.locale}/services`}>{t("nav.findHelp")}</a></li>
        <li><a href={`/${ctx.locale}/news`}>{t("nav.news")}</a></li>
      </ul>
    </Layout>
  );
}

export interface HistoryRow {
  id: string;
  active: number;
  severity: string;
  country: string | null;
  source_locale: string;
  switched_on_at: string;
  switched_off_at: string | null;
  headline: string | null;
  created_by_name: string | null;
}

function TextFields({ ctx, values, errors }: { ctx: PageContext; values: FormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t;
  return (
    <div class="crisis-text-fields">
      <TextInput ctx={ctx} name="headline" label={t("admin.crisis.field.headline")} hint={t("admin.crisis.hint.headline")} values={values} errors={errors} />
      <TextArea ctx={ctx} name="message" label={t("admin.crisis.field.message")} hint={t("admin.crisis.hint.message")} values={values} errors={errors} rows={3} />
      {CRISIS_SECTIONS.map((s) => (
        <TextArea ctx={ctx} name={s} label={t(SECTION_KEY[s])} hint={t(SECTION_HINT[s])} values={values} errors={errors} rows={5} />
      ))}
    </div>
  );
}

/** The staff page: switch on fast (one short form), or manage the notice that is on; then the history. */
export function renderAdminCrisis(
  ctx: PageContext,
  v: { notice: CrisisNotice | null; history: HistoryRow[]; values: FormValues; errors?: FieldErrors | undefined },
) {
  const t = ctx.t;
  const l = ctx.locale;
  const n = v.notice;
  return (
    <Layout ctx={ctx} title={t("admin.crisis.title")} area="admin" hasErrors={Boolean(v.errors)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={SWITCH_ON_ORDER} /> : null}
      <h1>{t("admin.crisis.title")}</h1>
      {n ? (
        <>
          <p class="notice crisis-status-on">
            <strong>{t("admin.crisis.statusOn", { date: formatDateTime(l, n.switchedOnAt) })}</strong>{" "}
            {severityName(ctx, n.severity)}
            {n.country ? ` · ${regionName(l, n.country)}` : ""}
          </p>
          <p><a href={`/${l}/crisis`}>{t("admin.crisis.viewPage")}</a></p>
          <h2>{t("admin.crisis.languagesTitle")}</h2>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t("admin.crisis.column.language")}</th>
                <th scope="col">{t("admin.crisis.field.headline")}</th>
                <th scope="col">{t("admin.crisis.column.action")}</th>
              </tr>
            </thead>
            <tbody>
              {LOCALES.map((loc) => {
                const text = n.texts.get(loc);
                return (
                  <tr>
                    <td>{languageName(l, loc)}</td>
                    <td>{text ? <span lang={LANG_TAG[loc]} dir={textDirection(loc)}>{text.headline}</span> : t("admin.crisis.notWritten")}</td>
                    <td>
                      <a href={`/${l}/admin/crisis/text/${loc}`}>
                        {t(text ? "admin.crisis.editText" : "admin.crisis.addText", { language: languageName(l, loc) })}
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h2>{t("admin.crisis.offTitle")}</h2>
          <form method="post" action={`/${l}/admin/crisis/off`} novalidate>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="notice" value={n.id} />
            <p class="hint">{t("admin.crisis.offHint")}</p>
            <button type="submit" class="button button-crisis">{t("admin.crisis.switchOff")}</button>
          </form>
        </>
      ) : (
        <>
          <p class="notice">{t("admin.crisis.statusOff")}</p>
          <h2>{t("admin.crisis.onTitle")}</h2>
          <p class="hint">{t("admin.crisis.onHint", { language: languageName(l, l) })}</p>
          <form method="post" action={`/${l}/admin/crisis`} novalidate>
            <CsrfField ctx={ctx} />
            <TextInput ctx={ctx} name="headline" label={t("admin.crisis.field.headline")} hint={t("admin.crisis.hint.headline")} values={v.values} errors={v.errors} />
            <TextArea ctx={ctx} name="message" label={t("admin.crisis.field.message")} hint={t("admin.crisis.hint.message")} values={v.values} errors={v.errors} rows={3} />
            <Radios ctx={ctx} name="severity" label={t("admin.crisis.field.severity")} options={CRISIS_SEVERITIES.map((s) => ({ value: s, label: severityName(ctx, s) }))} values={v.values} errors={v.errors} />
            <Select ctx={ctx} name="country" label={t("admin.crisis.field.country")} options={countryOptions(ctx, t("admin.crisis.noCountry"))} values={v.values} errors={v.errors} />
            <details class="crisis-sections" open={CRISIS_SECTIONS.some((s) => v.values[s] || v.errors?.[s])}>
              <summary>{t("admin.crisis.sectionsTitle")}</summary>
              {CRISIS_SECTIONS.map((s) => (
                <TextArea ctx={ctx} name={s} label={t(SECTION_KEY[s])} hint={t(SECTION_HINT[s])} values={v.values} errors={v.errors} rows={5} />
              ))}
            </details>
            <button type="submit" class="button button-crisis">{t("admin.crisis.switchOn")}</button>
          </form>
        </>
      )}
      <h2>{t("admin.crisis.historyTitle")}</h2>
      {v.history.length === 0 ? (
        <p>{t("admin.crisis.historyEmpty")}</p>
      ) : (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t("admin.crisis.field.headline")}</th>
              <th scope="col">{t("admin.crisis.field.severity")}</th>
              <th scope="col">{t("admin.crisis.column.on")}</th>
              <th scope="col">{t("admin.crisis.column.off")}</th>
              <th scope="col">{t("admin.crisis.column.by")}</th>
            </tr>
          </thead>
          <tbody>
            {v.history.map((h) => (
              <tr>
                <td {...foreignText(l, h.source_locale)}>{h.headline ?? "–"}</td>
                <td>{severityName(ctx, h.severity)}</td>
                <td>{formatDateTime(l, h.switched_on_at)}</td>
                <td>{h.switched_off_at ? formatDateTime(l, h.switched_off_at) : t("admin.crisis.stillOn")}</td>
                <td>{h.created_by_name ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/** Adding or editing the notice's text in one language (fields marked with that language). */
export function renderTextForm(ctx: PageContext, v: { locale: Locale; exists: boolean; values: FormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t;
  const l = ctx.locale;
  const title = t(v.exists ? "admin.crisis.editText" : "admin.crisis.addText", { language: languageName(l, v.locale) });
  return (
    <Layout ctx={ctx} title={title} area="admin" hasErrors={Boolean(v.errors)}>
      <p>
        <a class="back-link" href={`/${l}/admin/crisis`}>{t("admin.crisis.title")}</a>
      </p>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={TEXT_ORDER} /> : null}
      <h1>{title}</h1>
      <form method="post" action={`/${l}/admin/crisis/text/${v.locale}`} novalidate>
        <CsrfField ctx={ctx} />
        <TextFields ctx={ctx} values={v.values} errors={v.errors} />
        <button type="submit" class="button">{t("admin.crisis.saveText")}</button>
      </form>
    </Layout>
  );
}
