import { formatDate, languageName } from "../../i18n/format.ts";
import { LOCALES, type Locale } from "../../i18n/locales.ts";
import { CsrfField, ErrorSummary, TextArea, TextInput } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import type { CampaignFull } from "./campaigns.repo.ts";
import { CAMPAIGN_FORM_ORDER } from "./campaigns.schema.ts";
import { altsOf, fileName, pickText, variantsOf } from "./campaigns.service.ts";

const statusName = (ctx: PageContext, s: "draft" | "published") => ctx.t(s === "published" ? "admin.campaigns.status.published" : "admin.campaigns.status.draft");

/** Every campaign, with its state and the languages it is written in. */
export function renderCampaignAdminList(ctx: PageContext, campaigns: CampaignFull[]) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("admin.campaigns.title")} area="admin">
      <h1>{t("admin.campaigns.title")}</h1>
      <p class="lead">{t("admin.campaigns.lead")}</p>
      <p>
        <a class="button" href={`/${l}/admin/campaigns/new`}>{t("admin.campaigns.new")}</a>
      </p>
      {campaigns.length === 0 ? <p>{t("admin.campaigns.none")}</p> : null}
      <ul class="item-list">
        {campaigns.map((c) => {
          const text = pickText(c.texts, l);
          return (
            <li>
              <h2 class="h3">
                <a href={`/${l}/admin/campaigns/${c.id}`}>{text?.title ?? c.slug}</a>
              </h2>
              <p class="meta">
                {statusName(ctx, c.status)} · {t("admin.campaigns.languages", { list: c.texts.map((x) => languageName(l, x.locale as Locale)).join(", ") })}
                {c.published_at ? ` · ${formatDate(l, c.published_at, "medium")}` : ""}
              </p>
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}

export interface CampaignEditView {
  campaign?: CampaignFull | undefined;
  /** The language whose texts are written. */
  locale: Locale;
  values: FormValues;
  errors?: FieldErrors | undefined;
  imageValues?: FormValues | undefined;
  imageErrors?: FieldErrors | undefined;
}

/** A campaign's texts in one language, its images with their alt text in that language, and publication. */
export function renderCampaignEdit(ctx: PageContext, v: CampaignEditView) {
  const t = ctx.t;
  const l = ctx.locale;
  const c = v.campaign;
  const title = c ? t("admin.campaigns.edit") : t("admin.campaigns.new");
  const base = c ? `/${l}/admin/campaigns/${c.id}` : `/${l}/admin/campaigns`;
  const written = new Set(c?.texts.map((x) => x.locale) ?? []);
  return (
    <Layout ctx={ctx} title={title} area="admin" hasErrors={Boolean(v.errors || v.imageErrors)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={CAMPAIGN_FORM_ORDER} /> : null}
      {v.imageErrors ? <ErrorSummary ctx={ctx} errors={v.imageErrors} order={["image", "alt"]} /> : null}
      <p>
        <a class="back-link" href={`/${l}/admin/campaigns`}>{t("admin.campaigns.title")}</a>
      </p>
      <h1>{title}</h1>
      {c ? (
        <p class="meta">
          {statusName(ctx, c.status)}
          {c.status === "published" ? (
            <>
              {" · "}
              <a href={`/${l}/campaigns/${c.slug}`}>{t("admin.campaigns.view")}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <nav class="subnav" aria-label={t("admin.campaigns.textLanguage")}>
        <ul class="inline-list">
          {LOCALES.map((x) => (
            <li>
              <a href={`${c ? base : `/${l}/admin/campaigns/new`}?in=${x}`} aria-current={x === v.locale ? "page" : undefined}>
                {t(written.has(x) ? "admin.campaigns.languageWritten" : "admin.campaigns.languageMissing", { language: languageName(l, x) })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="campaign-texts">
        <h2 id="campaign-texts">{t("admin.campaigns.textsIn", { language: languageName(l, v.locale) })}</h2>
        <form method="post" action={base} novalidate>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="in" value={v.locale} />
          <TextInput ctx={ctx} name="slug" label={t("admin.campaigns.slug")} hint={t("admin.campaigns.slugHint")} dir="ltr" values={v.values} errors={v.errors} />
          <TextInput ctx={ctx} name="title" label={t("admin.campaigns.titleField")} values={v.values} errors={v.errors} />
          <TextArea ctx={ctx} name="message" label={t("admin.campaigns.message")} hint={t("admin.campaigns.messageHint")} rows={10} values={v.values} errors={v.errors} />
          <TextArea ctx={ctx} name="facts" label={t("admin.campaigns.facts")} hint={t("admin.campaigns.factsHint")} rows={5} values={v.values} errors={v.errors} />
          <TextInput ctx={ctx} name="hashtags" label={t("admin.campaigns.hashtags")} hint={t("admin.campaigns.hashtagsHint")} values={v.values} errors={v.errors} />
          <TextArea ctx={ctx} name="share_text" label={t("admin.campaigns.shareText")} hint={t("admin.campaigns.shareTextHint")} rows={3} values={v.values} errors={v.errors} />
          <button type="submit" class="button">{t("admin.campaigns.save")}</button>
        </form>
      </section>
      {c ? (
        <>
          <section aria-labelledby="campaign-images">
            <h2 id="campaign-images">{t("admin.campaigns.images")}</h2>
            <p>{t("admin.campaigns.imagesLead")}</p>
            <ul class="item-list kit-images-admin">
              {c.images.map((img, i) => {
                const jpeg = variantsOf(img).filter((x) => x.format === "jpeg").sort((a, b) => a.width - b.width)[0];
                const alt = altsOf(img)[v.locale] ?? "";
                return (
                  <li>
                    {jpeg ? <img src={`${base}/images/${fileName(jpeg.key)}`} alt={alt} width={jpeg.width} height={jpeg.height} class="admin-thumb" /> : null}
                    <form method="post" action={`${base}/images/${img.id}/alt`} class="inline-form">
                      <CsrfField ctx={ctx} />
                      <input type="hidden" name="in" value={v.locale} />
                      <div class="field">
                        <label for={`alt-${img.id}`}>{t("admin.campaigns.altFor", { n: i + 1, language: languageName(l, v.locale) })}</label>
                        <input type="text" id={`alt-${img.id}`} name="alt" value={alt} lang={v.locale} dir="auto" maxLength={300} />
                      </div>
                      <div class="button-row">
                        <button type="submit" class="button button-secondary">{t("admin.campaigns.saveAlt")}</button>
                      </div>
                    </form>
                    <form method="post" action={`${base}/images/${img.id}/delete`}>
                      <CsrfField ctx={ctx} />
                      <input type="hidden" name="in" value={v.locale} />
                      <button type="submit" class="button button-warning">{t("admin.campaigns.deleteImage", { n: i + 1 })}</button>
                    </form>
                  </li>
                );
              })}
            </ul>
            <form method="post" action={`${base}/images?in=${v.locale}`} enctype="multipart/form-data" novalidate>
              <CsrfField ctx={ctx} />
              <input type="hidden" name="in" value={v.locale} />
              <TextInput ctx={ctx} type="file" name="image" label={t("admin.campaigns.image")} hint={t("admin.campaigns.imageHint")} accept="image/jpeg,image/png,image/webp" values={{}} errors={v.imageErrors} />
              <TextInput ctx={ctx} name="alt" label={t("admin.campaigns.alt", { language: languageName(l, v.locale) })} values={v.imageValues} errors={v.imageErrors} />
              <button type="submit" class="button button-secondary">{t("admin.campaigns.upload")}</button>
            </form>
          </section>
          <section aria-labelledby="campaign-publication">
            <h2 id="campaign-publication">{t("admin.campaigns.publication")}</h2>
            <form method="post" action={`${base}/publish`}>
              <CsrfField ctx={ctx} />
              <input type="hidden" name="in" value={v.locale} />
              {c.status === "published" ? (
                <button type="submit" name="action" value="unpublish" class="button button-warning">{t("admin.campaigns.unpublish")}</button>
              ) : (
                <button type="submit" name="action" value="publish" class="button">{t("admin.campaigns.publish")}</button>
              )}
            </form>
          </section>
        </>
      ) : null}
    </Layout>
  );
}
