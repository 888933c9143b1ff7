import { z } from "zod";

export const FeedbackInputSchema = z.object({
  useful: z.enum(["yes", "no"], { error: "feedback.error.useful" }),
  comment: z
    .string()
    .trim()
    .max(1000, { error: "feedback.error.commentTooLong" })
    .optional()
    .transform((v) => (v ? v : null)),
});
export type FeedbackInput = z.infer<typeof FeedbackInputSchema>;

/** Takes e-mail addresses and phone-like digit runs out of a comment: feedback is anonymous by design. */
export function redactPersonalData(comment: string): string {
  return comment
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, "[…]")
    .replace(/\+?\d[\d\s().-]{6,}\d/g, "[…]");
}
