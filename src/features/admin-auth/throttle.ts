import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { sha256 } from "../../web/crypto.ts";
import { throttleRepo } from "./throttle.repo.ts";

const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;
export const ACCOUNT_LIMIT = 10;
export const ADDRESS_LIMIT = 50;

/** Login throttling: after too many failures in 15 minutes an account (or an address) waits 15 minutes. */
export function loginThrottle(db: Kysely<Database>, clock: () => Date) {
  const repo = throttleRepo(db);
  const accountKey = (email: string) => sha256(`account:${email.trim().toLowerCase()}`);
  const addressKey = (ip: string) => sha256(`address:${ip}`);

  async function isLocked(key: string): Promise<boolean> {
    const row = await repo.find(key);
    return Boolean(row?.locked_until && row.locked_until > clock().toISOString());
  }

  async function fail(key: string, limit: number) {
    const now = clock();
    const row = await repo.find(key);
    const fresh = !row || Date.parse(row.window_start) < now.getTime() - WINDOW_MS;
    const failures = fresh ? 1 : row.failures + 1;
    await repo.upsert({
      key_hash: key,
      failures,
      window_start: fresh ? now.toISOString() : row.window_start,
      locked_until: failures >= limit ? new Date(now.getTime() + LOCK_MS).toISOString() : null,
    });
  }

  return {
    async locked(email: string, ip: string): Promise<boolean> {
      return (await isLocked(accountKey(email))) || (await isLocked(addressKey(ip)));
    },
    async recordFailure(email: string, ip: string) {
      await fail(accountKey(email), ACCOUNT_LIMIT);
      await fail(addressKey(ip), ADDRESS_LIMIT);
    },
    async recordSuccess(email: string) {
      await repo.clear(accountKey(email));
    },
  };
}
