import { z } from "zod";
import { countryCodes } from "../../i18n/format.ts";

export const CRISIS_SEVERITIES = ["advisory", "serious", "critical"] as const;
export type CrisisSeverity = (typeof CRISIS_SEVERITIES)[number];

const section = z
  .string()
  .trim()
  .max(5000, { error: "crisis.error.sectionTooLong" })
  .optional()
  .transform((v) => v ?? "");

/** The texts of a notice in one language: what the banner says and the incident page's sections. */
export const CrisisTextSchema = z.object({
  headline: z
    .string({ error: "crisis.error.headline" })
    .trim()
    .min(1, { error: "crisis.error.headline" })
    .max(120, { error: "crisis.error.headlineTooLong" }),
  message: z
    .string({ error: "crisis.error.message" })
    .trim()
    .min(1, { error: "crisis.error.message" })
    .max(400, { error: "crisis.error.messageTooLong" }),
  helplines: section,
  missing_persons: section,
  consular: section,
  get_help: section,
});
export type CrisisText = z.infer<typeof CrisisTextSchema>;

/** The one short form that switches crisis mode on: the texts in the admin's language, severity, country. */
export const CrisisSwitchOnSchema = CrisisTextSchema.extend({
  severity: z.enum(CRISIS_SEVERITIES, { error: "crisis.error.severity" }),
  country: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.toUpperCase() : null))
    .refine((v) => v === null || countryCodes().includes(v), { error: "crisis.error.country" }),
});
export type CrisisSwitchOn = z.infer<typeof CrisisSwitchOnSchema>;

export const CrisisSwitchOffSchema = z.object({ notice: z.uuid({ error: "form.error.invalid" }) });
