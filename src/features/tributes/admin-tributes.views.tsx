import { formatDateTime, languageName, regionName } from "../../i18n/format.ts";
import { foreignText, isLocale } from "../../i18n/locales.ts";
import { CsrfField, Pagination } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { ReviewList } from "./tributes.text.ts";
import type { TributeRow } from "./tributes.repo.ts";
import { TRIBUTE_STATUSES, type TributeStatus } from "./tributes.schema.ts";

/** Tributes in one state, oldest first; flagged ones show the review-list words, highlighted in the text. */
export function renderTributeQueue(ctx: PageContext, v: { status: TributeStatus; rows: TributeRow[]; counts: Record<TributeStatus, number>; page: number; pageCount: number; review: ReviewList }) {
  const t = ctx.t;
  const l = ctx.locale;
  const stateName = (s: TributeStatus) => t(`admin.tributes.status.${s}` as "admin.tributes.status.pending");
  return (
    <Layout ctx={ctx} title={t("admin.tributes.title")} area="admin">
      <h1>{t("admin.tributes.title")}</h1>
      <p class="lead">{t("admin.tributes.lead")}</p>
      <nav class="subnav" aria-label={t("admin.tributes.statuses")}>
        <ul class="inline-list">
          {TRIBUTE_STATUSES.map((s) => (
            <li>
              <a href={`/${l}/admin/tributes?status=${s}`} aria-current={s === v.status ? "page" : undefined}>
                {t("admin.tributes.statusCount", { state: stateName(s), count: v.counts[s] })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {v.rows.length === 0 ? (
        <p>{t("admin.tributes.empty")}</p>
      ) : (
        <ul class="item-list tribute-queue">
          {v.rows.map((m) => {
            const words = m.flagged_words ? (JSON.parse(m.flagged_words) as string[]) : [];
            return (
              <li>
                {words.length ? (
                  <p class="notice">
                    {t("admin.tributes.flaggedWords")} <bdi>{words.join(", ")}</bdi>
                  </p>
                ) : null}
                <p class="prewrap tribute-text" id={`tribute-${m.id}`} dir="auto" {...foreignText(l, m.language)}>
                  {v.review.highlight(m.body).map((p) => (p.match ? <mark>{p.text}</mark> : p.text))}
                </p>
                <p class="meta">
                  <bdi>{m.name ?? t("remembrance.tributes.anonymous")}</bdi>
                  {m.country ? ` · ${regionName(l, m.country)}` : ""} · {isLocale(m.language) ? languageName(l, m.language) : m.language} · {formatDateTime(l, m.created_at)}
                </p>
                {m.reason ? <p class="meta">{t("admin.tributes.reasonGiven")} <bdi>{m.reason}</bdi></p> : null}
                <form method="post" action={`/${l}/admin/tributes/${m.id}/decide`} class="decision-form">
                  <CsrfField ctx={ctx} />
                  {m.status === "rejected" ? null : (
                    <div class="field">
                      <label for={`reason-${m.id}`}>{t("admin.tributes.reason")}</label>
                      <input type="text" id={`reason-${m.id}`} name="reason" dir="auto" maxLength={500} />
                    </div>
                  )}
                  <div class="button-row">
                    {m.status === "approved" ? null : (
                      <button type="submit" name="decision" value="approve" class="button" aria-describedby={`tribute-${m.id}`}>
                        {t("admin.tributes.approve")}
                      </button>
                    )}
                    {m.status === "rejected" ? null : (
                      <button type="submit" name="decision" value="reject" class="button button-warning" aria-describedby={`tribute-${m.id}`}>
                        {t("admin.tributes.reject")}
                      </button>
                    )}
                  </div>
                </form>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination ctx={ctx} page={v.page} pageCount={v.pageCount} baseUrl={`/${l}/admin/tributes`} params={{ status: v.status }} />
    </Layout>
  );
}
