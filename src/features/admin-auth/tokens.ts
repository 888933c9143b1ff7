import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { randomToken, sha256 } from "../../web/crypto.ts";
import { tokensRepo, type TokenPurpose } from "./tokens.repo.ts";

const LIFETIME_MS: Record<TokenPurpose, number> = { invite: 72 * 3_600_000, reset: 3_600_000 };

/** Issues a one-time link token (replacing any open one) and returns it; only its hash is kept. */
export async function issueUserToken(db: Kysely<Database>, userId: string, purpose: TokenPurpose, now: Date): Promise<string> {
  const repo = tokensRepo(db);
  await repo.useAllForUser(userId, now.toISOString());
  const token = randomToken(32);
  await repo.insert({
    token_hash: sha256(token),
    user_id: userId,
    purpose,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + LIFETIME_MS[purpose]).toISOString(),
    used_at: null,
  });
  return token;
}

export function tokenLifetimeHours(purpose: TokenPurpose): number {
  return LIFETIME_MS[purpose] / 3_600_000;
}
