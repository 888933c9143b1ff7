import type { FastifyPluginAsync } from "fastify";
import { requirePermission } from "../../web/auth.ts";
import { pageContext, type PageContext } from "../../web/context.ts";
import { toCsv } from "../../web/csv.ts";
import { badRequest } from "../../web/errors.ts";
import { firstString, parseForm } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { statisticsRepo } from "./statistics.repo.ts";
import { RangeSchema, daysOf, resolveRange, type ExportTable, type Range } from "./statistics.schema.ts";
import { languageLabel, renderDashboard, tagLabel, type DashboardData } from "./statistics.views.tsx";

const TOP_PAGES = 25;

/** The query string's range fields, first value only (a repeated parameter is not an error). */
function rangeQuery(query: unknown) {
  const q = (query ?? {}) as Record<string, unknown>;
  return { from: firstString(q.from) ?? "", to: firstString(q.to) ?? "", ...(q.table !== undefined ? { table: firstString(q.table) ?? "" } : {}) };
}

/** Staff read the privacy-respecting statistics: page views and visitors per day, page, language and topic. */
export const adminStatisticsRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const repo = statisticsRepo(db.kysely);
  const audit = auditRepo(db.kysely, clock);
  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", requirePermission("statistics.view"));

  async function load(range: Range): Promise<DashboardData> {
    // This instance's last few seconds of counts first, so the dashboard is current.
    await app.services.stats.flush();
    const [site, languages, pages, tags] = await Promise.all([
      repo.siteByDay(range.from, range.to),
      repo.byLanguage(range.from, range.to),
      repo.topPages(range.from, range.to, TOP_PAGES),
      repo.byTag(range.from, range.to),
    ]);
    const byDay = new Map(site.map((d) => [d.day, d]));
    const days = daysOf(range).map((day) => byDay.get(day) ?? { day, views: 0, visitors: 0 });
    return { range, days, languages, pages, tags };
  }

  app.get("/admin/statistics", async (request, reply) => {
    const raw = rangeQuery(request.query);
    const form = parseForm(RangeSchema, { from: raw.from, to: raw.to });
    const ctx = pageContext(request, reply);
    if (!form.ok) return sendPage(reply, renderDashboard(ctx, { values: form.values, errors: form.errors, data: null }), 400);
    const range = resolveRange(form.data, clock());
    const data = await load(range);
    return sendPage(reply, renderDashboard(ctx, { values: { from: range.from, to: range.to }, data }));
  });

  app.get("/admin/statistics/export.csv", async (request, reply) => {
    const form = parseForm(RangeSchema, { table: "days", ...rangeQuery(request.query) });
    if (!form.ok) throw badRequest();
    const range = resolveRange(form.data, clock());
    const table = form.data.table ?? "days";
    await app.services.stats.flush();
    const rows = await repo.dailyRows(table, range.from, range.to);
    const csv = exportCsv(pageContext(request, reply), table, rows);
    await audit.record({ userId: request.staff!.id, action: "statistics.exported", details: { table, from: range.from, to: range.to } });
    return reply
      .type("text/csv; charset=utf-8")
      .header("Content-Disposition", `attachment; filename="statistics-${table}-${range.from}-${range.to}.csv"`)
      .send(csv);
  });
};

/** The daily counts as CSV: a byte order mark so spreadsheets read UTF-8, translated headers, formulas guarded. */
function exportCsv(ctx: PageContext, table: ExportTable, rows: Awaited<ReturnType<ReturnType<typeof statisticsRepo>["dailyRows"]>>): string {
  const t = ctx.t;
  const nameHead = table === "pages" ? [t("admin.stats.page")] : table === "tags" ? [t("admin.stats.tag")] : [];
  const header = [t("admin.stats.day"), ...nameHead, t("admin.stats.language"), t("admin.stats.views"), t("admin.stats.visitors")];
  const body = rows.map((r) => [
    r.day,
    ...(table === "pages" ? [r.name] : table === "tags" ? [tagLabel(ctx, r.name)] : []),
    languageLabel(ctx, r.language),
    r.views,
    r.visitors,
  ]);
  return `\uFEFF${toCsv([header, ...body], { spreadsheetSafe: true })}`;
}
