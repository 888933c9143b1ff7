import type { Compilable, CompiledQuery, Kysely } from "kysely";
import type { Database } from "./schema.ts";
import { noteReads, tablesReadBy } from "./changes.ts";

/** Stands for a value given later, while a prepared query is built and compiled. */
class Placeholder {
  constructor(readonly name: string) {}
}

export interface PreparedRead<P, R> {
  /** Every row, for these values. */
  all(values: P): Promise<R[]>;
  /** The first row, for these values. */
  first(values: P): Promise<R | undefined>;
}

/**
 * A read that the busiest pages make on every request, built and compiled by Kysely once (Kysely's own
 * recipe: split building, compiling and executing) and then run with new values: building and compiling
 * the article's queries cost more than SQLite took to run them. `build` receives the values as named
 * placeholders; each must stand where Kysely makes a parameter (a comparison's value, limit, offset),
 * one value each (not an `in` list, whose length varies). The tables it reads are recorded for the
 * page cache on every run, as for any other query. Inside a transaction, use the builder as usual.
 */
export function preparedRead<P extends Record<string, unknown>, R>(db: Kysely<Database>, build: (q: Kysely<Database>, values: P) => Compilable<R>): PreparedRead<P, R> {
  const values = new Proxy({}, { get: (_target, name) => new Placeholder(String(name)) }) as P;
  const compiled: CompiledQuery<R> = build(db, values).compile();
  if (compiled.query.kind !== "SelectQueryNode") throw new Error("preparedRead is for SELECT queries");
  if (compiled.sql.includes("[object Object]")) throw new Error("preparedRead: a placeholder was written into the SQL instead of being a parameter");
  const slots = compiled.parameters.map((v) => (v instanceof Placeholder ? v.name : null));
  const tables = tablesReadBy(compiled.query);
  const run = async (given: P): Promise<R[]> => {
    noteReads(tables);
    const parameters = compiled.parameters.map((v, i) => {
      const slot = slots[i];
      return slot === null || slot === undefined ? v : given[slot];
    });
    return (await db.executeQuery<R>({ ...compiled, parameters })).rows;
  };
  return {
    all: run,
    first: async (given) => (await run(given))[0],
  };
}

export interface PreparedListRead<P, R> {
  /** Every row, for this list and these values (none for an empty list). */
  all(list: readonly unknown[], values: P): Promise<R[]>;
}

/**
 * preparedRead for a query with an `in` list, whose SQL differs with the list's length: one compiled read
 * for each length up to `maxLength`, made on first use (a page's results: a few dozen at most). `build`
 * receives the list as placeholders, and the other values as in preparedRead. A longer list runs a read
 * compiled for it alone.
 */
export function preparedListRead<P extends Record<string, unknown>, R>(
  db: Kysely<Database>,
  build: (q: Kysely<Database>, list: unknown[], values: P) => Compilable<R>,
  maxLength = 64,
): PreparedListRead<P, R> {
  const reads = new Map<number, PreparedRead<Record<string, unknown>, R>>();
  const readFor = (length: number) => {
    let read = reads.get(length);
    if (!read) {
      read = preparedRead(db, (q, v: Record<string, unknown>) => build(q, Array.from({ length }, (_, i) => v[`item${i}`]), v as P));
      if (length <= maxLength) reads.set(length, read);
    }
    return read;
  };
  return {
    async all(list, values) {
      if (list.length === 0) return [];
      const given: Record<string, unknown> = { ...values };
      list.forEach((item, i) => (given[`item${i}`] = item));
      return readFor(list.length).all(given);
    },
  };
}
