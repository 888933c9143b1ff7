import { AsyncLocalStorage } from "node:async_hooks";
import type { KyselyPlugin, OperationNode, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from "kysely";

/**
 * Which tables a piece of work read, and which tables anything wrote: the page cache keeps a rendered
 * page only as long as no table it read from has been written since. Reads are recorded only inside
 * `trackReads` (a request being rendered for the cache); writes are always announced, after the
 * statement has run. A write the plugin cannot attribute to tables announces "*" (everything).
 */
export interface TableChanges {
  /** Called with the tables written, after each successful writing statement. */
  subscribe(listener: (tables: readonly string[]) => void): () => void;
  /** Announces writes made outside Kysely (the SQLite bulk upsert). */
  announce(tables: readonly string[]): void;
}

export const ALL_TABLES = "*";

export interface ReadTracker {
  /** Null when only writes are followed (a request that will not be cached). */
  readonly tables: Set<string> | null;
  /** Tables this work wrote (announced again when it ends, after its transaction has committed). */
  readonly written: Set<string>;
}

const scope = new AsyncLocalStorage<ReadTracker>();

/** Runs `fn` (and everything it starts) with reads and writes recorded in `tracker`. */
export function trackReads<T>(tracker: ReadTracker, fn: () => T): T {
  return scope.run(tracker, fn);
}

/** The tables a query reads (for a query compiled once and run many times: see src/db/prepared.ts). */
export function tablesReadBy(node: OperationNode): string[] {
  const tables = new Set<string>();
  collectTables(node, tables);
  return [...tables];
}

/**
 * Records reads of `tables` for the work in progress, as the plugin below does for a query when it is
 * compiled: a query compiled once (outside any request) is recorded here each time it runs.
 */
export function noteReads(tables: readonly string[]): void {
  const tracker = scope.getStore();
  if (tracker?.tables) for (const t of tables) tracker.tables.add(t);
}

export function createTableChanges(): TableChanges & { plugin: KyselyPlugin } {
  const listeners = new Set<(tables: readonly string[]) => void>();
  const pending = new WeakMap<object, string[]>();
  // A statement inside a transaction is announced before the commit; a reader in between could keep
  // what it read as current. Work done for a request is announced again when its answer is ready (the
  // page cache does it); other work (jobs, scripts, imports of many statements) once, a moment later.
  const later = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  const announceLater = () => {
    timer = null;
    const tables = [...later];
    later.clear();
    for (const l of listeners) l(tables);
  };
  const announce = (tables: readonly string[]) => {
    if (tables.length === 0) return;
    const tracker = scope.getStore();
    if (tracker) for (const t of tables) tracker.written.add(t);
    for (const l of listeners) l(tables);
    if (!tracker) {
      for (const t of tables) later.add(t);
      if (!timer) {
        timer = setTimeout(announceLater, 250);
        timer.unref();
      }
    }
  };
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      const node = args.node;
      if (node.kind === "SelectQueryNode") {
        const tracker = scope.getStore();
        if (tracker?.tables) collectTables(node, tracker.tables);
      } else if (node.kind === "RawNode") {
        const text = node.sqlFragments.join(" ");
        const tables = new Set<string>();
        for (const m of text.matchAll(/\b(?:from|join|into|update)\s+"?([A-Za-z_][A-Za-z0-9_]*)"?/gi)) tables.add(m[1]!.toLowerCase());
        for (const p of node.parameters) collectTables(p, tables);
        if (/^\s*(?:with\b[\s\S]*\b)?(?:insert|update|delete|replace|create|drop|alter|truncate)\b/i.test(text)) {
          pending.set(args.queryId, tables.size ? [...tables] : [ALL_TABLES]);
        } else {
          const tracker = scope.getStore();
          if (tracker?.tables) for (const t of tables) tracker.tables.add(t);
        }
      } else if (node.kind === "InsertQueryNode" || node.kind === "UpdateQueryNode" || node.kind === "DeleteQueryNode" || node.kind === "MergeQueryNode") {
        const tables = new Set<string>();
        collectTables(node, tables);
        pending.set(args.queryId, [...tables]);
      }
      return node;
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      const tables = pending.get(args.queryId);
      if (tables) {
        pending.delete(args.queryId);
        announce(tables);
      }
      return args.result;
    },
  };
  return {
    plugin,
    announce,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Every table named anywhere in a query tree (FROM, JOIN, subqueries, INSERT INTO, UPDATE, DELETE FROM). */
function collectTables(node: unknown, into: Set<string>, depth = 0): void {
  if (depth > 200 || node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node) collectTables(n, into, depth + 1);
    return;
  }
  const op = node as OperationNode & { table?: { identifier?: { name?: string } } };
  if (op.kind === "TableNode" && typeof op.table?.identifier?.name === "string") {
    into.add(op.table.identifier.name);
    return;
  }
  for (const value of Object.values(node)) {
    if (value !== null && typeof value === "object") collectTables(value, into, depth + 1);
  }
}
