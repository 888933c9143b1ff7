import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/schema.ts";

type Q = Kysely<Database> | Transaction<Database>;

/** Every encrypted column, by the name a rotation prints. */
export const ENCRYPTED_COLUMNS = ["stories.contact_email", "learners.email", "newsletter_subscribers.email", "users.totp_secret"] as const;
export type EncryptedColumn = (typeof ENCRYPTED_COLUMNS)[number];

export interface StaleRow {
  id: string;
  value: string;
}
export interface StaleSubscriber extends StaleRow {
  manageTokenHash: string;
}

/**
 * The SQL of a key rotation (src/ops/keys-rotate.ts): rows whose encrypted value is not under the
 * current key, read in id order after a cursor (keyset pages), and guarded updates that change a row
 * only while it still holds the value that was read (a concurrent edit wins; it is under the new key).
 */
export function keysRepo(db: Kysely<Database>) {
  const startingWith = (prefix: string) => `${prefix}%`;
  return {
    async staleStories(prefix: string, after: string, limit: number, trx: Q = db): Promise<StaleRow[]> {
      return trx
        .selectFrom("stories")
        .select(["id", "contact_email as value"])
        .where("contact_email", "is not", null)
        .where("contact_email", "not like", startingWith(prefix))
        .where("id", ">", after)
        .orderBy("id")
        .limit(limit)
        .execute() as Promise<StaleRow[]>;
    },
    async updateStory(id: string, old: string, contactEmail: string, trx: Q): Promise<number> {
      const r = await trx.updateTable("stories").set({ contact_email: contactEmail }).where("id", "=", id).where("contact_email", "=", old).executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    async staleLearners(prefix: string, after: string, limit: number, trx: Q = db): Promise<StaleRow[]> {
      return trx.selectFrom("learners").select(["id", "email as value"]).where("email", "not like", startingWith(prefix)).where("id", ">", after).orderBy("id").limit(limit).execute();
    },
    async updateLearner(id: string, old: string, next: { email: string; email_hash: string }, trx: Q): Promise<number> {
      const r = await trx.updateTable("learners").set(next).where("id", "=", id).where("email", "=", old).executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    async staleSubscribers(prefix: string, after: string, limit: number, trx: Q = db): Promise<StaleSubscriber[]> {
      return trx
        .selectFrom("newsletter_subscribers")
        .select(["id", "email as value", "manage_token_hash as manageTokenHash"])
        .where("email", "not like", startingWith(prefix))
        .where("id", ">", after)
        .orderBy("id")
        .limit(limit)
        .execute();
    },
    async updateSubscriber(id: string, old: string, next: { email: string; email_hash: string; manage_token_hash?: string; manage_token_hash_previous?: string }, trx: Q): Promise<number> {
      const r = await trx.updateTable("newsletter_subscribers").set(next).where("id", "=", id).where("email", "=", old).executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    /** Forgets the manage links of before the last rotation (after a leaked key: they could be forged). */
    async forgetPreviousManageHashes(): Promise<number> {
      const r = await db.updateTable("newsletter_subscribers").set({ manage_token_hash_previous: null }).where("manage_token_hash_previous", "is not", null).executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    async staleUsers(prefix: string, after: string, limit: number, trx: Q = db): Promise<StaleRow[]> {
      return trx
        .selectFrom("users")
        .select(["id", "totp_secret as value"])
        .where("totp_secret", "is not", null)
        .where("totp_secret", "not like", startingWith(prefix))
        .where("id", ">", after)
        .orderBy("id")
        .limit(limit)
        .execute() as Promise<StaleRow[]>;
    },
    async updateUser(id: string, old: string, totpSecret: string, trx: Q): Promise<number> {
      const r = await trx.updateTable("users").set({ totp_secret: totpSecret }).where("id", "=", id).where("totp_secret", "=", old).executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    /** Rows per encrypted column whose value is not under the current key (what a rotation has left to do). */
    async remaining(prefix: string): Promise<Record<EncryptedColumn, number>> {
      const like = startingWith(prefix);
      const count = async (q: Promise<{ n: string | number | bigint }>) => Number((await q).n);
      return {
        "stories.contact_email": await count(db.selectFrom("stories").select((eb) => eb.fn.countAll().as("n")).where("contact_email", "is not", null).where("contact_email", "not like", like).executeTakeFirstOrThrow()),
        "learners.email": await count(db.selectFrom("learners").select((eb) => eb.fn.countAll().as("n")).where("email", "not like", like).executeTakeFirstOrThrow()),
        "newsletter_subscribers.email": await count(db.selectFrom("newsletter_subscribers").select((eb) => eb.fn.countAll().as("n")).where("email", "not like", like).executeTakeFirstOrThrow()),
        "users.totp_secret": await count(db.selectFrom("users").select((eb) => eb.fn.countAll().as("n")).where("totp_secret", "is not", null).where("totp_secret", "not like", like).executeTakeFirstOrThrow()),
      };
    },
  };
}
