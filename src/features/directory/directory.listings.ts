import { countryCodes, regionName } from "../../i18n/format.ts";
import { LOCALES } from "../../i18n/locales.ts";
import { indexTokens, normaliseToken } from "../../i18n/segment.ts";
import { ASSOCIATION_TERM, PORTAL_TERMS, SERVICE_FEATURES, TERM_BY_ID, WHEELCHAIR_TERM, isServiceType } from "./directory.taxonomy.ts";
import type { HsdsRow, HsdsTable, HsdsTables } from "./hsds/tables.ts";

/**
 * Turns the HSDS rows of some services into search listings: one per service at a location (or one
 * for a service with no location), with the facts the filters need. A pure function, so the rules
 * that decide "free", "remote", "open now" and the rest can be read and tested in one place.
 */
export interface ListingDraft {
  serviceId: string;
  locationId: string | null;
  organizationId: string | null;
  name: string;
  organizationName: string | null;
  summary: string;
  textLanguage: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  cityKey: string | null;
  latitude: number | null;
  longitude: number | null;
  free: boolean;
  remote: boolean;
  inPerson: boolean;
  wheelchair: boolean;
  alwaysOpen: boolean;
  association: boolean;
  modifiedAt: string;
  tokens: string;
  types: string[];
  /** Codes of the service's own features ("women-led", "staff-gender-on-request"). */
  features: string[];
  languages: string[];
  /** Minutes of the week in UTC, Monday 00:00 = 0, [start, end). */
  hours: [number, number][];
}

const WEEK = 7 * 1440;

/** FNV-1a, base 36: a short letters-and-digits key for a value that may hold any character. */
function shortHash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Index terms that stand for filters, so one full-text query applies words and filters together.
 * They start with a digit and a kind letter and hold only letters and digits, so no word of a
 * record's text can be mistaken for them and every tokenizer keeps them whole.
 */
export const filterToken = {
  country: (code: string) => `0c${code.toLowerCase()}`,
  region: (country: string, region: string) => `0r${shortHash(`${country.toUpperCase()}|${region}`)}`,
  city: (country: string, key: string) => `0y${shortHash(`${country.toUpperCase()}|${key}`)}`,
  type: (code: string) => `0t${code.replace(/[^a-z0-9]/g, "x")}`,
  language: (code: string) => `0l${code.toLowerCase().replace(/[^a-z]/g, "")}`,
  organization: (id: string) => `0o${shortHash(id)}`,
  feature: (code: string) => `0e${code.replace(/[^a-z0-9]/g, "x")}`,
  flag: (name: "free" | "wheelchair" | "association" | "remote" | "in_person" | "always_open") => `0f${name.replace("_", "x")}`,
};

function filterTokensOf(d: Omit<ListingDraft, "tokens">): string {
  const out = [
    ...d.types.map(filterToken.type),
    ...d.features.map(filterToken.feature),
    ...d.languages.map(filterToken.language),
    ...(d.organizationId ? [filterToken.organization(d.organizationId)] : []),
  ];
  if (d.country) {
    out.push(filterToken.country(d.country));
    if (d.region) out.push(filterToken.region(d.country, d.region));
    if (d.cityKey) out.push(filterToken.city(d.country, d.cityKey));
  }
  if (d.free) out.push(filterToken.flag("free"));
  if (d.wheelchair) out.push(filterToken.flag("wheelchair"));
  if (d.association) out.push(filterToken.flag("association"));
  if (d.remote) out.push(filterToken.flag("remote"));
  if (d.inPerson) out.push(filterToken.flag("in_person"));
  if (d.alwaysOpen) out.push(filterToken.flag("always_open"));
  return out.join(" ");
}
const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/** Children of each table grouped by a foreign key, built once for the whole batch. */
class Index {
  private readonly maps = new Map<string, Map<string, HsdsRow[]>>();
  constructor(private readonly tables: HsdsTables) {}

  by(table: HsdsTable, field: string, id: string | null | undefined): HsdsRow[] {
    if (!id) return [];
    const key = `${table}.${field}`;
    let map = this.maps.get(key);
    if (!map) {
      map = new Map();
      for (const row of this.tables[table] ?? []) {
        const v = row[field];
        if (typeof v !== "string") continue;
        const list = map.get(v);
        if (list) list.push(row);
        else map.set(v, [row]);
      }
      this.maps.set(key, map);
    }
    return map.get(id) ?? [];
  }

  one(table: HsdsTable, id: string | null | undefined): HsdsRow | undefined {
    return this.by(table, "id", id)[0];
  }
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * Words of the names of countries and of the kinds of help, in the six languages, each with the filter
 * terms it can stand for: a search for "Francia", "法国" or "دعم نفسي" also finds services in France
 * or offering psychological support, whatever language their own text is in. Built once.
 */
let nameWords: { index: Map<string, Set<string>>; sorted: string[]; rank: Map<string, number> } | null = null;
function nameWordIndex(): { index: Map<string, Set<string>>; sorted: string[]; rank: Map<string, number> } {
  if (nameWords) return nameWords;
  const index = new Map<string, Set<string>>();
  const add = (text: string, locale: string, term: string) => {
    for (const token of indexTokens(text, locale)) {
      const set = index.get(token) ?? new Set<string>();
      set.add(term);
      index.set(token, set);
    }
  };
  for (const locale of LOCALES) {
    for (const code of countryCodes()) add(regionName(locale, code), locale, filterToken.country(code));
    for (const term of PORTAL_TERMS) if (isServiceType(term)) add(term.names[locale], locale, filterToken.type(term.code));
  }
  // Sorted by code unit, so the words starting with a prefix are one run, found by binary search.
  const words = [...index.keys()];
  nameWords = { index, sorted: [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), rank: new Map(words.map((w, i) => [w, i])) };
  return nameWords;
}

/** The words of the sorted list that start with `prefix`. */
function* startingWith(sorted: readonly string[], prefix: string): Generator<string> {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) yield sorted[i]!;
}

/** For each query token, the filter terms it may stand for (a word of a country's or a kind of help's name). */
export function nameExpansions(tokens: string[], prefix: (token: string) => boolean): Map<string, string[]> {
  const { index, sorted, rank } = nameWordIndex();
  const out = new Map<string, string[]>();
  for (const token of tokens) {
    const found = new Set<string>(index.get(token) ?? []);
    if (prefix(token)) {
      // In the index's own order (countries first, language by language), as the first 40 are kept.
      const words = [...startingWith(sorted, token)].sort((a, b) => rank.get(a)! - rank.get(b)!);
      for (const word of words) for (const t of index.get(word)!) found.add(t);
    }
    if (found.size) out.set(token, [...found].slice(0, 40));
  }
  return out;
}

/** "09:00", "09:00:00", "09:00Z", "09:00+02:00" → minutes after midnight and an offset in minutes, if written. */
function parseTime(value: unknown): { minutes: number; offset: number | null } | null {
  const m = typeof value === "string" ? /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim()) : null;
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (minutes > 24 * 60) return null;
  let offset: number | null = null;
  if (m[3] === "Z") offset = 0;
  else if (m[3]) {
    const sign = m[3][0] === "-" ? -1 : 1;
    const digits = m[3].slice(1).replace(":", "");
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  return { minutes, offset };
}

/**
 * Weekly opening hours of HSDS schedules (RFC 5545 rules: only WEEKLY with BYDAY describes a weekly
 * pattern) as UTC minute ranges of the week. The UTC offset comes from the time itself or from the
 * schedule's `timezone` (hours); with neither, the time is taken as UTC. A closing time of 23:59 counts
 * as midnight, so a "00:00–23:59 every day" line is open around the clock.
 */
export function weeklyHours(schedules: HsdsRow[], now: Date): [number, number][] {
  const today = now.toISOString().slice(0, 10);
  const ranges: [number, number][] = [];
  for (const s of schedules) {
    if (s.freq !== "WEEKLY" || typeof s.byday !== "string") continue;
    if (typeof s.valid_to === "string" && s.valid_to < today) continue;
    if (typeof s.valid_from === "string" && s.valid_from > today) continue;
    const opens = parseTime(s.opens_at);
    const closes = parseTime(s.closes_at);
    if (!opens || !closes) continue;
    const offset = opens.offset ?? (num(s.timezone) !== null ? Math.round(num(s.timezone)! * 60) : 0);
    let end = closes.minutes >= 23 * 60 + 59 ? 1440 : closes.minutes;
    if (end <= opens.minutes) end += 1440; // overnight: closes the next day
    for (const day of s.byday.split(",")) {
      const d = DAYS.indexOf(day.trim().toUpperCase());
      if (d < 0) continue; // "2MO" and the like are monthly patterns: not a weekly opening
      const start = d * 1440 + opens.minutes - offset;
      addRange(ranges, start, d * 1440 + end - offset);
    }
  }
  return mergeRanges(ranges);
}

function addRange(ranges: [number, number][], start: number, end: number): void {
  const s = ((start % WEEK) + WEEK) % WEEK;
  const length = Math.min(end - start, WEEK);
  if (s + length <= WEEK) ranges.push([s, s + length]);
  else {
    ranges.push([s, WEEK]);
    ranges.push([0, s + length - WEEK]);
  }
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Minute of the week in UTC for a moment, as used by the hours index. */
export function minuteOfWeek(at: Date): number {
  const day = (at.getUTCDay() + 6) % 7;
  return day * 1440 + at.getUTCHours() * 60 + at.getUTCMinutes();
}

export function cityKey(city: string): string {
  return normaliseToken(city.trim()).replace(/\s+/g, " ");
}

function languageCode(code: unknown): string | null {
  const c = str(code)?.toLowerCase();
  if (!c) return null;
  return c.split(/[-_]/)[0] ?? null;
}

function summarise(text: string | null): string {
  if (!text) return "";
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= 240) return flat;
  const cut = flat.slice(0, 240);
  const space = cut.lastIndexOf(" ");
  return `${(space > 160 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function buildListings(
  tables: HsdsTables,
  services: { id: string; textLanguage: string | null }[],
  now: Date,
): ListingDraft[] {
  const ix = new Index(tables);
  const out: ListingDraft[] = [];
  const push = (d: ListingDraft) => out.push({ ...d, tokens: `${d.tokens} ${filterTokensOf(d)}` });
  for (const { id, textLanguage } of services) {
    const service = ix.one("service", id);
    if (!service) continue;
    const org = ix.one("organization", str(service.organization_id));
    const orgTerms = ix.by("attribute", "link_id", org?.id as string | undefined).map((a) => a.taxonomy_term_id);
    const association = orgTerms.includes(ASSOCIATION_TERM.id);
    const serviceTermIds = ix
      .by("attribute", "link_id", id)
      .map((a) => a.taxonomy_term_id)
      .filter((t): t is string => typeof t === "string");
    const serviceTerms = serviceTermIds.map((t) => TERM_BY_ID.get(t));
    const types = new Set(serviceTerms.filter((t) => isServiceType(t) && t.linkEntity === "service").map((t) => t!.code));
    const features = SERVICE_FEATURES.filter((f) => serviceTermIds.includes(f.id)).map((f) => f.code);
    if (association) types.add(ASSOCIATION_TERM.code);

    const costs = ix.by("cost_option", "service_id", id);
    const free = costs.some((c) => num(c.amount) === 0) && !costs.some((c) => (num(c.amount) ?? 0) > 0);
    const languages = new Set(ix.by("language", "service_id", id).map((l) => languageCode(l.code)).filter((c): c is string => c !== null));
    const servicePhones = ix.by("phone", "service_id", id);
    const name = str(service.name) ?? "";
    const description = str(service.description);
    const baseWords = [
      indexTokens([name, str(service.alternate_name), description, str(service.eligibility_description), str(org?.name), str(org?.alternate_name)].filter(Boolean).join(" \n "), textLanguage ?? "en").join(" "),
    ];
    const serviceSchedules = ix.by("schedule", "service_id", id).filter((s) => !s.location_id && !s.service_at_location_id);
    const common = {
      serviceId: id,
      organizationId: str(service.organization_id),
      name,
      organizationName: str(org?.name),
      summary: summarise(description),
      textLanguage,
      free,
      association,
      modifiedAt: str(service.last_modified) ?? now.toISOString(),
      types: [...types].sort(),
      features,
    };

    const sals = ix.by("service_at_location", "service_id", id);
    if (sals.length === 0) {
      const hours = weeklyHours(serviceSchedules, now);
      push({
        ...common,
        locationId: null,
        country: null,
        region: null,
        city: null,
        cityKey: null,
        latitude: null,
        longitude: null,
        remote: servicePhones.length > 0 || Boolean(str(service.url)),
        inPerson: false,
        wheelchair: false,
        alwaysOpen: isAlwaysOpen(hours),
        tokens: baseWords.join(" "),
        languages: [...languages].sort(),
        hours,
      });
      continue;
    }
    for (const sal of sals) {
      const location = ix.one("location", str(sal.location_id));
      const addresses = ix.by("address", "location_id", location?.id as string | undefined);
      const address = addresses.find((a) => a.address_type === "physical") ?? addresses[0];
      const country = str(address?.country)?.toUpperCase() ?? null;
      const city = str(address?.city);
      const region = str(address?.state_province);
      const locationTerms = ix.by("attribute", "link_id", location?.id as string | undefined).map((a) => a.taxonomy_term_id);
      const salSchedules = ix.by("schedule", "service_at_location_id", sal.id as string);
      const locationSchedules = ix.by("schedule", "location_id", location?.id as string | undefined).filter((s) => !s.service_at_location_id);
      const schedules = salSchedules.length ? salSchedules : serviceSchedules.length ? serviceSchedules : locationSchedules;
      const hours = weeklyHours(schedules, now);
      const listingLanguages = new Set(languages);
      for (const l of ix.by("language", "location_id", location?.id as string | undefined)) {
        const code = languageCode(l.code);
        if (code) listingLanguages.add(code);
      }
      const virtual = location?.location_type === "virtual";
      const lat = num(location?.latitude);
      const lon = num(location?.longitude);
      const placeWords = indexTokens([city, region, str(location?.name)].filter(Boolean).join(" "), textLanguage ?? "en").join(" ");
      push({
        ...common,
        locationId: str(location?.id),
        country: country && /^[A-Z]{2}$/.test(country) ? country : null,
        region,
        city,
        cityKey: city ? cityKey(city) : null,
        latitude: !virtual && lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? lat : null,
        longitude: !virtual && lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? lon : null,
        remote: virtual,
        inPerson: location?.location_type === "physical",
        wheelchair: locationTerms.includes(WHEELCHAIR_TERM.id),
        alwaysOpen: isAlwaysOpen(hours),
        tokens: [...baseWords, placeWords].join(" "),
        languages: [...listingLanguages].sort(),
        hours,
      });
    }
  }
  return out;
}

function isAlwaysOpen(hours: [number, number][]): boolean {
  return hours.length === 1 && hours[0]![0] === 0 && hours[0]![1] === WEEK;
}
