import { createHash, createHmac } from "node:crypto";
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../db/database.ts";
import { isoDate } from "../../db/time.ts";
import { isLocale } from "../../i18n/locales.ts";
import { statisticsRepo, type DayBatch } from "./statistics.repo.ts";
import "./statistics.tags.ts";

/**
 * Counts page views in memory and writes them in batches (every few seconds and when the app closes),
 * so a page view never waits for, or writes to, the database. See docs/decisions/018.
 */
export interface StatsCollector {
  /** The onResponse hook: looks at a finished response and counts it if it is a public page view. */
  observe(request: FastifyRequest, reply: FastifyReply): void;
  /** Writes what is buffered; safe to call at any time (the dashboard calls it before reading). */
  flush(): Promise<void>;
  /** Starts the periodic flush. */
  start(): void;
  /** Stops the timer and writes what is left. */
  close(): Promise<void>;
}

/** Crawlers, link previews, monitors and command-line tools: not readers. An empty User-Agent is not a browser either. */
const BOT = /bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|monitor|pingdom|uptime|lighthouse|headless|curl|wget|python|java\/|go-http|okhttp|axios|node-fetch|undici|libwww|httpclient/i;

/** Most distinct scopes held between two flushes; beyond it new scopes wait for the next flush (memory stays bounded). */
const MAX_SCOPES = 50_000;
const MAX_PATH = 200;

interface Buffered {
  views: Map<string, number>;
  /** scope → visitors, as an unsalted digest of address and browser that never leaves memory; salted at flush. */
  visitors: Map<string, Set<string>>;
}

export function createStatsCollector(opts: {
  db: Db;
  clock: () => Date;
  log: FastifyBaseLogger;
  enabled: boolean;
  flushMs: number;
}): StatsCollector {
  const repo = statisticsRepo(opts.db.kysely);
  let buffer = new Map<string, Buffered>();
  let scopes = 0;
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> = Promise.resolve();
  const salts = new Map<string, string>();

  function add(day: string, scope: string, visitor: string) {
    let b = buffer.get(day);
    if (!b) buffer.set(day, (b = { views: new Map(), visitors: new Map() }));
    const views = b.views.get(scope);
    if (views === undefined) {
      if (scopes >= MAX_SCOPES) return;
      scopes++;
      b.views.set(scope, 1);
      b.visitors.set(scope, new Set([visitor]));
      return;
    }
    b.views.set(scope, views + 1);
    b.visitors.get(scope)?.add(visitor);
  }

  async function salted(day: string, visitors: Map<string, Set<string>>): Promise<Map<string, Set<string>>> {
    let salt = salts.get(day);
    if (!salt) {
      salt = await repo.saltFor(day);
      salts.clear();
      salts.set(day, salt);
    }
    const key = Buffer.from(salt, "hex");
    const out = new Map<string, Set<string>>();
    for (const [scope, set] of visitors) {
      out.set(scope, new Set([...set].map((v) => createHmac("sha256", key).update(v).digest("hex").slice(0, 32))));
    }
    return out;
  }

  async function write() {
    if (buffer.size === 0) return;
    const taken = buffer;
    buffer = new Map();
    scopes = 0;
    for (const [day, b] of taken) {
      try {
        const batch: DayBatch = { day, views: b.views, visitors: await salted(day, b.visitors) };
        await repo.addBatch(batch);
      } catch (err) {
        // Statistics are not worth failing anything for: the batch is dropped and the failure logged.
        opts.log.warn({ err, day }, "statistics flush failed");
      }
    }
  }

  return {
    observe(request, reply) {
      if (!opts.enabled || request.method !== "GET" || reply.statusCode !== 200) return;
      const route = request.routeOptions.url ?? "";
      if (!route.startsWith("/:lang") || /^\/:lang\/admin(\/|$)/.test(route)) return;
      const type = String(reply.getHeader("content-type") ?? "");
      if (!type.startsWith("text/html")) return;
      const h = request.headers;
      if (h.dnt === "1" || h["sec-gpc"] === "1") return;
      const ua = h["user-agent"] ?? "";
      if (!ua || BOT.test(ua)) return;
      // Staff looking at the public pages are not the readers the statistics are for.
      if (request.staff) return;
      const lang = (request.params as { lang?: string }).lang;
      if (!isLocale(lang)) return;
      const url = request.url.split("?")[0] ?? "";
      let path = url.slice(lang.length + 1) || "/";
      // A private link (a token in the address) is counted under its route, never with the token.
      const privateLink = route.includes(":token") || reply.getHeader("referrer-policy") === "no-referrer";
      if (privateLink || path.length > MAX_PATH) path = route.slice("/:lang".length) || "/";
      const day = isoDate(opts.clock());
      const visitor = createHash("sha256").update(`${request.ip}\n${ua}`).digest("hex");
      add(day, "d:*", visitor);
      add(day, `d:${lang}`, visitor);
      add(day, `p:${lang}:${path}`, visitor);
      for (const tag of request.statsTags ?? []) add(day, `t:${lang}:${tag}`, visitor);
    },

    flush() {
      // One flush at a time: a second caller waits for the first, then writes what came since.
      flushing = flushing.then(write, write);
      return flushing;
    },

    start() {
      if (!opts.enabled || timer) return;
      timer = setInterval(() => void this.flush(), opts.flushMs);
      timer.unref();
    },

    async close() {
      if (timer) clearInterval(timer);
      timer = null;
      await this.flush();
    },
  };
}
