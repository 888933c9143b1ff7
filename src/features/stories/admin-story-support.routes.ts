import type { FastifyPluginAsync } from "fastify";
import { requirePermission } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { badRequest, notFound } from "../../web/errors.ts";
import { parseForm } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { renderSupportQueue, SUPPORT_STATUSES } from "./admin-story-support.views.tsx";
import { storiesRepo } from "./stories.repo.ts";
import { storyVoicesRepo, type SupportStatus } from "./story-voices.repo.ts";
import { SupportDecisionSchema } from "./story-voices.schema.ts";

type P = { Params: { lang: string; id: string } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PAGE_SIZE = 50;

/** Readers' messages of support, read by a moderator before the author or anyone else sees them. Every decision is audited. */
export const adminStorySupportRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const voices = storyVoicesRepo(db.kysely);
  const stories = storiesRepo(db.kysely);
  const audit = auditRepo(db.kysely, clock);

  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", requirePermission("stories.moderate"));

  app.get("/admin/story-support", async (request, reply) => {
    const q = request.query as { status?: string; page?: string };
    const status = (SUPPORT_STATUSES as readonly string[]).includes(q.status ?? "") ? (q.status as SupportStatus) : "pending";
    const page = Math.max(1, Math.min(100_000, Number(q.page) || 1));
    const [list, counts] = await Promise.all([voices.supportQueue(status, PAGE_SIZE, (page - 1) * PAGE_SIZE), voices.supportCounts()]);
    return sendPage(reply, renderSupportQueue(pageContext(request, reply), { status, rows: list.rows, counts, page, pageCount: Math.max(1, Math.ceil(list.total / PAGE_SIZE)) }));
  });

  app.post<P>("/admin/story-support/:id/decide", async (request, reply) => {
    if (!UUID.test(request.params.id)) throw notFound();
    const message = await voices.supportMessage(request.params.id);
    if (!message) throw notFound();
    const story = await stories.findById(message.story_id);
    // A withdrawn story's messages wait for erasure with it; nobody decides on them any more.
    if (!story || story.status === "withdrawn") throw notFound();
    const form = parseForm(SupportDecisionSchema, request.body);
    // The decision comes from one of two buttons: anything else is not a form a person sent.
    if (!form.ok) throw badRequest();
    const decision = form.data.decision;
    await voices.decideSupport(message.id, decision === "approve" ? "approved" : "rejected", request.staff!.id, clock().toISOString());
    await audit.record({ userId: request.staff!.id, action: `story.support.${decision}`, targetType: "story_support_message", targetId: message.id, details: { story: story.id } });
    setFlash(reply, decision === "approve" ? "admin.storySupport.flash.approve" : "admin.storySupport.flash.reject");
    return reply.redirect(`/${request.locale}/admin/story-support?status=${message.status}`, 303);
  });
};
