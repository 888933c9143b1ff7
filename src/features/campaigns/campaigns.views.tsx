import { formatBytes, languageName } from "../../i18n/format.ts";
import { foreignText, isLocale, LANG_TAG } from "../../i18n/locales.ts";
import { FallbackNotice, JsonLd, narrowestFirst, Picture } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import { markdownToSafeHtml, markdownToText, TrustedHtml } from "../../views/markdown.tsx";
import type { PageContext } from "../../web/context.ts";
import type { CampaignFull, CampaignImageRow } from "./campaigns.repo.ts";
import { altFor, factsOf, fileName, hashtagsOf, NETWORK_NAMES, pickText, shareLinks, shareMessage, variantsOf } from "./campaigns.service.ts";

const imageUrl = (base: string, key: string) => `${base}/images/${fileName(key)}`;

/** A share-kit image: WebP where the browser takes it, JPEG otherwise, at the sizes made. */
export function KitImage({ base, img, alt, lang, sizes }: { base: string; img: CampaignImageRow; alt: string; lang?: string | undefined; sizes: string }) {
  return <Picture variants={narrowestFirst(variantsOf(img))} url={(v) => imageUrl(base, v.key)} sources={["webp"]} fallbackWidth={Infinity} sizes={sizes} alt={alt} lang={lang} />;
}

/** Published campaigns, each with its title, share text and first image. */
export function renderCampaignList(ctx: PageContext, campaigns: CampaignFull[]) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("campaigns.title")} description={t("campaigns.lead")}>
      <h1>{t("campaigns.title")}</h1>
      <p class="lead">{t("campaigns.lead")}</p>
      {campaigns.length === 0 ? <p>{t("campaigns.none")}</p> : null}
      <ul class="item-list campaign-list">
        {campaigns.map((c) => {
          const text = pickText(c.texts, l);
          if (!text) return null;
          const first = c.images[0];
          const alt = first ? altFor(first, l, text.locale) : undefined;
          return (
            <li {...foreignText(l, text.locale)}>
              {first && alt ? <KitImage base={`/${l}/campaigns/${c.slug}`} img={first} alt="" sizes="(min-width: 40rem) 12rem, 100vw" /> : null}
              <h2 class="h3">
                <a href={`/${l}/campaigns/${c.slug}`}>{text.title}</a>
              </h2>
              <p>{text.share_text}</p>
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}

/** A campaign: the message, key facts, the share kit (images to download, the share text to copy, hashtags, the whole kit as a zip) and share links. */
export function renderCampaignPage(ctx: PageContext, c: CampaignFull) {
  const t = ctx.t;
  const l = ctx.locale;
  const text = pickText(c.texts, l)!;
  const shownIn = text.locale;
  const foreign = foreignText(l, shownIn);
  const base = `/${l}/campaigns/${c.slug}`;
  const url = `${ctx.origin}${base}`;
  const message = shareMessage(text);
  const tags = hashtagsOf(text);
  const facts = factsOf(text);
  const links = shareLinks({ url, text: message, title: text.title });
  const images = c.images.map((img) => ({ img, ...altFor(img, l, shownIn) }));
  const firstJpeg = images[0] ? variantsOf(images[0].img).filter((v) => v.format === "jpeg").at(-1) : undefined;
  return (
    <Layout
      ctx={ctx}
      title={text.title}
      description={text.share_text}
      head={
        <JsonLd
          ctx={ctx}
          data={{
            "@context": "https://schema.org",
            "@type": "WebPage",
            name: text.title,
            url,
            inLanguage: LANG_TAG[isLocale(shownIn) ? shownIn : l],
            description: text.share_text,
            ...(firstJpeg ? { image: `${ctx.origin}${imageUrl(base, firstJpeg.key)}` } : {}),
            ...(tags.length ? { keywords: tags.join(", ") } : {}),
            about: { "@type": "Thing", name: text.title },
            mainEntity: { "@type": "CreativeWork", name: text.title, text: markdownToText(text.message), ...(c.published_at ? { datePublished: c.published_at.slice(0, 10) } : {}) },
          }}
        />
      }
    >
      <p>
        <a class="back-link" href={`/${l}/campaigns`}>{t("campaigns.title")}</a>
      </p>
      {text.fallback && isLocale(shownIn) ? <FallbackNotice ctx={ctx} shownIn={languageName(l, shownIn)} /> : null}
      <h1 {...foreign}>{text.title}</h1>
      <div dir={foreign.dir}>
        <TrustedHtml html={markdownToSafeHtml(text.message)} class="prose campaign-message" lang={foreign.lang} />
      </div>
      {facts.length ? (
        <section aria-labelledby="campaign-facts">
          <h2 id="campaign-facts">{t("campaigns.facts")}</h2>
          <ul class="campaign-facts" {...foreign}>
            {facts.map((f) => (
              <li>{f}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section class="share-kit" aria-labelledby="share-kit">
        <h2 id="share-kit">{t("campaigns.kit.title")}</h2>
        <p>{t("campaigns.kit.lead")}</p>
        <h3 id="share-text-title">{t("campaigns.kit.shareText")}</h3>
        <div class="share-text-box">
          <p id="share-text" class="share-text" {...foreign} dir="auto">{message}</p>
          <button type="button" class="button button-secondary" data-copy-target="share-text" data-copied={t("campaigns.kit.copied")} hidden>
            {t("campaigns.kit.copy")}
          </button>
          <p class="visually-hidden" role="status" data-copy-status></p>
        </div>
        {tags.length ? (
          <>
            <h3>{t("campaigns.kit.hashtags")}</h3>
            <ul class="inline-list hashtags" {...foreign}>
              {tags.map((h) => (
                <li>
                  <bdi>#{h}</bdi>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {images.length ? (
          <>
            <h3>{t("campaigns.kit.images")}</h3>
            <ul class="kit-images">
              {images.map(({ img, alt, locale }) => (
                <li>
                  <figure>
                    <KitImage base={base} img={img} alt={alt} lang={foreignText(l, locale).lang} sizes="(min-width: 60rem) 36rem, 100vw" />
                    {alt ? <figcaption {...foreignText(l, locale)}>{alt}</figcaption> : null}
                  </figure>
                  <ul class="inline-list downloads">
                    {variantsOf(img)
                      .filter((v) => v.format === "jpeg")
                      .sort((a, b) => a.width - b.width)
                      .map((v) => (
                        <li>
                          <a href={`${imageUrl(base, v.key)}?download=1`} download>
                            {t("campaigns.kit.download", { size: `\u2066${v.width} × ${v.height}\u2069`, format: "JPEG", file: formatBytes(l, v.bytes) })}
                          </a>
                        </li>
                      ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p>
          <a class="button" href={`${base}/share-kit.zip`} download>
            {t("campaigns.kit.zip")}
          </a>
        </p>
      </section>
      <section aria-labelledby="share-links">
        <h2 id="share-links">{t("campaigns.share.title")}</h2>
        <p>{t("campaigns.share.lead")}</p>
        <ul class="inline-list share-links">
          {links.map((s) => (
            <li>
              <a href={s.href} rel="noopener noreferrer" class={`share-link share-${s.network}`}>
                {s.network === "email" ? t("campaigns.share.email") : t("campaigns.share.on", { network: NETWORK_NAMES[s.network] })}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}

