/**
 * The 193 United Nations Member States and the 2 non-member observer States
 * (Holy See, State of Palestine), as data only. Display names come from
 * `Intl.DisplayNames` at runtime, in each language.
 *
 * Region and sub-region follow UN M49, "Standard country or area codes for
 * statistical use" (unstats.un.org/unsd/methodology/m49/). Sub-regions are the
 * geographic ones (e.g. Mexico is Central America 013, not the intermediate
 * Latin America and the Caribbean 419).
 */

/** UN M49 regions: Africa, Americas, Asia, Europe, Oceania. */
export type UnRegion = "002" | "019" | "142" | "150" | "009";

export interface UnState {
  /** ISO 3166-1 alpha-2. */
  code: string;
  status: "member" | "observer";
  region: UnRegion;
  /** UN M49 sub-region code, e.g. "155" Western Europe. */
  subregion: string;
}

export const UN_REGIONS: readonly UnRegion[] = Object.freeze([
  "002",
  "019",
  "142",
  "150",
  "009",
] as const);

/** Sub-region → the codes of its States. Observers are marked with a leading "*". */
const BY_SUBREGION: ReadonlyArray<readonly [UnRegion, string, string]> = [
  // Africa
  ["002", "015", "DZ EG LY MA SD TN"], // Northern Africa
  ["002", "014", "BI DJ ER ET KE KM MG MU MW MZ RW SC SO SS TZ UG ZM ZW"], // Eastern Africa
  ["002", "017", "AO CD CF CG CM GA GQ ST TD"], // Middle Africa
  ["002", "018", "BW LS NA SZ ZA"], // Southern Africa
  ["002", "011", "BF BJ CI CV GH GM GN GW LR ML MR NE NG SL SN TG"], // Western Africa
  // Americas
  ["019", "029", "AG BB BS CU DM DO GD HT JM KN LC TT VC"], // Caribbean
  ["019", "013", "BZ CR GT HN MX NI PA SV"], // Central America
  ["019", "005", "AR BO BR CL CO EC GY PE PY SR UY VE"], // South America
  ["019", "021", "CA US"], // Northern America
  // Asia
  ["142", "143", "KG KZ TJ TM UZ"], // Central Asia
  ["142", "030", "CN JP KP KR MN"], // Eastern Asia
  ["142", "035", "BN ID KH LA MM MY PH SG TH TL VN"], // South-eastern Asia
  ["142", "034", "AF BD BT IN IR LK MV NP PK"], // Southern Asia
  ["142", "145", "AE AM AZ BH CY GE IL IQ JO KW LB OM *PS QA SA SY TR YE"], // Western Asia
  // Europe
  ["150", "151", "BG BY CZ HU MD PL RO RU SK UA"], // Eastern Europe
  ["150", "154", "DK EE FI GB IE IS LT LV NO SE"], // Northern Europe
  ["150", "039", "AD AL BA ES GR HR IT ME MK MT PT RS SI SM *VA"], // Southern Europe
  ["150", "155", "AT BE CH DE FR LI LU MC NL"], // Western Europe
  // Oceania
  ["009", "053", "AU NZ"], // Australia and New Zealand
  ["009", "054", "FJ PG SB VU"], // Melanesia
  ["009", "057", "FM KI MH NR PW"], // Micronesia
  ["009", "061", "TO TV WS"], // Polynesia
];

export const UN_STATES: readonly UnState[] = Object.freeze(
  BY_SUBREGION.flatMap(([region, subregion, codes]) =>
    codes.split(" ").map(
      (token): UnState =>
        Object.freeze({
          code: token.replace("*", ""),
          status: token.startsWith("*") ? "observer" : "member",
          region,
          subregion,
        }),
    ),
  ).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
);

export const UN_STATE_BY_CODE: ReadonlyMap<string, UnState> = new Map(
  UN_STATES.map((s) => [s.code, s]),
);

/** True for a UN Member State or observer State, given an ISO 3166-1 alpha-2 code (any case). */
export function isUnState(code: string): boolean {
  return UN_STATE_BY_CODE.has(code.toUpperCase());
}
