import { sql, type Kysely, type Selectable } from "kysely";
import type { Database, LibraryVersionsTable, LibraryWorksTable } from "../../db/schema.ts";

export type WorkRow = Selectable<LibraryWorksTable>;
export type VersionRow = Selectable<LibraryVersionsTable>;
/** A version without its extracted text and tokens (what pages need). */
export type VersionMeta = Omit<VersionRow, "text" | "tokens">;
export interface WorkFull extends WorkRow {
  versions: VersionMeta[];
}

const META = ["id", "work_id", "locale", "title", "summary", "file_key", "file_bytes", "pages", "text_chars", "text_truncated", "cover", "created_at", "updated_at"] as const;

/** `%`, `_` and the escape character itself are literal inside a LIKE pattern. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The publications library: works and their language versions. */
export function libraryRepo(db: Kysely<Database>) {
  async function withVersions(rows: WorkRow[]): Promise<WorkFull[]> {
    if (rows.length === 0) return [];
    const versions = await db.selectFrom("library_versions").select(META).where("work_id", "in", rows.map((r) => r.id)).execute();
    return rows.map((r) => ({ ...r, versions: versions.filter((v) => v.work_id === r.id).map((v) => ({ ...v, file_bytes: v.file_bytes === null ? null : Number(v.file_bytes) })) }));
  }

  return {
    async allWorks(): Promise<WorkFull[]> {
      return withVersions(await db.selectFrom("library_works").selectAll().orderBy("updated_at", "desc").execute());
    },

    async publishedWorks(): Promise<WorkFull[]> {
      return withVersions(await db.selectFrom("library_works").selectAll().where("status", "=", "published").orderBy("year", "desc").orderBy("slug").execute());
    },

    async findWork(id: string): Promise<WorkFull | undefined> {
      const row = await db.selectFrom("library_works").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? (await withVersions([row]))[0] : undefined;
    },

    async findWorkBySlug(slug: string): Promise<WorkFull | undefined> {
      const row = await db.selectFrom("library_works").selectAll().where("slug", "=", slug).executeTakeFirst();
      return row ? (await withVersions([row]))[0] : undefined;
    },

    async slugTaken(slug: string, exceptId?: string): Promise<boolean> {
      let q = db.selectFrom("library_works").select("id").where("slug", "=", slug);
      if (exceptId) q = q.where("id", "!=", exceptId);
      return Boolean(await q.executeTakeFirst());
    },

    async insertWork(row: WorkRow): Promise<void> {
      await db.insertInto("library_works").values(row).execute();
    },

    async updateWork(id: string, patch: Partial<Omit<WorkRow, "id" | "created_at">>): Promise<void> {
      await db.updateTable("library_works").set(patch).where("id", "=", id).execute();
    },

    async findVersion(id: string): Promise<VersionMeta | undefined> {
      return db.selectFrom("library_versions").select(META).where("id", "=", id).executeTakeFirst();
    },

    async versionText(id: string): Promise<string> {
      return (await db.selectFrom("library_versions").select("text").where("id", "=", id).executeTakeFirst())?.text ?? "";
    },

    async insertVersion(row: VersionRow): Promise<void> {
      await db.insertInto("library_versions").values(row).execute();
    },

    async updateVersion(id: string, patch: Partial<Omit<VersionRow, "id" | "work_id" | "locale" | "created_at">>): Promise<void> {
      await db.updateTable("library_versions").set(patch).where("id", "=", id).execute();
    },

    async deleteVersion(id: string): Promise<void> {
      await db.deleteFrom("library_versions").where("id", "=", id).execute();
    },

    /**
     * Works with a version whose tokens hold every query token (as a whole token, or as a prefix for
     * tokens of four or more letters). Tokens are stored space-separated with a space at each end.
     */
    async workIdsMatching(tokens: readonly string[]): Promise<Set<string>> {
      let q = db.selectFrom("library_versions").select("work_id").distinct();
      for (const t of tokens) {
        const pattern = `% ${likeLiteral(t)}${[...t].length >= 4 ? "%" : " %"}`;
        q = q.where(sql<boolean>`tokens like ${pattern} escape '\\'`);
      }
      return new Set((await q.execute()).map((r) => r.work_id));
    },

    async publishedPaths(): Promise<{ slug: string; updated_at: string }[]> {
      return db.selectFrom("library_works").select(["slug", "updated_at"]).where("status", "=", "published").orderBy("slug").execute();
    },
  };
}
export type LibraryRepo = ReturnType<typeof libraryRepo>;
