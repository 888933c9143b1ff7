import { LOCALES, type Locale } from "../i18n/locales.ts";
import { asset } from "../web/assets.ts";
import type { PageContext } from "../web/context.ts";

/** Open Graph wants language_TERRITORY. */
const OG_LOCALE: Record<Locale, string> = { ar: "ar_AR", zh: "zh_CN", en: "en_GB", fr: "fr_FR", ru: "ru_RU", es: "es_ES" };

/** A picture on this site for link previews: a path ("/static/…", "/en/stories/…/media/…") and what it shows. */
export interface OgImage {
  path: string;
  width?: number | undefined;
  height?: number | undefined;
  alt?: string | undefined;
}

export type OgType = "website" | "article" | "video.other";

/** The 1200×630 picture made by scripts/make-og-image.ts, for pages without an image of their own. */
export function defaultOgImage(ctx: PageContext): OgImage {
  return { path: asset("og-default.png"), width: 1200, height: 630, alt: ctx.t("feeds.og.imageAlt") };
}

/** Open Graph and Twitter card tags, every address absolute and every image the portal's own. */
export function OpenGraph({ ctx, title, description, url, type, image }: { ctx: PageContext; title: string; description: string; url: string; type: OgType; image: OgImage }) {
  const imageUrl = /^https?:\/\//.test(image.path) ? image.path : `${ctx.origin}${image.path}`;
  return (
    <>
      <meta property="og:type" content={type} />
      <meta property="og:site_name" content={ctx.t("site.name")} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:locale" content={OG_LOCALE[ctx.locale]} />
      {LOCALES.filter((l) => l !== ctx.locale).map((l) => (
        <meta property="og:locale:alternate" content={OG_LOCALE[l]} />
      ))}
      <meta property="og:image" content={imageUrl} />
      {image.width ? <meta property="og:image:width" content={String(image.width)} /> : null}
      {image.height ? <meta property="og:image:height" content={String(image.height)} /> : null}
      {image.alt ? <meta property="og:image:alt" content={image.alt} /> : null}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      <meta name="twitter:image" content={imageUrl} />
      {image.alt ? <meta name="twitter:image:alt" content={image.alt} /> : null}
    </>
  );
}
