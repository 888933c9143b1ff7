import { languageName } from "../../i18n/format.ts";
import type { MessageKey } from "../../i18n/i18n.ts";
import { LOCALES } from "../../i18n/locales.ts";
import { Checkboxes, CsrfField, ErrorSummary, Select, TextInput } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import { NEWSLETTER_TOPICS } from "./newsletter.schema.ts";

export const topicLabelKey = (topic: string) => `newsletter.topic.${topic}` as MessageKey;

function PreferenceFields({ ctx, values, errors }: { ctx: PageContext; values: FormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t;
  return (
    <>
      <Select ctx={ctx} name="language" label={t("newsletter.form.language")} hint={t("newsletter.form.languageHint")} values={values} errors={errors} options={LOCALES.map((l) => ({ value: l, label: languageName(ctx.locale, l) }))} />
      <Checkboxes ctx={ctx} name="topics" label={t("newsletter.form.topics")} hint={t("newsletter.form.topicsHint")} values={values} errors={errors} options={NEWSLETTER_TOPICS.map((topic) => ({ value: topic, label: t(topicLabelKey(topic)) }))} />
    </>
  );
}

export function renderSubscribeForm(ctx: PageContext, v: { values: FormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("newsletter.title")} hasErrors={Boolean(v.errors)} description={t("newsletter.lead")}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={["email", "language", "topics"]} /> : null}
      <h1>{t("newsletter.title")}</h1>
      <p class="lead">{t("newsletter.lead")}</p>
      <form method="post" action={`/${ctx.locale}/newsletter`} novalidate>
        <CsrfField ctx={ctx} />
        <TextInput ctx={ctx} name="email" type="email" autocomplete="email" label={t("newsletter.form.email")} hint={t("newsletter.form.emailHint")} values={v.values} errors={v.errors} />
        <PreferenceFields ctx={ctx} values={v.values} errors={v.errors} />
        <div class="hp-field" aria-hidden="true">
          <label for="field-website">{t("directory.propose.leaveEmpty")}</label>
          <input type="text" id="field-website" name="website" tabIndex={-1} autocomplete="off" />
        </div>
        <button type="submit" class="button">{t("newsletter.form.submit")}</button>
      </form>
      <p class="newsletter-privacy">{t("newsletter.privacy")}</p>
    </Layout>
  );
}

/** One short page with a heading, a few paragraphs and an optional link: the answers of the flow. */
function Message({ ctx, title, paragraphs, link }: { ctx: PageContext; title: string; paragraphs: string[]; link?: { href: string; label: string } }) {
  return (
    <Layout ctx={ctx} title={title} noindex>
      <h1>{title}</h1>
      {paragraphs.map((p) => (
        <p>{p}</p>
      ))}
      {link ? (
        <p>
          <a href={link.href}>{link.label}</a>
        </p>
      ) : null}
    </Layout>
  );
}

export function renderCheckEmail(ctx: PageContext, days: number) {
  const t = ctx.t;
  return <Message ctx={ctx} title={t("newsletter.checkEmail.title")} paragraphs={[t("newsletter.checkEmail.body", { days }), t("newsletter.checkEmail.notReceived")]} link={{ href: `/${ctx.locale}/newsletter`, label: t("newsletter.checkEmail.again") }} />;
}

export function renderConfirmed(ctx: PageContext, manageHref: string) {
  const t = ctx.t;
  return <Message ctx={ctx} title={t("newsletter.confirmed.title")} paragraphs={[t("newsletter.confirmed.body")]} link={{ href: manageHref, label: t("newsletter.confirmed.manage") }} />;
}

/** The confirmation link's page: one button, so that only a person (not a mail scanner) confirms. */
export function renderConfirmPrompt(ctx: PageContext, action: string) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("newsletter.confirmPrompt.title")} noindex>
      <h1>{t("newsletter.confirmPrompt.title")}</h1>
      <p>{t("newsletter.confirmPrompt.body")}</p>
      <form method="post" action={action}>
        <CsrfField ctx={ctx} />
        <button type="submit" class="button">{t("newsletter.confirmPrompt.submit")}</button>
      </form>
      <p class="hint">{t("newsletter.confirmPrompt.notYou")}</p>
    </Layout>
  );
}

export function renderLinkExpired(ctx: PageContext) {
  const t = ctx.t;
  return <Message ctx={ctx} title={t("newsletter.expired.title")} paragraphs={[t("newsletter.expired.body")]} link={{ href: `/${ctx.locale}/newsletter`, label: t("newsletter.expired.again") }} />;
}

export function renderUnsubscribed(ctx: PageContext) {
  const t = ctx.t;
  return <Message ctx={ctx} title={t("newsletter.unsubscribed.title")} paragraphs={[t("newsletter.unsubscribed.body")]} link={{ href: `/${ctx.locale}/`, label: t("newsletter.unsubscribed.home") }} />;
}

export function renderManage(ctx: PageContext, v: { action: string; values: FormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("newsletter.manage.title")} hasErrors={Boolean(v.errors)} noindex>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={["language", "topics"]} /> : null}
      <h1>{t("newsletter.manage.title")}</h1>
      <p>{t("newsletter.manage.lead")}</p>
      <form method="post" action={v.action} novalidate>
        <CsrfField ctx={ctx} />
        <PreferenceFields ctx={ctx} values={v.values} errors={v.errors} />
        <button type="submit" class="button">{t("newsletter.manage.save")}</button>
      </form>
      <h2>{t("newsletter.manage.leaveTitle")}</h2>
      <p>{t("newsletter.manage.leaveBody")}</p>
      <form method="post" action={`${v.action}/unsubscribe`}>
        <CsrfField ctx={ctx} />
        <button type="submit" class="button button-warning">{t("newsletter.unsubscribe.submit")}</button>
      </form>
    </Layout>
  );
}

/** The page behind the List-Unsubscribe link, for people: one button (the same one-click endpoint). */
export function renderUnsubscribeConfirm(ctx: PageContext, action: string | null) {
  const t = ctx.t;
  if (!action) return <Message ctx={ctx} title={t("newsletter.expired.title")} paragraphs={[t("newsletter.unsubscribe.unknown")]} link={{ href: `/${ctx.locale}/newsletter`, label: t("newsletter.expired.again") }} />;
  return (
    <Layout ctx={ctx} title={t("newsletter.unsubscribe.title")} noindex>
      <h1>{t("newsletter.unsubscribe.title")}</h1>
      <p>{t("newsletter.manage.leaveBody")}</p>
      <form method="post" action={action}>
        <button type="submit" class="button button-warning">{t("newsletter.unsubscribe.submit")}</button>
      </form>
    </Layout>
  );
}
