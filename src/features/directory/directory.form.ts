import { randomUUID } from "node:crypto";
import { z } from "zod";
import { LOCALES } from "../../i18n/locales.ts";
import type { FormValues } from "../../web/forms.ts";
import { isCountryCode } from "./directory.schema.ts";
import { ASSOCIATION_TERM, SERVICE_FEATURES, SERVICE_TYPES, SERVICE_TYPE_CODES, TERM_BY_ID, WHEELCHAIR_TERM, isServiceType } from "./directory.taxonomy.ts";
import type { HsdsRow, HsdsTables } from "./hsds/tables.ts";

/**
 * One form for a listing, used by staff (create, edit) and by organisations proposing one. It covers
 * what a victim needs to reach a service; the rest of HSDS (contacts, documents, further locations)
 * comes through import and is left untouched by this form.
 */
export const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "directory.form.error.tooLong" })
    .optional()
    .transform((v) => (v ? v : undefined));
const required = (max: number, error: "directory.form.error.required") =>
  z
    .string({ error })
    .trim()
    .min(1, { error })
    .max(max, { error: "directory.form.error.tooLong" });
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean));
const time = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { error: "directory.form.error.time" });
const phone = z
  .string()
  .trim()
  .max(40, { error: "directory.form.error.tooLong" })
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || /^\+?[\d\s().-]{3,}$/.test(v), { error: "directory.form.error.phone" });
const email = z
  .string()
  .trim()
  .max(200, { error: "directory.form.error.tooLong" })
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: "directory.form.error.email" });
const url = z
  .string()
  .trim()
  .max(500, { error: "directory.form.error.tooLong" })
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || /^https?:\/\/[^\s]+\.[^\s]+$/.test(v), { error: "directory.form.error.url" });
const coordinate = (limit: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || (Number.isFinite(Number(v)) && Math.abs(Number(v)) <= limit), { error: "directory.form.error.coordinate" })
    .transform((v) => (v === undefined ? undefined : Number(v)));

const dayFields = Object.fromEntries(DAYS.flatMap((d) => [[`opens_${d}`, time], [`closes_${d}`, time]])) as Record<`${"opens" | "closes"}_${(typeof DAYS)[number]}`, typeof time>;

export const ServiceFormSchema = z
  .object({
    organization_name: required(200, "directory.form.error.required"),
    organization_description: required(2000, "directory.form.error.required"),
    organization_website: url,
    is_association: list,
    name: required(200, "directory.form.error.required"),
    description: required(4000, "directory.form.error.required"),
    types: list.refine((v) => v.length > 0, { error: "directory.form.error.types" }).refine((v) => v.every((t) => SERVICE_TYPE_CODES.includes(t)), {
      error: "directory.form.error.types",
    }),
    /** "Run by and for women", "can provide a staff member of the gender asked for": never required. */
    features: list.refine((v) => v.every((c) => SERVICE_FEATURES.some((f) => f.code === c)), { error: "directory.gender.error.features" }),
    eligibility: text(2000),
    application_process: text(2000),
    fees_description: text(1000),
    free: z.enum(["yes", "no", "unknown"], { error: "directory.form.error.choose" }),
    languages: list.refine((v) => v.every((l) => (LOCALES as readonly string[]).includes(l)), { error: "directory.form.error.languages" }),
    other_languages: text(200).refine((v) => v === undefined || v.split(/[\s,]+/).filter(Boolean).every((c) => /^[a-z]{2,3}$/i.test(c)), {
      error: "directory.form.error.otherLanguages",
    }),
    mode: z.enum(["in_person", "remote"], { error: "directory.form.error.choose" }),
    country: z
      .string({ error: "directory.form.error.country" })
      .trim()
      .toUpperCase()
      .refine((v) => isCountryCode(v), { error: "directory.form.error.country" }),
    city: required(120, "directory.form.error.required"),
    region: text(120),
    address_1: text(200),
    postal_code: text(30),
    transportation: text(500),
    wheelchair: list,
    latitude: coordinate(90),
    longitude: coordinate(180),
    phone,
    phone_2: phone,
    email,
    url,
    always_open: list,
    utc_offset: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || (/^[+-]?\d{1,2}(\.\d{1,2})?$/.test(v) && Math.abs(Number(v)) <= 14), { error: "directory.form.error.offset" })
      .transform((v) => (v === undefined ? undefined : Number(v))),
    hours_note: text(500),
    ...dayFields,
    alert: text(500),
    status: z.enum(["active", "inactive", "defunct", "temporarily closed"], { error: "directory.form.error.choose" }).optional().default("active"),
  })
  .superRefine((v, ctx) => {
    if (!v.phone && !v.email && !v.url) ctx.addIssue({ code: "custom", path: ["phone"], message: "directory.form.error.contact" });
    if (v.mode === "in_person" && !v.address_1) ctx.addIssue({ code: "custom", path: ["address_1"], message: "directory.form.error.required" });
    if ((v.latitude === undefined) !== (v.longitude === undefined)) ctx.addIssue({ code: "custom", path: ["latitude"], message: "directory.form.error.coordinate" });
    for (const d of DAYS) {
      const opens = v[`opens_${d}`];
      const closes = v[`closes_${d}`];
      if (Boolean(opens) !== Boolean(closes)) ctx.addIssue({ code: "custom", path: [`opens_${d}`], message: "directory.form.error.dayPair" });
    }
  });
export type ServiceForm = z.infer<typeof ServiceFormSchema>;

/** A proposal adds who to contact to check it; that part is never published. */
export const ProposalFormSchema = ServiceFormSchema.and(
  z.object({
    contact_name: text(200),
    contact_email: z
      .string({ error: "directory.form.error.contactEmail" })
      .trim()
      .max(200, { error: "directory.form.error.tooLong" })
      .refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: "directory.form.error.contactEmail" }),
    criteria: z.literal("yes", { error: "directory.form.error.criteria" }),
    website_field: z
      .string()
      .optional()
      .refine((v) => !v, { error: "directory.form.error.invalid" }),
  }),
);
export type ProposalForm = z.infer<typeof ProposalFormSchema>;

/** Ids of the rows a listing form edits, kept from the record being edited so saving updates it. */
export interface FormIds {
  organizationId: string;
  serviceId: string;
  locationId: string;
  salId: string;
  addressId: string;
}

export function newFormIds(): FormIds {
  return { organizationId: randomUUID(), serviceId: randomUUID(), locationId: randomUUID(), salId: randomUUID(), addressId: randomUUID() };
}

/**
 * The HSDS rows a filled-in form stands for. The form's own children (phones, languages, cost,
 * hours, portal classifications) are rebuilt with fresh ids; `replace` lists what they replace.
 */
export function tablesFromForm(f: ServiceForm, ids: FormIds, opts: { now: Date; assured?: { date: string; email: string } | undefined }) {
  const { organizationId, serviceId, locationId, salId, addressId } = ids;
  const languages = [...new Set([...f.languages, ...(f.other_languages ?? "").toLowerCase().split(/[\s,]+/).filter(Boolean)])];
  const attribute = (linkId: string, linkEntity: string, termId: string, linkType: string): HsdsRow => ({
    id: randomUUID(),
    link_id: linkId,
    link_entity: linkEntity,
    taxonomy_term_id: termId,
    link_type: linkType,
  });
  const schedules: HsdsRow[] = [];
  const timezone = f.utc_offset ?? null;
  if (f.always_open.includes("1")) {
    schedules.push({ id: randomUUID(), service_id: serviceId, freq: "WEEKLY", byday: DAYS.join(","), opens_at: "00:00", closes_at: "23:59", timezone, description: f.hours_note ?? null });
  } else {
    // Days with the same hours share one RFC 5545-style weekly rule.
    const groups = new Map<string, string[]>();
    for (const d of DAYS) {
      const opens = f[`opens_${d}`];
      const closes = f[`closes_${d}`];
      if (opens && closes) groups.set(`${opens}-${closes}`, [...(groups.get(`${opens}-${closes}`) ?? []), d]);
    }
    for (const [range, days] of groups) {
      const [opens, closes] = range.split("-");
      schedules.push({ id: randomUUID(), service_id: serviceId, freq: "WEEKLY", byday: days.join(","), opens_at: opens!, closes_at: closes!, timezone, description: null });
    }
    if (f.hours_note) schedules.push({ id: randomUUID(), service_id: serviceId, description: f.hours_note });
  }
  const inPerson = f.mode === "in_person";
  const tables: HsdsTables = {
    organization: [
      {
        id: organizationId,
        name: f.organization_name,
        description: f.organization_description,
        website: f.organization_website ?? null,
      },
    ],
    service: [
      {
        id: serviceId,
        organization_id: organizationId,
        name: f.name,
        description: f.description,
        url: f.url ?? null,
        email: f.email ?? null,
        status: f.status,
        application_process: f.application_process ?? null,
        fees_description: f.fees_description ?? null,
        eligibility_description: f.eligibility ?? null,
        alert: f.alert ?? null,
        last_modified: opts.now.toISOString(),
        assured_date: opts.assured?.date ?? null,
        assurer_email: opts.assured?.email ?? null,
      },
    ],
    location: [
      {
        id: locationId,
        location_type: inPerson ? "physical" : "virtual",
        organization_id: organizationId,
        url: inPerson ? null : (f.url ?? null),
        transportation: inPerson ? (f.transportation ?? null) : null,
        latitude: inPerson ? (f.latitude ?? null) : null,
        longitude: inPerson ? (f.longitude ?? null) : null,
      },
    ],
    service_at_location: [{ id: salId, service_id: serviceId, location_id: locationId }],
    address: [
      {
        id: addressId,
        location_id: locationId,
        address_1: f.address_1 ?? "",
        city: f.city,
        state_province: f.region ?? "",
        postal_code: f.postal_code ?? "",
        country: f.country,
        address_type: inPerson ? "physical" : "virtual",
      },
    ],
    phone: [f.phone, f.phone_2].filter((p): p is string => Boolean(p)).map((number) => ({ id: randomUUID(), service_id: serviceId, number, type: "voice" })),
    language: languages.map((code) => ({ id: randomUUID(), service_id: serviceId, code })),
    cost_option:
      f.free === "yes"
        ? [{ id: randomUUID(), service_id: serviceId, amount: 0, option: "Free of charge" }]
        : [],
    schedule: schedules,
    attribute: [
      ...f.types.map((code) => attribute(serviceId, "service", SERVICE_TYPES.find((t) => t.code === code)!.id, "service_type")),
      ...f.features.map((code) => attribute(serviceId, "service", SERVICE_FEATURES.find((t) => t.code === code)!.id, "service_feature")),
      ...(f.is_association.includes("1") ? [attribute(organizationId, "organization", ASSOCIATION_TERM.id, "organization_type")] : []),
      ...(inPerson && f.wheelchair.includes("1") ? [attribute(locationId, "location", WHEELCHAIR_TERM.id, "accessibility")] : []),
    ],
  };
  return tables;
}

/** The form's values for an existing record (its first location), to edit it. */
export function formFromTables(tables: HsdsTables, serviceId: string): { values: FormValues; ids: FormIds; extraLocations: number } {
  const find = (t: keyof HsdsTables, field: string, id: unknown) => (tables[t] ?? []).filter((r) => r[field] === id);
  const service = find("service", "id", serviceId)[0] ?? {};
  const org = find("organization", "id", service.organization_id)[0] ?? {};
  const sals = find("service_at_location", "service_id", serviceId);
  const sal = sals[0];
  const location = sal ? find("location", "id", sal.location_id)[0] : undefined;
  const addresses = location ? find("address", "location_id", location.id) : [];
  const address = addresses.find((a) => a.address_type === "physical") ?? addresses[0];
  const phones = find("phone", "service_id", serviceId);
  const terms = (id: unknown) => find("attribute", "link_id", id).map((a) => a.taxonomy_term_id);
  const languages = find("language", "service_id", serviceId).map((l) => String(l.code ?? "").toLowerCase()).filter(Boolean);
  const costs = find("cost_option", "service_id", serviceId);
  const schedules = find("schedule", "service_id", serviceId);
  const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  const values: FormValues = {
    organization_name: str(org.name),
    organization_description: str(org.description),
    organization_website: str(org.website),
    is_association: terms(org.id).includes(ASSOCIATION_TERM.id) ? ["1"] : [],
    name: str(service.name),
    description: str(service.description),
    types: terms(serviceId)
      .map((id) => TERM_BY_ID.get(id as string))
      .filter((t) => isServiceType(t) && t.code !== ASSOCIATION_TERM.code)
      .map((t) => t!.code),
    features: SERVICE_FEATURES.filter((f) => terms(serviceId).includes(f.id)).map((f) => f.code),
    eligibility: str(service.eligibility_description),
    application_process: str(service.application_process),
    fees_description: str(service.fees_description),
    free: costs.some((c) => c.amount === 0) ? "yes" : costs.length ? "no" : "unknown",
    languages: languages.filter((l) => (LOCALES as readonly string[]).includes(l)),
    other_languages: languages.filter((l) => !(LOCALES as readonly string[]).includes(l)).join(", "),
    mode: location?.location_type === "virtual" ? "remote" : "in_person",
    country: str(address?.country).toUpperCase(),
    city: str(address?.city),
    region: str(address?.state_province),
    address_1: str(address?.address_1),
    postal_code: str(address?.postal_code),
    transportation: str(location?.transportation),
    wheelchair: location && terms(location.id).includes(WHEELCHAIR_TERM.id) ? ["1"] : [],
    latitude: str(location?.latitude),
    longitude: str(location?.longitude),
    phone: str(phones[0]?.number),
    phone_2: str(phones[1]?.number),
    email: str(service.email),
    url: str(service.url),
    alert: str(service.alert),
    status: str(service.status) || "active",
    always_open: [],
    utc_offset: "",
    hours_note: "",
  };
  for (const s of schedules) {
    if (s.timezone !== null && s.timezone !== undefined) values.utc_offset = str(s.timezone);
    if (typeof s.description === "string" && !values.hours_note) values.hours_note = s.description;
    if (s.freq !== "WEEKLY" || typeof s.byday !== "string") continue;
    const opens = str(s.opens_at).slice(0, 5);
    const closes = str(s.closes_at).slice(0, 5);
    if (opens === "00:00" && closes === "23:59" && s.byday.split(",").length === 7) {
      values.always_open = ["1"];
      continue;
    }
    for (const d of s.byday.split(",")) {
      if ((DAYS as readonly string[]).includes(d)) {
        values[`opens_${d}`] = opens;
        values[`closes_${d}`] = closes;
      }
    }
  }
  return {
    values,
    ids: {
      organizationId: str(org.id) || randomUUID(),
      serviceId,
      locationId: str(location?.id) || randomUUID(),
      salId: str(sal?.id) || randomUUID(),
      addressId: str(address?.id) || randomUUID(),
    },
    extraLocations: Math.max(0, sals.length - 1),
  };
}
