import { diffWordsWithSpace } from "diff";
import { formatDateTime, languageName, regionName } from "../../i18n/format.ts";
import { isLocale } from "../../i18n/locales.ts";
import { Checkboxes, CsrfField, ErrorSummary, Pagination, TextArea, TextInput } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import { can } from "../../web/auth.ts";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import type { ConsentRow, StoryMediaRow, StoryRow, StoryStatus } from "./stories.repo.ts";
import { STORY_THEMES } from "./stories.schema.ts";
import { StoryMedia } from "./stories-media.views.tsx";
import { ConsentRows } from "./stories.views.tsx";

export const QUEUE_STATUSES: readonly StoryStatus[] = ["submitted", "changes_requested", "approved", "rejected", "withdrawn"];

function excerpt(s: StoryRow): string {
  const text = s.title ?? s.body;
  return text.length > 90 ? `${text.slice(0, 90)}…` : text;
}

/** The moderation queue, one status at a time, the longest waiting first. */
export function renderStoryQueue(ctx: PageContext, v: { status: StoryStatus; rows: StoryRow[]; counts: Record<string, number>; page: number; pageCount: number }) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("admin.stories.title")} area="admin">
      <h1>{t("admin.stories.title")}</h1>
      <ul class="inline-list">
        <li><a href={`/${l}/admin/story-support`}>{t("admin.nav.storySupport")}</a></li>
        {can(ctx.staff, "stories.translate") ? <li><a href={`/${l}/admin/story-translations`}>{t("admin.nav.storyTranslations")}</a></li> : null}
      </ul>
      <nav class="subnav" aria-label={t("admin.stories.statuses")}>
        <ul class="inline-list">
          {QUEUE_STATUSES.map((s) => (
            <li>
              <a href={`/${l}/admin/stories?status=${s}`} aria-current={s === v.status ? "page" : undefined}>
                {t(`admin.stories.status.${s}` as "admin.stories.status.submitted")} ({v.counts[s] ?? 0})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {v.rows.length === 0 ? (
        <p>{t("admin.stories.empty")}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t(`admin.stories.status.${v.status}` as "admin.stories.status.submitted")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.stories.story")}</th>
                <th scope="col">{t("admin.stories.language")}</th>
                <th scope="col">{t("admin.stories.publishConsent")}</th>
                <th scope="col">{t("admin.stories.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {v.rows.map((s) => (
                <tr>
                  <th scope="row">
                    <a href={`/${l}/admin/stories/${s.id}`} lang={s.language}>{excerpt(s)}</a>
                  </th>
                  <td>{isLocale(s.language) ? languageName(l, s.language) : s.language}</td>
                  <td>{s.consent_publish ? t("stories.consent.yes") : t("stories.consent.no")}</td>
                  <td>{formatDateTime(l, s.updated_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination ctx={ctx} page={v.page} pageCount={v.pageCount} baseUrl={`/${l}/admin/stories`} params={{ status: v.status }} />
    </Layout>
  );
}

export interface StoryReviewView {
  story: StoryRow;
  media?: StoryMediaRow | undefined;
  contact: string | null;
  consents: ConsentRow[];
  values: FormValues;
  errors?: FieldErrors | undefined;
}

/** One story for a moderator: the author's text and the edited one, the consent, the contact, and the decisions. */
export function renderStoryReview(ctx: PageContext, v: StoryReviewView) {
  const t = ctx.t;
  const l = ctx.locale;
  const s = v.story;
  const base = `/${l}/admin/stories/${s.id}`;
  const changed = s.body !== s.original_body;
  return (
    <Layout ctx={ctx} title={t("admin.stories.reviewTitle")} area="admin" hasErrors={Boolean(v.errors)}>
      <p>
        <a href={`/${l}/admin/stories?status=${s.status}`}>{t("admin.stories.title")}</a>
      </p>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} /> : null}
      <h1>{t("admin.stories.reviewTitle")}</h1>
      <dl class="summary-list">
        <div>
          <dt>{t("admin.stories.state")}</dt>
          <dd>{t(`admin.stories.status.${s.status}` as "admin.stories.status.submitted")}</dd>
        </div>
        <div>
          <dt>{t("admin.stories.language")}</dt>
          <dd>{isLocale(s.language) ? languageName(l, s.language) : s.language}</dd>
        </div>
        <div>
          <dt>{t("admin.stories.about")}</dt>
          <dd>{[s.country ? regionName(l, s.country) : null, s.year, s.attack].filter(Boolean).join(" · ") || "–"}</dd>
        </div>
        <ConsentRows ctx={ctx} story={s} />
        <div>
          <dt>{t("admin.stories.consentHistory")}</dt>
          <dd>
            <ul class="plain-list">
              {v.consents.map((c) => (
                <li>
                  {formatDateTime(l, c.at)} · v{c.version} · {t(`stories.naming.${c.naming}` as "stories.naming.anonymous")} · {t("admin.stories.consentShort", { publish: c.publish ? 1 : 0, translate: c.translate ? 1 : 0, quote: c.quote ? 1 : 0 })}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t("admin.stories.contact")}</dt>
          <dd>{v.contact ? <a href={`mailto:${v.contact}`} dir="ltr">{v.contact}</a> : t("admin.stories.noContact")}</dd>
        </div>
      </dl>

      <h2>{t("admin.stories.authorText")}</h2>
      {changed ? (
        <pre class="diff-text" lang={s.language}>
          {diffWordsWithSpace(s.original_body, s.body).map((part) => (part.added ? <ins>{part.value}</ins> : part.removed ? <del>{part.value}</del> : part.value))}
        </pre>
      ) : (
        <div class="prewrap story-text" lang={s.language}>{s.original_body}</div>
      )}
      {s.private_details ? (
        <section class="panel private-details" aria-labelledby="private-details-title">
          <h2 id="private-details-title">
            <span class="tag">{t("admin.stories.private.tag")}</span> {t("admin.stories.private.title")}
          </h2>
          <p class="hint">{t("admin.stories.private.hint")}</p>
          <div class="prewrap story-text" lang={s.language}>{s.private_details}</div>
        </section>
      ) : null}

      {v.media && s.status !== "withdrawn" ? (
        <section aria-labelledby="media-title">
          <h2 id="media-title">{t("admin.stories.media.title")}</h2>
          {v.media.metadata_removed ? <p>{t("admin.stories.media.metadataRemoved")}</p> : <p class="notice">{t("admin.stories.media.metadataKept")}</p>}
          <StoryMedia ctx={ctx} media={v.media} base={base} lang={s.language} />
          <form method="post" action={`${base}/media/remove`}>
            <CsrfField ctx={ctx} />
            <button type="submit" class="button button-warning">{t("admin.stories.media.remove")}</button>
          </form>
        </section>
      ) : null}

      {s.status === "withdrawn" ? null : (
        <>
          <h2>{t("admin.stories.editTitle")}</h2>
          <p class="hint">{t("admin.stories.editHint")}</p>
          <form method="post" action={`${base}/edit`} novalidate>
            <CsrfField ctx={ctx} />
            <div lang={s.language}>
              <TextInput ctx={ctx} name="title" label={t("stories.form.title")} values={v.values} errors={v.errors} />
              <TextArea ctx={ctx} name="body" label={t("stories.form.body")} rows={14} values={v.values} errors={v.errors} />
              <TextInput ctx={ctx} name="content_warning" label={t("stories.form.warning")} hint={t("admin.stories.private.warningHint")} values={v.values} errors={v.errors} />
            </div>
            <TextArea ctx={ctx} name="redact" label={t("admin.stories.redact")} hint={t("admin.stories.redactHint")} rows={3} values={v.values} errors={v.errors} />
            <Checkboxes ctx={ctx} name="themes" label={t("admin.stories.themes")} values={v.values} errors={v.errors} options={STORY_THEMES.map((th) => ({ value: th, label: t(`stories.theme.${th}` as "stories.theme.grief") }))} />
            <button type="submit" class="button button-secondary">{t("admin.stories.saveEdit")}</button>
          </form>

          <h2>{t("admin.stories.decisionTitle")}</h2>
          {s.consent_publish ? null : <p class="notice">{t("admin.stories.noPublishConsent")}</p>}
          <form method="post" action={`${base}/decide`} novalidate>
            <CsrfField ctx={ctx} />
            <TextArea ctx={ctx} name="note" label={t("admin.stories.note")} hint={t("admin.stories.noteHint")} rows={3} values={v.values} errors={v.errors} />
            <div class="button-row">
              <button type="submit" name="decision" value="approve" class="button">{t("admin.stories.approve")}</button>
              <button type="submit" name="decision" value="request_changes" class="button button-secondary">{t("admin.stories.requestChanges")}</button>
              <button type="submit" name="decision" value="reject" class="button button-warning">{t("admin.stories.reject")}</button>
            </div>
          </form>
        </>
      )}
    </Layout>
  );
}
