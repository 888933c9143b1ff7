import { createHash } from "node:crypto";
import type { Locale } from "../i18n/locales.ts";
import { ASSOCIATION_TERM, TERM_BY_CODE, WHEELCHAIR_TERM } from "../features/directory/directory.taxonomy.ts";

/**
 * Demonstration records for the directory of support services: fully nested HSDS 3.0 services (each
 * with its organization, locations, phones, hours, languages, costs and portal taxonomy attributes),
 * written in the language a local service would use. Every organization, address, person and number
 * is invented: phone numbers come from ranges reserved for fiction where a country has one, and web
 * and email addresses use the example.org/.com/.net domains. Ids are derived from stable names, so
 * reseeding gives every record the same id.
 *
 * The first entry of each service's `languages` is the language its text is written in.
 */

/** Shown wherever the demo directory is presented, so nobody mistakes it for real referrals. */
export const DEMO_DIRECTORY_NOTE: Readonly<Record<Locale, string>> = {
  ar: "هذا الدليل يضم سجلات تجريبية فقط: المنظمات والعناوين وأرقام الهاتف متخيلة، ولا يجوز الاتصال بها.",
  zh: "本名录仅包含演示记录：其中的机构、地址和电话号码均为虚构，请勿拨打或前往。",
  en: "This directory holds demonstration records only: the organisations, addresses and phone numbers are invented and must not be contacted.",
  fr: "Cet annuaire ne contient que des fiches de démonstration : les organismes, adresses et numéros de téléphone sont fictifs et ne doivent pas être contactés.",
  ru: "В этом справочнике только демонстрационные записи: организации, адреса и номера телефонов вымышлены, обращаться по ним нельзя.",
  es: "Este directorio solo contiene registros de demostración: las organizaciones, direcciones y números de teléfono son ficticios y no se debe contactar con ellos.",
};

/** Languages the demo records are written in: the six UN languages and Norwegian. */
type TextLocale = Locale | "no";

type ServiceTypeCode =
  | "psychological-support"
  | "medical-care"
  | "legal-aid"
  | "compensation-claims"
  | "financial-practical-help"
  | "peer-support"
  | "helpline"
  | "consular-help"
  | "sgbv-medical"
  | "sgbv-psychological"
  | "sgbv-legal"
  | "sgbv-safe-accommodation";

/** Features of a service itself (directory.taxonomy.ts FEATURES linked to services). */
type ServiceFeatureCode = "women-led" | "staff-gender-on-request";

interface DemoOrganization {
  key: string;
  locale: TextLocale;
  name: string;
  alternateName?: string;
  /** Without the demonstration marker, which is appended in the record's language. */
  description: string;
  email: string;
  website: string;
  yearIncorporated?: number;
  legalStatus?: string;
  /** An association of victims of terrorism and their families. */
  association?: boolean;
}

interface DemoPlace {
  key: string;
  type: "physical" | "virtual";
  name: string;
  description?: string;
  transportation?: string;
  latitude?: number;
  longitude?: number;
  url?: string;
  address: { address_1: string; address_2?: string; city: string; state_province: string; postal_code: string; country: string };
  /** When set, the place is wheelchair accessible and this says how. */
  wheelchair?: string;
}

interface DemoHours {
  days: string;
  opens: string;
  closes: string;
  description?: string;
}

type DemoCost = { option: string; amount: number; currency?: string; amountDescription?: string };

interface DemoService {
  key: string;
  locale: TextLocale;
  organization: DemoOrganization;
  types: ServiceTypeCode[];
  features?: ServiceFeatureCode[];
  name: string;
  alternateName?: string;
  description: string;
  eligibility: string;
  application: string;
  fees: string;
  costs: DemoCost[];
  url?: string;
  email?: string;
  interpretation?: string;
  waitTime?: string;
  minimumAge?: number;
  phones: { number: string; type?: "voice" | "text" | "fax"; description?: string }[];
  /** UTC offset in hours, as HSDS `schedule.timezone` defines it (standard time). */
  timezone: number;
  hours: DemoHours[];
  /** ISO 639-1 codes; the first is the language the record is written in. */
  languages: string[];
  places: DemoPlace[];
  lastModified: string;
}

type HsdsObject = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Ids

const NAMESPACE = Buffer.from("a73274c31f3a4023b362c6fe2006781c", "hex");

/** A name-based UUID (RFC 4122 version 5: SHA-1 of a fixed namespace and the name). */
function demoUuid(name: string): string {
  const hash = createHash("sha1").update(NAMESPACE).update(name, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// Words every record needs in its own language

const DEMO_MARK: Record<TextLocale, string> = {
  ar: "(سجل تجريبي)",
  zh: "（演示记录）",
  en: "(Demonstration record.)",
  fr: "(Fiche de démonstration.)",
  ru: "(Демонстрационная запись.)",
  es: "(Registro de demostración.)",
  no: "(Demonstrasjonsoppføring.)",
};

const FREE: Record<TextLocale, string> = {
  ar: "مجاناً",
  zh: "免费",
  en: "Free of charge",
  fr: "Gratuit",
  ru: "Бесплатно",
  es: "Gratuito",
  no: "Gratis",
};

const AROUND_THE_CLOCK: Record<TextLocale, string> = {
  ar: "على مدار 24 ساعة، سبعة أيام في الأسبوع",
  zh: "全天24小时，每周7天",
  en: "24 hours a day, 7 days a week",
  fr: "24 heures sur 24, 7 jours sur 7",
  ru: "Круглосуточно, 24 часа в сутки, без выходных",
  es: "24 horas al día, los 7 días de la semana",
  no: "Døgnåpent, 24 timer i døgnet alle dager",
};

const WEEKDAYS = "MO,TU,WE,TH,FR";
const ALL_DAYS = "MO,TU,WE,TH,FR,SA,SU";
/** The working week where Friday and Saturday are the weekend. */
const SUNDAY_TO_THURSDAY = "SU,MO,TU,WE,TH";

function aroundTheClock(locale: TextLocale): DemoHours {
  return { days: ALL_DAYS, opens: "00:00", closes: "23:59", description: AROUND_THE_CLOCK[locale] };
}

function free(locale: TextLocale): DemoCost[] {
  return [{ option: FREE[locale], amount: 0 }];
}

function languageName(code: string, locale: TextLocale): string {
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

function regionName(code: string, locale: TextLocale): string {
  return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
}

// ---------------------------------------------------------------------------------------------
// Building the nested HSDS records

function buildOrganization(o: DemoOrganization): HsdsObject {
  const id = demoUuid(`organization:${o.key}`);
  return {
    id,
    name: o.name,
    ...(o.alternateName ? { alternate_name: o.alternateName } : {}),
    description: `${o.description} ${DEMO_MARK[o.locale]}`,
    email: o.email,
    website: o.website,
    ...(o.yearIncorporated ? { year_incorporated: o.yearIncorporated } : {}),
    ...(o.legalStatus ? { legal_status: o.legalStatus } : {}),
    ...(o.association
      ? {
          attributes: [
            {
              id: demoUuid(`attribute:organization:${o.key}:${ASSOCIATION_TERM.code}`),
              link_id: id,
              taxonomy_term_id: ASSOCIATION_TERM.id,
              link_type: "organization_type",
              link_entity: "organization",
            },
          ],
        }
      : {}),
  };
}

function buildLocation(p: DemoPlace, organizationId: string): HsdsObject {
  const id = demoUuid(`location:${p.key}`);
  return {
    id,
    location_type: p.type,
    ...(p.url ? { url: p.url } : {}),
    organization_id: organizationId,
    name: p.name,
    ...(p.description ? { description: p.description } : {}),
    ...(p.transportation ? { transportation: p.transportation } : {}),
    ...(p.type === "physical" ? { latitude: p.latitude, longitude: p.longitude } : {}),
    addresses: [{ id: demoUuid(`address:${p.key}`), location_id: id, ...p.address, address_type: p.type }],
    ...(p.wheelchair
      ? {
          accessibility: [{ id: demoUuid(`accessibility:${p.key}`), location_id: id, description: p.wheelchair }],
          attributes: [
            {
              id: demoUuid(`attribute:location:${p.key}:${WHEELCHAIR_TERM.code}`),
              link_id: id,
              taxonomy_term_id: WHEELCHAIR_TERM.id,
              link_type: "accessibility",
              link_entity: "location",
            },
          ],
        }
      : {}),
  };
}

function buildService(s: DemoService): HsdsObject {
  const id = demoUuid(`service:${s.key}`);
  const organization = buildOrganization(s.organization);
  const organizationId = organization.id as string;
  const virtualCountries = [...new Set(s.places.filter((p) => p.type === "virtual").map((p) => p.address.country))];
  return {
    id,
    organization_id: organizationId,
    name: s.name,
    ...(s.alternateName ? { alternate_name: s.alternateName } : {}),
    description: s.description,
    ...(s.url ? { url: s.url } : {}),
    ...(s.email ? { email: s.email } : {}),
    status: "active",
    ...(s.interpretation ? { interpretation_services: s.interpretation } : {}),
    application_process: s.application,
    fees_description: s.fees,
    ...(s.waitTime ? { wait_time: s.waitTime } : {}),
    eligibility_description: s.eligibility,
    ...(s.minimumAge !== undefined ? { minimum_age: s.minimumAge } : {}),
    last_modified: s.lastModified,
    phones: s.phones.map((p, i) => ({
      id: demoUuid(`phone:${s.key}:${i}`),
      service_id: id,
      number: p.number,
      type: p.type ?? "voice",
      ...(p.description ? { description: p.description } : {}),
    })),
    schedules: s.hours.map((h, i) => ({
      id: demoUuid(`schedule:${s.key}:${i}`),
      service_id: id,
      timezone: s.timezone,
      freq: "WEEKLY",
      byday: h.days,
      opens_at: h.opens,
      closes_at: h.closes,
      ...(h.description ? { description: h.description } : {}),
    })),
    // A remote service is available across its country; a place-based one is described by its address.
    ...(virtualCountries.length
      ? {
          service_areas: virtualCountries.map((country) => ({
            id: demoUuid(`service_area:${s.key}:${country}`),
            service_id: id,
            name: regionName(country, s.locale),
            extent_type: "country",
          })),
        }
      : {}),
    service_at_locations: s.places.map((p) => ({
      id: demoUuid(`service_at_location:${s.key}:${p.key}`),
      service_id: id,
      location_id: demoUuid(`location:${p.key}`),
      location: buildLocation(p, organizationId),
    })),
    languages: s.languages.map((code) => ({
      id: demoUuid(`language:${s.key}:${code}`),
      service_id: id,
      name: languageName(code, s.locale),
      code,
    })),
    organization,
    cost_options: s.costs.map((c, i) => ({
      id: demoUuid(`cost_option:${s.key}:${i}`),
      service_id: id,
      option: c.option,
      amount: c.amount,
      ...(c.currency ? { currency: c.currency } : {}),
      ...(c.amountDescription ? { amount_description: c.amountDescription } : {}),
    })),
    attributes: [
      ...s.types.map((code) => ({
        id: demoUuid(`attribute:service:${s.key}:${code}`),
        link_id: id,
        taxonomy_term_id: TERM_BY_CODE.get(code)!.id,
        link_type: "service_type",
        link_entity: "service",
      })),
      ...(s.features ?? []).map((code) => ({
        id: demoUuid(`attribute:service:${s.key}:${code}`),
        link_id: id,
        taxonomy_term_id: TERM_BY_CODE.get(code)!.id,
        link_type: "service_feature",
        link_entity: "service",
      })),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Organizations

const lumiereMemoire: DemoOrganization = {
  key: "fr-lumiere-memoire",
  locale: "fr",
  name: "Association Lumière et Mémoire",
  description:
    "Association de victimes d’attentats et de leurs proches, fondée par des survivants et des familles endeuillées. Elle offre un lieu d’écoute entre pairs, accompagne ses membres dans leurs démarches et entretient la mémoire des personnes disparues.",
  email: "contact@lumiere-memoire.example.org",
  website: "https://lumiere-memoire.example.org/",
  yearIncorporated: 2016,
  legalStatus: "Association loi de 1901",
  association: true,
};

const clairiere: DemoOrganization = {
  key: "fr-institut-clairiere",
  locale: "fr",
  name: "Institut Clairière de psychotraumatologie",
  alternateName: "Institut Clairière",
  description:
    "Centre de consultations spécialisé dans le psychotraumatisme de l’adulte et de l’enfant. L’équipe réunit psychologues cliniciens et psychiatres formés aux thérapies du trauma.",
  email: "accueil@institut-clairiere.example.com",
  website: "https://institut-clairiere.example.com/",
  yearIncorporated: 2009,
  legalStatus: "Société civile de moyens",
};

const maisonParisEst: DemoOrganization = {
  key: "fr-maison-aide-victimes-paris-est",
  locale: "fr",
  name: "Maison d’aide aux victimes Paris-Est",
  description:
    "Association d’aide aux victimes qui accueille toute personne victime d’une infraction pénale, dont les victimes d’actes de terrorisme : information sur les droits, soutien et orientation.",
  email: "accueil@mav-paris-est.example.org",
  website: "https://mav-paris-est.example.org/",
  yearIncorporated: 1998,
  legalStatus: "Association loi de 1901",
};

const reseauEcoute: DemoOrganization = {
  key: "fr-reseau-national-ecoute",
  locale: "fr",
  name: "Réseau national d’écoute aux victimes",
  alternateName: "RNEV",
  description:
    "Réseau d’écoutants bénévoles et de psychologues qui répond jour et nuit aux personnes touchées par un attentat, à leurs proches et aux témoins.",
  email: "contact@rnev.example.org",
  website: "https://rnev.example.org/",
  yearIncorporated: 2004,
  legalStatus: "Association reconnue d’utilité publique",
};

const centreCriseFr: DemoOrganization = {
  key: "fr-centre-crise-ressortissants",
  locale: "fr",
  name: "Centre de crise et de soutien aux ressortissants",
  description:
    "Service public chargé d’aider les ressortissants français touchés par une crise ou un attentat à l’étranger, et leurs familles restées en France, en lien avec les ambassades et consulats.",
  email: "crise@ressortissants.example.net",
  website: "https://ressortissants.example.net/",
  legalStatus: "Service de l’État",
};

const huarenParis: DemoOrganization = {
  key: "fr-huaren-huzhu",
  locale: "zh",
  name: "旅法华人互助服务中心",
  description: "面向在法华人华侨的非营利互助机构，为遭遇犯罪和恐怖袭击的同胞提供中文咨询、陪同办事和法律信息服务。",
  email: "info@huaren-huzhu.example.org",
  website: "https://huaren-huzhu.example.org/",
  yearIncorporated: 2011,
  legalStatus: "法国1901年法非营利协会",
};

const raicesEsperanza: DemoOrganization = {
  key: "es-raices-esperanza",
  locale: "es",
  name: "Asociación Raíces de Esperanza",
  description:
    "Asociación de víctimas del terrorismo y de sus familias. Acompaña a sus socios en el duelo y la recuperación, defiende sus derechos y trabaja por la memoria de quienes perdieron la vida.",
  email: "info@raicesdeesperanza.example.org",
  website: "https://raicesdeesperanza.example.org/",
  yearIncorporated: 2005,
  legalStatus: "Asociación sin ánimo de lucro declarada de utilidad pública",
  association: true,
};

const justiciaCercana: DemoOrganization = {
  key: "es-fundacion-justicia-cercana",
  locale: "es",
  name: "Fundación Justicia Cercana",
  description:
    "Fundación que presta orientación jurídica gratuita a víctimas de delitos violentos y les ayuda a ejercer sus derechos ante los juzgados y la Administración.",
  email: "orientacion@justiciacercana.example.org",
  website: "https://justiciacercana.example.org/",
  yearIncorporated: 2012,
  legalStatus: "Fundación privada",
};

const atencionNacionales: DemoOrganization = {
  key: "es-atencion-nacionales-exterior",
  locale: "es",
  name: "Servicio de Atención a Nacionales en el Exterior",
  description:
    "Servicio público que coordina la asistencia consular a los ciudadanos españoles afectados por atentados, catástrofes o crisis en el extranjero, junto con embajadas y consulados.",
  email: "emergencias@nacionales-exterior.example.net",
  website: "https://nacionales-exterior.example.net/",
  legalStatus: "Organismo público",
};

const apresBruxelles: DemoOrganization = {
  key: "be-association-apres",
  locale: "fr",
  name: "Association Après – victimes et proches",
  alternateName: "Après asbl",
  description:
    "Association sans but lucratif créée par des rescapés d’attentats et des familles de victimes pour rompre l’isolement, partager l’expérience et défendre les droits des victimes.",
  email: "bonjour@apres-asbl.example.org",
  website: "https://apres-asbl.example.org/",
  yearIncorporated: 2017,
  legalStatus: "Association sans but lucratif (ASBL)",
  association: true,
};

const harbourTrust: DemoOrganization = {
  key: "gb-harbour-trust",
  locale: "en",
  name: "Harbour Trust for People Affected by Terrorism",
  alternateName: "Harbour Trust",
  description:
    "A charity that offers emotional support and information to anyone affected by a terrorist attack in the UK or abroad: survivors, bereaved families, witnesses and first responders.",
  email: "hello@harbour-trust.example.org",
  website: "https://harbour-trust.example.org/",
  yearIncorporated: 2018,
  legalStatus: "Registered charity",
};

const eastgateFund: DemoOrganization = {
  key: "gb-eastgate-fund",
  locale: "en",
  name: "Eastgate Victims’ Assistance Fund",
  description:
    "A grant-making charity that helps victims of terrorism and violent crime with urgent costs and practical problems, and guides them through state compensation schemes.",
  email: "grants@eastgate-fund.example.org",
  website: "https://eastgate-fund.example.org/",
  yearIncorporated: 2007,
  legalStatus: "Registered charity",
};

const nettverketOslo: DemoOrganization = {
  key: "no-nettverket-overlevende",
  locale: "no",
  name: "Nettverket for overlevende og etterlatte",
  description:
    "En landsdekkende forening for overlevende etter terrorangrep og for etterlatte. Foreningen drives av medlemmene selv og arbeider for likemannsstøtte, gode oppfølgingstilbud og minnearbeid.",
  email: "post@nettverket-overlevende.example.org",
  website: "https://nettverket-overlevende.example.org/",
  yearIncorporated: 2012,
  legalStatus: "Ideell forening",
  association: true,
};

const libertySquare: DemoOrganization = {
  key: "us-liberty-square-legal",
  locale: "en",
  name: "Liberty Square Legal Clinic",
  description:
    "A nonprofit legal services organization representing victims of crime and terrorism in New York, including in federal victim compensation and civil claims.",
  email: "intake@libertysquare-legal.example.org",
  website: "https://libertysquare-legal.example.org/",
  yearIncorporated: 2002,
  legalStatus: "501(c)(3) nonprofit",
};

const hudsonTrauma: DemoOrganization = {
  key: "us-hudson-trauma-recovery",
  locale: "en",
  name: "Hudson Trauma Recovery Center",
  description:
    "An outpatient clinic offering evidence-based trauma therapy for adults, teenagers and families, with clinicians experienced in mass-casualty events.",
  email: "appointments@hudson-trauma.example.com",
  website: "https://hudson-trauma.example.com/",
  yearIncorporated: 2011,
  legalStatus: "Professional corporation",
};

const avonWellbeing: DemoOrganization = {
  key: "nz-avon-wellbeing-trust",
  locale: "en",
  name: "Avon River Community Wellbeing Trust",
  description:
    "A community trust in Christchurch supporting people and whānau affected by violence and trauma, working alongside faith communities and cultural groups.",
  email: "kiaora@avon-wellbeing.example.org",
  website: "https://avon-wellbeing.example.org/",
  yearIncorporated: 2019,
  legalStatus: "Charitable trust",
};

const tumainiSurvivors: DemoOrganization = {
  key: "ke-tumaini-survivors",
  locale: "en",
  name: "Tumaini Survivors’ Association",
  description:
    "An association of survivors of terrorist attacks in Kenya and of families who lost loved ones. Members support one another, speak up for victims’ rights and keep the memory of those who died.",
  email: "info@tumaini-survivors.example.org",
  website: "https://tumaini-survivors.example.org/",
  yearIncorporated: 2014,
  legalStatus: "Registered society",
  association: true,
};

const kilimaniCounselling: DemoOrganization = {
  key: "ke-kilimani-counselling",
  locale: "en",
  name: "Kilimani Trauma Counselling Centre",
  description: "A counselling centre offering free trauma-focused therapy to survivors of violence, run by registered counsellors and psychologists.",
  email: "care@kilimani-counselling.example.org",
  website: "https://kilimani-counselling.example.org/",
  yearIncorporated: 2010,
  legalStatus: "Non-governmental organisation",
};

const upperHillRehab: DemoOrganization = {
  key: "ke-upper-hill-rehab",
  locale: "en",
  name: "Upper Hill Rehabilitation and Prosthetics Clinic",
  description: "A private rehabilitation clinic providing physiotherapy, prosthetics and orthotics, and hearing care after injury.",
  email: "clinic@upperhill-rehab.example.com",
  website: "https://upperhill-rehab.example.com/",
  yearIncorporated: 2008,
  legalStatus: "Private clinic",
};

const sahelHope: DemoOrganization = {
  key: "ng-sahel-hope",
  locale: "en",
  name: "Sahel Hope Psychosocial Initiative",
  description:
    "A community organisation in north-east Nigeria helping people affected by insurgent violence, including women and children returning from captivity, to recover and rebuild their lives.",
  email: "info@sahel-hope.example.org",
  website: "https://sahel-hope.example.org/",
  yearIncorporated: 2015,
  legalStatus: "Registered non-governmental organisation",
};

const ensembleBamako: DemoOrganization = {
  key: "ml-ensemble-victimes",
  locale: "fr",
  name: "Association Ensemble pour nos victimes",
  alternateName: "AENV",
  description:
    "Association malienne de victimes d’attaques terroristes, de veuves, d’orphelins et de déplacés. Elle organise l’entraide entre ses membres et les accompagne auprès des services de l’État.",
  email: "aenv@ensemble-victimes.example.org",
  website: "https://ensemble-victimes.example.org/",
  yearIncorporated: 2016,
  legalStatus: "Association déclarée",
  association: true,
};

const centreFleuve: DemoOrganization = {
  key: "ml-centre-ecoute-fleuve",
  locale: "fr",
  name: "Centre d’écoute et de soins du Fleuve",
  description:
    "Centre médico-psychologique associatif qui soigne les blessures visibles et invisibles des personnes touchées par les violences armées.",
  email: "contact@centre-fleuve.example.org",
  website: "https://centre-fleuve.example.org/",
  yearIncorporated: 2013,
  legalStatus: "Organisation non gouvernementale",
};

const amalRafidain: DemoOrganization = {
  key: "iq-amal-rafidain",
  locale: "ar",
  name: "جمعية أمل الرافدين لضحايا الإرهاب وذويهم",
  description:
    "جمعية أسسها ناجون من التفجيرات وعائلات الشهداء والجرحى في بغداد، تجمع بين أعضائها للتضامن والدعم المتبادل، وتدافع عن حقوق الضحايا وتحفظ ذكرى من فقدوا.",
  email: "info@amal-rafidain.example.org",
  website: "https://amal-rafidain.example.org/",
  yearIncorporated: 2008,
  legalStatus: "منظمة غير حكومية مسجلة",
  association: true,
};

const shifaRehab: DemoOrganization = {
  key: "iq-shifa-rehab",
  locale: "ar",
  name: "مركز الشفاء للتأهيل الطبي والأطراف الصناعية",
  description: "مركز متخصص في إعادة التأهيل البدني وتركيب الأطراف الصناعية للمصابين بسبب التفجيرات والحوادث.",
  email: "contact@shifa-rehab.example.org",
  website: "https://shifa-rehab.example.org/",
  yearIncorporated: 2006,
  legalStatus: "مركز صحي غير ربحي",
};

const adalaOffice: DemoOrganization = {
  key: "iq-adala-legal",
  locale: "ar",
  name: "مكتب العدالة للمساعدة القانونية",
  description: "مكتب محاماة غير ربحي يقدم الاستشارة والتمثيل القانوني المجاني لضحايا العمليات الإرهابية وذويهم.",
  email: "help@adala-legal.example.org",
  website: "https://adala-legal.example.org/",
  yearIncorporated: 2011,
  legalStatus: "منظمة غير حكومية مسجلة",
};

const sanadFoundation: DemoOrganization = {
  key: "jo-sanad-foundation",
  locale: "ar",
  name: "مؤسسة السند للصحة النفسية",
  description: "مؤسسة أهلية تقدم خدمات الدعم النفسي والإرشاد عن بُعد للمتضررين من العنف والأزمات في الأردن والمنطقة.",
  email: "info@sanad-mh.example.org",
  website: "https://sanad-mh.example.org/",
  yearIncorporated: 2013,
  legalStatus: "مؤسسة غير ربحية",
};

const arzClinic: DemoOrganization = {
  key: "lb-arz-clinic",
  locale: "ar",
  name: "عيادة الأرز للعلاج من الصدمات",
  description: "عيادة خاصة للعلاج النفسي يعمل فيها أخصائيون نفسيون وأطباء نفسيون متخصصون في علاج الصدمات لدى الكبار والأطفال.",
  email: "appointments@arz-clinic.example.com",
  website: "https://arz-clinic.example.com/",
  yearIncorporated: 2015,
  legalStatus: "عيادة خاصة",
};

const carthageSolidarity: DemoOrganization = {
  key: "tn-carthage-solidarity",
  locale: "ar",
  name: "جمعية قرطاج للتضامن مع ضحايا الإرهاب",
  description:
    "جمعية تونسية تضم جرحى الهجمات الإرهابية وعائلات الضحايا، تعمل على كسر العزلة وتبادل الخبرات والدفاع عن حقوق الضحايا أمام الهيئات العمومية.",
  email: "contact@carthage-solidarite.example.org",
  website: "https://carthage-solidarite.example.org/",
  yearIncorporated: 2016,
  legalStatus: "جمعية خاضعة للمرسوم عدد 88 لسنة 2011",
  association: true,
};

const khyberForum: DemoOrganization = {
  key: "pk-khyber-survivors-forum",
  locale: "en",
  name: "Khyber Survivors and Families Forum",
  description:
    "A forum of survivors of bomb attacks and of families who lost relatives, based in Peshawar. Members meet to support each other and help families with paperwork and school fees.",
  email: "forum@khyber-survivors.example.org",
  website: "https://khyber-survivors.example.org/",
  yearIncorporated: 2015,
  legalStatus: "Registered welfare society",
  association: true,
};

const marineLines: DemoOrganization = {
  key: "in-marine-lines-counselling",
  locale: "en",
  name: "Marine Lines Trauma Counselling Centre",
  description: "A private counselling practice in South Mumbai with psychologists trained in trauma therapy for adults, children and families.",
  email: "contact@marinelines-counselling.example.com",
  website: "https://marinelines-counselling.example.com/",
  yearIncorporated: 2012,
  legalStatus: "Private practice",
};

const haiwaiZhongxin: DemoOrganization = {
  key: "cn-haiwai-yingji",
  locale: "zh",
  name: "海外公民应急协助中心",
  description: "负责协调驻外使领馆，为在海外遭遇恐怖袭击、自然灾害等突发事件的中国公民及其国内家属提供应急协助的公共服务机构。",
  email: "yingji@haiwai-xiezhu.example.net",
  website: "https://haiwai-xiezhu.example.net/",
  legalStatus: "公共服务机构",
};

const xinanShanghai: DemoOrganization = {
  key: "cn-xinan-xinli",
  locale: "zh",
  name: "上海心安创伤心理援助中心",
  alternateName: "心安中心",
  description: "由心理治疗师和精神科医生组成的非营利机构，专门为经历暴力事件和重大灾难的人提供创伤心理援助。",
  email: "xinan@xinan-center.example.org",
  website: "https://xinan-center.example.org/",
  yearIncorporated: 2014,
  legalStatus: "民办非企业单位",
};

const svetlyBereg: DemoOrganization = {
  key: "ru-svetly-bereg",
  locale: "ru",
  name: "Центр психологической помощи пострадавшим «Светлый берег»",
  alternateName: "Центр «Светлый берег»",
  description:
    "Некоммерческий центр, в котором психологи и психотерапевты помогают людям, пережившим террористические акты, катастрофы и насилие, а также их близким.",
  email: "help@svetly-bereg.example.org",
  website: "https://svetly-bereg.example.org/",
  yearIncorporated: 2005,
  legalStatus: "Автономная некоммерческая организация",
};

const zashchitaClinic: DemoOrganization = {
  key: "ru-zashchita-postradavshikh",
  locale: "ru",
  name: "Правовая клиника «Защита пострадавших»",
  description: "Объединение юристов и адвокатов, бесплатно консультирующих пострадавших от терроризма и других тяжких преступлений.",
  email: "priem@zashchita-clinic.example.org",
  website: "https://zashchita-clinic.example.org/",
  yearIncorporated: 2010,
  legalStatus: "Некоммерческое партнёрство",
};

const pamyatNadezhda: DemoOrganization = {
  key: "ru-pamyat-nadezhda",
  locale: "ru",
  name: "Объединение пострадавших и семей погибших «Память и надежда»",
  description:
    "Общественное объединение, созданное людьми, пострадавшими от террористических актов на Северном Кавказе, и семьями погибших. Помогает своим членам поддерживать друг друга и добиваться положенной помощи.",
  email: "info@pamyat-nadezhda.example.org",
  website: "https://pamyat-nadezhda.example.org/",
  yearIncorporated: 2006,
  legalStatus: "Региональная общественная организация",
  association: true,
};

const lazosMemoria: DemoOrganization = {
  key: "ar-lazos-memoria",
  locale: "es",
  name: "Asociación Civil Lazos de Memoria",
  description:
    "Asociación de familiares y sobrevivientes de atentados terroristas en la Argentina. Acompaña a las familias, sigue las causas judiciales y promueve la memoria y la justicia.",
  email: "contacto@lazosdememoria.example.org",
  website: "https://lazosdememoria.example.org/",
  yearIncorporated: 1996,
  legalStatus: "Asociación civil",
  association: true,
};

const caminosReparacion: DemoOrganization = {
  key: "co-caminos-reparacion",
  locale: "es",
  name: "Corporación Caminos de Reparación",
  description:
    "Organización que brinda atención psicosocial y orientación jurídica a víctimas de atentados y del conflicto armado, para que conozcan y hagan valer sus derechos a la verdad, la justicia y la reparación.",
  email: "atencion@caminosdereparacion.example.org",
  website: "https://caminosdereparacion.example.org/",
  yearIncorporated: 2009,
  legalStatus: "Entidad sin ánimo de lucro",
};

const baliRecovery: DemoOrganization = {
  key: "id-bali-recovery",
  locale: "en",
  name: "Bali Island Trauma Recovery Foundation",
  description:
    "A foundation in Denpasar supporting Indonesian and foreign survivors of attacks and disasters with trauma counselling and help to reach medical care.",
  email: "help@bali-recovery.example.org",
  website: "https://bali-recovery.example.org/",
  yearIncorporated: 2003,
  legalStatus: "Yayasan (foundation)",
};

const lanaoDesk: DemoOrganization = {
  key: "ph-lanao-rebuilding-lives",
  locale: "en",
  name: "Lanao Rebuilding Lives Assistance Desk",
  description:
    "A community-based organisation helping families displaced or harmed by the siege and violence in Marawi City to recover documents, income and peace of mind.",
  email: "desk@lanao-rebuilding.example.org",
  website: "https://lanao-rebuilding.example.org/",
  yearIncorporated: 2018,
  legalStatus: "Non-stock, non-profit corporation",
};

// ---------------------------------------------------------------------------------------------
// Services

// Support after sexual and gender-based violence (invented, like every record here)

const maisonSolstice: DemoOrganization = {
  key: "fr-maison-solstice",
  locale: "fr",
  name: "Maison Solstice",
  description:
    "Lieu d’accueil créé et animé par des femmes pour les femmes survivantes de violences sexuelles, y compris lors d’attentats et de conflits. Médecins, psychologues et juristes y travaillent ensemble pour que chacune avance à son rythme.",
  email: "accueil@maison-solstice.example.org",
  website: "https://maison-solstice.example.org/",
  yearIncorporated: 2019,
  legalStatus: "Association loi de 1901",
};

const wahatAlAman: DemoOrganization = {
  key: "jo-wahat-al-aman",
  locale: "ar",
  name: "جمعية واحة الأمان للنساء",
  description:
    "جمعية تديرها نساء وتعمل من أجل النساء الناجيات من العنف الجنسي والعنف القائم على النوع الاجتماعي، ومنهن الناجيات من الهجمات الإرهابية والنزاعات، وتقدم الإصغاء والمرافقة في سرية تامة.",
  email: "info@wahat-alaman.example.org",
  website: "https://wahat-alaman.example.org/",
  yearIncorporated: 2015,
  legalStatus: "جمعية مسجلة",
};

const asociacionAlba: DemoOrganization = {
  key: "es-asociacion-alba",
  locale: "es",
  name: "Asociación Alba",
  description:
    "Asociación gestionada por mujeres que acompaña a mujeres supervivientes de violencia sexual y de género, también cuando ocurrió en un atentado o en un conflicto armado.",
  email: "contacto@asociacion-alba.example.org",
  website: "https://asociacion-alba.example.org/",
  yearIncorporated: 2012,
  legalStatus: "Asociación sin ánimo de lucro",
};

const amaniClinic: DemoOrganization = {
  key: "ke-amani-recovery",
  locale: "en",
  name: "Amani Recovery Clinic",
  description:
    "A clinic offering confidential medical care and counselling to survivors of sexual violence, including violence committed during attacks, for people of every gender and age.",
  email: "care@amani-recovery.example.org",
  website: "https://amani-recovery.example.org/",
  yearIncorporated: 2014,
  legalStatus: "Registered charitable trust",
};

const SERVICES: DemoService[] = [
  // ----- France (Paris) -----
  {
    key: "fr-paris-lumiere-groupes-de-parole",
    locale: "fr",
    organization: lumiereMemoire,
    types: ["peer-support"],
    name: "Groupes de parole entre victimes et proches",
    description:
      "Rencontres régulières animées par des membres de l’association, eux-mêmes victimes ou proches de victimes, avec la présence d’une psychologue. On peut venir écouter sans prendre la parole. Des groupes séparés accueillent les familles endeuillées et les blessés.",
    eligibility: "Personnes victimes d’un attentat, en France ou à l’étranger, leurs proches et les familles endeuillées. Adhésion non obligatoire pour une première venue.",
    application: "Présentez-vous à l’heure du groupe ou appelez la veille pour être accueilli à l’entrée. Aucun justificatif n’est demandé.",
    fees: "Gratuit. L’adhésion à l’association (15 € par an) est facultative.",
    costs: free("fr"),
    url: "https://lumiere-memoire.example.org/groupes-de-parole",
    email: "groupes@lumiere-memoire.example.org",
    phones: [{ number: "+33 1 99 00 12 40", description: "Accueil de l’association, du lundi au vendredi" }],
    timezone: 1,
    hours: [
      { days: "TU", opens: "18:30", closes: "20:30", description: "Groupe du mardi soir" },
      { days: "SA", opens: "10:00", closes: "12:30", description: "Groupe du samedi matin (familles endeuillées le premier samedi du mois)" },
    ],
    languages: ["fr", "en"],
    places: [
      {
        key: "fr-paris-lumiere-local",
        type: "physical",
        name: "Local de l’association Lumière et Mémoire",
        transportation: "Métro Parmentier (ligne 3) ou Oberkampf (lignes 5 et 9).",
        latitude: 48.8651,
        longitude: 2.3702,
        address: { address_1: "14 rue de la Folie-Méricourt", city: "Paris", state_province: "Île-de-France", postal_code: "75011", country: "FR" },
        wheelchair: "Entrée de plain-pied, salle de réunion et toilettes accessibles en fauteuil roulant.",
      },
    ],
    lastModified: "2026-10-12T09:30:00Z",
  },
  {
    key: "fr-paris-clairiere-consultations",
    locale: "fr",
    organization: clairiere,
    types: ["psychological-support"],
    name: "Consultations de psychotraumatologie",
    description:
      "Consultations individuelles, de couple ou familiales pour les personnes souffrant de stress post-traumatique après un attentat : EMDR, thérapies cognitives et comportementales, suivi des enfants. Un premier rendez-vous d’évaluation permet de proposer un accompagnement adapté.",
    eligibility: "Adultes, adolescents et enfants (à partir de 3 ans, accompagnés d’un parent).",
    application: "Prenez rendez-vous par téléphone ou en ligne. Les victimes d’attentat reconnues obtiennent un premier rendez-vous sous 10 jours.",
    fees: "60 € la séance de 45 minutes. Une partie peut être remboursée selon votre situation ; une facture est remise à chaque séance.",
    costs: [{ option: "Séance individuelle", amount: 60, currency: "EUR", amountDescription: "par séance de 45 minutes" }],
    url: "https://institut-clairiere.example.com/consultations",
    email: "rdv@institut-clairiere.example.com",
    waitTime: "Environ deux semaines ; moins de 10 jours pour les victimes d’attentat.",
    phones: [{ number: "+33 1 99 00 37 18", description: "Secrétariat et prise de rendez-vous" }],
    timezone: 1,
    hours: [
      { days: WEEKDAYS, opens: "09:00", closes: "19:00" },
      { days: "SA", opens: "09:00", closes: "13:00" },
    ],
    languages: ["fr", "en", "ar"],
    interpretation: "Consultations possibles en anglais et en arabe ; interprète sur demande pour d’autres langues.",
    places: [
      {
        key: "fr-paris-clairiere-cabinet",
        type: "physical",
        name: "Institut Clairière",
        transportation: "Métro Château d’Eau (ligne 4) ; gares du Nord et de l’Est à 10 minutes à pied.",
        latitude: 48.8727,
        longitude: 2.3533,
        address: { address_1: "38 rue des Petites-Écuries", address_2: "2e étage", city: "Paris", state_province: "Île-de-France", postal_code: "75010", country: "FR" },
        wheelchair: "Ascenseur adapté aux fauteuils roulants ; cabinets de consultation de plain-pied à l’étage.",
      },
    ],
    lastModified: "2026-09-03T14:00:00Z",
  },
  {
    key: "fr-paris-est-permanence-juridique",
    locale: "fr",
    organization: maisonParisEst,
    types: ["legal-aid", "compensation-claims"],
    name: "Permanence juridique et aide à l’indemnisation",
    description:
      "Juristes et bénévoles formés informent les victimes sur leurs droits, les aident à porter plainte ou à se constituer partie civile, et constituent avec elles le dossier d’indemnisation auprès du fonds de garantie. Orientation vers un avocat si nécessaire.",
    eligibility: "Toute personne victime d’une infraction, dont les victimes d’actes de terrorisme et leurs proches, quelle que soit sa nationalité.",
    application: "Sans rendez-vous aux heures de permanence, ou sur rendez-vous par téléphone. Apportez si possible vos papiers d’identité, le récépissé de plainte et vos certificats médicaux.",
    fees: "Service entièrement gratuit et confidentiel.",
    costs: free("fr"),
    url: "https://mav-paris-est.example.org/permanence",
    email: "juridique@mav-paris-est.example.org",
    phones: [{ number: "+33 1 99 00 54 21" }],
    timezone: 1,
    hours: [{ days: WEEKDAYS, opens: "09:30", closes: "17:00" }],
    languages: ["fr", "es"],
    places: [
      {
        key: "fr-paris-est-maison",
        type: "physical",
        name: "Maison d’aide aux victimes Paris-Est",
        description: "Bureaux au premier étage, sans ascenseur.",
        transportation: "Métro Pelleport (ligne 3 bis) ; bus 60 et 61.",
        latitude: 48.8706,
        longitude: 2.4021,
        address: { address_1: "7 rue Pelleport", city: "Paris", state_province: "Île-de-France", postal_code: "75020", country: "FR" },
      },
    ],
    lastModified: "2026-08-21T10:15:00Z",
  },
  {
    key: "fr-ecoute-victimes-24h",
    locale: "fr",
    organization: reseauEcoute,
    types: ["helpline", "psychological-support"],
    name: "Ligne d’écoute Victimes-Attentats",
    description:
      "Une ligne d’écoute gratuite, anonyme et ouverte jour et nuit pour parler de ce que vous avez vécu, être rassuré et savoir vers qui vous tourner. Des psychologues prennent le relais quand c’est nécessaire. Un tchat est ouvert en soirée.",
    eligibility: "Toute personne touchée par un attentat : blessés, proches, témoins, intervenants, où qu’ait eu lieu l’attaque.",
    application: "Appelez le numéro ou ouvrez le tchat sur le site. Il n’est pas nécessaire de donner son nom.",
    fees: "Appel gratuit depuis un fixe ou un mobile en France.",
    costs: free("fr"),
    url: "https://rnev.example.org/ecoute",
    phones: [
      { number: "+33 1 99 00 00 24", description: "Ligne d’écoute, jour et nuit" },
      { number: "+33 6 39 98 00 24", type: "text", description: "SMS pour les personnes sourdes ou malentendantes" },
    ],
    timezone: 1,
    hours: [aroundTheClock("fr")],
    languages: ["fr", "en"],
    places: [
      {
        key: "fr-ecoute-victimes-ligne",
        type: "virtual",
        name: "Ligne d’écoute et tchat",
        url: "https://rnev.example.org/tchat",
        address: { address_1: "Service à distance – pas d’accueil du public", city: "Paris", state_province: "Île-de-France", postal_code: "75009", country: "FR" },
      },
    ],
    lastModified: "2026-11-02T08:00:00Z",
  },
  {
    key: "fr-cellule-crise-ressortissants",
    locale: "fr",
    organization: centreCriseFr,
    types: ["consular-help", "helpline"],
    name: "Cellule de crise pour les Français victimes d’un attentat à l’étranger",
    description:
      "En cas d’attentat à l’étranger, la cellule de crise recherche les ressortissants concernés, informe les familles, coordonne l’aide des ambassades et consulats (soins, rapatriement, documents de voyage) et oriente les victimes vers les dispositifs de soutien à leur retour.",
    eligibility: "Ressortissants français et leurs proches, lorsqu’un Français est touché par un attentat ou une crise hors de France.",
    application: "Appelez le numéro de crise ; le numéro est également communiqué par les ambassades et sur le site au moment d’un événement.",
    fees: "Service public gratuit.",
    costs: free("fr"),
    url: "https://ressortissants.example.net/crise",
    email: "crise@ressortissants.example.net",
    phones: [{ number: "+33 1 99 00 90 90", description: "Cellule de crise, jour et nuit" }],
    timezone: 1,
    hours: [aroundTheClock("fr")],
    languages: ["fr", "en"],
    places: [
      {
        key: "fr-cellule-crise-distance",
        type: "virtual",
        name: "Cellule de crise (à distance)",
        url: "https://ressortissants.example.net/crise",
        address: { address_1: "Service à distance – pas d’accueil du public", city: "Paris", state_province: "Île-de-France", postal_code: "75007", country: "FR" },
      },
    ],
    lastModified: "2026-07-14T12:00:00Z",
  },
  {
    key: "fr-paris-huaren-xiezhu",
    locale: "zh",
    organization: huarenParis,
    types: ["legal-aid", "financial-practical-help"],
    name: "华人受害者中文协助服务",
    description:
      "为在法国遭遇恐怖袭击或暴力犯罪的华人提供中文服务：讲解法国受害者的权利，陪同前往警察局报案、医院和相关机构，协助填写赔偿申请表格，并转介会说中文的律师和心理咨询师。",
    eligibility: "在法国居住或旅行的华人华侨、留学生及其家属，不论居留身份。",
    application: "请先致电或发送电子邮件预约，紧急情况可直接前来。请携带护照或居留证件以及报案回执（如有）。",
    fees: "全部服务免费。",
    costs: free("zh"),
    email: "xiezhu@huaren-huzhu.example.org",
    url: "https://huaren-huzhu.example.org/shouhaizhe",
    phones: [
      { number: "+33 1 99 00 68 88", description: "中文服务热线（普通话、温州话）" },
      { number: "+33 6 39 98 68 88", type: "text", description: "短信" },
    ],
    timezone: 1,
    hours: [{ days: "WE,TH,FR,SA", opens: "10:00", closes: "18:00" }],
    languages: ["zh", "fr"],
    interpretation: "工作人员可使用普通话、温州话和法语。",
    places: [
      {
        key: "fr-paris-huaren-centre",
        type: "physical",
        name: "旅法华人互助服务中心",
        transportation: "地铁3号线或11号线 Arts et Métiers 站。",
        latitude: 48.8653,
        longitude: 2.3567,
        address: { address_1: "23 rue au Maire", city: "Paris", state_province: "Île-de-France", postal_code: "75003", country: "FR" },
      },
    ],
    lastModified: "2026-10-28T16:45:00Z",
  },

  // ----- Spain (Madrid) -----
  {
    key: "es-madrid-raices-apoyo",
    locale: "es",
    organization: raicesEsperanza,
    types: ["peer-support", "psychological-support"],
    name: "Apoyo entre víctimas y atención psicológica",
    description:
      "Grupos de apoyo mutuo para heridos y familiares, encuentros de duelo y atención psicológica individual a cargo de psicólogas de la asociación. También organizamos actividades para niños y jóvenes que han perdido a un familiar.",
    eligibility: "Víctimas del terrorismo, heridos, amenazados y sus familiares, con independencia de dónde se produjo el atentado.",
    application: "Llame o escriba para una primera entrevista de acogida. No es necesario ser socio para recibir apoyo.",
    fees: "Gratuito para víctimas y familiares.",
    costs: free("es"),
    url: "https://raicesdeesperanza.example.org/apoyo",
    email: "acogida@raicesdeesperanza.example.org",
    phones: [{ number: "+34 910 000 031", description: "Acogida y citas" }],
    timezone: 1,
    hours: [
      { days: "MO,TU,WE,TH", opens: "10:00", closes: "14:00" },
      { days: "MO,TU,WE,TH", opens: "16:00", closes: "19:00" },
    ],
    languages: ["es", "en"],
    places: [
      {
        key: "es-madrid-raices-sede",
        type: "physical",
        name: "Sede de la Asociación Raíces de Esperanza",
        transportation: "Metro La Latina (línea 5) o Puerta de Toledo (línea 5).",
        latitude: 40.4096,
        longitude: -3.7108,
        address: { address_1: "Calle de Toledo, 62, bajo", city: "Madrid", state_province: "Comunidad de Madrid", postal_code: "28005", country: "ES" },
        wheelchair: "Local a pie de calle con rampa y aseo adaptado.",
      },
    ],
    lastModified: "2026-10-05T11:00:00Z",
  },
  {
    key: "es-madrid-orientacion-juridica",
    locale: "es",
    organization: justiciaCercana,
    types: ["legal-aid", "compensation-claims"],
    name: "Oficina de Orientación Jurídica a Víctimas",
    description:
      "Abogadas y abogados voluntarios explican sus derechos como víctima en el proceso penal, le ayudan a personarse como acusación particular y a solicitar las ayudas e indemnizaciones que prevé la ley para las víctimas del terrorismo.",
    eligibility: "Víctimas de atentados terroristas y de delitos violentos, y sus familiares, residentes en España o afectados por un atentado ocurrido en España.",
    application: "Pida cita por teléfono o correo electrónico. Traiga su documento de identidad, la denuncia y los informes médicos de los que disponga.",
    fees: "La orientación es gratuita. Si necesita abogado para todo el procedimiento, le ayudamos a solicitar la asistencia jurídica gratuita.",
    costs: free("es"),
    url: "https://justiciacercana.example.org/victimas",
    email: "citas@justiciacercana.example.org",
    phones: [{ number: "+34 910 000 057" }],
    timezone: 1,
    hours: [{ days: WEEKDAYS, opens: "09:00", closes: "14:00" }],
    languages: ["es", "fr"],
    places: [
      {
        key: "es-madrid-justicia-oficina",
        type: "physical",
        name: "Oficina de Orientación Jurídica",
        transportation: "Metro Bilbao (líneas 1 y 4) o Quevedo (línea 2).",
        latitude: 40.4291,
        longitude: -3.7021,
        address: { address_1: "Calle de Fuencarral, 101, 3.º izquierda", city: "Madrid", state_province: "Comunidad de Madrid", postal_code: "28004", country: "ES" },
        wheelchair: "Edificio con ascensor accesible para sillas de ruedas.",
      },
    ],
    lastModified: "2026-09-18T09:00:00Z",
  },
  {
    key: "es-emergencia-consular",
    locale: "es",
    organization: atencionNacionales,
    types: ["consular-help", "helpline"],
    name: "Unidad de Emergencia Consular",
    description:
      "Atiende a los ciudadanos españoles afectados por un atentado en el extranjero y a sus familias: localización de personas, asistencia médica y hospitalaria, documentación de viaje, repatriación y contacto con las autoridades locales.",
    eligibility: "Ciudadanos españoles en el extranjero y sus familiares en España.",
    application: "Llame al teléfono de emergencia consular. Si está en el extranjero, también puede acudir a la embajada o consulado más cercano.",
    fees: "Servicio público gratuito.",
    costs: free("es"),
    url: "https://nacionales-exterior.example.net/emergencias",
    email: "emergencias@nacionales-exterior.example.net",
    phones: [{ number: "+34 910 000 099", description: "Emergencia consular, 24 horas" }],
    timezone: 1,
    hours: [aroundTheClock("es")],
    languages: ["es", "en", "fr"],
    places: [
      {
        key: "es-emergencia-consular-distancia",
        type: "virtual",
        name: "Unidad de Emergencia Consular (atención a distancia)",
        url: "https://nacionales-exterior.example.net/emergencias",
        address: { address_1: "Atención a distancia – sin atención presencial", city: "Madrid", state_province: "Comunidad de Madrid", postal_code: "28012", country: "ES" },
      },
    ],
    lastModified: "2026-06-30T07:30:00Z",
  },

  // ----- Belgium (Brussels) -----
  {
    key: "be-bruxelles-apres-rencontres",
    locale: "fr",
    organization: apresBruxelles,
    types: ["peer-support", "psychological-support"],
    name: "Rencontres entre rescapés et familles",
    description:
      "Soirées d’échange entre personnes ayant vécu un attentat et familles de victimes, ateliers d’écriture et de sophrologie, et consultations avec une psychologue partenaire. Les rencontres se tiennent en français, avec traduction en néerlandais et en anglais si besoin.",
    eligibility: "Victimes directes et indirectes d’attentats, en Belgique ou à l’étranger.",
    application: "Inscription par courriel ou par téléphone ; une première rencontre individuelle est proposée avant de rejoindre un groupe.",
    fees: "Gratuit.",
    costs: free("fr"),
    url: "https://apres-asbl.example.org/rencontres",
    email: "rencontres@apres-asbl.example.org",
    phones: [{ number: "+32 2 000 00 72" }],
    timezone: 1,
    hours: [
      { days: "WE", opens: "18:00", closes: "21:00" },
      { days: "SA", opens: "14:00", closes: "17:00" },
    ],
    languages: ["fr", "nl", "en"],
    places: [
      {
        key: "be-bruxelles-apres-maison",
        type: "physical",
        name: "Maison de l’association Après",
        transportation: "Métro Botanique (lignes 2 et 6) ; tram 92 et 93.",
        latitude: 50.8531,
        longitude: 4.3648,
        address: { address_1: "Rue Royale 120", city: "Bruxelles", state_province: "Région de Bruxelles-Capitale", postal_code: "1000", country: "BE" },
        wheelchair: "Accès par rampe, ascenseur et toilettes adaptées.",
      },
    ],
    lastModified: "2026-10-20T15:20:00Z",
  },

  // ----- United Kingdom (London) -----
  {
    key: "gb-harbour-line",
    locale: "en",
    organization: harbourTrust,
    types: ["helpline", "psychological-support"],
    name: "Harbour Line: support after a terrorist attack",
    description:
      "A free, confidential helpline open day and night for anyone affected by terrorism. Trained listeners offer emotional support, explain what help is available and can arrange follow-up calls or a referral for specialist trauma therapy.",
    eligibility: "Anyone affected by a terrorist attack, in the UK or abroad, recently or many years ago, including bereaved families, witnesses and responders.",
    application: "Call or text at any time. You do not need to give your name.",
    fees: "Free to call from UK landlines and mobiles.",
    costs: free("en"),
    url: "https://harbour-trust.example.org/helpline",
    phones: [
      { number: "+44 20 7946 0024", description: "Helpline, 24 hours" },
      { number: "+44 7700 900024", type: "text", description: "Text service" },
    ],
    timezone: 0,
    hours: [aroundTheClock("en")],
    languages: ["en", "ur", "ar", "pl"],
    interpretation: "Telephone interpreters can join the call in more than 100 languages.",
    places: [
      {
        key: "gb-harbour-line-remote",
        type: "virtual",
        name: "Harbour Line (telephone and web chat)",
        url: "https://harbour-trust.example.org/chat",
        address: { address_1: "Remote service – no walk-in office", city: "London", state_province: "England", postal_code: "EC1V 2NX", country: "GB" },
      },
    ],
    lastModified: "2026-11-10T10:00:00Z",
  },
  {
    key: "gb-eastgate-grants",
    locale: "en",
    organization: eastgateFund,
    types: ["financial-practical-help", "compensation-claims"],
    name: "Emergency grants and compensation guidance",
    description:
      "Small emergency grants for immediate needs after an attack (travel to hospital, funeral costs, replacing essentials), practical help with housing, employers and benefits, and step-by-step guidance through the state criminal injuries compensation scheme.",
    eligibility: "People injured or bereaved by terrorism who live in the UK, whether the attack happened in the UK or abroad.",
    application: "Phone or email for an initial conversation; a caseworker will help you complete the grant form. Drop-in sessions on weekday afternoons.",
    fees: "No charge. Grants do not have to be repaid.",
    costs: free("en"),
    url: "https://eastgate-fund.example.org/help",
    email: "caseworkers@eastgate-fund.example.org",
    phones: [{ number: "+44 20 7946 0381", description: "Caseworker team" }],
    timezone: 0,
    hours: [{ days: WEEKDAYS, opens: "10:00", closes: "16:00" }],
    languages: ["en", "bn", "so"],
    places: [
      {
        key: "gb-eastgate-office",
        type: "physical",
        name: "Eastgate Fund office",
        transportation: "Whitechapel station (Elizabeth line, District and Hammersmith & City lines).",
        latitude: 51.5186,
        longitude: -0.0618,
        address: { address_1: "210 Whitechapel Road", address_2: "Unit 4", city: "London", state_province: "England", postal_code: "E1 1BJ", country: "GB" },
        wheelchair: "Step-free entrance, lift to all floors and an accessible toilet.",
      },
    ],
    lastModified: "2026-09-25T13:10:00Z",
  },

  // ----- Norway (Oslo) -----
  {
    key: "no-oslo-likemannsgrupper",
    locale: "no",
    organization: nettverketOslo,
    types: ["peer-support"],
    name: "Likemannsgrupper for overlevende og etterlatte",
    description:
      "Samtalegrupper der overlevende og etterlatte møter andre med lignende erfaringer. Gruppene ledes av erfarne likemenn, og det er mulig å få en samtale på tomannshånd først. Vi arrangerer også samlinger i helgene og på minnedager.",
    eligibility: "Overlevende etter terrorangrep, etterlatte og nære pårørende, uansett hvor i landet de bor.",
    application: "Ta kontakt på telefon eller e-post, så avtaler vi en første samtale.",
    fees: "Gratis for medlemmer og ikke-medlemmer.",
    costs: free("no"),
    url: "https://nettverket-overlevende.example.org/grupper",
    email: "grupper@nettverket-overlevende.example.org",
    phones: [{ number: "+47 22 00 00 71" }],
    timezone: 1,
    hours: [
      { days: "MO,WE", opens: "17:00", closes: "20:00" },
      { days: "TH", opens: "10:00", closes: "15:00", description: "Kontortid" },
    ],
    languages: ["no", "en"],
    places: [
      {
        key: "no-oslo-nettverket-lokale",
        type: "physical",
        name: "Nettverkets lokaler",
        transportation: "Trikk til Hausmanns gate eller T-bane til Jernbanetorget.",
        latitude: 59.9148,
        longitude: 10.7558,
        address: { address_1: "Storgata 30", city: "Oslo", state_province: "Oslo", postal_code: "0184", country: "NO" },
      },
    ],
    lastModified: "2026-08-30T08:45:00Z",
  },

  // ----- United States (New York) -----
  {
    key: "us-nyc-liberty-legal",
    locale: "en",
    organization: libertySquare,
    types: ["legal-aid", "compensation-claims"],
    name: "Legal help for victims of terrorism",
    description:
      "Free legal advice and representation for survivors and families: victims’ rights in criminal cases, applications to state and federal victim compensation funds, insurance and employment disputes, and immigration questions arising from an attack.",
    eligibility: "Survivors of terrorist attacks and their family members who live in New York State, or who were harmed in an attack in New York.",
    application: "Call our intake line or complete the online intake form; a paralegal will call you back within two working days.",
    fees: "Free of charge. We never take a share of your compensation.",
    costs: free("en"),
    url: "https://libertysquare-legal.example.org/terrorism",
    email: "intake@libertysquare-legal.example.org",
    waitTime: "Call-back within two working days.",
    phones: [{ number: "+1 212 555 0142", description: "Intake line" }],
    timezone: -5,
    hours: [{ days: WEEKDAYS, opens: "09:00", closes: "17:00" }],
    languages: ["en", "es", "zh"],
    interpretation: "Interpreters are available free of charge for any language.",
    places: [
      {
        key: "us-nyc-liberty-office",
        type: "physical",
        name: "Liberty Square Legal Clinic",
        transportation: "Subway: Chambers St (1, 2, 3, A, C) or City Hall (R, W).",
        latitude: 40.7142,
        longitude: -74.0059,
        address: { address_1: "75 Chambers Street", address_2: "Suite 600", city: "New York", state_province: "NY", postal_code: "10007", country: "US" },
        wheelchair: "Wheelchair-accessible entrance on Chambers Street; elevator to the 6th floor.",
      },
    ],
    lastModified: "2026-10-01T14:30:00Z",
  },
  {
    key: "us-nyc-hudson-therapy",
    locale: "en",
    organization: hudsonTrauma,
    types: ["psychological-support"],
    name: "Trauma therapy for survivors and families",
    description:
      "Individual, family and group therapy for post-traumatic stress, grief and anxiety after an attack, using approaches such as trauma-focused CBT, EMDR and prolonged exposure. Telehealth sessions available across New York State.",
    eligibility: "Adults, teenagers (13+) and families who have been exposed to a terrorist attack or another mass-casualty event.",
    application: "Call to book a free 20-minute consultation, then a full assessment.",
    fees: "Sliding-scale fees from $40 to $120 per session depending on income. Most major insurance plans accepted.",
    costs: [
      { option: "Sliding scale (lowest fee)", amount: 40, currency: "USD", amountDescription: "per 50-minute session" },
      { option: "Standard fee", amount: 120, currency: "USD", amountDescription: "per 50-minute session" },
    ],
    url: "https://hudson-trauma.example.com/",
    email: "appointments@hudson-trauma.example.com",
    minimumAge: 13,
    phones: [{ number: "+1 212 555 0187", description: "Appointments" }],
    timezone: -5,
    hours: [
      { days: "MO,TU,WE,TH", opens: "08:00", closes: "20:00" },
      { days: "FR", opens: "08:00", closes: "16:00" },
    ],
    languages: ["en", "es"],
    places: [
      {
        key: "us-nyc-hudson-clinic",
        type: "physical",
        name: "Hudson Trauma Recovery Center – Midtown",
        transportation: "Subway: 42 St–Port Authority Bus Terminal (A, C, E).",
        latitude: 40.7603,
        longitude: -73.9932,
        address: { address_1: "410 West 44th Street", address_2: "Floor 3", city: "New York", state_province: "NY", postal_code: "10036", country: "US" },
        wheelchair: "Fully accessible building with an elevator and accessible restrooms.",
      },
    ],
    lastModified: "2026-11-05T17:00:00Z",
  },

  // ----- New Zealand (Christchurch) -----
  {
    key: "nz-christchurch-wellbeing",
    locale: "en",
    organization: avonWellbeing,
    types: ["psychological-support", "financial-practical-help"],
    name: "Community wellbeing and recovery support",
    description:
      "Counselling, home visits and practical help for people and whānau affected by violent attacks, offered with respect for each family’s faith and culture. Support workers can help with ACC and other applications, school support for children and connecting with community groups.",
    eligibility: "People living in Canterbury who were injured, bereaved or witnessed a violent attack, and their whānau.",
    application: "Call, email or drop in; we will arrange a first meeting at our centre or at your home.",
    fees: "Free.",
    costs: free("en"),
    url: "https://avon-wellbeing.example.org/support",
    email: "support@avon-wellbeing.example.org",
    phones: [{ number: "+64 3 000 0315" }],
    timezone: 12,
    hours: [
      { days: WEEKDAYS, opens: "09:00", closes: "17:00" },
      { days: "SA", opens: "10:00", closes: "14:00" },
    ],
    languages: ["en", "ar", "so", "ur", "mi"],
    interpretation: "Staff speak Arabic, Somali and Urdu; interpreters can be arranged for other languages.",
    places: [
      {
        key: "nz-christchurch-avon-centre",
        type: "physical",
        name: "Avon River Wellbeing Centre",
        transportation: "Short walk from the Bus Interchange on Lichfield Street.",
        latitude: -43.5311,
        longitude: 172.6368,
        address: { address_1: "120 Hereford Street", city: "Christchurch", state_province: "Canterbury", postal_code: "8011", country: "NZ" },
        wheelchair: "Step-free access, accessible toilet and a quiet room.",
      },
    ],
    lastModified: "2026-10-14T21:00:00Z",
  },

  // ----- Kenya (Nairobi) -----
  {
    key: "ke-nairobi-tumaini-peer",
    locale: "en",
    organization: tumainiSurvivors,
    types: ["peer-support", "financial-practical-help"],
    name: "Survivors’ support circles and family assistance",
    description:
      "Monthly support circles where survivors and bereaved families share their experience, and practical help for members: school fees for children who lost a parent, help to obtain medical reports and death certificates, and accompaniment to government offices.",
    eligibility: "Survivors of terrorist attacks in Kenya and families of those who were killed or injured.",
    application: "Call the office or come on a Thursday afternoon to register as a member. Membership is free.",
    fees: "Free for survivors and families.",
    costs: free("en"),
    url: "https://tumaini-survivors.example.org/support",
    email: "members@tumaini-survivors.example.org",
    phones: [
      { number: "+254 20 000 0140", description: "Office" },
      { number: "+254 700 000 140", type: "text", description: "SMS and WhatsApp" },
    ],
    timezone: 3,
    hours: [
      { days: "TH", opens: "14:00", closes: "17:00", description: "Registration and support circle" },
      { days: "SA", opens: "09:00", closes: "13:00", description: "Family day (last Saturday of the month)" },
    ],
    languages: ["en", "sw", "so"],
    places: [
      {
        key: "ke-nairobi-tumaini-office",
        type: "physical",
        name: "Tumaini House",
        transportation: "City centre, near the Moi Avenue bus stops.",
        latitude: -1.2841,
        longitude: 36.8252,
        address: { address_1: "Tumaini House, 3rd floor, Moi Avenue", city: "Nairobi", state_province: "Nairobi County", postal_code: "00100", country: "KE" },
      },
    ],
    lastModified: "2026-09-09T06:30:00Z",
  },
  {
    key: "ke-nairobi-kilimani-counselling",
    locale: "en",
    organization: kilimaniCounselling,
    types: ["psychological-support"],
    name: "Free trauma counselling",
    description:
      "Individual and group counselling for adults and children affected by terrorist attacks and other violence. Counsellors also run psychological first aid sessions for schools and workplaces after an incident.",
    eligibility: "Anyone affected by violence living in or near Nairobi. Children are seen with a parent or guardian.",
    application: "Walk in for a first assessment, or call to book an appointment.",
    fees: "Free of charge.",
    costs: free("en"),
    url: "https://kilimani-counselling.example.org/",
    email: "care@kilimani-counselling.example.org",
    phones: [{ number: "+254 20 000 0277" }],
    timezone: 3,
    hours: [
      { days: WEEKDAYS, opens: "08:00", closes: "17:00" },
      { days: "SA", opens: "09:00", closes: "13:00" },
    ],
    languages: ["en", "sw"],
    places: [
      {
        key: "ke-nairobi-kilimani-centre",
        type: "physical",
        name: "Kilimani Trauma Counselling Centre",
        transportation: "Matatus on Ngong Road stop at the Kilimani junction.",
        latitude: -1.2987,
        longitude: 36.7848,
        address: { address_1: "44 Ngong Road, Kilimani", city: "Nairobi", state_province: "Nairobi County", postal_code: "00100", country: "KE" },
        wheelchair: "Ground-floor counselling rooms with ramp access.",
      },
    ],
    lastModified: "2026-10-22T07:15:00Z",
  },
  {
    key: "ke-nairobi-upper-hill-rehab",
    locale: "en",
    organization: upperHillRehab,
    types: ["medical-care"],
    name: "Physiotherapy, prosthetics and rehabilitation",
    description:
      "Rehabilitation after blast and gunshot injuries: physiotherapy, fitting and repair of artificial limbs, orthotics, hearing tests and hearing aids. A social worker helps patients apply for support from public and charitable funds.",
    eligibility: "Patients of all ages with a referral from a doctor or hospital.",
    application: "Book an appointment by phone with your referral letter and any X-rays or hospital reports.",
    fees: "Consultation KES 1,500. Prosthetics are quoted individually; reduced fees are available for victims of terrorism referred by a victims’ association.",
    costs: [{ option: "Consultation", amount: 1500, currency: "KES", amountDescription: "per consultation" }],
    url: "https://upperhill-rehab.example.com/",
    email: "clinic@upperhill-rehab.example.com",
    phones: [{ number: "+254 20 000 0392", description: "Appointments" }],
    timezone: 3,
    hours: [{ days: "MO,TU,WE,TH,FR,SA", opens: "08:00", closes: "18:00" }],
    languages: ["en", "sw"],
    places: [
      {
        key: "ke-nairobi-upper-hill-clinic",
        type: "physical",
        name: "Upper Hill Rehabilitation Clinic",
        transportation: "Off Ralph Bunche Road, near the hospital cluster in Upper Hill.",
        latitude: -1.2968,
        longitude: 36.8091,
        address: { address_1: "Ralph Bunche Road, Upper Hill", city: "Nairobi", state_province: "Nairobi County", postal_code: "00100", country: "KE" },
        wheelchair: "All treatment areas are wheelchair accessible; wheelchairs available on loan.",
      },
    ],
    lastModified: "2026-08-11T12:00:00Z",
  },

  // ----- Nigeria (Maiduguri) -----
  {
    key: "ng-maiduguri-sahel-hope",
    locale: "en",
    organization: sahelHope,
    types: ["psychological-support", "peer-support"],
    name: "Psychosocial support and safe spaces",
    description:
      "Community-based psychosocial support for people affected by insurgent attacks: counselling, women’s and youth support groups, child-friendly spaces and referrals for medical care. Trained community volunteers also visit camps for displaced families.",
    eligibility: "Survivors of attacks, displaced families and returnees in Borno State, including women and children.",
    application: "Come to the centre or ask a community volunteer in your camp or ward to refer you.",
    fees: "All services are free.",
    costs: free("en"),
    url: "https://sahel-hope.example.org/psychosocial",
    email: "info@sahel-hope.example.org",
    phones: [{ number: "+234 76 000 0215" }],
    timezone: 1,
    hours: [{ days: WEEKDAYS, opens: "08:00", closes: "16:00" }],
    languages: ["en", "ha", "kr", "ff"],
    places: [
      {
        key: "ng-maiduguri-sahel-centre",
        type: "physical",
        name: "Sahel Hope Community Centre",
        transportation: "On Baga Road, near the motor park.",
        latitude: 11.8464,
        longitude: 13.1571,
        address: { address_1: "Baga Road", city: "Maiduguri", state_province: "Borno State", postal_code: "600001", country: "NG" },
      },
    ],
    lastModified: "2026-07-28T09:00:00Z",
  },

  // ----- Mali (Bamako) -----
  {
    key: "ml-bamako-ensemble-entraide",
    locale: "fr",
    organization: ensembleBamako,
    types: ["peer-support", "financial-practical-help"],
    name: "Entraide entre victimes et accompagnement des familles",
    description:
      "Causeries entre victimes, veuves et familles de disparus, aide aux démarches pour obtenir les pièces d’état civil et les certificats médicaux, et soutien ponctuel pour les frais de scolarité et de soins des orphelins.",
    eligibility: "Victimes d’attaques terroristes au Mali, veuves, orphelins et familles déplacées.",
    application: "Venez au siège de l’association avec une pièce d’identité, ou faites-vous orienter par un relais de l’association dans votre région.",
    fees: "Gratuit.",
    costs: free("fr"),
    email: "aenv@ensemble-victimes.example.org",
    phones: [{ number: "+223 20 00 00 41" }],
    timezone: 0,
    hours: [
      { days: "MO,TU,WE,TH", opens: "08:30", closes: "16:00" },
      { days: "FR", opens: "08:30", closes: "12:00" },
    ],
    languages: ["fr", "bm", "ff"],
    places: [
      {
        key: "ml-bamako-ensemble-siege",
        type: "physical",
        name: "Siège de l’association",
        transportation: "Quartier Hamdallaye ACI 2000, près du grand marché.",
        latitude: 12.6351,
        longitude: -8.0152,
        address: { address_1: "Rue 310, porte 45, Hamdallaye ACI 2000", city: "Bamako", state_province: "District de Bamako", postal_code: "", country: "ML" },
      },
    ],
    lastModified: "2026-09-14T10:00:00Z",
  },
  {
    key: "ml-bamako-fleuve-soins",
    locale: "fr",
    organization: centreFleuve,
    types: ["psychological-support", "medical-care"],
    name: "Consultations médicales et psychologiques",
    description:
      "Consultations de médecine générale, pansements et suivi des blessures, et consultations psychologiques individuelles ou familiales pour les personnes touchées par les violences armées. Orientation vers les hôpitaux pour la chirurgie et la rééducation.",
    eligibility: "Toute personne blessée ou traumatisée par une attaque armée, et sa famille.",
    application: "Consultations sans rendez-vous le matin ; rendez-vous l’après-midi pour le suivi psychologique.",
    fees: "Consultations et médicaments de base gratuits.",
    costs: free("fr"),
    email: "contact@centre-fleuve.example.org",
    phones: [{ number: "+223 20 00 00 83" }],
    timezone: 0,
    hours: [{ days: "MO,TU,WE,TH,FR,SA", opens: "08:00", closes: "17:00" }],
    languages: ["fr", "bm", "ff"],
    places: [
      {
        key: "ml-bamako-fleuve-centre",
        type: "physical",
        name: "Centre d’écoute et de soins du Fleuve",
        latitude: 12.6399,
        longitude: -7.9981,
        address: { address_1: "Avenue de l’Yser, Quartier du Fleuve", city: "Bamako", state_province: "District de Bamako", postal_code: "", country: "ML" },
        wheelchair: "Bâtiment de plain-pied, accessible en fauteuil roulant.",
      },
    ],
    lastModified: "2026-10-08T08:00:00Z",
  },

  // ----- Iraq (Baghdad) -----
  {
    key: "iq-baghdad-amal-daam",
    locale: "ar",
    organization: amalRafidain,
    types: ["peer-support"],
    name: "لقاءات الدعم بين الناجين وعائلات الضحايا",
    description:
      "لقاءات أسبوعية يجتمع فيها الناجون من التفجيرات وعائلات الشهداء والجرحى لتبادل التجارب والتخفيف عن بعضهم، بمشاركة مرشدة نفسية. وتنظم الجمعية أيضاً أنشطة للأطفال الأيتام وزيارات منزلية للجرحى الذين لا يستطيعون الحضور.",
    eligibility: "الناجون من العمليات الإرهابية في العراق وعائلات الضحايا، دون اشتراط العضوية في الجمعية.",
    application: "يمكنك الحضور مباشرة في موعد اللقاء أو الاتصال بالجمعية لترتيب زيارة منزلية.",
    fees: "مجاناً.",
    costs: free("ar"),
    url: "https://amal-rafidain.example.org/liqaat",
    email: "info@amal-rafidain.example.org",
    phones: [{ number: "+964 1 000 0142" }],
    timezone: 3,
    hours: [
      { days: "SU,TU", opens: "10:00", closes: "13:00" },
      { days: "TH", opens: "16:00", closes: "19:00", description: "لقاء العائلات" },
    ],
    languages: ["ar", "ku"],
    places: [
      {
        key: "iq-baghdad-amal-maqar",
        type: "physical",
        name: "مقر جمعية أمل الرافدين",
        transportation: "قرب ساحة بيروت في شارع فلسطين.",
        latitude: 33.3468,
        longitude: 44.4352,
        address: { address_1: "شارع فلسطين، محلة 506، زقاق 12، دار 8", city: "بغداد", state_province: "محافظة بغداد", postal_code: "10001", country: "IQ" },
      },
    ],
    lastModified: "2026-10-16T07:00:00Z",
  },
  {
    key: "iq-baghdad-shifa-taheel",
    locale: "ar",
    organization: shifaRehab,
    types: ["medical-care"],
    name: "التأهيل الطبي والأطراف الصناعية لجرحى التفجيرات",
    description:
      "علاج طبيعي وتأهيل حركي بعد إصابات التفجيرات، وتصنيع الأطراف الصناعية والأجهزة المساعدة وصيانتها، وفحص السمع وتوفير السماعات، مع متابعة نفسية للمرضى وذويهم.",
    eligibility: "جرحى العمليات الإرهابية من جميع الأعمار، بإحالة من مستشفى أو طبيب.",
    application: "راجع المركز مع الإحالة الطبية والتقارير والأشعة المتوفرة لديك. يُحدَّد موعد الفحص الأول خلال أسبوع.",
    fees: "الخدمات مجانية لجرحى العمليات الإرهابية.",
    costs: free("ar"),
    url: "https://shifa-rehab.example.org/",
    email: "contact@shifa-rehab.example.org",
    phones: [{ number: "+964 1 000 0267" }],
    timezone: 3,
    hours: [{ days: SUNDAY_TO_THURSDAY, opens: "08:00", closes: "14:00" }],
    languages: ["ar", "ku", "en"],
    places: [
      {
        key: "iq-baghdad-shifa-markaz",
        type: "physical",
        name: "مركز الشفاء للتأهيل",
        latitude: 33.3712,
        longitude: 44.3605,
        address: { address_1: "شارع المغرب، الأعظمية", city: "بغداد", state_province: "محافظة بغداد", postal_code: "10001", country: "IQ" },
        wheelchair: "مداخل منحدرة ومصاعد ودورات مياه مهيأة للكراسي المتحركة.",
      },
    ],
    lastModified: "2026-09-27T06:00:00Z",
  },
  {
    key: "iq-baghdad-adala-qanuni",
    locale: "ar",
    organization: adalaOffice,
    types: ["legal-aid", "compensation-claims"],
    name: "الاستشارة القانونية وطلبات التعويض لضحايا الإرهاب",
    description:
      "محامون يساعدون الضحايا وذويهم على إعداد طلبات التعويض عن الوفاة والإصابة وتضرر الممتلكات ومتابعتها أمام اللجان المختصة، ويقدمون الاستشارة في قضايا الإرث والوصاية على القاصرين واستخراج الوثائق.",
    eligibility: "ضحايا العمليات الإرهابية والأخطاء العسكرية وذووهم في بغداد والمحافظات المجاورة.",
    application: "احجز موعداً بالهاتف، وأحضر البطاقة الوطنية وشهادة الوفاة أو التقرير الطبي وأي قرار صادر عن اللجنة.",
    fees: "الاستشارة والتمثيل مجاناً.",
    costs: free("ar"),
    url: "https://adala-legal.example.org/taweed",
    email: "help@adala-legal.example.org",
    phones: [{ number: "+964 1 000 0388" }],
    timezone: 3,
    hours: [{ days: SUNDAY_TO_THURSDAY, opens: "09:00", closes: "15:00" }],
    languages: ["ar"],
    places: [
      {
        key: "iq-baghdad-adala-maktab",
        type: "physical",
        name: "مكتب العدالة – الكرادة",
        latitude: 33.3149,
        longitude: 44.4168,
        address: { address_1: "شارع السعدون، عمارة 14، الطابق الثاني", city: "بغداد", state_province: "محافظة بغداد", postal_code: "10001", country: "IQ" },
      },
    ],
    lastModified: "2026-11-01T09:00:00Z",
  },

  // ----- Jordan (remote) -----
  {
    key: "jo-sanad-khat-daam",
    locale: "ar",
    organization: sanadFoundation,
    types: ["helpline", "psychological-support"],
    name: "خط السند للدعم النفسي",
    description:
      "خط هاتفي ومحادثة عبر الإنترنت يجيب عليهما أخصائيون نفسيون مدربون على الإسعافات الأولية النفسية، لمساندة من تعرض لهجوم إرهابي أو فقد عزيزاً أو شهد أحداثاً عنيفة، وتحويلهم عند الحاجة إلى جلسات علاج نفسي.",
    eligibility: "كل من يحتاج إلى دعم نفسي بعد حادث عنيف، داخل الأردن أو من خارجه باللغة العربية.",
    application: "اتصل بالرقم أو ابدأ محادثة على الموقع. لا يلزم ذكر الاسم.",
    fees: "الخدمة مجانية.",
    costs: free("ar"),
    url: "https://sanad-mh.example.org/khat",
    phones: [{ number: "+962 6 000 0110", description: "خط الدعم النفسي يومياً" }],
    timezone: 3,
    hours: [{ days: ALL_DAYS, opens: "08:00", closes: "23:00", description: "يومياً من الثامنة صباحاً حتى الحادية عشرة ليلاً" }],
    languages: ["ar", "en"],
    places: [
      {
        key: "jo-sanad-khat-baeed",
        type: "virtual",
        name: "خط السند (هاتف ومحادثة)",
        url: "https://sanad-mh.example.org/chat",
        address: { address_1: "خدمة عن بُعد – لا يوجد استقبال للجمهور", city: "عمّان", state_province: "محافظة العاصمة", postal_code: "11181", country: "JO" },
      },
    ],
    lastModified: "2026-10-30T05:30:00Z",
  },

  // ----- Lebanon (Beirut) -----
  {
    key: "lb-beirut-arz-ilaj",
    locale: "ar",
    organization: arzClinic,
    types: ["psychological-support"],
    name: "جلسات العلاج النفسي من الصدمات",
    description:
      "جلسات فردية وعائلية لعلاج اضطراب ما بعد الصدمة والحزن والقلق بعد الانفجارات والاعتداءات، بأساليب مثبتة علمياً منها العلاج المعرفي السلوكي وEMDR، مع جلسات خاصة للأطفال واليافعين.",
    eligibility: "الكبار والأطفال من عمر ست سنوات، مع أحد الوالدين للقاصرين.",
    application: "احجز موعداً بالهاتف أو عبر الموقع. يمكن إجراء الجلسات حضورياً أو عبر الفيديو.",
    fees: "30 دولاراً أمريكياً للجلسة، مع تخفيض لمن لا يستطيعون الدفع بعد تقييم الحالة.",
    costs: [{ option: "جلسة فردية", amount: 30, currency: "USD", amountDescription: "للجلسة الواحدة (50 دقيقة)" }],
    url: "https://arz-clinic.example.com/",
    email: "appointments@arz-clinic.example.com",
    minimumAge: 6,
    phones: [{ number: "+961 1 000 077", description: "حجز المواعيد" }],
    timezone: 2,
    hours: [{ days: WEEKDAYS, opens: "10:00", closes: "18:00" }],
    languages: ["ar", "fr", "en"],
    places: [
      {
        key: "lb-beirut-arz-iyada",
        type: "physical",
        name: "عيادة الأرز – الحمرا",
        latitude: 33.8961,
        longitude: 35.4829,
        address: { address_1: "شارع الحمرا، بناية النخيل، الطابق الثالث", city: "بيروت", state_province: "محافظة بيروت", postal_code: "1103", country: "LB" },
        wheelchair: "مصعد يتسع لكرسي متحرك ومدخل بلا درج.",
      },
    ],
    lastModified: "2026-09-06T11:00:00Z",
  },

  // ----- Tunisia (Tunis) -----
  {
    key: "tn-tunis-carthage-tadamun",
    locale: "ar",
    organization: carthageSolidarity,
    types: ["peer-support", "legal-aid"],
    name: "فضاء التضامن والإرشاد لضحايا الإرهاب",
    description:
      "لقاءات شهرية بين الجرحى وعائلات الضحايا، ومرافقة في الإجراءات الإدارية للحصول على صفة ضحية إرهاب والمنح والعلاج المجاني، واستشارات قانونية بالتعاون مع محامين متطوعين.",
    eligibility: "ضحايا العمليات الإرهابية في تونس من المدنيين والأمنيين والعسكريين وعائلاتهم.",
    application: "اتصل بالجمعية أو احضر في أوقات الاستقبال مع بطاقة التعريف الوطنية والوثائق الطبية أو الإدارية المتوفرة.",
    fees: "مجاناً.",
    costs: free("ar"),
    email: "contact@carthage-solidarite.example.org",
    phones: [{ number: "+216 71 000 052" }],
    timezone: 1,
    hours: [
      { days: "MO,TU,WE,TH", opens: "09:00", closes: "16:00" },
      { days: "SA", opens: "09:00", closes: "12:00", description: "اللقاء الشهري: أول سبت من كل شهر" },
    ],
    languages: ["ar", "fr"],
    places: [
      {
        key: "tn-tunis-carthage-maqar",
        type: "physical",
        name: "مقر جمعية قرطاج",
        latitude: 36.8003,
        longitude: 10.1808,
        address: { address_1: "18 نهج ابن خلدون", city: "تونس", state_province: "ولاية تونس", postal_code: "1000", country: "TN" },
        wheelchair: "قاعة الاستقبال في الطابق الأرضي ومهيأة للكراسي المتحركة.",
      },
    ],
    lastModified: "2026-10-03T08:30:00Z",
  },

  // ----- Pakistan (Peshawar) -----
  {
    key: "pk-peshawar-khyber-forum",
    locale: "en",
    organization: khyberForum,
    types: ["peer-support", "financial-practical-help"],
    name: "Support meetings and family assistance",
    description:
      "Separate support meetings for mothers, fathers and young survivors, home visits to injured members, and help with applications for government compensation and shuhada packages, school admissions and fee waivers.",
    eligibility: "Survivors of terrorist attacks in Khyber Pakhtunkhwa and families of those killed or injured.",
    application: "Visit the office with your CNIC and any hospital or police documents, or call to request a home visit.",
    fees: "Free.",
    costs: free("en"),
    email: "forum@khyber-survivors.example.org",
    phones: [{ number: "+92 91 000 0123" }],
    timezone: 5,
    hours: [{ days: "MO,TU,WE,TH,SA", opens: "10:00", closes: "15:00" }],
    languages: ["en", "ur", "ps"],
    places: [
      {
        key: "pk-peshawar-khyber-office",
        type: "physical",
        name: "Khyber Forum office",
        transportation: "University Road, near the BRT station.",
        latitude: 34.0029,
        longitude: 71.4851,
        address: { address_1: "Office 7, Al-Noor Plaza, University Road", city: "Peshawar", state_province: "Khyber Pakhtunkhwa", postal_code: "25000", country: "PK" },
        wheelchair: "Ground-floor office with a ramp.",
      },
    ],
    lastModified: "2026-08-19T05:00:00Z",
  },

  // ----- India (Mumbai) -----
  {
    key: "in-mumbai-marine-lines",
    locale: "en",
    organization: marineLines,
    types: ["psychological-support"],
    name: "Trauma counselling for survivors and families",
    description:
      "Counselling for people affected by bomb blasts and attacks: individual therapy for post-traumatic stress, grief counselling for bereaved families and play therapy for children. Online sessions are available for clients outside Mumbai.",
    eligibility: "Adults and children (with a parent) affected by a terrorist attack or other violence.",
    application: "Call or email to book; the first session is an assessment.",
    fees: "INR 800 per session; reduced fees on request for survivors and families who cannot afford it.",
    costs: [{ option: "Counselling session", amount: 800, currency: "INR", amountDescription: "per 50-minute session" }],
    url: "https://marinelines-counselling.example.com/",
    email: "contact@marinelines-counselling.example.com",
    phones: [{ number: "+91 22 0000 0186" }],
    timezone: 5.5,
    hours: [
      { days: "MO,TU,WE,TH,FR,SA", opens: "10:00", closes: "19:00" },
    ],
    languages: ["en", "hi", "mr", "gu"],
    places: [
      {
        key: "in-mumbai-marine-lines-practice",
        type: "physical",
        name: "Marine Lines Trauma Counselling Centre",
        transportation: "Five minutes’ walk from Marine Lines railway station.",
        latitude: 18.9446,
        longitude: 72.8236,
        address: { address_1: "2nd floor, Sea View Chambers, Dadabhai Naoroji Road", city: "Mumbai", state_province: "Maharashtra", postal_code: "400001", country: "IN" },
        wheelchair: "Lift and ramp access; consulting rooms are wheelchair accessible.",
      },
    ],
    lastModified: "2026-07-05T10:00:00Z",
  },

  // ----- China (Beijing, Shanghai) -----
  {
    key: "cn-haiwai-yingji-rexian",
    locale: "zh",
    organization: haiwaiZhongxin,
    types: ["consular-help", "helpline"],
    name: "海外公民应急求助热线",
    description:
      "在海外遭遇恐怖袭击、被困或受伤时，可随时拨打本热线。工作人员会协调当地使领馆，提供寻找亲属、就医协助、证件补办、联系家属和回国等方面的领事协助，并为国内家属提供信息。",
    eligibility: "在海外的中国公民及其在国内的家属。",
    application: "直接拨打热线电话，说明所在国家、城市和需要的帮助。也可联系当地中国使领馆。",
    fees: "热线服务免费（国际通话费按运营商标准收取）。",
    costs: free("zh"),
    url: "https://haiwai-xiezhu.example.net/rexian",
    email: "yingji@haiwai-xiezhu.example.net",
    phones: [{ number: "+86 10 0000 0308", description: "全球应急求助热线，24小时" }],
    timezone: 8,
    hours: [aroundTheClock("zh")],
    languages: ["zh", "en"],
    places: [
      {
        key: "cn-haiwai-yingji-yuancheng",
        type: "virtual",
        name: "海外公民应急求助热线（远程服务）",
        url: "https://haiwai-xiezhu.example.net/rexian",
        address: { address_1: "远程服务，不接待来访", city: "北京", state_province: "北京市", postal_code: "100600", country: "CN" },
      },
    ],
    lastModified: "2026-06-18T02:00:00Z",
  },
  {
    key: "cn-shanghai-xinan-xinli",
    locale: "zh",
    organization: xinanShanghai,
    types: ["psychological-support"],
    name: "创伤心理援助门诊",
    description:
      "为遭受恐怖袭击、暴力伤害和重大事故的亲历者、家属及目击者提供心理评估、个体和家庭心理治疗以及哀伤辅导，也为儿童和青少年开设专门的心理支持小组。",
    eligibility: "暴力事件或重大灾难的亲历者、遇难者家属和目击者，儿童须由监护人陪同。",
    application: "请致电预约首次评估。情况紧急时可当天就诊。",
    fees: "恐怖袭击受害者及其家属免费；其他来访者按收费标准收费。",
    costs: free("zh"),
    url: "https://xinan-center.example.org/menzhen",
    email: "yuyue@xinan-center.example.org",
    phones: [{ number: "+86 21 0000 0512", description: "预约电话" }],
    timezone: 8,
    hours: [
      { days: WEEKDAYS, opens: "09:00", closes: "17:00" },
      { days: "SA", opens: "09:00", closes: "12:00" },
    ],
    languages: ["zh", "en"],
    places: [
      {
        key: "cn-shanghai-xinan-menzhen",
        type: "physical",
        name: "心安中心黄浦门诊部",
        transportation: "地铁1号线、2号线、8号线人民广场站步行约5分钟。",
        latitude: 31.2328,
        longitude: 121.4751,
        address: { address_1: "黄浦区西藏中路200号5楼", city: "上海", state_province: "上海市", postal_code: "200001", country: "CN" },
        wheelchair: "设有无障碍通道和无障碍电梯，可供轮椅通行。",
      },
    ],
    lastModified: "2026-10-25T01:30:00Z",
  },

  // ----- Russia (Moscow, Vladikavkaz) -----
  {
    key: "ru-moscow-svetly-bereg-konsultatsii",
    locale: "ru",
    organization: svetlyBereg,
    types: ["psychological-support"],
    name: "Психологическая помощь пострадавшим и их близким",
    description:
      "Индивидуальные и семейные консультации психологов, группы поддержки для переживших утрату, помощь детям и подросткам. Специалисты работают с последствиями психологической травмы после террористических актов.",
    eligibility: "Пострадавшие от террористических актов, их родственники, очевидцы, а также спасатели и медики, работавшие на месте событий.",
    application: "Запишитесь по телефону или через сайт. Первичная консультация — в течение недели.",
    fees: "Бесплатно.",
    costs: free("ru"),
    url: "https://svetly-bereg.example.org/pomoshch",
    email: "help@svetly-bereg.example.org",
    phones: [{ number: "+7 495 000-00-31", description: "Запись на консультацию" }],
    timezone: 3,
    hours: [
      { days: WEEKDAYS, opens: "10:00", closes: "20:00" },
      { days: "SA", opens: "11:00", closes: "16:00" },
    ],
    languages: ["ru", "en"],
    places: [
      {
        key: "ru-moscow-svetly-bereg-tsentr",
        type: "physical",
        name: "Центр «Светлый берег»",
        transportation: "Метро «Чистые пруды» или «Курская», 10 минут пешком.",
        latitude: 55.7592,
        longitude: 37.6488,
        address: { address_1: "ул. Покровка, д. 31, стр. 2", city: "Москва", state_province: "Москва", postal_code: "105062", country: "RU" },
        wheelchair: "Пандус у входа, кабинеты на первом этаже, доступный санузел.",
      },
    ],
    lastModified: "2026-10-10T07:00:00Z",
  },
  {
    key: "ru-moscow-svetly-bereg-liniya",
    locale: "ru",
    organization: svetlyBereg,
    types: ["helpline", "psychological-support"],
    name: "Круглосуточная линия психологической поддержки",
    description:
      "Анонимная телефонная линия для людей, переживших теракт, и их близких. Дежурные психологи помогут справиться с острым стрессом, подскажут, куда обратиться за помощью, и при необходимости запишут на очную консультацию.",
    eligibility: "Все, кто пострадал от террористического акта, их родственники и очевидцы, по всей России.",
    application: "Позвоните по номеру линии. Называть своё имя не обязательно.",
    fees: "Звонок бесплатный.",
    costs: free("ru"),
    url: "https://svetly-bereg.example.org/liniya",
    phones: [{ number: "+7 495 000-00-24", description: "Круглосуточно" }],
    timezone: 3,
    hours: [aroundTheClock("ru")],
    languages: ["ru"],
    places: [
      {
        key: "ru-moscow-svetly-bereg-distantsionno",
        type: "virtual",
        name: "Линия психологической поддержки (дистанционно)",
        address: { address_1: "Дистанционная услуга, приём посетителей не ведётся", city: "Москва", state_province: "Москва", postal_code: "105062", country: "RU" },
      },
    ],
    lastModified: "2026-11-12T06:00:00Z",
  },
  {
    key: "ru-moscow-zashchita-yuristy",
    locale: "ru",
    organization: zashchitaClinic,
    types: ["legal-aid", "compensation-claims"],
    name: "Бесплатная юридическая помощь пострадавшим от терроризма",
    description:
      "Юристы консультируют по вопросам компенсаций и единовременных выплат пострадавшим и семьям погибших, помогают составить заявления и иски, представляют интересы потерпевших в уголовном процессе.",
    eligibility: "Пострадавшие от террористических актов и члены семей погибших, независимо от места жительства.",
    application: "Запишитесь на приём по телефону или электронной почте. Возьмите с собой паспорт и документы, подтверждающие статус потерпевшего.",
    fees: "Консультации и представительство бесплатны.",
    costs: free("ru"),
    url: "https://zashchita-clinic.example.org/",
    email: "priem@zashchita-clinic.example.org",
    phones: [{ number: "+7 495 000-00-58" }],
    timezone: 3,
    hours: [{ days: WEEKDAYS, opens: "10:00", closes: "18:00" }],
    languages: ["ru"],
    places: [
      {
        key: "ru-moscow-zashchita-ofis",
        type: "physical",
        name: "Правовая клиника «Защита пострадавших»",
        transportation: "Метро «Третьяковская» или «Полянка».",
        latitude: 55.7363,
        longitude: 37.6252,
        address: { address_1: "ул. Большая Ордынка, д. 40, офис 12", city: "Москва", state_province: "Москва", postal_code: "119017", country: "RU" },
      },
    ],
    lastModified: "2026-09-29T09:30:00Z",
  },
  {
    key: "ru-vladikavkaz-pamyat-nadezhda",
    locale: "ru",
    organization: pamyatNadezhda,
    types: ["peer-support", "financial-practical-help"],
    name: "Взаимная поддержка и помощь семьям пострадавших",
    description:
      "Встречи пострадавших и семей погибших, поддержка матерей и детей, помощь в получении положенных выплат, путёвок на лечение и реабилитацию, сопровождение в государственных учреждениях.",
    eligibility: "Пострадавшие от террористических актов в регионах Северного Кавказа и члены семей погибших.",
    application: "Приходите в часы приёма или позвоните, чтобы договориться о встрече.",
    fees: "Бесплатно.",
    costs: free("ru"),
    email: "info@pamyat-nadezhda.example.org",
    phones: [{ number: "+7 8672 00-00-19" }],
    timezone: 3,
    hours: [{ days: "MO,TU,WE,TH,FR", opens: "10:00", closes: "17:00" }],
    languages: ["ru", "os"],
    places: [
      {
        key: "ru-vladikavkaz-pamyat-ofis",
        type: "physical",
        name: "Офис объединения «Память и надежда»",
        latitude: 43.0239,
        longitude: 44.6818,
        address: { address_1: "ул. Маркуса, д. 22", city: "Владикавказ", state_province: "Республика Северная Осетия — Алания", postal_code: "362040", country: "RU" },
      },
    ],
    lastModified: "2026-08-27T08:00:00Z",
  },

  // ----- Argentina (Buenos Aires) -----
  {
    key: "ar-buenos-aires-lazos",
    locale: "es",
    organization: lazosMemoria,
    types: ["peer-support", "legal-aid"],
    name: "Acompañamiento a familiares y sobrevivientes",
    description:
      "Espacios de encuentro para familiares y sobrevivientes, seguimiento de las causas judiciales con abogados de la asociación y acompañamiento en actos de memoria. Ofrecemos orientación para iniciar trámites de reparación.",
    eligibility: "Familiares de víctimas y sobrevivientes de atentados terroristas ocurridos en la Argentina.",
    application: "Escribinos o llamanos para coordinar un primer encuentro.",
    fees: "Sin costo.",
    costs: free("es"),
    url: "https://lazosdememoria.example.org/acompanamiento",
    email: "contacto@lazosdememoria.example.org",
    phones: [{ number: "+54 11 0000-0194" }],
    timezone: -3,
    hours: [
      { days: "MO,WE,FR", opens: "14:00", closes: "19:00" },
    ],
    languages: ["es", "he"],
    places: [
      {
        key: "ar-buenos-aires-lazos-sede",
        type: "physical",
        name: "Sede de Lazos de Memoria",
        transportation: "Subte línea B, estación Uruguay.",
        latitude: -34.6037,
        longitude: -58.3882,
        address: { address_1: "Av. Corrientes 1500, piso 4, of. B", city: "Buenos Aires", state_province: "Ciudad Autónoma de Buenos Aires", postal_code: "C1042AAN", country: "AR" },
        wheelchair: "Edificio con ascensor y acceso sin escalones.",
      },
    ],
    lastModified: "2026-10-18T18:00:00Z",
  },

  // ----- Colombia (Bogotá) -----
  {
    key: "co-bogota-caminos",
    locale: "es",
    organization: caminosReparacion,
    types: ["psychological-support", "legal-aid", "compensation-claims"],
    name: "Atención psicosocial y orientación para la reparación",
    description:
      "Acompañamiento psicosocial individual, familiar y comunitario para víctimas de atentados, y orientación jurídica para la declaración, el registro como víctima y la solicitud de indemnización administrativa y otras medidas de reparación.",
    eligibility: "Víctimas de atentados terroristas y del conflicto armado, y sus familias, en Bogotá y municipios cercanos.",
    application: "Acérquese a la sede o pida cita por teléfono. Si tiene la carta de inclusión en el registro de víctimas, tráigala.",
    fees: "Todos los servicios son gratuitos.",
    costs: free("es"),
    url: "https://caminosdereparacion.example.org/atencion",
    email: "atencion@caminosdereparacion.example.org",
    phones: [{ number: "+57 601 000 0216" }],
    timezone: -5,
    hours: [
      { days: WEEKDAYS, opens: "08:00", closes: "17:00" },
      { days: "SA", opens: "08:00", closes: "12:00" },
    ],
    languages: ["es"],
    places: [
      {
        key: "co-bogota-caminos-sede",
        type: "physical",
        name: "Sede Caminos de Reparación",
        transportation: "TransMilenio, estación Calle 26 o Universidades.",
        latitude: 4.6187,
        longitude: -74.0689,
        address: { address_1: "Carrera 7 # 32-16, oficina 501", city: "Bogotá", state_province: "Bogotá D.C.", postal_code: "110311", country: "CO" },
        wheelchair: "Ascensor y baño accesible para personas en silla de ruedas.",
      },
    ],
    lastModified: "2026-09-21T13:00:00Z",
  },

  // ----- Indonesia (Denpasar) -----
  {
    key: "id-denpasar-bali-recovery",
    locale: "en",
    organization: baliRecovery,
    types: ["psychological-support", "medical-care"],
    name: "Trauma counselling and medical follow-up",
    description:
      "Counselling for survivors and bereaved families, long-term follow-up of burn and blast injuries with partner hospitals, and help for foreign visitors to reach their consulate and insurer.",
    eligibility: "Indonesian residents and foreign visitors affected by attacks or disasters in Bali and Nusa Tenggara.",
    application: "Call or message the foundation; a case worker will meet you at our office or at the hospital.",
    fees: "Counselling and case work are free; hospital fees are paid by insurance or the patient, with hardship support available.",
    costs: free("en"),
    url: "https://bali-recovery.example.org/",
    email: "help@bali-recovery.example.org",
    phones: [
      { number: "+62 361 000 071" },
      { number: "+62 811 0000 071", type: "text", description: "WhatsApp" },
    ],
    timezone: 8,
    hours: [{ days: "MO,TU,WE,TH,FR,SA", opens: "08:00", closes: "16:00" }],
    languages: ["en", "id", "ja", "ko"],
    places: [
      {
        key: "id-denpasar-bali-recovery-office",
        type: "physical",
        name: "Bali Island Trauma Recovery Foundation",
        latitude: -8.6372,
        longitude: 115.2098,
        address: { address_1: "Jalan Gatot Subroto Barat 120", city: "Denpasar", state_province: "Bali", postal_code: "80117", country: "ID" },
      },
    ],
    lastModified: "2026-08-05T03:00:00Z",
  },

  // ----- Philippines (Marawi) -----
  {
    key: "ph-marawi-lanao-desk",
    locale: "en",
    organization: lanaoDesk,
    types: ["financial-practical-help", "psychological-support"],
    name: "Assistance desk for families affected by the siege",
    description:
      "Help to replace lost civil documents and land titles, apply for livelihood and housing assistance, and join community healing sessions led by trained psychosocial workers. Mobile desks visit transitory shelters every week.",
    eligibility: "Families from Marawi City and nearby towns displaced or harmed by the siege and later violence.",
    application: "Visit the desk or a mobile desk at your shelter. Bring any ID you still have; we can help if you have none.",
    fees: "Free.",
    costs: free("en"),
    email: "desk@lanao-rebuilding.example.org",
    phones: [{ number: "+63 63 000 0217" }],
    timezone: 8,
    hours: [{ days: WEEKDAYS, opens: "08:00", closes: "17:00" }],
    languages: ["en", "tl"],
    interpretation: "Staff speak Maranao, Cebuano and Filipino.",
    places: [
      {
        key: "ph-marawi-lanao-desk-office",
        type: "physical",
        name: "Lanao Rebuilding Lives Assistance Desk",
        latitude: 8.0034,
        longitude: 124.2839,
        address: { address_1: "Barangay Saduc, near the provincial capitol", city: "Marawi City", state_province: "Lanao del Sur", postal_code: "9700", country: "PH" },
        wheelchair: "Single-storey building with ramp access.",
      },
    ],
    lastModified: "2026-09-12T02:00:00Z",
  },
  // ----- Support after sexual and gender-based violence -----
  {
    key: "fr-paris-solstice-consultations",
    locale: "fr",
    organization: maisonSolstice,
    types: ["sgbv-medical", "sgbv-psychological"],
    features: ["women-led", "staff-gender-on-request"],
    name: "Consultations après des violences sexuelles",
    description:
      "Une médecin et une psychologue vous reçoivent ensemble ou séparément, quand vous le souhaitez, sans obligation de porter plainte. Soins, examens, traitements préventifs et, si vous le voulez, conservation des preuves. Vous choisissez ce que vous racontez.",
    eligibility: "Femmes et adolescentes (à partir de 15 ans) survivantes de violences sexuelles, récentes ou anciennes, quelles que soient leur nationalité et leur situation.",
    application: "Appelez ou venez sans rendez-vous le matin. Vous pouvez demander à être reçue par une femme et venir accompagnée.",
    fees: "Gratuit et confidentiel.",
    costs: free("fr"),
    url: "https://maison-solstice.example.org/consultations",
    email: "consultations@maison-solstice.example.org",
    phones: [{ number: "+33 1 99 00 52 61", description: "Accueil, du lundi au samedi" }],
    timezone: 1,
    hours: [
      { days: WEEKDAYS, opens: "09:00", closes: "18:00" },
      { days: "SA", opens: "09:30", closes: "13:00" },
    ],
    languages: ["fr", "ar", "en"],
    interpretation: "Interprètes femmes sur demande, en présence ou par téléphone.",
    places: [
      {
        key: "fr-paris-solstice-maison",
        type: "physical",
        name: "Maison Solstice",
        transportation: "Métro Gambetta (ligne 3), bus 26 et 64.",
        latitude: 48.8646,
        longitude: 2.3986,
        address: { address_1: "21 rue des Glycines", city: "Paris", state_province: "Île-de-France", postal_code: "75020", country: "FR" },
        wheelchair: "Accueil et salles de consultation de plain-pied.",
      },
    ],
    lastModified: "2026-11-10T10:00:00Z",
  },
  {
    key: "jo-amman-wahat-daam",
    locale: "ar",
    organization: wahatAlAman,
    types: ["sgbv-psychological", "sgbv-legal", "sgbv-safe-accommodation"],
    features: ["women-led", "staff-gender-on-request"],
    name: "الدعم النفسي والقانوني والسكن الآمن للناجيات",
    description:
      "جلسات دعم نفسي فردية وجماعية، واستشارات قانونية مع محاميات، وسكن آمن مؤقت للناجيات وأطفالهن. لا نطلب منك رواية ما حدث، وأنت من يقرر ما تشاركينه ومتى.",
    eligibility: "النساء والفتيات الناجيات من العنف الجنسي أو العنف القائم على النوع الاجتماعي، أياً كانت جنسيتهن.",
    application: "اتصلي بالخط أو أرسلي رسالة، وستحدد معك أخصائية موعداً في مكان تشعرين فيه بالأمان. عنوان السكن الآمن سري ولا يُعطى إلا للمقيمات فيه.",
    fees: "جميع الخدمات مجانية.",
    costs: free("ar"),
    url: "https://wahat-alaman.example.org/daam",
    email: "daam@wahat-alaman.example.org",
    phones: [
      { number: "+962 6 000 0215", description: "خط الاستقبال، من الأحد إلى الخميس" },
      { number: "+962 79 000 0215", type: "text", description: "رسائل نصية وواتساب" },
    ],
    timezone: 3,
    hours: [{ days: SUNDAY_TO_THURSDAY, opens: "09:00", closes: "17:00" }],
    languages: ["ar", "en"],
    places: [
      {
        key: "jo-amman-wahat-markaz",
        type: "physical",
        name: "مركز واحة الأمان – جبل اللويبدة",
        latitude: 31.9603,
        longitude: 35.9223,
        address: { address_1: "شارع الياسمين، عمارة 7", city: "عمّان", state_province: "محافظة العاصمة", postal_code: "11191", country: "JO" },
      },
    ],
    lastModified: "2026-11-05T08:00:00Z",
  },
  {
    key: "es-madrid-alba-acogida",
    locale: "es",
    organization: asociacionAlba,
    types: ["sgbv-safe-accommodation", "sgbv-legal"],
    features: ["women-led"],
    name: "Alojamiento seguro y asesoría jurídica para supervivientes",
    description:
      "Plazas de alojamiento seguro para mujeres supervivientes y sus hijas e hijos, con acompañamiento de una abogada para conocer sus derechos y decidir, sin prisas, si desean denunciar.",
    eligibility: "Mujeres mayores de 18 años supervivientes de violencia sexual o de género, con o sin hijos.",
    application: "Llame a la línea de acogida. La dirección del alojamiento es confidencial; la primera cita es en la oficina.",
    fees: "Gratuito.",
    costs: free("es"),
    url: "https://asociacion-alba.example.org/acogida",
    email: "acogida@asociacion-alba.example.org",
    phones: [{ number: "+34 910 000 118", description: "Línea de acogida, 24 horas" }],
    timezone: 1,
    hours: [aroundTheClock("es")],
    languages: ["es", "en", "fr"],
    places: [
      {
        key: "es-madrid-alba-oficina",
        type: "physical",
        name: "Oficina de la Asociación Alba",
        transportation: "Metro Lavapiés (línea 3).",
        latitude: 40.4089,
        longitude: -3.7009,
        address: { address_1: "Calle de las Amapolas 12", city: "Madrid", state_province: "Comunidad de Madrid", postal_code: "28012", country: "ES" },
        wheelchair: "Oficina a pie de calle con rampa.",
      },
    ],
    lastModified: "2026-10-28T11:00:00Z",
  },
  {
    key: "ke-nairobi-amani-care",
    locale: "en",
    organization: amaniClinic,
    types: ["sgbv-medical", "sgbv-psychological"],
    features: ["staff-gender-on-request"],
    name: "Care after sexual violence",
    description:
      "Confidential medical care, emergency medication and counselling for survivors of sexual violence of any gender. You can ask to be seen by a woman or a man, and you decide what you want to talk about. Reporting to the police is your choice.",
    eligibility: "Survivors of sexual violence of any age and gender; children with a trusted adult.",
    application: "Walk in at any time or call ahead. Within 72 hours of an assault, come as soon as you can: some treatments work best early.",
    fees: "Free of charge.",
    costs: free("en"),
    url: "https://amani-recovery.example.org/care",
    email: "care@amani-recovery.example.org",
    phones: [{ number: "+254 20 000 0455", description: "Clinic, 24 hours" }],
    timezone: 3,
    hours: [aroundTheClock("en")],
    languages: ["en", "sw"],
    places: [
      {
        key: "ke-nairobi-amani-clinic",
        type: "physical",
        name: "Amani Recovery Clinic",
        latitude: -1.2921,
        longitude: 36.7872,
        address: { address_1: "14 Jacaranda Lane", city: "Nairobi", state_province: "Nairobi County", postal_code: "00100", country: "KE" },
        wheelchair: "Ground-floor clinic with ramp access.",
      },
    ],
    lastModified: "2026-11-02T07:30:00Z",
  },
];

export const DEMO_DIRECTORY_SERVICES: object[] = SERVICES.map(buildService);
