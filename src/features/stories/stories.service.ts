import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.ts";
import { translator } from "../../i18n/i18n.ts";
import { isLocale } from "../../i18n/locales.ts";
import { decryptField, encryptField, randomToken, sha256 } from "../../web/crypto.ts";
import type { FieldKeys } from "../../web/secrets.ts";
import { CONSENT_VERSION, type Consent } from "./stories.consent.ts";
import type { MediaStorage } from "../../media/storage.ts";
import { deleteStoryFiles, storyMediaPrefix } from "./stories.media.ts";
import { storiesRepo, type StoryMediaRow, type StoryRow } from "./stories.repo.ts";
import type { StoryTextColumns } from "./stories.schema.ts";

export interface StoriesOptions {
  /** Key for fields encrypted at rest (contact addresses). */
  fieldKey: FieldKeys;
  /** How long a contact address is kept, in days. */
  contactRetentionDays: number;
  /** How long a withdrawn story waits before it is erased, in hours (the author can still undo it). */
  withdrawalGraceHours: number;
  /** Where the stories' files are kept. */
  storage: MediaStorage;
}

/** Removes every file of a story from storage (all keys under the story's prefix). */
export function storyFileEraser(storage: MediaStorage): (storyId: string) => Promise<void> {
  return async (storyId) => {
    await storage.deletePrefix(storyMediaPrefix(storyId));
  };
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The private link's token: 32 random bytes; only its SHA-256 is stored. */
export function tokenHash(token: string): string {
  return sha256(`story:${token}`);
}

/** A consent as the story's columns, with the wording version it answered. */
function consentColumns(consent: Consent, at: string) {
  return {
    naming: consent.naming,
    display_name: consent.naming === "anonymous" ? null : consent.displayName,
    consent_publish: consent.publish ? 1 : 0,
    consent_translate: consent.translate ? 1 : 0,
    consent_quote: consent.quote ? 1 : 0,
    consent_version: CONSENT_VERSION,
    consent_at: at,
  };
}

/** Themes whose stories are approved behind a content warning by default. */
export const WARNING_BY_DEFAULT_THEMES: readonly string[] = ["gender"];

/** The warning a story gets on approval when it has none and one of its themes calls for one (in the story's language). */
export function defaultStoryWarning(story: Pick<StoryRow, "themes" | "language">): string | null {
  const themes = story.themes.split(" ").filter(Boolean);
  if (!themes.some((th) => WARNING_BY_DEFAULT_THEMES.includes(th))) return null;
  return translator(isLocale(story.language) ? story.language : "en")("content.warning.story");
}

/** Erases withdrawn stories whose grace period is over (files first, then rows), and expired contact addresses. */
export async function storiesHousekeeping(db: Db, clock: () => Date, deleteFiles?: (storyId: string) => Promise<void>): Promise<{ erased: number; contactsForgotten: number }> {
  const repo = storiesRepo(db.kysely);
  const at = clock().toISOString();
  const due = await repo.dueForErasure(at);
  for (const id of due) await deleteFiles?.(id);
  const erased = await repo.erase(due);
  const contactsForgotten = await repo.expireContacts(at);
  return { erased, contactsForgotten };
}

/**
 * Stories from the author's side: sending, reading and changing through the private link, consent,
 * withdrawal and erasure. Moderation and reading live in their own functions below.
 */
export function storiesService(db: Db, clock: () => Date, opts: StoriesOptions) {
  const repo = storiesRepo(db.kysely);
  const now = () => clock().toISOString();

  function consentRow(c: Consent, at: string) {
    return { naming: c.naming, publish: c.publish, translate: c.translate, quote: c.quote, version: CONSENT_VERSION, at };
  }

  return {
    repo,

    /** Saves a new story, waiting for moderation; returns its id and the private link's token (shown once). */
    /** Saves a new story with its file (already in storage) in one transaction, so a crash never leaves a story without the file its author sent. */
    async submit(text: StoryTextColumns, consent: Consent, email: string | undefined, id: string = randomUUID(), media?: StoryMediaRow): Promise<{ id: string; token: string }> {
      const token = randomToken(32);
      const at = now();
      const row: StoryRow = {
        id,
        status: "submitted",
        token_hash: tokenHash(token),
        language: text.language,
        country: text.country ?? null,
        year: text.year ?? null,
        attack: text.attack ?? null,
        title: text.title ?? null,
        body: text.body,
        original_body: text.body,
        private_details: text.private_details ?? null,
        content_warning: text.content_warning ?? null,
        themes: "",
        ...consentColumns(consent, at),
        contact_email: email ? encryptField(opts.fieldKey, email) : null,
        contact_expires_at: email ? new Date(clock().getTime() + opts.contactRetentionDays * DAY).toISOString() : null,
        moderator_note: null,
        created_at: at,
        updated_at: at,
        approved_at: null,
        withdrawn_at: null,
        erase_after: null,
      };
      await repo.insert(row, consentRow(consent, at), media);
      return { id, token };
    },

    /** The story behind a private link, or undefined (unknown, or already erased). */
    async byToken(token: string): Promise<StoryRow | undefined> {
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
      return repo.findByTokenHash(tokenHash(token));
    },

    /** The author changes their story: it goes back to moderation, and off the portal until approved again. */
    async authorEdit(story: StoryRow, text: StoryTextColumns): Promise<void> {
      if (story.status === "withdrawn") return;
      await repo.update(story.id, {
        title: text.title ?? null,
        body: text.body,
        original_body: text.body,
        private_details: text.private_details ?? null,
        language: text.language,
        country: text.country ?? null,
        year: text.year ?? null,
        attack: text.attack ?? null,
        content_warning: text.content_warning ?? null,
        status: story.status === "rejected" ? "rejected" : "submitted",
        approved_at: null,
        updated_at: now(),
      });
    },

    /** A new consent, recorded with its wording version; withdrawing consent to publish takes the story off at once. */
    async changeConsent(story: StoryRow, consent: Consent): Promise<void> {
      const at = now();
      await repo.updateConsent(
        story.id,
        { ...consentColumns(consent, at), updated_at: at },
        consentRow(consent, at),
      );
    },

    /**
     * Withdrawal: off the portal at once, the contact address forgotten at once, everything erased
     * (rows and files) when the grace period ends. Returns when that will be.
     */
    async withdraw(story: StoryRow): Promise<string> {
      const at = clock();
      const eraseAfter = new Date(at.getTime() + opts.withdrawalGraceHours * HOUR).toISOString();
      await repo.update(story.id, { status: "withdrawn", withdrawn_at: at.toISOString(), erase_after: eraseAfter, contact_email: null, contact_expires_at: null, updated_at: at.toISOString() });
      return eraseAfter;
    },

    /** Within the grace period the author can change their mind: the story goes back to moderation. */
    async undoWithdrawal(story: StoryRow): Promise<boolean> {
      if (story.status !== "withdrawn" || !story.erase_after || story.erase_after <= now()) return false;
      await repo.update(story.id, { status: "submitted", withdrawn_at: null, erase_after: null, approved_at: null, updated_at: now() });
      return true;
    },

    async housekeeping(): Promise<{ erased: number; contactsForgotten: number }> {
      return storiesHousekeeping(db, clock, storyFileEraser(opts.storage));
    },

    /** Gives the story its file (replacing any earlier one, whose files are then erased). */
    async setMedia(row: StoryMediaRow): Promise<void> {
      const old = await repo.mediaOf(row.story_id);
      await repo.replaceMedia(row);
      await deleteStoryFiles(opts.storage, old);
    },

    /** Takes the file off the story and erases it; false when there was none. */
    async removeMedia(storyId: string): Promise<boolean> {
      const old = await repo.mediaOf(storyId);
      if (!old) return false;
      await repo.deleteMedia(storyId);
      await deleteStoryFiles(opts.storage, old);
      return true;
    },

    /** A moderator's edit: the author's own text stays as it was (original_body); readers see the edited one. */
    async moderatorEdit(id: string, edit: { title: string | null; body: string; content_warning: string | null; attack: string | null; themes: string[]; private_details?: string | null }): Promise<void> {
      await repo.update(id, {
        title: edit.title,
        body: edit.body,
        content_warning: edit.content_warning,
        attack: edit.attack,
        themes: edit.themes.join(" "),
        ...(edit.private_details !== undefined ? { private_details: edit.private_details } : {}),
        updated_at: now(),
      });
    },

    /** A moderator's decision. Approval makes the story public only if the author allowed publication. */
    async decide(id: string, decision: "approve" | "reject" | "request_changes", note: string | null): Promise<void> {
      const at = now();
      if (decision === "approve") {
        // A story on gender (often sexual violence) is approved behind a warning unless it already has one; moderators can change it afterwards.
        const story = await repo.findById(id);
        const warning = story && !story.content_warning ? defaultStoryWarning(story) : null;
        await repo.update(id, { status: "approved", approved_at: at, moderator_note: null, ...(warning ? { content_warning: warning } : {}), updated_at: at });
      }
      else await repo.update(id, { status: decision === "reject" ? "rejected" : "changes_requested", approved_at: null, moderator_note: note, updated_at: at });
    },

    /** The contact address, for moderators only. */
    contactOf(story: StoryRow): string | null {
      return story.contact_email ? decryptField(opts.fieldKey, story.contact_email) : null;
    },
  };
}
export type StoriesService = ReturnType<typeof storiesService>;
