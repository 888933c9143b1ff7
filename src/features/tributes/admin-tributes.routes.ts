import type { FastifyPluginAsync } from "fastify";
import { requirePermission } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { badRequest, notFound } from "../../web/errors.ts";
import { parseForm } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { renderTributeQueue } from "./admin-tributes.views.tsx";
import { tributesRepo } from "./tributes.repo.ts";
import { TRIBUTE_STATUSES, TributeDecisionSchema, type TributeStatus } from "./tributes.schema.ts";
import { reviewList } from "./tributes.text.ts";

type P = { Params: { lang: string; id: string } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PAGE_SIZE = 50;

/** Moderators read every tribute before it reaches the wall; approving shows it at once. Every decision is audited. */
export const adminTributesRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock, config } = app.services;
  const repo = tributesRepo(db.kysely);
  const audit = auditRepo(db.kysely, clock);
  const review = reviewList(config.tributeReviewWords);

  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", requirePermission("tributes.moderate"));

  app.get("/admin/tributes", async (request, reply) => {
    const q = request.query as { status?: string; page?: string };
    const status = (TRIBUTE_STATUSES as readonly string[]).includes(q.status ?? "") ? (q.status as TributeStatus) : "pending";
    const page = Math.max(1, Math.min(100_000, Number(q.page) || 1));
    const [list, counts] = await Promise.all([repo.queue(status, PAGE_SIZE, (page - 1) * PAGE_SIZE), repo.counts()]);
    return sendPage(reply, renderTributeQueue(pageContext(request, reply), { status, rows: list.rows, counts, page, pageCount: Math.max(1, Math.ceil(list.total / PAGE_SIZE)), review }));
  });

  app.post<P>("/admin/tributes/:id/decide", async (request, reply) => {
    if (!UUID.test(request.params.id)) throw notFound();
    const tribute = await repo.find(request.params.id);
    if (!tribute) throw notFound();
    const form = parseForm(TributeDecisionSchema, request.body);
    // The decision comes from one of two buttons: anything else is not a form a person sent.
    if (!form.ok) throw badRequest();
    const { decision, reason } = form.data;
    await repo.decide(tribute.id, decision === "approve" ? "approved" : "rejected", request.staff!.id, reason, clock().toISOString());
    await audit.record({ userId: request.staff!.id, action: `tribute.${decision}`, targetType: "tribute", targetId: tribute.id, details: { from: tribute.status, ...(reason ? { reason } : {}) } });
    setFlash(reply, decision === "approve" ? "admin.tributes.flash.approve" : "admin.tributes.flash.reject");
    return reply.redirect(`/${request.locale}/admin/tributes?status=${tribute.status}`, 303);
  });
};
