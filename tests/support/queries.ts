import type { Db } from "../../src/db/database.ts";

/**
 * Runs `fn` and counts the statements sent to the database meanwhile (outside transactions), to show
 * that a page's queries do not grow with the number of items it lists.
 */
export async function countQueries<T>(db: Db, fn: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
  const executor = db.kysely.getExecutor();
  const original = executor.executeQuery;
  const statements: string[] = [];
  executor.executeQuery = function (this: typeof executor, ...args: Parameters<typeof original>) {
    statements.push(args[0].sql);
    return original.apply(this, args);
  } as typeof original;
  try {
    const result = await fn();
    return { result, count: statements.length, statements };
  } finally {
    executor.executeQuery = original;
  }
}
