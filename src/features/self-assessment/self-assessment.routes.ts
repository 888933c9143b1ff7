import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { can } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { parseForm, toValues, type FieldErrors, type FormValues } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { signedInStaff } from "../../web/session.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { PROVISION_GROUPS } from "../countries/provisions.ts";
import { reportCsv, reportPdf } from "./self-assessment.export.ts";
import type { AssessmentRow } from "./self-assessment.repo.ts";
import { isGroup, StartSchema } from "./self-assessment.schema.ts";
import { canAssess, groupValues, parseGroup, selfAssessmentService } from "./self-assessment.service.ts";
import { assessmentBase, renderGroupForm, renderIntro, renderOverview, renderReport } from "./self-assessment.views.tsx";
import type { StaffUser } from "../../web/auth.ts";

type P = { Params: { lang: string; code: string; id: string; group?: string } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The Member State self-assessment. The explanation and the questions are public; answering, the report
 * and proposing the result for the country profile are for focal points (their own countries) and
 * editors or admins (any country). An assessment outside someone's remit is answered as not found.
 */
export const selfAssessmentRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const service = selfAssessmentService(db, clock);

  async function showIntro(request: FastifyRequest, reply: FastifyReply, staff: StaffUser | null, values: FormValues = {}, errors?: FieldErrors) {
    const mayAnswer = can(staff, "countries.edit");
    const rows = staff && mayAnswer ? await service.listFor(staff) : [];
    const assessments = await Promise.all(
      rows.map(async (row) => ({ row, shown: await service.shownStatus(row), answered: (await service.repo.answers(row.id)).length })),
    );
    // The form's CSRF token is bound to the session, so the public page must know who is signed in.
    request.staff = staff;
    const ctx = pageContext(request, reply);
    const view = {
      signedIn: Boolean(staff),
      canStart: mayAnswer,
      assessments,
      countries: can(staff, "countries.publish") ? ("all" as const) : (staff?.countries ?? []),
      values: { year: String(clock().getUTCFullYear()), ...values },
      errors,
    };
    return sendPage(reply, renderIntro(ctx, view), errors ? 400 : 200);
  }

  app.get("/self-assessment", async (request, reply) => {
    const staff = await signedInStaff(request);
    // The same address shows a signed-in focal point their assessments: never cached as one public page.
    reply.header("Cache-Control", "private, no-cache");
    reply.header("Vary", "Cookie");
    return showIntro(request, reply, staff);
  });

  await app.register(async (staffOnly) => {
    staffOnly.addHook("onRequest", requireStaff);
    staffOnly.addHook("onRequest", async (_request, reply) => {
      reply.header("Cache-Control", "private, no-store");
    });

    async function load(request: FastifyRequest<P>): Promise<AssessmentRow> {
      const raw = request.params.code;
      if (!/^[a-z]{2}$/.test(raw) || !UUID.test(request.params.id)) throw notFound();
      const a = await service.findFor(request.staff, raw.toUpperCase(), request.params.id);
      if (!a) throw notFound();
      return a;
    }

    staffOnly.post("/self-assessment/start", async (request, reply) => {
      const staff = request.staff!;
      const body = toValues(request.body);
      const form = parseForm(StartSchema, { ...body, country: typeof body.country === "string" ? body.country.trim().toUpperCase() : body.country });
      if (!form.ok) return showIntro(request, reply, staff, body, form.errors);
      if (!canAssess(staff, form.data.country)) return showIntro(request, reply, staff, body, { country: "assessment.error.country" });
      const { row, created } = await service.start(staff, form.data);
      setFlash(reply, created ? "assessment.flash.started" : "assessment.flash.existing");
      return reply.redirect(assessmentBase(pageContext(request, reply), row), 303);
    });

    staffOnly.get<P>("/self-assessment/:code/:id", async (request, reply) => {
      const a = await load(request);
      const [answers, shown, proposal, editable] = await Promise.all([service.answers(a.id), service.shownStatus(a), service.proposalState(a), service.editable(a)]);
      return sendPage(reply, renderOverview(pageContext(request, reply), { a, answers, shown, proposal, editable }));
    });

    staffOnly.get<P>("/self-assessment/:code/:id/group/:group", async (request, reply) => {
      const a = await load(request);
      const group = request.params.group ?? "";
      if (!isGroup(group) || !(await service.editable(a))) throw notFound();
      const answers = await service.answers(a.id);
      return sendPage(reply, renderGroupForm(pageContext(request, reply), { a, group, values: groupValues(answers, group) }));
    });

    staffOnly.post<P>("/self-assessment/:code/:id/group/:group", async (request, reply) => {
      const a = await load(request);
      const group = request.params.group ?? "";
      if (!isGroup(group) || !(await service.editable(a))) throw notFound();
      const values = toValues(request.body);
      const parsed = parseGroup(group, values);
      if (!parsed.ok) return sendPage(reply, renderGroupForm(pageContext(request, reply), { a, group, values, errors: parsed.errors }), 400);
      await service.saveGroup(request.staff, a, group, parsed.answers);
      setFlash(reply, "assessment.flash.saved");
      const base = assessmentBase(pageContext(request, reply), a);
      const next = PROVISION_GROUPS[PROVISION_GROUPS.indexOf(group) + 1];
      return reply.redirect(values.then === "next" && next ? `${base}/group/${next}` : base, 303);
    });

    staffOnly.get<P>("/self-assessment/:code/:id/report", async (request, reply) => {
      const a = await load(request);
      return sendPage(reply, renderReport(pageContext(request, reply), { a, answers: await service.answers(a.id) }));
    });

    staffOnly.get<P>("/self-assessment/:code/:id/report.csv", async (request, reply) => {
      const a = await load(request);
      const csv = reportCsv(pageContext(request, reply), await service.answers(a.id));
      const name = `self-assessment-${a.country.toLowerCase()}-${a.year}.csv`;
      return reply.type("text/csv; charset=utf-8").header("Content-Disposition", `attachment; filename="${name}"`).send(csv);
    });

    staffOnly.get<P>("/self-assessment/:code/:id/report.pdf", async (request, reply) => {
      const a = await load(request);
      const pdf = await reportPdf(pageContext(request, reply), a, await service.answers(a.id), clock().toISOString().slice(0, 10));
      const name = `self-assessment-${a.country.toLowerCase()}-${a.year}.pdf`;
      return reply.type("application/pdf").header("Content-Disposition", `attachment; filename="${name}"`).send(pdf);
    });

    staffOnly.post<P>("/self-assessment/:code/:id/propose", async (request, reply) => {
      const a = await load(request);
      const base = assessmentBase(pageContext(request, reply), a);
      if (!(await service.editable(a))) throw notFound();
      const saved = await service.propose(request.staff!, a);
      setFlash(reply, !saved ? "assessment.flash.nothing" : saved.published ? "assessment.flash.published" : "assessment.flash.proposed");
      return reply.redirect(base, 303);
    });
  });
};

