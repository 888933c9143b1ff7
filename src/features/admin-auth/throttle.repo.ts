import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Failed-login counters per account and per address (both stored only as hashes). */
export function throttleRepo(db: Kysely<Database>) {
  return {
    find(keyHash: string) {
      return db.selectFrom("login_throttle").selectAll().where("key_hash", "=", keyHash).executeTakeFirst();
    },
    async upsert(row: Database["login_throttle"]) {
      await db
        .insertInto("login_throttle")
        .values(row)
        .onConflict((oc) => oc.column("key_hash").doUpdateSet({ failures: row.failures, window_start: row.window_start, locked_until: row.locked_until }))
        .execute();
    },
    async clear(keyHash: string) {
      await db.deleteFrom("login_throttle").where("key_hash", "=", keyHash).execute();
    },
  };
}
