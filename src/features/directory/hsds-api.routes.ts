import { readFileSync } from "node:fs";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { siteOrigin } from "../../web/context.ts";
import { ApiError, readOnlyJsonApi } from "../../web/json-api.ts";
import { queryTokens } from "../../i18n/segment.ts";
import { directoryApiRepo, type ApiServiceFilters } from "./directory.repo.ts";
import { directoryService } from "./directory.service.ts";
import { exportPublished } from "./directory.export.ts";
import { HSDS_STANDARD_DIR } from "./hsds/standard-files.ts";
import { compactRow, nestOrganizations, nestServiceAtLocations, nestServices } from "./hsds/nest.ts";
import { writeTabularZip } from "./hsds/tabular.ts";
import type { HsdsRow } from "./hsds/tables.ts";

const HSDS_VERSION = "3.0";
/** The base HSDS 3.0 specification: this API conforms to it with no further profile. */
const HSDS_PROFILE = "https://docs.openreferral.org/en/v3.0/hsds/";
const MAX_PER_PAGE = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const ListQuerySchema = z.object({
  search: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  per_page: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(50),
  format: z.enum(["json", "ndjson"]).default("json"),
  taxonomy_term_id: z.string().regex(UUID).optional(),
  taxonomy_id: z.string().regex(UUID).optional(),
  organization_id: z.string().regex(UUID).optional(),
  parent_id: z.string().regex(UUID).optional(),
  top_only: bool,
  modified_after: z
    .string()
    .optional()
    .refine((v) => v === undefined || !Number.isNaN(Date.parse(v)), { message: "modified_after must be a date-time" })
    .transform((v) => (v ? new Date(v).toISOString() : undefined)),
  minimal: bool,
  full: bool,
  full_service: bool,
  postcode: z.string().max(20).optional(),
  proximity: z.coerce.number().optional(),
});
type ListQuery = z.infer<typeof ListQuerySchema>;

function parseQuery(request: FastifyRequest): ListQuery {
  const parsed = ListQuerySchema.safeParse(request.query ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ApiError(400, `${String(issue.path[0] ?? "query")}: ${issue.message}`);
  }
  if (parsed.data.postcode !== undefined || parsed.data.proximity !== undefined) {
    throw new ApiError(400, "postcode and proximity are not supported by this API: use the portal's distance search");
  }
  return parsed.data;
}

/** The HSDS Page shape every list endpoint answers with. */
function pageOf<T>(contents: T[], total: number, q: ListQuery) {
  const totalPages = Math.max(1, Math.ceil(total / q.per_page));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: q.page,
    size: q.per_page,
    first_page: q.page === 1,
    last_page: q.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** A flat row without its nulls: the one-to-one fields of an object, as HSDS lists them. */
function oneToOne(row: HsdsRow): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(row)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

function serviceFilters(q: ListQuery): ApiServiceFilters {
  return {
    tokens: q.search ? queryTokens(q.search, "en") : [],
    taxonomyTermId: q.taxonomy_term_id,
    taxonomyId: q.taxonomy_id,
    organizationId: q.organization_id,
    modifiedAfter: q.modified_after,
  };
}

/** The Open Referral HSDS 3.0 API, read-only, over the published part of the directory. */
export const hsdsApiRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const api = directoryApiRepo(db.kysely, db.dialect);
  const directory = directoryService(db, clock);
  const limit = { config: { rateLimit: { max: 300, timeWindow: "1 minute" } } };
  const openapiTemplate = JSON.parse(readFileSync(`${HSDS_STANDARD_DIR}/schema/openapi.json`, "utf8")) as Record<string, unknown>;

  readOnlyJsonApi(app, "HSDS API");

  async function nestedServices(ids: string[]): Promise<object[]> {
    if (ids.length === 0) return [];
    const tables = await directory.loadServiceTables(ids, undefined, true);
    const nested = nestServices(tables) as { id: string }[];
    const byId = new Map(nested.map((s) => [s.id, s]));
    return ids.map((id) => byId.get(id)).filter((s): s is { id: string } => Boolean(s));
  }

  async function streamNdjson(reply: FastifyReply, f: ApiServiceFilters) {
    reply.type("application/x-ndjson");
    const lines: string[] = [];
    for (let page = 0; ; page++) {
      const { rows } = await api.servicePage(f, { limit: 500, offset: page * 500 });
      for (const s of await nestedServices(rows.map((r) => r.id))) lines.push(JSON.stringify(s));
      if (rows.length < 500) break;
    }
    return reply.send(lines.length ? `${lines.join("\n")}\n` : "");
  }

  app.get("/", limit, async (request) => ({
    version: HSDS_VERSION,
    profile: HSDS_PROFILE,
    openapi_url: `${siteOrigin(request)}/api/hsds/openapi.json`,
  }));

  app.get("/openapi.json", limit, async (request) => ({
    ...openapiTemplate,
    info: {
      title: "Victims Support Portal: directory of support services (HSDS 3.0 API)",
      version: "1.0.0",
      summary: "Support services for victims of terrorism, in the Open Referral Human Services Data Specification 3.0.",
      description:
        "Read-only HSDS 3.0 API over the published services of the Victims Support Portal directory. Lists are paginated (per_page at most 200); format=ndjson on /services streams every matching service without pagination. The `postcode` and `proximity` parameters are not supported.",
      license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
    },
    servers: [{ url: `${siteOrigin(request)}/api/hsds` }],
  }));

  app.get("/services", limit, async (request, reply) => {
    const q = parseQuery(request);
    const f = serviceFilters(q);
    if (q.format === "ndjson") return streamNdjson(reply, f);
    const { rows, total } = await api.servicePage(f, { limit: q.per_page, offset: (q.page - 1) * q.per_page });
    if (q.minimal) return pageOf(rows.map((r) => ({ id: r.id, ...(r.last_modified ? { last_modified: r.last_modified } : {}) })), total, q);
    if (q.full) return pageOf(await nestedServices(rows.map((r) => r.id)), total, q);
    const flat = await directory.repo.rowsWhere("service", "id", rows.map((r) => r.id));
    const byId = new Map(flat.map((r) => [r.id, r]));
    return pageOf(rows.map((r) => oneToOne(byId.get(r.id)!)).filter(Boolean), total, q);
  });

  app.get<{ Params: { id: string } }>("/services/:id", limit, async (request) => {
    const id = request.params.id;
    if (!UUID.test(id) || (await directory.repo.serviceMeta([id])).get(id)?.state !== "published") throw new ApiError(404, "No published service with this id");
    const [service] = await nestedServices([id]);
    if (!service) throw new ApiError(404, "No published service with this id");
    return service;
  });

  app.get("/service_at_locations", limit, async (request) => {
    const q = parseQuery(request);
    const { rows, total } = await api.serviceAtLocationPage(serviceFilters(q), { limit: q.per_page, offset: (q.page - 1) * q.per_page });
    if (rows.length === 0) return pageOf([], total, q);
    if (!q.full) {
      const flat = await directory.repo.rowsWhere("service_at_location", "id", rows.map((r) => r.id));
      const byId = new Map(flat.map((r) => [r.id, r]));
      return pageOf(rows.map((r) => compactRow("service_at_location", byId.get(r.id)!)), total, q);
    }
    const tables = await directory.loadServiceTables([...new Set(rows.map((r) => r.service_id))], undefined, true);
    const wanted = new Set(rows.map((r) => r.id));
    const nested = (nestServiceAtLocations(tables) as { id: string }[]).filter((s) => wanted.has(s.id));
    const byId = new Map(nested.map((s) => [s.id, s]));
    const contents = rows.map((r) => byId.get(r.id)).filter((s): s is { id: string } => Boolean(s));
    return pageOf(contents, total, q);
  });

  app.get<{ Params: { id: string } }>("/service_at_locations/:id", limit, async (request) => {
    const id = request.params.id;
    if (!UUID.test(id)) throw new ApiError(404, "Not found");
    const [sal] = await directory.repo.rowsWhere("service_at_location", "id", [id]);
    const serviceId = typeof sal?.service_id === "string" ? sal.service_id : null;
    if (!serviceId || (await directory.repo.serviceMeta([serviceId])).get(serviceId)?.state !== "published") throw new ApiError(404, "Not found");
    const tables = await directory.loadServiceTables([serviceId], undefined, true);
    const found = (nestServiceAtLocations(tables) as { id: string }[]).find((s) => s.id === id);
    if (!found) throw new ApiError(404, "Not found");
    return found;
  });

  app.get("/organizations", limit, async (request) => {
    const q = parseQuery(request);
    const tokens = q.search ? q.search.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 6) : [];
    const { rows, total } = await api.organizationPage(tokens, { limit: q.per_page, offset: (q.page - 1) * q.per_page });
    if (!q.full && !q.full_service) return pageOf(rows.map(oneToOne), total, q);
    const nested = nestOrganizations(await directory.loadOrganizationTables(rows, q.full_service), { fullService: q.full_service }) as { id: string }[];
    const byId = new Map(nested.map((o) => [o.id, o]));
    return pageOf(rows.map((r) => byId.get(r.id as string)).filter(Boolean), total, q);
  });

  app.get<{ Params: { id: string } }>("/organizations/:id", limit, async (request) => {
    const id = request.params.id;
    const q = parseQuery(request);
    if (!UUID.test(id) || !(await api.isPublishedOrganization(id))) throw new ApiError(404, "No organization with published services has this id");
    const orgs = await directory.repo.rowsWhere("organization", "id", [id]);
    const [org] = nestOrganizations(await directory.loadOrganizationTables(orgs, q.full_service), { fullService: q.full_service }) as object[];
    if (!org) throw new ApiError(404, "Not found");
    return org;
  });

  app.get("/taxonomies", limit, async (request) => {
    const q = parseQuery(request);
    const tokens = q.search ? q.search.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 6) : [];
    const { rows, total } = await api.taxonomyPage(tokens, { limit: q.per_page, offset: (q.page - 1) * q.per_page });
    return pageOf(rows.map(oneToOne), total, q);
  });

  app.get<{ Params: { id: string } }>("/taxonomies/:id", limit, async (request) => {
    const [row] = UUID.test(request.params.id) ? await directory.repo.rowsWhere("taxonomy", "id", [request.params.id]) : [];
    if (!row) throw new ApiError(404, "Not found");
    return oneToOne(row);
  });

  app.get("/taxonomy_terms", limit, async (request) => {
    const q = parseQuery(request);
    const tokens = q.search ? q.search.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 6) : [];
    const { rows, total } = await api.taxonomyTermPage(
      { tokens, taxonomyId: q.taxonomy_id, parentId: q.parent_id, topOnly: q.top_only },
      { limit: q.per_page, offset: (q.page - 1) * q.per_page },
    );
    return pageOf(rows.map(oneToOne), total, q);
  });

  app.get<{ Params: { id: string } }>("/taxonomy_terms/:id", limit, async (request) => {
    const [row] = UUID.test(request.params.id) ? await directory.repo.rowsWhere("taxonomy_term", "id", [request.params.id]) : [];
    if (!row) throw new ApiError(404, "Not found");
    const taxonomy = typeof row.taxonomy_id === "string" ? (await directory.repo.rowsWhere("taxonomy", "id", [row.taxonomy_id]))[0] : undefined;
    return { ...oneToOne(row), ...(taxonomy ? { taxonomy_detail: oneToOne(taxonomy) } : {}) };
  });

  // Whole-directory downloads (published services), rebuilt at most every few minutes, once at a
  // time: requests that arrive while it is being built wait for that one build.
  let exportCache: { at: number; built: Promise<{ json: string; zip: Uint8Array }> } | null = null;
  function currentExport() {
    if (!exportCache || Date.now() - exportCache.at > 5 * 60_000) {
      const built = exportPublished(db, clock).then((tables) => ({ json: JSON.stringify(nestServices(tables)), zip: writeTabularZip(tables) }));
      exportCache = { at: Date.now(), built };
      built.catch(() => {
        if (exportCache?.built === built) exportCache = null;
      });
    }
    return exportCache.built;
  }

  app.get("/export/services.json", { config: { rateLimit: { max: 10, timeWindow: "1 minute" } } }, async (_request, reply) => {
    const { json } = await currentExport();
    return reply.type("application/json").header("Content-Disposition", 'attachment; filename="hsds-services.json"').send(json);
  });

  app.get("/export/datapackage.zip", { config: { rateLimit: { max: 10, timeWindow: "1 minute" } } }, async (_request, reply) => {
    const { zip } = await currentExport();
    return reply.type("application/zip").header("Content-Disposition", 'attachment; filename="hsds-datapackage.zip"').send(Buffer.from(zip));
  });
};
