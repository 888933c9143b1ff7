import { z } from "zod";
import { LOCALES } from "../../i18n/locales.ts";
import { PROVISION_GROUPS } from "../countries/provisions.ts";

export const WORK_TYPES = ["handbook", "model_legislation", "report", "resolution", "guide", "toolkit"] as const;
export const WORK_AUDIENCES = ["victims", "associations", "practitioners", "member_states", "general"] as const;
/** UN M49 regions; "001" (World) is a global publication. */
export const WORK_REGIONS = ["001", "002", "019", "142", "150", "009"] as const;
/**
 * The Model Legislative Provisions groups (the self-assessment links to `?topic=<group>`) and a few more.
 * "gender" is a provisions group too, so it is listed once, in the groups' place.
 */
const EXTRA_TOPICS = ["communication", "self_care", "media", "gender"] as const;
export const WORK_TOPICS = [...new Set([...PROVISION_GROUPS, ...EXTRA_TOPICS])] as [(typeof PROVISION_GROUPS)[number] | (typeof EXTRA_TOPICS)[number], ...((typeof PROVISION_GROUPS)[number] | (typeof EXTRA_TOPICS)[number])[]];
export type WorkType = (typeof WORK_TYPES)[number];
export type WorkTopic = (typeof WORK_TOPICS)[number];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const list = z.union([z.string(), z.array(z.string())]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/** The shared facts of a work and its texts in one language. */
export const WorkFormSchema = z.object({
  slug: z.string().trim().toLowerCase().min(1, { error: "admin.library.error.slug" }).max(80, { error: "admin.library.error.slug" }).regex(SLUG, { error: "admin.library.error.slug" }),
  type: z.enum(WORK_TYPES, { error: "admin.library.error.type" }),
  year: z
    .string({ error: "admin.library.error.year" })
    .trim()
    .regex(/^\d{4}$/, { error: "admin.library.error.year" })
    .transform(Number)
    .refine((y) => y >= 1945 && y <= 2100, { error: "admin.library.error.year" }),
  publisher: z.string({ error: "admin.library.error.publisher" }).trim().min(1, { error: "admin.library.error.publisher" }).max(200, { error: "admin.library.error.tooLong" }),
  audiences: list.pipe(z.array(z.enum(WORK_AUDIENCES, { error: "admin.library.error.audiences" })).min(1, { error: "admin.library.error.audiences" })),
  region: z.enum(WORK_REGIONS, { error: "admin.library.error.region" }),
  topics: list.pipe(z.array(z.enum(WORK_TOPICS, { error: "admin.library.error.topics" })).min(1, { error: "admin.library.error.topics" })),
  title: z.string({ error: "admin.library.error.title" }).trim().min(1, { error: "admin.library.error.title" }).max(300, { error: "admin.library.error.tooLong" }),
  summary: z.string({ error: "admin.library.error.summary" }).trim().min(1, { error: "admin.library.error.summary" }).max(3000, { error: "admin.library.error.tooLong" }),
});
export type WorkForm = z.infer<typeof WorkFormSchema>;

/** A translator writes only the texts; the shared facts stay as the editor set them. */
export const VersionTextFormSchema = WorkFormSchema.pick({ title: true, summary: true });

export const StatusFormSchema = z.object({
  action: z.enum(["review", "publish", "unpublish"], { error: "form.error.invalid" }),
});

export const VersionFormSchema = z.object({
  in: z.enum(LOCALES, { error: "form.error.invalid" }),
});

const facet = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: "library.error.facet" }).optional();
const optionalText = z.string().optional().transform((v) => (v?.trim() ? v.trim() : undefined));

/** The public search: words and one value per facet, each optional; bad values answer 400. */
export const LibraryQuerySchema = z.object({
  q: optionalText.pipe(z.string().max(200, { error: "library.error.q" }).optional()),
  type: optionalText.pipe(facet(WORK_TYPES)),
  year: optionalText.pipe(z.string().regex(/^\d{4}$/, { error: "library.error.facet" }).transform(Number).optional()),
  audience: optionalText.pipe(facet(WORK_AUDIENCES)),
  region: optionalText.pipe(facet(WORK_REGIONS)),
  topic: optionalText.pipe(facet(WORK_TOPICS)),
  lang: optionalText.pipe(facet(LOCALES)),
  page: optionalText.pipe(z.string().regex(/^\d{1,4}$/, { error: "library.error.facet" }).transform(Number).refine((n) => n >= 1, { error: "library.error.facet" }).optional()),
});
export type LibraryQuery = z.infer<typeof LibraryQuerySchema>;
export const FACETS = ["type", "year", "audience", "region", "topic", "lang"] as const;
export type Facet = (typeof FACETS)[number];
