import { formatBytes, formatList, languageName, regionName } from "../../i18n/format.ts";
import type { MessageKey } from "../../i18n/i18n.ts";
import { foreignText, LANG_TAG, LOCALES, type Locale } from "../../i18n/locales.ts";
import type { PhotoVariant } from "../../media/photo.ts";
import { Breadcrumbs, ErrorSummary, FallbackNotice, fieldId, JsonLd, Pagination, Picture } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import type { WorkFull } from "./library.repo.ts";
import { FACETS, WORK_AUDIENCES, WORK_REGIONS, WORK_TOPICS, WORK_TYPES, type Facet, type LibraryQuery } from "./library.schema.ts";
import type { LibraryResults } from "./library.search.ts";
import { fileName, pickVersion, publicVersions, workCover } from "./library.service.ts";

export const libraryMediaUrl = (versionId: string, name: string) => `/media/library/${versionId}/${name}`;

export const typeLabel = (ctx: PageContext, type: string) => ctx.t(`library.type.${type}` as MessageKey);
export const audienceLabel = (ctx: PageContext, a: string) => ctx.t(`library.audience.${a}` as MessageKey);
export const topicLabel = (ctx: PageContext, topic: string) => ctx.t(`library.topic.${topic}` as MessageKey);
export const regionLabel = (ctx: PageContext, code: string) => regionName(ctx.locale, code);

/** The cover at both widths: WebP where the browser takes it, JPEG otherwise. Decorative: the title is beside it. */
export function Cover({ versionId, variants, sizes }: { versionId: string; variants: PhotoVariant[]; sizes: string }) {
  return <Picture class="library-cover" variants={variants} url={(v) => libraryMediaUrl(versionId, fileName(v.key))} sources={["webp"]} fallbackWidth={0} sizes={sizes} alt="" />;
}

function facetOptions(ctx: PageContext, facet: Facet, counts: Map<string, number>): { value: string; label: string }[] {
  const label = (value: string) => {
    switch (facet) {
      case "type":
        return typeLabel(ctx, value);
      case "audience":
        return audienceLabel(ctx, value);
      case "topic":
        return topicLabel(ctx, value);
      case "region":
        return regionLabel(ctx, value);
      case "lang":
        return languageName(ctx.locale, value as Locale);
      case "year":
        return value;
    }
  };
  const values: readonly string[] =
    facet === "type" ? WORK_TYPES : facet === "audience" ? WORK_AUDIENCES : facet === "topic" ? WORK_TOPICS : facet === "region" ? WORK_REGIONS : facet === "lang" ? LOCALES : [...counts.keys()].sort().reverse();
  return values.map((v) => ({ value: v, label: ctx.t("library.facet.option", { label: label(v), count: counts.get(v) ?? 0 }) }));
}

export interface LibraryIndexView {
  values: FormValues;
  errors?: FieldErrors;
  results: LibraryResults;
  query: LibraryQuery;
}

/** The library: the search form with its facets (each with counts), and the works found. */
export function renderLibraryIndex(ctx: PageContext, v: LibraryIndexView) {
  const t = ctx.t;
  const l = ctx.locale;
  const value = (name: string) => (typeof v.values[name] === "string" ? (v.values[name] as string) : "");
  const params = Object.entries(v.values).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "" && e[0] !== "page");
  return (
    <Layout ctx={ctx} title={t("library.title")} hasErrors={Boolean(v.errors)} description={t("library.intro")}>
      <h1>{t("library.title")}</h1>
      <p>{t("library.intro")}</p>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={["q", ...FACETS]} /> : null}
      <form method="get" action={`/${l}/library`} class="library-search" novalidate role="search" aria-label={t("library.searchLabel")}>
        <div class={`field${v.errors?.q ? " field-has-error" : ""}`}>
          <label for={fieldId("q")}>{t("library.q")}</label>
          <p class="hint" id={`${fieldId("q")}-hint`}>{t("library.qHint")}</p>
          {v.errors?.q ? <p class="field-error" id={`${fieldId("q")}-error`}>{t(v.errors.q)}</p> : null}
          <input type="search" id={fieldId("q")} name="q" value={value("q")} maxLength={200} aria-describedby={`${fieldId("q")}-hint${v.errors?.q ? ` ${fieldId("q")}-error` : ""}`} />
        </div>
        <div class="library-facets">
          {FACETS.map((f) => {
            const error = v.errors?.[f];
            return (
              <div class={`field${error ? " field-has-error" : ""}`}>
                <label for={fieldId(f)}>{t(`library.facet.${f}` as MessageKey)}</label>
                {error ? <p class="field-error" id={`${fieldId(f)}-error`}>{t(error)}</p> : null}
                <select id={fieldId(f)} name={f} aria-describedby={error ? `${fieldId(f)}-error` : undefined}>
                  <option value="">{t("library.facet.any")}</option>
                  {facetOptions(ctx, f, v.results.counts[f]).map((o) => (
                    <option value={o.value} selected={value(f) === o.value}>{o.label}</option>
                  ))}
                </select>
              </div>
            );
          })}
        </div>
        <div class="button-row">
          <button type="submit" class="button">{t("library.search")}</button>
          <a href={`/${l}/library`}>{t("library.clear")}</a>
        </div>
      </form>
      <h2 aria-live="polite">{t("library.found", { count: v.results.total })}</h2>
      {v.results.total === 0 ? <p>{t("library.noResults")}</p> : null}
      <ul class="library-results">
        {v.results.works.map((w) => (
          <WorkCard ctx={ctx} work={w} />
        ))}
      </ul>
      <Pagination ctx={ctx} page={v.results.page} pageCount={v.results.pageCount} baseUrl={`/${l}/library`} params={params} />
    </Layout>
  );
}

function WorkCard({ ctx, work }: { ctx: PageContext; work: WorkFull }) {
  const l = ctx.locale;
  const shown = pickVersion(work.versions, l);
  const cover = workCover(work, l);
  const langs = publicVersions(work).map((v) => languageName(l, v.locale as Locale));
  return (
    <li class="library-card">
      {cover ? <Cover versionId={cover.version.id} variants={cover.variants} sizes="6rem" /> : null}
      <div>
        <h3>
          <a href={`/${l}/library/${work.slug}`} {...(shown ? foreignText(l, shown.locale) : {})}>{shown?.title ?? work.slug}</a>
        </h3>
        <p class="meta">
          {typeLabel(ctx, work.type)} · {work.year}
          {work.is_demo ? <> · <span class="badge">{ctx.t("library.demo")}</span></> : null}
        </p>
        <p class="meta">{ctx.t("library.languages", { languages: formatList(l, langs) })}</p>
      </div>
    </li>
  );
}

const SCHEMA_TYPE: Record<string, string> = { report: "Report", resolution: "Legislation", model_legislation: "Legislation" };

/** schema.org: the work in the reader's language (or its fallback), its other languages as workTranslation. */
export function workJsonLd(ctx: PageContext, work: WorkFull) {
  const versions = publicVersions(work);
  const shown = pickVersion(versions, ctx.locale) ?? versions[0]!;
  const part = (v: (typeof versions)[number]) => ({
    "@type": SCHEMA_TYPE[work.type] ?? "Book",
    name: v.title,
    inLanguage: LANG_TAG[v.locale as Locale],
    url: `${ctx.origin}/${v.locale}/library/${work.slug}`,
    encoding: {
      "@type": "MediaObject",
      encodingFormat: "application/pdf",
      contentSize: `${v.file_bytes ?? 0} B`,
      contentUrl: `${ctx.origin}${libraryMediaUrl(v.id, fileName(v.file_key!))}`,
    },
    ...(v.pages ? { numberOfPages: v.pages } : {}),
  });
  return {
    "@context": "https://schema.org",
    ...part(shown),
    description: shown.summary,
    datePublished: String(work.year),
    publisher: { "@type": "Organization", name: work.publisher },
    audience: work.audiences.split(" ").map((a) => ({ "@type": "Audience", audienceType: audienceLabel(ctx, a) })),
    about: work.topics.split(" ").map((x) => topicLabel(ctx, x)),
    spatialCoverage: regionLabel(ctx, work.region),
    workTranslation: versions.filter((v) => v.id !== shown.id).map(part),
  };
}

/** One work: cover, facts and the versions in each language to download. */
export function renderWorkPage(ctx: PageContext, work: WorkFull) {
  const t = ctx.t;
  const l = ctx.locale;
  const versions = publicVersions(work);
  const shown = pickVersion(versions, l)!;
  const cover = workCover({ ...work, versions }, l);
  const list = (s: string, label: (x: string) => string) => formatList(l, s.split(" ").filter(Boolean).map(label));
  return (
    <Layout ctx={ctx} title={shown.title} description={shown.summary}>
      <Breadcrumbs ctx={ctx} items={[{ href: `/${l}/library`, label: t("library.title") }]} />
      {shown.fallback ? <FallbackNotice ctx={ctx} shownIn={languageName(l, shown.locale as Locale)} /> : null}
      <article class="library-work">
        {cover ? <Cover versionId={cover.version.id} variants={cover.variants} sizes="(min-width: 40rem) 20rem, 50vw" /> : null}
        <div>
          <h1 {...foreignText(l, shown.locale)}>{shown.title}</h1>
          {work.is_demo ? <p class="notice" role="note">{t("library.demoNotice")}</p> : null}
          <p {...foreignText(l, shown.locale)}>{shown.summary}</p>
          <dl class="facts">
            <dt>{t("library.facet.type")}</dt>
            <dd>{typeLabel(ctx, work.type)}</dd>
            <dt>{t("library.facet.year")}</dt>
            <dd>{work.year}</dd>
            <dt>{t("library.publisher")}</dt>
            <dd>{work.publisher}</dd>
            <dt>{t("library.facet.audience")}</dt>
            <dd>{list(work.audiences, (a) => audienceLabel(ctx, a))}</dd>
            <dt>{t("library.facet.region")}</dt>
            <dd>{regionLabel(ctx, work.region)}</dd>
            <dt>{t("library.facet.topic")}</dt>
            <dd>
              {work.topics.split(" ").filter(Boolean).map((x, i) => (
                <>
                  {i ? ", " : ""}
                  <a href={`/${l}/library?topic=${x}`}>{topicLabel(ctx, x)}</a>
                </>
              ))}
            </dd>
          </dl>
        </div>
      </article>
      <h2 id="versions">{t("library.versions")}</h2>
      <ul class="library-versions" aria-labelledby="versions">
        {LOCALES.map((loc) => versions.find((v) => v.locale === loc))
          .filter((v) => v !== undefined)
          .map((v) => (
            <li>
              <h3>{languageName(l, v.locale as Locale)}</h3>
              <p {...foreignText(l, v.locale)}>{v.title}</p>
              <p class="meta">
                {t("library.format", { format: "PDF", size: formatBytes(l, v.file_bytes ?? 0), pages: v.pages ?? 0 })}
              </p>
              <p>
                <a class="button" href={libraryMediaUrl(v.id, fileName(v.file_key!))} hreflang={LANG_TAG[v.locale as Locale]} type="application/pdf" download>
                  {t("library.download", { language: languageName(l, v.locale as Locale) })}
                </a>
              </p>
            </li>
          ))}
      </ul>
      <JsonLd ctx={ctx} data={workJsonLd(ctx, work)} />
    </Layout>
  );
}
