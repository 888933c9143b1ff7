import { formatDate, formatDateTime, languageName } from "../../i18n/format.ts";
import { isLocale, LANG_TAG, LOCALES } from "../../i18n/locales.ts";
import { CsrfField, ErrorSummary, Radios, Select, TextArea, TextInput, countryOptions } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import { NAMINGS } from "./stories.consent.ts";
import type { Config } from "../../config.ts";
import type { StoryMediaRow, StoryRow } from "./stories.repo.ts";
import { MediaFields, StoryMedia } from "./stories-media.views.tsx";
import { ConsentRows } from "./stories.views.tsx";
import type { SupportMessageRow } from "./story-voices.repo.ts";
import { AuthorSupportMessages } from "./story-voices.views.tsx";

const FORM_ORDER = ["body", "private_details", "title", "language", "content_warning", "country", "year", "attack", "media", "media_description", "naming", "display_name", "publish", "translate", "quote", "email"];

/** The story's own fields: shared by the sharing form and the author's later edits. */
function StoryFields({ ctx, values, errors }: { ctx: PageContext; values: FormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t;
  return (
    <>
      <fieldset class="form-section">
        <legend>{t("stories.form.storyLegend")}</legend>
        <TextArea ctx={ctx} name="body" label={t("stories.form.body")} hint={t("stories.form.bodyHint")} rows={14} values={values} errors={errors} />
        <TextArea ctx={ctx} name="private_details" label={t("stories.private.label")} hint={t("stories.private.hint")} rows={5} values={values} errors={errors} />
        <TextInput ctx={ctx} name="title" label={t("stories.form.title")} hint={t("stories.form.titleHint")} values={values} errors={errors} />
        <Select ctx={ctx} name="language" label={t("stories.form.language")} values={values} errors={errors} options={LOCALES.map((l) => ({ value: l, label: languageName(ctx.locale, l) }))} />
        <TextInput ctx={ctx} name="content_warning" label={t("stories.form.warning")} hint={t("stories.form.warningHint")} values={values} errors={errors} />
      </fieldset>
      <fieldset class="form-section">
        <legend>{t("stories.form.attackLegend")}</legend>
        <p class="hint">{t("stories.form.attackHint")}</p>
        <Select ctx={ctx} name="country" label={t("stories.form.country")} values={values} errors={errors} options={countryOptions(ctx, t("stories.form.noCountry"))} />
        <TextInput ctx={ctx} name="year" label={t("stories.form.year")} values={values} errors={errors} width="short" inputMode="numeric" />
        <TextInput ctx={ctx} name="attack" label={t("stories.form.attack")} hint={t("stories.form.attackNameHint")} values={values} errors={errors} />
      </fieldset>
    </>
  );
}

/** The consent, one choice each, in plain words; naming is anonymous unless the author chooses otherwise. */
function ConsentFields({ ctx, values, errors }: { ctx: PageContext; values: FormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t;
  const yesNo = (name: "publish" | "translate" | "quote") => (
    <Radios
      ctx={ctx}
      name={name}
      label={t(`stories.consent.${name}` as "stories.consent.publish")}
      hint={t(`stories.consent.${name}Hint` as "stories.consent.publishHint")}
      values={values}
      errors={errors}
      inline
      options={[
        { value: "yes", label: t("stories.consent.yes") },
        { value: "no", label: t("stories.consent.no") },
      ]}
    />
  );
  return (
    <fieldset class="form-section">
      <legend>{t("stories.consent.legend")}</legend>
      <Radios
        ctx={ctx}
        name="naming"
        label={t("stories.consent.naming")}
        hint={t("stories.consent.namingHint")}
        values={values}
        errors={errors}
        options={NAMINGS.map((n) => ({ value: n, label: t(`stories.naming.${n}` as "stories.naming.anonymous") }))}
      />
      <TextInput ctx={ctx} name="display_name" label={t("stories.consent.displayName")} hint={t("stories.consent.displayNameHint")} values={values} errors={errors} autocomplete="off" />
      {yesNo("publish")}
      {yesNo("translate")}
      {yesNo("quote")}
      <p class="hint">{t("stories.private.consentNote")}</p>
    </fieldset>
  );
}

/** The sharing form: calm, anonymous by default, saying why it asks each thing. */
export function renderShareForm(ctx: PageContext, v: { values: FormValues; errors?: FieldErrors | undefined; retentionDays: number; limits: Config["mediaMaxBytes"]; fileDropped?: boolean }) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("stories.share.title")} description={t("stories.share.lead")} hasErrors={Boolean(v.errors)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={FORM_ORDER} /> : null}
      <h1>{t("stories.share.title")}</h1>
      <p class="lead">{t("stories.share.lead")}</p>
      <ul>
        <li>{t("stories.share.point.anonymous")}</li>
        <li>{t("stories.share.point.moderated")}</li>
        <li>{t("stories.share.point.control")}</li>
        <li>{t("stories.share.point.pause")}</li>
      </ul>
      <p class="notice">{t("stories.share.support")} <a href={`/${ctx.locale}/services?type=psychological-support`}>{t("stories.share.supportLink")}</a></p>
      <form method="post" action={`/${ctx.locale}/stories/share`} enctype="multipart/form-data" novalidate>
        <CsrfField ctx={ctx} />
        <StoryFields ctx={ctx} values={v.values} errors={v.errors} />
        <MediaFields ctx={ctx} values={v.values} errors={v.errors} limits={v.limits} fileDropped={v.fileDropped ?? false} />
        <ConsentFields ctx={ctx} values={v.values} errors={v.errors} />
        <fieldset class="form-section">
          <legend>{t("stories.form.contactLegend")}</legend>
          <TextInput ctx={ctx} name="email" type="email" autocomplete="email" label={t("stories.form.email")} hint={t("stories.form.emailHint", { count: v.retentionDays })} values={v.values} errors={v.errors} />
        </fieldset>
        <div class="hp-field" aria-hidden="true">
          <label for="field-website">{t("directory.propose.leaveEmpty")}</label>
          <input type="text" id="field-website" name="website" tabIndex={-1} autocomplete="off" />
        </div>
        <button type="submit" class="button">{t("stories.share.submit")}</button>
      </form>
    </Layout>
  );
}

const mineBase = (ctx: PageContext, token: string) => `/${ctx.locale}/stories/mine/${token}`;

/** The author's private page: where the story stands, what it says, the consent given, and every control. */
export function renderPrivatePage(ctx: PageContext, v: { token: string; story: StoryRow; media?: StoryMediaRow | undefined; isPublic?: boolean; translations?: string[]; justSent: boolean; emailed: boolean; graceHours: number; support?: { rows: SupportMessageRow[]; total: number } | undefined }) {
  const t = ctx.t;
  const s = v.story;
  const base = mineBase(ctx, v.token);
  const link = `${ctx.origin}${base}`;
  const withdrawn = s.status === "withdrawn";
  return (
    <Layout ctx={ctx} title={t("stories.mine.title")} noindex>
      {v.justSent ? (
        <div class="panel" role="status">
          <h1>{t("stories.mine.sentTitle")}</h1>
          <p>{t("stories.mine.sentLead")}</p>
          <p>
            <strong>{t("stories.mine.yourLink")}</strong>
          </p>
          <p class="secret" dir="ltr">
            <a href={base}>{link}</a>
          </p>
          <p>{t("stories.mine.keepLink")}</p>
          {v.emailed ? <p>{t("stories.mine.emailed")}</p> : null}
        </div>
      ) : (
        <h1>{t("stories.mine.title")}</h1>
      )}
      <h2>{t("stories.mine.statusTitle")}</h2>
      <p>
        <strong>{t(`stories.status.${s.status}` as "stories.status.submitted")}</strong> {t(`stories.statusHelp.${s.status}` as "stories.statusHelp.submitted")}
      </p>
      {withdrawn && s.erase_after ? (
        <>
          <p>{t("stories.mine.eraseOn", { date: formatDateTime(ctx.locale, s.erase_after) })}</p>
          <form method="post" action={`${base}/undo`}>
            <CsrfField ctx={ctx} />
            <button type="submit" class="button button-secondary">{t("stories.mine.undo")}</button>
          </form>
        </>
      ) : null}
      {s.moderator_note && (s.status === "changes_requested" || s.status === "rejected") ? (
        <div class="notice">
          <p>
            <strong>{t("stories.mine.noteFromModerators")}</strong>
          </p>
          <p class="prewrap">{s.moderator_note}</p>
        </div>
      ) : null}
      {withdrawn ? null : (
        <>
          <h2>{t("stories.mine.storyTitle")}</h2>
          {s.title ? <h3>{s.title}</h3> : null}
          <div class="prewrap story-text" lang={s.language}>{s.original_body}</div>
          {s.private_details ? (
            <section class="panel private-details" aria-labelledby="private-details-title">
              <h3 id="private-details-title">{t("stories.private.mineTitle")}</h3>
              <p class="hint">{t("stories.private.mineHint")}</p>
              <div class="prewrap story-text" lang={s.language}>{s.private_details}</div>
            </section>
          ) : null}
          {v.media ? (
            <>
              <h3>{t("stories.mine.mediaTitle")}</h3>
              <StoryMedia ctx={ctx} media={v.media} base={base} lang={s.language} />
              <form method="post" action={`${base}/media/remove`}>
                <CsrfField ctx={ctx} />
                <button type="submit" class="button button-secondary">{t("stories.mine.removeMedia")}</button>
              </form>
            </>
          ) : null}
          <p>
            <a class="button button-secondary" href={`${base}/edit`}>{t("stories.mine.edit")}</a>
          </p>
          {v.isPublic ? (
            <>
              <p>
                <a href={`/${ctx.locale}/stories/${s.id}`}>{t("stories.mine.publicLink")}</a>
              </p>
              {v.translations?.length ? (
                <>
                  <p>{t("stories.mine.translationsLabel")}</p>
                  <ul class="inline-list">
                    {v.translations.filter(isLocale).map((code) => (
                      <li>
                        <a href={`/${ctx.locale}/stories/${s.id}?in=${code}`} hreflang={LANG_TAG[code]}>{languageName(ctx.locale, code)}</a>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          ) : null}
          <h2>{t("stories.mine.consentTitle")}</h2>
          <dl class="summary-list">
            <ConsentRows ctx={ctx} story={s} />
          </dl>
          <p class="meta">{t("stories.mine.consentRecorded", { date: formatDate(ctx.locale, s.consent_at.slice(0, 10)), version: `\u2066${s.consent_version.replace(/-/g, "\u2011")}\u2069` })}</p>
          <p>
            <a class="button button-secondary" href={`${base}/consent`}>{t("stories.mine.changeConsent")}</a>
          </p>
          {v.support ? <AuthorSupportMessages ctx={ctx} support={v.support} /> : null}
          <h2>{t("stories.mine.withdrawTitle")}</h2>
          <p>{t("stories.mine.withdrawLead", { count: v.graceHours })}</p>
          <p>
            <a class="button button-warning" href={`${base}/withdraw`}>{t("stories.mine.withdraw")}</a>
          </p>
        </>
      )}
    </Layout>
  );
}

export function renderAuthorEdit(
  ctx: PageContext,
  v: { token: string; values: FormValues; errors?: FieldErrors | undefined; limits: Config["mediaMaxBytes"]; media?: StoryMediaRow | undefined; fileDropped?: boolean },
) {
  const t = ctx.t;
  const base = mineBase(ctx, v.token);
  return (
    <Layout ctx={ctx} title={t("stories.edit.title")} hasErrors={Boolean(v.errors)} noindex>
      <p>
        <a class="back-link" href={base}>{t("stories.back")}</a>
      </p>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={FORM_ORDER} /> : null}
      <h1>{t("stories.edit.title")}</h1>
      <p>{t("stories.edit.lead")}</p>
      <form method="post" action={`${base}/edit`} enctype="multipart/form-data" novalidate>
        <CsrfField ctx={ctx} />
        <StoryFields ctx={ctx} values={v.values} errors={v.errors} />
        <MediaFields ctx={ctx} values={v.values} errors={v.errors} limits={v.limits} current={v.media} fileDropped={v.fileDropped ?? false} />
        <button type="submit" class="button">{t("stories.edit.submit")}</button>
      </form>
    </Layout>
  );
}

export function renderConsentForm(ctx: PageContext, v: { token: string; values: FormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t;
  const base = mineBase(ctx, v.token);
  return (
    <Layout ctx={ctx} title={t("stories.consentForm.title")} hasErrors={Boolean(v.errors)} noindex>
      <p>
        <a class="back-link" href={base}>{t("stories.back")}</a>
      </p>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={FORM_ORDER} /> : null}
      <h1>{t("stories.consentForm.title")}</h1>
      <p>{t("stories.consentForm.lead")}</p>
      <form method="post" action={`${base}/consent`} novalidate>
        <CsrfField ctx={ctx} />
        <ConsentFields ctx={ctx} values={v.values} errors={v.errors} />
        <button type="submit" class="button">{t("stories.consentForm.submit")}</button>
      </form>
    </Layout>
  );
}

/** Withdrawal explained exactly before it happens. */
export function renderWithdrawConfirm(ctx: PageContext, v: { token: string; graceHours: number }) {
  const t = ctx.t;
  const base = mineBase(ctx, v.token);
  return (
    <Layout ctx={ctx} title={t("stories.withdraw.title")} noindex>
      <p>
        <a class="back-link" href={base}>{t("stories.back")}</a>
      </p>
      <h1>{t("stories.withdraw.title")}</h1>
      <p>{t("stories.withdraw.lead")}</p>
      <ul>
        <li>{t("stories.withdraw.point.now")}</li>
        <li>{t("stories.withdraw.point.contact")}</li>
        <li>{t("stories.withdraw.point.erase", { count: v.graceHours })}</li>
        <li>{t("stories.withdraw.point.undo")}</li>
        <li>{t("stories.withdraw.point.copies")}</li>
      </ul>
      <form method="post" action={`${base}/withdraw`}>
        <CsrfField ctx={ctx} />
        <div class="button-row">
          <button type="submit" class="button button-warning">{t("stories.withdraw.submit")}</button>
          <a class="button button-secondary" href={base}>{t("stories.withdraw.cancel")}</a>
        </div>
      </form>
    </Layout>
  );
}
