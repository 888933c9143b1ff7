import { z } from "zod";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "stories.error.tooLong" })
    .optional()
    .transform((v) => (v ? v : null));

/** A translator's version of a story in one language: saved as a draft or published. */
export const StoryTranslationFormSchema = z.object({
  title: optionalText(150),
  body: z
    .string({ error: "admin.storyTranslations.error.body" })
    .trim()
    .min(1, { error: "admin.storyTranslations.error.body" })
    .max(20_000, { error: "admin.storyTranslations.error.bodyTooLong" }),
  content_warning: optionalText(300),
  action: z.enum(["draft", "publish"], { error: "admin.storyTranslations.error.action" }),
});
export type StoryTranslationForm = z.infer<typeof StoryTranslationFormSchema>;

/** The most a message of support may say, in characters. */
export const SUPPORT_MAX = 1000;

/** A reader's message of support: the words, an optional first name, and a field only robots fill. */
export const SupportFormSchema = z.object({
  message: z
    .string({ error: "stories.supportMessages.error.message" })
    .trim()
    .min(1, { error: "stories.supportMessages.error.message" })
    .max(SUPPORT_MAX, { error: "stories.supportMessages.error.tooLong" }),
  name: z
    .string()
    .trim()
    .max(60, { error: "stories.supportMessages.error.name" })
    .optional()
    .transform((v) => (v ? v : null)),
  website: z.string().max(0, { error: "stories.error.robot" }).optional(),
});
export type SupportForm = z.infer<typeof SupportFormSchema>;

/** A moderator's decision on a message of support. */
export const SupportDecisionSchema = z.object({
  decision: z.enum(["approve", "reject"], { error: "admin.storySupport.error.decision" }),
});
