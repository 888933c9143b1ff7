import { formatDate, languageName, regionName } from "../../i18n/format.ts";
import { foreignText, isLocale } from "../../i18n/locales.ts";
import { Breadcrumbs, ContentWarning, ErrorSummary, JsonLd, Pagination, Select } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import { shownName, type Naming } from "./stories.consent.ts";
import type { StoryRow } from "./stories.repo.ts";
import { STORY_THEMES } from "./stories.schema.ts";

/** The title readers see: the story's own, or its first words. */
export function storyTitle(s: Pick<StoryRow, "title" | "body">): string {
  if (s.title) return s.title;
  const words = s.body.replace(/\s+/g, " ").trim();
  return words.length > 80 ? `${words.slice(0, 80).replace(/\s+\S*$/, "")}…` : words;
}

function byline(ctx: PageContext, s: StoryRow): string {
  const name = shownName({ naming: s.naming as Naming, displayName: s.display_name });
  return name ?? ctx.t("stories.anonymousAuthor");
}

export interface StoryListView {
  values: FormValues;
  errors?: FieldErrors | undefined;
  rows: StoryRow[];
  total: number;
  page: number;
  pageCount: number;
  countries: string[];
  languages: string[];
  params: Record<string, string>;
}

/** Published stories, filterable by country, theme and language; warnings shown before the first words. */
export function renderStoryList(ctx: PageContext, v: StoryListView) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("stories.title")} description={t("stories.lead")} hasErrors={Boolean(v.errors)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={["country", "theme", "language", "page"]} /> : null}
      <h1>{t("stories.title")}</h1>
      <p class="lead">{t("stories.lead")}</p>
      <p>
        <a class="button" href={`/${l}/stories/share`}>{t("stories.share.title")}</a>
      </p>
      <form class="filters" method="get" action={`/${l}/stories`}>
        <Select ctx={ctx} name="country" label={t("stories.filter.country")} values={v.values} errors={v.errors} options={[{ value: "", label: t("stories.filter.all") }, ...v.countries.map((c) => ({ value: c, label: regionName(l, c) }))]} />
        <Select ctx={ctx} name="theme" label={t("stories.filter.theme")} values={v.values} errors={v.errors} options={[{ value: "", label: t("stories.filter.all") }, ...STORY_THEMES.map((th) => ({ value: th, label: t(`stories.theme.${th}` as "stories.theme.grief") }))]} />
        <Select ctx={ctx} name="language" label={t("stories.filter.language")} values={v.values} errors={v.errors} options={[{ value: "", label: t("stories.filter.all") }, ...v.languages.filter(isLocale).map((x) => ({ value: x, label: languageName(l, x) }))]} />
        <button type="submit" class="button button-secondary">{t("stories.filter.apply")}</button>
      </form>
      <p role="status">{t("stories.count", { count: v.total })}</p>
      <ul class="item-list story-list">
        {v.rows.map((s) => {
          const text = foreignText(l, s.language);
          return (
            <li>
              <h2 class="h3">
                <a href={`/${l}/stories/${s.id}`} {...text}>{storyTitle(s)}</a>
              </h2>
              <p class="meta">
                <bdi>{byline(ctx, s)}</bdi>
                {s.country ? ` · ${regionName(l, s.country)}` : ""}
                {s.year ? ` · ${s.year}` : ""}
              </p>
              {s.content_warning ? (
                <p class="content-warning-label">
                  {t("contentWarning.label")} <span {...text}>{s.content_warning}</span>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <Pagination ctx={ctx} page={v.page} pageCount={v.pageCount} baseUrl={`/${l}/stories`} params={v.params} />
    </Layout>
  );
}

/** A story page: the author's chosen name, the warning that hides the text until the reader chooses, and support. */
export function renderStoryPage(ctx: PageContext, s: StoryRow) {
  const t = ctx.t;
  const l = ctx.locale;
  const text = foreignText(l, s.language);
  const title = storyTitle(s);
  const body = (
    <div class="prewrap story-text" {...text}>
      {s.body}
    </div>
  );
  return (
    <Layout
      ctx={ctx}
      title={title}
      head={
        <JsonLd
          ctx={ctx}
          data={{
            "@context": "https://schema.org",
            "@type": "CreativeWork",
            name: title,
            inLanguage: s.language,
            ...(shownName({ naming: s.naming as Naming, displayName: s.display_name }) ? { author: { "@type": "Person", name: s.display_name } } : {}),
            ...(s.approved_at ? { datePublished: s.approved_at.slice(0, 10) } : {}),
            ...(s.content_warning ? { contentRating: s.content_warning } : {}),
          }}
        />
      }
    >
      <Breadcrumbs ctx={ctx} items={[{ href: `/${l}/`, label: t("nav.home") }, { href: `/${l}/stories`, label: t("stories.title") }]} />
      <h1 {...text}>{title}</h1>
      <p class="meta">
        <bdi>{byline(ctx, s)}</bdi>
        {s.country ? ` · ${regionName(l, s.country)}` : ""}
        {s.year ? ` · ${s.year}` : ""}
        {s.attack ? <> · <bdi>{s.attack}</bdi></> : null}
        {s.approved_at ? ` · ${formatDate(l, s.approved_at.slice(0, 10))}` : ""}
      </p>
      {s.content_warning ? <ContentWarning ctx={ctx} warning={s.content_warning}>{body}</ContentWarning> : body}
      <aside class="panel" aria-labelledby="support-title">
        <h2 id="support-title">{t("stories.support.title")}</h2>
        <ul>
          <li><a href={`/${l}/info/get-help-now`}>{t("stories.support.now")}</a></li>
          <li><a href={`/${l}/services${s.country ? `?country=${s.country}` : ""}`}>{s.country ? t("stories.support.servicesIn", { country: regionName(l, s.country) }) : t("stories.support.services")}</a></li>
          <li><a href={`/${l}/help-navigator${s.country ? `/where?attack=${s.country}` : ""}`}>{t("stories.support.navigator")}</a></li>
          <li><a href={`/${l}/stories/share`}>{t("stories.support.share")}</a></li>
        </ul>
      </aside>
    </Layout>
  );
}

/** The consent a story was given, as rows of a summary list (the author's page and the moderators'). */
export function ConsentRows({ ctx, story: s }: { ctx: PageContext; story: StoryRow }) {
  const t = ctx.t;
  return (
    <>
      <div>
        <dt>{t("stories.consent.naming")}</dt>
        <dd>
          {t(`stories.naming.${s.naming}` as "stories.naming.anonymous")}
          {s.display_name ? <> – <bdi>{s.display_name}</bdi></> : null}
        </dd>
      </div>
      {(["publish", "translate", "quote"] as const).map((c) => (
        <div>
          <dt>{t(`stories.consent.${c}` as "stories.consent.publish")}</dt>
          <dd>{s[`consent_${c}`] ? t("stories.consent.yes") : t("stories.consent.no")}</dd>
        </div>
      ))}
    </>
  );
}
