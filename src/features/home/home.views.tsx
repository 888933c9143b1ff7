import { TOPICS, topicDescriptionKey, topicNameKey } from "../content/content.taxonomy.ts";
import { foreignText } from "../../i18n/locales.ts";
import { sgbvSearchHref } from "../directory/directory.taxonomy.ts";
import { formatDate } from "../../i18n/format.ts";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";

export interface HomeNewsItem {
  slug: string;
  title: string;
  summary: string;
  locale: string;
  date: string | null;
}

export function renderHome(ctx: PageContext, news: HomeNewsItem[], daysToRemembrance: number) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("home.title")} description={t("home.description")}>
      <h1 class="visually-hidden">{t("site.name")}</h1>
      <section class="help-now" aria-labelledby="help-now-title">
        <h2 id="help-now-title">{t("home.helpNow.title")}</h2>
        <p class="emergency">{t("home.helpNow.emergency")}</p>
        <ul class="action-list">
          <li><a class="action" href={`/${l}/info/get-help-now`}>{t("home.helpNow.whatToDo")}</a></li>
          <li><a class="action" href={`/${l}/services`}>{t("home.helpNow.findService")}</a></li>
          <li><a class="action" href={sgbvSearchHref(l)}>{t("help.gender.link")}</a></li>
          <li><a class="action" href={`/${l}/help-navigator`}>{t("home.helpNow.navigator")}</a></li>
          <li><a class="action" href={`/${l}/info/psychological-support-after-an-attack`}>{t("home.helpNow.emotional")}</a></li>
          <li><a class="action" href={`/${l}/info/rights-when-attacked-abroad`}>{t("home.helpNow.abroad")}</a></li>
          <li><a class="action" href={`/${l}/info/safety`}>{t("home.helpNow.safety")}</a></li>
        </ul>
      </section>

      <section aria-labelledby="rights-title">
        <h2 id="rights-title">{t("home.rights.title")}</h2>
        <p>{t("home.rights.intro")}</p>
        <ul class="card-grid topic-cards">
          {TOPICS.map((topic) => (
            <li class="card">
              <a href={`/${l}/info/topics/${topic}`}>{t(topicNameKey(topic))}</a>
              <p>{t(topicDescriptionKey(topic))}</p>
            </li>
          ))}
        </ul>
      </section>

      <section class="remembrance" aria-labelledby="remembrance-title">
        <h2 id="remembrance-title">{t("home.remembrance.title")}</h2>
        <p>{t("home.remembrance.body")}</p>
        <p class="countdown">{t("home.remembrance.countdown", { days: daysToRemembrance })}</p>
        <p><a href={`/${l}/remembrance`}>{t("home.remembrance.link")}</a></p>
      </section>

      <section aria-labelledby="news-title">
        <h2 id="news-title">{t("home.news.title")}</h2>
        <ul class="item-list">
          {news.map((n) => {
            const { lang } = foreignText(l, n.locale);
            return (
              <li>
                <h3><a href={`/${l}/news/${n.slug}`} lang={lang}>{n.title}</a></h3>
                {n.date ? <p class="meta">{formatDate(l, n.date)}</p> : null}
                <p lang={lang}>{n.summary}</p>
              </li>
            );
          })}
        </ul>
        <p><a href={`/${l}/news`}>{t("home.news.all")}</a></p>
      </section>
    </Layout>
  );
}
