/**
 * The "what help can I get" navigator's reasoning, as pure functions: which schemes of the countries
 * involved may apply to the reader, and by when to apply. The answers come from the address (nothing
 * is stored); the profiles are the published ones. This is guidance, not a legal decision: whatever
 * is not known is kept as "may apply", never silently dropped.
 */
import type { Affected, CountryProfile, DeadlineRuleInput, Scheme } from "./countries.schema.ts";
import { deadlineStatus, schemeDeadline, type DeadlineRule, type EventDates } from "./deadlines.ts";

export const ROLES = ["injured", "bereaved", "witness", "first_responder", "other"] as const;
export type NavigatorRole = (typeof ROLES)[number];

/** What the reader needs now, and the directory's service types that answer each need. */
export const NEEDS = {
  money: ["compensation-claims", "financial-practical-help"],
  medical: ["medical-care"],
  psychological: ["psychological-support", "helpline"],
  legal: ["legal-aid"],
  practical: ["financial-practical-help"],
  peer: ["peer-support", "victims-association"],
  consular: ["consular-help"],
} as const;
export type Need = keyof typeof NEEDS;
export const NEED_IDS = Object.keys(NEEDS) as Need[];

export interface NavigatorAnswers {
  attack?: string | undefined;
  home?: string | undefined;
  nationality?: string | undefined;
  role?: NavigatorRole | undefined;
  /** The day of the attack, YYYY-MM-DD. */
  date?: string | undefined;
  needs: Need[];
}

/** The countries whose profiles the answer draws on, in the order: where it happened, home, nationality. */
export function countriesInvolved(a: NavigatorAnswers): string[] {
  return [...new Set([a.attack, a.home, a.nationality].filter((c): c is string => Boolean(c)))];
}

type Fit = "yes" | "maybe" | "no";
const best = (fits: Fit[]): Fit => (fits.includes("yes") ? "yes" : fits.includes("maybe") ? "maybe" : "no");
const all = (fits: Fit[]): Fit => (fits.includes("no") ? "no" : fits.includes("maybe") ? "maybe" : "yes");

export interface SchemeMatch {
  country: string;
  scheme: Scheme;
  /** "likely" when every answer it depends on fits; "possible" when some were skipped. */
  likelihood: "likely" | "possible";
  /** How the reader is covered: the attack in the scheme's country or abroad. */
  where: "in_country" | "abroad" | null;
  deadline: {
    date: string;
    status: "passed" | "soon" | "open";
    rule: DeadlineRuleInput;
    /** Counted from the day of the attack for a declaration, death or injury whose own date the navigator does not ask. */
    assumed: boolean;
  } | null;
  /** The scheme's other rules for this reader (all of them when no date was given). */
  otherRules: DeadlineRuleInput[];
}

function coverageFit(country: string, scheme: Scheme, a: NavigatorAnswers): { fit: Fit; where: SchemeMatch["where"] } {
  let result: { fit: Fit; where: SchemeMatch["where"] } = { fit: "no", where: null };
  for (const entry of scheme.coverage) {
    const place: Fit = !a.attack ? "maybe" : (a.attack === country) === (entry.where === "in_country") ? "yes" : "no";
    const who = best(
      entry.who.map((w): Fit => {
        if (w === "anyone") return "yes";
        const fact = w === "nationals" ? a.nationality : a.home;
        return !fact ? "maybe" : fact === country ? "yes" : "no";
      }),
    );
    const fit = all([place, who]);
    if (fit === "yes" || (fit === "maybe" && result.fit === "no")) result = { fit, where: a.attack ? entry.where : null };
    if (fit === "yes") break;
  }
  return result;
}

function roleFit(scheme: Scheme, role: NavigatorRole | undefined): Fit {
  if (!role) return "maybe";
  return role !== "other" && scheme.affected.includes(role) ? "yes" : "no";
}

/** The rules that concern this reader: those for everyone, and those for their role (all of them when the role is unknown). */
function rulesFor(scheme: Scheme, role: NavigatorRole | undefined): DeadlineRuleInput[] {
  return scheme.deadlines.rules.filter((r) => !r.for || !role || role === "other" || r.for.includes(role as Affected));
}

/**
 * The last day to apply, computed from the attack's date. The declaration, a death or an injury can
 * only come on the day of the attack or later, so each is taken to be on that day: the date shown is
 * then never later than the real one (flagged as such), whichever way the scheme combines its rules.
 */
export function deadlineFor(scheme: Scheme, a: NavigatorAnswers, today: string): Pick<SchemeMatch, "deadline" | "otherRules"> {
  const rules = rulesFor(scheme, a.role);
  if (!a.date) return { deadline: null, otherRules: rules };
  const events: EventDates = { attack: a.date, declaration: a.date, injury: a.date, death: a.date };
  const found = schemeDeadline(rules as DeadlineRule[], events, scheme.deadlines.combine);
  if (!found) return { deadline: null, otherRules: rules };
  return {
    deadline: {
      date: found.date,
      status: deadlineStatus(found.date, today),
      rule: found.rule,
      assumed: found.rule.from !== "attack",
    },
    otherRules: rules.filter((r) => r !== found.rule),
  };
}

/** Schemes of the countries involved that may apply, likely ones first, then by country in the order involved. */
export function matchSchemes(profiles: readonly CountryProfile[], a: NavigatorAnswers, today: string): SchemeMatch[] {
  const order = countriesInvolved(a);
  const out: SchemeMatch[] = [];
  for (const profile of profiles) {
    if (!order.includes(profile.code)) continue;
    for (const scheme of profile.schemes) {
      const coverage = coverageFit(profile.code, scheme, a);
      const fit = all([coverage.fit, roleFit(scheme, a.role)]);
      if (fit === "no") continue;
      out.push({ country: profile.code, scheme, likelihood: fit === "yes" ? "likely" : "possible", where: coverage.where, ...deadlineFor(scheme, a, today) });
    }
  }
  const rank = (m: SchemeMatch) => (m.likelihood === "likely" ? 0 : 1) * 10 + order.indexOf(m.country);
  return out.sort((x, y) => rank(x) - rank(y));
}

/** The directory's service types for the reader's needs (all help types when none was chosen). */
export function serviceTypesFor(needs: readonly Need[]): string[] {
  return [...new Set(needs.flatMap((n) => NEEDS[n]))];
}
