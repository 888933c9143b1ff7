import { formatDate, languageName, regionName } from "../../i18n/format.ts";
import { foreignText, isLocale } from "../../i18n/locales.ts";
import { Breadcrumbs, ContentWarning, ErrorSummary, JsonLd, Pagination, Select } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import { shownName, storyTitle, type Naming } from "./stories.consent.ts";
import type { StoryMediaRow, StoryRow } from "./stories.repo.ts";
import { StoryMedia, storyOgImage } from "./stories-media.views.tsx";
import { STORY_THEMES } from "./stories.schema.ts";
import type { StoryTranslationRow } from "./story-voices.repo.ts";
import type { StoryVoices } from "./story-voices.service.ts";
import { shownVersion, SUPPORT_FORM_ORDER, SupportSection, TranslationNotice, translationJsonLd } from "./story-voices.views.tsx";

export { storyTitle } from "./stories.consent.ts";

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
  /** Published translations into the reader's language, by story id: their titles are listed instead. */
  translations?: Map<string, StoryTranslationRow> | undefined;
}

/** Published stories, filterable by country, theme and language; warnings shown before the first words. */
export function renderStoryList(ctx: PageContext, v: StoryListView) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("stories.title")} description={t("stories.lead")} hasErrors={Boolean(v.errors)} head={<link rel="alternate" type="application/atom+xml" title={t("feeds.stories.title")} href={`/${l}/stories.atom`} />}>
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
          const tr = v.translations?.get(s.id);
          const shown = shownVersion(s, tr);
          const text = foreignText(l, shown.language);
          return (
            <li>
              <h2 class="h3">
                <a href={`/${l}/stories/${s.id}`} {...text}>{storyTitle({ title: shown.title, body: shown.body })}</a>
              </h2>
              <p class="meta">
                <bdi>{byline(ctx, s)}</bdi>
                {s.country ? ` · ${regionName(l, s.country)}` : ""}
                {s.year ? ` · ${s.year}` : ""}
                {tr && isLocale(s.language) ? ` · ${t("stories.translation.listMark", { language: languageName(l, s.language), code: s.language })}` : ""}
              </p>
              {shown.warning ? (
                <p class="content-warning-label">
                  {t("contentWarning.label")} <span {...foreignText(l, shown.warningLanguage)}>{shown.warning}</span>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <Pagination ctx={ctx} page={v.page} pageCount={v.pageCount} baseUrl={`/${l}/stories`} params={v.params} />
      <p class="feed-link"><a href={`/${l}/stories.atom`} type="application/atom+xml">{t("feeds.subscribe")}</a></p>
    </Layout>
  );
}

/** A story page: the author's chosen name, the warning that hides the text until the reader chooses, and support. */
export function renderStoryPage(ctx: PageContext, s: StoryRow, voices?: StoryVoices, media?: StoryMediaRow) {
  const t = ctx.t;
  const l = ctx.locale;
  // A published translation into the reader's language (or the one asked for) is shown instead of the original.
  const shown = shownVersion(s, voices?.translation);
  const text = foreignText(l, shown.language);
  const title = storyTitle({ title: shown.title, body: shown.body });
  // The photo, recording or video sits with the text, behind the same warning.
  const body = (
    <>
      {media ? <StoryMedia ctx={ctx} media={media} base={`/${l}/stories/${s.id}`} lang={s.language} /> : null}
      <div class="prewrap story-text" {...text}>
        {shown.body}
      </div>
      {/* The author's private details belong to the original only: in place there, never in a translation. */}
      {s.private_details && !voices?.translation ? (
        <div class="prewrap story-text private-details" {...text}>
          {s.private_details}
        </div>
      ) : null}
      {s.private_details && voices?.translation ? <p class="meta">{t("stories.private.onlyInOriginal")}</p> : null}
    </>
  );
  return (
    <Layout
      ctx={ctx}
      title={title}
      hasErrors={Boolean(voices?.form.errors)}
      ogType="article"
      // A photo behind a content warning stays out of link previews, which would show it without the warning.
      ogImage={shown.warning ? undefined : storyOgImage(ctx, media, `/${l}/stories/${s.id}`)}
      head={
        <JsonLd
          ctx={ctx}
          data={{
            "@context": "https://schema.org",
            "@type": "CreativeWork",
            name: title,
            inLanguage: shown.language,
            ...(shownName({ naming: s.naming as Naming, displayName: s.display_name }) ? { author: { "@type": "Person", name: s.display_name } } : {}),
            ...(s.approved_at ? { datePublished: s.approved_at.slice(0, 10) } : {}),
            ...(shown.warning ? { contentRating: shown.warning } : {}),
            ...translationJsonLd(ctx, s, voices, storyTitle(s)),
          }}
        />
      }
    >
      <Breadcrumbs ctx={ctx} items={[{ href: `/${l}/`, label: t("nav.home") }, { href: `/${l}/stories`, label: t("stories.title") }]} />
      {voices?.form.errors ? <ErrorSummary ctx={ctx} errors={voices.form.errors} order={SUPPORT_FORM_ORDER} /> : null}
      <h1 {...text}>{title}</h1>
      <p class="meta">
        <bdi>{byline(ctx, s)}</bdi>
        {s.country ? ` · ${regionName(l, s.country)}` : ""}
        {s.year ? ` · ${s.year}` : ""}
        {s.attack ? <> · <bdi>{s.attack}</bdi></> : null}
        {s.approved_at ? ` · ${formatDate(l, s.approved_at.slice(0, 10))}` : ""}
      </p>
      {voices ? <TranslationNotice ctx={ctx} story={s} voices={voices} /> : null}
      {shown.warning ? <ContentWarning ctx={ctx} warning={shown.warning} lang={shown.warningLanguage}>{body}</ContentWarning> : body}
      <aside class="panel" aria-labelledby="support-title">
        <h2 id="support-title">{t("stories.support.title")}</h2>
        <ul>
          <li><a href={`/${l}/info/get-help-now`}>{t("stories.support.now")}</a></li>
          <li><a href={`/${l}/services${s.country ? `?country=${s.country}` : ""}`}>{s.country ? t("stories.support.servicesIn", { country: regionName(l, s.country) }) : t("stories.support.services")}</a></li>
          <li><a href={`/${l}/help-navigator${s.country ? `/where?attack=${s.country}` : ""}`}>{t("stories.support.navigator")}</a></li>
          <li><a href={`/${l}/stories/share`}>{t("stories.support.share")}</a></li>
        </ul>
      </aside>
      {voices ? <SupportSection ctx={ctx} story={s} voices={voices} /> : null}
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
