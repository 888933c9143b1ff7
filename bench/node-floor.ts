/**
 * The floor for a Node.js server on this machine: node:http answering every request with the same bytes
 * from memory (the portal's kept article, in the encoding asked for, with the portal's own headers), no
 * framework, no routing. `npm run bench` runs it as a child process beside nginx and the portal, so the
 * table shows how much of nginx's throughput any Node server reaches here, and how close the portal's
 * cache hit comes to that.
 *
 * With `--spend=µs` each answer first spends that much CPU time (hashing, measured on the process's own
 * CPU clock, so a slower machine spends the same time, not the same work): a server that does nothing but
 * a known amount of work per answer. The benchmark uses it to show which latency a given cost per answer
 * allows here at all, whatever the code (decision 028). With `--workers=N` it runs as N processes sharing
 * the port through node:cluster, as the portal does with WORKERS=N.
 *
 * Usage (by bench/run.ts): node bench/node-floor.ts <folder with page.br, page.gz, page.html, headers.json>
 *   [--workers=N] [--spend=µs]
 * Prints one line once every process listens: the port, then the process ids that answer.
 */
import cluster from "node:cluster";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

const dir = process.argv[2];
if (!dir) throw new Error("usage: node bench/node-floor.ts <folder> [--workers=N] [--spend=µs]");
const option = (name: string) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? 0);
const workers = Math.max(1, option("workers"));
const spendUs = Math.max(0, option("spend"));

if (workers > 1 && cluster.isPrimary) {
  // Listening on port 0 in every worker gives them all the same port.
  const pids: number[] = [];
  for (let i = 0; i < workers; i++) {
    const worker = cluster.fork();
    worker.once("listening", (address) => {
      pids.push(worker.process.pid!);
      if (pids.length === workers) console.log([address.port, ...pids].join(" "));
    });
  }
  // Stops once every worker has.
  process.once("SIGTERM", () => {
    cluster.on("exit", () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  });
} else {
  serve();
}

function serve() {
  const br = readFileSync(path.join(dir!, "page.br"));
  const gz = readFileSync(path.join(dir!, "page.gz"));
  const html = readFileSync(path.join(dir!, "page.html"));
  const headers = JSON.parse(readFileSync(path.join(dir!, "headers.json"), "utf8")) as Record<string, string>;
  const block = Buffer.alloc(1024, 7);
  const cpuNow = () => {
    const { user, system } = process.cpuUsage();
    return user + system;
  };
  /** Spends `us` µs of this process's CPU time, in steps of a few µs (one SHA-256 over 2 KB). */
  const spend = (us: number) => {
    const end = cpuNow() + us;
    let digest = block;
    while (cpuNow() < end) digest = createHash("sha256").update(digest).update(block).digest();
    return digest;
  };

  const server = createServer((req, res) => {
    if (spendUs) spend(spendUs);
    for (const name in headers) res.setHeader(name, headers[name]!);
    const accepted = req.headers["accept-encoding"] ?? "";
    const [body, encoding] = accepted.includes("br") ? [br, "br"] : accepted.includes("gzip") ? [gz, "gzip"] : [html, null];
    if (encoding) res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", body.length);
    res.end(body);
  });
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    if (cluster.isPrimary) console.log(`${typeof address === "object" && address ? address.port : ""} ${process.pid}`);
  });
  process.once("SIGTERM", () => server.close(() => process.exit(0)));
}
