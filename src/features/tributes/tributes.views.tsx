import { formatDate, languageName, regionName } from "../../i18n/format.ts";
import { foreignText, LOCALES } from "../../i18n/locales.ts";
import { countryOptions, CsrfField, ErrorSummary, Pagination, Select, TextArea, TextInput } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import type { TributeRow } from "./tributes.repo.ts";
import { TRIBUTE_FORM_ORDER, TRIBUTE_MAX } from "./tributes.schema.ts";

export interface WallView {
  filters: { values: FormValues; errors?: FieldErrors | undefined };
  rows: TributeRow[];
  total: number;
  page: number;
  pageCount: number;
  facets: { countries: string[] };
  /** The filters to keep in the pagination links. */
  params: Record<string, string>;
  form: { values: FormValues; errors?: FieldErrors | undefined; token: string };
}

/** The tribute wall: the form to leave a message, then the approved messages, newest first, with filters. */
export function renderWall(ctx: PageContext, v: WallView) {
  const t = ctx.t;
  const l = ctx.locale;
  const hasErrors = Boolean(v.filters.errors || v.form.errors);
  return (
    <Layout ctx={ctx} title={t("remembrance.tributes.title")} description={t("remembrance.tributes.lead")} hasErrors={hasErrors}>
      {v.filters.errors ? <ErrorSummary ctx={ctx} errors={v.filters.errors} order={["language", "country", "page"]} /> : null}
      {v.form.errors ? <ErrorSummary ctx={ctx} errors={v.form.errors} order={TRIBUTE_FORM_ORDER} /> : null}
      <p>
        <a class="back-link" href={`/${l}/remembrance`}>{t("remembrance.tributes.backToDay")}</a>
      </p>
      <h1>{t("remembrance.tributes.title")}</h1>
      <p class="lead">{t("remembrance.tributes.lead")}</p>
      <TributeForm ctx={ctx} form={v.form} />
      <section class="tribute-wall" aria-labelledby="tribute-wall-title">
        <h2 id="tribute-wall-title">{t("remembrance.tributes.wallTitle")}</h2>
        <form class="filters" method="get" action={`/${l}/remembrance/tributes`} aria-label={t("remembrance.tributes.filter.label")}>
          <Select
            ctx={ctx}
            name="language"
            label={t("remembrance.tributes.filter.language")}
            values={v.filters.values}
            errors={v.filters.errors}
            options={[{ value: "", label: t("remembrance.tributes.filter.all") }, ...LOCALES.map((x) => ({ value: x, label: languageName(l, x) }))]}
          />
          <Select
            ctx={ctx}
            name="country"
            label={t("remembrance.tributes.filter.country")}
            values={v.filters.values}
            errors={v.filters.errors}
            options={[{ value: "", label: t("remembrance.tributes.filter.all") }, ...wallCountries(v).map((c) => ({ value: c, label: regionName(l, c) }))]}
          />
          <button type="submit" class="button button-secondary">{t("remembrance.tributes.filter.apply")}</button>
        </form>
        <p role="status">{t("remembrance.tributes.count", { count: v.total })}</p>
        {v.rows.length ? (
          <ul class="tribute-list">
            {v.rows.map((m) => {
              // The message is marked with its own language and direction; the card and its byline follow the page.
              const foreign = foreignText(l, m.language);
              return (
                <li>
                  <p class="prewrap tribute-text" dir="auto" {...foreign}>{m.body}</p>
                  <p class="meta">
                    <bdi>{m.name ?? t("remembrance.tributes.anonymous")}</bdi>
                    {m.country ? ` · ${regionName(l, m.country)}` : ""}
                    {` · ${formatDate(l, m.decided_at ?? m.created_at, "medium")}`}
                  </p>
                </li>
              );
            })}
          </ul>
        ) : null}
        <Pagination ctx={ctx} page={v.page} pageCount={v.pageCount} baseUrl={`/${l}/remembrance/tributes`} params={v.params} />
      </section>
    </Layout>
  );
}

/** The countries the wall's messages come from, and the one asked for even when none does. */
function wallCountries(v: WallView): string[] {
  const asked = v.filters.values.country;
  return typeof asked === "string" && /^[A-Z]{2}$/.test(asked) && !v.facets.countries.includes(asked) ? [...v.facets.countries, asked] : v.facets.countries;
}

function TributeForm({ ctx, form }: { ctx: PageContext; form: WallView["form"] }) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <section class="tribute-form" aria-labelledby="tribute-form-title">
      <h2 id="tribute-form-title">{t("remembrance.tributes.formTitle")}</h2>
      <p>{t("remembrance.tributes.moderationNote")}</p>
      <form method="post" action={`/${l}/remembrance/tributes`} novalidate aria-labelledby="tribute-form-title">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="started" value={form.token} />
        <TextArea ctx={ctx} name="message" label={t("remembrance.tributes.message")} hint={t("remembrance.tributes.messageHint", { max: TRIBUTE_MAX })} values={form.values} errors={form.errors} rows={4} />
        <TextInput ctx={ctx} name="name" label={t("remembrance.tributes.name")} hint={t("remembrance.tributes.nameHint")} autocomplete="name" values={form.values} errors={form.errors} />
        <Select ctx={ctx} name="author_country" label={t("remembrance.tributes.country")} values={form.values} errors={form.errors} options={countryOptions(ctx, t("remembrance.tributes.countryNone"))} />
        <Select ctx={ctx} name="message_language" label={t("remembrance.tributes.language")} values={form.values} errors={form.errors} options={LOCALES.map((x) => ({ value: x, label: languageName(l, x) }))} />
        <div class="hp-field" aria-hidden="true">
          <label for="field-website">{t("remembrance.tributes.leaveEmpty")}</label>
          <input type="text" id="field-website" name="website" tabIndex={-1} autocomplete="off" />
        </div>
        <button type="submit" class="button">{t("remembrance.tributes.submit")}</button>
      </form>
    </section>
  );
}
