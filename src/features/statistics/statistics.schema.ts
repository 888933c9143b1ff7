import { z } from "zod";
import { isoDate } from "../../db/time.ts";

/** The longest range the dashboard shows at once (two years and a day). */
export const MAX_RANGE_DAYS = 731;
export const DEFAULT_RANGE_DAYS = 30;
export const EXPORT_TABLES = ["days", "pages", "tags"] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

const DAY_MS = 86_400_000;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoDate(d) === v;
}

const optionalDate = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || isCalendarDate(v), { error: "stats.error.date" });

/** The dashboard's date range, both ends optional (the last 30 days up to today by default). */
export const RangeSchema = z
  .object({ from: optionalDate, to: optionalDate, table: z.enum(EXPORT_TABLES, { error: "form.error.invalid" }).optional() })
  .superRefine((v, ctx) => {
    if (!v.from || !v.to) return;
    if (v.from > v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "stats.error.order" });
    else if ((Date.parse(v.to) - Date.parse(v.from)) / DAY_MS + 1 > MAX_RANGE_DAYS) ctx.addIssue({ code: "custom", path: ["from"], message: "stats.error.tooLong" });
  });
export type RangeInput = z.infer<typeof RangeSchema>;

export interface Range {
  from: string;
  to: string;
}

/** The range to show: what was asked, the missing ends filled in from today. */
export function resolveRange(input: RangeInput, today: Date): Range {
  const to = input.to || (input.from ? laterOf(input.from, today) : isoDate(today));
  const from = input.from || isoDate(new Date(Date.parse(to) - (DEFAULT_RANGE_DAYS - 1) * DAY_MS));
  return { from, to };
}

function laterOf(from: string, today: Date): string {
  const t = isoDate(today);
  const cap = isoDate(new Date(Date.parse(from) + (MAX_RANGE_DAYS - 1) * DAY_MS));
  const end = t < from ? from : t;
  return end > cap ? cap : end;
}

/** Every day of a range, in order. */
export function daysOf(range: Range): string[] {
  const out: string[] = [];
  for (let t = Date.parse(range.from); t <= Date.parse(range.to); t += DAY_MS) out.push(isoDate(new Date(t)));
  return out;
}
