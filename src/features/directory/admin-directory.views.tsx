import type { MessageKey } from "../../i18n/i18n.ts";
import { formatDate, formatDateTime } from "../../i18n/format.ts";
import { Checkboxes, CsrfField, ErrorSummary, Pagination, Select, TextArea, TextInput, countryOptions } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import { can } from "../../web/auth.ts";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import { ServiceFormFields } from "./directory-form.views.tsx";
import type { ImportReport } from "./directory.service.ts";
import { countryName } from "./directory.views.tsx";
import type { DatasetError } from "./hsds/errors.ts";

function DirectoryNav({ ctx }: { ctx: PageContext }) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <nav aria-label={t("directory.admin.navLabel")} class="subnav">
      <ul class="inline-list">
        <li><a href={`/${l}/admin/directory`}>{t("directory.admin.listTitle")}</a></li>
        {can(ctx.staff, "directory.edit") ? <li><a href={`/${l}/admin/directory/new`}>{t("directory.admin.new")}</a></li> : null}
        {can(ctx.staff, "directory.edit") ? <li><a href={`/${l}/admin/directory/proposals`}>{t("directory.admin.proposals")}</a></li> : null}
        {can(ctx.staff, "directory.moderate") ? <li><a href={`/${l}/admin/directory/reports`}>{t("directory.admin.reports")}</a></li> : null}
        {can(ctx.staff, "directory.import") ? <li><a href={`/${l}/admin/directory/import`}>{t("directory.admin.import")}</a></li> : null}
      </ul>
    </nav>
  );
}

export interface StaffListView {
  rows: {
    id: string;
    name: string;
    status: string;
    assured_date: string | null;
    organization_name: string | null;
    state: "published" | "hidden";
    country: string | null;
  }[];
  total: number;
  page: number;
  pageCount: number;
  filter: { q: string; country: string; state: string; stale: string };
  counts: { stale: number; proposals: number; reports: number };
  staleBefore: string;
}

export function renderStaffList(ctx: PageContext, v: StaffListView) {
  const t = ctx.t;
  const l = ctx.locale;
  const params = Object.fromEntries(Object.entries(v.filter).filter(([, value]) => value));
  return (
    <Layout ctx={ctx} title={t("directory.admin.title")} area="admin">
      <h1>{t("directory.admin.title")}</h1>
      <DirectoryNav ctx={ctx} />
      <ul class="card-grid">
        <li class="card"><a href={`/${l}/admin/directory?stale=1&state=published`}>{t("directory.admin.staleCount", { count: v.counts.stale })}</a></li>
        {can(ctx.staff, "directory.edit") ? <li class="card"><a href={`/${l}/admin/directory/proposals`}>{t("directory.admin.proposalCount", { count: v.counts.proposals })}</a></li> : null}
        {can(ctx.staff, "directory.moderate") ? <li class="card"><a href={`/${l}/admin/directory/reports`}>{t("directory.admin.reportCount", { count: v.counts.reports })}</a></li> : null}
      </ul>
      <form method="get" action={`/${l}/admin/directory`} class="filters" novalidate>
        <TextInput ctx={ctx} name="q" type="search" label={t("directory.admin.filterName")} values={{ q: v.filter.q }} />
        <Select ctx={ctx} name="country" label={t("directory.form.country")} values={{ country: v.filter.country }} options={countryOptions(ctx, t("directory.filter.anyCountry"))} />
        <Select
          ctx={ctx}
          name="state"
          label={t("directory.admin.state")}
          values={{ state: v.filter.state }}
          options={[
            { value: "", label: t("directory.admin.stateAny") },
            { value: "published", label: t("directory.admin.statePublished") },
            { value: "hidden", label: t("directory.admin.stateHidden") },
          ]}
        />
        <Checkboxes ctx={ctx} name="stale" label={t("directory.admin.verification")} options={[{ value: "1", label: t("directory.admin.staleOnly") }]} values={{ stale: v.filter.stale }} />
        <button type="submit" class="button button-secondary">{t("admin.filter")}</button>
      </form>
      <p>{t("directory.admin.total", { count: v.total })}</p>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{t("directory.admin.listTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("directory.admin.service")}</th>
              <th scope="col">{t("directory.form.country")}</th>
              <th scope="col">{t("directory.admin.state")}</th>
              <th scope="col">{t("directory.admin.lastChecked")}</th>
            </tr>
          </thead>
          <tbody>
            {v.rows.map((r) => {
              const stale = !r.assured_date || r.assured_date < v.staleBefore;
              return (
                <tr>
                  <td>
                    <a href={`/${l}/admin/directory/services/${r.id}`} dir="auto">{r.name}</a>
                    {r.organization_name ? <><br /><span class="meta" dir="auto">{r.organization_name}</span></> : null}
                  </td>
                  <td>{r.country ? countryName(ctx, r.country) : "–"}</td>
                  <td>
                    <span class={`tag tag-${r.state === "published" ? "published" : "draft"}`}>
                      {r.state === "published" ? t("directory.admin.statePublished") : t("directory.admin.stateHidden")}
                    </span>
                  </td>
                  <td>
                    {r.assured_date ? formatDate(ctx.locale, r.assured_date, "medium") : t("directory.admin.never")}
                    {stale ? <> <span class="tag tag-missing">{t("directory.admin.needsCheck")}</span></> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pagination ctx={ctx} page={v.page} pageCount={v.pageCount} baseUrl={`/${l}/admin/directory`} params={params} />
    </Layout>
  );
}

export interface EditorView {
  mode: "new" | "edit";
  values: FormValues;
  errors?: FieldErrors | undefined;
  serviceId?: string;
  state?: "published" | "hidden";
  assured?: { date: string | null; email: string | null };
  extraLocations?: number;
  staleBefore?: string;
  openReports?: number;
}

export function renderServiceEditor(ctx: PageContext, v: EditorView) {
  const t = ctx.t;
  const l = ctx.locale;
  const title = v.mode === "new" ? t("directory.admin.new") : t("directory.admin.editTitle", { name: typeof v.values.name === "string" ? v.values.name : "" });
  const stale = v.assured ? !v.assured.date || (v.staleBefore !== undefined && v.assured.date < v.staleBefore) : false;
  return (
    <Layout ctx={ctx} title={title} area="admin" hasErrors={Boolean(v.errors)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} /> : null}
      <h1 dir="auto">{title}</h1>
      <DirectoryNav ctx={ctx} />
      {v.mode === "edit" && v.serviceId ? (
        <section class="panel" aria-labelledby="record-state">
          <h2 id="record-state">{t("directory.admin.recordState")}</h2>
          <p>
            {v.state === "published" ? t("directory.admin.isPublished") : t("directory.admin.isHidden")}{" "}
            {v.state === "published" ? <a href={`/${l}/services/${v.serviceId}`}>{t("directory.admin.viewPublic")}</a> : null}
          </p>
          <p>
            {v.assured?.date ? t("directory.admin.checkedBy", { date: formatDate(ctx.locale, v.assured.date), who: v.assured.email ?? "–" }) : t("directory.admin.neverChecked")}
            {stale ? <> <span class="tag tag-missing">{t("directory.admin.needsCheck")}</span></> : null}
          </p>
          {v.openReports ? <p><a href={`/${l}/admin/directory/reports`}>{t("directory.admin.openReports", { count: v.openReports })}</a></p> : null}
          <div class="button-row">
            <form method="post" action={`/${l}/admin/directory/services/${v.serviceId}/verify`}>
              <CsrfField ctx={ctx} />
              <button type="submit" class="button">{t("directory.admin.verify")}</button>
            </form>
            <form method="post" action={`/${l}/admin/directory/services/${v.serviceId}/${v.state === "published" ? "hide" : "publish"}`}>
              <CsrfField ctx={ctx} />
              <button type="submit" class="button button-secondary">{v.state === "published" ? t("directory.admin.hide") : t("directory.admin.publish")}</button>
            </form>
          </div>
          {v.extraLocations ? <p class="notice">{t("directory.admin.extraLocations", { count: v.extraLocations })}</p> : null}
        </section>
      ) : null}
      <form method="post" action={v.mode === "new" ? `/${l}/admin/directory/new` : `/${l}/admin/directory/services/${v.serviceId}`} novalidate class="service-form">
        <CsrfField ctx={ctx} />
        <ServiceFormFields ctx={ctx} values={v.values} errors={v.errors} staff />
        <div class="button-row">
          <button type="submit" class="button" name="intent" value="publish">{v.mode === "new" ? t("directory.admin.createPublish") : t("directory.admin.save")}</button>
          {v.mode === "new" ? <button type="submit" class="button button-secondary" name="intent" value="hide">{t("directory.admin.createHidden")}</button> : null}
        </div>
      </form>
    </Layout>
  );
}

export function renderProposals(
  ctx: PageContext,
  v: { rows: { id: string; country: string; organization_name: string; service_name: string; submitted_at: string; decision_note: string | null; service_id: string | null }[]; total: number; state: string },
) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("directory.admin.proposals")} area="admin">
      <h1>{t("directory.admin.proposals")}</h1>
      <DirectoryNav ctx={ctx} />
      <ul class="inline-list">
        {(["pending", "approved", "rejected"] as const).map((s) => (
          <li>{s === v.state ? <strong aria-current="page">{t(`directory.admin.proposals.${s}`)}</strong> : <a href={`/${l}/admin/directory/proposals?state=${s}`}>{t(`directory.admin.proposals.${s}`)}</a>}</li>
        ))}
      </ul>
      {v.total === 0 ? <p>{t("directory.admin.proposalsNone")}</p> : null}
      {v.total ? (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t("directory.admin.proposals")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("directory.admin.service")}</th>
                <th scope="col">{t("directory.form.country")}</th>
                <th scope="col">{t("directory.admin.submitted")}</th>
              </tr>
            </thead>
            <tbody>
              {v.rows.map((r) => (
                <tr>
                  <td>
                    {v.state === "pending" ? <a href={`/${l}/admin/directory/proposals/${r.id}`} dir="auto">{r.service_name}</a> : r.service_id ? <a href={`/${l}/admin/directory/services/${r.service_id}`} dir="auto">{r.service_name}</a> : <span dir="auto">{r.service_name}</span>}
                    <br />
                    <span class="meta" dir="auto">{r.organization_name}</span>
                    {r.decision_note ? <><br /><span class="meta" dir="auto">{r.decision_note}</span></> : null}
                  </td>
                  <td>{countryName(ctx, r.country)}</td>
                  <td>{formatDateTime(ctx.locale, r.submitted_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Layout>
  );
}

export function renderProposalReview(
  ctx: PageContext,
  v: {
    proposal: { id: string; submitted_at: string; locale: string; state: string };
    values: FormValues;
    errors?: FieldErrors | undefined;
    rejectErrors?: FieldErrors | undefined;
    rejectValues?: FormValues | undefined;
  },
) {
  const t = ctx.t;
  const l = ctx.locale;
  const contactEmail = typeof v.values.contact_email === "string" ? v.values.contact_email : "";
  const contactName = typeof v.values.contact_name === "string" ? v.values.contact_name : "";
  return (
    <Layout ctx={ctx} title={t("directory.admin.reviewTitle")} area="admin" hasErrors={Boolean(v.errors || v.rejectErrors)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} /> : null}
      {v.rejectErrors ? <ErrorSummary ctx={ctx} errors={v.rejectErrors} /> : null}
      <h1>{t("directory.admin.reviewTitle")}</h1>
      <DirectoryNav ctx={ctx} />
      <p>{t("directory.admin.reviewIntro", { date: formatDateTime(ctx.locale, v.proposal.submitted_at) })}</p>
      {contactEmail ? (
        <p>
          {t("directory.admin.proposer")} <span dir="auto">{contactName}</span> <a href={`mailto:${contactEmail}`} dir="ltr">{contactEmail}</a>
        </p>
      ) : null}
      <form method="post" action={`/${l}/admin/directory/proposals/${v.proposal.id}/approve`} novalidate class="service-form">
        <CsrfField ctx={ctx} />
        <ServiceFormFields ctx={ctx} values={v.values} errors={v.errors} staff />
        <button type="submit" class="button">{t("directory.admin.approve")}</button>
      </form>
      <form method="post" action={`/${l}/admin/directory/proposals/${v.proposal.id}/reject`} novalidate class="panel">
        <CsrfField ctx={ctx} />
        <TextArea ctx={ctx} name="reason" label={t("directory.admin.rejectReason")} hint={t("directory.admin.rejectHint")} errors={v.rejectErrors} values={v.rejectValues} rows={3} />
        <button type="submit" class="button button-warning">{t("directory.admin.reject")}</button>
      </form>
    </Layout>
  );
}

export function renderReports(
  ctx: PageContext,
  v: { rows: { id: string; service_id: string; service_name: string | null; problem: string; details: string | null; created_at: string; locale: string }[]; total: number; state: "open" | "resolved" },
) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("directory.admin.reports")} area="admin">
      <h1>{t("directory.admin.reports")}</h1>
      <DirectoryNav ctx={ctx} />
      <ul class="inline-list">
        {(["open", "resolved"] as const).map((s) => (
          <li>{s === v.state ? <strong aria-current="page">{t(`directory.admin.reports.${s}`)}</strong> : <a href={`/${l}/admin/directory/reports?state=${s}`}>{t(`directory.admin.reports.${s}`)}</a>}</li>
        ))}
      </ul>
      {v.total === 0 ? <p>{t("directory.admin.reportsNone")}</p> : null}
      <ul class="report-list">
        {v.rows.map((r) => (
          <li class="panel">
            <h2 class="h3">
              <a href={`/${l}/admin/directory/services/${r.service_id}`} dir="auto">{r.service_name ?? r.service_id}</a>
            </h2>
            <p>
              <strong>{t(`directory.report.problem.${r.problem}` as MessageKey)}</strong> · <span class="meta">{formatDateTime(ctx.locale, r.created_at)}</span>
            </p>
            {r.details ? <p dir="auto" class="prewrap">{r.details}</p> : null}
            {v.state === "open" ? (
              <form method="post" action={`/${l}/admin/directory/reports/${r.id}/resolve`}>
                <CsrfField ctx={ctx} />
                <button type="submit" class="button button-secondary">{t("directory.admin.resolve")}</button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** The upload form and, after an import, its report: what was written, or every rejected record and why. */
export function renderImportForm(
  ctx: PageContext,
  v: { values: FormValues; errors?: FieldErrors; report?: ImportReport; fileName?: string; fileError?: DatasetError },
) {
  const t = ctx.t;
  const l = ctx.locale;
  const failed = v.report && !v.report.ok;
  return (
    <Layout ctx={ctx} title={t("directory.import.title")} area="admin" hasErrors={Boolean(v.errors || failed)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} /> : null}
      <h1>{t("directory.import.title")}</h1>
      <DirectoryNav ctx={ctx} />
      {v.fileError ? (
        <div class="notice notice-urgent" role="alert">
          <p>{t(`directory.import.fileError.${v.fileError.code}` as MessageKey, { ...v.fileError.params })}</p>
          <p>{t("directory.import.nothingChanged")}</p>
        </div>
      ) : null}
      {v.report?.ok ? (
        <div class="flash" role="status">
          <p>{t("directory.import.done", { count: v.report.services })}</p>
          <ul>
            {Object.entries(v.report.counts)
              .filter(([, n]) => n)
              .map(([table, n]) => (
                <li><code>{table}</code>: {n}</li>
              ))}
          </ul>
          {v.report.warnings.length ? (
            <>
              <p>{t("directory.import.warnings", { count: v.report.warnings.length })}</p>
              <ul>
                {v.report.warnings.slice(0, 200).flatMap((w) =>
                  w.issues.map((issue) => (
                    <li>
                      <code>{w.table}</code> <code dir="ltr">{w.id ?? ""}</code> <code dir="ltr">{issue.field}</code>:{" "}
                      {t("directory.import.issue.reference", { table: String(issue.params?.table ?? ""), id: String(issue.params?.id ?? "") })}
                    </li>
                  )),
                )}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      {v.report && !v.report.ok ? (
        <section class="notice notice-urgent" aria-labelledby="import-problems" role="alert">
          <h2 id="import-problems">{v.report.rejected.length ? t("directory.import.rejected", { count: v.report.rejected.length }) : t("directory.import.empty")}</h2>
          <p>{t("directory.import.nothingChanged")}</p>
          {v.report.rejected.length ? (
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">{t("directory.import.rejectedCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("directory.import.record")}</th>
                    <th scope="col">{t("directory.import.field")}</th>
                    <th scope="col">{t("directory.import.reason")}</th>
                  </tr>
                </thead>
                <tbody>
                  {v.report.rejected.slice(0, 500).flatMap((r) =>
                    r.issues.map((issue) => (
                      <tr>
                        <td>
                          <code>{r.table}</code> {r.name ? <span dir="auto">{r.name}</span> : null}
                          <br />
                          <code dir="ltr">{r.id ?? `#${r.index}`}</code>
                        </td>
                        <td><code dir="ltr">{issue.path || issue.field}</code></td>
                        <td>{t(`directory.import.issue.${issue.code}` as MessageKey, { ...(issue.params ?? {}) })}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      ) : null}
      <p>{t("directory.import.intro")}</p>
      <form method="post" action={`/${l}/admin/directory/import`} enctype="multipart/form-data" novalidate>
        <CsrfField ctx={ctx} />
        <TextInput
          ctx={ctx}
          type="file"
          name="dataset"
          label={t("directory.import.file")}
          hint={t("directory.import.fileHint")}
          accept=".json,.zip,application/json,application/zip"
          errors={v.errors}
          dir="ltr"
        />
        <Checkboxes ctx={ctx} name="publish" label={t("directory.import.publishLabel")} options={[{ value: "1", label: t("directory.import.publish") }]} values={v.values} />
        <TextInput ctx={ctx} name="language" label={t("directory.import.language")} hint={t("directory.import.languageHint")} values={v.values} width="short" dir="ltr" />
        <button type="submit" class="button">{t("directory.import.submit")}</button>
      </form>
      <h2>{t("directory.import.exportTitle")}</h2>
      <ul>
        <li><a href={`/${l}/admin/directory/export.json`} download>{t("directory.import.exportJson")}</a></li>
        <li><a href={`/${l}/admin/directory/export.zip`} download>{t("directory.import.exportZip")}</a></li>
      </ul>
    </Layout>
  );
}
