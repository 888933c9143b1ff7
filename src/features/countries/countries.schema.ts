import { z } from "zod";
import { pickLanguageOf } from "../../i18n/fallback.ts";
import { LOCALES, type Locale } from "../../i18n/locales.ts";
import { UN_STATE_BY_CODE } from "./countries.data.ts";
import { DEADLINE_EVENTS, isIsoDate } from "./deadlines.ts";
import { PROVISION_IDS, PROVISION_STATUSES, type ProvisionId } from "./provisions.ts";

/**
 * The country profile document: what one country's profile says, in the exchange format
 * (`npm run countries:import`, `/api/v1/countries/{code}`), and what each revision stores.
 * Documented in docs/countries-format.md; the API's OpenAPI schema is generated from this file.
 */

/** Text in one or more of the six UN languages: { "en": "...", "fr": "..." }. */
export const LocalizedSchema = z
  .strictObject(Object.fromEntries(LOCALES.map((l) => [l, z.string().trim().max(8000).optional()])) as Record<Locale, z.ZodOptional<z.ZodString>>)
  .transform((v) => Object.fromEntries(Object.entries(v).filter(([, s]) => s)) as Localized)
  .refine((v) => Object.keys(v).length > 0, { error: "Give the text in at least one language" });
export type Localized = Partial<Record<Locale, string>>;

const isoDate = z.string().refine(isIsoDate, { error: "A date as YYYY-MM-DD" });
const webUrl = z.url({ protocol: /^https?$/, error: "An http(s) address" }).max(2000);
const phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[+0-9][0-9 ()./-]*$/, { error: "A telephone number (digits, spaces, + ( ) - . /)" });
const email = z.email().max(254);
const tag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: "A BCP 47 language tag such as en, fr or zh-Hans" });

export const SourceSchema = z.strictObject({ title: z.string().trim().min(1).max(300), url: webUrl.optional() });

/** Every section says where its facts come from and when they were last checked. */
const sectionMeta = { source: SourceSchema.optional(), reviewed: isoDate.optional() };

export const AuthorityEntrySchema = z.strictObject({
  name: LocalizedSchema,
  description: LocalizedSchema.optional(),
  phone: phone.optional(),
  email: email.optional(),
  website: webUrl.optional(),
});

export const NUMBER_KINDS = ["emergency", "police", "medical", "helpline", "victims"] as const;
export const NumberEntrySchema = z.strictObject({
  kind: z.enum(NUMBER_KINDS),
  label: LocalizedSchema.optional(),
  number: phone,
  hours: LocalizedSchema.optional(),
});

export const ProvisionEntrySchema = z.strictObject({
  status: z.enum(PROVISION_STATUSES),
  citation: z.string().trim().max(500).optional(),
});

/** Whether the country's schemes recognise survivors of sexual violence as victims of terrorism. */
export const SGBV_STATUSES = ["yes", "partly", "no", "unknown"] as const;
export type SgbvStatus = (typeof SGBV_STATUSES)[number];

export const SgbvSectionSchema = z.strictObject({
  status: z.enum(SGBV_STATUSES),
  /** A short note in one or more languages: which scheme, on what conditions. */
  note: LocalizedSchema.optional(),
  ...sectionMeta,
});

export const SectionsSchema = z.strictObject({
  authority: z.strictObject({ entries: z.array(AuthorityEntrySchema).max(10), ...sectionMeta }).optional(),
  numbers: z.strictObject({ entries: z.array(NumberEntrySchema).max(20), ...sectionMeta }).optional(),
  rights: z.strictObject({ text: LocalizedSchema.optional(), participation: LocalizedSchema.optional(), ...sectionMeta }).optional(),
  consular: z.strictObject({ text: LocalizedSchema, ...sectionMeta }).optional(),
  legislation: z
    .strictObject({
      text: LocalizedSchema.optional(),
      provisions: z.partialRecord(z.enum(PROVISION_IDS as [ProvisionId, ...ProvisionId[]]), ProvisionEntrySchema).default({}),
      ...sectionMeta,
    })
    .optional(),
  sgbv: SgbvSectionSchema.optional(),
});
export type Sections = z.infer<typeof SectionsSchema>;
export const SECTION_IDS = ["authority", "numbers", "schemes", "rights", "services", "consular", "legislation"] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const RESIDENCE = ["anyone", "nationals", "residents"] as const;
export type Residence = (typeof RESIDENCE)[number];
export const AFFECTED = ["injured", "bereaved", "witness", "first_responder"] as const;
export type Affected = (typeof AFFECTED)[number];
export const RELATIVES = ["spouse", "child", "parent", "sibling", "dependant", "other"] as const;
export const COVERS = ["medical", "psychological", "funeral", "income", "lump_sum", "legal", "travel", "rehabilitation", "other"] as const;
export const APPLY_METHODS = ["online", "post", "phone", "email", "in_person"] as const;

export const DeadlineRuleSchema = z.strictObject({
  within: z
    .strictObject({
      years: z.int().min(0).max(50).optional(),
      months: z.int().min(0).max(600).optional(),
      days: z.int().min(0).max(20000).optional(),
    })
    .refine((w) => (w.years ?? 0) + (w.months ?? 0) + (w.days ?? 0) > 0, { error: "A period longer than zero" }),
  from: z.enum(DEADLINE_EVENTS),
  /** Only for these people (e.g. 12 months after the death, for bereaved family); everyone when absent. */
  for: z.array(z.enum(AFFECTED)).min(1).optional(),
});

export const SchemeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/, { error: "Lower-case letters, digits and hyphens" }),
  name: LocalizedSchema,
  operator: LocalizedSchema,
  summary: LocalizedSchema.optional(),
  /** Which attacks and which people: e.g. France's fund covers anyone attacked in France and its nationals abroad. */
  coverage: z
    .array(z.strictObject({ where: z.enum(["in_country", "abroad"]), who: z.array(z.enum(RESIDENCE)).min(1) }))
    .min(1),
  /** Only attacks the government has declared or designated (e.g. Australia's AVTOP, the UK's overseas scheme). */
  designated: z.boolean().default(false),
  /** Where the list of declared or designated attacks is published, and what it says. */
  designation: z.strictObject({ note: LocalizedSchema.optional(), url: webUrl.optional() }).optional(),
  affected: z.array(z.enum(AFFECTED)).min(1),
  relatives: z.array(z.enum(RELATIVES)).optional(),
  deadlines: z
    .strictObject({
      rules: z.array(DeadlineRuleSchema).max(6).default([]),
      combine: z.enum(["latest", "earliest"]).default("latest"),
      note: LocalizedSchema.optional(),
    })
    .default({ rules: [], combine: "latest" }),
  covers: z.array(z.enum(COVERS)).default([]),
  coversNote: LocalizedSchema.optional(),
  evidence: z.array(LocalizedSchema).max(20).default([]),
  apply: z
    .strictObject({
      methods: z.array(z.enum(APPLY_METHODS)).default([]),
      url: webUrl.optional(),
      phone: phone.optional(),
      email: email.optional(),
      address: z.string().trim().max(500).optional(),
    })
    .default({ methods: [] }),
  languages: z.array(tag).max(20).default([]),
  source: SourceSchema.optional(),
  reviewed: isoDate.optional(),
});
export type Scheme = z.infer<typeof SchemeSchema>;
export type DeadlineRuleInput = z.infer<typeof DeadlineRuleSchema>;

export const CountryProfileSchema = z
  .strictObject({
    code: z
      .string()
      .refine((c) => UN_STATE_BY_CODE.has(c), { error: "An ISO 3166-1 alpha-2 code of a UN Member or observer State, in capitals" }),
    /** Demonstration content, shown with a notice. */
    demo: z.boolean().default(false),
    sections: SectionsSchema.default({}),
    schemes: z.array(SchemeSchema).max(30).default([]),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.schemes.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: "custom", path: ["schemes", i, "id"], message: `Scheme id "${s.id}" is used twice` });
      seen.add(s.id);
    });
  });
export type CountryProfile = z.infer<typeof CountryProfileSchema>;
export type CountryProfileInput = z.input<typeof CountryProfileSchema>;

export const EXCHANGE_FORMAT = "vsp-countries";
export const EXCHANGE_VERSION = 1;

/** A whole file: `{ "format": "vsp-countries", "version": 1, "countries": [...] }`. */
export const CountriesFileSchema = z
  .strictObject({
    format: z.literal(EXCHANGE_FORMAT),
    version: z.literal(EXCHANGE_VERSION),
    exported_at: z.string().optional(),
    countries: z.array(CountryProfileSchema).max(195),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.countries.forEach((c, i) => {
      if (seen.has(c.code)) ctx.addIssue({ code: "custom", path: ["countries", i, "code"], message: `Country ${c.code} appears twice` });
      seen.add(c.code);
    });
  });
export type CountriesFile = z.infer<typeof CountriesFileSchema>;

/** Zod's issues as "countries[3].schemes[0].deadlines.rules[1].from: Invalid option" lines. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 50).map((issue) => {
    const path = issue.path.reduce<string>((acc, part) => (typeof part === "number" ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), "");
    return `${path || "(file)"}: ${issue.message}`;
  });
}

/** The text in the reader's language, else English, else the first in the UN's order: with the language it is really in. */
export function pickText(text: Localized | undefined, locale: Locale): { text: string; lang: Locale } | null {
  const found = text ? pickLanguageOf(text, locale) : undefined;
  return found ? { text: found.value, lang: found.locale } : null;
}

/** A reader's suggestion of information for a section of a profile (sent by e-mail, not stored). */
export const SuggestionSchema = z.object({
  section: z.enum(SECTION_IDS, { error: "countries.suggestForm.error.section" }),
  message: z
    .string({ error: "countries.suggestForm.error.message" })
    .trim()
    .min(1, { error: "countries.suggestForm.error.message" })
    .max(5000, { error: "countries.suggestForm.error.tooLong" }),
  source: z.string().trim().max(500, { error: "countries.suggestForm.error.tooLong" }).optional(),
  email: z
    .string()
    .trim()
    .max(254, { error: "countries.suggestForm.error.email" })
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.email({ error: "countries.suggestForm.error.email" }).optional()),
});
