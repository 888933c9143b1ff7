import { foreignText } from "../../i18n/locales.ts";
import { Breadcrumbs, CsrfField, ErrorSummary, TextArea, TextInput } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import { TrustedHtml, markdownToSafeHtml } from "../../views/markdown.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";

export function renderContact(
  ctx: PageContext,
  intro: { body: string; locale: string } | null,
  form: { errors?: FieldErrors; values?: FormValues } = {},
) {
  const t = ctx.t;
  const { lang } = intro ? foreignText(ctx.locale, intro.locale) : {};
  return (
    <Layout ctx={ctx} title={t("contact.title")} hasErrors={Boolean(form.errors)}>
      <Breadcrumbs ctx={ctx} items={[{ href: `/${ctx.locale}/`, label: t("nav.home") }]} />
      {form.errors ? <ErrorSummary ctx={ctx} errors={form.errors} order={["message", "email"]} /> : null}
      <h1>{t("contact.title")}</h1>
      <p class="notice notice-emergency">{t("contact.notEmergency")}</p>
      {intro ? <TrustedHtml html={markdownToSafeHtml(intro.body)} class="prose" lang={lang} /> : null}
      <form method="post" action={`/${ctx.locale}/contact`} novalidate>
        <CsrfField ctx={ctx} />
        <TextArea ctx={ctx} name="message" label={t("contact.message")} hint={t("contact.messageHint")} rows={8} errors={form.errors} values={form.values} />
        <TextInput ctx={ctx} name="email" type="email" autocomplete="email" label={t("contact.email")} hint={t("contact.emailHint")} errors={form.errors} values={form.values} />
        <button type="submit" class="button">{t("contact.submit")}</button>
      </form>
    </Layout>
  );
}
