import { formatBytes, formatDate, formatList, languageName } from "../../i18n/format.ts";
import { foreignText, isLocale, LANG_TAG, LOCALES, type Locale } from "../../i18n/locales.ts";
import type { PhotoVariant } from "../../media/photo.ts";
import { formatTimestamp, type TranscriptParagraph } from "../../media/webvtt.ts";
import { Breadcrumbs, ContentWarning, FallbackNotice, JsonLd, narrowestFirst, Picture } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { OgImage } from "../../views/open-graph.tsx";
import type { PageContext } from "../../web/context.ts";
import type { EpisodeFull, EpisodeTextRow, SeriesFull, SeriesTextRow } from "./videos.repo.ts";
import { isoDuration, parseEmbed } from "./videos.schema.ts";
import { fileName, pickText, posterVariants, transcriptText } from "./videos.service.ts";
import { captionsUrl, EpisodePlayer, mediaUrl, posterUrl, transcriptUrl } from "./videos.player.tsx";

export { captionsUrl, mediaUrl, posterUrl, transcriptUrl };

/** A duration for people: "0:20", "1:02:03", with its ISO form for machines. */
function Duration({ ctx, seconds }: { ctx: PageContext; seconds: number | null }) {
  if (!seconds) return null;
  return (
    <span>
      {ctx.t("videos.duration")} <time dateTime={isoDuration(seconds)} dir="ltr">{formatTimestamp(seconds)}</time>
    </span>
  );
}

/** The poster at the widths processPhoto made: AVIF and WebP where the browser takes them, JPEG otherwise. */
export function Poster({ episodeId, variants, sizes, alt = "" }: { episodeId: string; variants: PhotoVariant[]; sizes: string; alt?: string }) {
  return <Picture variants={narrowestFirst(variants)} url={(v) => mediaUrl(episodeId, fileName(v.key))} sources={["avif", "webp"]} fallbackWidth={480} sizes={sizes} alt={alt} />;
}

/** The poster for link previews: its JPEG closest to 1200 pixels wide. */
function posterOgImage(ep: EpisodeFull, alt: string): OgImage | undefined {
  const jpeg = posterVariants(ep).filter((v) => v.format === "jpeg").sort((a, b) => Math.abs(a.width - 1200) - Math.abs(b.width - 1200))[0];
  return jpeg ? { path: mediaUrl(ep.id, fileName(jpeg.key)), width: jpeg.width, height: jpeg.height, alt } : undefined;
}

function captionLanguages(ctx: PageContext, ep: EpisodeFull): string | null {
  const names = ep.captions.map((c) => c.locale).filter(isLocale).map((l) => languageName(ctx.locale, l));
  return names.length ? ctx.t("videos.captionsIn", { list: formatList(ctx.locale, names) }) : null;
}

export interface SeriesWithEpisodes {
  series: SeriesFull;
  episodes: EpisodeFull[];
}

function EpisodeCards({ ctx, series, episodes }: { ctx: PageContext; series: SeriesFull; episodes: EpisodeFull[] }) {
  const l = ctx.locale;
  if (episodes.length === 0) return <p>{ctx.t("videos.noEpisodes")}</p>;
  return (
    <ul class="video-list">
      {episodes.map((ep) => {
        const text = pickText(ep.texts, l);
        const captions = captionLanguages(ctx, ep);
        return (
          <li class="video-card">
            <Poster episodeId={ep.id} variants={posterVariants(ep)} sizes="(min-width: 40rem) 20rem, 100vw" />
            <div>
              <h3>
                <a href={`/${l}/videos/${series.slug}/${ep.slug}`} {...foreignText(l, text?.locale)}>{text?.title ?? ep.slug}</a>
              </h3>
              <p class="meta">
                <Duration ctx={ctx} seconds={ep.duration_seconds} />
                {ep.duration_seconds && captions ? " · " : null}
                {captions}
              </p>
              {text?.content_warning ? (
                <p class="meta">
                  <span class="content-warning-label">{ctx.t("contentWarning.label")}</span> <span {...foreignText(l, text.locale)}>{text.content_warning}</span>
                </p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** Every published series with its published episodes. */
export function renderVideoIndex(ctx: PageContext, list: SeriesWithEpisodes[]) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("videos.title")} description={t("videos.lead")}>
      <h1>{t("videos.title")}</h1>
      <p class="lead">{t("videos.lead")}</p>
      {list.length === 0 ? <p>{t("videos.empty")}</p> : null}
      {list.map(({ series, episodes }) => {
        const text = pickText(series.texts, l);
        return (
          <section class="video-series" aria-labelledby={`series-${series.slug}`}>
            <h2 id={`series-${series.slug}`}>
              <a href={`/${l}/videos/${series.slug}`} {...foreignText(l, text?.locale)}>{text?.title ?? series.slug}</a>
            </h2>
            {text ? <p {...foreignText(l, text.locale)}>{text.description}</p> : null}
            <EpisodeCards ctx={ctx} series={series} episodes={episodes} />
          </section>
        );
      })}
    </Layout>
  );
}

/** One series: its description and its published episodes. */
export function renderSeriesPage(ctx: PageContext, { series, episodes }: SeriesWithEpisodes) {
  const t = ctx.t;
  const l = ctx.locale;
  const text = pickText(series.texts, l);
  const title = text?.title ?? series.slug;
  return (
    <Layout ctx={ctx} title={title} description={text?.description}>
      <Breadcrumbs ctx={ctx} items={[{ href: `/${l}/`, label: t("nav.home") }, { href: `/${l}/videos`, label: t("videos.title") }]} />
      {text?.fallback ? <FallbackNotice ctx={ctx} shownIn={languageName(l, text.locale as Locale)} /> : null}
      <h1 {...foreignText(l, text?.locale)}>{title}</h1>
      {text ? <p class="lead prewrap" {...foreignText(l, text.locale)}>{text.description}</p> : null}
      <h2>{t("videos.episodes")}</h2>
      <EpisodeCards ctx={ctx} series={series} episodes={episodes} />
    </Layout>
  );
}

export interface EpisodePageView {
  series: SeriesFull;
  seriesText: (SeriesTextRow & { fallback: boolean }) | undefined;
  episode: EpisodeFull;
  text: (EpisodeTextRow & { fallback: boolean }) | undefined;
  transcript: { locale: string; paragraphs: readonly TranscriptParagraph[] } | null;
  stories: { id: string; title: string; language: string }[];
}

/** An episode: the player (or an external one loaded only on request), captions, transcript, downloads and data for search engines. */
export function renderEpisodePage(ctx: PageContext, v: EpisodePageView) {
  const t = ctx.t;
  const l = ctx.locale;
  const ep = v.episode;
  const text = v.text;
  const title = text?.title ?? ep.slug;
  const textAttrs = foreignText(l, text?.locale);
  const videoSrc = ep.video_key ? mediaUrl(ep.id, fileName(ep.video_key)) : null;
  const audioSrc = ep.audio_key ? mediaUrl(ep.id, fileName(ep.audio_key)) : null;
  const embed = !videoSrc && ep.embed_url ? parseEmbed(ep.embed_url) : null;
  const captionLocales = ep.captions.map((c) => c.locale).filter(isLocale).sort((a, b) => LOCALES.indexOf(a) - LOCALES.indexOf(b));
  const poster = posterUrl(ep);
  const transcriptAttrs = v.transcript ? foreignText(l, v.transcript.locale) : {};
  const seriesTitle = v.seriesText?.title ?? v.series.slug;

  const player = <EpisodePlayer ctx={ctx} ep={ep} title={title} id="episode-player" />;

  const watch = (
    <>
      {player}
      {audioSrc ? (
        <section class="audio-only" aria-labelledby="audio-title">
          <h2 id="audio-title">{t("videos.audio.title")}</h2>
          <p class="hint">{t("videos.audio.hint")}</p>
          <audio controls preload="none" src={audioSrc} aria-labelledby="audio-title" />
        </section>
      ) : null}
      <section class="transcript" aria-labelledby="transcript-title">
        <h2 id="transcript-title">{t("videos.transcript.title")}</h2>
        {!v.transcript ? (
          <p>{t("videos.transcript.none")}</p>
        ) : (
          <>
            {v.transcript.locale !== l && isLocale(v.transcript.locale) ? <FallbackNotice ctx={ctx} shownIn={languageName(l, v.transcript.locale)} /> : null}
            <ol class="transcript-list" {...transcriptAttrs}>
              {v.transcript.paragraphs.map((p) => {
                const at = Math.floor(p.start);
                const stamp = formatTimestamp(p.start);
                return (
                  <li>
                    {videoSrc ? (
                      <a class="timestamp" href={`${videoSrc}#t=${at}`} data-seek={at} data-player-id="episode-player" dir="ltr" aria-label={t("videos.transcript.jump", { time: stamp })}>
                        {stamp}
                      </a>
                    ) : (
                      <span class="timestamp" dir="ltr">{stamp}</span>
                    )}{" "}
                    {p.voice ? <strong>{t("videos.transcript.speaker", { name: p.voice })} </strong> : null}
                    {p.text}
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </section>
    </>
  );

  const downloads = [
    ...(videoSrc && ep.video_bytes ? [{ href: videoSrc, label: t("videos.download.video"), size: ep.video_bytes }] : []),
    ...(audioSrc && ep.audio_bytes ? [{ href: audioSrc, label: t("videos.download.audio"), size: ep.audio_bytes }] : []),
    ...ep.captions.filter((c) => isLocale(c.locale)).map((c) => ({ href: captionsUrl(ep.id, c.locale), label: t("videos.download.captions", { language: languageName(l, c.locale as Locale) }), size: c.bytes })),
    ...(v.transcript && isLocale(v.transcript.locale)
      ? [
          {
            href: transcriptUrl(ep.id, v.transcript.locale),
            label: t("videos.download.transcript", { language: languageName(l, v.transcript.locale) }),
            size: Buffer.byteLength(transcriptText(pickText(ep.texts, v.transcript.locale)?.title ?? ep.slug, v.transcript.paragraphs)),
          },
        ]
      : []),
  ];

  const origin = ctx.origin;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "VideoObject",
    name: title,
    description: text?.description ?? title,
    ...(poster ? { thumbnailUrl: [`${origin}${poster}`] } : {}),
    ...(ep.published_at ? { uploadDate: ep.published_at } : {}),
    ...(ep.duration_seconds ? { duration: isoDuration(ep.duration_seconds) } : {}),
    ...(videoSrc ? { contentUrl: `${origin}${videoSrc}` } : embed?.frameSrc ? { embedUrl: embed.frameSrc } : {}),
    ...(v.transcript ? { transcript: v.transcript.paragraphs.map((p) => p.text).join("\n") } : {}),
    ...(captionLocales.length
      ? { caption: captionLocales.map((c) => ({ "@type": "MediaObject", contentUrl: `${origin}${captionsUrl(ep.id, c)}`, inLanguage: LANG_TAG[c], encodingFormat: "text/vtt" })) }
      : {}),
    partOfSeries: { "@type": "CreativeWorkSeries", name: seriesTitle, url: `${origin}/${l}/videos/${v.series.slug}` },
    ...(text ? { inLanguage: LANG_TAG[text.locale as Locale] ?? text.locale } : {}),
  };

  return (
    <Layout ctx={ctx} title={title} description={text?.description} head={<JsonLd ctx={ctx} data={jsonLd} />} ogType="video.other" ogImage={posterOgImage(ep, title)}>
      <Breadcrumbs
        ctx={ctx}
        items={[
          { href: `/${l}/`, label: t("nav.home") },
          { href: `/${l}/videos`, label: t("videos.title") },
          { href: `/${l}/videos/${v.series.slug}`, label: seriesTitle },
        ]}
      />
      {text?.fallback ? <FallbackNotice ctx={ctx} shownIn={languageName(l, text.locale as Locale)} /> : null}
      <h1 {...textAttrs}>{title}</h1>
      <p class="meta">
        <Duration ctx={ctx} seconds={ep.duration_seconds} />
        {ep.published_at ? <> · {formatDate(l, ep.published_at.slice(0, 10))}</> : null}
        {captionLanguages(ctx, ep) ? <> · {captionLanguages(ctx, ep)}</> : null}
      </p>
      {text ? <p class="lead prewrap" {...textAttrs}>{text.description}</p> : null}
      {text?.people ? (
        <dl class="summary-list">
          <div>
            <dt>{t("videos.people")}</dt>
            <dd {...textAttrs}>{text.people}</dd>
          </div>
        </dl>
      ) : null}
      <div class="episode-watch">{text?.content_warning ? <ContentWarning ctx={ctx} warning={text.content_warning} lang={text.locale}>{watch}</ContentWarning> : watch}</div>
      {downloads.length ? (
        <section aria-labelledby="downloads-title">
          <h2 id="downloads-title">{t("videos.download.title")}</h2>
          <ul class="download-list">
            {downloads.map((d) => (
              <li>
                <a href={d.href} download>
                  {d.label}
                </a>
                {d.size ? <span class="meta"> ({formatBytes(l, d.size)})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {v.stories.length ? (
        <section aria-labelledby="stories-title">
          <h2 id="stories-title">{t("videos.relatedStories")}</h2>
          <ul>
            {v.stories.map((s) => (
              <li>
                <a href={`/${l}/stories/${s.id}`} {...foreignText(l, s.language)}>{s.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <aside class="panel" aria-labelledby="support-title">
        <h2 id="support-title">{t("videos.support.title")}</h2>
        <p>
          <a href={`/${l}/info/get-help-now`}>{t("videos.support.now")}</a>
        </p>
      </aside>
    </Layout>
  );
}
