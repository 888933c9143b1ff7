import { z } from "zod";
import { isCountryCode } from "../directory/directory.schema.ts";
import { isIsoDate } from "./deadlines.ts";
import { NEED_IDS, ROLES, type NavigatorAnswers } from "./navigator.ts";

/** The navigator's questions, in order; each is one page and can be skipped. */
export const STEPS = ["where", "home", "role", "when", "needs"] as const;
export type Step = (typeof STEPS)[number];

/** The query parameters each step owns (everything else is carried along in hidden fields). */
export const STEP_FIELDS: Record<Step, readonly string[]> = {
  where: ["attack"],
  home: ["home", "nationality", "near"],
  role: ["role"],
  when: ["date"],
  needs: ["need"],
};

const country = (error: "navigator.error.attack" | "navigator.error.home" | "navigator.error.nationality") =>
  z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .refine((v) => !v || isCountryCode(v), { error })
    .transform((v) => v || undefined);

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean));

/**
 * Every answer as it travels in the address. A value that cannot be read is an error on the step
 * that asks it, so the reader can be sent back there.
 */
export const AnswersSchema = z.object({
  attack: country("navigator.error.attack"),
  home: country("navigator.error.home"),
  nationality: country("navigator.error.nationality"),
  near: z
    .string()
    .trim()
    .max(80, { error: "navigator.error.near" })
    .optional()
    .transform((v) => v || undefined),
  role: z
    .enum(["", ...ROLES], { error: "navigator.error.role" })
    .optional()
    .transform((v) => v || undefined),
  date: z
    .string()
    .optional()
    .refine((v) => !v || isIsoDate(v), { error: "navigator.error.date" })
    .transform((v) => v || undefined),
  need: list.refine((l) => l.every((n) => (NEED_IDS as string[]).includes(n)), { error: "navigator.error.need" }),
});
export type Answers = z.infer<typeof AnswersSchema>;

export function toNavigatorAnswers(a: Answers): NavigatorAnswers & { near?: string | undefined } {
  return { attack: a.attack, home: a.home, nationality: a.nationality, near: a.near, role: a.role, date: a.date, needs: a.need as NavigatorAnswers["needs"] };
}

/** Which step asks for a field, to send the reader back to the right question. */
export function stepOf(field: string): Step {
  return STEPS.find((s) => STEP_FIELDS[s].includes(field)) ?? "where";
}

/**
 * The day of the attack as three fields (GOV.UK date pattern). Empty is allowed (the question can be
 * skipped); a date in the future or before 1900 is refused.
 */
export function parseDateParts(
  parts: { day?: string | undefined; month?: string | undefined; year?: string | undefined },
  today: string,
): { ok: true; date: string | undefined } | { ok: false; error: "navigator.error.dateIncomplete" | "navigator.error.date" | "navigator.error.dateFuture" | "navigator.error.dateTooOld" } {
  const day = parts.day?.trim() ?? "";
  const month = parts.month?.trim() ?? "";
  const year = parts.year?.trim() ?? "";
  if (!day && !month && !year) return { ok: true, date: undefined };
  if (!day || !month || !year) return { ok: false, error: "navigator.error.dateIncomplete" };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { ok: false, error: "navigator.error.date" };
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  if (!isIsoDate(iso)) return { ok: false, error: "navigator.error.date" };
  if (iso > today) return { ok: false, error: "navigator.error.dateFuture" };
  if (iso < "1900-01-01") return { ok: false, error: "navigator.error.dateTooOld" };
  return { ok: true, date: iso };
}

/** The answers as query parameters, leaving out empty ones (and, if asked, one step's own fields). */
export function answersQuery(a: Answers, without: readonly string[] = []): URLSearchParams {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(a)) {
    if (without.includes(key)) continue;
    for (const one of Array.isArray(value) ? value : [value]) if (one) qs.append(key, String(one));
  }
  return qs;
}
