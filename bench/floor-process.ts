import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * bench/node-floor.ts as a child process: a bare node:http server answering with the files of `dir`
 * (page.br, page.gz, page.html, headers.json), in `workers` processes, spending `spendUs` µs of CPU time
 * on each answer. `cpuSeconds()` reads the CPU time its answering processes have used so far.
 */
export interface FloorProcess {
  readonly url: string;
  /** The processes that answer (the workers, or the one process). */
  readonly pids: number[];
  /** The process started (the cluster's primary with several workers). */
  readonly child: ChildProcess;
  cpuSeconds(): number;
  stop(): Promise<void>;
}

export async function startFloor(dir: string, opts: { workers?: number; spendUs?: number } = {}): Promise<FloorProcess> {
  const args = [`--workers=${opts.workers ?? 1}`, `--spend=${opts.spendUs ?? 0}`];
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "node-floor.ts"), dir, ...args], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const [port, ...pids] = await new Promise<number[]>((resolve, reject) => {
    child.stdout!.once("data", (d: Buffer) => resolve(d.toString().trim().split(" ").map(Number)));
    child.once("exit", (code) => reject(new Error(`the Node floor exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    pids,
    child,
    cpuSeconds: () => pids.reduce((sum, pid) => sum + processCpuSeconds(pid), 0),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}

const clockTicks = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim()) || 100;

/** The CPU time (user and system, every thread) a process has used so far, from /proc (Linux). */
export function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}
