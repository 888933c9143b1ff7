import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "./passwords.ts";

export const LoginInputSchema = z.object({
  email: z.string({ error: "login.error.emailRequired" }).trim().min(1, { error: "login.error.emailRequired" }).max(254, { error: "login.error.emailFormat" }).pipe(z.email({ error: "login.error.emailFormat" })),
  password: z.string({ error: "login.error.passwordRequired" }).min(1, { error: "login.error.passwordRequired" }).max(PASSWORD_MAX, { error: "login.error.passwordRequired" }),
});
export type LoginInput = z.infer<typeof LoginInputSchema>;

export const TotpInputSchema = z.object({
  code: z
    .string({ error: "totp.error.required" })
    .transform((v) => v.replace(/[\s-]/g, ""))
    .pipe(z.string().min(1, { error: "totp.error.required" }).regex(/^\d{6}$/, { error: "totp.error.format" })),
});
export type TotpInput = z.infer<typeof TotpInputSchema>;

const newPassword = z
  .string({ error: "password.error.tooShort" })
  .min(PASSWORD_MIN, { error: "password.error.tooShort" })
  .max(PASSWORD_MAX, { error: "password.error.tooLong" });

const confirmed = (v: { password: string; confirm?: string | undefined }) => v.password === v.confirm;
const mismatch = { path: ["confirm"], error: "password.error.mismatch" };

export const PasswordChangeSchema = z
  .object({
    current: z.string({ error: "password.error.currentRequired" }).min(1, { error: "password.error.currentRequired" }).max(PASSWORD_MAX, { error: "password.error.currentRequired" }),
    password: newPassword,
    confirm: z.string().optional(),
  })
  .refine(confirmed, mismatch);
export type PasswordChange = z.infer<typeof PasswordChangeSchema>;

export const SetPasswordSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "password.error.linkInvalid" }),
    password: newPassword,
    confirm: z.string().optional(),
  })
  .refine(confirmed, mismatch);
export type SetPassword = z.infer<typeof SetPasswordSchema>;

export const ForgotPasswordSchema = z.object({
  email: LoginInputSchema.shape.email,
});
