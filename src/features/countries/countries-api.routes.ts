import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { regionName } from "../../i18n/format.ts";
import { LOCALES, isLocale } from "../../i18n/locales.ts";
import { siteOrigin } from "../../web/context.ts";
import { ApiError, readOnlyJsonApi } from "../../web/json-api.ts";
import { UN_STATES, UN_STATE_BY_CODE } from "./countries.data.ts";
import { CountriesFileSchema, CountryProfileSchema } from "./countries.schema.ts";
import { countriesService } from "./countries.service.ts";
import { PROVISIONS, PROVISION_STATUSES } from "./provisions.ts";

const CountrySummarySchema = z.object({
  code: z.string().describe("ISO 3166-1 alpha-2"),
  name: z.string().describe("The country's name in the requested language (Intl.DisplayNames)"),
  status: z.enum(["member", "observer"]),
  region: z.string().describe("UN M49 region code"),
  subregion: z.string().describe("UN M49 sub-region code"),
  has_profile: z.boolean(),
  demo: z.boolean(),
  schemes: z.number().int(),
  published_at: z.string().nullable(),
  url: z.string(),
});

/** The OpenAPI 3.1 description; its schemas come from the same zod schemas that validate imports. */
function openapi(origin: string) {
  // OpenAPI 3.1 uses JSON Schema 2020-12, zod's own target; the $schema keyword is left out inside components.
  const schema = (s: z.ZodType) => {
    const { $schema: _dialect, ...rest } = z.toJSONSchema(s, { io: "output", unrepresentable: "any" }) as Record<string, unknown>;
    return rest;
  };
  const lang = { name: "lang", in: "query", required: false, description: "Language of country names", schema: { type: "string", enum: [...LOCALES], default: "en" } };
  const code = { name: "code", in: "path", required: true, description: "ISO 3166-1 alpha-2 code (either case)", schema: { type: "string", pattern: "^[A-Za-z]{2}$" } };
  const json = (ref: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } });
  return {
    openapi: "3.1.0",
    info: {
      title: "Victims Support Portal: country profiles API",
      version: "1.0.0",
      summary: "What victims of terrorism can get in each UN Member State and observer State.",
      description:
        "Read-only. Country profiles (national authority, emergency numbers, rights, consular help, status against the UN Model Legislative Provisions (2022)) and assistance and compensation schemes, in the exchange format documented in docs/countries-format.md. Texts are objects keyed by UN language (ar, zh, en, fr, ru, es). Provision ids: " +
        PROVISIONS.map((p) => p.id).join(", ") +
        "; statuses: " +
        PROVISION_STATUSES.join(", ") +
        ".",
      license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
    },
    servers: [{ url: `${origin}/api/v1` }],
    paths: {
      "/countries": {
        get: {
          operationId: "listCountries",
          summary: "All 195 States with whether a profile is published",
          parameters: [lang],
          responses: { "200": { description: "The list", content: { "application/json": { schema: { type: "object", properties: { countries: { type: "array", items: { $ref: "#/components/schemas/CountrySummary" } } } } } } } },
        },
      },
      "/countries/{code}": {
        get: {
          operationId: "getCountry",
          summary: "One country's published profile (empty sections when none is published)",
          parameters: [code],
          responses: { "200": { description: "The profile", content: json("CountryProfile") }, "404": { description: "Not a UN Member or observer State" } },
        },
      },
      "/countries/export": {
        get: {
          operationId: "exportCountries",
          summary: "Every published profile as one exchange file (what `npm run countries:import` reads)",
          responses: { "200": { description: "The exchange file", content: json("CountriesFile") } },
        },
      },
    },
    components: {
      schemas: {
        CountrySummary: schema(CountrySummarySchema),
        CountryProfile: schema(CountryProfileSchema),
        CountriesFile: schema(CountriesFileSchema),
      },
    },
  };
}

/** The public, read-only JSON API over published country profiles, described in OpenAPI. */
export const countriesApiRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const countries = countriesService(db, clock);
  const limit = { config: { rateLimit: { max: 300, timeWindow: "1 minute" } } };
  let described: object | null = null;

  readOnlyJsonApi(app, "countries API");

  app.get("/openapi.json", limit, async (request) => {
    described ??= openapi(siteOrigin(request));
    return described;
  });

  app.get("/countries", limit, async (request) => {
    const q = request.query as { lang?: string };
    if (q.lang !== undefined && !isLocale(q.lang)) throw new ApiError(400, `lang must be one of ${LOCALES.join(", ")}`);
    const lang = isLocale(q.lang) ? q.lang : "en";
    const [published, dates] = await Promise.all([countries.publishedProfiles(), countries.publishedDates()]);
    const origin = siteOrigin(request);
    return {
      countries: UN_STATES.map((s) => {
        const p = published.get(s.code);
        return {
          code: s.code,
          name: regionName(lang, s.code),
          status: s.status,
          region: s.region,
          subregion: s.subregion,
          has_profile: Boolean(p),
          demo: p?.demo ?? false,
          schemes: p?.schemes.length ?? 0,
          published_at: dates.get(s.code) ?? null,
          url: `${origin}/api/v1/countries/${s.code}`,
        };
      }),
    };
  });

  app.get("/countries/export", { config: { rateLimit: { max: 20, timeWindow: "1 minute" } } }, async (_request, reply) =>
    reply.header("Content-Disposition", 'attachment; filename="countries.json"').type("application/json").send(JSON.stringify(await countries.exportFile(), null, 2)),
  );

  app.get<{ Params: { code: string } }>("/countries/:code", limit, async (request) => {
    const code = request.params.code.toUpperCase();
    if (!/^[A-Z]{2}$/.test(code) || !UN_STATE_BY_CODE.has(code)) throw new ApiError(404, "Not a UN Member or observer State");
    const found = await countries.profile(code);
    if (!found) throw new ApiError(404, "Not found");
    return found.profile;
  });
};
