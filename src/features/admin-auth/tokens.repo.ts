import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

export type TokenPurpose = "invite" | "reset";

/** One-time staff links; only the SHA-256 of each token is stored. */
export function tokensRepo(db: Kysely<Database>) {
  return {
    async insert(row: Database["user_tokens"]) {
      await db.insertInto("user_tokens").values(row).execute();
    },
    async findUsable(tokenHash: string, now: string) {
      return db
        .selectFrom("user_tokens as t")
        .innerJoin("users as u", "u.id", "t.user_id")
        .select(["t.token_hash", "t.user_id", "t.purpose", "u.email", "u.disabled_at"])
        .where("t.token_hash", "=", tokenHash)
        .where("t.used_at", "is", null)
        .where("t.expires_at", ">", now)
        .executeTakeFirst();
    },
    /** Marks every open token of the user as used: one link works once, and a new one replaces the old. */
    async useAllForUser(userId: string, now: string) {
      await db.updateTable("user_tokens").set({ used_at: now }).where("user_id", "=", userId).where("used_at", "is", null).execute();
    },
  };
}
