import type { FastifyPluginAsync } from "fastify";
import { isLocale } from "../../i18n/locales.ts";
import { header, listOutbox, readOutboxMessage } from "../../jobs/outbox.ts";
import { requirePermission } from "../../web/auth.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { pageContext, setFlash, siteOrigin } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { firstString, parseForm } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { newsletterRepo } from "./newsletter.repo.ts";
import { ComposeSchema } from "./newsletter.schema.ts";
import { newsletterService } from "./newsletter.service.ts";
import { renderCompose, renderIssue, renderNewsletterAdmin, renderOutbox, renderOutboxMessage } from "./admin-newsletter.views.tsx";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
type Id = { Params: { lang: string; id: string } };

/** Staff: subscriber counts (never addresses), composing an issue from published content, sending it through the queue. */
export const adminNewsletterRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock, keys, mailer } = app.services;
  const newsletter = newsletterService({ db, clock, fieldKey: keys.field, mailer });
  const repo = newsletterRepo(db.kysely);

  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", requirePermission("newsletter.send"));

  app.get("/admin/newsletter", async (request, reply) =>
    sendPage(reply, renderNewsletterAdmin(pageContext(request, reply), { counts: await newsletter.counts(), issues: await newsletter.listIssues() })),
  );

  app.get("/admin/newsletter/new", async (request, reply) => {
    const asked = firstString((request.query as Record<string, unknown>).language);
    const language = isLocale(asked) ? asked : request.locale;
    return sendPage(reply, renderCompose(pageContext(request, reply), { language, items: await newsletter.publishedIn(language), values: { topic: "news" } }));
  });

  app.post("/admin/newsletter/new", async (request, reply) => {
    const form = parseForm(ComposeSchema, request.body);
    if (!form.ok) {
      const asked = form.values.language;
      const language = typeof asked === "string" && isLocale(asked) ? asked : request.locale;
      return sendPage(reply, renderCompose(pageContext(request, reply), { language, items: await newsletter.publishedIn(language), values: form.values, errors: form.errors }), 400);
    }
    const id = await newsletter.createIssue(form.data, request.staff!.id);
    setFlash(reply, "admin.newsletter.created");
    return reply.redirect(`/${request.locale}/admin/newsletter/issues/${id}`, 303);
  });

  app.get<Id>("/admin/newsletter/issues/:id", async (request, reply) => {
    if (!UUID.test(request.params.id)) throw notFound();
    const issue = await newsletter.findIssue(request.params.id);
    if (!issue) throw notFound();
    const origin = siteOrigin(request);
    const text = newsletter.issueText(issue, await newsletter.itemsOf(issue), origin, `${origin}/${issue.language}/newsletter/manage/…`);
    const recipients = issue.sent_at ? issue.recipients : (await repo.confirmedIdsFor(issue.language, issue.topic)).length;
    return sendPage(reply, renderIssue(pageContext(request, reply), { issue, text, recipients, progress: await newsletter.progress(issue.id) }));
  });

  app.post<Id>("/admin/newsletter/issues/:id/send", async (request, reply) => {
    if (!UUID.test(request.params.id)) throw notFound();
    if (!(await newsletter.findIssue(request.params.id))) throw notFound();
    const result = await newsletter.sendIssue(request.params.id, siteOrigin(request), request.staff!.id);
    setFlash(reply, result.sent ? "admin.newsletter.queuedFlash" : "admin.newsletter.alreadySent");
    return reply.redirect(`/${request.locale}/admin/newsletter/issues/${request.params.id}`, 303);
  });
};

/**
 * The development outbox, read-only: the .eml files the mailer writes when SMTP_URL is not set. Opening
 * a message is audited, since it shows an address.
 */
export const adminOutboxRoutes: FastifyPluginAsync = async (app) => {
  const { config, db, clock } = app.services;
  const audit = auditRepo(db.kysely, clock);
  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", requirePermission("outbox.view"));

  app.get("/admin/outbox", async (request, reply) =>
    sendPage(reply, renderOutbox(pageContext(request, reply), { smtp: Boolean(config.smtpUrl), entries: config.smtpUrl ? [] : await listOutbox(config.dataDir) })),
  );

  app.get<{ Params: { lang: string; name: string } }>("/admin/outbox/:name", async (request, reply) => {
    if (config.smtpUrl) throw notFound();
    const m = await readOutboxMessage(config.dataDir, request.params.name);
    if (!m) throw notFound();
    await audit.record({ userId: request.staff!.id, action: "outbox.view", targetType: "outbox_message", targetId: request.params.name });
    return sendPage(reply, renderOutboxMessage(pageContext(request, reply), m, header(m, "subject")));
  });
};
