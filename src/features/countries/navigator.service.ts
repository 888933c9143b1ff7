import type { Db } from "../../db/database.ts";
import type { Locale } from "../../i18n/locales.ts";
import { DirectorySearchSchema } from "../directory/directory.schema.ts";
import { searchDirectory, type ListingHit } from "../directory/directory.search.ts";
import { directoryService } from "../directory/directory.service.ts";
import { UN_STATE_BY_CODE } from "./countries.data.ts";
import type { CountryProfile } from "./countries.schema.ts";
import { countriesService, emptyProfile } from "./countries.service.ts";
import type { ServiceSummary } from "./countries.views.tsx";
import { countriesInvolved, matchSchemes, serviceTypesFor, type NavigatorAnswers, type SchemeMatch } from "./navigator.ts";

export interface InvolvedCountry {
  code: string;
  /** Why it is in the answer: where the attack happened, where the reader lives, their nationality. */
  roles: ("attack" | "home" | "nationality")[];
  /** The published profile, or the empty one; null for a territory that is not a UN State. */
  profile: CountryProfile | null;
}

export interface ServiceGroup {
  country: string;
  services: ServiceSummary[];
  /** None was found in the reader's language; these work in other languages. */
  otherLanguages: boolean;
  total: number;
}

export interface NavigatorResult {
  answers: NavigatorAnswers & { near?: string | undefined };
  today: string;
  countries: InvolvedCountry[];
  matches: SchemeMatch[];
  services: ServiceGroup[];
}

const SERVICES_PER_COUNTRY = 5;

/** A directory search hit as the country pages and the navigator list it. */
export function toServiceSummary(h: ListingHit): ServiceSummary {
  return { id: h.service_id, name: h.name, organization: h.organization_name, city: h.city, country: h.country, phone: h.phone, textLanguage: h.text_language };
}

/** Works out the navigator's answer page from the answers in the address. Reads only; stores nothing. */
export function navigatorService(db: Db, clock: () => Date) {
  const countries = countriesService(db, clock);
  const directory = directoryService(db, clock);

  async function servicesIn(country: string, answers: NavigatorResult["answers"], locale: Locale): Promise<ServiceGroup> {
    const base = {
      country,
      type: serviceTypesFor(answers.needs),
      ...(answers.near && country === answers.home ? { near: answers.near, sort: "distance" } : {}),
    };
    const run = async (lang: string | undefined) => {
      const parsed = DirectorySearchSchema.safeParse({ ...base, ...(lang ? { lang } : {}) });
      if (!parsed.success) return { hits: [], total: 0 };
      return searchDirectory(directory.repo, parsed.data, { locale, now: clock(), pageSize: SERVICES_PER_COUNTRY });
    };
    let result = await run(locale);
    let otherLanguages = false;
    if (result.hits.length === 0) {
      result = await run(undefined);
      otherLanguages = result.hits.length > 0;
    }
    return {
      country,
      otherLanguages,
      total: result.total,
      services: result.hits.map(toServiceSummary),
    };
  }

  return {
    async result(answers: NavigatorResult["answers"], locale: Locale): Promise<NavigatorResult> {
      const today = clock().toISOString().slice(0, 10);
      const published = await countries.publishedProfiles();
      const involved: InvolvedCountry[] = countriesInvolved(answers).map((code) => ({
        code,
        roles: (["attack", "home", "nationality"] as const).filter((r) => answers[r] === code),
        profile: UN_STATE_BY_CODE.has(code) ? (published.get(code) ?? emptyProfile(code)) : null,
      }));
      const profiles = involved.flatMap((c) => (c.profile ? [c.profile] : []));
      const matches = matchSchemes(profiles, answers, today);
      // Help near the reader first (where they live), then where the attack happened.
      const serviceCountries = [...new Set([answers.home, answers.attack].filter((c): c is string => Boolean(c)))];
      const services = await Promise.all(serviceCountries.map((c) => servicesIn(c, answers, locale)));
      return { answers, today, countries: involved, matches, services };
    },
  };
}
