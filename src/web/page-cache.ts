import { createHash, randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";
import { Redis } from "ioredis";
import { ALL_TABLES, type ReadTracker, type TableChanges } from "../db/changes.ts";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** A page as it was sent to an anonymous reader, in the three encodings a browser may take. */
export interface CachedPage {
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
  etag: string;
  /** The version of every table the page was rendered from ("*" included). */
  deps: Record<string, number>;
  storedAt: number;
  statsTags: string[] | null;
  /** Kept at most this long, when the page asked for less than the cache's own time (null: the cache's). */
  keepMs: number | null;
}

/** A request being rendered for the cache: what it read, and the change counter when it started. */
export interface CacheTracker extends ReadTracker {
  readonly since: number;
}

export interface PageCache {
  readonly enabled: boolean;
  /** A fresh page for this key, from this instance's memory or, with Redis, from the shared copy. */
  get(key: string): Promise<CachedPage | undefined>;
  /** Follows a request's writes, and its reads too when its answer may be kept. */
  begin(collectReads: boolean): CacheTracker;
  /** Keeps a rendered page unless a table it read changed while it was being rendered. */
  put(key: string, tracker: CacheTracker, page: { headers: Record<string, string>; body: Buffer; etag: string; statsTags: string[] | null; keepMs: number | null }): Promise<void>;
  /** Announces again what a request wrote, once its answer is ready (its transaction has committed). */
  finish(tracker: ReadTracker): void;
  /** Resolves once the shared versions are loaded (at once without Redis). */
  ready(): Promise<void>;
  close(): Promise<void>;
  readonly size: { pages: number; bytes: number };
}

const CHANNEL = "vsp-pc:changed";
const VERSIONS = "vsp-pc:versions";
const PAGE_PREFIX = "vsp-pc:page:";
/** How many recent changes are remembered to tell whether one happened during a render. */
const RECENT = 512;

export function etagOf(body: Buffer): string {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}

/**
 * Rendered pages for anonymous readers. A page remembers the version of every table it read; any write
 * to one of them (announced by the database layer, and with Redis by every instance) makes it stale at
 * once. Pages are also dropped after `ttlMs` (content that changes with time alone: upcoming events),
 * or sooner when the page asked to be kept less long (`keepMs`: the tribute wall's form carries a time),
 * and the least recently used go first when `maxBytes` is reached. With Redis, pages and versions are
 * shared by every instance; while Redis cannot be reached, nothing is served from the cache (a stale
 * page would be worse than a slower one).
 */
export function createPageCache(opts: {
  enabled: boolean;
  maxBytes: number;
  ttlMs: number;
  changes: TableChanges;
  clock: () => Date;
  redisUrl?: string | undefined;
  log?: { warn(obj: object, msg: string): void };
  onDrop?: () => void;
}): PageCache {
  const versions = new Map<string, number>();
  const pages = new Map<string, CachedPage>();
  let bytes = 0;
  /** Change counter, and the tables of the last RECENT changes (index = counter % RECENT). */
  let counter = 0;
  const recent: (readonly string[])[] = [];
  const instance = randomUUID();

  const lifetime = (p: { keepMs: number | null }) => (p.keepMs === null ? opts.ttlMs : Math.min(opts.ttlMs, p.keepMs));
  const sizeOf = (p: CachedPage) => p.body.length + p.gzip.length + p.br.length + 512;
  const drop = (key: string) => {
    const p = pages.get(key);
    if (!p) return;
    pages.delete(key);
    bytes -= sizeOf(p);
  };
  /** With Redis: tables this instance wrote whose new shared version has not come back yet. */
  const pending = new Map<string, number>();
  const fresh = (p: CachedPage) => {
    // Kept pages may show the time (open now, the countdown to 21 August): a clock set back makes them stale too.
    const age = opts.clock().getTime() - p.storedAt;
    if (age < 0 || age >= lifetime(p)) return false;
    for (const [table, v] of Object.entries(p.deps)) if ((versions.get(table) ?? 0) !== v || pending.has(table)) return false;
    return true;
  };
  const noteChange = (tables: readonly string[]) => {
    counter++;
    recent[counter % RECENT] = tables;
  };
  const applyLocal = (tables: readonly string[], next: (table: string) => number) => {
    for (const t of tables) versions.set(t, next(t));
    noteChange(tables);
  };

  let pub: Redis | null = null;
  let sub: Redis | null = null;
  let healthy = !opts.redisUrl;
  let loaded: Promise<void> = Promise.resolve();
  let resync: NodeJS.Timeout | undefined;
  const syncVersions = async () => {
    if (!pub) return;
    const all = await pub.hgetall(VERSIONS);
    const changed: string[] = [];
    for (const [t, v] of Object.entries(all)) {
      const n = Number(v);
      if (n > (versions.get(t) ?? 0)) {
        versions.set(t, n);
        changed.push(t);
      }
    }
    if (changed.length) noteChange(changed);
  };
  if (opts.enabled && opts.redisUrl) {
    const warn = (what: string) => (err: Error) => opts.log?.warn({ err: err.message }, `page cache: ${what}`);
    pub = new Redis(opts.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 1000 });
    sub = new Redis(opts.redisUrl, { connectTimeout: 1000 });
    pub.on("error", warn("redis"));
    sub.on("error", warn("redis subscription"));
    // A lost connection may have lost announcements: serve nothing cached until versions are re-read.
    const unhealthy = () => {
      healthy = false;
    };
    pub.on("close", unhealthy);
    sub.on("close", unhealthy);
    sub.on("message", (channel, message) => {
      if (channel !== CHANNEL) return;
      try {
        const { from, v } = JSON.parse(message) as { from: string; v: Record<string, number> };
        if (from === instance) return;
        const tables = Object.keys(v);
        applyLocal(tables, (t) => Math.max(versions.get(t) ?? 0, v[t]!));
      } catch {
        // Not ours; ignore.
      }
    });
    let connecting: Promise<void> | null = null;
    const connect = () =>
      (connecting ??= (async () => {
        try {
          await sub!.subscribe(CHANNEL);
          await syncVersions();
          pending.clear();
          healthy = true;
        } catch (err) {
          warn("start")(err as Error);
        } finally {
          connecting = null;
        }
      })());
    loaded = connect();
    sub.on("ready", () => {
      if (!healthy) void connect();
    });
    // Re-read the shared versions now and then (an announcement lost with a connection), and try
    // again after a failure.
    resync = setInterval(() => {
      if (!healthy) void connect();
      else void syncVersions().catch(() => undefined);
    }, 5000);
    resync.unref();
  }

  const bump = (tables: readonly string[]) => {
    if (!opts.enabled) return;
    if (tables.includes(ALL_TABLES)) {
      pages.clear();
      bytes = 0;
    }
    if (!pub) {
      applyLocal(tables, (t) => (versions.get(t) ?? 0) + 1);
      return;
    }
    // Stale at once on this instance (pending); the shared counter follows.
    for (const t of tables) pending.set(t, (pending.get(t) ?? 0) + 1);
    noteChange(tables);
    const p = pub.multi();
    for (const t of tables) p.hincrby(VERSIONS, t, 1);
    p.exec()
      .then((results) => {
        for (const t of tables) {
          const left = (pending.get(t) ?? 1) - 1;
          if (left > 0) pending.set(t, left);
          else pending.delete(t);
        }
        const v: Record<string, number> = {};
        tables.forEach((t, i) => {
          const n = Number(results?.[i]?.[1]);
          if (Number.isFinite(n)) v[t] = n;
        });
        applyLocal(Object.keys(v), (t) => Math.max(versions.get(t) ?? 0, v[t]!));
        return pub!.publish(CHANNEL, JSON.stringify({ from: instance, v }));
      })
      .catch((err: Error) => {
        healthy = false;
        opts.log?.warn({ err: err.message }, "page cache: could not announce a change");
      });
  };
  const unsubscribe = opts.changes.subscribe(bump);

  const encode = (key: string, p: CachedPage): Buffer => {
    const meta = Buffer.from(JSON.stringify({ key, headers: p.headers, etag: p.etag, deps: p.deps, storedAt: p.storedAt, statsTags: p.statsTags, keepMs: p.keepMs, n: [p.body.length, p.gzip.length, p.br.length] }));
    const head = Buffer.alloc(4);
    head.writeUInt32BE(meta.length);
    return Buffer.concat([head, meta, p.body, p.gzip, p.br]);
  };
  const decode = (key: string, buf: Buffer): CachedPage | undefined => {
    const len = buf.readUInt32BE(0);
    const meta = JSON.parse(buf.subarray(4, 4 + len).toString("utf8")) as Omit<CachedPage, "body" | "gzip" | "br"> & { key: string; n: [number, number, number] };
    if (meta.key !== key) return undefined;
    let at = 4 + len;
    const part = (n: number) => buf.subarray(at, (at += n));
    return { headers: meta.headers, etag: meta.etag, deps: meta.deps, storedAt: meta.storedAt, statsTags: meta.statsTags, keepMs: meta.keepMs ?? null, body: part(meta.n[0]), gzip: part(meta.n[1]), br: part(meta.n[2]) };
  };
  const redisKey = (key: string) => PAGE_PREFIX + createHash("sha1").update(key).digest("base64url");

  const remember = (key: string, page: CachedPage) => {
    drop(key);
    pages.set(key, page);
    bytes += sizeOf(page);
    for (const oldest of pages.keys()) {
      if (bytes <= opts.maxBytes) break;
      drop(oldest);
      opts.onDrop?.();
    }
  };

  /** Compresses a rendered page and keeps it, here and in Redis, unless what it read changed meanwhile. */
  const keep = async (key: string, page: Parameters<PageCache["put"]>[2], read: Set<string>, changedDuring: () => boolean) => {
    const deps: Record<string, number> = { [ALL_TABLES]: versions.get(ALL_TABLES) ?? 0 };
    for (const t of read) deps[t] = versions.get(t) ?? 0;
    const storedAt = opts.clock().getTime();
    // Text is kept compressed too; a zip or an image is not compressed again.
    const type = Object.entries(page.headers).find(([n]) => n.toLowerCase() === "content-type")?.[1] ?? "";
    const compressible = /^(?:text\/|application\/(?:json|xml|atom\+xml|rss\+xml|ld\+json|javascript|geo\+json)|image\/svg\+xml)/.test(type);
    const [br, gzipped] = compressible
      ? await Promise.all([
          brotli(page.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: page.body.length } }),
          gz(page.body, { level: 9 }),
        ])
      : [Buffer.alloc(0), Buffer.alloc(0)];
    // Compression ran on the thread pool: check again that nothing the page read has changed.
    if (changedDuring()) return;
    const cached: CachedPage = { ...page, br, gzip: gzipped, deps, storedAt };
    remember(key, cached);
    if (pub) await pub.set(redisKey(key), encode(key, cached), "PX", lifetime(cached)).catch(() => undefined);
  };
  const putting = new Set<string>();

  return {
    enabled: opts.enabled,
    get size() {
      return { pages: pages.size, bytes };
    },
    async get(key) {
      if (!opts.enabled || !healthy) return undefined;
      const local = pages.get(key);
      if (local) {
        if (fresh(local)) {
          // Most recently used last.
          pages.delete(key);
          pages.set(key, local);
          return local;
        }
        drop(key);
      }
      if (!pub) return undefined;
      const buf = await pub.getBuffer(redisKey(key)).catch(() => null);
      if (!buf) return undefined;
      const shared = decode(key, buf);
      if (!shared || !fresh(shared)) return undefined;
      remember(key, shared);
      return shared;
    },
    begin(collectReads) {
      return { tables: collectReads ? new Set<string>() : null, written: new Set<string>(), since: counter };
    },
    async put(key, tracker, page) {
      const read = tracker.tables;
      if (!opts.enabled || !healthy || !read) return;
      const changedDuring = () => {
        if (counter - tracker.since >= RECENT) return true;
        for (let i = tracker.since + 1; i <= counter; i++) {
          const tables = recent[i % RECENT] ?? [ALL_TABLES];
          if (tables.some((t) => t === ALL_TABLES || read.has(t))) return true;
        }
        return false;
      };
      if (tracker.written.size > 0 || changedDuring()) return;
      // One answer may take a quarter of the room at most (a campaign's share kit is a few megabytes).
      if (page.body.length * 2 > opts.maxBytes / 4) return;
      // A page asked for by many readers at once is rendered for each of them until it is kept; it is
      // compressed (and kept) once: a herd of misses on a busy page would otherwise compress it at
      // quality 9 once per reader, seconds of work on the thread pool just when the page is busiest.
      if (putting.has(key)) return;
      putting.add(key);
      try {
        await keep(key, page, read, changedDuring);
      } finally {
        putting.delete(key);
      }
    },
    finish(tracker) {
      if (tracker.written.size) bump([...tracker.written]);
    },
    ready: () => Promise.race([loaded, new Promise<void>((r) => setTimeout(r, 2000).unref())]),
    async close() {
      unsubscribe();
      clearInterval(resync);
      sub?.disconnect();
      pub?.disconnect();
    },
  };
}
