import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { requirePermission } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { parseForm, type FieldErrors, type FormValues } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import type { CrisisTextRow } from "./crisis.repo.ts";
import { CrisisSwitchOffSchema, CrisisSwitchOnSchema, CrisisTextSchema, type CrisisText } from "./crisis.schema.ts";
import { crisisService } from "./crisis.service.ts";
import { renderAdminCrisis, renderIncidentPage, renderNoIncident, renderTextForm } from "./crisis.views.tsx";

type LangParams = { Params: { lang: string } };
type TextParams = { Params: { lang: string; locale: string } };

const textRow = (locale: string, d: CrisisText): CrisisTextRow => ({
  locale,
  headline: d.headline,
  message: d.message,
  helplines: d.helplines,
  missing_persons: d.missing_persons,
  consular: d.consular,
  get_help: d.get_help,
});

/**
 * The public incident page. When crisis mode is off it answers 200 with an honest "no current
 * incident" page (noindex) rather than 404: links shared during an incident keep leading somewhere useful.
 */
export const crisisRoutes: FastifyPluginAsync = async (app) => {
  app.get<LangParams>("/crisis", async (request, reply) => {
    reply.header("Cache-Control", "no-cache");
    const ctx = pageContext(request, reply);
    return sendPage(reply, ctx.crisis ? renderIncidentPage(ctx, ctx.crisis) : renderNoIncident(ctx));
  });
};

/** Admins switch crisis mode on and off and write the notice in each language; every change audited. */
export const adminCrisisRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock, crisis } = app.services;
  const service = crisisService(db, clock, () => crisis.changed());
  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", requirePermission("crisis.manage"));

  async function showAdmin(request: FastifyRequest, reply: FastifyReply, form?: { values: FormValues; errors: FieldErrors }) {
    const history = await service.repo.history(50);
    const ctx = pageContext(request, reply);
    return sendPage(reply, renderAdminCrisis(ctx, { notice: crisis.current(), history, values: form?.values ?? { severity: "serious" }, errors: form?.errors }), form ? 400 : 200);
  }

  function loadLocale(value: string): Locale {
    if (!isLocale(value)) throw notFound();
    return value;
  }

  app.get<LangParams>("/admin/crisis", async (request, reply) => showAdmin(request, reply));

  app.post<LangParams>("/admin/crisis", async (request, reply) => {
    const form = parseForm(CrisisSwitchOnSchema, request.body);
    if (!form.ok) return showAdmin(request, reply, form);
    const d = form.data;
    await service.switchOn({ severity: d.severity, country: d.country, text: textRow(request.locale, d) }, request.staff!.id);
    setFlash(reply, "admin.crisis.flash.on");
    return reply.redirect(`/${request.locale}/admin/crisis`, 303);
  });

  app.post<LangParams>("/admin/crisis/off", async (request, reply) => {
    const form = parseForm(CrisisSwitchOffSchema, request.body);
    if (!form.ok) throw notFound();
    const done = await service.switchOff(form.data.notice, request.staff!.id);
    setFlash(reply, done ? "admin.crisis.flash.off" : "admin.crisis.flash.alreadyOff");
    return reply.redirect(`/${request.locale}/admin/crisis`, 303);
  });

  app.get<TextParams>("/admin/crisis/text/:locale", async (request, reply) => {
    const locale = loadLocale(request.params.locale);
    const notice = crisis.current();
    if (!notice) return reply.redirect(`/${request.locale}/admin/crisis`, 303);
    const text = notice.texts.get(locale);
    const values: FormValues = text ? { ...text } : {};
    return sendPage(reply, renderTextForm(pageContext(request, reply), { locale, exists: Boolean(text), values }));
  });

  app.post<TextParams>("/admin/crisis/text/:locale", async (request, reply) => {
    const locale = loadLocale(request.params.locale);
    const notice = crisis.current();
    if (!notice) {
      setFlash(reply, "admin.crisis.flash.alreadyOff");
      return reply.redirect(`/${request.locale}/admin/crisis`, 303);
    }
    const form = parseForm(CrisisTextSchema, request.body);
    if (!form.ok) {
      return sendPage(reply, renderTextForm(pageContext(request, reply), { locale, exists: notice.texts.has(locale), values: form.values, errors: form.errors }), 400);
    }
    const saved = await service.saveText(notice.id, textRow(locale, form.data), request.staff!.id);
    setFlash(reply, saved ? "admin.crisis.flash.text" : "admin.crisis.flash.alreadyOff");
    return reply.redirect(`/${request.locale}/admin/crisis`, 303);
  });
};
