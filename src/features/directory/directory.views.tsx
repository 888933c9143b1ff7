import type { MessageKey } from "../../i18n/i18n.ts";
import { compareText, formatDate, formatKilometres, formatList, regionName, spokenLanguageName } from "../../i18n/format.ts";
import { foreignText } from "../../i18n/locales.ts";
import { Breadcrumbs, Checkboxes, ErrorSummary, Pagination, Radios, Select, TextInput } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import { keptRenders } from "../../views/rendered-once.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import type { DirectoryResult, ListingHit } from "./directory.search.ts";
import { SERVICE_FEATURES, SERVICE_TYPES, SGBV_GROUP, SGBV_TYPES, STAFF_GENDER_TERM, sgbvSearchHref, TERM_BY_CODE, WOMEN_LED_TERM } from "./directory.taxonomy.ts";

export interface SearchOptions {
  countries: { code: string; n: number }[];
  places: { city: string; n: number }[];
  regions: string[];
  languages: string[];
  termNames: Map<string, string>;
  /** Which loads of the choices these are: rendered filters are kept until the choices are loaded again. */
  loaded: string;
}

export const countryName = (ctx: PageContext, code: string): string => regionName(ctx.locale, code);
export const languageNameOf = (ctx: PageContext, code: string): string => spokenLanguageName(ctx.locale, code);

export function typeName(ctx: PageContext, names: Map<string, string>, code: string): string {
  const term = TERM_BY_CODE.get(code);
  return term ? (names.get(term.id) ?? term.names[ctx.locale]) : code;
}

/** Every value the filters read: the words searched for are not among them. */
const FILTER_NAMES = ["country", "region", "city", "type", "lang", "mode", "open", "free", "wheelchair", "women", "staffgender", "sort", "near", "lat", "lon"] as const;

/**
 * The filters as rendered for a language, a load of the choices and the filters chosen. Most searches
 * differ only in their words, so the half of the page the filters make up is rendered once for all of
 * them; a search with an error is rendered in full, as its fields show the error.
 */
const keptFilters = keptRenders(60);

/** The search form: works as a plain GET form; app.js applies changes without a full reload. */
function SearchForm({ ctx, values, errors, options }: { ctx: PageContext; values: FormValues; errors?: FieldErrors | undefined; options: SearchOptions }) {
  const chosen: FormValues = {};
  for (const name of FILTER_NAMES) if (values[name] !== undefined) chosen[name] = values[name];
  return (
    <form method="get" action={`/${ctx.locale}/services`} role="search" novalidate class="directory-form" data-directory-form>
      <TextInput ctx={ctx} name="q" type="search" label={ctx.t("directory.search.label")} hint={ctx.t("directory.search.hint")} errors={errors} values={values} />
      {errors
        ? <Filters ctx={ctx} values={chosen} errors={errors} options={options} />
        : keptFilters(`${ctx.locale}|${options.loaded}|${JSON.stringify(chosen)}`, () => <Filters ctx={ctx} values={chosen} options={options} />)}
    </form>
  );
}

/** The search form's filters, sort order and buttons. */
function Filters({ ctx, values, errors, options }: { ctx: PageContext; values: FormValues; errors?: FieldErrors | undefined; options: SearchOptions }) {
  const t = ctx.t;
  const compare = compareText(ctx.locale);
  const countryOptions = [
    { value: "", label: t("directory.filter.anyCountry") },
    ...options.countries
      .map((c) => ({ value: c.code, label: countryName(ctx, c.code) }))
      .sort((a, b) => compare(a.label, b.label)),
  ];
  const country = typeof values.country === "string" ? values.country.toUpperCase() : "";
  const has = (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? v.length > 0 : Boolean(v);
  };
  const activeFilters = ["type", "lang", "mode", "open", "free", "wheelchair", "women", "staffgender", "near", "lat"].filter(has).length + (values.sort === "distance" ? 1 : 0);
  return (
    <>
      <Select ctx={ctx} name="country" label={t("directory.filter.country")} options={countryOptions} errors={errors} values={{ country }} />
      {country && options.regions.length > 1 ? (
        <Select
          ctx={ctx}
          name="region"
          label={t("directory.filter.region")}
          options={[{ value: "", label: t("directory.filter.anyRegion") }, ...options.regions.map((r) => ({ value: r, label: r }))]}
          errors={errors}
          values={values}
        />
      ) : null}
      {country && options.places.length > 0 ? (
        <Select
          ctx={ctx}
          name="city"
          label={t("directory.filter.city")}
          options={[{ value: "", label: t("directory.filter.anyCity") }, ...options.places.map((p) => ({ value: p.city, label: p.city }))]}
          errors={errors}
          values={values}
        />
      ) : null}
      {!country ? <p class="hint">{t("directory.filter.countryFirst")}</p> : null}
      <details class="more-filters" data-more-filters open={activeFilters > 0 || errors ? true : undefined}>
        <summary>{activeFilters > 0 ? t("directory.filter.moreActive", { count: activeFilters }) : t("directory.filter.more")}</summary>
        <Checkboxes
          ctx={ctx}
          name="type"
          label={t("directory.filter.type")}
          options={SERVICE_TYPES.filter((s) => !s.parentId).map((s) => ({ value: s.code, label: typeName(ctx, options.termNames, s.code) }))}
          errors={errors}
          values={values}
        />
        <Checkboxes
          ctx={ctx}
          name="type"
          groupId="field-type-sgbv"
          label={options.termNames.get(SGBV_GROUP.id) ?? SGBV_GROUP.names[ctx.locale]}
          options={SGBV_TYPES.map((s) => ({ value: s.code, label: typeName(ctx, options.termNames, s.code) }))}
          errors={errors}
          values={values}
        />
        <Select
          ctx={ctx}
          name="lang"
          label={t("directory.filter.language")}
          options={[
            { value: "", label: t("directory.filter.anyLanguage") },
            ...options.languages.map((l) => ({ value: l, label: languageNameOf(ctx, l) })).sort((a, b) => compare(a.label, b.label)),
          ]}
          errors={errors}
          values={values}
        />
        <Radios
          ctx={ctx}
          name="mode"
          label={t("directory.filter.mode")}
          options={[
            { value: "", label: t("directory.filter.modeAny") },
            { value: "remote", label: t("directory.filter.modeRemote") },
            { value: "in_person", label: t("directory.filter.modeInPerson") },
          ]}
          errors={errors}
          values={{ mode: typeof values.mode === "string" ? values.mode : "" }}
        />
        <Radios
          ctx={ctx}
          name="open"
          label={t("directory.filter.open")}
          options={[
            { value: "", label: t("directory.filter.openAny") },
            { value: "now", label: t("directory.filter.openNow") },
            { value: "24h", label: t("directory.filter.open24h") },
          ]}
          errors={errors}
          values={{ open: typeof values.open === "string" ? values.open : "" }}
        />
        <Checkboxes
          ctx={ctx}
          name="free"
          label={t("directory.filter.cost")}
          options={[{ value: "1", label: t("directory.filter.free") }]}
          errors={errors}
          values={values}
        />
        <Checkboxes
          ctx={ctx}
          name="wheelchair"
          label={t("directory.filter.access")}
          options={[{ value: "1", label: t("directory.filter.wheelchair") }]}
          errors={errors}
          values={values}
        />
        <Checkboxes ctx={ctx} name="women" label={t("directory.gender.filter.womenLegend")} options={[{ value: "1", label: typeName(ctx, options.termNames, WOMEN_LED_TERM.code) }]} errors={errors} values={values} />
        <Checkboxes
          ctx={ctx}
          name="staffgender"
          label={t("directory.gender.filter.staffLegend")}
          hint={t("directory.gender.filter.staffHint")}
          options={[{ value: "1", label: typeName(ctx, options.termNames, STAFF_GENDER_TERM.code) }]}
          errors={errors}
          values={values}
        />
        <fieldset class="field sort-fieldset">
          <legend>{t("directory.sort.label")}</legend>
          <Radios
            ctx={ctx}
            name="sort"
            label={t("directory.sort.order")}
            options={[
              { value: "relevance", label: t("directory.sort.relevance") },
              { value: "distance", label: t("directory.sort.distance") },
            ]}
            errors={errors}
            values={{ sort: typeof values.sort === "string" && values.sort ? values.sort : "relevance" }}
            inline
          />
          {country && options.places.length > 0 ? (
            <Select
              ctx={ctx}
              name="near"
              label={t("directory.sort.near")}
              hint={t("directory.sort.nearHint")}
              options={[{ value: "", label: t("directory.sort.nearNone") }, ...options.places.map((p) => ({ value: p.city, label: p.city }))]}
              errors={errors}
              values={values}
            />
          ) : (
            <p class="hint" id="field-near">{t("directory.sort.nearCountryFirst")}</p>
          )}
          {typeof values.lat === "string" && typeof values.lon === "string" && values.lat && values.lon ? (
            <>
              <input type="hidden" name="lat" value={values.lat} />
              <input type="hidden" name="lon" value={values.lon} />
              <p class="hint">{t("directory.sort.usingLocation")}</p>
            </>
          ) : null}
          <div
            data-geolocate
            data-label={t("directory.sort.useMyLocation")}
            data-busy={t("directory.sort.locating")}
            data-denied={t("directory.sort.locationDenied")}
            data-privacy={t("directory.sort.locationPrivacy")}
          />
        </fieldset>
      </details>
      <div class="form-actions">
        <button type="submit" class="button">{t("directory.search.submit")}</button>
        <a href={`/${ctx.locale}/services`} class="button-link">{t("directory.search.clear")}</a>
      </div>
    </>
  );
}

function ListingCard({ ctx, hit, termNames }: { ctx: PageContext; hit: ListingHit; termNames: Map<string, string> }) {
  const t = ctx.t;
  const text = foreignText(ctx.locale, hit.text_language);
  const place = [hit.city, hit.country ? countryName(ctx, hit.country) : null].filter(Boolean).join(t("directory.placeSeparator"));
  const badges: string[] = [];
  if (hit.always_open) badges.push(t("directory.badge.24h"));
  else if (hit.openNow) badges.push(t("directory.badge.openNow"));
  if (hit.free) badges.push(t("directory.badge.free"));
  if (hit.remote) badges.push(t("directory.badge.remote"));
  if (hit.in_person) badges.push(t("directory.badge.inPerson"));
  if (hit.wheelchair) badges.push(t("directory.badge.wheelchair"));
  for (const f of SERVICE_FEATURES) if (hit.features.includes(f.code)) badges.push(typeName(ctx, termNames, f.code));
  const href = `/${ctx.locale}/services/${hit.service_id}${hit.location_id ? `?at=${hit.location_id}` : ""}`;
  return (
    <li class="listing">
      <h3 {...text}>
        <a href={href}>{hit.name}</a>
      </h3>
      {hit.organization_name && hit.organization_name !== hit.name ? (
        <p class="listing-org" {...text}>{hit.organization_name}</p>
      ) : null}
      <p class="meta">
        {place ? <span>{place}</span> : <span>{t("directory.noPlace")}</span>}
        {hit.distanceKm !== null ? <span> · {t("directory.distance", { distance: formatKilometres(ctx.locale, hit.distanceKm) })}</span> : null}
      </p>
      {hit.types.length ? <p class="listing-types">{formatList(ctx.locale, hit.types.map((c) => typeName(ctx, termNames, c)))}</p> : null}
      {badges.length ? (
        <ul class="badges" aria-label={t("directory.badges")}>
          {badges.map((b) => <li class="badge">{b}</li>)}
        </ul>
      ) : null}
      {hit.summary ? <p {...text}>{hit.summary}</p> : null}
      {hit.phone ? (
        <p class="listing-phone">
          {t("directory.call")} <a href={`tel:${hit.phone.replace(/[^\d+]/g, "")}`} dir="ltr">{hit.phone}</a>
        </p>
      ) : null}
    </li>
  );
}

export interface SearchPageView {
  values: FormValues;
  errors?: FieldErrors | undefined;
  result: DirectoryResult | null;
  page: number;
  options: SearchOptions;
  /** Every parameter of the current search, for pagination links (a name may repeat). */
  params: [string, string][];
  title?: MessageKey;
  intro?: MessageKey;
  basePath?: string;
}

export function ResultsRegion({ ctx, v }: { ctx: PageContext; v: SearchPageView }) {
  const t = ctx.t;
  const r = v.result;
  return (
    <section id="directory-results" aria-labelledby="results-title" class="directory-results">
      <h2 id="results-title" aria-live="polite">
        {r ? (r.capped ? t("directory.countMore", { count: r.total }) : t("directory.count", { count: r.total })) : t("directory.resultsTitle")}
      </h2>
      {r?.capped ? <p class="hint">{t("directory.narrowDown")}</p> : null}
      {r?.point?.place ? <p class="hint">{t("directory.sortedFrom", { place: r.point.place })}</p> : null}
      {r?.point && !r.point.place ? <p class="hint">{t("directory.sortedFromYou")}</p> : null}
      {r?.unknownPlace ? <p class="notice">{t("directory.unknownPlace")}</p> : null}
      {r && !r.point && !r.unknownPlace && v.values.sort === "distance" ? <p class="notice">{t("directory.chooseCity")}</p> : null}
      {r && r.total === 0 ? (
        <div class="no-results">
          <p>{t("directory.noResults")}</p>
          <p>
            <a href={`/${ctx.locale}/info/get-help-now`}>{t("directory.noResultsHelp")}</a>
          </p>
        </div>
      ) : null}
      {r ? (
        <ol class="listings">
          {r.hits.map((h) => (
            <ListingCard ctx={ctx} hit={h} termNames={v.options.termNames} />
          ))}
        </ol>
      ) : null}
      {r ? <Pagination ctx={ctx} page={v.page} pageCount={r.pageCount} baseUrl={v.basePath ?? `/${ctx.locale}/services`} params={v.params} /> : null}
    </section>
  );
}

export function renderDirectorySearch(ctx: PageContext, v: SearchPageView) {
  const t = ctx.t;
  const searching = v.params.length > 0;
  return (
    <Layout ctx={ctx} title={t(v.title ?? "directory.title")} hasErrors={Boolean(v.errors)} noindex={searching} description={t("directory.intro")}>
      <Breadcrumbs ctx={ctx} items={[{ href: `/${ctx.locale}/`, label: t("nav.home") }]} />
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} /> : null}
      <h1>{t(v.title ?? "directory.title")}</h1>
      <p class="lead">{t(v.intro ?? "directory.intro")}</p>
      <p class="notice notice-urgent">{t("directory.emergency")}</p>
      <p class="directory-sgbv">
        <a href={sgbvSearchHref(ctx.locale)}>{t("help.gender.link")}</a>
        <span class="hint"> {t("help.gender.linkHint")}</span>
      </p>
      <div class="directory-layout">
        <SearchForm ctx={ctx} values={v.values} errors={v.errors} options={v.options} />
        {v.errors ? null : <ResultsRegion ctx={ctx} v={v} />}
      </div>
      <ul class="inline-list directory-links">
        <li><a href={`/${ctx.locale}/services/associations`}>{t("directory.associations.link")}</a></li>
        <li><a href={`/${ctx.locale}/services/propose`}>{t("directory.propose.link")}</a></li>
        <li><a href={`/${ctx.locale}/services/open-data`}>{t("directory.openData.link")}</a></li>
      </ul>
    </Layout>
  );
}

/** The associations network: organisations that are victims' associations, by country. */
export function renderAssociations(
  ctx: PageContext,
  v: { groups: { country: string | null; orgs: { id: string; name: string; textLanguage: string | null; services: number }[] }[] },
) {
  const t = ctx.t;
  const compare = compareText(ctx.locale);
  const groups = [...v.groups].sort((a, b) =>
    a.country === null ? 1 : b.country === null ? -1 : compare(countryName(ctx, a.country), countryName(ctx, b.country)),
  );
  return (
    <Layout ctx={ctx} title={t("directory.associations.title")}>
      <Breadcrumbs
        ctx={ctx}
        items={[
          { href: `/${ctx.locale}/`, label: t("nav.home") },
          { href: `/${ctx.locale}/services`, label: t("directory.title") },
        ]}
      />
      <h1>{t("directory.associations.title")}</h1>
      <p class="lead">{t("directory.associations.intro")}</p>
      {groups.length === 0 ? <p>{t("directory.associations.none")}</p> : null}
      {groups.map((g) => (
        <section aria-labelledby={`country-${g.country ?? "none"}`}>
          <h2 id={`country-${g.country ?? "none"}`}>{g.country ? countryName(ctx, g.country) : t("directory.noPlace")}</h2>
          <ul class="org-list">
            {g.orgs.map((o) => (
              <li>
                <a href={`/${ctx.locale}/services/organizations/${o.id}`} {...foreignText(ctx.locale, o.textLanguage)}>
                  {o.name}
                </a>{" "}
                <span class="meta">{t("directory.associations.services", { count: o.services })}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}

export function lastCheckedText(ctx: PageContext, assuredDate: string | undefined): string {
  return assuredDate ? ctx.t("directory.service.lastChecked", { date: formatDate(ctx.locale, assuredDate) }) : ctx.t("directory.service.notChecked");
}

