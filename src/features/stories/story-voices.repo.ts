import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { Database, StorySupportMessagesTable, StoryTranslationsTable } from "../../db/schema.ts";

export type StoryTranslationRow = Selectable<StoryTranslationsTable>;
export type SupportMessageRow = Selectable<StorySupportMessagesTable>;
export type SupportStatus = StorySupportMessagesTable["status"];

/** A story a translator may work on, with the languages it already has. */
export interface TranslatableStory {
  id: string;
  title: string | null;
  body: string;
  language: string;
  content_warning: string | null;
  approved_at: string | null;
  translations: { locale: string; status: "draft" | "published"; source_hash: string }[];
}

/** A pending message with what a moderator needs to judge it: the story it answers. */
export interface QueuedSupportMessage extends SupportMessageRow {
  story_title: string | null;
  story_body: string;
  story_language: string;
}

/**
 * Translations of stories and readers' messages of support: their SQL, and nothing else. The author's
 * consent is checked in every query that shows something, so withdrawing it hides everything at once.
 */
export function storyVoicesRepo(db: Kysely<Database>) {
  /** Stories readers may see: approved, with consent to publish. */
  const publicStories = () => db.selectFrom("stories").where("stories.status", "=", "approved").where("stories.consent_publish", "=", 1);

  return {
    // ---------------------------------------------------------------- translations

    /** Approved, published stories whose author allows translation, newest approval first, with their translations. */
    async translatable(limit: number, offset: number): Promise<{ rows: TranslatableStory[]; total: number }> {
      const q = publicStories().where("stories.consent_translate", "=", 1);
      const [stories, total] = await Promise.all([
        q.select(["stories.id", "stories.title", "stories.body", "stories.content_warning", "stories.language", "stories.approved_at"]).orderBy("stories.approved_at", "desc").orderBy("stories.id").limit(limit).offset(offset).execute(),
        q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      const ids = stories.map((s) => s.id);
      const translations = ids.length
        ? await db.selectFrom("story_translations").select(["story_id", "locale", "status", "source_hash"]).where("story_id", "in", ids).execute()
        : [];
      return {
        rows: stories.map((s) => ({ ...s, translations: translations.filter((tr) => tr.story_id === s.id).map((tr) => ({ locale: tr.locale, status: tr.status, source_hash: tr.source_hash })) })),
        total: Number(total.n),
      };
    },

    async translation(storyId: string, locale: string): Promise<StoryTranslationRow | undefined> {
      return db.selectFrom("story_translations").selectAll().where("story_id", "=", storyId).where("locale", "=", locale).executeTakeFirst();
    },

    /** Creates or replaces the translation of a story into one language. */
    async saveTranslation(t: { storyId: string; locale: string; title: string | null; body: string; contentWarning: string | null; sourceHash: string; translatorId: string; status: "draft" | "published"; at: string }): Promise<void> {
      const publishedAt = t.status === "published" ? t.at : null;
      await db
        .insertInto("story_translations")
        .values({ id: randomUUID(), story_id: t.storyId, locale: t.locale, title: t.title, body: t.body, content_warning: t.contentWarning, source_hash: t.sourceHash, translator_id: t.translatorId, status: t.status, created_at: t.at, updated_at: t.at, published_at: publishedAt })
        .onConflict((oc) =>
          oc.columns(["story_id", "locale"]).doUpdateSet({ title: t.title, body: t.body, content_warning: t.contentWarning, source_hash: t.sourceHash, translator_id: t.translatorId, status: t.status, updated_at: t.at, published_at: publishedAt }),
        )
        .execute();
    },

    /** The published translations of a story; none unless the author allows translation now (see `currentTranslations` too). */
    async publishedTranslations(storyId: string): Promise<StoryTranslationRow[]> {
      return db
        .selectFrom("story_translations")
        .innerJoin("stories", "stories.id", "story_translations.story_id")
        .selectAll("story_translations")
        .where("story_translations.story_id", "=", storyId)
        .where("story_translations.status", "=", "published")
        .where("stories.status", "=", "approved")
        .where("stories.consent_publish", "=", 1)
        .where("stories.consent_translate", "=", 1)
        .orderBy("story_translations.locale")
        .execute();
    },

    /** For a list of stories: the published translation of each into one language, by story id (same consent rules). */
    async publishedIn(storyIds: readonly string[], locale: string): Promise<Map<string, StoryTranslationRow>> {
      if (storyIds.length === 0) return new Map();
      const rows = await db
        .selectFrom("story_translations")
        .innerJoin("stories", "stories.id", "story_translations.story_id")
        .selectAll("story_translations")
        .where("story_translations.story_id", "in", storyIds)
        .where("story_translations.locale", "=", locale)
        .where("story_translations.status", "=", "published")
        .where("stories.status", "=", "approved")
        .where("stories.consent_publish", "=", 1)
        .where("stories.consent_translate", "=", 1)
        .execute();
      return new Map(rows.map((r) => [r.story_id, r]));
    },

    // ---------------------------------------------------------------- messages of support

    async addSupport(m: { storyId: string; locale: string; name: string | null; body: string; at: string }): Promise<string> {
      const id = randomUUID();
      await db.insertInto("story_support_messages").values({ id, story_id: m.storyId, locale: m.locale, name: m.name, body: m.body, status: "pending", created_at: m.at, decided_at: null, decided_by: null }).execute();
      return id;
    },

    /** Approved messages of a story, newest first, with their number; only while the story is public. */
    async approvedSupport(storyId: string, limit: number): Promise<{ rows: SupportMessageRow[]; total: number }> {
      const q = db
        .selectFrom("story_support_messages")
        .innerJoin("stories", "stories.id", "story_support_messages.story_id")
        .where("story_support_messages.story_id", "=", storyId)
        .where("story_support_messages.status", "=", "approved")
        .where("stories.status", "=", "approved")
        .where("stories.consent_publish", "=", 1);
      const [rows, total] = await Promise.all([
        q.selectAll("story_support_messages").orderBy("story_support_messages.created_at", "desc").orderBy("story_support_messages.id").limit(limit).execute(),
        q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },

    /** Approved messages for the author's private page: whatever the story's state, unless withdrawn. */
    async approvedSupportForAuthor(storyId: string, limit: number): Promise<{ rows: SupportMessageRow[]; total: number }> {
      const q = db.selectFrom("story_support_messages").where("story_id", "=", storyId).where("status", "=", "approved");
      const [rows, total] = await Promise.all([
        q.selectAll().orderBy("created_at", "desc").orderBy("id").limit(limit).execute(),
        q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },

    /** The moderation queue: messages in one state, oldest first, never those of a withdrawn story. */
    async supportQueue(status: SupportStatus, limit: number, offset: number): Promise<{ rows: QueuedSupportMessage[]; total: number }> {
      const q = db
        .selectFrom("story_support_messages")
        .innerJoin("stories", "stories.id", "story_support_messages.story_id")
        .where("story_support_messages.status", "=", status)
        .where("stories.status", "!=", "withdrawn");
      const [rows, total] = await Promise.all([
        q
          .selectAll("story_support_messages")
          .select(["stories.title as story_title", "stories.body as story_body", "stories.language as story_language"])
          .orderBy("story_support_messages.created_at", status === "pending" ? "asc" : "desc")
          .orderBy("story_support_messages.id")
          .limit(limit)
          .offset(offset)
          .execute(),
        q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },

    async supportCounts(): Promise<Record<SupportStatus, number>> {
      const rows = await db
        .selectFrom("story_support_messages")
        .innerJoin("stories", "stories.id", "story_support_messages.story_id")
        .where("stories.status", "!=", "withdrawn")
        .select("story_support_messages.status")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .groupBy("story_support_messages.status")
        .execute();
      const counts: Record<SupportStatus, number> = { pending: 0, approved: 0, rejected: 0 };
      for (const r of rows) counts[r.status] = Number(r.n);
      return counts;
    },

    async supportMessage(id: string): Promise<SupportMessageRow | undefined> {
      return db.selectFrom("story_support_messages").selectAll().where("id", "=", id).executeTakeFirst();
    },

    async decideSupport(id: string, status: "approved" | "rejected", by: string, at: string): Promise<void> {
      await db.updateTable("story_support_messages").set({ status, decided_by: by, decided_at: at }).where("id", "=", id).execute();
    },
  };
}
export type StoryVoicesRepo = ReturnType<typeof storyVoicesRepo>;
