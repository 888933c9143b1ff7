import { z } from "zod";
import { AUDIENCES, SLUG_PATTERN, TOPICS } from "../content/content.taxonomy.ts";

const list = (v: unknown) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []);
/** A lone checkbox: ticked sends "yes", unticked sends nothing. */
const ticked = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? v.includes("yes") : v === "yes"));

export const ItemInputSchema = z.object({
  kind: z.enum(["page", "news"], { error: "admin.content.error.kind" }),
  slug: z
    .string({ error: "admin.content.error.slugRequired" })
    .trim()
    .min(1, { error: "admin.content.error.slugRequired" })
    .max(120, { error: "admin.content.error.slugFormat" })
    .regex(SLUG_PATTERN, { error: "admin.content.error.slugFormat" }),
  topic: z.union([z.literal(""), z.enum(TOPICS)], { error: "admin.content.error.topic" }).transform((v) => v || null),
  audiences: z.preprocess(list, z.array(z.enum(AUDIENCES, { error: "admin.content.error.audience" }))),
  sortOrder: z.coerce.number({ error: "admin.content.error.sortOrder" }).int({ error: "admin.content.error.sortOrder" }).min(0, { error: "admin.content.error.sortOrder" }).max(9999, { error: "admin.content.error.sortOrder" }).default(0),
  /** The item is about sexual violence: its versions carry a content warning by default. */
  sexualViolence: ticked,
});
export type ItemInput = z.infer<typeof ItemInputSchema>;

export const ItemMetaSchema = ItemInputSchema.omit({ kind: true, slug: true });

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

export const TranslationInputSchema = z
  .object({
    title: z.string({ error: "admin.content.error.titleRequired" }).trim().min(1, { error: "admin.content.error.titleRequired" }).max(200, { error: "admin.content.error.titleTooLong" }),
    summary: z.string({ error: "admin.content.error.summaryRequired" }).trim().min(1, { error: "admin.content.error.summaryRequired" }).max(500, { error: "admin.content.error.summaryTooLong" }),
    body: z.string({ error: "admin.content.error.bodyRequired" }).trim().min(1, { error: "admin.content.error.bodyRequired" }).max(100_000, { error: "admin.content.error.bodyTooLong" }),
    contentWarning: z.string().trim().max(300, { error: "admin.content.error.warningTooLong" }).optional().transform((v) => v || null),
    /** On a page about sexual violence: publish this version without any warning (an explicit choice). */
    removeWarning: ticked,
    reviewedOn: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || (dateOnly.test(v) && !Number.isNaN(Date.parse(v))), { error: "admin.content.error.reviewedOn" }),
    note: z.string().trim().max(300, { error: "admin.content.error.noteTooLong" }).optional().transform((v) => v || null),
    action: z.enum(["draft", "review", "publish", "schedule", "preview"], { error: "admin.content.error.action" }),
    // A datetime-local value ("2026-12-01T09:30"), read as UTC; null when empty or not a date.
    publishAt: z
      .string()
      .trim()
      .optional()
      .transform((v) => {
        const at = v ? new Date(`${v}${v.length === 16 ? ":00Z" : ""}`) : null;
        return at && !Number.isNaN(at.getTime()) ? at.toISOString() : null;
      }),
  })
  .superRefine((v, ctx) => {
    if (v.action !== "schedule") return;
    if (!v.publishAt) ctx.addIssue({ code: "custom", path: ["publishAt"], message: "admin.content.error.publishAt" });
  });
export type TranslationInput = z.infer<typeof TranslationInputSchema>;
