import { formatDate, formatList } from "../../i18n/format.ts";
import { roleKey } from "../../web/auth.ts";
import type { MessageKey } from "../../i18n/i18n.ts";
import { CsrfField, ErrorSummary, TextInput } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";

type Form = { errors?: FieldErrors | undefined; values?: FormValues | undefined; problem?: MessageKey | undefined };

function Problem({ ctx, problem }: { ctx: PageContext; problem?: MessageKey | undefined }) {
  if (!problem) return null;
  return (
    <div class="error-summary" tabIndex={-1} data-error-summary role="alert">
      <h2>{ctx.t("form.errorSummaryTitle")}</h2>
      <p>{ctx.t(problem)}</p>
    </div>
  );
}

export function renderLogin(ctx: PageContext, form: Form = {}) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("login.title")} area="admin" hasErrors={Boolean(form.errors || form.problem)}>
      {form.errors ? <ErrorSummary ctx={ctx} errors={form.errors} order={["email", "password"]} /> : null}
      <Problem ctx={ctx} problem={form.problem} />
      <h1>{t("login.title")}</h1>
      <p>{t("login.intro")}</p>
      <form method="post" action={`/${ctx.locale}/admin/login`} novalidate class="narrow">
        <CsrfField ctx={ctx} />
        <TextInput ctx={ctx} name="email" type="email" autocomplete="username" label={t("login.email")} errors={form.errors} values={form.values} />
        <TextInput ctx={ctx} name="password" type="password" autocomplete="current-password" label={t("login.password")} errors={form.errors} />
        <button type="submit" class="button">{t("login.submit")}</button>
      </form>
      <p><a href={`/${ctx.locale}/admin/password/forgot`}>{t("login.forgot")}</a></p>
    </Layout>
  );
}

export function renderTotpChallenge(ctx: PageContext, form: Form = {}) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("totp.challengeTitle")} area="admin" hasErrors={Boolean(form.errors || form.problem)}>
      {form.errors ? <ErrorSummary ctx={ctx} errors={form.errors} /> : null}
      <Problem ctx={ctx} problem={form.problem} />
      <h1>{t("totp.challengeTitle")}</h1>
      <form method="post" action={`/${ctx.locale}/admin/login/totp`} novalidate class="narrow">
        <CsrfField ctx={ctx} />
        <TextInput ctx={ctx} name="code" label={t("totp.code")} hint={t("totp.codeHint")} autocomplete="one-time-code" inputMode="numeric" width="short" dir="ltr" errors={form.errors} values={form.values} />
        <button type="submit" class="button">{t("totp.verify")}</button>
      </form>
    </Layout>
  );
}

export function renderTotpSetup(ctx: PageContext, setup: { qrDataUrl: string; secret: string; required: boolean }, form: Form = {}) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("totp.setupTitle")} area="admin" hasErrors={Boolean(form.errors || form.problem)}>
      {form.errors ? <ErrorSummary ctx={ctx} errors={form.errors} /> : null}
      <Problem ctx={ctx} problem={form.problem} />
      <h1>{t("totp.setupTitle")}</h1>
      {setup.required ? <p class="notice">{t("totp.requiredForAdmins")}</p> : null}
      <ol>
        <li>{t("totp.step1")}</li>
        <li>
          {t("totp.step2")}
          <div class="qr"><img src={setup.qrDataUrl} alt={t("totp.qrAlt")} width="200" height="200" /></div>
          <p>{t("totp.manualKey")} <code dir="ltr" class="secret">{setup.secret}</code></p>
        </li>
        <li>{t("totp.step3")}</li>
      </ol>
      <form method="post" action={`/${ctx.locale}/admin/account/totp`} novalidate class="narrow">
        <CsrfField ctx={ctx} />
        <TextInput ctx={ctx} name="code" label={t("totp.code")} hint={t("totp.codeHint")} autocomplete="one-time-code" inputMode="numeric" width="short" dir="ltr" errors={form.errors} values={form.values} />
        <button type="submit" class="button">{t("totp.enable")}</button>
      </form>
    </Layout>
  );
}

export function renderAccount(ctx: PageContext, info: { email: string; name: string; roles: string[]; countries: string[]; totpEnabled: boolean; createdAt: string }) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("account.title")} area="admin">
      <h1>{t("account.title")}</h1>
      <dl class="summary-list">
        <div><dt>{t("account.name")}</dt><dd>{info.name}</dd></div>
        <div><dt>{t("account.email")}</dt><dd dir="ltr">{info.email}</dd></div>
        <div><dt>{t("account.roles")}</dt><dd>{formatList(ctx.locale, info.roles.map((r) => t(roleKey(r))))}</dd></div>
        {info.countries.length ? <div><dt>{t("account.countries")}</dt><dd>{formatList(ctx.locale, info.countries)}</dd></div> : null}
        <div><dt>{t("account.twoFactor")}</dt><dd>{info.totpEnabled ? t("account.twoFactorOn") : t("account.twoFactorOff")}</dd></div>
        <div><dt>{t("account.since")}</dt><dd>{formatDate(ctx.locale, info.createdAt)}</dd></div>
      </dl>
      <ul>
        <li><a href={`/${ctx.locale}/admin/account/password`}>{t("account.changePassword")}</a></li>
        {!info.totpEnabled ? <li><a href={`/${ctx.locale}/admin/account/totp`}>{t("account.setUpTwoFactor")}</a></li> : null}
      </ul>
    </Layout>
  );
}

export function renderPasswordChange(ctx: PageContext, form: Form = {}) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("password.title")} area="admin" hasErrors={Boolean(form.errors || form.problem)}>
      {form.errors ? <ErrorSummary ctx={ctx} errors={form.errors} order={["current", "password", "confirm"]} /> : null}
      <Problem ctx={ctx} problem={form.problem} />
      <h1>{t("password.title")}</h1>
      <form method="post" action={`/${ctx.locale}/admin/account/password`} novalidate class="narrow">
        <CsrfField ctx={ctx} />
        <TextInput ctx={ctx} name="current" type="password" autocomplete="current-password" label={t("password.current")} errors={form.errors} />
        <TextInput ctx={ctx} name="password" type="password" autocomplete="new-password" label={t("password.new")} hint={t("password.hint")} errors={form.errors} />
        <TextInput ctx={ctx} name="confirm" type="password" autocomplete="new-password" label={t("password.confirm")} errors={form.errors} />
        <button type="submit" class="button">{t("password.submit")}</button>
      </form>
    </Layout>
  );
}

export function renderSetPassword(ctx: PageContext, token: string, purpose: "invite" | "reset", form: Form = {}) {
  const t = ctx.t;
  const title = purpose === "invite" ? t("password.inviteTitle") : t("password.resetTitle");
  return (
    <Layout ctx={ctx} title={title} area="admin" hasErrors={Boolean(form.errors)}>
      {form.errors ? <ErrorSummary ctx={ctx} errors={form.errors} order={["password", "confirm"]} /> : null}
      <h1>{title}</h1>
      <form method="post" action={`/${ctx.locale}/admin/password`} novalidate class="narrow">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="token" value={token} />
        <TextInput ctx={ctx} name="password" type="password" autocomplete="new-password" label={t("password.new")} hint={t("password.hint")} errors={form.errors} />
        <TextInput ctx={ctx} name="confirm" type="password" autocomplete="new-password" label={t("password.confirm")} errors={form.errors} />
        <button type="submit" class="button">{t("password.save")}</button>
      </form>
    </Layout>
  );
}

export function renderLinkExpired(ctx: PageContext) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("password.linkExpiredTitle")} area="admin">
      <h1>{t("password.linkExpiredTitle")}</h1>
      <p>{t("password.linkExpiredBody")}</p>
      <p><a href={`/${ctx.locale}/admin/password/forgot`}>{t("login.forgot")}</a></p>
    </Layout>
  );
}

export function renderForgotPassword(ctx: PageContext, form: Form = {}) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("password.forgotTitle")} area="admin" hasErrors={Boolean(form.errors)}>
      {form.errors ? <ErrorSummary ctx={ctx} errors={form.errors} /> : null}
      <h1>{t("password.forgotTitle")}</h1>
      <p>{t("password.forgotIntro")}</p>
      <form method="post" action={`/${ctx.locale}/admin/password/forgot`} novalidate class="narrow">
        <CsrfField ctx={ctx} />
        <TextInput ctx={ctx} name="email" type="email" autocomplete="username" label={t("login.email")} errors={form.errors} values={form.values} />
        <button type="submit" class="button">{t("password.sendLink")}</button>
      </form>
    </Layout>
  );
}
