import { diffWordsWithSpace } from "diff";
import { AUDIENCES, STATUSES, TOPICS, audienceKey, statusKey, topicNameKey } from "../content/content.taxonomy.ts";
import { formatDateTime, languageName } from "../../i18n/format.ts";
import { LANG_TAG, LOCALES, textDirection, type Locale } from "../../i18n/locales.ts";
import { Article, type ArticleData } from "../../views/article.tsx";
import { Checkboxes, CsrfField, ErrorSummary, Select, TextArea, TextInput, fieldId } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import { can } from "../../web/auth.ts";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";

export interface ItemRow {
  id: string;
  kind: string;
  slug: string;
  topic: string | null;
  translations: Partial<Record<Locale, { status: string; title: string; published: boolean; scheduledAt: string | null }>>;
}


function StatusTag({ ctx, status, published }: { ctx: PageContext; status: string | undefined; published?: boolean }) {
  if (!status) return <span class="tag tag-missing">{ctx.t("status.missing")}</span>;
  return (
    <span class={`tag tag-${status}`}>
      {ctx.t(statusKey(status))}
      {published && status !== "published" ? ` · ${ctx.t("status.liveVersion")}` : ""}
    </span>
  );
}

export function renderDashboard(ctx: PageContext, counts: { inReview: number; drafts: number; scheduled: number; missing: number; feedback: number }) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("admin.dashboard.title")} area="admin">
      <h1>{t("admin.dashboard.title")}</h1>
      <p>{t("admin.dashboard.welcome", { name: ctx.staff?.name ?? "" })}</p>
      <ul class="card-grid">
        <li class="card"><a href={`/${l}/admin/content?status=in_review`}>{t("admin.dashboard.inReview", { count: counts.inReview })}</a></li>
        <li class="card"><a href={`/${l}/admin/content?status=draft`}>{t("admin.dashboard.drafts", { count: counts.drafts })}</a></li>
        <li class="card"><a href={`/${l}/admin/content?status=scheduled`}>{t("admin.dashboard.scheduled", { count: counts.scheduled })}</a></li>
        <li class="card"><a href={`/${l}/admin/translations`}>{t("admin.dashboard.missing", { count: counts.missing })}</a></li>
        {can(ctx.staff, "feedback.view") ? (
          <li class="card"><a href={`/${l}/admin/feedback`}>{t("admin.dashboard.feedback", { count: counts.feedback })}</a></li>
        ) : null}
      </ul>
    </Layout>
  );
}

export function renderContentList(ctx: PageContext, rows: ItemRow[], filter: { kind: string; status: string }) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("admin.content.title")} area="admin">
      <h1>{t("admin.content.title")}</h1>
      {can(ctx.staff, "content.edit") ? (
        <p><a class="button" href={`/${l}/admin/content/new`}>{t("admin.content.new")}</a></p>
      ) : null}
      <form method="get" action={`/${l}/admin/content`} class="filters" novalidate>
        <Select ctx={ctx} name="kind" label={t("admin.content.kind")} values={{ kind: filter.kind }} options={[
          { value: "", label: t("admin.content.allKinds") },
          { value: "page", label: t("admin.content.kindPage") },
          { value: "news", label: t("admin.content.kindNews") },
        ]} />
        <Select ctx={ctx} name="status" label={t("admin.content.status")} values={{ status: filter.status }} options={[
          { value: "", label: t("admin.content.allStatuses") },
          ...STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) })),
        ]} />
        <button type="submit" class="button button-secondary">{t("admin.filter")}</button>
      </form>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{t("admin.content.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.content.item")}</th>
              <th scope="col">{t("admin.content.kind")}</th>
              {LOCALES.map((loc) => <th scope="col" lang={LANG_TAG[loc]}>{loc.toUpperCase()}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const first = r.translations[ctx.locale] ?? Object.values(r.translations)[0];
              return (
                <tr>
                  <td><a href={`/${l}/admin/content/${r.id}`}>{first?.title ?? r.slug}</a><br /><code dir="ltr">{r.slug}</code></td>
                  <td>{r.kind === "news" ? t("admin.content.kindNews") : t("admin.content.kindPage")}</td>
                  {LOCALES.map((loc) => (
                    <td><StatusTag ctx={ctx} status={r.translations[loc]?.status} published={r.translations[loc]?.published} /></td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

export function renderNewItem(ctx: PageContext, form: { errors?: FieldErrors; values?: FormValues } = {}) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("admin.content.new")} area="admin" hasErrors={Boolean(form.errors)}>
      {form.errors ? <ErrorSummary ctx={ctx} errors={form.errors} order={["kind", "slug", "topic", "audiences", "sortOrder"]} /> : null}
      <h1>{t("admin.content.new")}</h1>
      <form method="post" action={`/${ctx.locale}/admin/content/new`} novalidate class="narrow">
        <CsrfField ctx={ctx} />
        <Select ctx={ctx} name="kind" label={t("admin.content.kind")} errors={form.errors} values={form.values} options={[
          { value: "page", label: t("admin.content.kindPage") },
          { value: "news", label: t("admin.content.kindNews") },
        ]} />
        <TextInput ctx={ctx} name="slug" label={t("admin.content.slug")} hint={t("admin.content.slugHint")} dir="ltr" errors={form.errors} values={form.values} />
        <MetaFields ctx={ctx} errors={form.errors} values={form.values} />
        <button type="submit" class="button">{t("admin.content.create")}</button>
      </form>
    </Layout>
  );
}

function MetaFields({ ctx, errors, values }: { ctx: PageContext; errors?: FieldErrors | undefined; values?: FormValues | undefined }) {
  const t = ctx.t;
  return (
    <>
      <Select ctx={ctx} name="topic" label={t("admin.content.topic")} errors={errors} values={values} options={[
        { value: "", label: t("admin.content.noTopic") },
        ...TOPICS.map((tp) => ({ value: tp, label: t(topicNameKey(tp)) })),
      ]} />
      <Checkboxes ctx={ctx} name="audiences" label={t("admin.content.audiences")} errors={errors} values={values}
        options={AUDIENCES.map((a) => ({ value: a, label: t(audienceKey(a)) }))} />
      <TextInput ctx={ctx} name="sortOrder" label={t("admin.content.sortOrder")} inputMode="numeric" width="short" dir="ltr" errors={errors} values={values} />
      <Checkboxes ctx={ctx} name="sexualViolence" label={t("admin.content.warning.sensitiveLegend")} hint={t("admin.content.warning.sensitiveHint")} errors={errors} values={values}
        options={[{ value: "yes", label: t("admin.content.warning.sensitive") }]} />
    </>
  );
}

export function renderItem(
  ctx: PageContext,
  item: { id: string; kind: string; slug: string; topic: string | null; audiences: string[]; sortOrder: number; sexualViolence: boolean },
  translations: ItemRow["translations"],
  form: { errors?: FieldErrors; values?: FormValues } = {},
) {
  const t = ctx.t;
  const l = ctx.locale;
  const values = form.values ?? { topic: item.topic ?? "", audiences: item.audiences, sortOrder: String(item.sortOrder), ...(item.sexualViolence ? { sexualViolence: "yes" } : {}) };
  const base = item.kind === "news" ? "news" : "info";
  return (
    <Layout ctx={ctx} title={item.slug} area="admin" hasErrors={Boolean(form.errors)}>
      {form.errors ? <ErrorSummary ctx={ctx} errors={form.errors} /> : null}
      <p><a href={`/${l}/admin/content`}>{t("admin.content.back")}</a></p>
      <h1><code dir="ltr">{item.slug}</code></h1>
      <h2>{t("admin.content.languages")}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("admin.content.language")}</th>
              <th scope="col">{t("admin.content.title")}</th>
              <th scope="col">{t("admin.content.status")}</th>
              <th scope="col">{t("admin.content.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {LOCALES.map((loc) => {
              const tr = translations[loc];
              return (
                <tr>
                  <td>{languageName(ctx.locale, loc)}</td>
                  <td lang={LANG_TAG[loc]} dir={textDirection(loc)}>{tr?.title ?? "—"}</td>
                  <td>
                    <StatusTag ctx={ctx} status={tr?.status} published={tr?.published} />
                    {tr?.scheduledAt ? <><br />{t("admin.content.scheduledFor", { date: formatDateTime(ctx.locale, tr.scheduledAt) })}</> : null}
                  </td>
                  <td>
                    <ul class="inline-list">
                      <li>
                        <a href={`/${l}/admin/content/${item.id}/${loc}`}>
                          {tr ? t("admin.content.edit") : t("admin.content.translate")}
                          <span class="visually-hidden"> ({languageName(ctx.locale, loc)})</span>
                        </a>
                      </li>
                      {tr ? <li><a href={`/${l}/admin/content/${item.id}/${loc}/revisions`}>{t("admin.content.history")}<span class="visually-hidden"> ({languageName(ctx.locale, loc)})</span></a></li> : null}
                      {tr?.published ? <li><a href={`/${loc}/${base}/${item.slug}`}>{t("admin.content.view")}<span class="visually-hidden"> ({languageName(ctx.locale, loc)})</span></a></li> : null}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {can(ctx.staff, "content.edit") ? (
        <section aria-labelledby="meta-title">
          <h2 id="meta-title">{t("admin.content.metadata")}</h2>
          <form method="post" action={`/${l}/admin/content/${item.id}/meta`} novalidate class="narrow">
            <CsrfField ctx={ctx} />
            <MetaFields ctx={ctx} errors={form.errors} values={values} />
            <button type="submit" class="button button-secondary">{t("admin.content.saveMeta")}</button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}

export interface EditInfo {
  itemId: string;
  slug: string;
  kind: string;
  locale: Locale;
  status: string | null;
  published: boolean;
  /** The page is about sexual violence: a content warning unless the editor explicitly removes it. */
  warnsByDefault: boolean;
  source: { locale: string; title: string; summary: string; body: string } | null;
}

const editTitle = (ctx: PageContext, info: EditInfo) =>
  ctx.t("admin.content.editTitle", { slug: info.slug, language: languageName(ctx.locale, info.locale) });

export function renderEditTranslation(ctx: PageContext, info: EditInfo, form: { errors?: FieldErrors | undefined; values: FormValues }) {
  return (
    <Layout ctx={ctx} title={editTitle(ctx, info)} area="admin" hasErrors={Boolean(form.errors)}>
      {form.errors ? <ErrorSummary ctx={ctx} errors={form.errors} order={["title", "summary", "body", "contentWarning", "reviewedOn", "note", "publishAt"]} /> : null}
      <EditTranslationForm ctx={ctx} info={info} form={form} Heading="h1" />
    </Layout>
  );
}

/** The translation editor without the page shell, so the preview page can show it under the preview. */
function EditTranslationForm({ ctx, info, form, Heading }: { ctx: PageContext; info: EditInfo; form: { errors?: FieldErrors | undefined; values: FormValues }; Heading: "h1" | "h2" }) {
  const t = ctx.t;
  const l = ctx.locale;
  const lang = LANG_TAG[info.locale];
  const dir = textDirection(info.locale);
  const canPublish = can(ctx.staff, "content.publish");
  return (
    <>
      <p><a href={`/${l}/admin/content/${info.itemId}`}>{t("admin.content.backToItem")}</a></p>
      <Heading>{editTitle(ctx, info)}</Heading>
      <p><StatusTag ctx={ctx} status={info.status ?? undefined} published={info.published} /></p>
      {info.source ? (
        <details class="source-text">
          <summary>{t("admin.content.sourceText", { language: languageName(ctx.locale, info.source.locale as Locale) })}</summary>
          <div lang={LANG_TAG[info.source.locale as Locale]} dir={textDirection(info.source.locale as Locale)}>
            <h2>{info.source.title}</h2>
            <p>{info.source.summary}</p>
            <pre class="markdown-source">{info.source.body}</pre>
          </div>
        </details>
      ) : null}
      <form method="post" action={`/${l}/admin/content/${info.itemId}/${info.locale}`} novalidate>
        <CsrfField ctx={ctx} />
        <div lang={lang} dir={dir}>
          <TextInput ctx={ctx} name="title" label={t("admin.content.fieldTitle")} errors={form.errors} values={form.values} dir={dir} />
          <TextArea ctx={ctx} name="summary" label={t("admin.content.fieldSummary")} hint={t("admin.content.summaryHint")} rows={3} errors={form.errors} values={form.values} />
          <TextArea ctx={ctx} name="body" label={t("admin.content.fieldBody")} hint={t("admin.content.bodyHint")} rows={18} errors={form.errors} values={form.values} />
          <TextInput ctx={ctx} name="contentWarning" label={t("admin.content.fieldWarning")} hint={info.warnsByDefault ? t("admin.content.warning.defaultHint") : t("admin.content.warningHint")} errors={form.errors} values={form.values} dir={dir} />
        </div>
        {info.warnsByDefault ? (
          <Checkboxes ctx={ctx} name="removeWarning" label={t("admin.content.warning.removeLegend")} hint={t("admin.content.warning.removeHint")} errors={form.errors} values={form.values}
            options={[{ value: "yes", label: t("admin.content.warning.remove") }]} />
        ) : null}
        <TextInput ctx={ctx} name="reviewedOn" type="date" label={t("admin.content.fieldReviewedOn")} hint={t("admin.content.reviewedOnHint")} dir="ltr" width="short" errors={form.errors} values={form.values} />
        <TextInput ctx={ctx} name="note" label={t("admin.content.fieldNote")} hint={t("admin.content.noteHint")} errors={form.errors} values={form.values} />
        {canPublish ? (
          <TextInput ctx={ctx} name="publishAt" type="datetime-local" label={t("admin.content.fieldPublishAt")} hint={t("admin.content.publishAtHint")} dir="ltr" errors={form.errors} values={form.values} />
        ) : null}
        <div class="button-row">
          <button type="submit" name="action" value="preview" class="button button-secondary">{t("admin.content.preview")}</button>
          <button type="submit" name="action" value="draft" class="button button-secondary">{t("admin.content.saveDraft")}</button>
          <button type="submit" name="action" value="review" class="button button-secondary">{t("admin.content.submitReview")}</button>
          {canPublish ? <button type="submit" name="action" value="schedule" class="button button-secondary">{t("admin.content.schedule")}</button> : null}
          {canPublish ? <button type="submit" name="action" value="publish" class="button">{t("admin.content.publish")}</button> : null}
        </div>
      </form>
      {canPublish && info.published ? (
        <form method="post" action={`/${l}/admin/content/${info.itemId}/${info.locale}/unpublish`} class="danger-zone">
          <CsrfField ctx={ctx} />
          <button type="submit" class="button button-warning">{t("admin.content.unpublish")}</button>
        </form>
      ) : null}
    </>
  );
}


/** The editor's preview: the page as readers would see it, above the form to keep editing. */
export function renderPreview(ctx: PageContext, kind: "page" | "news", data: ArticleData, info: EditInfo, values: FormValues) {
  const t = ctx.t;
  const title = t("admin.content.previewTitle", { title: data.title });
  return (
    <Layout ctx={ctx} title={title} area="admin">
      <h1>{title}</h1>
      <p class="notice" role="status">{t("admin.content.previewNotice")}</p>
      <div class="preview-frame">
        <Article ctx={ctx} data={data} kind={kind} titleTag="h2" />
      </div>
      <EditTranslationForm ctx={ctx} info={info} form={{ values }} Heading="h2" />
    </Layout>
  );
}

export function renderRevisions(
  ctx: PageContext,
  info: { itemId: string; slug: string; locale: Locale; currentId: string; publishedId: string | null },
  revisions: { id: string; number: number; title: string; note: string | null; created_at: string; author: string | null }[],
  compare: { a: { id: string; title: string; summary: string; body: string }; b: { id: string; title: string; summary: string; body: string } } | null,
) {
  const t = ctx.t;
  const l = ctx.locale;
  const title = t("admin.revisions.title", { slug: info.slug, language: languageName(ctx.locale, info.locale) });
  return (
    <Layout ctx={ctx} title={title} area="admin">
      <p><a href={`/${l}/admin/content/${info.itemId}`}>{t("admin.content.backToItem")}</a></p>
      <h1>{title}</h1>
      {compare ? (
        <section aria-labelledby="diff-title" class="diff" lang={LANG_TAG[info.locale]} dir={textDirection(info.locale)}>
          <h2 id="diff-title" lang={ctx.langTag} dir={ctx.dir}>{t("admin.revisions.difference")}</h2>
          <p class="hint" lang={ctx.langTag} dir={ctx.dir}>{t("admin.revisions.legend")}</p>
          {([["title", "admin.content.fieldTitle"], ["summary", "admin.content.fieldSummary"], ["body", "admin.content.fieldBody"]] as const).map(([field, label]) => (
            <div class="diff-field">
              <h3 lang={ctx.langTag} dir={ctx.dir}>{t(label)}</h3>
              <pre class="diff-text">
                {diffWordsWithSpace(compare.a[field], compare.b[field]).map((part) =>
                  part.added ? <ins>{part.value}</ins> : part.removed ? <del>{part.value}</del> : part.value,
                )}
              </pre>
            </div>
          ))}
        </section>
      ) : null}
      <form method="get" action={`/${l}/admin/content/${info.itemId}/${info.locale}/revisions`} novalidate>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.revisions.from")}</th>
                <th scope="col">{t("admin.revisions.to")}</th>
                <th scope="col">{t("admin.revisions.when")}</th>
                <th scope="col">{t("admin.revisions.who")}</th>
                <th scope="col">{t("admin.content.fieldTitle")}</th>
                <th scope="col">{t("admin.content.fieldNote")}</th>
                <th scope="col">{t("admin.content.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r, i) => (
                <tr>
                  <td><input type="radio" name="a" value={r.id} id={`${fieldId("a")}-${i}`} checked={compare ? compare.a.id === r.id : i === 1} aria-label={t("admin.revisions.compareFrom", { n: r.number })} /></td>
                  <td><input type="radio" name="b" value={r.id} id={`${fieldId("b")}-${i}`} checked={compare ? compare.b.id === r.id : i === 0} aria-label={t("admin.revisions.compareTo", { n: r.number })} /></td>
                  <td>
                    {t("admin.revisions.version", { n: r.number })}
                    <br />
                    {formatDateTime(ctx.locale, r.created_at)}
                    {r.id === info.currentId ? <> <span class="tag">{t("admin.revisions.current")}</span></> : null}
                    {r.id === info.publishedId ? <> <span class="tag tag-published">{t("status.published")}</span></> : null}
                  </td>
                  <td>{r.author ?? "—"}</td>
                  <td lang={LANG_TAG[info.locale]} dir={textDirection(info.locale)}>{r.title}</td>
                  <td>{r.note ?? ""}</td>
                  <td>
                    {r.id !== info.currentId ? (
                      <button type="submit" class="button button-small button-secondary" formaction={`/${l}/admin/content/${info.itemId}/${info.locale}/revisions/${r.id}/restore`} formmethod="post" form={`restore-${r.id}`}>
                        {t("admin.revisions.restore")}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {revisions.length > 1 ? <button type="submit" class="button button-secondary">{t("admin.revisions.compare")}</button> : null}
      </form>
      {revisions.filter((r) => r.id !== info.currentId).map((r) => (
        <form id={`restore-${r.id}`} method="post" action={`/${l}/admin/content/${info.itemId}/${info.locale}/revisions/${r.id}/restore`} hidden>
          <CsrfField ctx={ctx} />
        </form>
      ))}
    </Layout>
  );
}

export function renderTranslations(ctx: PageContext, rows: ItemRow[], missingIn: Locale | "") {
  const t = ctx.t;
  const l = ctx.locale;
  const shown = missingIn ? rows.filter((r) => !r.translations[missingIn]) : rows.filter((r) => LOCALES.some((loc) => !r.translations[loc]));
  return (
    <Layout ctx={ctx} title={t("admin.translations.title")} area="admin">
      <h1>{t("admin.translations.title")}</h1>
      <p>{t("admin.translations.intro")}</p>
      <form method="get" action={`/${l}/admin/translations`} class="filters" novalidate>
        <Select ctx={ctx} name="missing" label={t("admin.translations.missingIn")} values={{ missing: missingIn }} options={[
          { value: "", label: t("admin.translations.anyLanguage") },
          ...LOCALES.map((loc) => ({ value: loc, label: languageName(ctx.locale, loc) })),
        ]} />
        <button type="submit" class="button button-secondary">{t("admin.filter")}</button>
      </form>
      <p role="status">{t("admin.translations.count", { count: shown.length })}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("admin.content.item")}</th>
              {LOCALES.map((loc) => <th scope="col">{languageName(ctx.locale, loc)}</th>)}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr>
                <td><a href={`/${l}/admin/content/${r.id}`}><code dir="ltr">{r.slug}</code></a></td>
                {LOCALES.map((loc) => (
                  <td>
                    {r.translations[loc] ? (
                      <StatusTag ctx={ctx} status={r.translations[loc]?.status} published={r.translations[loc]?.published} />
                    ) : (
                      <a href={`/${l}/admin/content/${r.id}/${loc}`}>{t("admin.content.translate")}<span class="visually-hidden"> {r.slug} ({languageName(ctx.locale, loc)})</span></a>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

export function renderFeedbackSummary(ctx: PageContext, rows: { id: string; slug: string; kind: string; total: number; yes: number }[]) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("admin.feedback.title")} area="admin">
      <h1>{t("admin.feedback.title")}</h1>
      {rows.length === 0 ? <p>{t("admin.feedback.none")}</p> : null}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("admin.content.item")}</th>
              <th scope="col">{t("admin.feedback.answers")}</th>
              <th scope="col">{t("feedback.yes")}</th>
              <th scope="col">{t("feedback.no")}</th>
              <th scope="col">{t("admin.feedback.useful")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td><a href={`/${ctx.locale}/admin/feedback/${r.id}`}><code dir="ltr">{r.slug}</code></a></td>
                <td>{r.total}</td>
                <td>{r.yes}</td>
                <td>{r.total - r.yes}</td>
                <td>{t("admin.feedback.percent", { value: r.total ? r.yes / r.total : 0 })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

export function renderFeedbackDetail(ctx: PageContext, slug: string, rows: { locale: string; useful: number; comment: string | null; created_at: string }[]) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("admin.feedback.detailTitle", { slug })} area="admin">
      <p><a href={`/${ctx.locale}/admin/feedback`}>{t("admin.feedback.back")}</a></p>
      <h1>{t("admin.feedback.detailTitle", { slug })}</h1>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("admin.revisions.when")}</th>
              <th scope="col">{t("admin.content.language")}</th>
              <th scope="col">{t("admin.feedback.useful")}</th>
              <th scope="col">{t("feedback.comment")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>{formatDateTime(ctx.locale, r.created_at)}</td>
                <td>{languageName(ctx.locale, r.locale as Locale)}</td>
                <td>{r.useful ? t("feedback.yes") : t("feedback.no")}</td>
                <td dir="auto">{r.comment ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
