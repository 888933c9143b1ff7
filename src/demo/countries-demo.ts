import type { CountriesFile, CountryProfileInput } from "../features/countries/countries.schema.ts";

/**
 * Demonstration country profiles, marked `demo: true` and shown with a notice. They follow the
 * general shape of real schemes (Australia's payment for attacks overseas, the United Kingdom's two
 * schemes, France's guarantee fund, Spain's law on victims of terrorism, Norway's criminal injuries
 * compensation) so the navigator has something true-to-life to work on, but amounts, deadlines and
 * statuses must be checked with the operators before anyone relies on them. Every other country
 * keeps its honest empty page.
 */
const REVIEWED = "2026-10-01";
const demoSource = { title: "Demonstration data prepared for the portal; check with the operator" };

const AU: CountryProfileInput = {
  code: "AU",
  demo: true,
  sections: {
    authority: {
      entries: [
        {
          name: { en: "Services Australia – Australian Victim of Terrorism Overseas Payment line" },
          description: { en: "Handles claims by Australian residents harmed in a declared terrorist attack overseas." },
          website: "https://www.servicesaustralia.gov.au/",
        },
      ],
      source: { title: "Services Australia", url: "https://www.servicesaustralia.gov.au/" },
      reviewed: REVIEWED,
    },
    numbers: {
      entries: [
        { kind: "emergency", label: { en: "Police, fire and ambulance" }, number: "000" },
        { kind: "helpline", label: { en: "Lifeline crisis support" }, number: "13 11 14", hours: { en: "24 hours" } },
        { kind: "helpline", label: { en: "Consular Emergency Centre (Australians overseas)" }, number: "+61 2 6261 3305", hours: { en: "24 hours" } },
      ],
      source: demoSource,
      reviewed: REVIEWED,
    },
    consular: {
      text: { en: "Australians harmed overseas can call the Consular Emergency Centre at any hour. Foreign nationals harmed in Australia should contact their own embassy or consulate; police and hospitals can help make contact." },
      source: demoSource,
      reviewed: REVIEWED,
    },
    legislation: {
      provisions: {
        state_compensation: { status: "partly", citation: "Social Security Act 1991 (AVTOP)" },
        victims_abroad: { status: "in_place", citation: "Social Security Act 1991 (AVTOP)" },
        definition: { status: "unknown" },
      },
      source: demoSource,
      reviewed: REVIEWED,
    },
  },
  schemes: [
    {
      id: "au-avtop",
      name: { en: "Australian Victim of Terrorism Overseas Payment (AVTOP)" },
      operator: { en: "Services Australia" },
      summary: { en: "A one-off payment for Australian residents injured in, or close family of someone killed in, a declared terrorist attack overseas." },
      coverage: [{ where: "abroad", who: ["residents"] }],
      designated: true,
      affected: ["injured", "bereaved"],
      relatives: ["spouse", "child", "parent", "sibling"],
      deadlines: {
        rules: [
          { within: { years: 2 }, from: "declaration" },
          { within: { months: 12 }, from: "death", for: ["bereaved"] },
        ],
        combine: "latest",
        note: { en: "Claims are made within 2 years of the attack's declaration, or within 12 months of the death for close family, whichever is later." },
      },
      covers: ["lump_sum"],
      evidence: [
        { en: "Proof of identity and of Australian residence at the time of the attack" },
        { en: "Evidence that you were at the place of the attack, such as travel records" },
        { en: "Medical evidence of the injury" },
        { en: "For close family: the death certificate and proof of your relationship" },
      ],
      apply: { methods: ["phone", "online"], url: "https://www.servicesaustralia.gov.au/" },
      languages: ["en"],
      source: { title: "Services Australia", url: "https://www.servicesaustralia.gov.au/" },
      reviewed: REVIEWED,
    },
  ],
};

const GB: CountryProfileInput = {
  code: "GB",
  demo: true,
  sections: {
    authority: {
      entries: [
        {
          name: { en: "Home Office Victims of Terrorism Unit" },
          description: { en: "Coordinates support for people affected by terrorist attacks in the UK and for British nationals affected abroad." },
          website: "https://www.gov.uk/",
        },
      ],
      source: demoSource,
      reviewed: REVIEWED,
    },
    numbers: {
      entries: [
        { kind: "emergency", label: { en: "Police, fire and ambulance" }, number: "999" },
        { kind: "emergency", label: { en: "European emergency number" }, number: "112" },
        { kind: "victims", label: { en: "Victim Support Supportline" }, number: "08 08 16 89 111", hours: { en: "24 hours" } },
      ],
      source: demoSource,
      reviewed: REVIEWED,
    },
    rights: {
      text: { en: "Victims of crime have rights under the Code of Practice for Victims of Crime: to be told about the progress of the case, to make a personal statement, and to get information about support." },
      participation: { en: "Victims can read a Victim Personal Statement in court and may be called as witnesses; they are not parties to the prosecution." },
      source: demoSource,
      reviewed: REVIEWED,
    },
    consular: {
      text: { en: "British nationals harmed abroad can contact the Foreign, Commonwealth and Development Office at any hour on +44 20 7008 5000." },
      source: demoSource,
      reviewed: REVIEWED,
    },
    legislation: {
      text: { en: "Two state schemes compensate victims: one for crimes of violence in Great Britain, one for designated terrorist attacks abroad." },
      provisions: {
        state_compensation: { status: "in_place", citation: "Criminal Injuries Compensation Scheme 2012" },
        victims_abroad: { status: "in_place", citation: "Victims of Overseas Terrorism Compensation Scheme 2012" },
        information: { status: "in_place", citation: "Code of Practice for Victims of Crime" },
        participation: { status: "partly", citation: "Code of Practice for Victims of Crime" },
        focal_point: { status: "in_place", citation: "Home Office Victims of Terrorism Unit" },
      },
      source: demoSource,
      reviewed: REVIEWED,
    },
  },
  schemes: [
    {
      id: "gb-votcs",
      name: { en: "Victims of Overseas Terrorism Compensation Scheme" },
      operator: { en: "Criminal Injuries Compensation Authority (CICA)" },
      summary: { en: "Compensation for UK residents injured, and close family of people killed, in a designated terrorist attack abroad." },
      coverage: [{ where: "abroad", who: ["residents"] }],
      designated: true,
      designation: { note: { en: "The Government publishes the list of designated attacks; a new attack may be added to it." }, url: "https://www.gov.uk/" },
      affected: ["injured", "bereaved"],
      relatives: ["spouse", "child", "parent"],
      deadlines: { rules: [{ within: { years: 2 }, from: "attack" }], combine: "latest" },
      covers: ["lump_sum", "income", "funeral"],
      evidence: [
        { en: "Proof of UK residence on the day of the attack" },
        { en: "Medical evidence of the injury" },
        { en: "For close family: the death certificate and proof of your relationship" },
      ],
      apply: { methods: ["online", "phone"], url: "https://www.gov.uk/" },
      languages: ["en"],
      source: demoSource,
      reviewed: REVIEWED,
    },
    {
      id: "gb-cics",
      name: { en: "Criminal Injuries Compensation Scheme" },
      operator: { en: "Criminal Injuries Compensation Authority (CICA)" },
      summary: { en: "Compensation for people physically or mentally injured by a violent crime, including terrorism, in Great Britain." },
      coverage: [{ where: "in_country", who: ["anyone"] }],
      affected: ["injured", "bereaved", "witness"],
      deadlines: { rules: [{ within: { years: 2 }, from: "attack" }], combine: "latest" },
      covers: ["lump_sum", "income", "funeral", "rehabilitation"],
      evidence: [{ en: "The crime reference number given by the police" }, { en: "Medical evidence of the injury" }],
      apply: { methods: ["online", "phone"], url: "https://www.gov.uk/" },
      languages: ["en"],
      source: demoSource,
      reviewed: REVIEWED,
    },
  ],
};

const FR: CountryProfileInput = {
  code: "FR",
  demo: true,
  sections: {
    authority: {
      entries: [
        {
          name: { fr: "Délégation interministérielle à l'aide aux victimes (DIAV)", en: "Interministerial Delegation for Victim Support (DIAV)" },
          description: { fr: "Coordonne l'action de l'État pour les victimes d'attentats.", en: "Coordinates the State's support for victims of attacks." },
        },
      ],
      source: demoSource,
      reviewed: REVIEWED,
    },
    numbers: {
      entries: [
        { kind: "emergency", label: { fr: "Numéro d'urgence européen", en: "European emergency number" }, number: "112" },
        { kind: "police", label: { fr: "Police secours", en: "Police" }, number: "17" },
        { kind: "medical", label: { fr: "SAMU", en: "Ambulance (SAMU)" }, number: "15" },
        { kind: "victims", label: { fr: "France Victimes", en: "France Victimes helpline" }, number: "116 006", hours: { fr: "7 jours sur 7", en: "7 days a week" } },
      ],
      source: demoSource,
      reviewed: REVIEWED,
    },
    rights: {
      text: { fr: "Les victimes peuvent se constituer partie civile et être assistées d'un avocat.", en: "Victims can join the criminal case as a civil party and be assisted by a lawyer." },
      participation: { fr: "La constitution de partie civile permet d'accéder au dossier et de demander réparation.", en: "As a civil party, a victim can see the case file and claim damages." },
      source: demoSource,
      reviewed: REVIEWED,
    },
    legislation: {
      provisions: {
        state_compensation: { status: "in_place", citation: "Loi n° 86-1020 du 9 septembre 1986" },
        victims_abroad: { status: "in_place", citation: "Code des assurances, art. L126-1" },
        non_discrimination: { status: "in_place", citation: "Code des assurances, art. L126-1" },
        participation: { status: "in_place", citation: "Code de procédure pénale" },
        remembrance: { status: "in_place", citation: "Hommage national aux victimes du terrorisme, 11 mars" },
      },
      source: demoSource,
      reviewed: REVIEWED,
    },
  },
  schemes: [
    {
      id: "fr-fgti",
      name: { fr: "Fonds de garantie des victimes des actes de terrorisme et d'autres infractions (FGTI)", en: "Guarantee Fund for Victims of Terrorism and Other Offences (FGTI)" },
      operator: { fr: "Fonds de garantie (FGTI)", en: "Guarantee Fund (FGTI)" },
      summary: {
        fr: "Indemnise toute personne, quelle que soit sa nationalité, victime d'un attentat en France, et les Français victimes à l'étranger.",
        en: "Compensates anyone, whatever their nationality, harmed by an attack in France, and French nationals harmed abroad.",
      },
      coverage: [
        { where: "in_country", who: ["anyone"] },
        { where: "abroad", who: ["nationals"] },
      ],
      affected: ["injured", "bereaved", "witness"],
      relatives: ["spouse", "child", "parent", "sibling"],
      deadlines: { rules: [{ within: { years: 10 }, from: "attack" }], combine: "latest" },
      covers: ["medical", "psychological", "funeral", "income", "lump_sum"],
      evidence: [
        { fr: "Une pièce d'identité", en: "Proof of identity" },
        { fr: "Les certificats médicaux", en: "Medical certificates" },
        { fr: "Pour les proches : l'acte de décès et le livret de famille", en: "For family members: the death certificate and proof of the relationship" },
      ],
      apply: { methods: ["online", "post"], url: "https://www.fondsdegarantie.fr/" },
      languages: ["fr", "en"],
      source: demoSource,
      reviewed: REVIEWED,
    },
  ],
};

const ES: CountryProfileInput = {
  code: "ES",
  demo: true,
  sections: {
    numbers: {
      entries: [
        { kind: "emergency", label: { es: "Emergencias", en: "Emergencies" }, number: "112" },
        { kind: "police", label: { es: "Policía Nacional", en: "National Police" }, number: "091" },
      ],
      source: demoSource,
      reviewed: REVIEWED,
    },
    legislation: {
      text: {
        es: "La Ley 29/2011 reconoce y protege integralmente a las víctimas del terrorismo.",
        en: "Law 29/2011 gives comprehensive recognition and protection to victims of terrorism.",
      },
      provisions: {
        definition: { status: "in_place", citation: "Ley 29/2011, de 22 de septiembre" },
        state_compensation: { status: "in_place", citation: "Ley 29/2011" },
        victims_abroad: { status: "in_place", citation: "Ley 29/2011" },
        remembrance: { status: "in_place", citation: "Ley 29/2011" },
        associations: { status: "in_place", citation: "Ley 29/2011" },
      },
      source: demoSource,
      reviewed: REVIEWED,
    },
  },
  schemes: [
    {
      id: "es-ley-29-2011",
      name: { es: "Resarcimientos a víctimas del terrorismo (Ley 29/2011)", en: "Compensation for victims of terrorism (Law 29/2011)" },
      operator: { es: "Ministerio del Interior – Dirección General de Apoyo a Víctimas del Terrorismo", en: "Ministry of the Interior – Directorate-General for Support to Victims of Terrorism" },
      coverage: [
        { where: "in_country", who: ["anyone"] },
        { where: "abroad", who: ["nationals"] },
      ],
      affected: ["injured", "bereaved"],
      deadlines: {
        rules: [{ within: { years: 1 }, from: "injury" }],
        combine: "latest",
        note: { es: "El plazo puede contarse desde que se conocen las secuelas; consulte con el Ministerio.", en: "The period may run from when the lasting effects of an injury are known; check with the Ministry." },
      },
      covers: ["lump_sum", "medical", "psychological", "legal"],
      evidence: [{ es: "Documento de identidad", en: "Proof of identity" }, { es: "Informes médicos", en: "Medical reports" }],
      apply: { methods: ["online", "post", "in_person"], url: "https://www.interior.gob.es/" },
      languages: ["es"],
      source: demoSource,
      reviewed: REVIEWED,
    },
  ],
};

const NO: CountryProfileInput = {
  code: "NO",
  demo: true,
  sections: {
    numbers: {
      entries: [
        { kind: "police", label: { en: "Police" }, number: "112" },
        { kind: "medical", label: { en: "Ambulance" }, number: "113" },
      ],
      source: demoSource,
      reviewed: REVIEWED,
    },
  },
  schemes: [
    {
      id: "no-voldsoffererstatning",
      name: { en: "Compensation for victims of violent crime (voldsoffererstatning)" },
      operator: { en: "Norwegian Criminal Injuries Compensation Authority" },
      coverage: [{ where: "in_country", who: ["anyone"] }],
      affected: ["injured", "bereaved"],
      deadlines: { rules: [{ within: { years: 3 }, from: "attack" }], combine: "latest" },
      covers: ["lump_sum", "income", "medical"],
      evidence: [{ en: "The police report number" }, { en: "Medical documentation" }],
      apply: { methods: ["online", "post"] },
      languages: ["en"],
      source: demoSource,
      reviewed: REVIEWED,
    },
  ],
};

/** The demo as an exchange file, loaded through the same import as any other. */
export const DEMO_COUNTRIES_FILE = {
  format: "vsp-countries",
  version: 1,
  countries: [AU, GB, FR, ES, NO],
} satisfies Omit<CountriesFile, "countries"> & { countries: CountryProfileInput[] };
