import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Staff accounts, their roles and the countries a focal point looks after. */
export function usersRepo(db: Kysely<Database>) {
  return {
    async findByEmail(email: string) {
      return db.selectFrom("users").selectAll().where("email", "=", email.trim().toLowerCase()).executeTakeFirst();
    },
    async findById(id: string) {
      return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
    },
    async insert(row: Database["users"], roles: string[], countries: string[]) {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto("users").values({ ...row, email: row.email.trim().toLowerCase() }).execute();
        if (roles.length) await trx.insertInto("user_roles").values(roles.map((role) => ({ user_id: row.id, role }))).execute();
        if (countries.length)
          await trx.insertInto("user_countries").values(countries.map((c) => ({ user_id: row.id, country_code: c }))).execute();
      });
    },
    async setRolesAndCountries(userId: string, roles: string[], countries: string[]) {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom("user_roles").where("user_id", "=", userId).execute();
        await trx.deleteFrom("user_countries").where("user_id", "=", userId).execute();
        if (roles.length) await trx.insertInto("user_roles").values(roles.map((role) => ({ user_id: userId, role }))).execute();
        if (countries.length)
          await trx.insertInto("user_countries").values(countries.map((c) => ({ user_id: userId, country_code: c }))).execute();
      });
    },
    async update(id: string, patch: Partial<Pick<Database["users"], "name" | "password_hash" | "totp_secret" | "totp_enabled_at" | "last_login_at" | "disabled_at">>) {
      await db.updateTable("users").set(patch).where("id", "=", id).execute();
    },
    /** Staff accounts with their roles and countries (all of them, or the ones asked for). */
    async listWithAccess(ids?: string[]) {
      if (ids?.length === 0) return [];
      let users = db.selectFrom("users").selectAll().orderBy("email").limit(1000);
      let roles = db.selectFrom("user_roles").selectAll();
      let countries = db.selectFrom("user_countries").selectAll().orderBy("country_code");
      if (ids) {
        users = users.where("id", "in", ids);
        roles = roles.where("user_id", "in", ids);
        countries = countries.where("user_id", "in", ids);
      }
      const roleMap = new Map<string, string[]>();
      for (const r of await roles.execute()) roleMap.set(r.user_id, [...(roleMap.get(r.user_id) ?? []), r.role]);
      const countryMap = new Map<string, string[]>();
      for (const c of await countries.execute()) countryMap.set(c.user_id, [...(countryMap.get(c.user_id) ?? []), c.country_code]);
      return (await users.execute()).map((u) => ({ ...u, roles: roleMap.get(u.id) ?? [], countries: countryMap.get(u.id) ?? [] }));
    },
    async count(): Promise<number> {
      const row = await db.selectFrom("users").select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}
