import { Redis } from "ioredis";
import type { Db } from "../../db/database.ts";
import { crisisRepo, type CrisisTextRow } from "./crisis.repo.ts";

/** How long an instance trusts its copy of the notice before it checks the database again. */
export const CRISIS_REFRESH_MS = 2000;
/** The Redis channel on which instances announce a change. */
export const CRISIS_CHANNEL = "vsp:crisis";

export interface CrisisNotice {
  id: string;
  version: number;
  severity: string;
  country: string | null;
  sourceLocale: string;
  switchedOnAt: string;
  texts: ReadonlyMap<string, CrisisTextRow>;
}

export interface CrisisCache {
  /** The notice switched on, as last read; no I/O. */
  current(): CrisisNotice | null;
  /** Reads the active notice's stamp when the copy is older than CRISIS_REFRESH_MS (one read shared by concurrent requests). */
  refreshIfStale(): Promise<void>;
  /** Called after a change on this instance: re-reads at once and tells the other instances. */
  changed(): Promise<void>;
  /** Resolves once the Redis subscription is in place (at once without Redis). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

interface Log {
  warn(obj: object, msg: string): void;
}

/**
 * The per-instance copy of the crisis notice. A request costs a clock read while the copy is fresh;
 * after that one indexed read of (id, version) tells whether anything changed, and the texts are
 * loaded only when it did. With Redis, a change made on any instance is announced at once.
 */
export function createCrisisCache(db: Db, clock: () => Date, opts: { redisUrl?: string | undefined; log?: Log } = {}): CrisisCache {
  const repo = crisisRepo(db.kysely);
  let notice: CrisisNotice | null = null;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<void> | null = null;

  async function load(): Promise<void> {
    const stamp = await repo.activeStamp();
    if (!stamp) {
      notice = null;
      return;
    }
    if (notice && notice.id === stamp.id && notice.version === Number(stamp.version)) return;
    const row = await repo.findNotice(stamp.id);
    if (!row) {
      notice = null;
      return;
    }
    const texts = await repo.texts(stamp.id);
    notice = {
      id: row.id,
      version: Number(row.version),
      severity: row.severity,
      country: row.country,
      sourceLocale: row.source_locale,
      switchedOnAt: row.switched_on_at,
      texts: new Map(texts.map((t) => [t.locale, t])),
    };
  }

  function refresh(): Promise<void> {
    inFlight ??= (async () => {
      const started = clock().getTime();
      try {
        await load();
        checkedAt = started;
      } catch (err) {
        // Keep showing the last known notice; the next request tries again.
        opts.log?.warn({ err }, "crisis notice refresh failed");
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  }

  let pub: Redis | null = null;
  let sub: Redis | null = null;
  let subscribed: Promise<void> = Promise.resolve();
  if (opts.redisUrl) {
    const quiet = (which: string) => (err: Error) => opts.log?.warn({ err: err.message }, `crisis ${which} connection to Redis failed`);
    // The publisher never queues: while Redis is unreachable a change is not announced (the 2-second
    // poll still carries it) and the admin's request does not wait for a reconnection.
    pub = new Redis(opts.redisUrl, { maxRetriesPerRequest: 0, enableOfflineQueue: false, lazyConnect: false });
    sub = new Redis(opts.redisUrl, { lazyConnect: false });
    pub.on("error", quiet("publish"));
    sub.on("error", quiet("subscribe"));
    sub.on("message", (channel) => {
      if (channel !== CRISIS_CHANNEL) return;
      // A read already under way may have begun before the change: read again once it is done.
      void (inFlight ?? Promise.resolve()).then(() => {
        checkedAt = Number.NEGATIVE_INFINITY;
        return refresh();
      });
    });
    subscribed = sub.subscribe(CRISIS_CHANNEL).then(
      () => undefined,
      (err: Error) => opts.log?.warn({ err: err.message }, "crisis subscription to Redis failed"),
    );
  }

  return {
    current: () => notice,
    async refreshIfStale() {
      const age = clock().getTime() - checkedAt;
      if (age >= 0 && age < CRISIS_REFRESH_MS) return;
      await refresh();
    },
    async changed() {
      if (inFlight) await inFlight;
      checkedAt = Number.NEGATIVE_INFINITY;
      await refresh();
      pub?.publish(CRISIS_CHANNEL, "changed").catch((err: Error) => opts.log?.warn({ err: err.message }, "crisis publish to Redis failed"));
    },
    ready: () => Promise.race([subscribed, new Promise<void>((r) => setTimeout(r, 2000).unref())]),
    async close() {
      sub?.disconnect();
      pub?.disconnect();
    },
  };
}
