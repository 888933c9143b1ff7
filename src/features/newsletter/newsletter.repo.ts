import type { Kysely, Transaction } from "kysely";
import type { Database, NewsletterIssuesTable, NewsletterSubscribersTable } from "../../db/schema.ts";

type Q = Kysely<Database> | Transaction<Database>;

export type SubscriberRow = NewsletterSubscribersTable;
export type IssueRow = NewsletterIssuesTable;

export function joinTopics(topics: readonly string[]): string {
  return `,${topics.join(",")},`;
}

export function splitTopics(stored: string): string[] {
  return stored.split(",").filter(Boolean);
}

/** Subscribers, issues and per-recipient deliveries. */
export function newsletterRepo(db: Kysely<Database>) {
  return {
    /** The subscriber whose address hashes to one of these (one hash per configured field key). */
    async findByEmailHash(hashes: readonly string[], trx: Q = db): Promise<SubscriberRow | undefined> {
      return trx.selectFrom("newsletter_subscribers").selectAll().where("email_hash", "in", hashes).executeTakeFirst();
    },
    async findByConfirmHash(hash: string): Promise<SubscriberRow | undefined> {
      return db.selectFrom("newsletter_subscribers").selectAll().where("confirm_token_hash", "=", hash).executeTakeFirst();
    },
    async findByManageHash(hash: string): Promise<SubscriberRow | undefined> {
      // The previous hash keeps links mailed before the last key rotation working (docs/decisions/019).
      return db
        .selectFrom("newsletter_subscribers")
        .selectAll()
        .where((eb) => eb.or([eb("manage_token_hash", "=", hash), eb("manage_token_hash_previous", "=", hash)]))
        .executeTakeFirst();
    },
    async findSubscriber(id: string, trx: Q = db): Promise<SubscriberRow | undefined> {
      return trx.selectFrom("newsletter_subscribers").selectAll().where("id", "=", id).executeTakeFirst();
    },
    async insertSubscriber(row: SubscriberRow, trx: Q = db): Promise<void> {
      await trx.insertInto("newsletter_subscribers").values(row).execute();
    },
    async updateSubscriber(id: string, patch: Partial<Omit<SubscriberRow, "id">>, trx: Q = db): Promise<void> {
      await trx.updateTable("newsletter_subscribers").set(patch).where("id", "=", id).execute();
    },
    async deleteSubscriber(id: string, trx: Q = db): Promise<void> {
      await trx.deleteFrom("newsletter_subscribers").where("id", "=", id).execute();
    },
    /** Unconfirmed subscriptions whose link has expired: nothing is kept of them. */
    async deleteExpiredPending(now: string): Promise<number> {
      const r = await db.deleteFrom("newsletter_subscribers").where("confirmed_at", "is", null).where("confirm_expires_at", "<", now).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async confirmedIdsFor(language: string, topic: string, trx: Q = db): Promise<string[]> {
      const rows = await trx
        .selectFrom("newsletter_subscribers")
        .select("id")
        .where("confirmed_at", "is not", null)
        .where("language", "=", language)
        .where("topics", "like", `%,${topic},%`)
        .orderBy("id")
        .execute();
      return rows.map((r) => r.id);
    },
    /** Confirmed subscribers' languages and topics (no addresses), for the counts staff see. */
    async confirmedProfiles(): Promise<{ language: string; topics: string }[]> {
      return db.selectFrom("newsletter_subscribers").select(["language", "topics"]).where("confirmed_at", "is not", null).execute();
    },
    async countPending(): Promise<number> {
      const r = await db.selectFrom("newsletter_subscribers").select((eb) => eb.fn.countAll<string | number>().as("n")).where("confirmed_at", "is", null).executeTakeFirst();
      return Number(r?.n ?? 0);
    },

    async insertIssue(row: IssueRow, trx: Q = db): Promise<void> {
      await trx.insertInto("newsletter_issues").values(row).execute();
    },
    async findIssue(id: string, trx: Q = db): Promise<IssueRow | undefined> {
      return trx.selectFrom("newsletter_issues").selectAll().where("id", "=", id).executeTakeFirst();
    },
    async listIssues(limit: number): Promise<IssueRow[]> {
      return db.selectFrom("newsletter_issues").selectAll().orderBy("created_at", "desc").orderBy("id").limit(limit).execute();
    },
    /** Marks an issue sent; false when it already was (a second click, another tab). */
    async markIssueSent(id: string, recipients: number, now: string, trx: Q): Promise<boolean> {
      const r = await trx.updateTable("newsletter_issues").set({ sent_at: now, recipients }).where("id", "=", id).where("sent_at", "is", null).executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    async insertDelivery(issueId: string, subscriberId: string, trx: Q): Promise<void> {
      await trx.insertInto("newsletter_deliveries").values({ issue_id: issueId, subscriber_id: subscriberId, sent_at: null }).onConflict((oc) => oc.columns(["issue_id", "subscriber_id"]).doNothing()).execute();
    },
    async findDelivery(issueId: string, subscriberId: string, trx: Q = db) {
      return trx.selectFrom("newsletter_deliveries").selectAll().where("issue_id", "=", issueId).where("subscriber_id", "=", subscriberId).executeTakeFirst();
    },
    async markDeliverySent(issueId: string, subscriberId: string, now: string, trx: Q): Promise<void> {
      await trx.updateTable("newsletter_deliveries").set({ sent_at: now }).where("issue_id", "=", issueId).where("subscriber_id", "=", subscriberId).where("sent_at", "is", null).execute();
    },
    async countSent(issueId: string): Promise<number> {
      const r = await db.selectFrom("newsletter_deliveries").select((eb) => eb.fn.countAll<string | number>().as("n")).where("issue_id", "=", issueId).where("sent_at", "is not", null).executeTakeFirst();
      return Number(r?.n ?? 0);
    },
  };
}

export type NewsletterRepo = ReturnType<typeof newsletterRepo>;
