import type { Config } from "../config.ts";
import type { CrisisCache, CrisisNotice } from "../features/crisis/crisis.cache.ts";
import type { StatsCollector } from "../features/statistics/statistics.collector.ts";
import type { Db } from "../db/database.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Mailer } from "../jobs/mailer.ts";
import type { MediaStorage } from "../media/storage.ts";
import type { PortalMetrics } from "../features/metrics/metrics.ts";
import type { StaffUser } from "./auth.ts";
import type { PageCache } from "./page-cache.ts";
import type { FieldKeys } from "./secrets.ts";

export interface Services {
  config: Config;
  db: Db;
  keys: { cookie: Buffer; field: FieldKeys };
  mailer: Mailer;
  clock: () => Date;
  /** Uploaded media (stories, videos): the local disk, or S3-compatible storage when configured. */
  storage: MediaStorage;
  /** This instance's copy of the crisis notice (refreshed every 2 s at most, at once through Redis). */
  crisis: CrisisCache;
  /** This instance's Prometheus metrics (served at /metrics). */
  metrics: PortalMetrics;
  /** Rendered pages for anonymous readers, dropped when a table they read changes (shared through Redis when configured). */
  pageCache: PageCache;
  /** Page view counts buffered in memory, written in batches (see docs/decisions/018). */
  stats: StatsCollector;
}

declare module "fastify" {
  interface FastifyInstance {
    services: Services;
  }
  interface FastifyRequest {
    locale: Locale;
    staff: StaffUser | null;
    /**
     * The crisis notice as this request sees it, read once when it arrives: the page cache's key and the
     * page's banner must agree even if the instance's copy changes while the page is rendered.
     */
    crisisNotice: CrisisNotice | null | undefined;
  }
}
