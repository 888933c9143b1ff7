import { z } from "zod";
import { ROLES } from "../../web/auth.ts";

const list = (v: unknown) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []);

const AccessFields = {
  roles: z.preprocess(list, z.array(z.enum(ROLES, { error: "admin.users.error.role" })).min(1, { error: "admin.users.error.roleRequired" })),
  countries: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(/[\s,;]+/).map((c) => c.trim().toUpperCase()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[A-Z]{2}$/, { error: "admin.users.error.countries" }))),
};

/** A country focal point looks after at least one country. */
const focalPointHasCountry = (v: { roles: string[]; countries: string[] }) => !v.roles.includes("focal_point") || v.countries.length > 0;
const countriesRequired = { path: ["countries"], error: "admin.users.error.countriesRequired" };

export const NewUserSchema = z
  .object({
    email: z.string({ error: "login.error.emailRequired" }).trim().min(1, { error: "login.error.emailRequired" }).max(254, { error: "login.error.emailFormat" }).pipe(z.email({ error: "login.error.emailFormat" })),
    name: z.string({ error: "admin.users.error.nameRequired" }).trim().min(1, { error: "admin.users.error.nameRequired" }).max(120, { error: "admin.users.error.nameTooLong" }),
    ...AccessFields,
  })
  .refine(focalPointHasCountry, countriesRequired);
export type NewUser = z.infer<typeof NewUserSchema>;

export const UserAccessSchema = z
  .object(AccessFields)
  .refine(focalPointHasCountry, countriesRequired);
export type UserAccess = z.infer<typeof UserAccessSchema>;
