import { formatDate, languageName } from "../../i18n/format.ts";
import { foreignText, isLocale, LANG_TAG } from "../../i18n/locales.ts";
import { CsrfField, TextArea, TextInput } from "../../views/components.tsx";
import type { PageContext } from "../../web/context.ts";
import type { StoryRow } from "./stories.repo.ts";
import type { StoryTranslationRow, SupportMessageRow } from "./story-voices.repo.ts";
import { SUPPORT_MAX } from "./story-voices.schema.ts";
import type { StoryVoices } from "./story-voices.service.ts";

/** The order of the support form's fields, for its error summary. */
export const SUPPORT_FORM_ORDER = ["message", "name", "website"];

const nameOf = (ctx: PageContext, code: string) => (isLocale(code) ? languageName(ctx.locale, code) : code);

/** The text a reader gets: the translation when one is shown (its warning, else the original's), or the original. */
export function shownVersion(s: Pick<StoryRow, "title" | "body" | "content_warning" | "language">, tr: StoryTranslationRow | null | undefined) {
  if (!tr) return { title: s.title, body: s.body, warning: s.content_warning, language: s.language, warningLanguage: s.language };
  return {
    title: tr.title,
    body: tr.body,
    warning: tr.content_warning ?? s.content_warning,
    language: tr.locale,
    warningLanguage: tr.content_warning ? tr.locale : s.language,
  };
}

/** schema.org: a translation names the work it translates; an original lists its translations. */
export function translationJsonLd(ctx: PageContext, s: StoryRow, voices: StoryVoices | undefined, originalTitle: string): Record<string, unknown> {
  if (!voices) return {};
  const url = (code: string) => `${ctx.origin}/${ctx.locale}/stories/${s.id}?in=${code}`;
  if (voices.translation) {
    return {
      inLanguage: voices.translation.locale,
      translationOfWork: { "@type": "CreativeWork", name: originalTitle, inLanguage: s.language, url: url(s.language) },
    };
  }
  if (voices.translations.length === 0) return {};
  return { workTranslation: voices.translations.map((tr) => ({ "@type": "CreativeWork", inLanguage: tr.locale, url: url(tr.locale) })) };
}

/**
 * Says that the reader is reading a translation, made with the author's consent, and links to the
 * original and to every other language the story can be read in.
 */
export function TranslationNotice({ ctx, story: s, voices }: { ctx: PageContext; story: StoryRow; voices: StoryVoices }) {
  const t = ctx.t;
  const l = ctx.locale;
  const shown = voices.translation?.locale ?? s.language;
  const versions = [s.language, ...voices.translations.map((tr) => tr.locale)].filter((code) => code !== shown);
  if (!voices.translation && versions.length === 0) return null;
  const link = (code: string) => {
    const text = code === s.language ? t("stories.translation.original", { language: nameOf(ctx, code) }) : nameOf(ctx, code);
    return (
      <a href={`/${l}/stories/${s.id}?in=${code}`} hrefLang={isLocale(code) ? LANG_TAG[code] : code}>
        {text}
      </a>
    );
  };
  return (
    <div class="notice translation-notice" role="note">
      {voices.translation ? <p>{t("stories.translation.marked", { language: nameOf(ctx, s.language), code: s.language })}</p> : null}
      <p id="story-versions-label">{voices.translation ? t("stories.translation.otherVersions") : t("stories.translation.alsoIn")}</p>
      <ul class="inline-list" aria-labelledby="story-versions-label">
        {versions.map((code) => (
          <li>{link(code)}</li>
        ))}
      </ul>
    </div>
  );
}

function SupportList({ ctx, rows }: { ctx: PageContext; rows: SupportMessageRow[] }) {
  const t = ctx.t;
  return (
    <ul class="item-list support-list">
      {rows.map((m) => (
        <li>
          <p class="prewrap support-text" dir="auto" {...foreignText(ctx.locale, m.locale)}>
            {m.body}
          </p>
          <p class="meta">
            <bdi>{m.name ?? t("stories.supportMessages.anonymous")}</bdi> · {formatDate(ctx.locale, m.created_at.slice(0, 10))}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Readers' approved messages (newest first, capped, with their number) and the form to send one. */
export function SupportSection({ ctx, story: s, voices }: { ctx: PageContext; story: StoryRow; voices: StoryVoices }) {
  const t = ctx.t;
  const { rows, total } = voices.support;
  return (
    <section class="support-messages" id="support-messages" aria-labelledby="support-messages-title">
      <h2 id="support-messages-title">{t("stories.supportMessages.title")}</h2>
      {total === 0 ? (
        <p>{t("stories.supportMessages.none")}</p>
      ) : (
        <>
          <p>
            {t("stories.supportMessages.count", { count: total })}
            {total > rows.length ? ` ${t("stories.supportMessages.newest", { count: rows.length })}` : ""}
          </p>
          <SupportList ctx={ctx} rows={rows} />
        </>
      )}
      <h3 id="support-form-title">{t("stories.supportMessages.formTitle")}</h3>
      <p>{t("stories.supportMessages.formLead")}</p>
      <form method="post" action={`/${ctx.locale}/stories/${s.id}/support`} novalidate aria-labelledby="support-form-title">
        <CsrfField ctx={ctx} />
        <TextArea ctx={ctx} name="message" label={t("stories.supportMessages.message")} hint={t("stories.supportMessages.messageHint", { max: SUPPORT_MAX })} rows={5} values={voices.form.values} errors={voices.form.errors} />
        <TextInput ctx={ctx} name="name" label={t("stories.supportMessages.name")} hint={t("stories.supportMessages.nameHint")} autocomplete="given-name" values={voices.form.values} errors={voices.form.errors} />
        <div class="hp-field" aria-hidden="true">
          <label for="field-website">{t("directory.propose.leaveEmpty")}</label>
          <input type="text" id="field-website" name="website" tabIndex={-1} autocomplete="off" />
        </div>
        <button type="submit" class="button">{t("stories.supportMessages.submit")}</button>
      </form>
    </section>
  );
}

/** The messages readers sent, on the author's private page. */
export function AuthorSupportMessages({ ctx, support }: { ctx: PageContext; support: { rows: SupportMessageRow[]; total: number } }) {
  const t = ctx.t;
  return (
    <section aria-labelledby="author-support-title">
      <h2 id="author-support-title">{t("stories.supportMessages.title")}</h2>
      {support.total === 0 ? (
        <p>{t("stories.supportMessages.authorNone")}</p>
      ) : (
        <>
          <p>
            {t("stories.supportMessages.authorLead", { count: support.total })}
            {support.total > support.rows.length ? ` ${t("stories.supportMessages.newest", { count: support.rows.length })}` : ""}
          </p>
          <SupportList ctx={ctx} rows={support.rows} />
        </>
      )}
    </section>
  );
}
