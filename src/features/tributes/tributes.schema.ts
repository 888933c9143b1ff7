import { z } from "zod";
import { LOCALES } from "../../i18n/locales.ts";

/** The most a tribute may say, in characters. */
export const TRIBUTE_MAX = 500;
export const TRIBUTE_STATUSES = ["pending", "flagged", "approved", "rejected"] as const;
export type TributeStatus = (typeof TRIBUTE_STATUSES)[number];

const empty = (v: string | undefined) => (v ? v : undefined);
const COUNTRY = /^([A-Z]{2})?$/;

/** A message of solidarity: the words, an optional name and country, its language, the timing token and a field only robots fill. */
export const TributeFormSchema = z.object({
  message: z
    .string({ error: "remembrance.tributes.error.message" })
    .trim()
    .min(1, { error: "remembrance.tributes.error.message" })
    .max(TRIBUTE_MAX, { error: "remembrance.tributes.error.tooLong" }),
  name: z
    .string()
    .trim()
    .max(60, { error: "remembrance.tributes.error.name" })
    .optional()
    .transform((v) => (v ? v : null)),
  // Named apart from the wall's filters ("country", "language"), which are on the same page.
  author_country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(COUNTRY, { error: "remembrance.tributes.error.country" })
    .optional()
    .transform((v) => (v ? v : null)),
  message_language: z.enum(LOCALES, { error: "remembrance.tributes.error.language" }),
  started: z.string().max(200).optional(),
  website: z.string().max(0, { error: "remembrance.tributes.error.robot" }).optional(),
});
export type TributeForm = z.infer<typeof TributeFormSchema>;
/** The order of the form's fields, for its error summary. */
export const TRIBUTE_FORM_ORDER = ["message", "name", "author_country", "message_language", "website", "started"];

/** The wall's filters (a GET form): a bad value answers 400 with the error summary. */
export const WallQuerySchema = z.object({
  language: z.enum(["", ...LOCALES], { error: "remembrance.tributes.error.filterLanguage" }).optional().transform(empty),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(COUNTRY, { error: "remembrance.tributes.error.filterCountry" })
    .optional()
    .transform(empty),
  page: z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : 1))
    .refine((n) => Number.isInteger(n) && n >= 1 && n <= 10_000, { error: "remembrance.tributes.error.page" }),
});
export type WallQuery = z.infer<typeof WallQuerySchema>;

/** A moderator's decision, with an optional reason kept with it. */
export const TributeDecisionSchema = z.object({
  decision: z.enum(["approve", "reject"]),
  reason: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((v) => (v ? v : null)),
});
