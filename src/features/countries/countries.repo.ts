import { randomUUID } from "node:crypto";
import type { Kysely, Selectable, Transaction } from "kysely";
import type { CountryProfilesTable, Database } from "../../db/schema.ts";

type Q = Kysely<Database> | Transaction<Database>;

export interface StoredProfile {
  code: string;
  isDemo: boolean;
  latestRevision: number;
  publishedRevision: number | null;
  pendingRevision: number | null;
  publishedAt: string | null;
  updatedAt: string;
}

export interface RevisionRow {
  number: number;
  state: "published" | "submitted" | "returned" | "superseded";
  note: string | null;
  createdAt: string;
  createdBy: string | null;
  authorName: string | null;
  reviewedAt: string | null;
  reviewerName: string | null;
}

export interface NewRevision {
  code: string;
  /** The profile document, already validated, as JSON text. */
  document: string;
  isDemo: boolean;
  state: "published" | "submitted";
  note: string | null;
  at: string;
  by: string | null;
}

function toStoredProfile(r: Selectable<CountryProfilesTable>): StoredProfile {
  return {
    code: r.code,
    isDemo: r.is_demo === 1,
    latestRevision: r.latest_revision,
    publishedRevision: r.published_revision,
    pendingRevision: r.pending_revision,
    publishedAt: r.published_at,
    updatedAt: r.updated_at,
  };
}

/** Country profiles and their revisions. Documents are stored as the exchange format's JSON. */
export function countriesRepo(db: Kysely<Database>) {
  async function addRevision(q: Q, r: NewRevision): Promise<number> {
    const current = await q.selectFrom("country_profiles").select(["latest_revision", "pending_revision"]).where("code", "=", r.code).executeTakeFirst();
    const number = (current?.latest_revision ?? 0) + 1;
    if (!current) {
      await q
        .insertInto("country_profiles")
        .values({ code: r.code, is_demo: r.isDemo ? 1 : 0, latest_revision: 0, updated_at: r.at, updated_by: r.by })
        .execute();
    }
    // A newer change replaces the one waiting for review.
    if (current?.pending_revision) {
      await q
        .updateTable("country_revisions")
        .set({ state: "superseded" })
        .where("code", "=", r.code)
        .where("number", "=", current.pending_revision)
        .execute();
    }
    await q
      .insertInto("country_revisions")
      .values({ id: randomUUID(), code: r.code, number, document: r.document, state: r.state, note: r.note, created_at: r.at, created_by: r.by })
      .execute();
    await q
      .updateTable("country_profiles")
      .set({
        latest_revision: number,
        updated_at: r.at,
        updated_by: r.by,
        is_demo: r.isDemo ? 1 : 0,
        ...(r.state === "published" ? { published_revision: number, published_at: r.at, pending_revision: null } : { pending_revision: number }),
      })
      .where("code", "=", r.code)
      .execute();
    return number;
  }

  return {
    /** The e-mail addresses of active focal points for a country, told of suggestions about it. */
    async focalPointEmails(code: string): Promise<string[]> {
      const rows = await db
        .selectFrom("users as u")
        .innerJoin("user_countries as c", "c.user_id", "u.id")
        .innerJoin("user_roles as r", "r.user_id", "u.id")
        .select("u.email")
        .distinct()
        .where("c.country_code", "=", code)
        .where("r.role", "=", "focal_point")
        .where("u.disabled_at", "is", null)
        .execute();
      return rows.map((r) => r.email);
    },

    /** Every published profile's document, by country code. */
    async publishedDocuments(trx: Q = db): Promise<{ code: string; document: string; publishedAt: string | null }[]> {
      return trx
        .selectFrom("country_profiles as p")
        .innerJoin("country_revisions as r", (j) => j.onRef("r.code", "=", "p.code").onRef("r.number", "=", "p.published_revision"))
        .select(["p.code", "r.document", "p.published_at as publishedAt"])
        .orderBy("p.code")
        .execute();
    },

    async publishedDocument(code: string, trx: Q = db): Promise<{ document: string; publishedAt: string | null } | undefined> {
      return trx
        .selectFrom("country_profiles as p")
        .innerJoin("country_revisions as r", (j) => j.onRef("r.code", "=", "p.code").onRef("r.number", "=", "p.published_revision"))
        .select(["r.document", "p.published_at as publishedAt"])
        .where("p.code", "=", code)
        .executeTakeFirst();
    },

    async profiles(trx: Q = db): Promise<StoredProfile[]> {
      const rows = await trx.selectFrom("country_profiles").selectAll().orderBy("code").execute();
      return rows.map(toStoredProfile);
    },

    async profileState(code: string, trx: Q = db): Promise<StoredProfile | undefined> {
      const row = await trx.selectFrom("country_profiles").selectAll().where("code", "=", code).executeTakeFirst();
      return row ? toStoredProfile(row) : undefined;
    },

    async revisionDocument(code: string, number: number, trx: Q = db): Promise<{ document: string; state: RevisionRow["state"] } | undefined> {
      return trx.selectFrom("country_revisions").select(["document", "state"]).where("code", "=", code).where("number", "=", number).executeTakeFirst();
    },

    async revisions(code: string, trx: Q = db): Promise<RevisionRow[]> {
      return trx
        .selectFrom("country_revisions as r")
        .leftJoin("users as a", "a.id", "r.created_by")
        .leftJoin("users as v", "v.id", "r.reviewed_by")
        .select([
          "r.number",
          "r.state",
          "r.note",
          "r.created_at as createdAt",
          "r.created_by as createdBy",
          "a.name as authorName",
          "r.reviewed_at as reviewedAt",
          "v.name as reviewerName",
        ])
        .where("r.code", "=", code)
        .orderBy("r.number", "desc")
        .execute();
    },

    /** Saves a new revision: published at once (editors, imports) or waiting for review (focal points). */
    async saveRevision(r: NewRevision): Promise<number> {
      return db.transaction().execute((trx) => addRevision(trx, r));
    },

    /** All or nothing: one published revision per country. */
    async importRevisions(list: readonly NewRevision[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        for (const r of list) await addRevision(trx, r);
      });
    },

    /** An editor publishes the pending revision, or returns it with a note; false when it is no longer pending. */
    async review(code: string, number: number, decision: "publish" | "return", at: string, by: string, note: string | null): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const profile = await trx.selectFrom("country_profiles").select("pending_revision").where("code", "=", code).executeTakeFirst();
        if (!profile || profile.pending_revision !== number) return false;
        await trx
          .updateTable("country_revisions")
          .set({ state: decision === "publish" ? "published" : "returned", reviewed_at: at, reviewed_by: by, ...(note ? { note } : {}) })
          .where("code", "=", code)
          .where("number", "=", number)
          .execute();
        await trx
          .updateTable("country_profiles")
          .set(decision === "publish" ? { published_revision: number, published_at: at, pending_revision: null, updated_at: at, updated_by: by } : { pending_revision: null, updated_at: at, updated_by: by })
          .where("code", "=", code)
          .execute();
        return true;
      });
    },
  };
}
export type CountriesRepo = ReturnType<typeof countriesRepo>;
