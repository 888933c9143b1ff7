import { z } from "zod";
import { countryCodes } from "../../i18n/format.ts";
import { SERVICE_TYPES } from "./directory.taxonomy.ts";

const TYPE_CODES = SERVICE_TYPES.map((t) => t.code) as [string, ...string[]];

/** A country or territory code the portal knows a name for (so "XX", "ZZ" or "EU" are refused). */
export function isCountryCode(code: string): boolean {
  return countryCodes().includes(code);
}

const optionalText = (max: number, error: "directory.error.tooLong") =>
  z
    .string()
    .trim()
    .max(max, { error })
    .optional()
    .transform((v) => (v ? v : undefined));

const flag = z
  .enum(["1", ""], { error: "directory.error.invalid" })
  .optional()
  .transform((v) => v === "1");

const coordinate = (limit: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const n = Number(v);
      if (!Number.isFinite(n) || Math.abs(n) > limit) {
        ctx.addIssue({ code: "custom", message: "directory.error.location" });
        return z.NEVER;
      }
      // Two decimals (about a kilometre) are enough to sort by distance and say less about the reader.
      return Math.round(n * 100) / 100;
    });

/**
 * The search page's query string: the whole search lives in the address so it can be shared and
 * bookmarked. Unknown values are refused with a message rather than silently dropped.
 */
export const DirectorySearchSchema = z
  .object({
    q: optionalText(200, "directory.error.tooLong"),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .optional()
      .refine((v) => !v || isCountryCode(v), { error: "directory.error.country" })
      .transform((v) => (v ? v : undefined)),
    region: optionalText(120, "directory.error.tooLong"),
    city: optionalText(120, "directory.error.tooLong"),
    type: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean))
      .refine((list) => list.length <= TYPE_CODES.length && list.every((v) => TYPE_CODES.includes(v)), { error: "directory.error.type" }),
    lang: z
      .string()
      .trim()
      .toLowerCase()
      .optional()
      .refine((v) => !v || /^[a-z]{2,3}$/.test(v), { error: "directory.error.language" })
      .transform((v) => (v ? v : undefined)),
    free: flag,
    wheelchair: flag,
    /** Services run by and for women. */
    women: flag,
    /** Services that can provide a staff member of the gender the person asks for (nothing about the reader's own). */
    staffgender: flag,
    open: z
      .enum(["", "now", "24h"], { error: "directory.error.invalid" })
      .optional()
      .transform((v) => (v ? v : undefined)),
    mode: z
      .enum(["", "remote", "in_person"], { error: "directory.error.invalid" })
      .optional()
      .transform((v) => (v ? v : undefined)),
    sort: z
      .enum(["", "relevance", "distance"], { error: "directory.error.invalid" })
      .optional()
      .transform((v) => (v ? v : "relevance")),
    near: optionalText(120, "directory.error.tooLong"),
    lat: coordinate(90),
    lon: coordinate(180),
    page: z
      .string()
      .optional()
      .transform((v) => (v ? Number(v) : 1))
      .refine((n) => Number.isInteger(n) && n >= 1 && n <= 10000, { error: "directory.error.page" }),
  })
  .superRefine((v, ctx) => {
    if ((v.lat === undefined) !== (v.lon === undefined)) ctx.addIssue({ code: "custom", path: ["lat"], message: "directory.error.location" });
    // With a country chosen, the page offers its cities: no error, the reader picks one there.
    if (v.sort === "distance" && v.lat === undefined && !v.near && !v.country) {
      ctx.addIssue({ code: "custom", path: ["country"], message: "directory.error.nearestNeedsCountry" });
    }
    if (v.near && !v.country) ctx.addIssue({ code: "custom", path: ["country"], message: "directory.error.nearNeedsCountry" });
  });
export type DirectorySearch = z.infer<typeof DirectorySearchSchema>;

export const REPORT_PROBLEMS = ["phone", "address", "hours", "closed", "eligibility", "other"] as const;

export const ReportInputSchema = z.object({
  problem: z.enum(REPORT_PROBLEMS, { error: "directory.report.error.problem" }),
  details: z
    .string()
    .trim()
    .max(1000, { error: "directory.report.error.tooLong" })
    .optional()
    .transform((v) => (v ? v : null)),
});
export type ReportInput = z.infer<typeof ReportInputSchema>;
