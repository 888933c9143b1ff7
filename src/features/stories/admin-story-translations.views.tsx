import { formatDateTime, languageName } from "../../i18n/format.ts";
import { foreignText, isLocale, LANG_TAG, LOCALES, textDirection, type Locale } from "../../i18n/locales.ts";
import { CsrfField, ErrorSummary, FieldError, fieldId, Pagination } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import type { StoryRow } from "./stories.repo.ts";
import { storyTitle } from "./stories.views.tsx";
import type { StoryTranslationRow, TranslatableStory } from "./story-voices.repo.ts";
import { storySourceHash } from "./story-voices.service.ts";

const FORM_ORDER = ["title", "content_warning", "body", "action"];
const nameOf = (ctx: PageContext, code: string) => (isLocale(code) ? languageName(ctx.locale, code) : code);

/** Approved stories whose author allows translation, and where each of the six languages stands. */
export function renderTranslatableStories(ctx: PageContext, v: { rows: TranslatableStory[]; total: number; page: number; pageCount: number }) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("admin.storyTranslations.title")} area="admin">
      <h1>{t("admin.storyTranslations.title")}</h1>
      <p class="lead">{t("admin.storyTranslations.lead")}</p>
      <p role="status">{t("admin.storyTranslations.count", { count: v.total })}</p>
      {v.rows.length === 0 ? null : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t("admin.storyTranslations.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.stories.story")}</th>
                <th scope="col">{t("admin.storyTranslations.original")}</th>
                <th scope="col">{t("admin.storyTranslations.languages")}</th>
              </tr>
            </thead>
            <tbody>
              {v.rows.map((s) => {
                const hash = storySourceHash(s);
                return (
                  <tr>
                    <th scope="row">
                      <span {...foreignText(l, s.language)}>{storyTitle(s)}</span>
                    </th>
                    <td>{nameOf(ctx, s.language)}</td>
                    <td>
                      <ul class="plain-list">
                        {LOCALES.filter((x) => x !== s.language).map((x) => {
                          const tr = s.translations.find((y) => y.locale === x);
                          const state = !tr
                            ? t("admin.storyTranslations.state.missing")
                            : tr.source_hash !== hash
                              ? t("admin.storyTranslations.state.outdated")
                              : tr.status === "published"
                                ? t("admin.storyTranslations.state.published")
                                : t("admin.storyTranslations.state.draft");
                          return (
                            <li>
                              <a href={`/${l}/admin/story-translations/${s.id}/${x}`}>{t("admin.storyTranslations.languageState", { language: languageName(l, x), state })}</a>
                            </li>
                          );
                        })}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination ctx={ctx} page={v.page} pageCount={v.pageCount} baseUrl={`/${l}/admin/story-translations`} />
    </Layout>
  );
}

/** A text field marked with the language it is written in (its label stays in the page's language). */
function TranslatedField(props: { ctx: PageContext; name: string; label: string; hint?: string; locale: Locale; values: FormValues; errors?: FieldErrors | undefined; rows?: number }) {
  const error = props.errors?.[props.name];
  const id = fieldId(props.name);
  const raw = props.values[props.name];
  const value = typeof raw === "string" ? raw : "";
  const described = [props.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const common = { id, name: props.name, lang: LANG_TAG[props.locale], dir: textDirection(props.locale), "aria-describedby": described, "aria-invalid": error ? ("true" as const) : undefined };
  return (
    <div class={`field${error ? " field-has-error" : ""}`}>
      <label for={id}>{props.label}</label>
      {props.hint ? <p class="hint" id={`${id}-hint`}>{props.hint}</p> : null}
      <FieldError ctx={props.ctx} name={props.name} error={error} />
      {props.rows ? <textarea {...common} rows={props.rows}>{value}</textarea> : <input {...common} type="text" value={value} />}
    </div>
  );
}

export interface TranslationFormView {
  story: StoryRow;
  locale: Locale;
  existing: StoryTranslationRow | null;
  /** The story changed since the translation was saved: readers do not see it until it is published again. */
  outdated: boolean;
  values: FormValues;
  errors?: FieldErrors | undefined;
}

/** The moderated story beside the translation being written; save as a draft or publish. */
export function renderTranslationForm(ctx: PageContext, v: TranslationFormView) {
  const t = ctx.t;
  const l = ctx.locale;
  const s = v.story;
  const target = languageName(l, v.locale);
  const source = foreignText(l, s.language);
  const sourceMark = { lang: isLocale(s.language) ? LANG_TAG[s.language] : s.language, dir: source.dir ?? ctx.dir };
  const title = t("admin.storyTranslations.formTitle", { language: target });
  return (
    <Layout ctx={ctx} title={title} area="admin" hasErrors={Boolean(v.errors)}>
      <p>
        <a class="back-link" href={`/${l}/admin/story-translations`}>{t("admin.storyTranslations.title")}</a>
      </p>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={FORM_ORDER} /> : null}
      <h1>{title}</h1>
      <p>
        {v.existing
          ? t(v.existing.status === "published" ? "admin.storyTranslations.statusPublished" : "admin.storyTranslations.statusDraft", { date: formatDateTime(l, v.existing.updated_at) })
          : t("admin.storyTranslations.statusMissing")}
      </p>
      {v.outdated ? <p class="notice">{t("admin.storyTranslations.outdatedNotice")}</p> : null}
      <p class="hint">{t("admin.storyTranslations.consentNote")}</p>
      <div class="translate-layout">
        <section class="panel translate-source" aria-labelledby="source-title">
          <h2 id="source-title">{t("admin.storyTranslations.sourceTitle", { language: nameOf(ctx, s.language) })}</h2>
          <dl class="summary-list">
            <div>
              <dt>{t("admin.storyTranslations.fieldTitle")}</dt>
              <dd {...sourceMark}>{s.title ?? "–"}</dd>
            </div>
            <div>
              <dt>{t("admin.storyTranslations.fieldWarning")}</dt>
              <dd {...sourceMark}>{s.content_warning ?? "–"}</dd>
            </div>
          </dl>
          <h3>{t("admin.storyTranslations.fieldBody")}</h3>
          <div class="prewrap story-text" {...sourceMark}>
            {s.body}
          </div>
          {/* The author's private details are never shown to translators: only that they exist. */}
          {s.private_details ? <p class="notice">{t("admin.stories.private.translatorNote")}</p> : null}
        </section>
        <section class="translate-target" aria-labelledby="target-title">
          <h2 id="target-title">{t("admin.storyTranslations.targetTitle", { language: target })}</h2>
          <form method="post" action={`/${l}/admin/story-translations/${s.id}/${v.locale}`} novalidate>
            <CsrfField ctx={ctx} />
            <TranslatedField ctx={ctx} name="title" label={t("admin.storyTranslations.fieldTitle")} hint={t("admin.storyTranslations.titleHint")} locale={v.locale} values={v.values} errors={v.errors} />
            <TranslatedField ctx={ctx} name="content_warning" label={t("admin.storyTranslations.fieldWarning")} hint={t("admin.storyTranslations.warningHint")} locale={v.locale} values={v.values} errors={v.errors} />
            <TranslatedField ctx={ctx} name="body" label={t("admin.storyTranslations.fieldBody")} locale={v.locale} values={v.values} errors={v.errors} rows={18} />
            <div class="button-row">
              <button type="submit" name="action" value="publish" class="button">{t("admin.storyTranslations.publish")}</button>
              <button type="submit" name="action" value="draft" class="button button-secondary">{t("admin.storyTranslations.saveDraft")}</button>
            </div>
          </form>
        </section>
      </div>
    </Layout>
  );
}
