import { languageName } from "../../i18n/format.ts";
import { isLocale, LANG_TAG, LOCALES } from "../../i18n/locales.ts";
import type { PageContext } from "../../web/context.ts";
import type { EpisodeFull } from "./videos.repo.ts";
import { parseEmbed } from "./videos.schema.ts";
import { fileName, posterVariants } from "./videos.service.ts";

/** Where the app serves an episode's stored files (outside the language prefix: one cached copy). */
export const mediaUrl = (episodeId: string, name: string) => `/media/videos/${episodeId}/${name}`;
export const captionsUrl = (episodeId: string, locale: string) => mediaUrl(episodeId, `captions-${locale}.vtt`);
export const transcriptUrl = (episodeId: string, locale: string) => mediaUrl(episodeId, `transcript-${locale}.txt`);

/** The poster shown by the player before it starts: the JPEG closest to 960 pixels wide. */
export function posterUrl(ep: EpisodeFull): string | undefined {
  const jpeg = posterVariants(ep).filter((v) => v.format === "jpeg").sort((a, b) => Math.abs(a.width - 960) - Math.abs(b.width - 960));
  return jpeg[0] ? mediaUrl(ep.id, fileName(jpeg[0].key)) : undefined;
}

/** The stored video's address, or null when the episode has none (external or not yet uploaded). */
export const videoSrc = (ep: EpisodeFull) => (ep.video_key ? mediaUrl(ep.id, fileName(ep.video_key)) : null);

/** The origin an external episode's player is framed from, to allow in the page's CSP (only loaded on request). */
export function embedFrameOrigin(ep: EpisodeFull): string | null {
  return !ep.video_key && ep.embed_url ? (parseEmbed(ep.embed_url)?.frameOrigin ?? null) : null;
}

/**
 * An episode's player, shared by the episode page and the lessons that show it: the stored video with
 * its poster and a captions track per language (the reader's selected by default), or, for an episode
 * on YouTube or Vimeo, a notice and a link that app.js turns into the external player only when the
 * reader asks (nothing from the other site loads before that), or a notice that the video is not there.
 */
export function EpisodePlayer({ ctx, ep, title, id }: { ctx: PageContext; ep: EpisodeFull; title: string; id: string }) {
  const t = ctx.t;
  const l = ctx.locale;
  const src = videoSrc(ep);
  const embed = !src && ep.embed_url ? parseEmbed(ep.embed_url) : null;
  const captionLocales = ep.captions.map((c) => c.locale).filter(isLocale).sort((a, b) => LOCALES.indexOf(a) - LOCALES.indexOf(b));
  if (src) {
    return (
      <video id={id} class="video-player" controls preload="metadata" poster={posterUrl(ep)} data-player>
        <source src={src} type={ep.video_type ?? undefined} />
        {captionLocales.map((c) => (
          <track kind="captions" src={captionsUrl(ep.id, c)} srclang={LANG_TAG[c]} label={languageName(l, c)} default={c === l} />
        ))}
        <p>
          {t("videos.noPlayer")} <a href={src}>{t("videos.download.video")}</a>
        </p>
      </video>
    );
  }
  if (embed) {
    return (
      <div class="video-embed" data-embed-src={embed.frameSrc ?? undefined} data-embed-title={title} data-load-label={t("videos.embed.load", { host: embed.host })}>
        <p>{embed.frameSrc ? t("videos.embed.notice", { host: embed.host }) : t("videos.embed.linkOnly", { host: new URL(embed.pageUrl).hostname })}</p>
        <p>
          <a class="button" href={embed.pageUrl} rel="noopener noreferrer external" data-embed-link>
            {t("videos.embed.watchOn", { host: new URL(embed.pageUrl).hostname })}
          </a>
        </p>
      </div>
    );
  }
  return <p class="notice">{t("videos.notAvailable")}</p>;
}
