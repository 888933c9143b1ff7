import { formatDateTime, languageName } from "../../i18n/format.ts";
import { foreignText, isLocale } from "../../i18n/locales.ts";
import { CsrfField, Pagination } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import { storyTitle } from "./stories.views.tsx";
import type { QueuedSupportMessage, SupportStatus } from "./story-voices.repo.ts";

export const SUPPORT_STATUSES: readonly SupportStatus[] = ["pending", "approved", "rejected"];

/** Messages of support in one state: pending ones oldest first, each with its story and the two decisions. */
export function renderSupportQueue(ctx: PageContext, v: { status: SupportStatus; rows: QueuedSupportMessage[]; counts: Record<SupportStatus, number>; page: number; pageCount: number }) {
  const t = ctx.t;
  const l = ctx.locale;
  const stateName = (s: SupportStatus) => t(`admin.storySupport.status.${s}` as "admin.storySupport.status.pending");
  return (
    <Layout ctx={ctx} title={t("admin.storySupport.title")} area="admin">
      <p>
        <a class="back-link" href={`/${l}/admin/stories`}>{t("admin.stories.title")}</a>
      </p>
      <h1>{t("admin.storySupport.title")}</h1>
      <p class="lead">{t("admin.storySupport.lead")}</p>
      <nav class="subnav" aria-label={t("admin.storySupport.statuses")}>
        <ul class="inline-list">
          {SUPPORT_STATUSES.map((s) => (
            <li>
              <a href={`/${l}/admin/story-support?status=${s}`} aria-current={s === v.status ? "page" : undefined}>
                {t("admin.storySupport.statusCount", { state: stateName(s), count: v.counts[s] })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {v.rows.length === 0 ? (
        <p>{t("admin.storySupport.empty")}</p>
      ) : (
        <ul class="item-list support-queue">
          {v.rows.map((m) => (
            <li>
              <h2 class="h3">
                {t("admin.storySupport.toStory")}{" "}
                <a href={`/${l}/admin/stories/${m.story_id}`} {...foreignText(l, m.story_language)}>
                  {storyTitle({ title: m.story_title, body: m.story_body })}
                </a>
              </h2>
              <p class="prewrap support-text" id={`support-${m.id}`} dir="auto" {...foreignText(l, m.locale)}>
                {m.body}
              </p>
              <p class="meta">
                <bdi>{m.name ?? t("stories.supportMessages.anonymous")}</bdi> · {isLocale(m.locale) ? languageName(l, m.locale) : m.locale} · {formatDateTime(l, m.created_at)}
              </p>
              <form method="post" action={`/${l}/admin/story-support/${m.id}/decide`} class="button-row">
                <CsrfField ctx={ctx} />
                {m.status === "approved" ? null : (
                  <button type="submit" name="decision" value="approve" class="button" aria-describedby={`support-${m.id}`}>
                    {t("admin.storySupport.approve")}
                  </button>
                )}
                {m.status === "rejected" ? null : (
                  <button type="submit" name="decision" value="reject" class="button button-warning" aria-describedby={`support-${m.id}`}>
                    {t("admin.storySupport.reject")}
                  </button>
                )}
              </form>
            </li>
          ))}
        </ul>
      )}
      <Pagination ctx={ctx} page={v.page} pageCount={v.pageCount} baseUrl={`/${l}/admin/story-support`} params={{ status: v.status }} />
    </Layout>
  );
}
