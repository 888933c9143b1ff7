import type { ComponentChildren } from "preact";
import { formatBytes, formatDateTime, languageName } from "../../i18n/format.ts";
import { LANG_TAG, LOCALES, type Locale } from "../../i18n/locales.ts";
import type { VttError } from "../../media/webvtt.ts";
import { CsrfField, ErrorSummary, fieldId, Select, TextArea, TextInput, TextLanguageTabs, TextsInLanguage } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import type { EpisodeFull, SeriesFull } from "./videos.repo.ts";
import { fileName, pickText, posterVariants } from "./videos.service.ts";
import { captionsUrl, mediaUrl, posterUrl } from "./videos.views.tsx";

const statusLabel = (ctx: PageContext, status: string) => (status === "published" ? ctx.t("admin.videos.status.published") : ctx.t("admin.videos.status.draft"));

function FfmpegNotice({ ctx, available }: { ctx: PageContext; available: boolean }) {
  return available ? null : (
    <p class="notice notice-urgent" role="note">
      {ctx.t("admin.videos.ffmpegMissing")}
    </p>
  );
}

/** Every series with its episodes, drafts included. */
export function renderVideoAdminList(ctx: PageContext, v: { list: { series: SeriesFull; episodes: EpisodeFull[] }[]; ffmpeg: boolean }) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("admin.videos.title")} area="admin">
      <h1>{t("admin.videos.title")}</h1>
      <FfmpegNotice ctx={ctx} available={v.ffmpeg} />
      <p>
        <a class="button" href={`/${l}/admin/videos/series/new`}>{t("admin.videos.newSeries")}</a>
      </p>
      {v.list.length === 0 ? <p>{t("admin.videos.empty")}</p> : null}
      {v.list.map(({ series, episodes }) => {
        const text = pickText(series.texts, l);
        return (
          <section class="panel" aria-labelledby={`series-${series.id}`}>
            <h2 id={`series-${series.id}`}>
              <a href={`/${l}/admin/videos/series/${series.id}`} lang={text ? LANG_TAG[text.locale as Locale] : undefined}>{text?.title ?? series.slug}</a>{" "}
              <span class="badge">{statusLabel(ctx, series.status)}</span>
            </h2>
            {episodes.length ? (
              <ul>
                {episodes.map((ep) => {
                  const et = pickText(ep.texts, l);
                  return (
                    <li>
                      <a href={`/${l}/admin/videos/episodes/${ep.id}`} lang={et ? LANG_TAG[et.locale as Locale] : undefined}>{et?.title ?? ep.slug}</a> <span class="badge">{statusLabel(ctx, ep.status)}</span>
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p>{t("admin.videos.noEpisodes")}</p>
            )}
            <p>
              <a href={`/${l}/admin/videos/series/${series.id}/episodes/new`}>{t("admin.videos.newEpisode")}</a>
            </p>
          </section>
        );
      })}
    </Layout>
  );
}

/** The language tabs and the texts' fieldset, with this feature's words. */
function LanguageTabs({ ctx, base, current, written }: { ctx: PageContext; base: string; current: Locale; written: string[] }) {
  const t = ctx.t;
  return <TextLanguageTabs ctx={ctx} base={base} current={current} written={written} label={t("admin.videos.textLanguage")} writtenLabel={t("admin.videos.written")} notWrittenLabel={t("admin.videos.notWritten")} />;
}

function TextsIn({ ctx, locale, children }: { ctx: PageContext; locale: Locale; children: ComponentChildren }) {
  return <TextsInLanguage locale={locale} legend={ctx.t("admin.videos.textsIn", { language: languageName(ctx.locale, locale) })}>{children}</TextsInLanguage>;
}

function PublishForm({ ctx, action, status }: { ctx: PageContext; action: string; status: string }) {
  const t = ctx.t;
  return (
    <form method="post" action={action} novalidate class="button-row">
      <CsrfField ctx={ctx} />
      {status === "published" ? (
        <button type="submit" name="action" value="unpublish" class="button button-warning">{t("admin.videos.unpublish")}</button>
      ) : (
        <button type="submit" name="action" value="publish" class="button">{t("admin.videos.publish")}</button>
      )}
    </form>
  );
}

export interface SeriesEditView {
  series?: SeriesFull;
  locale: Locale;
  values: FormValues;
  errors?: FieldErrors | undefined;
}

/** Create or edit a series: the shared facts and the texts in one language. */
export function renderSeriesEdit(ctx: PageContext, v: SeriesEditView) {
  const t = ctx.t;
  const l = ctx.locale;
  const s = v.series;
  const base = s ? `/${l}/admin/videos/series/${s.id}` : `/${l}/admin/videos/series/new`;
  const title = s ? t("admin.videos.editSeries") : t("admin.videos.newSeries");
  return (
    <Layout ctx={ctx} title={title} area="admin" hasErrors={Boolean(v.errors)}>
      <p>
        <a href={`/${l}/admin/videos`}>{t("admin.videos.title")}</a>
      </p>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={["slug", "position", "title", "description"]} /> : null}
      <h1>{title}</h1>
      {s ? (
        <p>
          {t("admin.videos.state")} <strong>{statusLabel(ctx, s.status)}</strong>
          {s.status === "published" ? <> · <a href={`/${l}/videos/${s.slug}`}>{t("admin.videos.viewPublic")}</a></> : null}
        </p>
      ) : null}
      {s ? <LanguageTabs ctx={ctx} base={base} current={v.locale} written={s.texts.map((x) => x.locale)} /> : null}
      <form method="post" action={s ? base : `/${l}/admin/videos/series`} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="in" value={v.locale} />
        <TextInput ctx={ctx} name="slug" label={t("admin.videos.slug")} hint={t("admin.videos.slugHint")} values={v.values} errors={v.errors} dir="ltr" />
        <TextInput ctx={ctx} name="position" label={t("admin.videos.position")} hint={t("admin.videos.positionHint")} values={v.values} errors={v.errors} inputMode="numeric" width="short" />
        <TextsIn ctx={ctx} locale={v.locale}>
          <TextInput ctx={ctx} name="title" label={t("admin.videos.titleField")} values={v.values} errors={v.errors} />
          <TextArea ctx={ctx} name="description" label={t("admin.videos.description")} rows={5} values={v.values} errors={v.errors} />
        </TextsIn>
        <button type="submit" class="button">{t("admin.videos.save")}</button>
      </form>
      {s ? (
        <>
          <h2>{t("admin.videos.publication")}</h2>
          <PublishForm ctx={ctx} action={`${base}/publish`} status={s.status} />
        </>
      ) : null}
    </Layout>
  );
}

export interface EpisodeEditView {
  series: SeriesFull;
  episode?: EpisodeFull;
  locale: Locale;
  values: FormValues;
  errors?: FieldErrors | undefined;
  /** The caption file's errors with their line numbers, when it was refused. */
  captionErrors?: { errors: VttError[]; count: number } | undefined;
  ffmpeg: boolean;
}

const ERROR_ORDER = ["slug", "position", "duration", "embed_url", "related_stories", "title", "description", "content_warning", "people", "poster", "video", "audio", "caption_locale", "captions"];

/** Create or edit an episode: shared facts, texts in one language, files, captions and publication. */
export function renderEpisodeEdit(ctx: PageContext, v: EpisodeEditView) {
  const t = ctx.t;
  const l = ctx.locale;
  const ep = v.episode;
  const base = ep ? `/${l}/admin/videos/episodes/${ep.id}` : `/${l}/admin/videos/series/${v.series.id}/episodes/new`;
  const title = ep ? t("admin.videos.editEpisode") : t("admin.videos.newEpisode");
  const seriesText = pickText(v.series.texts, l);
  const captionsError = v.errors?.captions;
  return (
    <Layout ctx={ctx} title={title} area="admin" hasErrors={Boolean(v.errors)}>
      <p>
        <a href={`/${l}/admin/videos`}>{t("admin.videos.title")}</a> ·{" "}
        <a href={`/${l}/admin/videos/series/${v.series.id}`} lang={seriesText ? LANG_TAG[seriesText.locale as Locale] : undefined}>{seriesText?.title ?? v.series.slug}</a>
      </p>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={ERROR_ORDER} /> : null}
      <h1>{title}</h1>
      <FfmpegNotice ctx={ctx} available={v.ffmpeg} />
      {ep ? (
        <p>
          {t("admin.videos.state")} <strong>{statusLabel(ctx, ep.status)}</strong>
          {ep.status === "published" && v.series.status === "published" ? <> · <a href={`/${l}/videos/${v.series.slug}/${ep.slug}`}>{t("admin.videos.viewPublic")}</a></> : null}
          {ep.status === "published" && v.series.status !== "published" ? <> · {t("admin.videos.seriesDraft")}</> : null}
        </p>
      ) : null}
      {ep ? <LanguageTabs ctx={ctx} base={base} current={v.locale} written={ep.texts.map((x) => x.locale)} /> : null}

      <h2>{t("admin.videos.details")}</h2>
      <form method="post" action={ep ? base : `/${l}/admin/videos/series/${v.series.id}/episodes`} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="in" value={v.locale} />
        <TextInput ctx={ctx} name="slug" label={t("admin.videos.slug")} hint={t("admin.videos.slugHint")} values={v.values} errors={v.errors} dir="ltr" />
        <TextInput ctx={ctx} name="position" label={t("admin.videos.position")} hint={t("admin.videos.positionHint")} values={v.values} errors={v.errors} inputMode="numeric" width="short" />
        <TextInput ctx={ctx} name="duration" label={t("admin.videos.durationField")} hint={t("admin.videos.durationHint")} values={v.values} errors={v.errors} dir="ltr" width="short" />
        <TextInput ctx={ctx} name="embed_url" label={t("admin.videos.embedUrl")} hint={t("admin.videos.embedHint")} values={v.values} errors={v.errors} dir="ltr" />
        <TextArea ctx={ctx} name="related_stories" label={t("admin.videos.relatedStories")} hint={t("admin.videos.relatedHint")} rows={2} values={v.values} errors={v.errors} />
        <TextsIn ctx={ctx} locale={v.locale}>
          <TextInput ctx={ctx} name="title" label={t("admin.videos.titleField")} values={v.values} errors={v.errors} />
          <TextArea ctx={ctx} name="description" label={t("admin.videos.description")} rows={4} values={v.values} errors={v.errors} />
          <TextInput ctx={ctx} name="content_warning" label={t("admin.videos.contentWarning")} hint={t("admin.videos.contentWarningHint")} values={v.values} errors={v.errors} />
          <TextArea ctx={ctx} name="people" label={t("admin.videos.people")} hint={t("admin.videos.peopleHint")} rows={2} values={v.values} errors={v.errors} />
        </TextsIn>
        <button type="submit" class="button">{t("admin.videos.save")}</button>
      </form>

      {ep ? (
        <>
          <h2>{t("admin.videos.files")}</h2>
          <dl class="summary-list">
            <div>
              <dt>{t("admin.videos.poster")}</dt>
              <dd>{posterVariants(ep).length ? <img src={posterUrl(ep)} alt={t("admin.videos.posterAlt")} width="240" class="admin-poster" /> : t("admin.videos.none")}</dd>
            </div>
            <div>
              <dt>{t("admin.videos.video")}</dt>
              <dd>
                {ep.video_key ? (
                  <>
                    <a href={mediaUrl(ep.id, fileName(ep.video_key))} dir="ltr">{ep.video_type}</a> ({formatBytes(l, ep.video_bytes ?? 0)}) · {ep.video_stripped ? t("admin.videos.stripped") : t("admin.videos.notStripped")}
                  </>
                ) : (
                  t("admin.videos.none")
                )}
              </dd>
            </div>
            <div>
              <dt>{t("admin.videos.audio")}</dt>
              <dd>
                {ep.audio_key ? (
                  <>
                    <a href={mediaUrl(ep.id, fileName(ep.audio_key))} dir="ltr">{ep.audio_type}</a> ({formatBytes(l, ep.audio_bytes ?? 0)}) · {ep.audio_stripped ? t("admin.videos.stripped") : t("admin.videos.notStripped")}
                  </>
                ) : (
                  t("admin.videos.none")
                )}
              </dd>
            </div>
          </dl>
          <form method="post" action={`${base}/files`} enctype="multipart/form-data" novalidate>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="in" value={v.locale} />
            <TextInput ctx={ctx} type="file" name="poster" label={t("admin.videos.uploadPoster")} hint={t("admin.videos.uploadPosterHint")} accept="image/jpeg,image/png,image/webp,image/avif" errors={v.errors} />
            <TextInput ctx={ctx} type="file" name="video" label={t("admin.videos.uploadVideo")} hint={t("admin.videos.uploadVideoHint")} accept="video/mp4,video/webm,video/quicktime" errors={v.errors} />
            <TextInput ctx={ctx} type="file" name="audio" label={t("admin.videos.uploadAudio")} hint={t("admin.videos.uploadAudioHint")} accept="audio/*" errors={v.errors} />
            <button type="submit" class="button button-secondary">{t("admin.videos.upload")}</button>
          </form>

          <h2>{t("admin.videos.captions")}</h2>
          {ep.captions.length ? (
            <ul>
              {ep.captions.map((c) => (
                <li>
                  <a href={captionsUrl(ep.id, c.locale)}>{languageName(l, c.locale as Locale)}</a> ({formatBytes(l, c.bytes)})
                  <form method="post" action={`${base}/captions/delete`} class="inline-form" novalidate>
                    <CsrfField ctx={ctx} />
                    <input type="hidden" name="caption_locale" value={c.locale} />
                    <button type="submit" class="button button-secondary button-small">{t("admin.videos.removeCaptions", { language: languageName(l, c.locale as Locale) })}</button>
                  </form>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("admin.videos.noCaptions")}</p>
          )}
          <form method="post" action={`${base}/captions`} enctype="multipart/form-data" novalidate>
            <CsrfField ctx={ctx} />
            <Select ctx={ctx} name="caption_locale" label={t("admin.videos.captionLanguage")} values={v.values} errors={v.errors} options={LOCALES.map((x) => ({ value: x, label: languageName(l, x) }))} />
            <div class={`field${captionsError ? " field-has-error" : ""}`}>
              <label for={fieldId("captions")}>{t("admin.videos.captionFile")}</label>
              <p class="hint" id={`${fieldId("captions")}-hint`}>{t("admin.videos.captionHint")}</p>
              {captionsError ? (
                <div class="field-error" id={`${fieldId("captions")}-error`}>
                  <p>
                    <span class="visually-hidden">{t("form.errorPrefix")} </span>
                    {t(captionsError)}
                  </p>
                  {v.captionErrors?.errors.length ? (
                    <ul class="vtt-errors">
                      {v.captionErrors.errors.map((e) => (
                        <li>
                          {t("admin.videos.captionLine", { line: e.line })} <span lang="en" dir="ltr">{e.message}</span>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {v.captionErrors && v.captionErrors.count > v.captionErrors.errors.length ? <p>{t("admin.videos.captionMore", { count: v.captionErrors.count - v.captionErrors.errors.length })}</p> : null}
                </div>
              ) : null}
              <input
                type="file"
                id={fieldId("captions")}
                name="captions"
                accept=".vtt,text/vtt"
                aria-describedby={`${fieldId("captions")}-hint${captionsError ? ` ${fieldId("captions")}-error` : ""}`}
                aria-invalid={captionsError ? "true" : undefined}
              />
            </div>
            <button type="submit" class="button button-secondary">{t("admin.videos.uploadCaptions")}</button>
          </form>

          <h2>{t("admin.videos.publication")}</h2>
          {ep.updated_at ? <p class="meta">{t("admin.videos.updated", { date: formatDateTime(l, ep.updated_at) })}</p> : null}
          <PublishForm ctx={ctx} action={`${base}/publish`} status={ep.status} />
        </>
      ) : null}
    </Layout>
  );
}
