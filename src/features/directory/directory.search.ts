import { queryTokens } from "../../i18n/segment.ts";
import { cityKey, minuteOfWeek, nameExpansions } from "./directory.listings.ts";
import { COUNT_LIMIT, type DirectoryRepo, type ListingRow, type SearchFilters } from "./directory.repo.ts";
import type { DirectorySearch } from "./directory.schema.ts";
import { STAFF_GENDER_TERM, WOMEN_LED_TERM } from "./directory.taxonomy.ts";

export interface ListingHit extends ListingRow {
  /** Kilometres from the search point, when searching near a place. */
  distanceKm: number | null;
  types: string[];
  features: string[];
  languages: string[];
  openNow: boolean;
  phone: string | null;
}

export interface DirectoryResult {
  hits: ListingHit[];
  total: number;
  pageCount: number;
  /** The point distances are measured from, and the place it stands for when a city was chosen. */
  point: { lat: number; lon: number; place: string | null } | null;
  /** The chosen "near" city was not found in the directory. */
  unknownPlace: boolean;
  /** More matches than are counted exactly: the total is a floor. */
  capped: boolean;
}

const EARTH_KM = 6371;
/** Radii tried in turn for a distance search until the page is full; the last has no limit. */
const RADII_KM = [25, 100, 400, 1500];

export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function boxAround(lat: number, lon: number, km: number) {
  const dLat = km / 111.32;
  const cos = Math.max(0.01, Math.cos((lat * Math.PI) / 180));
  const dLon = Math.min(180, km / (111.32 * cos));
  return { minLat: lat - dLat, maxLat: lat + dLat, minLon: lon - dLon, maxLon: lon + dLon };
}

/** Runs a directory search as the public page and the HSDS API ask for it. */
export async function searchDirectory(
  repo: DirectoryRepo,
  query: DirectorySearch,
  opts: { locale: string; now: Date; pageSize: number; places?: (country: string) => ReturnType<DirectoryRepo["places"]> },
): Promise<DirectoryResult> {
  const at = minuteOfWeek(opts.now);
  const filters: SearchFilters = {
    tokens: query.q ? queryTokens(query.q, opts.locale) : [],
    country: query.country,
    region: query.region,
    cityKey: query.city ? cityKey(query.city) : undefined,
    types: query.type,
    features: [...(query.women ? [WOMEN_LED_TERM.code] : []), ...(query.staffgender ? [STAFF_GENDER_TERM.code] : [])],
    language: query.lang,
    free: query.free,
    wheelchair: query.wheelchair,
    mode: query.mode,
    alwaysOpen: query.open === "24h",
    openAt: query.open === "now" ? at : undefined,
  };
  filters.expansions = nameExpansions(filters.tokens, (t) => [...t].length >= 4);
  if (query.q && filters.tokens.length === 0) return { hits: [], total: 0, pageCount: 1, point: null, unknownPlace: false, capped: false };

  let point: DirectoryResult["point"] = null;
  let unknownPlace = false;
  if (query.lat !== undefined && query.lon !== undefined) point = { lat: query.lat, lon: query.lon, place: null };
  else if (query.near && query.country) {
    const key = cityKey(query.near);
    const place = (await (opts.places ?? repo.places)(query.country)).find((p) => p.cityKey === key && p.lat !== null && p.lon !== null);
    if (place) point = { lat: place.lat!, lon: place.lon!, place: place.city };
    else unknownPlace = true;
  }

  const page = { limit: opts.pageSize, offset: (query.page - 1) * opts.pageSize };
  // Services reached by phone or online have no place to be near.
  const sort = query.sort === "distance" && point && query.mode !== "remote" ? "distance" : filters.tokens.length ? "relevance" : "name";
  let result: Awaited<ReturnType<DirectoryRepo["search"]>>;
  if (sort === "distance" && point) {
    result = { rows: [], total: 0, capped: false };
    // The smallest box that fills the page keeps the ordering cheap; the last try has no box.
    // Rare words: their few matches are simply sorted by distance. Common words: a box around the
    // point drives the search and grows until the page is full.
    const fewMatches = filters.tokens.length > 0 && (await repo.wordMatches(filters)) <= COUNT_LIMIT;
    for (const km of fewMatches ? [null] : [...RADII_KM, null]) {
      filters.near = { lat: point.lat, lon: point.lon, ...(km ? { box: boxAround(point.lat, point.lon, km) } : {}) };
      result = await repo.search(filters, "distance", page);
      if (km === null || result.total >= page.offset + page.limit) break;
    }
  } else {
    result = await repo.search(filters, sort, page);
  }

  const ids = result.rows.map((r) => r.id);
  const [facets, open, phones] = await Promise.all([
    repo.facetsOf(ids),
    repo.openListings(ids, at),
    repo.phonesOf(result.rows.map((r) => r.service_id)),
  ]);
  const firstPhone = new Map<string, string>();
  for (const p of phones) {
    if (typeof p.service_id === "string" && typeof p.number === "string" && !firstPhone.has(p.service_id)) firstPhone.set(p.service_id, p.number);
  }
  // The rows are this search's own: they become the hits (copying a row's twenty fields cost more).
  const hits: ListingHit[] = result.rows.map((r) => Object.assign(r, {
    distanceKm: point && r.latitude !== null && r.longitude !== null ? haversineKm(point, { lat: r.latitude, lon: r.longitude }) : null,
    types: facets.get(r.id)?.types ?? [],
    features: facets.get(r.id)?.features ?? [],
    languages: facets.get(r.id)?.languages ?? [],
    openNow: open.has(r.id),
    phone: firstPhone.get(r.service_id) ?? null,
  }));
  // The database orders by a flat-earth approximation, which can swap two far-away places (Amman and
  // Vladikavkaz seen from Paris); within the page, the order follows the distance the page shows.
  if (sort === "distance") hits.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
  return { hits, total: result.total, pageCount: Math.max(1, Math.ceil(result.total / opts.pageSize)), point, unknownPlace, capped: result.capped };
}
