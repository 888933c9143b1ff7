import { sql, type Kysely, type Transaction } from "kysely";
import type { Dialect } from "../../db/database.ts";
import type { Database } from "../../db/schema.ts";

type Q = Kysely<Database> | Transaction<Database>;

export interface SearchDocumentInput {
  kind: string;
  itemId: string;
  locale: string;
  title: string;
  body: string;
  path: string;
  publishedAt: string;
  tokens: string;
}

export interface SearchHit {
  kind: string;
  itemId: string;
  title: string;
  body: string;
  path: string;
  publishedAt: string;
}

/** Quotes a token for FTS5 so no character in it is read as query syntax. */
function fts5Term(token: string, prefix: boolean): string {
  return `"${token.replace(/"/g, '""')}"${prefix ? "*" : ""}`;
}

/** Keeps only characters that are safe inside a PostgreSQL tsquery lexeme. */
function tsTerm(token: string, prefix: boolean): string | null {
  const clean = token.replace(/[&|!():*'\\<>\s]/g, "");
  return clean ? `'${clean}'${prefix ? ":*" : ""}` : null;
}

/** The search index: SQLite FTS5 or a PostgreSQL tsvector, behind the same functions. */
export function searchRepo(db: Kysely<Database>, dialect: Dialect) {
  return {
    async upsertDocument(doc: SearchDocumentInput, trx: Q = db): Promise<void> {
      const row = {
        kind: doc.kind,
        item_id: doc.itemId,
        locale: doc.locale,
        title: doc.title,
        body: doc.body,
        path: doc.path,
        published_at: doc.publishedAt,
        tokens: doc.tokens,
      };
      await trx
        .insertInto("search_documents")
        .values(row)
        .onConflict((oc) =>
          oc.columns(["kind", "item_id", "locale"]).doUpdateSet({
            title: row.title,
            body: row.body,
            path: row.path,
            published_at: row.published_at,
            tokens: row.tokens,
          }),
        )
        .execute();
    },

    async deleteDocument(kind: string, itemId: string, locale: string, trx: Q = db): Promise<void> {
      await trx
        .deleteFrom("search_documents")
        .where("kind", "=", kind)
        .where("item_id", "=", itemId)
        .where("locale", "=", locale)
        .execute();
    },

    /**
     * Documents in one language matching every token (mode "all") or any (mode "any"), best first.
     * Tokens of four or more letters also match as prefixes.
     */
    async search(
      locale: string,
      tokens: string[],
      mode: "all" | "any",
      page: { limit: number; offset: number },
    ): Promise<{ hits: SearchHit[]; total: number }> {
      if (tokens.length === 0) return { hits: [], total: 0 };
      const prefix = (t: string) => [...t].length >= 4;
      if (dialect === "sqlite") {
        const match = tokens.map((t) => fts5Term(t, prefix(t))).join(mode === "all" ? " AND " : " OR ");
        const count = await sql<{ n: number }>`
          select count(*) as n from search_fts f join search_documents d on d.id = f.rowid
          where search_fts match ${match} and d.locale = ${locale}`.execute(db);
        const rows = await sql<SearchRow>`
          select d.kind, d.item_id, d.title, d.body, d.path, d.published_at
          from search_fts f join search_documents d on d.id = f.rowid
          where search_fts match ${match} and d.locale = ${locale}
          order by bm25(search_fts), d.published_at desc
          limit ${page.limit} offset ${page.offset}`.execute(db);
        return { hits: rows.rows.map(toHit), total: Number(count.rows[0]?.n ?? 0) };
      }
      const terms = tokens.map((t) => tsTerm(t, prefix(t))).filter((t): t is string => t !== null);
      if (terms.length === 0) return { hits: [], total: 0 };
      const query = terms.join(mode === "all" ? " & " : " | ");
      const count = await sql<{ n: string }>`
        select count(*) as n from search_documents
        where locale = ${locale} and tsv @@ to_tsquery('simple', ${query})`.execute(db);
      const rows = await sql<SearchRow>`
        select kind, item_id, title, body, path, published_at from search_documents
        where locale = ${locale} and tsv @@ to_tsquery('simple', ${query})
        order by ts_rank(tsv, to_tsquery('simple', ${query})) desc, published_at desc
        limit ${page.limit} offset ${page.offset}`.execute(db);
      return { hits: rows.rows.map(toHit), total: Number(count.rows[0]?.n ?? 0) };
    },

    /**
     * The hits whose page carries a content warning in this language: a page or news item with its own
     * warning, or about sexual violence (or in a topic warned by default) unless an editor published it
     * explicitly without one; an episode with a warning. Their words are not shown in the results.
     */
    async warnedItems(hits: readonly SearchHit[], locale: string, warnedTopics: readonly string[]): Promise<Set<string>> {
      const warned = new Set<string>();
      const content = hits.filter((h) => h.kind === "page" || h.kind === "news").map((h) => h.itemId);
      if (content.length) {
        const rows = await db
          .selectFrom("content_items as ci")
          .innerJoin("content_translations as ct", (j) => j.onRef("ct.item_id", "=", "ci.id").on("ct.locale", "=", locale))
          .innerJoin("content_revisions as cr", "cr.id", "ct.published_revision_id")
          .select(["ci.id", "ci.topic", "ci.sexual_violence", "cr.content_warning", "cr.warning_removed"])
          .where("ci.id", "in", content)
          .execute();
        for (const r of rows) {
          const byDefault = Number(r.sexual_violence) === 1 || warnedTopics.includes(r.topic ?? "");
          if ((r.content_warning ?? "").trim() || (byDefault && Number(r.warning_removed) !== 1)) warned.add(r.id);
        }
      }
      const episodes = hits.filter((h) => h.kind === "video").map((h) => h.itemId);
      if (episodes.length) {
        const rows = await db
          .selectFrom("video_episode_texts")
          .select("episode_id")
          .where("episode_id", "in", episodes)
          .where("content_warning", "is not", null)
          .where("content_warning", "!=", "")
          .execute();
        for (const r of rows) warned.add(r.episode_id);
      }
      return warned;
    },
  };
}

interface SearchRow {
  kind: string;
  item_id: string;
  title: string;
  body: string;
  path: string;
  published_at: string;
}

function toHit(r: SearchRow): SearchHit {
  return { kind: r.kind, itemId: r.item_id, title: r.title, body: r.body, path: r.path, publishedAt: r.published_at };
}

export type SearchRepo = ReturnType<typeof searchRepo>;
