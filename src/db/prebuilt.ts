/**
 * The start of a query (its tables, joins and select list) built once for the portal's own connection and
 * reused by every call, which adds its own conditions: Kysely's builders are immutable, and parsing a long
 * select list again on every call cost as much as SQLite took to run the query. Inside a transaction the
 * start is built for that transaction. Conditions and limits belong to each call, never to the start.
 */
export function prebuilt<Q, R>(db: Q, build: (q: Q) => R): (q: Q) => R {
  const built = build(db);
  return (q) => (q === db ? built : build(q));
}
