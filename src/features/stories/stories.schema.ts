import { z } from "zod";
import { LOCALES } from "../../i18n/locales.ts";
import { isCountryCode } from "../directory/directory.schema.ts";
import { NAMINGS } from "./stories.consent.ts";

/** Themes moderators give stories, for readers to filter by. */
export const STORY_THEMES = ["surviving", "grief", "justice", "healing", "remembrance", "peace", "gender"] as const;
export type StoryTheme = (typeof STORY_THEMES)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "stories.error.tooLong" })
    .optional()
    .transform((v) => (v ? v : undefined));

const yesNo = (error: "stories.error.publish" | "stories.error.translate" | "stories.error.quote") =>
  z.enum(["yes", "no"], { error }).transform((v) => v === "yes");

/** The author's consent, one choice each; a name is asked only when they choose to be named. */
export const ConsentSchema = z
  .object({
    naming: z.enum(NAMINGS, { error: "stories.error.naming" }),
    display_name: optionalText(80),
    publish: yesNo("stories.error.publish"),
    translate: yesNo("stories.error.translate"),
    quote: yesNo("stories.error.quote"),
  })
  .refine((v) => v.naming === "anonymous" || Boolean(v.display_name), {
    path: ["display_name"],
    message: "stories.error.displayName",
    // Also checked when other answers are wrong, so every error is shown at once.
    when: (payload) => !payload.issues.some((i) => i.path?.[0] === "naming" || i.path?.[0] === "display_name"),
  });

/** What the author can change later through their private link. */
export const StoryTextSchema = z.object({
  title: optionalText(150),
  body: z
    .string({ error: "stories.error.body" })
    .trim()
    .min(1, { error: "stories.error.body" })
    .max(20_000, { error: "stories.error.bodyTooLong" }),
  language: z.enum(LOCALES, { error: "stories.error.language" }),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .refine((v) => !v || isCountryCode(v), { error: "stories.error.country" })
    .transform((v) => v || undefined),
  year: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d{4}$/.test(v) && Number(v) >= 1900 && Number(v) <= new Date().getUTCFullYear()), { error: "stories.error.year" })
    .transform((v) => (v ? Number(v) : undefined)),
  attack: optionalText(200),
  content_warning: optionalText(300),
  /**
   * Details the author keeps to the original story: shown in place on the original, never translated,
   * quoted or excerpted anywhere (feeds, lists, link previews, structured data).
   */
  private_details: optionalText(5000),
  /** The text alternative of the photo, recording or video, if one is sent. */
  media_description: optionalText(300),
  /** On the author's edit form: take the file off the story. */
  media_remove: z.literal("yes").optional().catch(undefined),
});
export type StoryText = z.infer<typeof StoryTextSchema>;
/** The story's own columns (what the file fields do is handled apart). */
export type StoryTextColumns = Omit<StoryText, "media_description" | "media_remove" | "private_details"> & { private_details?: string | undefined };

/** The whole sharing form: the story, the consent, an optional address, and a field only robots fill. */
export const ShareFormSchema = z
  .object({
    ...StoryTextSchema.shape,
    naming: z.enum(NAMINGS, { error: "stories.error.naming" }),
    display_name: optionalText(80),
    publish: yesNo("stories.error.publish"),
    translate: yesNo("stories.error.translate"),
    quote: yesNo("stories.error.quote"),
    email: z
      .string()
      .trim()
      .max(254, { error: "stories.error.email" })
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.email({ error: "stories.error.email" }).optional()),
    website: z.string().max(0, { error: "stories.error.robot" }).optional(),
  })
  .refine((v) => v.naming === "anonymous" || Boolean(v.display_name), {
    path: ["display_name"],
    message: "stories.error.displayName",
    // Also checked when other answers are wrong, so every error is shown at once.
    when: (payload) => !payload.issues.some((i) => i.path?.[0] === "naming" || i.path?.[0] === "display_name"),
  });
export type ShareForm = z.infer<typeof ShareFormSchema>;
