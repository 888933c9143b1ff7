import type { z } from "zod";
import { isMessageKey, type MessageKey } from "../i18n/i18n.ts";

/** Field name → translation key of its first error. Order is the order of the form. */
export type FieldErrors = Partial<Record<string, MessageKey>>;
/** What the user typed, kept to re-show the form on error. */
export type FormValues = Record<string, string | string[] | undefined>;

export type FormResult<T> = { ok: true; data: T; values: FormValues } | { ok: false; errors: FieldErrors; values: FormValues };

/**
 * Validates a form body with a zod schema whose messages are translation keys. On error it returns the
 * first message per field and the user's answers as strings, so the form can be shown again unchanged.
 */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.infer<S>> {
  const raw = toValues(body);
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data, values: raw };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (errors[field]) continue;
    errors[field] = isMessageKey(issue.message) ? issue.message : "form.error.invalid";
  }
  return { ok: false, errors, values: raw };
}

/**
 * A parsed form body as strings (the CSRF token left out), for forms read without a schema. NUL
 * characters are dropped: no one types them, and PostgreSQL refuses them in text.
 */
export function toValues(body: unknown): FormValues {
  const values: FormValues = {};
  if (!body || typeof body !== "object") return values;
  const clean = (x: string) => x.replaceAll("\u0000", "");
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (k === "_csrf") continue;
    if (typeof v === "string") values[k] = clean(v);
    else if (Array.isArray(v)) values[k] = v.filter((x): x is string => typeof x === "string").map(clean);
  }
  return values;
}

/** The filters a reader chose, as query parameters to keep in links (pagination, months), without `drop`. */
export function keptParams(values: FormValues, drop: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([k, v]) => !drop.includes(k) && typeof v === "string" && v)) as Record<string, string>;
}

/** Query parameters validated the same way; a bad one answers 400 with the page re-shown. */
export function firstString(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (Array.isArray(v) && typeof v[0] === "string") return v[0];
  return undefined;
}
