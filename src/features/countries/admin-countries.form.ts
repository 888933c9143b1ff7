/**
 * The staff forms for a country profile: one form per section and one per scheme. Texts are edited
 * in one language at a time (the other languages' texts are kept); structured facts are shared.
 * Each form turns into a whole new profile document, which the exchange schema validates again.
 */
import { z } from "zod";
import type { MessageKey } from "../../i18n/i18n.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import {
  AFFECTED,
  APPLY_METHODS,
  COVERS,
  NUMBER_KINDS,
  RELATIVES,
  RESIDENCE,
  SGBV_STATUSES,
  type CountryProfile,
  type Localized,
  type Scheme,
} from "./countries.schema.ts";
import { DEADLINE_EVENTS, isIsoDate } from "./deadlines.ts";
import { PROVISIONS, PROVISION_STATUSES } from "./provisions.ts";

export const EDITABLE_SECTIONS = ["authority", "numbers", "rights", "consular", "legislation", "sgbv"] as const;
export type EditableSection = (typeof EDITABLE_SECTIONS)[number];
export const AUTHORITY_ROWS_EXTRA = 1;
export const NUMBER_ROWS_EXTRA = 2;
export const RULE_ROWS = 4;

const E = {
  url: "admin.countries.error.url",
  phone: "admin.countries.error.phone",
  email: "admin.countries.error.email",
  date: "admin.countries.error.date",
  tooLong: "admin.countries.error.tooLong",
  slug: "admin.countries.error.slug",
  slugTaken: "admin.countries.error.slugTaken",
  required: "admin.countries.error.required",
  choose: "admin.countries.error.choose",
  period: "admin.countries.error.period",
  tag: "admin.countries.error.languages",
} as const satisfies Record<string, MessageKey>;

const checks = {
  url: z.url({ protocol: /^https?$/ }).max(2000),
  phone: z.string().max(40).regex(/^[+0-9][0-9 ()./-]*$/),
  email: z.email().max(254),
};

type Values = FormValues;
const str = (v: Values, name: string): string => (typeof v[name] === "string" ? (v[name] as string).trim() : "");
const arr = (v: Values, name: string): string[] => {
  const raw = v[name];
  return (Array.isArray(raw) ? raw : raw ? [raw] : []).filter(Boolean);
};

/** Reads the language being edited from the form or the address; English when absent or unknown. */
export function editLanguage(value: unknown): Locale {
  return typeof value === "string" && isLocale(value) ? value : "en";
}

/** A localized text with this language's text replaced (or removed when empty). */
function withText(current: Localized | undefined, lang: Locale, text: string): Localized | undefined {
  const next: Localized = { ...(current ?? {}) };
  if (text) next[lang] = text;
  else delete next[lang];
  return Object.keys(next).length ? next : undefined;
}

class Collector {
  errors: FieldErrors = {};
  text(v: Values, name: string, max = 8000): string {
    const value = str(v, name);
    if (value.length > max) this.errors[name] ??= E.tooLong;
    return value;
  }
  optional(v: Values, name: string, kind: keyof typeof checks): string | undefined {
    const value = str(v, name);
    if (!value) return undefined;
    if (!checks[kind].safeParse(value).success) this.errors[name] ??= E[kind];
    return value;
  }
  date(v: Values, name: string): string | undefined {
    const value = str(v, name);
    if (!value) return undefined;
    if (!isIsoDate(value)) this.errors[name] ??= E.date;
    return value;
  }
  choices<T extends string>(v: Values, name: string, allowed: readonly T[]): T[] {
    const list = arr(v, name);
    if (list.some((x) => !(allowed as readonly string[]).includes(x))) this.errors[name] ??= E.choose;
    return list.filter((x): x is T => (allowed as readonly string[]).includes(x));
  }
  required(name: string, ok: boolean) {
    if (!ok) this.errors[name] ??= E.required;
  }
}

function meta(c: Collector, v: Values) {
  const title = c.text(v, "source_title", 300);
  const url = c.optional(v, "source_url", "url");
  if (url && !title) c.required("source_title", false);
  const reviewed = c.date(v, "reviewed");
  return { ...(title ? { source: { title, ...(url ? { url } : {}) } } : {}), ...(reviewed ? { reviewed } : {}) };
}

function metaValues(section: { source?: { title: string; url?: string | undefined } | undefined; reviewed?: string | undefined } | undefined): Values {
  return { source_title: section?.source?.title ?? "", source_url: section?.source?.url ?? "", reviewed: section?.reviewed ?? "" };
}

/** The form's values for one section of a profile, texts in the edited language. */
export function sectionValues(profile: CountryProfile, section: EditableSection, lang: Locale): Values {
  const s = profile.sections;
  const tx = (l: Localized | undefined) => l?.[lang] ?? "";
  switch (section) {
    case "authority": {
      const values: Values = metaValues(s.authority);
      (s.authority?.entries ?? []).forEach((e, i) => {
        Object.assign(values, { [`name_${i}`]: tx(e.name), [`description_${i}`]: tx(e.description), [`phone_${i}`]: e.phone ?? "", [`email_${i}`]: e.email ?? "", [`website_${i}`]: e.website ?? "" });
      });
      return values;
    }
    case "numbers": {
      const values: Values = metaValues(s.numbers);
      (s.numbers?.entries ?? []).forEach((e, i) => {
        Object.assign(values, { [`kind_${i}`]: e.kind, [`label_${i}`]: tx(e.label), [`number_${i}`]: e.number, [`hours_${i}`]: tx(e.hours) });
      });
      return values;
    }
    case "rights":
      return { ...metaValues(s.rights), text: tx(s.rights?.text), participation: tx(s.rights?.participation) };
    case "consular":
      return { ...metaValues(s.consular), text: tx(s.consular?.text) };
    case "legislation": {
      const values: Values = { ...metaValues(s.legislation), text: tx(s.legislation?.text) };
      for (const p of PROVISIONS) {
        values[`status_${p.id}`] = s.legislation?.provisions[p.id]?.status ?? "unknown";
        values[`citation_${p.id}`] = s.legislation?.provisions[p.id]?.citation ?? "";
      }
      return values;
    }
    case "sgbv":
      return { ...metaValues(s.sgbv), status: s.sgbv?.status ?? "unknown", note: tx(s.sgbv?.note) };
  }
}

/** How many rows of a repeating section the form shows: the existing ones and some empty. */
export function rowCount(profile: CountryProfile, section: "authority" | "numbers", values?: Values): number {
  const existing = section === "authority" ? (profile.sections.authority?.entries.length ?? 0) : (profile.sections.numbers?.entries.length ?? 0);
  let posted = 0;
  for (const key of Object.keys(values ?? {})) {
    const m = /^(?:name|description|phone|email|website|kind|label|number|hours)_(\d+)$/.exec(key);
    if (m) posted = Math.max(posted, Number(m[1]) + 1);
  }
  return Math.min(section === "authority" ? 10 : 20, Math.max(existing, posted) + (section === "authority" ? AUTHORITY_ROWS_EXTRA : NUMBER_ROWS_EXTRA));
}

/** Applies a section form to the profile: a new document, or the errors to show. */
export function applySection(profile: CountryProfile, section: EditableSection, lang: Locale, v: Values): { ok: true; profile: CountryProfile } | { ok: false; errors: FieldErrors } {
  const c = new Collector();
  const s = { ...profile.sections };
  switch (section) {
    case "authority": {
      const old = s.authority?.entries ?? [];
      const entries: NonNullable<typeof s.authority>["entries"] = [];
      for (let i = 0; i < rowCount(profile, "authority", v); i++) {
        const name = withText(old[i]?.name, lang, c.text(v, `name_${i}`, 300));
        const description = withText(old[i]?.description, lang, c.text(v, `description_${i}`, 2000));
        const phone = c.optional(v, `phone_${i}`, "phone");
        const email = c.optional(v, `email_${i}`, "email");
        const website = c.optional(v, `website_${i}`, "url");
        if (!str(v, `name_${i}`) && !str(v, `description_${i}`) && !phone && !email && !website) continue; // an emptied row is removed
        c.required(`name_${i}`, Boolean(name));
        if (name) entries.push({ name, ...(description ? { description } : {}), ...(phone ? { phone } : {}), ...(email ? { email } : {}), ...(website ? { website } : {}) });
      }
      s.authority = { entries, ...meta(c, v) };
      break;
    }
    case "numbers": {
      const old = s.numbers?.entries ?? [];
      const entries: NonNullable<typeof s.numbers>["entries"] = [];
      for (let i = 0; i < rowCount(profile, "numbers", v); i++) {
        const number = str(v, `number_${i}`);
        const label = withText(old[i]?.label, lang, c.text(v, `label_${i}`, 200));
        const hours = withText(old[i]?.hours, lang, c.text(v, `hours_${i}`, 200));
        if (!number && !str(v, `label_${i}`)) continue;
        c.required(`number_${i}`, Boolean(number));
        if (number && !checks.phone.safeParse(number).success) c.errors[`number_${i}`] ??= E.phone;
        const [kind] = c.choices(v, `kind_${i}`, NUMBER_KINDS);
        c.required(`kind_${i}`, Boolean(kind));
        if (number && kind) entries.push({ kind, number, ...(label ? { label } : {}), ...(hours ? { hours } : {}) });
      }
      s.numbers = { entries, ...meta(c, v) };
      break;
    }
    case "rights": {
      const text = withText(s.rights?.text, lang, c.text(v, "text"));
      const participation = withText(s.rights?.participation, lang, c.text(v, "participation"));
      s.rights = { ...(text ? { text } : {}), ...(participation ? { participation } : {}), ...meta(c, v) };
      break;
    }
    case "consular": {
      const text = withText(s.consular?.text, lang, c.text(v, "text"));
      if (text) s.consular = { text, ...meta(c, v) };
      else delete s.consular;
      break;
    }
    case "legislation": {
      const text = withText(s.legislation?.text, lang, c.text(v, "text"));
      const provisions: NonNullable<typeof s.legislation>["provisions"] = {};
      for (const p of PROVISIONS) {
        const [status] = c.choices(v, `status_${p.id}`, PROVISION_STATUSES);
        const citation = c.text(v, `citation_${p.id}`, 500);
        if ((status && status !== "unknown") || citation) provisions[p.id] = { status: status ?? "unknown", ...(citation ? { citation } : {}) };
      }
      s.legislation = { ...(text ? { text } : {}), provisions, ...meta(c, v) };
      break;
    }
    case "sgbv": {
      // "Not known" with nothing else said removes the section: the profile then shows nothing.
      const [status] = c.choices(v, "status", SGBV_STATUSES);
      const note = withText(s.sgbv?.note, lang, c.text(v, "note", 1000));
      const m = meta(c, v);
      const next = { status: status ?? "unknown", ...(note ? { note } : {}), ...m };
      if (next.status === "unknown" && !note && !m.source) delete s.sgbv;
      else s.sgbv = next;
      break;
    }
  }
  if (Object.keys(c.errors).length) return { ok: false, errors: c.errors };
  return { ok: true, profile: { ...profile, sections: s } };
}

/** The scheme form's values, texts in the edited language (evidence one item a line). */
export function schemeValues(scheme: Scheme | undefined, lang: Locale): Values {
  if (!scheme) return { combine: "latest", in_country_who: [], abroad_who: [] };
  const tx = (l: Localized | undefined) => l?.[lang] ?? "";
  const values: Values = {
    id: scheme.id,
    name: tx(scheme.name),
    operator: tx(scheme.operator),
    summary: tx(scheme.summary),
    in_country_who: scheme.coverage.filter((c) => c.where === "in_country").flatMap((c) => c.who),
    abroad_who: scheme.coverage.filter((c) => c.where === "abroad").flatMap((c) => c.who),
    designated: scheme.designated ? "1" : "",
    designation_note: tx(scheme.designation?.note),
    designation_url: scheme.designation?.url ?? "",
    affected: scheme.affected,
    relatives: scheme.relatives ?? [],
    combine: scheme.deadlines.combine,
    deadline_note: tx(scheme.deadlines.note),
    covers: scheme.covers,
    covers_note: tx(scheme.coversNote),
    evidence: scheme.evidence.map((e) => e[lang] ?? "").join("\n").replace(/\n+$/, ""),
    methods: scheme.apply.methods,
    apply_url: scheme.apply.url ?? "",
    apply_phone: scheme.apply.phone ?? "",
    apply_email: scheme.apply.email ?? "",
    apply_address: scheme.apply.address ?? "",
    languages: scheme.languages.join(", "),
    ...metaValues(scheme),
  };
  scheme.deadlines.rules.forEach((r, i) => {
    Object.assign(values, { [`years_${i}`]: r.within.years ? String(r.within.years) : "", [`months_${i}`]: r.within.months ? String(r.within.months) : "", [`days_${i}`]: r.within.days ? String(r.within.days) : "", [`from_${i}`]: r.from, [`for_${i}`]: r.for?.[0] ?? "" });
  });
  return values;
}

/** Applies the scheme form: the scheme added or replaced in the profile, or the errors to show. */
export function applyScheme(profile: CountryProfile, existing: Scheme | undefined, lang: Locale, v: Values): { ok: true; profile: CountryProfile; id: string } | { ok: false; errors: FieldErrors } {
  const c = new Collector();
  const id = existing ? existing.id : str(v, "id");
  if (!existing) {
    if (!/^[a-z0-9][a-z0-9-]{1,59}$/.test(id)) c.errors.id = E.slug;
    else if (profile.schemes.some((s) => s.id === id)) c.errors.id = E.slugTaken;
  }
  const name = withText(existing?.name, lang, c.text(v, "name", 300));
  c.required("name", Boolean(name));
  const operator = withText(existing?.operator, lang, c.text(v, "operator", 300));
  c.required("operator", Boolean(operator));
  const summary = withText(existing?.summary, lang, c.text(v, "summary", 2000));
  const inCountry = c.choices(v, "in_country_who", RESIDENCE);
  const abroad = c.choices(v, "abroad_who", RESIDENCE);
  c.required("in_country_who", inCountry.length + abroad.length > 0);
  const affected = c.choices(v, "affected", AFFECTED);
  c.required("affected", affected.length > 0);
  const relatives = c.choices(v, "relatives", RELATIVES);
  const designationNote = withText(existing?.designation?.note, lang, c.text(v, "designation_note", 1000));
  const designationUrl = c.optional(v, "designation_url", "url");
  const rules: Scheme["deadlines"]["rules"] = [];
  for (let i = 0; i < RULE_ROWS; i++) {
    const nums = (["years", "months", "days"] as const).map((u) => [u, str(v, `${u}_${i}`)] as const);
    if (nums.every(([, n]) => !n)) continue;
    const within: Record<string, number> = {};
    for (const [u, n] of nums) {
      if (!n) continue;
      if (!/^\d{1,5}$/.test(n)) c.errors[`years_${i}`] ??= E.period;
      else if (Number(n) > 0) within[u] = Number(n);
    }
    if (!Object.keys(within).length) c.errors[`years_${i}`] ??= E.period;
    const [from] = c.choices(v, `from_${i}`, DEADLINE_EVENTS);
    c.required(`from_${i}`, Boolean(from));
    const forWho = c.choices(v, `for_${i}`, AFFECTED);
    if (from && Object.keys(within).length) rules.push({ within, from, ...(forWho.length ? { for: forWho } : {}) });
  }
  const [combine] = c.choices(v, "combine", ["latest", "earliest"] as const);
  const deadlineNote = withText(existing?.deadlines.note, lang, c.text(v, "deadline_note", 1000));
  const covers = c.choices(v, "covers", COVERS);
  const coversNote = withText(existing?.coversNote, lang, c.text(v, "covers_note", 1000));
  // Evidence: line i is item i in this language; other languages' texts of the item are kept.
  const lines = c.text(v, "evidence", 8000).split(/\r?\n/).map((l) => l.trim());
  const count = Math.max(lines.length, existing?.evidence.length ?? 0);
  const evidence: Localized[] = [];
  for (let i = 0; i < count; i++) {
    const item = withText(existing?.evidence[i], lang, lines[i] ?? "");
    if (item) evidence.push(item);
  }
  const methods = c.choices(v, "methods", APPLY_METHODS);
  const url = c.optional(v, "apply_url", "url");
  const phone = c.optional(v, "apply_phone", "phone");
  const email = c.optional(v, "apply_email", "email");
  const address = c.text(v, "apply_address", 500);
  const languages = str(v, "languages").split(/[,\s]+/).filter(Boolean);
  if (languages.some((t) => !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(t))) c.errors.languages = E.tag;
  const m = meta(c, v);
  if (Object.keys(c.errors).length || !name || !operator) return { ok: false, errors: c.errors };
  const scheme: Scheme = {
    id,
    name,
    operator,
    ...(summary ? { summary } : {}),
    coverage: [
      ...(inCountry.length ? [{ where: "in_country" as const, who: inCountry }] : []),
      ...(abroad.length ? [{ where: "abroad" as const, who: abroad }] : []),
    ],
    designated: v.designated === "1",
    ...(designationNote || designationUrl ? { designation: { ...(designationNote ? { note: designationNote } : {}), ...(designationUrl ? { url: designationUrl } : {}) } } : {}),
    affected,
    ...(relatives.length ? { relatives } : {}),
    deadlines: { rules, combine: combine ?? "latest", ...(deadlineNote ? { note: deadlineNote } : {}) },
    covers,
    ...(coversNote ? { coversNote } : {}),
    evidence,
    apply: { methods, ...(url ? { url } : {}), ...(phone ? { phone } : {}), ...(email ? { email } : {}), ...(address ? { address } : {}) },
    languages,
    ...m,
  };
  const schemes = existing ? profile.schemes.map((s) => (s.id === existing.id ? scheme : s)) : [...profile.schemes, scheme];
  return { ok: true, profile: { ...profile, schemes }, id };
}
