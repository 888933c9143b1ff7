import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { formatDateTime } from "../../i18n/format.ts";
import { Pagination, Select } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import { requirePermission } from "../../web/auth.ts";
import { pageContext, type PageContext } from "../../web/context.ts";
import { badRequest } from "../../web/errors.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "./audit.repo.ts";

const PAGE_SIZE = 50;
const QuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  action: z.string().regex(/^[a-z_.]{0,60}$/).optional().default(""),
});

/** Admins read the audit log: who did what, when. */
export const adminAuditRoutes: FastifyPluginAsync = async (app) => {
  const audit = auditRepo(app.services.db.kysely, app.services.clock);
  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", requirePermission("audit.view"));

  app.get("/admin/audit", async (request, reply) => {
    const q = QuerySchema.safeParse(request.query);
    if (!q.success) throw badRequest();
    const { page, action } = q.data;
    const { rows, total } = await audit.list({ action: action || undefined }, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const actions = await audit.listActions();
    const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
    return sendPage(reply, renderAudit(pageContext(request, reply), rows, actions, action, page, pageCount));
  });
};

type Row = Awaited<ReturnType<ReturnType<typeof auditRepo>["list"]>>["rows"][number];

function renderAudit(ctx: PageContext, rows: Row[], actions: string[], action: string, page: number, pageCount: number) {
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
