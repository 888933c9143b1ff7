import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { compareText, regionName } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locales.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { toCsv } from "../../web/csv.ts";
import { notFound } from "../../web/errors.ts";
import { parseForm } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { type DirectorySearch, DirectorySearchSchema } from "../directory/directory.schema.ts";
import { searchDirectory } from "../directory/directory.search.ts";
import { directoryService } from "../directory/directory.service.ts";
import { UN_REGIONS, UN_STATES, UN_STATE_BY_CODE } from "./countries.data.ts";
import { SuggestionSchema } from "./countries.schema.ts";
import { countriesService } from "./countries.service.ts";
import { k, matchesCountry } from "./countries.text.ts";
import { renderComparison, renderCountryList, renderCountryProfile, renderSuggestForm } from "./countries.views.tsx";
import { toServiceSummary } from "./navigator.service.ts";
import { PROVISIONS, PROVISION_IDS } from "./provisions.ts";

const many = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean));

const CompareSchema = z.object({
  region: z
    .string()
    .optional()
    .refine((v) => !v || (UN_REGIONS as readonly string[]).includes(v), { error: "compare.error.region" })
    .transform((v) => v || undefined),
  provision: many.refine((list) => list.every((p) => (PROVISION_IDS as readonly string[]).includes(p)), { error: "compare.error.provision" }),
  all: z.enum(["", "1"]).optional(),
});

/** Public country pages: the list of all States, each profile, and the comparison across countries. */
export const countriesRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const countries = countriesService(db, clock);
  const directory = directoryService(db, clock);
  // A profile's services are the directory's search for its State: parsed once per State (at most 195).
  const searches = new Map<string, Readonly<DirectorySearch>>();
  const searchFor = (code: string) => {
    let search = searches.get(code);
    if (!search) searches.set(code, (search = Object.freeze(DirectorySearchSchema.parse({ country: code }))));
    return search;
  };

  app.get("/countries", async (request, reply) => {
    const q = typeof (request.query as { q?: unknown }).q === "string" ? ((request.query as { q: string }).q.trim().slice(0, 100)) : "";
    const published = await countries.publishedProfiles();
    const shown = new Set(UN_STATES.filter((s) => !q || matchesCountry(s.code, q)).map((s) => s.code));
    const withInfo = new Set([...published.values()].filter((p) => Object.keys(p.sections).length || p.schemes.length).map((p) => p.code));
    const demo = new Set([...published.values()].filter((p) => p.demo).map((p) => p.code));
    return sendPage(reply, renderCountryList(pageContext(request, reply), { q, shown, withInfo, demo }));
  });

  async function comparison(query: unknown, locale: Locale) {
    const form = parseForm(CompareSchema, query);
    const published = await countries.publishedProfiles();
    const chosen = form.ok && form.data.provision.length ? PROVISIONS.filter((p) => form.data.provision.includes(p.id)) : PROVISIONS;
    const region = form.ok ? form.data.region : undefined;
    const includeEmpty = form.ok && form.data.all === "1";
    const rows = UN_STATES.filter((s) => !region || s.region === region)
      .map((s) => ({ code: s.code, name: regionName(locale, s.code), statuses: published.get(s.code)?.sections.legislation?.provisions ?? {} }))
      .filter((r) => includeEmpty || Object.keys(r.statuses).length > 0);
    const compare = compareText(locale);
    rows.sort((a, b) => compare(a.name, b.name));
    return { form, chosen, rows };
  }

  app.get("/countries/compare", async (request, reply) => {
    const { form, chosen, rows } = await comparison(request.query, request.locale);
    const ctx = pageContext(request, reply);
    const qs = new URLSearchParams();
    for (const [name, value] of Object.entries(form.values)) for (const one of Array.isArray(value) ? value : [value ?? ""]) if (one) qs.append(name, one);
    const view = {
      values: form.values,
      errors: form.ok ? undefined : form.errors,
      regions: UN_REGIONS.map((r) => ({ value: r, label: regionName(request.locale, r) })),
      provisions: chosen,
      rows,
      csvHref: `/${request.locale}/countries/compare.csv${qs.size ? `?${qs}` : ""}`,
    };
    return sendPage(reply, renderComparison(ctx, view), form.ok ? 200 : 400);
  });

  app.get("/countries/compare.csv", async (request, reply) => {
    const { form, chosen, rows } = await comparison(request.query, request.locale);
    if (!form.ok) throw notFound();
    const t = pageContext(request, reply).t;
    const header = ["code", t("compare.country"), t("compare.region"), ...chosen.flatMap((p) => [t(k(`provision.${p.id}`)), `${p.id} – ${t("compare.citation")}`])];
    const body = rows.map((r) => [
      r.code,
      r.name,
      regionName(request.locale, UN_STATE_BY_CODE.get(r.code)!.region),
      ...chosen.flatMap((p) => [t(k(`provisionStatus.${r.statuses[p.id]?.status ?? "unknown"}`)), r.statuses[p.id]?.citation ?? ""]),
    ]);
    return reply
      .type("text/csv; charset=utf-8")
      .header("Content-Disposition", `attachment; filename="model-provisions-${request.locale}.csv"`)
      .send(`\uFEFF${toCsv([header, ...body], { spreadsheetSafe: true })}`);
  });

  /** The State in the address (lower-case ISO code), or 404. */
  function stateOf(raw: string) {
    const state = UN_STATE_BY_CODE.get(raw.toUpperCase());
    if (!state || !/^[a-z]{2}$/.test(raw)) throw notFound();
    return state;
  }

  app.get<{ Params: { code: string } }>("/countries/:code/suggest", async (request, reply) => {
    const state = stateOf(request.params.code);
    const section = (request.query as { section?: string }).section;
    return sendPage(reply, renderSuggestForm(pageContext(request, reply), { code: state.code, values: { section: typeof section === "string" ? section : "" } }));
  });

  app.post<{ Params: { code: string } }>("/countries/:code/suggest", { config: { rateLimit: { max: 5, timeWindow: "1 hour" } } }, async (request, reply) => {
    const state = stateOf(request.params.code);
    const form = parseForm(SuggestionSchema, request.body);
    if (!form.ok) return sendPage(reply, renderSuggestForm(pageContext(request, reply), { code: state.code, values: form.values, errors: form.errors }), 400);
    const { config, mailer } = app.services;
    const focalPoints = await countries.repo.focalPointEmails(state.code);
    await mailer.send({
      to: [config.contactEmail, ...focalPoints].join(", "),
      subject: `[Country profile suggestion] ${state.code} ${form.data.section}`,
      text: `${form.data.message}\n\nSource: ${form.data.source ?? "(none given)"}\n\n--\nCountry: ${state.code}\nSection: ${form.data.section}\nLanguage: ${request.locale}\nReply to: ${form.data.email ?? "(no address given)"}`,
      ...(form.data.email ? { replyTo: form.data.email } : {}),
    });
    setFlash(reply, "countries.suggestForm.sent");
    return reply.redirect(`/${request.locale}/countries/${state.code.toLowerCase()}`, 303);
  });

  app.get<{ Params: { code: string } }>("/countries/:code", async (request, reply) => {
    const raw = request.params.code;
    const code = raw.toUpperCase();
    const state = UN_STATE_BY_CODE.get(code);
    if (!state || !/^[a-zA-Z]{2}$/.test(raw)) throw notFound();
    if (raw !== raw.toLowerCase()) return reply.redirect(`/${request.locale}/countries/${raw.toLowerCase()}`, 301);
    const found = await countries.profile(code);
    if (!found) throw notFound();
    const result = await searchDirectory(directory.repo, searchFor(code), { locale: request.locale, now: clock(), pageSize: 8 });
    const services = result.hits.map(toServiceSummary);
    return sendPage(
      reply,
      renderCountryProfile(pageContext(request, reply), {
        code,
        region: state.region,
        observer: state.status === "observer",
        profile: found.profile,
        publishedAt: found.publishedAt,
        services,
        serviceTotal: result.total,
      }),
    );
  });
};
