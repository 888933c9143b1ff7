import type { Transaction } from "kysely";
import type { Db } from "../db/database.ts";
import type { Database } from "../db/schema.ts";
import { learnerEmailHash } from "../features/learn/learn.service.ts";
import { manageHash, subscriberEmailHash, subscriberManageToken } from "../features/newsletter/newsletter.service.ts";
import { currentKeyPrefix, decryptField, encryptField } from "../web/crypto.ts";
import type { FieldKeys } from "../web/secrets.ts";
import { ENCRYPTED_COLUMNS, keysRepo, type EncryptedColumn, type StaleRow } from "./keys.repo.ts";

export interface RotationReport {
  /** Rows re-encrypted under the current key (and their lookup hashes recomputed), per column. */
  rotated: Record<EncryptedColumn, number>;
  /** Manage-link hashes of before the last rotation forgotten (only with `forgetOldLinks`). */
  forgottenLinks: number;
  /** Rows still not under the current key afterwards (0 everywhere unless a row changed meanwhile). */
  remaining: Record<EncryptedColumn, number>;
}

export interface RotationOptions {
  batchSize?: number;
  /** After a leaked key: manage and unsubscribe links mailed before this rotation stop working. */
  forgetOldLinks?: boolean;
  /** Called after each committed batch with the column and its running count. */
  onBatch?: (column: EncryptedColumn, rotated: number) => void;
}

/**
 * Re-encrypts every encrypted column under the current field key and recomputes the keyed lookup
 * hashes from the plaintext (docs/decisions/019-key-rotation.md). Each batch is one transaction, so a
 * killed run leaves whole batches done and the next run takes up the rest; a row already under the
 * current key is never selected, so a second run changes nothing. A value no configured key can read
 * stops the run with a FieldKeyError before its batch writes anything.
 */
export async function rotateFieldKeys(db: Db, keys: FieldKeys, opts: RotationOptions = {}): Promise<RotationReport> {
  const repo = keysRepo(db.kysely);
  const prefix = currentKeyPrefix(keys);
  const limit = opts.batchSize ?? 200;
  const rotated = Object.fromEntries(ENCRYPTED_COLUMNS.map((c) => [c, 0])) as Record<EncryptedColumn, number>;
  const seal = (plaintext: string) => encryptField(keys, plaintext);

  /** Pages through one column's stale rows by id; each page is decrypted, then rewritten in one transaction. */
  async function pass<R extends StaleRow>(
    column: EncryptedColumn,
    page: (after: string) => Promise<R[]>,
    update: (row: R, plaintext: string, trx: Transaction<Database>) => Promise<number>,
  ): Promise<void> {
    let after = "";
    for (;;) {
      const rows = await page(after);
      if (rows.length === 0) return;
      // Decrypted before the transaction opens: a missing key fails the batch before anything is written.
      const plain = rows.map((r) => decryptField(keys, r.value));
      const n = await db.kysely.transaction().execute(async (trx) => {
        let count = 0;
        for (const [i, row] of rows.entries()) count += await update(row, plain[i]!, trx);
        return count;
      });
      rotated[column] += n;
      after = rows[rows.length - 1]!.id;
      opts.onBatch?.(column, rotated[column]);
    }
  }

  await pass("stories.contact_email", (after) => repo.staleStories(prefix, after, limit), (row, email, trx) => repo.updateStory(row.id, row.value, seal(email), trx));
  await pass("learners.email", (after) => repo.staleLearners(prefix, after, limit), (row, email, trx) =>
    repo.updateLearner(row.id, row.value, { email: seal(email), email_hash: learnerEmailHash(keys.current, email) }, trx),
  );
  await pass("newsletter_subscribers.email", (after) => repo.staleSubscribers(prefix, after, limit), (row, email, trx) => {
    const hash = manageHash(subscriberManageToken(keys.current, row.id));
    // The old link's hash is kept, so links mailed before this rotation still lead to the manage page.
    const links = hash === row.manageTokenHash ? {} : { manage_token_hash: hash, manage_token_hash_previous: row.manageTokenHash };
    return repo.updateSubscriber(row.id, row.value, { email: seal(email), email_hash: subscriberEmailHash(keys.current, email), ...links }, trx);
  });
  await pass("users.totp_secret", (after) => repo.staleUsers(prefix, after, limit), (row, secret, trx) => repo.updateUser(row.id, row.value, seal(secret), trx));

  const forgottenLinks = opts.forgetOldLinks ? await repo.forgetPreviousManageHashes() : 0;
  return { rotated, forgottenLinks, remaining: await repo.remaining(prefix) };
}
