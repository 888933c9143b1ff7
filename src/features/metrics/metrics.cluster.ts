import cluster, { type Worker } from "node:cluster";
import { AggregatorRegistry, type MetricObjectWithValues, type MetricValue, type Registry } from "prom-client";

/**
 * /metrics when the port is served by several worker processes (WORKERS): whichever worker a scrape
 * reaches asks the primary, which asks every worker that is listening for its registry and merges them
 * with prom-client's cluster aggregation (counters and CPU time summed); so a scrape sees the whole
 * instance, not one worker. (prom-client's own clusterMetrics() also asks workers still starting, which
 * cannot answer yet.)
 */
const REQUEST = "vsp:metrics-request";
const ANSWER = "vsp:metrics-answer";
const ASK = "vsp:metrics-ask";
const PART = "vsp:metrics-part";
const TIMEOUT_MS = 5_000;

type Metrics = MetricObjectWithValues<MetricValue<string>>[];
type Message =
  | { type: typeof REQUEST; id: number }
  | { type: typeof ANSWER; id: number; text?: string; error?: string }
  | { type: typeof ASK; id: number }
  | { type: typeof PART; id: number; metrics?: Metrics; error?: string };

/** In the primary: answers the workers' requests with every listening worker's metrics, merged. */
export function serveClusterMetrics(): void {
  const listening = new Set<Worker>();
  cluster.on("listening", (worker) => listening.add(worker));
  cluster.on("exit", (worker) => listening.delete(worker));
  let next = 0;
  const gathering = new Map<number, { left: number; parts: Metrics[]; settle: (err: Error | null) => void }>();

  const gather = () =>
    new Promise<string>((resolve, reject) => {
      const workers = [...listening].filter((w) => w.isConnected());
      const id = next++;
      const parts: Metrics[] = [];
      const timer = setTimeout(() => settle(new Error("a worker did not send its metrics in time")), TIMEOUT_MS);
      const settle = (err: Error | null) => {
        if (!gathering.delete(id)) return;
        clearTimeout(timer);
        if (err) reject(err);
        else AggregatorRegistry.aggregate(parts).metrics().then(resolve, reject);
      };
      gathering.set(id, { left: workers.length, parts, settle });
      for (const w of workers) w.send({ type: ASK, id } satisfies Message);
      if (workers.length === 0) settle(null);
    });

  cluster.on("message", (worker: Worker, message: Message) => {
    if (message?.type === REQUEST) {
      gather().then(
        (text) => worker.send({ type: ANSWER, id: message.id, text } satisfies Message),
        (err: Error) => worker.send({ type: ANSWER, id: message.id, error: err.message } satisfies Message),
      );
    } else if (message?.type === PART) {
      const g = gathering.get(message.id);
      if (!g) return;
      if (message.error !== undefined) return g.settle(new Error(message.error));
      g.parts.push(message.metrics ?? []);
      if (--g.left === 0) g.settle(null);
    }
  });
}

/** In a worker (before it listens): sends its registry when the primary asks, and returns how to read every worker's metrics. */
export function workerMetrics(registry: Registry): () => Promise<string> {
  let next = 0;
  const waiting = new Map<number, { resolve: (text: string) => void; reject: (err: Error) => void }>();
  process.on("message", (message: Message) => {
    if (message?.type === ASK) {
      registry.getMetricsAsJSON().then(
        (metrics) => process.send!({ type: PART, id: message.id, metrics: metrics as Metrics } satisfies Message),
        (err: Error) => process.send!({ type: PART, id: message.id, error: err.message } satisfies Message),
      );
    } else if (message?.type === ANSWER) {
      const w = waiting.get(message.id);
      if (!w) return;
      waiting.delete(message.id);
      if (message.error !== undefined) w.reject(new Error(message.error));
      else w.resolve(message.text ?? "");
    }
  });
  return () =>
    new Promise<string>((resolve, reject) => {
      const id = next++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error("the primary did not answer with the workers' metrics"));
      }, TIMEOUT_MS * 2);
      waiting.set(id, {
        resolve: (text) => (clearTimeout(timer), resolve(text)),
        reject: (err) => (clearTimeout(timer), reject(err)),
      });
      process.send!({ type: REQUEST, id } satisfies Message);
    });
}
