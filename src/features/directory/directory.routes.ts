import { randomUUID } from "node:crypto";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { noteReads } from "../../db/changes.ts";
import { compareText } from "../../i18n/format.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { parseForm, type FormValues } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { directoryQueueRepo } from "./directory.repo.ts";
import { DirectorySearchSchema, ReportInputSchema } from "./directory.schema.ts";
import { searchDirectory } from "./directory.search.ts";
import { GENDER_TERM_IDS, isGenderSearch } from "./directory.taxonomy.ts";
import { tagPageView } from "../statistics/statistics.tags.ts";
import { directoryService } from "./directory.service.ts";
import { renderAssociations, renderDirectorySearch, type SearchOptions, type SearchPageView } from "./directory.views.tsx";
import { renderOrganizationPage, renderOpenData } from "./organization.views.tsx";
import { ServiceRecord, renderReportForm, renderServicePage } from "./service-page.views.tsx";
import { ProposalFormSchema } from "./directory.form.ts";
import { renderProposalForm, renderProposalSent } from "./directory-form.views.tsx";

const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OPTIONS_TTL_MS = 30_000;
let loads = 0;
/** The tables the filter choices are read from. */
const OPTION_TABLES = ["directory_listings", "directory_listing_facets", "directory_term_names"];

/** The query parameters that make up a search, for links that keep it (pagination). */
function searchQueryString(values: FormValues): URLSearchParams {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) {
    if (k === "page" || v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) if (one) qs.append(k, one);
  }
  return qs;
}

/** Finding help: the public directory search, service and organisation pages, reports of wrong information. */
export const directoryRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const service = directoryService(db, clock);
  const repo = service.repo;
  const queues = directoryQueueRepo(db.kysely);

  // Filter choices change only when the directory does; a short cache keeps them off every request.
  // Each load is numbered (across every portal in this process), so the filters rendered from it can be
  // kept until the next load.
  const cache = new Map<string, { at: number; value: unknown; load: number }>();
  async function loadedOnce<T>(key: string, load: () => Promise<T>): Promise<{ value: T; load: number }> {
    // A page showing these choices read the directory, even when they came from memory (the page cache
    // keeps a page until a table it read changes).
    noteReads(OPTION_TABLES);
    const hit = cache.get(key);
    const now = Date.now();
    if (hit && now - hit.at < OPTIONS_TTL_MS) return hit as { value: T; load: number };
    const entry = { at: now, value: await load(), load: ++loads };
    cache.set(key, entry);
    return entry;
  }
  const cached = async <T>(key: string, load: () => Promise<T>): Promise<T> => (await loadedOnce(key, load)).value;
  const none = { value: [] as never[], load: 0 };

  async function searchOptions(locale: string, country: string | undefined): Promise<SearchOptions> {
    const [countries, languages, termNames, places, regions] = await Promise.all([
      loadedOnce("countries", () => repo.countries()),
      loadedOnce("languages", () => repo.listingLanguages()),
      loadedOnce(`terms:${locale}`, () => repo.termNames(locale)),
      country ? loadedOnce(`places:${country}`, () => repo.places(country)) : none,
      country ? loadedOnce(`regions:${country}`, () => repo.regions(country)) : none,
    ]);
    return {
      countries: countries.value.map((c) => ({ code: c.country, n: c.n })),
      languages: languages.value,
      termNames: termNames.value,
      places: places.value,
      regions: regions.value,
      loaded: [countries, languages, termNames, places, regions].map((o) => o.load).join("."),
    };
  }

  async function showSearch(request: FastifyRequest, reply: FastifyReply, extra: Partial<SearchPageView> & { association?: boolean } = {}) {
    const form = parseForm(DirectorySearchSchema, request.query);
    const ctx = pageContext(request, reply);
    const country = form.ok ? form.data.country : undefined;
    const options = await searchOptions(request.locale, country);
    const params = [...searchQueryString(form.values)];
    if (!form.ok) {
      return sendPage(reply, renderDirectorySearch(ctx, { values: form.values, errors: form.errors, result: null, page: 1, options, params, ...extra }), 400);
    }
    // A position is kept to two decimals (about a kilometre): a more precise one is replaced at once,
    // so it is not echoed into links, the language switcher or the browser's history.
    const rawLat = typeof form.values.lat === "string" ? form.values.lat : undefined;
    const rawLon = typeof form.values.lon === "string" ? form.values.lon : undefined;
    if ((rawLat && rawLat !== String(form.data.lat)) || (rawLon && rawLon !== String(form.data.lon))) {
      const qs = searchQueryString({ ...form.values, lat: String(form.data.lat), lon: String(form.data.lon) });
      return reply.redirect(`/${request.locale}/services?${qs.toString()}`, 302);
    }
    const result = await searchDirectory(repo, form.data, {
      locale: request.locale,
      now: clock(),
      pageSize: PAGE_SIZE,
      places: (c) => cached(`places:${c}`, () => repo.places(c)),
    });
    if (form.data.page > result.pageCount) throw notFound();
    if (isGenderSearch(form.data)) tagPageView(request, "gender");
    const view: SearchPageView = { values: form.values, result, page: form.data.page, options, params, ...extra };
    return sendPage(reply, renderDirectorySearch(ctx, view));
  }

  app.get("/services", async (request, reply) => showSearch(request, reply));

  app.get("/services/associations", async (request, reply) => {
    const rows = await cached("associations", () => repo.associations());
    const groups = new Map<string | null, { id: string; name: string; textLanguage: string | null; services: number }[]>();
    for (const r of rows) groups.set(r.country, [...(groups.get(r.country) ?? []), { id: r.organizationId, name: r.name, textLanguage: r.textLanguage, services: r.services }]);
    const compare = compareText(request.locale);
    return sendPage(
      reply,
      renderAssociations(pageContext(request, reply), {
        groups: [...groups].map(([country, orgs]) => ({ country, orgs: orgs.sort((a, b) => compare(a.name, b.name)) })),
      }),
    );
  });

  app.get("/services/propose", async (request, reply) =>
    sendPage(reply, renderProposalForm(pageContext(request, reply), { values: { mode: "in_person", free: "unknown" } })),
  );

  app.post("/services/propose", { config: { rateLimit: { max: 5, timeWindow: "1 hour" } } }, async (request, reply) => {
    const form = parseForm(ProposalFormSchema, request.body);
    if (!form.ok) return sendPage(reply, renderProposalForm(pageContext(request, reply), { values: form.values, errors: form.errors }), 400);
    const { website_field: _honeypot, criteria: _criteria, ...payload } = form.values;
    await queues.insertProposal({
      id: randomUUID(),
      locale: request.locale,
      country: form.data.country,
      organizationName: form.data.organization_name,
      serviceName: form.data.name,
      payload: JSON.stringify(payload),
      submittedAt: clock().toISOString(),
    });
    return reply.redirect(`/${request.locale}/services/propose/sent`, 303);
  });

  app.get("/services/propose/sent", async (request, reply) => sendPage(reply, renderProposalSent(pageContext(request, reply))));

  app.get("/services/open-data", async (request, reply) => sendPage(reply, renderOpenData(pageContext(request, reply))));

  app.get<{ Params: { id: string } }>("/services/organizations/:id", async (request, reply) => {
    if (!UUID.test(request.params.id)) throw notFound();
    const [org] = await repo.rowsWhere("organization", "id", [request.params.id]);
    if (!org) throw notFound();
    // An organisation is public only through its published services.
    const listed = (await repo.search({ tokens: [], organizationId: org.id as string }, "name", { limit: 200, offset: 0 })).rows;
    if (listed.length === 0) throw notFound();
    const termNames = await cached(`terms:${request.locale}`, () => repo.termNames(request.locale));
    const orgTerms = (await repo.rowsWhere("attribute", "link_id", [org.id as string])).map((a) => a.taxonomy_term_id as string);
    const phones = await repo.rowsWhere("phone", "organization_id", [org.id as string]);
    return sendPage(
      reply,
      renderOrganizationPage(pageContext(request, reply), { org, phones, orgTerms, services: listed, termNames, textLanguage: listed[0]?.text_language ?? null }),
    );
  });

  async function loadPublished(id: string) {
    if (!UUID.test(id)) return null;
    const meta = (await repo.serviceMeta([id])).get(id);
    if (!meta || meta.state !== "published") return null;
    const tables = await service.loadServiceTables([id], undefined, true);
    if (!tables.service?.length) return null;
    return { rec: new ServiceRecord(tables, id, meta.textLanguage), tables };
  }

  app.get<{ Params: { id: string }; Querystring: { at?: string } }>("/services/:id", async (request, reply) => {
    const found = await loadPublished(request.params.id);
    if (!found) throw notFound();
    const costs = found.tables.cost_option ?? [];
    const free = costs.some((c) => c.amount === 0) && !costs.some((c) => typeof c.amount === "number" && c.amount > 0);
    const at = typeof request.query.at === "string" && UUID.test(request.query.at) ? request.query.at : null;
    const termNames = await cached(`terms:${request.locale}`, () => repo.termNames(request.locale));
    if (GENDER_TERM_IDS.some((id) => found.rec.termIds(found.rec.id).includes(id))) tagPageView(request, "gender");
    return sendPage(reply, renderServicePage(pageContext(request, reply), found.rec, { termNames, atLocation: at, free }));
  });

  app.get<{ Params: { id: string } }>("/services/:id/report", async (request, reply) => {
    const found = await loadPublished(request.params.id);
    if (!found) throw notFound();
    return sendPage(
      reply,
      renderReportForm(pageContext(request, reply), { serviceId: found.rec.id, serviceName: String(found.rec.service.name), textLanguage: found.rec.textLanguage }),
    );
  });

  app.post<{ Params: { id: string } }>(
    "/services/:id/report",
    { config: { rateLimit: { max: 10, timeWindow: "1 hour" } } },
    async (request, reply) => {
      const found = await loadPublished(request.params.id);
      if (!found) throw notFound();
      const form = parseForm(ReportInputSchema, request.body);
      if (!form.ok) {
        return sendPage(
          reply,
          renderReportForm(pageContext(request, reply), {
            serviceId: found.rec.id,
            serviceName: String(found.rec.service.name),
            textLanguage: found.rec.textLanguage,
            values: form.values,
            errors: form.errors,
          }),
          400,
        );
      }
      await queues.insertReport({
        id: randomUUID(),
        serviceId: found.rec.id,
        locale: request.locale,
        problem: form.data.problem,
        details: form.data.details,
        createdAt: clock().toISOString(),
      });
      setFlash(reply, "directory.report.thanks");
      return reply.redirect(`/${request.locale}/services/${found.rec.id}`, 303);
    },
  );
};
