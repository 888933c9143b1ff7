import { z } from "zod";

export const ContactInputSchema = z.object({
  message: z
    .string({ error: "contact.error.messageRequired" })
    .trim()
    .min(1, { error: "contact.error.messageRequired" })
    .max(5000, { error: "contact.error.messageTooLong" }),
  email: z
    .string()
    .trim()
    .max(254, { error: "contact.error.emailFormat" })
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.email({ error: "contact.error.emailFormat" }).optional()),
});
export type ContactInput = z.infer<typeof ContactInputSchema>;
