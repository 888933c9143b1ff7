import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { requirePermission } from "../../web/auth.ts";
import { pageContext } from "../../web/context.ts";
import { badRequest } from "../../web/errors.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { renderAudit } from "./admin-audit.views.tsx";
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
