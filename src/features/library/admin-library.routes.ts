import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { MessageKey } from "../../i18n/i18n.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { can } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { forbidden, notFound } from "../../web/errors.ts";
import { firstString, parseForm, type FieldErrors, type FormValues } from "../../web/forms.ts";
import { acceptUploads } from "../../web/multipart.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { renderLibraryAdminList, renderWorkEdit } from "./admin-library.views.tsx";
import type { WorkFull } from "./library.repo.ts";
import { StatusFormSchema, VersionFormSchema, VersionTextFormSchema, WorkFormSchema } from "./library.schema.ts";
import { libraryService } from "./library.service.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
type Id = { Params: { lang: string; id: string } };

/**
 * Staff: works written one language at a time, a PDF per language version, and the flow
 * draft → in review → published. Editors (library.manage) do everything; translators
 * (library.submit) write a language's texts, upload its PDF and submit the work for review.
 * Every action is audited.
 */
export const adminLibraryRoutes: FastifyPluginAsync = async (app) => {
  const { db, storage, clock, config } = app.services;
  const library = libraryService(db, storage, clock, config);
  const repo = library.repo;
  const audit = auditRepo(db.kysely, clock);

  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", async (request) => {
    if (!can(request.staff ?? null, "library.manage") && !can(request.staff ?? null, "library.submit")) throw forbidden();
  });
  await acceptUploads(app, config, { file: { accept: ["document"] } });

  const manages = (request: FastifyRequest) => can(request.staff ?? null, "library.manage");
  const requireManage = (request: FastifyRequest) => {
    if (!manages(request)) throw forbidden();
  };
  const actor = (request: FastifyRequest) => request.staff!.id;
  // Translators submit their languages for review: a published work changes only through those who publish.
  // The edit page asks the same question, so it never offers a form this refuses.
  const changeable = (request: FastifyRequest, work: WorkFull | undefined) => !work || work.status !== "published" || manages(request);
  const requireChangeable = (request: FastifyRequest, work: WorkFull) => {
    if (!changeable(request, work)) throw forbidden();
  };

  function textLocale(request: FastifyRequest): Locale {
    const raw = firstString((request.body as Record<string, unknown> | undefined)?.in) ?? firstString((request.query as Record<string, unknown>).in);
    return isLocale(raw) ? raw : request.locale;
  }

  async function loadWork(id: string): Promise<WorkFull> {
    if (!UUID.test(id)) throw notFound();
    const work = await repo.findWork(id);
    if (!work) throw notFound();
    return work;
  }

  function workValues(w: WorkFull, locale: Locale): FormValues {
    const v = w.versions.find((x) => x.locale === locale);
    return { slug: w.slug, type: w.type, year: String(w.year), publisher: w.publisher, audiences: w.audiences.split(" ").filter(Boolean), region: w.region, topics: w.topics.split(" ").filter(Boolean), title: v?.title ?? "", summary: v?.summary ?? "" };
  }

  function show(request: FastifyRequest, reply: FastifyReply, v: { work?: WorkFull; values?: FormValues; errors?: FieldErrors; fileError?: MessageKey }) {
    const locale = textLocale(request);
    const values = { ...(v.work ? workValues(v.work, locale) : { region: "001" }), ...v.values };
    const status = v.errors || v.fileError ? 400 : 200;
    return sendPage(reply, renderWorkEdit(pageContext(request, reply), { work: v.work, locale, values, errors: v.errors, fileError: v.fileError, manages: manages(request), changeable: changeable(request, v.work), maxBytes: config.mediaMaxBytes.document }), status);
  }

  const back = (request: FastifyRequest, id: string, locale: Locale) => `/${request.locale}/admin/library/${id}?in=${locale}`;

  app.get("/admin/library", async (request, reply) => {
    return sendPage(reply, renderLibraryAdminList(pageContext(request, reply), { works: await repo.allWorks(), manages: manages(request) }));
  });

  app.get("/admin/library/new", async (request, reply) => {
    requireManage(request);
    return show(request, reply, {});
  });

  app.post("/admin/library", async (request, reply) => {
    requireManage(request);
    const locale = textLocale(request);
    const form = parseForm(WorkFormSchema, request.body);
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    if (form.ok && (await repo.slugTaken(form.data.slug))) errors.slug = "admin.library.error.slugTaken";
    if (!form.ok || Object.keys(errors).length) return show(request, reply, { values: form.values, errors });
    const id = await library.createWork({ ...form.data, locale });
    await audit.record({ userId: actor(request), action: "library_work.create", targetType: "library_work", targetId: id, details: { locale } });
    setFlash(reply, "admin.library.flash.saved");
    return reply.redirect(back(request, id, locale), 303);
  });

  app.get<Id>("/admin/library/:id", async (request, reply) => {
    return show(request, reply, { work: await loadWork(request.params.id) });
  });

  app.post<Id>("/admin/library/:id", async (request, reply) => {
    const work = await loadWork(request.params.id);
    requireChangeable(request, work);
    const locale = textLocale(request);
    if (manages(request)) {
      const form = parseForm(WorkFormSchema, request.body);
      const errors: FieldErrors = form.ok ? {} : { ...form.errors };
      if (form.ok && (await repo.slugTaken(form.data.slug, work.id))) errors.slug = "admin.library.error.slugTaken";
      if (!form.ok || Object.keys(errors).length) return show(request, reply, { work, values: form.values, errors });
      await library.saveWork(work, { ...form.data, locale });
    } else {
      const form = parseForm(VersionTextFormSchema, request.body);
      if (!form.ok) return show(request, reply, { work, values: form.values, errors: form.errors });
      await library.saveVersionText(work, locale, form.data);
    }
    await audit.record({ userId: actor(request), action: "library_work.edit", targetType: "library_work", targetId: work.id, details: { locale } });
    setFlash(reply, "admin.library.flash.saved");
    return reply.redirect(back(request, work.id, locale), 303);
  });

  app.post<Id>("/admin/library/:id/file", async (request, reply) => {
    const work = await loadWork(request.params.id);
    requireChangeable(request, work);
    const locale = textLocale(request);
    const version = work.versions.find((v) => v.locale === locale);
    const got = request.uploads.file;
    let error: MessageKey | undefined;
    if (!version) error = "admin.library.error.file.needText";
    else if (!got) error = "admin.library.error.file.missing";
    else if (!got.ok) error = `admin.library.error.file.${got.reason}` as MessageKey;
    if (error || !version || !got?.ok || got.kind === "text") return show(request, reply, { work, fileError: error ?? "admin.library.error.file.missing" });
    const result = await library.storeFile(version, got);
    if (!result.ok) return show(request, reply, { work, fileError: "admin.library.error.file.unreadable" });
    await audit.record({
      userId: actor(request),
      action: "library_work.upload",
      targetType: "library_work",
      targetId: work.id,
      details: { locale, pages: result.pages, chars: result.chars, truncated: result.truncated },
    });
    setFlash(reply, "admin.library.flash.uploaded");
    return reply.redirect(back(request, work.id, locale), 303);
  });

  app.post<Id>("/admin/library/:id/version/delete", async (request, reply) => {
    requireManage(request);
    const work = await loadWork(request.params.id);
    const form = parseForm(VersionFormSchema, request.body);
    if (!form.ok) throw notFound();
    const version = work.versions.find((v) => v.locale === form.data.in);
    if (!version) throw notFound();
    await library.removeVersion(version);
    await audit.record({ userId: actor(request), action: "library_work.remove_version", targetType: "library_work", targetId: work.id, details: { locale: version.locale } });
    setFlash(reply, "admin.library.flash.removed");
    return reply.redirect(back(request, work.id, version.locale as Locale), 303);
  });

  app.post<Id>("/admin/library/:id/status", async (request, reply) => {
    const work = await loadWork(request.params.id);
    const form = parseForm(StatusFormSchema, request.body);
    if (!form.ok) throw notFound();
    const action = form.data.action;
    if (action !== "review") requireManage(request);
    if (action === "review" && work.status !== "draft") throw notFound();
    await library.setStatus(work, action === "review" ? "in_review" : action === "publish" ? "published" : "draft");
    await audit.record({ userId: actor(request), action: `library_work.${action}`, targetType: "library_work", targetId: work.id });
    setFlash(reply, action === "review" ? "admin.library.flash.submitted" : action === "publish" ? "admin.library.flash.published" : "admin.library.flash.unpublished");
    return reply.redirect(back(request, work.id, textLocale(request)), 303);
  });
};
