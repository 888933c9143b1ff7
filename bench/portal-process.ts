import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { type IncomingHttpHeaders, request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { slope } from "./mixed-traffic.ts";

/**
 * The portal as a separate process on a loopback port, as it runs in production: the benchmark and the
 * soak tests measure it from outside, so their own work (autocannon, fetch loops) is not in its figures.
 */
export const ROOT = path.resolve(import.meta.dirname, "..");

export interface PortalProcess {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  readonly dataDir: string;
  /** The last few KB the process wrote (standard output and error), for error messages. */
  output(): string;
  /** Sends a signal to the process (false when it has exited). */
  signal(signal: NodeJS.Signals): boolean;
  /** SIGTERM, then SIGKILL after 10 s; removes the data folder when it was made here. */
  stop(): Promise<void>;
  /** SIGKILL (a crash), resolved once the process has gone; keeps the data folder. */
  kill(): Promise<void>;
}

export interface PortalOptions {
  /** Settings on top of the defaults below (a production portal on SQLite with the demo content, quiet, no load shedding). */
  env?: Record<string, string>;
  /** Node flags placed before `--import tsx` (e.g. --expose-gc). */
  nodeFlags?: string[];
  /** Modules imported after tsx and before src/main.ts. */
  preload?: string[];
  /**
   * Appends the portal's standard output (its JSON log) to `portal.log` in its data folder, as a log
   * file or a log collector would take it; by default it is read here (the last few KB are kept for
   * error messages).
   */
  logToFile?: boolean;
  /** How long to wait for /readyz (the demo seed takes several seconds). */
  readyTimeoutMs?: number;
}

/** A free loopback port (asked of the kernel, then released for the child to take). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node --import tsx src/main.ts` on a fresh data folder and waits until /readyz answers 200. */
export async function startPortal(opts: PortalOptions = {}): Promise<PortalProcess> {
  const ownDataDir = opts.env?.DATA_DIR === undefined;
  const dataDir = opts.env?.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "vsp-portal-"));
  const port = await freePort();
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    // Empty means unset for the portal's config: SQLite in DATA_DIR unless the caller gives a database.
    DATABASE_URL: "",
    REDIS_URL: "",
    METRICS_TOKEN: "",
    SECRET_KEY: randomBytes(32).toString("hex"),
    LOG_LEVEL: "silent",
    // Load shedding is off: a benchmark drives the portal to the load at which shedding would answer 503.
    OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: "0",
    OVERLOAD_MAX_EVENT_LOOP_UTILIZATION: "0",
    ...opts.env,
    DATA_DIR: dataDir,
    PORT: String(port),
  };
  const args = [...(opts.nodeFlags ?? []), "--import", "tsx", ...(opts.preload ?? []).flatMap((p) => ["--import", p]), "src/main.ts"];
  const logFd = opts.logToFile ? openSync(path.join(dataDir, "portal.log"), "a") : null;
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", logFd ?? "pipe", "pipe"] });
  if (logFd !== null) closeSync(logFd);
  let output = "";
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-8000));
  child.stdout?.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  const end = Date.now() + (opts.readyTimeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`the portal exited before it was ready (code ${child.exitCode ?? child.signalCode}):\n${output}`);
    }
    try {
      if ((await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) })).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > end) {
      await stop();
      throw new Error(`the portal did not become ready within ${(opts.readyTimeoutMs ?? 120_000) / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port,
    pid: child.pid!,
    dataDir,
    output: () => output,
    signal: (s) => child.exitCode === null && child.signalCode === null && child.kill(s),
    stop,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}

/** Reads the portal's own memory figures from /metrics (answered on loopback without a token). */
export async function readMemory(url: string): Promise<{ heapUsed: number; heapKept: number; rss: number }> {
  const text = await (await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(10_000) })).text();
  const value = (name: string) => {
    const m = new RegExp(`^${name} ([0-9.e+]+)`, "m").exec(text);
    if (!m) throw new Error(`/metrics has no ${name}`);
    return Number(m[1]);
  };
  const heapUsed = value("vsp_nodejs_heap_size_used_bytes");
  // The machine code V8 compiles as it optimizes more of the portal under a long, varied load grows for
  // minutes (a heap snapshot diff of the soak: most of its growth was optimized code), and is bounded by
  // the program, not by what it keeps: the heap the portal keeps leaves the code spaces out.
  const code = value('vsp_nodejs_heap_space_size_used_bytes\\{space="code"\\}') + value('vsp_nodejs_heap_space_size_used_bytes\\{space="code_large_object"\\}');
  return { heapUsed, heapKept: heapUsed - code, rss: value("vsp_process_resident_memory_bytes") };
}

/**
 * How the heap moved over memory samples taken after full collections: the slope (MB a minute, least
 * squares) and growth of the heap the portal keeps, and the slope with V8's compiled code counted.
 */
export function heapTrend(samples: ReadonlyArray<{ t: number; heapUsed: number; heapKept: number }>): { perMinute: number; withCode: number; grownBytes: number } {
  const MB = 1024 * 1024;
  const first = samples[0];
  const last = samples[samples.length - 1];
  return {
    perMinute: slope(samples.map((s) => [s.t, s.heapKept / MB] as const)),
    withCode: slope(samples.map((s) => [s.t, s.heapUsed / MB] as const)),
    grownBytes: first && last ? last.heapKept - first.heapKept : 0,
  };
}

/** The portal's CPU time so far (user + system, seconds), from /metrics. */
export async function readCpuSeconds(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(10_000) })).text();
  const m = /^vsp_process_cpu_seconds_total ([0-9.e+-]+)/m.exec(text);
  if (!m) throw new Error("/metrics has no vsp_process_cpu_seconds_total");
  return Number(m[1]);
}

/**
 * One GET on a connection of its own (so that with several worker processes the cluster hands requests out
 * in turn): the status, headers and body as sent on the wire for one accept-encoding, not decompressed.
 */
export function fetchRaw(url: string, encoding: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { "accept-encoding": encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(20_000, () => req.destroy(new Error(`timeout on ${url}`)));
    req.end();
  });
}
