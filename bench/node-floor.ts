/**
 * The floor for a Node.js server on this machine: node:http answering every request with the same bytes
 * from memory (the portal's kept article, in the encoding asked for, with the portal's own headers), no
 * framework, no routing, no work. `npm run bench` runs it as a child process beside nginx and the portal,
 * so the table shows how much of nginx's throughput any Node server reaches here, and how close the
 * portal's cache hit comes to that.
 *
 * Usage (by bench/run.ts): node bench/node-floor.ts <folder with page.br, page.gz, page.html, headers.json>
 * Prints the port it listens on, on one line.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

const dir = process.argv[2];
if (!dir) throw new Error("usage: node bench/node-floor.ts <folder>");
const br = readFileSync(path.join(dir, "page.br"));
const gz = readFileSync(path.join(dir, "page.gz"));
const html = readFileSync(path.join(dir, "page.html"));
const headers = JSON.parse(readFileSync(path.join(dir, "headers.json"), "utf8")) as Record<string, string>;

const server = createServer((req, res) => {
  for (const name in headers) res.setHeader(name, headers[name]!);
  const accepted = req.headers["accept-encoding"] ?? "";
  const [body, encoding] = accepted.includes("br") ? [br, "br"] : accepted.includes("gzip") ? [gz, "gzip"] : [html, null];
  if (encoding) res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", body.length);
  res.end(body);
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(typeof address === "object" && address ? address.port : "");
});
process.once("SIGTERM", () => server.close(() => process.exit(0)));
