/**
 * The themes of the UN Model Legislative Provisions to Support the Needs and Protect the Rights of
 * Victims of Terrorism (UNOCT, UNODC and IPU, 2022) that a country profile records a status for, in
 * the order of the document's parts. Ids are stable: they are the keys of the exchange format, the
 * API and the CSV export. Titles are translation keys (`provision.<id>`), groups `provisionGroup.<g>`.
 * The "gender" group gathers the provisions on gender-sensitive assistance (decision 017): an id moved
 * into it keeps its answers; a profile or draft without an answer for a new id shows it as not answered.
 */
export const PROVISION_GROUPS = ["status", "rights", "assistance", "gender", "compensation", "justice", "protection", "remembrance", "institutions"] as const;
export type ProvisionGroup = (typeof PROVISION_GROUPS)[number];

export const PROVISIONS = [
  { id: "definition", group: "status" },
  { id: "non_discrimination", group: "status" },
  { id: "recognition_without_conviction", group: "status" },
  { id: "information", group: "rights" },
  { id: "dignity_privacy", group: "rights" },
  { id: "emergency_assistance", group: "assistance" },
  { id: "medical_psychosocial", group: "assistance" },
  { id: "long_term_support", group: "assistance" },
  { id: "children", group: "assistance" },
  { id: "gender_sensitive", group: "gender" },
  { id: "sgbv_specialised_support", group: "gender" },
  { id: "sgbv_recognition", group: "gender" },
  { id: "staff_of_chosen_gender", group: "gender" },
  { id: "returnee_stigma", group: "gender" },
  { id: "state_compensation", group: "compensation" },
  { id: "interim_payments", group: "compensation" },
  { id: "victims_abroad", group: "compensation" },
  { id: "participation", group: "justice" },
  { id: "legal_aid", group: "justice" },
  { id: "protection_witnesses", group: "protection" },
  { id: "media_conduct", group: "protection" },
  { id: "remembrance", group: "remembrance" },
  { id: "associations", group: "institutions" },
  { id: "focal_point", group: "institutions" },
  { id: "cross_border", group: "institutions" },
] as const satisfies ReadonlyArray<{ id: string; group: ProvisionGroup }>;

export type ProvisionId = (typeof PROVISIONS)[number]["id"];
export const PROVISION_IDS: readonly ProvisionId[] = PROVISIONS.map((p) => p.id);

export const PROVISION_STATUSES = ["in_place", "partly", "not", "unknown"] as const;
export type ProvisionStatus = (typeof PROVISION_STATUSES)[number];

export function isProvisionId(value: string): value is ProvisionId {
  return (PROVISION_IDS as readonly string[]).includes(value);
}
