import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * The instance's Prometheus registry. One per app (tests build many apps in one process), so nothing
 * uses prom-client's global registry. Route labels are Fastify's route patterns ("/:lang/stories/:id"),
 * never the address as sent, so the number of series stays bounded and no id or search word is exported.
 */
export interface PortalMetrics {
  registry: Registry;
  requests: Counter<"method" | "route" | "status">;
  duration: Histogram<"method" | "route">;
  /** Hits and misses of the portal's caches, by cache name. */
  cache: Counter<"cache" | "result">;
  /** Jobs waiting in the persistent queue, by kind (read when scraped). */
  queueDepth: Gauge<"kind">;
  /** Set in a cluster worker (WORKERS above 1): the metrics of every worker, gathered by the primary. */
  gathered?: () => Promise<string>;
}

export function createMetrics(readQueueDepth: () => Promise<Array<{ kind: string; count: number }>>): PortalMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "vsp_" });
  const requests = new Counter({
    name: "vsp_http_requests_total",
    help: "HTTP requests answered, by method, route pattern and status code.",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "vsp_http_request_duration_seconds",
    help: "Time to answer HTTP requests, by method and route pattern.",
    labelNames: ["method", "route"] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  const cache = new Counter({
    name: "vsp_cache_requests_total",
    help: "Cache look-ups, by cache and result (hit or miss).",
    labelNames: ["cache", "result"] as const,
    registers: [registry],
  });
  const queueDepth = new Gauge({
    name: "vsp_queue_jobs_waiting",
    help: "Jobs waiting or running in the persistent queue, by kind.",
    labelNames: ["kind"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of await readQueueDepth()) this.set({ kind: row.kind }, row.count);
    },
  });
  return { registry, requests, duration, cache, queueDepth };
}
