import { formatDateTime, formatList } from "../../i18n/format.ts";
import { Checkboxes, CsrfField, ErrorSummary, TextInput } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import { ROLES, roleKey } from "../../web/auth.ts";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  roles: string[];
  countries: string[];
  totp_enabled_at: string | null;
  last_login_at: string | null;
  disabled_at: string | null;
}


export function renderUsers(ctx: PageContext, users: UserRow[]) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("admin.users.title")} area="admin">
      <h1>{t("admin.users.title")}</h1>
      <p><a class="button" href={`/${ctx.locale}/admin/users/new`}>{t("admin.users.invite")}</a></p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("account.name")}</th>
              <th scope="col">{t("account.email")}</th>
              <th scope="col">{t("account.roles")}</th>
              <th scope="col">{t("account.twoFactor")}</th>
              <th scope="col">{t("admin.users.lastLogin")}</th>
              <th scope="col">{t("admin.users.state")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr>
                <td><a href={`/${ctx.locale}/admin/users/${u.id}`}>{u.name}</a></td>
                <td dir="ltr">{u.email}</td>
                <td>{formatList(ctx.locale, u.roles.map((r) => t(roleKey(r))))}{u.countries.length ? ` (${formatList(ctx.locale, u.countries)})` : ""}</td>
                <td>{u.totp_enabled_at ? t("account.twoFactorOn") : t("account.twoFactorOff")}</td>
                <td>{u.last_login_at ? formatDateTime(ctx.locale, u.last_login_at) : "—"}</td>
                <td>{u.disabled_at ? t("admin.users.disabled") : t("admin.users.active")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

export function renderUser(ctx: PageContext, user: UserRow, form: { errors?: FieldErrors; values?: FormValues } = {}) {
  const t = ctx.t;
  const values = form.values ?? { roles: user.roles, countries: user.countries.join(", ") };
  const self = ctx.staff?.id === user.id;
  const base = `/${ctx.locale}/admin/users/${user.id}`;
  return (
    <Layout ctx={ctx} title={user.name} area="admin" hasErrors={Boolean(form.errors)}>
      {form.errors ? <ErrorSummary ctx={ctx} errors={form.errors} order={["roles", "countries"]} /> : null}
      <p><a href={`/${ctx.locale}/admin/users`}>{t("admin.users.back")}</a></p>
      <h1>{user.name}</h1>
      <p dir="ltr">{user.email}</p>
      <form method="post" action={`${base}/access`} novalidate class="narrow">
        <CsrfField ctx={ctx} />
        <Checkboxes ctx={ctx} name="roles" label={t("account.roles")} errors={form.errors} values={values} options={ROLES.map((r) => ({ value: r, label: t(roleKey(r)) }))} />
        <TextInput ctx={ctx} name="countries" label={t("account.countries")} hint={t("admin.users.countriesHint")} dir="ltr" errors={form.errors} values={values} />
        <button type="submit" class="button">{t("admin.users.saveAccess")}</button>
      </form>
      {!self ? (
        <div class="button-row">
          <form method="post" action={`${base}/${user.disabled_at ? "enable" : "disable"}`}>
            <CsrfField ctx={ctx} />
            <button type="submit" class="button button-warning">{user.disabled_at ? t("admin.users.enable") : t("admin.users.disable")}</button>
          </form>
          {user.totp_enabled_at ? (
            <form method="post" action={`${base}/reset-totp`}>
              <CsrfField ctx={ctx} />
              <button type="submit" class="button button-secondary">{t("admin.users.resetTotp")}</button>
            </form>
          ) : null}
        </div>
      ) : null}
    </Layout>
  );
}

export function renderNewUser(ctx: PageContext, form: { errors?: FieldErrors; values?: FormValues } = {}) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("admin.users.invite")} area="admin" hasErrors={Boolean(form.errors)}>
      {form.errors ? <ErrorSummary ctx={ctx} errors={form.errors} order={["email", "name", "roles", "countries"]} /> : null}
      <p><a href={`/${ctx.locale}/admin/users`}>{t("admin.users.back")}</a></p>
      <h1>{t("admin.users.invite")}</h1>
      <p>{t("admin.users.inviteIntro")}</p>
      <form method="post" action={`/${ctx.locale}/admin/users/new`} novalidate class="narrow">
        <CsrfField ctx={ctx} />
        <TextInput ctx={ctx} name="email" type="email" autocomplete="off" label={t("account.email")} errors={form.errors} values={form.values} />
        <TextInput ctx={ctx} name="name" label={t("account.name")} autocomplete="off" errors={form.errors} values={form.values} />
        <Checkboxes ctx={ctx} name="roles" label={t("account.roles")} errors={form.errors} values={form.values} options={ROLES.map((r) => ({ value: r, label: t(roleKey(r)) }))} />
        <TextInput ctx={ctx} name="countries" label={t("account.countries")} hint={t("admin.users.countriesHint")} dir="ltr" errors={form.errors} values={form.values} />
        <button type="submit" class="button">{t("admin.users.sendInvite")}</button>
      </form>
    </Layout>
  );
}
