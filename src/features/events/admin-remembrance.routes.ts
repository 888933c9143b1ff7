import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { requirePermission } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { firstString, parseForm, type FieldErrors, type FormValues } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { renderYearAdminList, renderYearEdit } from "./admin-remembrance.views.tsx";
import { YearFormSchema } from "./events.schema.ts";
import { eventsService } from "./events.service.ts";
import type { YearFull } from "./remembrance.repo.ts";

type YearParams = { Params: { lang: string; year: string } };

/** Staff: the International Day's years (theme, video page, message), one language at a time, audited. */
export const adminRemembranceRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const events = eventsService(db, clock);
  const audit = auditRepo(db.kysely, clock);

  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", requirePermission("events.manage"));

  function textLocale(request: FastifyRequest): Locale {
    const raw = firstString((request.body as Record<string, unknown> | undefined)?.in) ?? firstString((request.query as Record<string, unknown>).in);
    return isLocale(raw) ? raw : request.locale;
  }

  async function load(raw: string): Promise<YearFull> {
    if (!/^\d{4}$/.test(raw)) throw notFound();
    const y = await events.years.findYear(Number(raw));
    if (!y) throw notFound();
    return y;
  }

  function yearValues(y: YearFull, locale: Locale): FormValues {
    const text = y.texts.find((x) => x.locale === locale);
    return { year: String(y.year), video_url: y.video_url ?? "", theme: text?.theme ?? "", message: text?.message ?? "", message_url: text?.message_url ?? "" };
  }

  function show(request: FastifyRequest, reply: FastifyReply, v: { year?: YearFull; values?: FormValues; errors?: FieldErrors }) {
    const locale = textLocale(request);
    const values = v.values ?? (v.year ? yearValues(v.year, locale) : { year: String(clock().getUTCFullYear()) });
    return sendPage(reply, renderYearEdit(pageContext(request, reply), { year: v.year, locale, values, errors: v.errors }), v.errors ? 400 : 200);
  }

  const back = (request: FastifyRequest, year: number, locale: Locale) => `/${request.locale}/admin/remembrance/${year}?in=${locale}`;

  app.get("/admin/remembrance", async (request, reply) => sendPage(reply, renderYearAdminList(pageContext(request, reply), await events.years.years())));

  app.get("/admin/remembrance/new", async (request, reply) => show(request, reply, {}));

  app.post("/admin/remembrance", async (request, reply) => {
    const locale = textLocale(request);
    const form = parseForm(YearFormSchema, request.body);
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    if (form.ok && (await events.years.findYear(form.data.year))) errors.year = "admin.remembrance.error.yearExists";
    if (!form.ok || Object.keys(errors).length) return show(request, reply, { values: form.values, errors });
    await events.saveYear(undefined, form.data, locale);
    await audit.record({ userId: request.staff!.id, action: "remembrance_year.create", targetType: "remembrance_year", targetId: String(form.data.year), details: { locale } });
    setFlash(reply, "admin.remembrance.flash.saved");
    return reply.redirect(back(request, form.data.year, locale), 303);
  });

  app.get<YearParams>("/admin/remembrance/:year", async (request, reply) => show(request, reply, { year: await load(request.params.year) }));

  app.post<YearParams>("/admin/remembrance/:year", async (request, reply) => {
    const y = await load(request.params.year);
    const locale = textLocale(request);
    // The year itself is the record's key: it is not changed here.
    const form = parseForm(YearFormSchema, { ...(request.body as object), year: String(y.year) });
    if (!form.ok) return show(request, reply, { year: y, values: form.values, errors: form.errors });
    await events.saveYear(y, form.data, locale);
    await audit.record({ userId: request.staff!.id, action: "remembrance_year.edit", targetType: "remembrance_year", targetId: String(y.year), details: { locale } });
    setFlash(reply, "admin.remembrance.flash.saved");
    return reply.redirect(back(request, y.year, locale), 303);
  });
};
