import type { Locale } from "../../i18n/locales.ts";

/**
 * The portal's own HSDS taxonomies. Service types classify services (and "victims-association"
 * classifies organizations) through HSDS attributes; features mark what the standard has no field for
 * (wheelchair access at a location). Ids are fixed so every installation and every export agree.
 * Names are given in the six languages; the HSDS `name`/`description` fields carry the English text.
 */
export const SERVICE_TYPES_TAXONOMY = {
  id: "6f779e10-a93e-4c7a-9e65-45812eacd81e",
  name: "Victims of terrorism: service types",
  description: "Kinds of help offered to victims of terrorism, their families and witnesses (Victims Support Portal).",
  uri: "https://github.com/victims-support-portal/taxonomies/service-types",
  version: "1.0",
} as const;

export const FEATURES_TAXONOMY = {
  id: "bfa65908-a814-4c96-88f3-fc4584c2208c",
  name: "Victims of terrorism: service features",
  description: "Features of a service or place that the HSDS fields do not express (Victims Support Portal).",
  uri: "https://github.com/victims-support-portal/taxonomies/features",
  version: "1.0",
} as const;

export interface PortalTerm {
  id: string;
  code: string;
  taxonomyId: string;
  /** The HSDS table the term classifies through attribute.link_entity. */
  linkEntity: "service" | "organization" | "location";
  description: string;
  names: Record<Locale, string>;
  /** The term this one is grouped under (HSDS `taxonomy_term.parent_id`). */
  parentId?: string;
}

/**
 * The group of the four kinds of help for survivors of sexual and gender-based violence: an HSDS term
 * that is the parent of the four, never attached to a service itself.
 */
export const SGBV_GROUP: PortalTerm = {
  id: "3a1f3d5e-0b0c-4f5e-9d43-7c1b8f6a2e10",
  code: "sgbv-support",
  taxonomyId: SERVICE_TYPES_TAXONOMY.id,
  linkEntity: "service",
  description: "Support for survivors of sexual and gender-based violence.",
  names: {
    en: "Support after sexual and gender-based violence",
    fr: "Soutien après des violences sexuelles et fondées sur le genre",
    es: "Apoyo tras la violencia sexual y de género",
    ru: "Поддержка после сексуального и гендерного насилия",
    ar: "الدعم بعد العنف الجنسي والعنف القائم على النوع الاجتماعي",
    zh: "遭受性暴力和性别暴力后的支持",
  },
};

export const SERVICE_TYPES: readonly PortalTerm[] = [
  {
    id: "75780f08-0660-4156-90d9-e54473eee01d",
    code: "psychological-support",
    taxonomyId: SERVICE_TYPES_TAXONOMY.id,
    linkEntity: "service",
    description: "Counselling, trauma therapy and psychological first aid.",
    names: { en: "Psychological support", fr: "Soutien psychologique", es: "Apoyo psicológico", ru: "Психологическая помощь", ar: "الدعم النفسي", zh: "心理支持" },
  },
  {
    id: "0cce8714-7d37-4a1c-892b-7649b61f64f9",
    code: "medical-care",
    taxonomyId: SERVICE_TYPES_TAXONOMY.id,
    linkEntity: "service",
    description: "Emergency and long-term medical care, rehabilitation.",
    names: { en: "Medical care", fr: "Soins médicaux", es: "Atención médica", ru: "Медицинская помощь", ar: "الرعاية الطبية", zh: "医疗护理" },
  },
  {
    id: "c0063a38-8e40-45a4-9181-8a9f4e717ac8",
    code: "legal-aid",
    taxonomyId: SERVICE_TYPES_TAXONOMY.id,
    linkEntity: "service",
    description: "Legal advice and representation, help to take part in criminal proceedings.",
    names: { en: "Legal aid", fr: "Aide juridique", es: "Asistencia jurídica", ru: "Юридическая помощь", ar: "المساعدة القانونية", zh: "法律援助" },
  },
  {
    id: "900d42de-93fb-49c2-90b2-663c9bec4a82",
    code: "compensation-claims",
    taxonomyId: SERVICE_TYPES_TAXONOMY.id,
    linkEntity: "service",
    description: "Help to claim compensation or state assistance.",
    names: {
      en: "Help with compensation claims",
      fr: "Aide aux demandes d’indemnisation",
      es: "Ayuda con solicitudes de indemnización",
      ru: "Помощь с получением компенсации",
      ar: "المساعدة في طلبات التعويض",
      zh: "赔偿申请协助",
    },
  },
  {
    id: "d7528b9f-d756-49c5-9d62-fc0f6fdfddf5",
    code: "financial-practical-help",
    taxonomyId: SERVICE_TYPES_TAXONOMY.id,
    linkEntity: "service",
    description: "Emergency funds, housing, transport, funerals, paperwork.",
    names: {
      en: "Financial and practical help",
      fr: "Aide financière et pratique",
      es: "Ayuda económica y práctica",
      ru: "Финансовая и практическая помощь",
      ar: "المساعدة المالية والعملية",
      zh: "经济和实际帮助",
    },
  },
  {
    id: "4f040987-212f-406e-a717-a068846f19a3",
    code: "peer-support",
    taxonomyId: SERVICE_TYPES_TAXONOMY.id,
    linkEntity: "service",
    description: "Support from other survivors and bereaved families.",
    names: { en: "Peer support", fr: "Soutien par les pairs", es: "Apoyo entre pares", ru: "Поддержка от людей с похожим опытом", ar: "دعم الأقران", zh: "同伴支持" },
  },
  {
    id: "df77de82-498c-44a9-8655-3d6b5fec9b4c",
    code: "helpline",
    taxonomyId: SERVICE_TYPES_TAXONOMY.id,
    linkEntity: "service",
    description: "A telephone or online line to call for help and information.",
    names: { en: "Helpline", fr: "Ligne d’écoute", es: "Línea de ayuda", ru: "Горячая линия", ar: "خط المساعدة", zh: "求助热线" },
  },
  {
    id: "7259b068-c06a-439a-8ac7-5fcec0f85e03",
    code: "consular-help",
    taxonomyId: SERVICE_TYPES_TAXONOMY.id,
    linkEntity: "service",
    description: "Help from a consulate or embassy for people attacked abroad.",
    names: { en: "Consular help", fr: "Aide consulaire", es: "Asistencia consular", ru: "Консульская помощь", ar: "المساعدة القنصلية", zh: "领事协助" },
  },
  {
    id: "7992ad03-9005-461f-b4a6-1c97c5d9fc6c",
    code: "victims-association",
    taxonomyId: SERVICE_TYPES_TAXONOMY.id,
    linkEntity: "organization",
    description: "An association of victims of terrorism and their families.",
    names: {
      en: "Victims’ association",
      fr: "Association de victimes",
      es: "Asociación de víctimas",
      ru: "Объединение пострадавших",
      ar: "جمعية ضحايا",
      zh: "受害者协会",
    },
  },
  {
    id: "8b2c6e41-5d7a-4c1e-a0f3-2e9b7d4c6a51",
    code: "sgbv-medical",
    taxonomyId: SERVICE_TYPES_TAXONOMY.id,
    linkEntity: "service",
    parentId: SGBV_GROUP.id,
    description: "Medical care for survivors of sexual violence: examination, treatment, emergency contraception and HIV prevention, forensic evidence if wished.",
    names: {
      en: "Medical care after sexual violence",
      fr: "Soins médicaux après des violences sexuelles",
      es: "Atención médica tras la violencia sexual",
      ru: "Медицинская помощь после сексуального насилия",
      ar: "الرعاية الطبية بعد العنف الجنسي",
      zh: "遭受性暴力后的医疗护理",
    },
  },
  {
    id: "c4e9a2b7-1f3d-4a6c-8e5b-9d0f1a2b3c62",
    code: "sgbv-psychological",
    taxonomyId: SERVICE_TYPES_TAXONOMY.id,
    linkEntity: "service",
    parentId: SGBV_GROUP.id,
    description: "Counselling and trauma therapy for survivors of sexual and gender-based violence.",
    names: {
      en: "Psychological support after sexual violence",
      fr: "Soutien psychologique après des violences sexuelles",
      es: "Apoyo psicológico tras la violencia sexual",
      ru: "Психологическая помощь после сексуального насилия",
      ar: "الدعم النفسي بعد العنف الجنسي",
      zh: "遭受性暴力后的心理支持",
    },
  },
  {
    id: "5f7d3c1a-9b2e-4d8f-b6a4-0c3e5f7a9b73",
    code: "sgbv-legal",
    taxonomyId: SERVICE_TYPES_TAXONOMY.id,
    linkEntity: "service",
    parentId: SGBV_GROUP.id,
    description: "Legal advice and representation for survivors of sexual and gender-based violence.",
    names: {
      en: "Legal help after sexual violence",
      fr: "Aide juridique après des violences sexuelles",
      es: "Asistencia jurídica tras la violencia sexual",
      ru: "Юридическая помощь после сексуального насилия",
      ar: "المساعدة القانونية بعد العنف الجنسي",
      zh: "遭受性暴力后的法律援助",
    },
  },
  {
    id: "e1b8f4d2-6c3a-4b9e-a7d5-3f2c1e0b9a84",
    code: "sgbv-safe-accommodation",
    taxonomyId: SERVICE_TYPES_TAXONOMY.id,
    linkEntity: "service",
    parentId: SGBV_GROUP.id,
    description: "A safe place to stay for survivors of sexual and gender-based violence, and their children.",
    names: {
      en: "Safe accommodation",
      fr: "Hébergement sécurisé",
      es: "Alojamiento seguro",
      ru: "Безопасное жильё",
      ar: "سكن آمن",
      zh: "安全住所",
    },
  },
];

export const FEATURES: readonly PortalTerm[] = [
  {
    id: "009b8e23-d9ed-46f8-b836-229fb25056e5",
    code: "wheelchair-accessible",
    taxonomyId: FEATURES_TAXONOMY.id,
    linkEntity: "location",
    description: "The place can be entered and used in a wheelchair.",
    names: {
      en: "Wheelchair accessible",
      fr: "Accessible en fauteuil roulant",
      es: "Accesible en silla de ruedas",
      ru: "Доступно для инвалидных колясок",
      ar: "مهيأ للكراسي المتحركة",
      zh: "轮椅可通行",
    },
  },
  {
    id: "7a4e2c9b-3d1f-4e8a-b5c6-1d9e8f7a6b95",
    code: "women-led",
    taxonomyId: FEATURES_TAXONOMY.id,
    linkEntity: "service",
    description: "The service is run by women, for women.",
    names: {
      en: "Run by and for women",
      fr: "Géré par des femmes, pour les femmes",
      es: "Dirigido por mujeres y para mujeres",
      ru: "Работает силами женщин и для женщин",
      ar: "تديره نساء ويقدم خدماته للنساء",
      zh: "由女性运营，为女性服务",
    },
  },
  {
    id: "2d6b9f1e-8a4c-4f3b-9e7d-5a1c3b8e2fa6",
    code: "staff-gender-on-request",
    taxonomyId: FEATURES_TAXONOMY.id,
    linkEntity: "service",
    description: "The service can arrange for the person to be seen by a member of staff of the gender they ask for.",
    names: {
      en: "Can provide a staff member of the gender you ask for",
      fr: "Peut vous faire recevoir par une personne du genre que vous demandez",
      es: "Puede atenderle una persona del género que usted pida",
      ru: "Может предоставить специалиста того пола, который вы попросите",
      ar: "يمكن أن يستقبلك موظف أو موظفة بحسب ما تطلبه",
      zh: "可按您的要求安排您希望的性别的工作人员",
    },
  },
];

export const PORTAL_TERMS: readonly PortalTerm[] = [...SERVICE_TYPES, ...FEATURES];
export const SERVICE_TYPE_CODES = SERVICE_TYPES.filter((t) => t.linkEntity === "service").map((t) => t.code);
/** The four kinds of help for survivors of sexual and gender-based violence. */
export const SGBV_TYPES = SERVICE_TYPES.filter((t) => t.parentId === SGBV_GROUP.id);
export const SGBV_TYPE_CODES = SGBV_TYPES.map((t) => t.code);
/** Features of a service itself (not of a place), filtered on like flags. */
export const SERVICE_FEATURES = FEATURES.filter((t) => t.linkEntity === "service");
export const WOMEN_LED_TERM = FEATURES.find((t) => t.code === "women-led")!;
export const STAFF_GENDER_TERM = FEATURES.find((t) => t.code === "staff-gender-on-request")!;
/** Terms that make a service "gender-related" for the statistics: the kinds of help after SGBV and the two gender features. */
export const GENDER_TERM_IDS: readonly string[] = [...SGBV_TYPES.map((t) => t.id), WOMEN_LED_TERM.id, STAFF_GENDER_TERM.id];
/** A directory search about gender-specific help: an SGBV kind of help or a gender feature asked for. */
export const isGenderSearch = (q: { type: readonly string[]; women?: boolean | undefined; staffgender?: boolean | undefined }) =>
  Boolean(q.women || q.staffgender || q.type.some((code) => SGBV_TYPE_CODES.includes(code)));
/** A kind of help (not a feature such as wheelchair access or "run by women"). */
export const isServiceType = (t: PortalTerm | undefined): t is PortalTerm => t?.taxonomyId === SERVICE_TYPES_TAXONOMY.id;
export const ASSOCIATION_TERM = SERVICE_TYPES.find((t) => t.code === "victims-association")!;
export const WHEELCHAIR_TERM = FEATURES.find((t) => t.code === "wheelchair-accessible")!;
export const TERM_BY_CODE: ReadonlyMap<string, PortalTerm> = new Map(PORTAL_TERMS.map((t) => [t.code, t]));
export const TERM_BY_ID: ReadonlyMap<string, PortalTerm> = new Map(PORTAL_TERMS.map((t) => [t.id, t]));

/** The directory filtered on the four kinds of help for survivors of sexual and gender-based violence. */
export function sgbvSearchHref(locale: string): string {
  return `/${locale}/services?${SGBV_TYPES.map((t) => `type=${t.code}`).join("&")}`;
}
