import { formatBytes, languageName, regionName } from "../../i18n/format.ts";
import type { MessageKey } from "../../i18n/i18n.ts";
import { foreignText, LANG_TAG, textDirection, type Locale } from "../../i18n/locales.ts";
import { Checkboxes, CsrfField, ErrorSummary, FieldError, fieldId, Select, TextArea, TextInput, TextLanguageTabs, TextsInLanguage } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import { PDF_LIMITS } from "./library.pdf.ts";
import type { WorkFull } from "./library.repo.ts";
import { WORK_AUDIENCES, WORK_REGIONS, WORK_TOPICS, WORK_TYPES } from "./library.schema.ts";
import { coverVariants, fileName, pickVersion } from "./library.service.ts";
import { audienceLabel, libraryMediaUrl, topicLabel, typeLabel } from "./library.views.tsx";

const statusLabel = (ctx: PageContext, status: string) => ctx.t(`status.${status}` as MessageKey);

/** Every work, drafts included, with its status and languages. */
export function renderLibraryAdminList(ctx: PageContext, v: { works: WorkFull[]; manages: boolean }) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("admin.library.title")} area="admin">
      <h1>{t("admin.library.title")}</h1>
      {v.manages ? (
        <p>
          <a class="button" href={`/${l}/admin/library/new`}>{t("admin.library.new")}</a>
        </p>
      ) : null}
      {v.works.length === 0 ? (
        <p>{t("admin.library.empty")}</p>
      ) : (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t("admin.library.field.title")}</th>
              <th scope="col">{t("admin.library.field.type")}</th>
              <th scope="col">{t("admin.library.field.year")}</th>
              <th scope="col">{t("admin.library.status")}</th>
              <th scope="col">{t("admin.library.languages")}</th>
            </tr>
          </thead>
          <tbody>
            {v.works.map((w) => {
              const shown = pickVersion(w.versions, l);
              return (
                <tr>
                  <td>
                    <a href={`/${l}/admin/library/${w.id}`} {...(shown ? foreignText(l, shown.locale) : {})}>{shown?.title ?? w.slug}</a>
                  </td>
                  <td>{typeLabel(ctx, w.type)}</td>
                  <td>{w.year}</td>
                  <td>
                    <span class="badge">{statusLabel(ctx, w.status)}</span>
                  </td>
                  <td>{w.versions.map((x) => `${x.locale.toUpperCase()}${x.file_key ? "" : "*"}`).join(" ")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export interface WorkEditView {
  work?: WorkFull | undefined;
  locale: Locale;
  values: FormValues;
  errors?: FieldErrors | undefined;
  fileError?: MessageKey | undefined;
  manages: boolean;
  /** False when the server would refuse a change (a translator on a published work): no forms then. */
  changeable: boolean;
  maxBytes: number;
}

/** Create or edit a work: the shared facts, the texts in one language, that language's PDF and the status. */
export function renderWorkEdit(ctx: PageContext, v: WorkEditView) {
  const t = ctx.t;
  const l = ctx.locale;
  const w = v.work;
  const base = w ? `/${l}/admin/library/${w.id}` : `/${l}/admin/library/new`;
  const title = w ? t("admin.library.edit") : t("admin.library.new");
  const version = w?.versions.find((x) => x.locale === v.locale);
  const factsLocked = !v.manages;
  const allErrors = { ...v.errors, ...(v.fileError ? { file: v.fileError } : {}) };
  const hasErrors = Object.keys(allErrors).length > 0;
  const canReview = w?.status === "draft";
  const hasStatusAction = canReview || v.manages;
  return (
    <Layout ctx={ctx} title={title} area="admin" hasErrors={hasErrors}>
      <p>
        <a href={`/${l}/admin/library`}>{t("admin.library.title")}</a>
      </p>
      {hasErrors ? <ErrorSummary ctx={ctx} errors={allErrors} order={["slug", "type", "year", "publisher", "audiences", "region", "topics", "title", "summary", "file"]} /> : null}
      <h1>{title}</h1>
      {w ? (
        <p>
          {t("admin.library.status")}: <span class="badge">{statusLabel(ctx, w.status)}</span>
          {w.status === "published" ? <> · <a href={`/${l}/library/${w.slug}`}>{t("admin.library.view")}</a></> : null}
        </p>
      ) : null}
      <TextLanguageTabs ctx={ctx} base={base} current={v.locale} written={w?.versions.map((x) => x.locale) ?? []} label={t("admin.library.textLanguage")} writtenLabel={t("admin.library.written")} notWrittenLabel={t("admin.library.notWritten")} />
      {!v.changeable ? (
        <>
          <p class="notice" role="note">{t("admin.library.readOnlyPublished")}</p>
          <section aria-labelledby="texts-heading">
            <h2 id="texts-heading">{t("admin.library.textsIn", { language: languageName(l, v.locale) })}</h2>
            {version ? (
              <dl class="summary-list">
                <div>
                  <dt>{t("admin.library.field.title")}</dt>
                  <dd lang={LANG_TAG[v.locale]} dir={textDirection(v.locale)}>{version.title}</dd>
                </div>
                <div>
                  <dt>{t("admin.library.field.summary")}</dt>
                  <dd lang={LANG_TAG[v.locale]} dir={textDirection(v.locale)}>{version.summary}</dd>
                </div>
              </dl>
            ) : (
              <p>{t("admin.library.notWritten")}</p>
            )}
          </section>
        </>
      ) : (
        <form method="post" action={w ? `/${l}/admin/library/${w.id}` : `/${l}/admin/library`} novalidate>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="in" value={v.locale} />
          {factsLocked ? (
            <p class="hint">{t("admin.library.factsLocked")}</p>
          ) : (
            <fieldset>
              <legend>{t("admin.library.facts")}</legend>
              <TextInput ctx={ctx} name="slug" label={t("admin.library.field.slug")} hint={t("admin.library.hint.slug")} values={v.values} errors={v.errors} />
              <Select ctx={ctx} name="type" label={t("admin.library.field.type")} values={v.values} errors={v.errors} options={[{ value: "", label: "" }, ...WORK_TYPES.map((x) => ({ value: x, label: typeLabel(ctx, x) }))]} />
              <TextInput ctx={ctx} name="year" label={t("admin.library.field.year")} values={v.values} errors={v.errors} inputMode="numeric" />
              <TextInput ctx={ctx} name="publisher" label={t("admin.library.field.publisher")} values={v.values} errors={v.errors} />
              <Checkboxes ctx={ctx} name="audiences" label={t("admin.library.field.audiences")} values={v.values} errors={v.errors} options={WORK_AUDIENCES.map((x) => ({ value: x, label: audienceLabel(ctx, x) }))} />
              <Select ctx={ctx} name="region" label={t("admin.library.field.region")} values={v.values} errors={v.errors} options={WORK_REGIONS.map((x) => ({ value: x, label: regionName(l, x) }))} />
              <Checkboxes ctx={ctx} name="topics" label={t("admin.library.field.topics")} values={v.values} errors={v.errors} options={WORK_TOPICS.map((x) => ({ value: x, label: topicLabel(ctx, x) }))} />
            </fieldset>
          )}
          <TextsInLanguage locale={v.locale} legend={t("admin.library.textsIn", { language: languageName(l, v.locale) })}>
            <TextInput ctx={ctx} name="title" label={t("admin.library.field.title")} values={v.values} errors={v.errors} />
            <TextArea ctx={ctx} name="summary" label={t("admin.library.field.summary")} values={v.values} errors={v.errors} rows={5} />
          </TextsInLanguage>
          <button type="submit" class="button">{t("admin.library.save")}</button>
        </form>
      )}
      {w ? (
        <section aria-labelledby="file-heading" class="panel">
          <h2 id="file-heading">{t("admin.library.file.heading", { language: languageName(l, v.locale) })}</h2>
          {version?.file_key ? (
            <>
              <p>
                <a href={libraryMediaUrl(version.id, fileName(version.file_key))}>{t("admin.library.file.current", { size: formatBytes(l, version.file_bytes ?? 0) })}</a>
              </p>
              <ul>
                <li>{t("admin.library.extract.pages", { count: version.pages ?? 0 })}</li>
                <li>{version.text_chars > 0 ? t("admin.library.extract.chars", { count: version.text_chars }) : t("admin.library.extract.noText")}</li>
                {version.text_truncated ? <li>{t("admin.library.extract.truncated", { pages: PDF_LIMITS.maxPages, chars: PDF_LIMITS.maxChars })}</li> : null}
                <li>{coverVariants(version).length ? t("admin.library.extract.cover") : t("admin.library.extract.noCover")}</li>
              </ul>
            </>
          ) : (
            <p>{t("admin.library.file.none")}</p>
          )}
          {!v.changeable ? null : version ? (
            <form method="post" action={`/${l}/admin/library/${w.id}/file?in=${v.locale}`} enctype="multipart/form-data" novalidate>
              <CsrfField ctx={ctx} />
              <input type="hidden" name="in" value={v.locale} />
              <div class={`field${v.fileError ? " field-has-error" : ""}`}>
                <label for={fieldId("file")}>{t("admin.library.file.label")}</label>
                <p class="hint" id={`${fieldId("file")}-hint`}>{t("admin.library.file.hint", { size: formatBytes(l, v.maxBytes) })}</p>
                <FieldError ctx={ctx} name="file" error={v.fileError} />
                <input type="file" id={fieldId("file")} name="file" accept="application/pdf,.pdf" aria-describedby={`${fieldId("file")}-hint${v.fileError ? ` ${fieldId("file")}-error` : ""}`} />
              </div>
              <button type="submit" class="button">{t("admin.library.file.upload")}</button>
            </form>
          ) : (
            <p class="hint">{t("admin.library.error.file.needText")}</p>
          )}
          {version && v.manages ? (
            <form method="post" action={`/${l}/admin/library/${w.id}/version/delete`} novalidate class="library-remove">
              <CsrfField ctx={ctx} />
              <input type="hidden" name="in" value={v.locale} />
              <button type="submit" class="button button-secondary">{t("admin.library.removeVersion")}</button>
            </form>
          ) : null}
        </section>
      ) : null}
      {w && hasStatusAction ? (
        <section aria-labelledby="status-heading" class="panel">
          <h2 id="status-heading">{t("admin.library.flow")}</h2>
          <form method="post" action={`/${l}/admin/library/${w.id}/status?in=${v.locale}`} novalidate class="button-row">
            <CsrfField ctx={ctx} />
            {canReview ? <button type="submit" name="action" value="review" class="button">{t("admin.library.submitReview")}</button> : null}
            {v.manages && w.status !== "published" ? <button type="submit" name="action" value="publish" class="button">{t("admin.library.publish")}</button> : null}
            {v.manages && w.status !== "draft" ? <button type="submit" name="action" value="unpublish" class="button button-secondary">{t("admin.library.unpublish")}</button> : null}
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
