import { z } from "zod";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HASHTAG = /^[\p{L}\p{M}\p{N}_]{1,60}$/u;

/** Hashtags as typed ("#a #b, c") to a list without "#", each once. */
export function splitHashtags(raw: string): string[] {
  return [...new Set(raw.split(/[\s,،、，]+/).map((h) => h.replace(/^#+/, "")).filter(Boolean))];
}

/** Key facts as typed: one a line, blank lines dropped. */
export function splitFacts(raw: string): string[] {
  return raw.split(/\r?\n/).map((f) => f.trim()).filter(Boolean);
}

/** A campaign's texts in one language, with its address (shared by every language). */
export const CampaignFormSchema = z.object({
  slug: z
    .string({ error: "admin.campaigns.error.slug" })
    .trim()
    .toLowerCase()
    .min(1, { error: "admin.campaigns.error.slug" })
    .max(80, { error: "admin.campaigns.error.slug" })
    .regex(SLUG, { error: "admin.campaigns.error.slug" }),
  title: z.string({ error: "admin.campaigns.error.title" }).trim().min(1, { error: "admin.campaigns.error.title" }).max(150, { error: "admin.campaigns.error.tooLong" }),
  message: z.string({ error: "admin.campaigns.error.message" }).trim().min(1, { error: "admin.campaigns.error.message" }).max(20_000, { error: "admin.campaigns.error.tooLong" }),
  facts: z
    .string()
    .optional()
    .transform((v) => splitFacts(v ?? ""))
    .refine((f) => f.length <= 20 && f.every((x) => x.length <= 300), { error: "admin.campaigns.error.facts" }),
  hashtags: z
    .string()
    .optional()
    .transform((v) => splitHashtags(v ?? ""))
    .refine((h) => h.length <= 10 && h.every((x) => HASHTAG.test(x)), { error: "admin.campaigns.error.hashtags" }),
  share_text: z.string({ error: "admin.campaigns.error.shareText" }).trim().min(1, { error: "admin.campaigns.error.shareText" }).max(280, { error: "admin.campaigns.error.shareTextTooLong" }),
});
export type CampaignForm = z.infer<typeof CampaignFormSchema>;
export const CAMPAIGN_FORM_ORDER = ["slug", "title", "message", "facts", "hashtags", "share_text"];

/** An image's alt text in one language. */
export const AltFormSchema = z.object({
  alt: z.string({ error: "admin.campaigns.error.alt" }).trim().min(1, { error: "admin.campaigns.error.alt" }).max(300, { error: "admin.campaigns.error.tooLong" }),
});

export const PublishFormSchema = z.object({ action: z.enum(["publish", "unpublish"]) });
