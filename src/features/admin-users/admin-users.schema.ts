import { z } from "zod";
import { ROLES } from "../../web/auth.ts";

const list = (v: unknown) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []);

export const UserAccessSchema = z
  .object({
    roles: z.preprocess(list, z.array(z.enum(ROLES, { error: "admin.users.error.role" })).min(1, { error: "admin.users.error.roleRequired" })),
    countries: z
      .string()
      .optional()
      .transform((v) => (v ?? "").split(/[\s,;]+/).map((c) => c.trim().toUpperCase()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^[A-Z]{2}$/, { error: "admin.users.error.countries" }))),
  })
  .refine((v) => !v.roles.includes("focal_point") || v.countries.length > 0, { path: ["countries"], error: "admin.users.error.countriesRequired" });
export type UserAccess = z.infer<typeof UserAccessSchema>;
