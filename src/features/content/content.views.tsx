import { LANG_TAG, foreignText, isLocale } from "../../i18n/locales.ts";
import { formatDate, listParts } from "../../i18n/format.ts";
import { Article } from "../../views/article.tsx";
import { Breadcrumbs, JsonLd, Pagination } from "../../views/components.tsx";
import { FeedbackForm } from "../../views/feedback-form.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import type { PublishedSummary, PublishedTranslation } from "./content.repo.ts";
import { AUDIENCES, RELATED_TOPICS, TOPICS, audienceKey, isTopic, shownWarning, topicDescriptionKey, topicNameKey, type Topic } from "./content.taxonomy.ts";

const foreignLang = (ctx: PageContext, locale: string) => foreignText(ctx.locale, locale).lang;

function ItemList({ ctx, items }: { ctx: PageContext; items: PublishedSummary[] }) {
  return (
    <ul class="item-list">
      {items.map((it) => {
        const lang = foreignLang(ctx, it.locale);
        return (
          <li>
            <h3>
              <a href={`/${ctx.locale}/${it.kind === "news" ? "news" : "info"}/${it.slug}`} lang={lang}>
                {it.title}
              </a>
            </h3>
            {it.kind === "news" && it.itemFirstPublishedAt ? (
              <p class="meta">{formatDate(ctx.locale, it.itemFirstPublishedAt)}</p>
            ) : null}
            <p lang={lang}>{it.summary}</p>
            {lang ? <p class="meta">{ctx.t("content.onlyInOtherLanguage")}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** "See also": the topics that concern readers of this one (e.g. justice → gender-specific needs and rights). */
function RelatedTopics({ ctx, topic }: { ctx: PageContext; topic: string | null }) {
  const related = topic && isTopic(topic) ? (RELATED_TOPICS[topic] ?? []) : [];
  if (related.length === 0) return null;
  const t = ctx.t;
  return (
    <aside class="panel related-topics" aria-labelledby="related-topics-title">
      <h2 id="related-topics-title">{t("content.gender.relatedTitle")}</h2>
      <ul>
        {related.map((r) => (
          <li>
            <a href={`/${ctx.locale}/info/topics/${r}`}>{t(topicNameKey(r))}</a>
            <br />
            <span class="meta">{t(topicDescriptionKey(r))}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** /{lang}/info: the topic tree and the audiences. */
export function renderInfoIndex(ctx: PageContext, byTopic: Map<string, PublishedSummary[]>) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("info.title")} description={t("info.intro")}>
      <Breadcrumbs ctx={ctx} items={[{ href: `/${ctx.locale}/`, label: t("nav.home") }]} />
      <h1>{t("info.title")}</h1>
      <p class="lead">{t("info.intro")}</p>
      <section aria-labelledby="by-audience">
        <h2 id="by-audience">{t("info.byAudience")}</h2>
        <ul class="pill-list">
          {AUDIENCES.map((a) => (
            <li><a href={`/${ctx.locale}/info/for/${a}`}>{t(audienceKey(a))}</a></li>
          ))}
        </ul>
      </section>
      <h2>{t("info.byTopic")}</h2>
      <div class="card-grid">
        {TOPICS.map((topic) => (
          <section class="card" aria-labelledby={`topic-${topic}`}>
            <h3 id={`topic-${topic}`}>
              <a href={`/${ctx.locale}/info/topics/${topic}`}>{t(topicNameKey(topic))}</a>
            </h3>
            <p>{t(topicDescriptionKey(topic))}</p>
            <ul>
              {(byTopic.get(topic) ?? []).map((it) => (
                <li>
                  <a href={`/${ctx.locale}/info/${it.slug}`} lang={foreignLang(ctx, it.locale)}>{it.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Layout>
  );
}

export function renderTopic(ctx: PageContext, topic: Topic, items: PublishedSummary[]) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t(topicNameKey(topic))} description={t(topicDescriptionKey(topic))}>
      <Breadcrumbs
        ctx={ctx}
        items={[
          { href: `/${ctx.locale}/`, label: t("nav.home") },
          { href: `/${ctx.locale}/info`, label: t("info.title") },
        ]}
      />
      <h1>{t(topicNameKey(topic))}</h1>
      <p class="lead">{t(topicDescriptionKey(topic))}</p>
      {items.length ? <ItemList ctx={ctx} items={items} /> : <p>{t("info.emptyTopic")}</p>}
      <RelatedTopics ctx={ctx} topic={topic} />
    </Layout>
  );
}

export function renderAudience(ctx: PageContext, audience: string, items: PublishedSummary[]) {
  const t = ctx.t;
  const title = t("info.forAudience", { audience: t(audienceKey(audience)) });
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        ctx={ctx}
        items={[
          { href: `/${ctx.locale}/`, label: t("nav.home") },
          { href: `/${ctx.locale}/info`, label: t("info.title") },
        ]}
      />
      <h1>{title}</h1>
      {items.length ? <ItemList ctx={ctx} items={items} /> : <p>{t("info.emptyTopic")}</p>}
    </Layout>
  );
}

export function renderContentPage(
  ctx: PageContext,
  shown: PublishedTranslation,
  form?: { errors: FieldErrors; values: FormValues },
) {
  const t = ctx.t;
  const base = shown.kind === "news" ? "news" : "info";
  const crumbs =
    shown.kind === "news"
      ? [
          { href: `/${ctx.locale}/`, label: t("nav.home") },
          { href: `/${ctx.locale}/news`, label: t("news.title") },
        ]
      : [
          { href: `/${ctx.locale}/`, label: t("nav.home") },
          { href: `/${ctx.locale}/info`, label: t("info.title") },
          ...(shown.topic ? [{ href: `/${ctx.locale}/info/topics/${shown.topic}`, label: t(topicNameKey(shown.topic)) }] : []),
        ];
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": shown.kind === "news" ? "NewsArticle" : "WebPage",
    headline: shown.title,
    description: shown.summary,
    inLanguage: isLocale(shown.locale) ? LANG_TAG[shown.locale] : shown.locale,
    ...(shown.itemFirstPublishedAt ? { datePublished: shown.itemFirstPublishedAt } : {}),
    ...(shown.reviewedOn ? { lastReviewed: shown.reviewedOn } : {}),
    url: `${ctx.origin}/${ctx.locale}/${base}/${shown.slug}`,
  };
  return (
    <Layout
      ctx={ctx}
      title={shown.title}
      description={shown.summary}
      hasErrors={Boolean(form)}
      ogType={shown.kind === "news" ? "article" : "website"}
      head={<JsonLd ctx={ctx} data={jsonLd} />}
    >
      <Breadcrumbs ctx={ctx} items={crumbs} />
      <Article
        ctx={ctx}
        kind={shown.kind}
        data={{
          locale: shown.locale,
          title: shown.title,
          summary: shown.summary,
          body: shown.body,
          contentWarning: shownWarning(shown, t("content.warning.sexualViolence")),
          reviewedOn: shown.reviewedOn,
          publishedOn: shown.itemFirstPublishedAt,
          isDemo: shown.isDemo,
        }}
      />
      {shown.audiences.length ? (
        <p class="meta">
          {t("content.writtenFor")}{" "}
          {listParts(ctx.locale, shown.audiences).map((part) =>
            part.type === "element" ? <a href={`/${ctx.locale}/info/for/${part.value}`}>{t(audienceKey(part.value))}</a> : part.value,
          )}
        </p>
      ) : null}
      {shown.kind === "page" ? <RelatedTopics ctx={ctx} topic={shown.topic} /> : null}
      <FeedbackForm ctx={ctx} action={`/${ctx.locale}/${base}/${shown.slug}/feedback`} {...(form ?? {})} />
    </Layout>
  );
}

export function renderNewsList(ctx: PageContext, items: PublishedSummary[], page: number, pageCount: number) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={page > 1 ? t("news.titlePaged", { page }) : t("news.title")} head={<link rel="alternate" type="application/atom+xml" title={t("feeds.news.title")} href={`/${ctx.locale}/news.atom`} />}>
      <Breadcrumbs ctx={ctx} items={[{ href: `/${ctx.locale}/`, label: t("nav.home") }]} />
      <h1>{t("news.title")}</h1>
      {items.length ? <ItemList ctx={ctx} items={items} /> : <p>{t("news.empty")}</p>}
      <Pagination ctx={ctx} page={page} pageCount={pageCount} baseUrl={`/${ctx.locale}/news`} />
      <p class="feed-link"><a href={`/${ctx.locale}/news.atom`} type="application/atom+xml">{t("feeds.subscribe")}</a></p>
    </Layout>
  );
}
