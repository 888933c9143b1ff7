import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { compareText, regionName } from "../../i18n/format.ts";
import { can } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { forbidden, notFound } from "../../web/errors.ts";
import { toValues, type FieldErrors, type FormValues } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import {
  EDITABLE_SECTIONS,
  applyScheme,
  applySection,
  editLanguage,
  rowCount,
  schemeValues,
  sectionValues,
  type EditableSection,
} from "./admin-countries.form.ts";
import { renderAdminCountry, renderAdminCountryList, renderSchemeForm, renderSectionForm } from "./admin-countries.views.tsx";
import type { Locale } from "../../i18n/locales.ts";
import { UN_STATES, UN_STATE_BY_CODE } from "./countries.data.ts";
import type { CountryProfile } from "./countries.schema.ts";
import { canEditCountry, countriesService } from "./countries.service.ts";

type P = { Params: { lang: string; code: string; section?: string; id?: string } };

const ReviewSchema = z.object({
  decision: z.enum(["publish", "return"]),
  revision: z.coerce.number().int().min(1),
  note: z.string().trim().max(1000).optional(),
});

function note(values: FormValues): string | null {
  const n = typeof values.note === "string" ? values.note.trim().slice(0, 500) : "";
  return n || null;
}

/**
 * Country profiles in the staff area. Focal points edit their own countries (their changes wait for an
 * editor); editors and admins edit any country and publish at once, and review what focal points sent.
 * A country outside someone's remit is answered as not found.
 */
export const adminCountriesRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const countries = countriesService(db, clock);

  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", async (request) => {
    if (!can(request.staff, "countries.edit")) throw forbidden();
  });

  /** The country in the address, if this member of staff may edit it. */
  function editable(request: FastifyRequest<P>): string {
    const raw = request.params.code;
    const code = raw.toUpperCase();
    if (!/^[a-z]{2}$/.test(raw) || !UN_STATE_BY_CODE.has(code) || !canEditCountry(request.staff, code)) throw notFound();
    return code;
  }

  app.get("/admin/countries", async (request, reply) => {
    const pendingOnly = (request.query as { pending?: string }).pending === "1";
    const stored = new Map((await countries.repo.profiles()).map((p) => [p.code, p]));
    const compare = compareText(request.locale);
    const rows = UN_STATES.filter((s) => canEditCountry(request.staff, s.code))
      .map((s) => ({ code: s.code, name: regionName(request.locale, s.code), stored: stored.get(s.code) }))
      .filter((r) => !pendingOnly || r.stored?.pendingRevision)
      .sort((a, b) => compare(a.name, b.name));
    return sendPage(reply, renderAdminCountryList(pageContext(request, reply), { rows, pendingOnly }));
  });

  app.get<P>("/admin/countries/:code", async (request, reply) => {
    const code = editable(request);
    const working = await countries.workingProfile(code);
    const revisions = await countries.repo.revisions(code);
    const q = request.query as { from?: string; to?: string };
    let diff = null;
    const from = Number(q.from);
    const to = Number(q.to);
    if (Number.isInteger(from) && Number.isInteger(to) && to >= 1 && from >= 0 && from < to) {
      const [a, b] = await Promise.all([from ? countries.revision(code, from) : null, countries.revision(code, to)]);
      if (b) diff = { from, to, a: a ? JSON.stringify(a, null, 2) : "", b: JSON.stringify(b, null, 2) };
    }
    return sendPage(
      reply,
      renderAdminCountry(pageContext(request, reply), {
        code,
        profile: working.profile,
        number: working.number,
        pending: working.pending,
        published: working.published,
        canPublish: can(request.staff, "countries.publish"),
        revisions,
        diff,
      }),
    );
  });

  app.post<P>("/admin/countries/:code/review", async (request, reply) => {
    const code = editable(request);
    if (!can(request.staff, "countries.publish")) throw forbidden();
    const parsed = ReviewSchema.safeParse(request.body);
    if (!parsed.success) throw notFound();
    const done = await countries.review(request.staff!, code, parsed.data.revision, parsed.data.decision, parsed.data.note || null);
    setFlash(reply, done ? (parsed.data.decision === "publish" ? "admin.countries.flash.published" : "admin.countries.flash.returned") : "admin.countries.flash.stale");
    return reply.redirect(`/${request.locale}/admin/countries/${code.toLowerCase()}`, 303);
  });

  /** Brings back an earlier revision's content as a new revision (published, or sent for review). */
  app.post<P & { Params: { n: string } }>("/admin/countries/:code/revisions/:n/restore", async (request, reply) => {
    const code = editable(request);
    const n = Number(request.params.n);
    const old = Number.isInteger(n) && n > 0 ? await countries.revision(code, n) : null;
    if (!old) throw notFound();
    const saved = await countries.save(request.staff!, old, `↺ ${n}`);
    setFlash(reply, saved.published ? "admin.countries.flash.published" : "admin.countries.flash.submitted");
    return reply.redirect(`/${request.locale}/admin/countries/${code.toLowerCase()}`, 303);
  });

  function section(request: FastifyRequest<P>): EditableSection {
    const s = request.params.section ?? "";
    if (!(EDITABLE_SECTIONS as readonly string[]).includes(s)) throw notFound();
    return s as EditableSection;
  }

  function showSection(request: FastifyRequest<P>, reply: FastifyReply, v: { code: string; which: EditableSection; lang: Locale; profile: CountryProfile; values: FormValues; errors?: FieldErrors }) {
    const rows = v.which === "authority" || v.which === "numbers" ? rowCount(v.profile, v.which, v.errors ? v.values : undefined) : 0;
    const view = { code: v.code, section: v.which, lang: v.lang, values: v.values, errors: v.errors, rows, canPublish: can(request.staff, "countries.publish") };
    return sendPage(reply, renderSectionForm(pageContext(request, reply), view), v.errors ? 400 : 200);
  }

  app.get<P>("/admin/countries/:code/section/:section", async (request, reply) => {
    const code = editable(request);
    const which = section(request);
    const lang = editLanguage((request.query as { text?: string }).text ?? request.locale);
    const { profile } = await countries.workingProfile(code);
    return showSection(request, reply, { code, which, lang, profile, values: sectionValues(profile, which, lang) });
  });

  app.post<P>("/admin/countries/:code/section/:section", async (request, reply) => {
    const code = editable(request);
    const which = section(request);
    const lang = editLanguage((request.query as { text?: string }).text);
    const { profile } = await countries.workingProfile(code);
    const values = toValues(request.body);
    const result = applySection(profile, which, lang, values);
    if (!result.ok) return showSection(request, reply, { code, which, lang, profile, values, errors: result.errors });
    const saved = await countries.save(request.staff!, result.profile, note(values));
    setFlash(reply, saved.published ? "admin.countries.flash.published" : "admin.countries.flash.submitted");
    return reply.redirect(`/${request.locale}/admin/countries/${code.toLowerCase()}`, 303);
  });

  async function loadScheme(code: string, id: string | undefined) {
    const working = await countries.workingProfile(code);
    if (id === undefined) return { profile: working.profile, scheme: undefined };
    const scheme = working.profile.schemes.find((s) => s.id === id);
    if (!scheme) throw notFound();
    return { profile: working.profile, scheme };
  }

  const showScheme = (request: FastifyRequest<P>, reply: FastifyReply, code: string, id: string | null, values: FormValues, errors?: FieldErrors) =>
    sendPage(
      reply,
      renderSchemeForm(pageContext(request, reply), {
        code,
        schemeId: id,
        lang: editLanguage((request.query as { text?: string }).text ?? request.locale),
        values,
        errors,
        canPublish: can(request.staff, "countries.publish"),
      }),
      errors ? 400 : 200,
    );

  app.get<P>("/admin/countries/:code/schemes/new", async (request, reply) => {
    const code = editable(request);
    return showScheme(request, reply, code, null, schemeValues(undefined, editLanguage((request.query as { text?: string }).text ?? request.locale)));
  });

  app.get<P>("/admin/countries/:code/schemes/:id", async (request, reply) => {
    const code = editable(request);
    const { scheme } = await loadScheme(code, request.params.id);
    return showScheme(request, reply, code, scheme!.id, schemeValues(scheme, editLanguage((request.query as { text?: string }).text ?? request.locale)));
  });

  async function saveScheme(request: FastifyRequest<P>, reply: FastifyReply, id: string | undefined) {
    const code = editable(request);
    const { profile, scheme } = await loadScheme(code, id);
    const values = toValues(request.body);
    const result = applyScheme(profile, scheme, editLanguage((request.query as { text?: string }).text), values);
    if (!result.ok) return showScheme(request, reply, code, scheme?.id ?? null, values, result.errors);
    const saved = await countries.save(request.staff!, result.profile, note(values));
    setFlash(reply, saved.published ? "admin.countries.flash.published" : "admin.countries.flash.submitted");
    return reply.redirect(`/${request.locale}/admin/countries/${code.toLowerCase()}`, 303);
  }

  app.post<P>("/admin/countries/:code/schemes/new", async (request, reply) => saveScheme(request, reply, undefined));
  app.post<P>("/admin/countries/:code/schemes/:id", async (request, reply) => saveScheme(request, reply, request.params.id));

  app.post<P>("/admin/countries/:code/schemes/:id/delete", async (request, reply) => {
    const code = editable(request);
    const { profile, scheme } = await loadScheme(code, request.params.id);
    const saved = await countries.save(request.staff!, { ...profile, schemes: profile.schemes.filter((s) => s.id !== scheme!.id) }, `− ${scheme!.id}`);
    setFlash(reply, saved.published ? "admin.countries.flash.published" : "admin.countries.flash.submitted");
    return reply.redirect(`/${request.locale}/admin/countries/${code.toLowerCase()}`, 303);
  });
};
