import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import type { Db } from "../../db/database.ts";
import type { Database } from "../../db/schema.ts";
import { indexTokens } from "../../i18n/segment.ts";
import { markdownToText } from "../../views/markdown.tsx";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { searchRepo } from "../search/search.repo.ts";
import { contentRepo, joinAudiences, type ContentKind, type TranslationStatus } from "./content.repo.ts";

export interface TranslationFields {
  title: string;
  summary: string;
  body: string;
  contentWarning: string | null;
  /** On a page about sexual violence: the editor explicitly publishes this version without a warning. */
  warningRemoved?: boolean;
  reviewedOn: string | null;
  note?: string | null;
}

export type SaveAction = "draft" | "review" | "publish" | "schedule";

export function contentPath(kind: ContentKind | string, locale: string, slug: string): string {
  return kind === "news" ? `/${locale}/news/${slug}` : `/${locale}/info/${slug}`;
}

/**
 * The publishing workflow: every save is a new revision; a translation moves draft → in review →
 * published (or scheduled); the public site and the search index only ever see the published revision.
 */
export function contentService(db: Db, clock: () => Date = () => new Date()) {
  const repo = contentRepo(db.kysely);
  const search = searchRepo(db.kysely, db.dialect);
  const audit = auditRepo(db.kysely, clock);
  const now = () => clock().toISOString();

  async function indexPublished(trx: Transaction<Database>, itemId: string, locale: string, revisionId: string) {
    const item = await repo.findItemById(itemId, trx);
    const rev = await repo.findRevision(revisionId, trx);
    if (!item || !rev) return;
    const bodyText = markdownToText(rev.body);
    await search.upsertDocument(
      {
        kind: item.kind,
        itemId,
        locale,
        title: rev.title,
        body: `${rev.summary}\n${bodyText}`,
        path: contentPath(item.kind, locale, item.slug),
        publishedAt: item.first_published_at ?? now(),
        tokens: indexTokens(`${rev.title} ${rev.title} ${rev.summary} ${bodyText}`, locale).join(" "),
      },
      trx,
    );
  }

  async function publishRevision(trx: Transaction<Database>, translationId: string, itemId: string, locale: string, revisionId: string, at: string) {
    const t = await repo.findTranslationById(translationId, trx);
    if (!t) throw new Error(`translation ${translationId} not found`);
    await repo.updateTranslation(
      translationId,
      {
        status: t.current_revision_id === revisionId ? "published" : t.status,
        published_revision_id: revisionId,
        scheduled_revision_id: null,
        publish_at: null,
        first_published_at: t.first_published_at ?? at,
      },
      trx,
    );
    const item = await repo.findItemById(itemId, trx);
    if (item && !item.first_published_at) await repo.updateItem(itemId, { first_published_at: at }, trx);
    await indexPublished(trx, itemId, locale, revisionId);
  }

  const service = {
    repo,

    async createItem(
      input: { kind: ContentKind; slug: string; topic: string | null; audiences: string[]; sortOrder?: number; isDemo?: boolean; sexualViolence?: boolean },
      by: string | null,
    ): Promise<string> {
      const id = randomUUID();
      await db.kysely.transaction().execute(async (trx) => {
        await repo.insertItem(
          {
            id,
            kind: input.kind,
            slug: input.slug,
            topic: input.topic,
            audiences: joinAudiences(input.audiences),
            sort_order: input.sortOrder ?? 0,
            is_demo: input.isDemo ? 1 : 0,
            sexual_violence: input.sexualViolence ? 1 : 0,
            first_published_at: null,
            created_at: now(),
            created_by: by,
          },
          trx,
        );
        await audit.record({ userId: by, action: "content.create", targetType: "content", targetId: id, details: { slug: input.slug, kind: input.kind } }, trx);
      });
      return id;
    },

    async updateItemMeta(itemId: string, patch: { topic: string | null; audiences: string[]; sortOrder: number; sexualViolence?: boolean }, by: string | null) {
      await db.kysely.transaction().execute(async (trx) => {
        await repo.updateItem(
          itemId,
          { topic: patch.topic, audiences: joinAudiences(patch.audiences), sort_order: patch.sortOrder, sexual_violence: patch.sexualViolence ? 1 : 0 },
          trx,
        );
        await audit.record({ userId: by, action: "content.update_meta", targetType: "content", targetId: itemId, details: { sexualViolence: Boolean(patch.sexualViolence) } }, trx);
      });
    },

    /** Saves a new revision of one language version and applies the chosen workflow step. */
    async saveTranslation(
      input: { itemId: string; locale: string; fields: TranslationFields; action: SaveAction; publishAt?: string | null },
      by: string | null,
    ): Promise<void> {
      const at = now();
      await db.kysely.transaction().execute(async (trx) => {
        const revisionId = randomUUID();
        let translation = await repo.findTranslation(input.itemId, input.locale, trx);
        if (!translation) {
          const id = randomUUID();
          await repo.insertTranslation(
            {
              id,
              item_id: input.itemId,
              locale: input.locale,
              status: "draft",
              current_revision_id: revisionId,
              published_revision_id: null,
              scheduled_revision_id: null,
              publish_at: null,
              first_published_at: null,
              reviewed_on: input.fields.reviewedOn,
              updated_at: at,
              updated_by: by,
            },
            trx,
          );
          translation = await repo.findTranslation(input.itemId, input.locale, trx);
        }
        if (!translation) throw new Error("translation vanished");
        await repo.insertRevision(
          {
            id: revisionId,
            translation_id: translation.id,
            number: await repo.nextRevisionNumber(translation.id, trx),
            title: input.fields.title,
            summary: input.fields.summary,
            body: input.fields.body,
            content_warning: input.fields.warningRemoved ? null : input.fields.contentWarning,
            warning_removed: input.fields.warningRemoved ? 1 : 0,
            note: input.fields.note ?? null,
            created_at: at,
            created_by: by,
          },
          trx,
        );
        const status: TranslationStatus =
          input.action === "publish" ? "published" : input.action === "schedule" ? "scheduled" : input.action === "review" ? "in_review" : "draft";
        await repo.updateTranslation(
          translation.id,
          {
            status,
            current_revision_id: revisionId,
            reviewed_on: input.fields.reviewedOn,
            updated_at: at,
            updated_by: by,
            ...(input.action === "schedule" ? { scheduled_revision_id: revisionId, publish_at: input.publishAt ?? at } : {}),
          },
          trx,
        );
        if (input.action === "publish") await publishRevision(trx, translation.id, input.itemId, input.locale, revisionId, at);
        await audit.record(
          {
            userId: by,
            action: `content.${input.action === "draft" ? "save" : input.action}`,
            targetType: "content",
            targetId: input.itemId,
            details: {
              locale: input.locale,
              revision: revisionId,
              ...(input.publishAt ? { publishAt: input.publishAt } : {}),
              ...(input.fields.warningRemoved ? { warningRemoved: true } : {}),
            },
          },
          trx,
        );
      });
    },

    /** Makes an older revision the working copy again, as a new revision (history is never rewritten). */
    async restoreRevision(itemId: string, locale: string, revisionId: string, by: string | null): Promise<boolean> {
      const translation = await repo.findTranslation(itemId, locale);
      const old = await repo.findRevision(revisionId);
      if (!translation || !old || old.translation_id !== translation.id) return false;
      await service.saveTranslation(
        {
          itemId,
          locale,
          action: "draft",
          fields: {
            title: old.title,
            summary: old.summary,
            body: old.body,
            contentWarning: old.content_warning,
            warningRemoved: old.warning_removed === 1,
            reviewedOn: translation.reviewed_on,
            note: `restore:${revisionId}`,
          },
        },
        by,
      );
      await audit.record({ userId: by, action: "content.restore", targetType: "content", targetId: itemId, details: { locale, from: revisionId } });
      return true;
    },

    async unpublish(itemId: string, locale: string, by: string | null): Promise<void> {
      await db.kysely.transaction().execute(async (trx) => {
        const translation = await repo.findTranslation(itemId, locale, trx);
        const item = await repo.findItemById(itemId, trx);
        if (!translation || !item) return;
        await repo.updateTranslation(
          translation.id,
          { status: "draft", published_revision_id: null, scheduled_revision_id: null, publish_at: null, updated_at: now(), updated_by: by },
          trx,
        );
        await search.deleteDocument(item.kind, itemId, locale, trx);
        await audit.record({ userId: by, action: "content.unpublish", targetType: "content", targetId: itemId, details: { locale } }, trx);
      });
    },

    /** Publishes every scheduled revision whose time has come; safe to run from several instances. */
    async publishDue(): Promise<number> {
      const at = now();
      const due = await repo.listDueScheduled(at);
      let done = 0;
      for (const t of due) {
        await db.kysely.transaction().execute(async (trx) => {
          const fresh = await repo.findTranslationById(t.id, trx);
          if (!fresh?.scheduled_revision_id || !fresh.publish_at || fresh.publish_at > at) return;
          await publishRevision(trx, fresh.id, fresh.item_id, fresh.locale, fresh.scheduled_revision_id, fresh.publish_at);
          await audit.record({ userId: null, action: "content.scheduled_publish", targetType: "content", targetId: fresh.item_id, details: { locale: fresh.locale } }, trx);
          done++;
        });
      }
      return done;
    },
  };
  return service;
}

export type ContentService = ReturnType<typeof contentService>;
