import { z } from "zod";
import { PROVISIONS, PROVISION_GROUPS, PROVISION_STATUSES, type ProvisionGroup } from "../countries/provisions.ts";

export const ASSESSMENT_STATUSES = ["draft", "submitted", "published"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const CITATION_MAX = 500;
export const NOTE_MAX = 2000;

export function isGroup(value: string): value is ProvisionGroup {
  return (PROVISION_GROUPS as readonly string[]).includes(value);
}

export function provisionsOf(group: ProvisionGroup) {
  return PROVISIONS.filter((p) => p.group === group);
}

/** Starting an assessment: which country, which year. */
export const StartSchema = z.object({
  country: z.string({ error: "assessment.error.country" }).regex(/^[A-Z]{2}$/, { error: "assessment.error.country" }),
  year: z.coerce
    .number({ error: "assessment.error.year" })
    .int({ error: "assessment.error.year" })
    .min(2000, { error: "assessment.error.year" })
    .max(2100, { error: "assessment.error.year" }),
});
export type StartInput = z.infer<typeof StartSchema>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: max === CITATION_MAX ? "assessment.error.citationTooLong" : "assessment.error.tooLong" })
    .optional()
    .transform((v) => v ?? "");

/** One provision's answer: all optional (an assessment is answered in part), but text needs a status. */
export const AnswerSchema = z.object({
  status: z.enum(PROVISION_STATUSES, { error: "assessment.error.status" }).optional(),
  citation: optionalText(CITATION_MAX),
  notes: optionalText(NOTE_MAX),
  missing: optionalText(NOTE_MAX),
});
export type AnswerInput = z.infer<typeof AnswerSchema>;

/** Form field names of a provision's answer: `<id>.status`, `<id>.citation`... */
export const fieldName = (provision: string, part: "status" | "citation" | "notes" | "missing") => `${provision}-${part}`;
