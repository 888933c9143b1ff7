import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** Staff sessions: only the SHA-256 of the session token is stored. */
export function sessionRepo(db: Kysely<Database>) {
  return {
    async insert(row: Database["sessions"]) {
      await db.insertInto("sessions").values(row).execute();
    },
    async findWithUser(idHash: string) {
      return db
        .selectFrom("sessions as s")
        .innerJoin("users as u", "u.id", "s.user_id")
        .select([
          "s.id_hash",
          "s.user_id",
          "s.mfa_passed",
          "s.created_at",
          "s.last_seen_at",
          "u.email",
          "u.name",
          "u.totp_enabled_at",
          "u.disabled_at",
        ])
        .where("s.id_hash", "=", idHash)
        .executeTakeFirst();
    },
    async rolesAndCountries(userId: string) {
      const roles = await db.selectFrom("user_roles").select("role").where("user_id", "=", userId).execute();
      const countries = await db.selectFrom("user_countries").select("country_code").where("user_id", "=", userId).execute();
      return { roles: roles.map((r) => r.role), countries: countries.map((c) => c.country_code) };
    },
    async touch(idHash: string, at: string) {
      await db.updateTable("sessions").set({ last_seen_at: at }).where("id_hash", "=", idHash).execute();
    },
    async markMfaPassed(idHash: string) {
      await db.updateTable("sessions").set({ mfa_passed: 1 }).where("id_hash", "=", idHash).execute();
    },
    async delete(idHash: string) {
      await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
    },
    async deleteForUser(userId: string) {
      await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
    },
    async deleteExpired(idleBefore: string, createdBefore: string) {
      await db.deleteFrom("sessions").where((eb) => eb.or([eb("last_seen_at", "<", idleBefore), eb("created_at", "<", createdBefore)])).execute();
    },
  };
}
