import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { sha256 } from "../../web/crypto.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import type { StoryRow } from "./stories.repo.ts";
import { storyVoicesRepo, type StoryTranslationRow, type SupportMessageRow } from "./story-voices.repo.ts";

/** How many approved messages of support a story page shows (the newest), with the total beside them. */
export const SUPPORT_SHOWN = 20;

/** A fingerprint of the text a translation is made from: the story's title, moderated text and warning. */
export function storySourceHash(s: Pick<StoryRow, "title" | "body" | "content_warning">): string {
  return sha256(JSON.stringify([s.title, s.body, s.content_warning]));
}

/**
 * Translations still true to the story: a later edit (a moderator hiding a name, the author's own change)
 * hides them until a translator publishes them again, so a translation never keeps what the story lost.
 */
export function currentTranslations<T extends { source_hash: string }>(story: Pick<StoryRow, "title" | "body" | "content_warning">, rows: readonly T[]): T[] {
  const hash = storySourceHash(story);
  return rows.filter((tr) => tr.source_hash === hash);
}

/** The translations of a page of stories that are still true to them, by story id. */
export function currentTranslationsOf<T extends { source_hash: string }>(stories: readonly StoryRow[], byStory: ReadonlyMap<string, T>): Map<string, T> {
  return new Map(stories.flatMap((s) => currentTranslations(s, byStory.has(s.id) ? [byStory.get(s.id)!] : []).map((tr) => [s.id, tr] as const)));
}

/** What a public story page shows besides the story: the language it is read in, and the messages of support. */
export interface StoryVoices {
  /** The translation shown instead of the original, or null for the original. */
  translation: StoryTranslationRow | null;
  /** Every published translation readers may see now (the author's consent checked at read time). */
  translations: StoryTranslationRow[];
  support: { rows: SupportMessageRow[]; total: number };
  form: { values: FormValues; errors?: FieldErrors | undefined };
}

/**
 * Which version of a story a reader gets: the one asked for with `?in=` (a published translation, or the
 * original's language), else the translation into the reader's language when there is one, else the original.
 */
export function chooseTranslation(story: Pick<StoryRow, "language">, translations: readonly StoryTranslationRow[], pageLocale: Locale, requested: string | undefined): StoryTranslationRow | null {
  if (requested !== undefined && isLocale(requested)) {
    if (requested === story.language) return null;
    const asked = translations.find((tr) => tr.locale === requested);
    if (asked) return asked;
  }
  if (pageLocale === story.language) return null;
  return translations.find((tr) => tr.locale === pageLocale) ?? null;
}

/** Loads what a public story page needs beyond the story itself. */
export async function loadStoryVoices(db: Kysely<Database>, story: StoryRow, pageLocale: Locale, requested: string | undefined, form: StoryVoices["form"] = { values: {} }): Promise<StoryVoices> {
  const repo = storyVoicesRepo(db);
  const [translations, support] = await Promise.all([story.consent_translate === 1 ? repo.publishedTranslations(story.id).then((rows) => currentTranslations(story, rows)) : Promise.resolve([]), repo.approvedSupport(story.id, SUPPORT_SHOWN)]);
  return { translation: chooseTranslation(story, translations, pageLocale, requested), translations, support, form };
}
