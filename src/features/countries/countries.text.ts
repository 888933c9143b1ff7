/**
 * Scheme facts in words, in the reader's language: shared by the profile page, the navigator's
 * answer and its PDF, so the three say the same thing.
 */
import { formatDate, formatList, regionName, spokenLanguageName } from "../../i18n/format.ts";
import type { MessageKey, Translator } from "../../i18n/i18n.ts";
import { LOCALES, type Locale } from "../../i18n/locales.ts";
import { compareText } from "../../i18n/format.ts";
import { UN_REGIONS, UN_STATES, type UnRegion } from "./countries.data.ts";
import type { DeadlineRuleInput, Scheme } from "./countries.schema.ts";

export const k = (key: string) => key as MessageKey;

/** A profile section's title; the survivors-of-sexual-violence field has its own key family. */
export const sectionTitleKey = (section: string): MessageKey => (section === "sgbv" ? "countries.sgbv.title" : k(`countries.section.${section}`));

/** "2 years", "12 months", "1 year and 6 months". */
export function periodText(t: Translator, locale: Locale, within: DeadlineRuleInput["within"]): string {
  const parts: string[] = [];
  if (within.years) parts.push(t("countries.period.years", { count: within.years }));
  if (within.months) parts.push(t("countries.period.months", { count: within.months }));
  if (within.days) parts.push(t("countries.period.days", { count: within.days }));
  return formatList(locale, parts);
}

/** "Within 2 years of the attack's official declaration (for bereaved family)". */
export function ruleText(t: Translator, locale: Locale, rule: DeadlineRuleInput): string {
  const text = t(k(`countries.rule.${rule.from}`), { period: periodText(t, locale, rule.within) });
  if (!rule.for) return text;
  return t("countries.rule.forSome", { rule: text, who: formatList(locale, rule.for.map((a) => t(k(`countries.affected.${a}`)))) });
}

/** "Attacks in France: anyone" / "Attacks abroad: nationals or residents". */
export function coverageLines(t: Translator, locale: Locale, code: string, scheme: Scheme): string[] {
  const country = regionName(locale, code);
  return scheme.coverage.map((c) =>
    t(k(`countries.coverage.${c.where}`), {
      country,
      who: formatList(locale, c.who.map((w) => t(k(`countries.residence.${w}`)))),
    }),
  );
}

export function languagesText(locale: Locale, tags: readonly string[]): string {
  return formatList(locale, tags.map((tag) => spokenLanguageName(locale, tag)));
}

export function reviewedText(t: Translator, locale: Locale, reviewed: string | undefined): string | null {
  return reviewed ? t("countries.reviewed", { date: formatDate(locale, reviewed) }) : null;
}

/** The UN's regions, each with its States, names in the reader's language and its sort order. */
export function statesByRegion(locale: Locale): { region: UnRegion; name: string; states: { code: string; name: string; observer: boolean }[] }[] {
  const compare = compareText(locale);
  return UN_REGIONS.map((region) => ({
    region,
    name: regionName(locale, region),
    states: UN_STATES.filter((s) => s.region === region)
      .map((s) => ({ code: s.code, name: regionName(locale, s.code), observer: s.status === "observer" }))
      .sort((a, b) => compare(a.name, b.name)),
  }));
}

/** Lower case, without accents or Arabic diacritics, for matching a typed name. */
function fold(value: string): string {
  return value.normalize("NFKD").replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, "").toLocaleLowerCase("en").replace(/[\s'’.-]+/g, " ").trim();
}

let nameIndex: Map<string, string[]> | null = null;

/** Does the typed text match a State's code, or part of its name in any of the six languages? */
export function matchesCountry(code: string, query: string): boolean {
  const q = fold(query);
  if (!q) return true;
  if (q.length === 2 && q === code.toLowerCase()) return true;
  nameIndex ??= new Map(UN_STATES.map((s) => [s.code, LOCALES.map((l) => fold(regionName(l, s.code)))]));
  return (nameIndex.get(code) ?? []).some((name) => name.includes(q));
}
