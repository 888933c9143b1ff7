import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import multipart, { type MultipartFile } from "@fastify/multipart";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { z } from "zod";
import { can, requirePermission, type StaffUser } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { forbidden, notFound } from "../../web/errors.ts";
import { parseForm, type FieldErrors, type FormValues } from "../../web/forms.ts";
import { refuseMultipartWithoutBoundary } from "../../web/multipart.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { exportEverything } from "./directory.export.ts";
import { ServiceFormSchema, formFromTables, newFormIds, tablesFromForm, type FormIds } from "./directory.form.ts";
import { readDatasetBytes } from "./directory.import.ts";
import { directoryQueueRepo } from "./directory.repo.ts";
import { directoryService, type ImportReport } from "./directory.service.ts";
import { isDatasetError } from "./hsds/errors.ts";
import { nestServices } from "./hsds/nest.ts";
import { writeTabularZip } from "./hsds/tabular.ts";
import {
  renderImportForm,
  renderProposalReview,
  renderProposals,
  renderReports,
  renderServiceEditor,
  renderStaffList,
} from "./admin-directory.views.tsx";

type P = { Params: { lang: string; id: string } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE_SIZE = 50;
const STALE_MONTHS = 12;

/** Staff who see only some countries' records: focal points without a wider role. */
function countryScope(staff: StaffUser): string[] | null {
  return staff.roles.some((r) => r === "admin" || r === "editor" || r === "moderator") ? null : staff.countries;
}

function staleBefore(now: Date): string {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - STALE_MONTHS);
  return d.toISOString().slice(0, 10);
}

const ListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  country: z.string().trim().toUpperCase().regex(/^([A-Z]{2})?$/).optional(),
  state: z.enum(["", "published", "hidden"]).optional(),
  stale: z.enum(["", "1"]).optional(),
  page: z.coerce.number().int().min(1).max(100000).optional(),
});

const RejectSchema = z.object({
  reason: z.string().trim().min(1, { error: "directory.admin.error.reason" }).max(1000, { error: "directory.form.error.tooLong" }),
});

/** The directory in the staff area: the list, editing and verifying, proposals, reports, import and export. */
export const adminDirectoryRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock, config } = app.services;
  const directory = directoryService(db, clock);
  const repo = directory.repo;
  const queues = directoryQueueRepo(db.kysely);
  const audit = auditRepo(db.kysely, clock);

  // Uploads stream to a private temporary file; one file, no bigger than the import limit.
  refuseMultipartWithoutBoundary(app);
  await app.register(multipart, {
    attachFieldsToBody: "keyValues",
    throwFileSizeLimit: false,
    limits: { fileSize: config.directoryImportMaxBytes, files: 1, fields: 10, fieldSize: 4096 },
    async onFile(part: MultipartFile) {
      // A file after the fields limit was hit arrives already destroyed (the request then fails with a
      // 413); piping it would wait forever.
      if (part.file.destroyed) return;
      const dir = await mkdtemp(path.join(tmpdir(), "vsp-import-"));
      const file = path.join(dir, "upload");
      await pipeline(part.file, createWriteStream(file, { mode: 0o600 }));
      (part as unknown as { value: unknown }).value = { file, dir, truncated: part.file.truncated, name: part.filename };
    },
  });

  app.addHook("onRequest", requireStaff);

  function scoped(request: FastifyRequest) {
    return countryScope(request.staff!);
  }

  /** Loads a service a member of staff may edit: focal points only in their countries. */
  async function loadEditable(request: FastifyRequest, id: string) {
    if (!UUID.test(id)) throw notFound();
    const meta = (await repo.serviceMeta([id])).get(id);
    if (!meta) throw notFound();
    const scope = scoped(request);
    if (scope && (!meta.country || !scope.includes(meta.country))) throw notFound();
    const tables = await directory.loadServiceTables([id], undefined, true);
    return { meta, tables };
  }

  app.get("/admin/directory", { preHandler: anyDirectoryRole }, async (request, reply) => {
    const parsed = ListQuerySchema.safeParse(request.query ?? {});
    const q = parsed.success ? parsed.data : {};
    const scope = scoped(request);
    const page = q.page ?? 1;
    const before = staleBefore(clock());
    const [list, stale, proposals, reports] = await Promise.all([
      repo.staffList(
        { q: q.q || undefined, country: q.country || undefined, countries: scope, state: q.state || undefined, staleBefore: q.stale ? before : undefined },
        { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
      ),
      repo.staleCount(before, scope),
      queues.pendingProposalCount(),
      queues.openReportCount(),
    ]);
    return sendPage(
      reply,
      renderStaffList(pageContext(request, reply), {
        rows: list.rows,
        total: list.total,
        page,
        pageCount: Math.max(1, Math.ceil(list.total / PAGE_SIZE)),
        filter: { q: q.q ?? "", country: q.country ?? "", state: q.state ?? "", stale: q.stale ?? "" },
        counts: { stale, proposals, reports },
        staleBefore: before,
      }),
    );
  });

  app.get("/admin/directory/new", { preHandler: requirePermission("directory.edit") }, async (request, reply) =>
    sendPage(reply, renderServiceEditor(pageContext(request, reply), { mode: "new", values: { mode: "in_person", free: "unknown", status: "active" } })),
  );

  /** Validates the form, checks a focal point's country, and saves; answers with the form on error. */
  async function saveForm(
    request: FastifyRequest,
    ids: FormIds,
    opts: { state: "published" | "hidden"; action: string; source: "staff" | "proposal" },
  ): Promise<{ ok: true } | { ok: false; values: FormValues; errors: FieldErrors }> {
    const form = parseForm(ServiceFormSchema, request.body);
    if (!form.ok) return { ok: false, values: form.values, errors: form.errors };
    const scope = scoped(request);
    if (scope && !scope.includes(form.data.country)) return { ok: false, values: form.values, errors: { country: "directory.admin.error.countryScope" } };
    const tables = tablesFromForm(form.data, ids, { now: clock() });
    await directory.saveFromForm(tables, ids, { state: opts.state, source: opts.source, userId: request.staff!.id, action: opts.action });
    return { ok: true };
  }

  app.post("/admin/directory/new", { preHandler: requirePermission("directory.edit") }, async (request, reply) => {
    const ids = newFormIds();
    const publish = (request.body as Record<string, unknown> | undefined)?.intent !== "hide";
    const saved = await saveForm(request, ids, { state: publish ? "published" : "hidden", action: "directory.create", source: "staff" });
    if (!saved.ok) return sendPage(reply, renderServiceEditor(pageContext(request, reply), { mode: "new", ...saved }), 400);
    setFlash(reply, "directory.admin.saved");
    return reply.redirect(`/${request.locale}/admin/directory/services/${ids.serviceId}`, 303);
  });

  app.get<P>("/admin/directory/services/:id", { preHandler: requirePermission("directory.edit") }, async (request, reply) => {
    const { meta, tables } = await loadEditable(request, request.params.id);
    const { values, extraLocations } = formFromTables(tables, request.params.id);
    const service = tables.service![0]!;
    const checker = await queues.lastVerifier(request.params.id);
    return sendPage(
      reply,
      renderServiceEditor(pageContext(request, reply), {
        mode: "edit",
        values,
        serviceId: request.params.id,
        state: meta.state,
        assured: { date: (service.assured_date as string | undefined) ?? null, email: checker ?? (service.assurer_email as string | undefined) ?? null },
        extraLocations,
        staleBefore: staleBefore(clock()),
        openReports: await queues.openReportCount(request.params.id),
      }),
    );
  });

  app.post<P>("/admin/directory/services/:id", { preHandler: requirePermission("directory.edit") }, async (request, reply) => {
    const { meta, tables } = await loadEditable(request, request.params.id);
    const { ids, extraLocations } = formFromTables(tables, request.params.id);
    const saved = await saveForm(request, ids, { state: meta.state, action: "directory.update", source: "staff" });
    if (!saved.ok) {
      const service = tables.service![0]!;
      return sendPage(
        reply,
        renderServiceEditor(pageContext(request, reply), {
          mode: "edit",
          ...saved,
          serviceId: request.params.id,
          state: meta.state,
          assured: { date: (service.assured_date as string | undefined) ?? null, email: (service.assurer_email as string | undefined) ?? null },
          extraLocations,
          staleBefore: staleBefore(clock()),
          openReports: 0,
        }),
        400,
      );
    }
    setFlash(reply, "directory.admin.saved");
    return reply.redirect(`/${request.locale}/admin/directory/services/${request.params.id}`, 303);
  });

  app.post<P>("/admin/directory/services/:id/verify", { preHandler: requirePermission("directory.edit") }, async (request, reply) => {
    await loadEditable(request, request.params.id);
    await directory.verify(request.params.id, request.staff!, config.contactEmail);
    setFlash(reply, "directory.admin.verified");
    return reply.redirect(`/${request.locale}/admin/directory/services/${request.params.id}`, 303);
  });

  for (const [action, state] of [["publish", "published"], ["hide", "hidden"]] as const) {
    app.post<P>(`/admin/directory/services/:id/${action}`, { preHandler: requirePermission("directory.edit") }, async (request, reply) => {
      await loadEditable(request, request.params.id);
      await directory.setState(request.params.id, state, request.staff!.id);
      setFlash(reply, state === "published" ? "directory.admin.published" : "directory.admin.hidden");
      return reply.redirect(`/${request.locale}/admin/directory/services/${request.params.id}`, 303);
    });
  }

  // ---- proposals from organisations ----

  app.get("/admin/directory/proposals", { preHandler: requirePermission("directory.edit") }, async (request, reply) => {
    const state = (request.query as { state?: string }).state;
    const which = state === "approved" || state === "rejected" ? state : "pending";
    const list = await queues.listProposals(which, scoped(request), { limit: 200, offset: 0 });
    return sendPage(reply, renderProposals(pageContext(request, reply), { rows: list.rows, total: list.total, state: which }));
  });

  async function loadProposal(request: FastifyRequest, id: string) {
    if (!UUID.test(id)) throw notFound();
    const proposal = await queues.findProposal(id);
    if (!proposal) throw notFound();
    const scope = scoped(request);
    if (scope && !scope.includes(proposal.country)) throw notFound();
    return proposal;
  }

  app.get<P>("/admin/directory/proposals/:id", { preHandler: requirePermission("directory.edit") }, async (request, reply) => {
    const proposal = await loadProposal(request, request.params.id);
    const values = JSON.parse(proposal.payload) as FormValues;
    return sendPage(reply, renderProposalReview(pageContext(request, reply), { proposal, values }));
  });

  app.post<P>("/admin/directory/proposals/:id/approve", { preHandler: requirePermission("directory.edit") }, async (request, reply) => {
    const proposal = await loadProposal(request, request.params.id);
    if (proposal.state !== "pending") throw notFound();
    const ids = newFormIds();
    const saved = await saveForm(request, ids, { state: "published", action: "directory.proposal_approved", source: "proposal" });
    if (!saved.ok) return sendPage(reply, renderProposalReview(pageContext(request, reply), { proposal, values: saved.values, errors: saved.errors }), 400);
    await decide(proposal.id, proposal.payload, { state: "approved", userId: request.staff!.id, note: null, serviceId: ids.serviceId });
    setFlash(reply, "directory.admin.proposalApproved");
    return reply.redirect(`/${request.locale}/admin/directory/services/${ids.serviceId}`, 303);
  });

  app.post<P>("/admin/directory/proposals/:id/reject", { preHandler: requirePermission("directory.edit") }, async (request, reply) => {
    const proposal = await loadProposal(request, request.params.id);
    if (proposal.state !== "pending") throw notFound();
    const form = parseForm(RejectSchema, request.body);
    if (!form.ok) {
      return sendPage(
        reply,
        renderProposalReview(pageContext(request, reply), { proposal, values: JSON.parse(proposal.payload) as FormValues, rejectErrors: form.errors, rejectValues: form.values }),
        400,
      );
    }
    await decide(proposal.id, proposal.payload, { state: "rejected", userId: request.staff!.id, note: form.data.reason, serviceId: null });
    setFlash(reply, "directory.admin.proposalRejected");
    return reply.redirect(`/${request.locale}/admin/directory/proposals`, 303);
  });

  /** Records the decision and forgets the proposer's contact details, which were needed only until now. */
  async function decide(id: string, payload: string, d: { state: "approved" | "rejected"; userId: string; note: string | null; serviceId: string | null }) {
    const at = clock().toISOString();
    const { contact_name: _name, contact_email: _email, ...rest } = JSON.parse(payload) as Record<string, unknown>;
    await db.kysely.transaction().execute(async (trx) => {
      await queues.decideProposal(id, { ...d, at }, trx);
      await queues.clearProposalContact(id, JSON.stringify(rest), trx);
      await audit.record({ userId: d.userId, action: `directory.proposal_${d.state}`, targetType: "proposal", targetId: id }, trx);
    });
  }

  // ---- reports of wrong information ----

  app.get("/admin/directory/reports", { preHandler: requirePermission("directory.moderate") }, async (request, reply) => {
    const state = (request.query as { state?: string }).state === "resolved" ? "resolved" : "open";
    const list = await queues.listReports(state, { limit: 200, offset: 0 });
    return sendPage(reply, renderReports(pageContext(request, reply), { rows: list.rows, total: list.total, state }));
  });

  app.post<P>("/admin/directory/reports/:id/resolve", { preHandler: requirePermission("directory.moderate") }, async (request, reply) => {
    if (!UUID.test(request.params.id)) throw notFound();
    const done = await queues.resolveReport(request.params.id, request.staff!.id, clock().toISOString());
    if (!done) throw notFound();
    await audit.record({ userId: request.staff!.id, action: "directory.report_resolved", targetType: "report", targetId: request.params.id });
    setFlash(reply, "directory.admin.reportResolved");
    return reply.redirect(`/${request.locale}/admin/directory/reports`, 303);
  });

  // ---- import and export ----

  app.get("/admin/directory/import", { preHandler: requirePermission("directory.import") }, async (request, reply) =>
    sendPage(reply, renderImportForm(pageContext(request, reply), { values: { publish: "1" } })),
  );

  app.post("/admin/directory/import", { preHandler: requirePermission("directory.import") }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const upload = body.dataset as { file: string; dir: string; truncated: boolean; name: string } | undefined;
    const values: FormValues = { publish: body.publish === "1" ? "1" : "", language: typeof body.language === "string" ? body.language : "" };
    const ctx = () => pageContext(request, reply);
    try {
      if (!upload || typeof upload !== "object" || !upload.file) {
        return sendPage(reply, renderImportForm(ctx(), { values, errors: { dataset: "directory.import.error.noFile" } }), 400);
      }
      if (upload.truncated) {
        return sendPage(reply, renderImportForm(ctx(), { values, errors: { dataset: "directory.import.error.tooLarge" } }), 413);
      }
      if ((await stat(upload.file)).size === 0) {
        return sendPage(reply, renderImportForm(ctx(), { values, errors: { dataset: "directory.import.error.noFile" } }), 400);
      }
      const language = typeof body.language === "string" && /^[a-z]{2,3}$/.test(body.language) ? body.language : null;
      let report: ImportReport;
      try {
        const parsed = await readDatasetBytes(await readFile(upload.file), config.directoryImportMaxBytes);
        report = await directory.importDataset(parsed, { publish: body.publish === "1", source: "import", textLanguage: language, userId: request.staff!.id, label: upload.name });
      } catch (err) {
        if (!isDatasetError(err)) throw err;
        return sendPage(reply, renderImportForm(ctx(), { values, errors: { dataset: "directory.import.error.file" }, fileError: err }), 400);
      }
      return sendPage(reply, renderImportForm(ctx(), { values, report, fileName: upload.name }), report.ok ? 200 : 400);
    } finally {
      if (upload?.dir) await rm(upload.dir, { recursive: true, force: true });
    }
  });

  app.get("/admin/directory/export.json", { preHandler: requirePermission("directory.import") }, async (request, reply) => {
    const tables = await exportEverything(db);
    await audit.record({ userId: request.staff!.id, action: "directory.export", targetType: "directory", details: { format: "json" } });
    return reply.type("application/json").header("Content-Disposition", 'attachment; filename="hsds-services-all.json"').send(JSON.stringify(nestServices(tables)));
  });

  app.get("/admin/directory/export.zip", { preHandler: requirePermission("directory.import") }, async (request, reply) => {
    const tables = await exportEverything(db);
    await audit.record({ userId: request.staff!.id, action: "directory.export", targetType: "directory", details: { format: "zip" } });
    return reply.type("application/zip").header("Content-Disposition", 'attachment; filename="hsds-datapackage-all.zip"').send(Buffer.from(writeTabularZip(tables)));
  });

  async function anyDirectoryRole(request: FastifyRequest) {
    if (!can(request.staff, "directory.edit") && !can(request.staff, "directory.moderate")) throw forbidden();
  }
};
