import { formatDateTime } from "../../i18n/format.ts";
import { Pagination, Select } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { auditRepo } from "./audit.repo.ts";

type Row = Awaited<ReturnType<ReturnType<typeof auditRepo>["list"]>>["rows"][number];

export function renderAudit(ctx: PageContext, rows: Row[], actions: string[], action: string, page: number, pageCount: number) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("admin.audit.title")} area="admin">
      <h1>{t("admin.audit.title")}</h1>
      <form method="get" action={`/${ctx.locale}/admin/audit`} class="filters" novalidate>
        <Select ctx={ctx} name="action" label={t("admin.audit.action")} values={{ action }} options={[{ value: "", label: t("admin.audit.allActions") }, ...actions.map((a) => ({ value: a, label: a }))]} />
        <button type="submit" class="button button-secondary">{t("admin.filter")}</button>
      </form>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("admin.revisions.when")}</th>
              <th scope="col">{t("admin.revisions.who")}</th>
              <th scope="col">{t("admin.audit.action")}</th>
              <th scope="col">{t("admin.audit.target")}</th>
              <th scope="col">{t("admin.audit.details")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>{formatDateTime(ctx.locale, r.at)}</td>
                <td dir="ltr">{r.email ?? t("admin.audit.system")}</td>
                <td><code dir="ltr">{r.action}</code></td>
                <td dir="ltr">{r.target_type ? `${r.target_type}:${r.target_id}` : ""}</td>
                <td dir="ltr"><code>{r.details ?? ""}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination ctx={ctx} page={page} pageCount={pageCount} baseUrl={`/${ctx.locale}/admin/audit`} params={action ? { action } : {}} />
    </Layout>
  );
}
