import { z } from "zod";
import { LOCALES } from "../../i18n/locales.ts";

/** What a subscriber can choose to hear about. */
export const NEWSLETTER_TOPICS = ["news", "events", "remembrance", "stories", "publications"] as const;
export type NewsletterTopic = (typeof NEWSLETTER_TOPICS)[number];

const topicList = z
  .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(NEWSLETTER_TOPICS, { error: "newsletter.error.topics" })))
  .refine((a) => a.length > 0, { error: "newsletter.error.topics" })
  .transform((a) => [...new Set(a)]);

const language = z.enum(LOCALES, { error: "newsletter.error.language" });

export const SubscribeSchema = z.object({
  email: z.string().trim().max(254, { error: "newsletter.error.email" }).pipe(z.email({ error: "newsletter.error.email" })),
  language,
  topics: topicList,
  // A field people never see: robots fill it in.
  website: z.string().max(0, { error: "newsletter.error.robot" }).optional(),
});
export type SubscribeInput = z.infer<typeof SubscribeSchema>;

export const PreferencesSchema = z.object({ language, topics: topicList });
export type PreferencesInput = z.infer<typeof PreferencesSchema>;

// Content item ids: anything else (a NUL byte, which PostgreSQL refuses in text) is refused here, not when the issue is shown.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const itemIds = z
  .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().regex(UUID, { error: "admin.newsletter.error.items" })))
  .refine((a) => a.length > 0 && a.length <= 20, { error: "admin.newsletter.error.items" });

export const ComposeSchema = z.object({
  language,
  topic: z.enum(NEWSLETTER_TOPICS, { error: "admin.newsletter.error.topic" }),
  subject: z.string().trim().min(1, { error: "admin.newsletter.error.subject" }).max(200, { error: "admin.newsletter.error.subject" }),
  intro: z.string().trim().min(1, { error: "admin.newsletter.error.intro" }).max(5000, { error: "admin.newsletter.error.intro" }),
  items: itemIds,
});
export type ComposeInput = z.infer<typeof ComposeSchema>;
