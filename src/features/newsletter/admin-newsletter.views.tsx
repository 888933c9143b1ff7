import { formatDateTime, languageName } from "../../i18n/format.ts";
import { isLocale, LOCALES } from "../../i18n/locales.ts";
import { CsrfField, ErrorSummary, Select, TextArea, TextInput, fieldId, FieldError } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import type { PublishedTranslation } from "../content/content.repo.ts";
import type { EmlMessage, OutboxEntry } from "../../jobs/outbox.ts";
import type { IssueRow } from "./newsletter.repo.ts";
import { NEWSLETTER_TOPICS } from "./newsletter.schema.ts";
import { topicLabelKey } from "./newsletter.views.tsx";

const langLabel = (ctx: PageContext, l: string) => (isLocale(l) ? languageName(ctx.locale, l) : l);

export function renderNewsletterAdmin(
  ctx: PageContext,
  v: { counts: { byLanguage: Record<string, number>; byTopic: Record<string, number>; total: number; pending: number }; issues: IssueRow[] },
) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("admin.newsletter.title")} area="admin">
      <h1>{t("admin.newsletter.title")}</h1>
      <p class="button-row">
        <a class="button" href={`/${l}/admin/newsletter/new`}>{t("admin.newsletter.compose")}</a>
      </p>
      <h2>{t("admin.newsletter.subscribers")}</h2>
      <p>{t("admin.newsletter.totals", { count: v.counts.total, total: v.counts.pending })}</p>
      <p class="hint">{t("admin.newsletter.noAddresses")}</p>
      <div class="table-wrap">
        <table>
          <caption>{t("admin.newsletter.byLanguage")}</caption>
          <thead><tr><th scope="col">{t("admin.newsletter.language")}</th><th scope="col">{t("admin.newsletter.count")}</th></tr></thead>
          <tbody>
            {LOCALES.map((lang) => (
              <tr><th scope="row">{langLabel(ctx, lang)}</th><td>{v.counts.byLanguage[lang] ?? 0}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="table-wrap">
        <table>
          <caption>{t("admin.newsletter.byTopic")}</caption>
          <thead><tr><th scope="col">{t("admin.newsletter.topic")}</th><th scope="col">{t("admin.newsletter.count")}</th></tr></thead>
          <tbody>
            {NEWSLETTER_TOPICS.map((topic) => (
              <tr><th scope="row">{t(topicLabelKey(topic))}</th><td>{v.counts.byTopic[topic] ?? 0}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("admin.newsletter.issues")}</h2>
      {v.issues.length === 0 ? (
        <p>{t("admin.newsletter.noIssues")}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.newsletter.subject")}</th>
                <th scope="col">{t("admin.newsletter.language")}</th>
                <th scope="col">{t("admin.newsletter.topic")}</th>
                <th scope="col">{t("admin.newsletter.status")}</th>
              </tr>
            </thead>
            <tbody>
              {v.issues.map((i) => (
                <tr>
                  <td><a href={`/${l}/admin/newsletter/issues/${i.id}`} dir="auto">{i.subject}</a></td>
                  <td>{langLabel(ctx, i.language)}</td>
                  <td>{t(topicLabelKey(i.topic))}</td>
                  <td>{i.sent_at ? t("admin.newsletter.sentOn", { date: formatDateTime(ctx.locale, i.sent_at) }) : t("admin.newsletter.draft")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

export function renderCompose(ctx: PageContext, v: { language: string; items: PublishedTranslation[]; values: FormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t;
  const l = ctx.locale;
  const chosen = new Set(Array.isArray(v.values.items) ? v.values.items : v.values.items ? [v.values.items] : []);
  const itemsError = v.errors?.items;
  return (
    <Layout ctx={ctx} title={t("admin.newsletter.compose")} area="admin" hasErrors={Boolean(v.errors)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={["topic", "subject", "intro", "items"]} /> : null}
      <h1>{t("admin.newsletter.compose")}</h1>
      <form method="get" action={`/${l}/admin/newsletter/new`} class="button-row" novalidate>
        <div class="field">
          <label for="choose-language">{t("admin.newsletter.issueLanguage")}</label>
          <select id="choose-language" name="language">
            {LOCALES.map((lang) => (
              <option value={lang} selected={lang === v.language}>{langLabel(ctx, lang)}</option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button-secondary">{t("admin.newsletter.chooseLanguage")}</button>
      </form>
      <form method="post" action={`/${l}/admin/newsletter/new`} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="language" value={v.language} />
        <p>{t("admin.newsletter.writingIn", { language: langLabel(ctx, v.language) })}</p>
        <Select ctx={ctx} name="topic" label={t("admin.newsletter.topic")} hint={t("admin.newsletter.topicHint")} values={v.values} errors={v.errors} options={NEWSLETTER_TOPICS.map((topic) => ({ value: topic, label: t(topicLabelKey(topic)) }))} />
        <TextInput ctx={ctx} name="subject" label={t("admin.newsletter.subject")} values={v.values} errors={v.errors} dir="auto" />
        <TextArea ctx={ctx} name="intro" label={t("admin.newsletter.intro")} values={v.values} errors={v.errors} rows={5} />
        <div class={`field${itemsError ? " field-has-error" : ""}`}>
          <fieldset aria-describedby={itemsError ? `${fieldId("items")}-error` : undefined}>
            <legend>{t("admin.newsletter.items")}</legend>
            <FieldError ctx={ctx} name="items" error={itemsError} />
            {v.items.length === 0 ? <p>{t("admin.newsletter.noItems")}</p> : null}
            <div class="choices">
              {v.items.map((item, i) => (
                <div class="choice">
                  <input type="checkbox" id={i === 0 ? fieldId("items") : `${fieldId("items")}-${item.itemId}`} name="items" value={item.itemId} checked={chosen.has(item.itemId)} aria-describedby={`item-summary-${item.itemId}`} />
                  <label for={i === 0 ? fieldId("items") : `${fieldId("items")}-${item.itemId}`} lang={item.locale} dir="auto">
                    {item.title} <span class="hint">({t(item.kind === "news" ? "admin.newsletter.kindNews" : "admin.newsletter.kindPage")})</span>
                  </label>
                  <p class="hint" id={`item-summary-${item.itemId}`} lang={item.locale} dir="auto">{item.summary}</p>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <button type="submit" class="button">{t("admin.newsletter.preview")}</button>
      </form>
    </Layout>
  );
}

export function renderIssue(ctx: PageContext, v: { issue: IssueRow; text: string; recipients: number; progress: { queued: number; sent: number; skipped: number; failed: number } }) {
  const t = ctx.t;
  const l = ctx.locale;
  const { issue } = v;
  return (
    <Layout ctx={ctx} title={issue.subject} area="admin">
      <h1 dir="auto">{issue.subject}</h1>
      <dl class="summary-list">
        <div><dt>{t("admin.newsletter.language")}</dt><dd>{langLabel(ctx, issue.language)}</dd></div>
        <div><dt>{t("admin.newsletter.topic")}</dt><dd>{t(topicLabelKey(issue.topic))}</dd></div>
        <div><dt>{t("admin.newsletter.status")}</dt><dd>{issue.sent_at ? t("admin.newsletter.sentOn", { date: formatDateTime(ctx.locale, issue.sent_at) }) : t("admin.newsletter.draft")}</dd></div>
      </dl>
      {issue.sent_at ? (
        <section aria-labelledby="progress-title">
          <h2 id="progress-title">{t("admin.newsletter.progress")}</h2>
          <dl class="summary-list">
            <div><dt>{t("admin.newsletter.recipients")}</dt><dd>{issue.recipients}</dd></div>
            <div><dt>{t("admin.newsletter.queued")}</dt><dd>{v.progress.queued}</dd></div>
            <div><dt>{t("admin.newsletter.sent")}</dt><dd>{v.progress.sent}</dd></div>
            <div><dt>{t("admin.newsletter.skipped")}</dt><dd>{v.progress.skipped}</dd></div>
            <div><dt>{t("admin.newsletter.failed")}</dt><dd>{v.progress.failed}</dd></div>
          </dl>
        </section>
      ) : (
        <form method="post" action={`/${l}/admin/newsletter/issues/${issue.id}/send`}>
          <CsrfField ctx={ctx} />
          <p>{t("admin.newsletter.willSend", { count: v.recipients })}</p>
          <button type="submit" class="button">{t("admin.newsletter.send")}</button>
        </form>
      )}
      <h2>{t("admin.newsletter.previewTitle")}</h2>
      <pre class="mail-text" lang={issue.language} dir="auto" tabIndex={0}>{v.text}</pre>
      <p><a href={`/${l}/admin/newsletter`}>{t("admin.newsletter.back")}</a></p>
    </Layout>
  );
}

export function renderOutbox(ctx: PageContext, v: { smtp: boolean; entries: OutboxEntry[] }) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("admin.outbox.title")} area="admin">
      <h1>{t("admin.outbox.title")}</h1>
      {v.smtp ? (
        <p>{t("admin.outbox.smtp")}</p>
      ) : (
        <>
          <p>{t("admin.outbox.lead")}</p>
          {v.entries.length === 0 ? (
            <p>{t("admin.outbox.empty")}</p>
          ) : (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("admin.outbox.date")}</th>
                    <th scope="col">{t("admin.outbox.to")}</th>
                    <th scope="col">{t("admin.outbox.subject")}</th>
                  </tr>
                </thead>
                <tbody>
                  {v.entries.map((e) => (
                    <tr>
                      <td>{e.date}</td>
                      <td dir="ltr">{e.to}</td>
                      <td><a href={`/${l}/admin/outbox/${e.name}`} dir="auto">{e.subject}</a></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Layout>
  );
}

export function renderOutboxMessage(ctx: PageContext, m: EmlMessage, subject: string) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={subject || t("admin.outbox.message")} area="admin">
      <h1 dir="auto">{subject || t("admin.outbox.message")}</h1>
      <h2>{t("admin.outbox.headers")}</h2>
      <dl class="summary-list">
        {m.headers.map(([k, value]) => (
          <div><dt dir="ltr">{k}</dt><dd dir="auto">{value}</dd></div>
        ))}
      </dl>
      <h2>{t("admin.outbox.text")}</h2>
      <pre class="mail-text" dir="auto" tabIndex={0}>{m.text}</pre>
      <p><a href={`/${ctx.locale}/admin/outbox`}>{t("admin.outbox.back")}</a></p>
    </Layout>
  );
}
