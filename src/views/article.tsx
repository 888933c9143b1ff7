import { foreignText, isLocale } from "../i18n/locales.ts";
import { formatDate, languageName } from "../i18n/format.ts";
import type { PageContext } from "../web/context.ts";
import { ContentWarning, FallbackNotice } from "./components.tsx";
import { TrustedHtml, markdownToSafeHtml } from "./markdown.tsx";

export interface ArticleData {
  locale: string;
  title: string;
  summary: string;
  body: string;
  contentWarning: string | null;
  reviewedOn: string | null;
  publishedOn?: string | null;
  isDemo: boolean;
}

/** The body of a content page or news item, shared by the public site and the staff preview. */
export function Article({ ctx, data, kind, titleTag: Title = "h1" }: { ctx: PageContext; data: ArticleData; kind: "page" | "news"; titleTag?: "h1" | "h2" }) {
  const t = ctx.t;
  const { lang, dir } = foreignText(ctx.locale, data.locale);
  const body = <TrustedHtml html={markdownToSafeHtml(data.body, { headingsUnderH2: Title === "h2" })} class="prose" lang={lang} />;
  return (
    <article class="article">
      {lang && isLocale(data.locale) ? <FallbackNotice ctx={ctx} shownIn={languageName(ctx.locale, data.locale)} /> : null}
      <Title lang={lang} dir={dir}>{data.title}</Title>
      {data.isDemo ? <p class="tag tag-demo">{t("content.demoTag")}</p> : null}
      {kind === "news" && data.publishedOn ? (
        <p class="meta">{t("news.published", { date: formatDate(ctx.locale, data.publishedOn) })}</p>
      ) : null}
      <p class="lead" lang={lang} dir={dir}>{data.summary}</p>
      <div dir={dir}>
        {data.contentWarning ? (
          <ContentWarning ctx={ctx} warning={data.contentWarning}>
            {body}
          </ContentWarning>
        ) : (
          body
        )}
      </div>
      {data.reviewedOn ? (
        <p class="meta reviewed">{t("content.lastReviewed", { date: formatDate(ctx.locale, data.reviewedOn) })}</p>
      ) : null}
    </article>
  );
}
