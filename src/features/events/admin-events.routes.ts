import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { requirePermission } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { firstString, parseForm, type FieldErrors, type FormValues } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { renderEventAdminList, renderEventEdit } from "./admin-events.views.tsx";
import type { EventFull } from "./events.repo.ts";
import { parseEventForm, PublishFormSchema, StatusFormSchema } from "./events.schema.ts";
import { eventsService, pickText } from "./events.service.ts";
import { localInputValue } from "./events.time.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
type Id = { Params: { lang: string; id: string } };

/** The form's values for an event: its shared facts and its texts in one language. */
function eventValues(e: EventFull, locale: Locale): FormValues {
  const text = e.texts.find((x) => x.locale === locale);
  const codes = e.languages.split(" ").filter(Boolean);
  return {
    slug: e.slug,
    type: e.type,
    attendance: e.attendance,
    time_zone: e.time_zone,
    starts_local: localInputValue(e.starts_at, e.time_zone),
    ends_local: localInputValue(e.ends_at, e.time_zone),
    country: e.country ?? "",
    languages: codes.filter((c) => isLocale(c)),
    other_languages: codes.filter((c) => !isLocale(c)).join(" "),
    venue_name: e.venue_name ?? "",
    venue_address: e.venue_address ?? "",
    livestream_url: e.livestream_url ?? "",
    registration_url: e.registration_url ?? "",
    organizer: e.organizer ?? "",
    organizer_url: e.organizer_url ?? "",
    title: text?.title ?? "",
    summary: text?.summary ?? "",
    description: text?.description ?? "",
    accessibility: text?.accessibility ?? "",
  };
}

/** Staff: events written one language at a time (shared facts once), their status and publication. Every change is audited. */
export const adminEventsRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const events = eventsService(db, clock);
  const repo = events.repo;
  const audit = auditRepo(db.kysely, clock);

  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", requirePermission("events.manage"));

  /** The language whose texts are being written: the form's `in` or `?in=`, else the staff member's own. */
  function textLocale(request: FastifyRequest): Locale {
    const raw = firstString((request.body as Record<string, unknown> | undefined)?.in) ?? firstString((request.query as Record<string, unknown>).in);
    return isLocale(raw) ? raw : request.locale;
  }

  async function load(id: string): Promise<EventFull> {
    if (!UUID.test(id)) throw notFound();
    const e = await repo.findById(id);
    if (!e) throw notFound();
    return e;
  }

  function statusValues(e: EventFull, locale: Locale): FormValues {
    const text = e.texts.find((x) => x.locale === locale) ?? pickText(e.texts, locale);
    return { status: e.status, status_note: text?.status_note ?? "" };
  }

  function show(request: FastifyRequest, reply: FastifyReply, v: { event?: EventFull; values?: FormValues; errors?: FieldErrors; statusValues?: FormValues; statusErrors?: FieldErrors }) {
    const locale = textLocale(request);
    const values = v.values ?? (v.event ? eventValues(v.event, locale) : { attendance: "in_person", type: "commemoration", languages: [locale] });
    const status = v.statusValues ?? (v.event ? statusValues(v.event, locale) : undefined);
    const failed = Boolean(v.errors ?? v.statusErrors);
    return sendPage(reply, renderEventEdit(pageContext(request, reply), { event: v.event, locale, values, errors: v.errors, statusValues: status, statusErrors: v.statusErrors }), failed ? 400 : 200);
  }

  const actor = (request: FastifyRequest) => request.staff!.id;
  const back = (request: FastifyRequest, id: string, locale: Locale) => `/${request.locale}/admin/events/${id}?in=${locale}`;

  app.get("/admin/events", async (request, reply) => {
    return sendPage(reply, renderEventAdminList(pageContext(request, reply), await repo.all()));
  });

  app.get("/admin/events/new", async (request, reply) => show(request, reply, {}));

  app.post("/admin/events", async (request, reply) => {
    const locale = textLocale(request);
    const form = parseEventForm(request.body);
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    if (form.ok && (await repo.slugTaken(form.data.slug))) errors.slug = "admin.events.error.slugTaken";
    if (!form.ok || Object.keys(errors).length) return show(request, reply, { values: form.values, errors });
    const id = await events.createEvent(form.data, locale);
    await audit.record({ userId: actor(request), action: "event.create", targetType: "event", targetId: id, details: { locale, slug: form.data.slug } });
    setFlash(reply, "admin.events.flash.saved");
    return reply.redirect(back(request, id, locale), 303);
  });

  app.get<Id>("/admin/events/:id", async (request, reply) => show(request, reply, { event: await load(request.params.id) }));

  app.post<Id>("/admin/events/:id", async (request, reply) => {
    const e = await load(request.params.id);
    const locale = textLocale(request);
    const form = parseEventForm(request.body);
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    if (form.ok && (await repo.slugTaken(form.data.slug, e.id))) errors.slug = "admin.events.error.slugTaken";
    if (!form.ok || Object.keys(errors).length) return show(request, reply, { event: e, values: form.values, errors });
    await events.saveEvent(e, form.data, locale);
    await audit.record({ userId: actor(request), action: "event.edit", targetType: "event", targetId: e.id, details: { locale, sequence: e.sequence + 1 } });
    setFlash(reply, "admin.events.flash.saved");
    return reply.redirect(back(request, e.id, locale), 303);
  });

  app.post<Id>("/admin/events/:id/status", async (request, reply) => {
    const e = await load(request.params.id);
    const locale = textLocale(request);
    const form = parseForm(StatusFormSchema, request.body);
    if (!form.ok) return show(request, reply, { event: e, statusValues: form.values, statusErrors: form.errors });
    const noteLocale = e.texts.some((x) => x.locale === locale) ? locale : (pickText(e.texts, locale)?.locale ?? locale);
    await events.setStatus(e, form.data.status, form.data.status_note, noteLocale);
    await audit.record({ userId: actor(request), action: "event.status", targetType: "event", targetId: e.id, details: { from: e.status, to: form.data.status, locale: noteLocale } });
    setFlash(reply, "admin.events.flash.status");
    return reply.redirect(back(request, e.id, locale), 303);
  });

  app.post<Id>("/admin/events/:id/publish", async (request, reply) => {
    const e = await load(request.params.id);
    const form = parseForm(PublishFormSchema, request.body);
    if (!form.ok) throw notFound();
    await events.setPublication(e, form.data.action === "publish" ? "published" : "draft");
    await audit.record({ userId: actor(request), action: `event.${form.data.action}`, targetType: "event", targetId: e.id });
    setFlash(reply, form.data.action === "publish" ? "admin.events.flash.published" : "admin.events.flash.unpublished");
    return reply.redirect(back(request, e.id, textLocale(request)), 303);
  });
};
