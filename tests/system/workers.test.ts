import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { type PortalProcess, ROOT, startPortal } from "../../bench/portal-process.ts";
import { testDbKind } from "../support/app.ts";

/**
 * WORKERS=2: one primary prepares the database and forks two worker processes that share the port
 * (Node's cluster module) and, through Redis, what separate instances share. Each worker is a whole
 * portal; a worker that dies is replaced; /metrics counts every worker's requests; SIGTERM stops all.
 * Processes are the same on both databases: this runs on SQLite (tests/system/instances.test.ts runs
 * separate instances on PostgreSQL).
 */
const REDIS_URL = "redis://127.0.0.1:6379";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A GET on a connection of its own (fetch keeps connections open, and one may be to a worker just killed). */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on("error", reject)
      .setTimeout(20_000, function (this: ReturnType<typeof request>) {
        this.destroy(new Error(`no answer from ${url} in 20 s`));
      })
      .end();
  });
}

/** The worker processes of a primary (children running src/main.ts; tsx has a helper child too). */
function workersOf(pid: number): number[] {
  const out = spawnSync("pgrep", ["-P", String(pid), "-f", "src/main.ts"], { encoding: "utf8" }).stdout;
  return out.split("\n").filter(Boolean).map(Number);
}

async function requestsCounted(portal: PortalProcess, route: string): Promise<number> {
  const text = (await get(`${portal.url}/metrics`)).body;
  let total = 0;
  for (const line of text.split("\n")) if (line.startsWith(`vsp_http_requests_total{method="GET",route="${route}",`)) total += Number(line.split(" ").pop());
  return total;
}

describe("several worker processes on one port (WORKERS)", { timeout: 300_000, skip: testDbKind === "postgres" ? "processes are the same on both databases; runs on SQLite" : false }, () => {
  let portal: PortalProcess;

  before(async () => {
    portal = await startPortal({ env: { WORKERS: "2", REDIS_URL } });
    // /readyz answers once one worker listens; wait for the second.
    for (let i = 0; i < 300 && workersOf(portal.pid).length < 2; i++) await sleep(100);
  });
  after(async () => {
    await portal?.stop();
  });

  it("prepares the database once and serves the port from two workers, each a whole portal", async () => {
    assert.equal(workersOf(portal.pid).length, 2);
    // New connections go to the workers in turn: every one is answered the same.
    for (let i = 0; i < 8; i++) {
      const res = await get(`${portal.url}/en/info/your-rights-as-a-victim`);
      assert.equal(res.status, 200);
      assert.match(res.body, /<html lang="en" dir="ltr"/);
    }
  });

  it("counts every worker's requests in /metrics, whichever worker the scrape reaches", async () => {
    const before = await requestsCounted(portal, "/:lang/stories");
    for (let i = 0; i < 10; i++) assert.equal((await get(`${portal.url}/en/stories`)).status, 200);
    for (let i = 0; i < 3; i++) assert.equal(await requestsCounted(portal, "/:lang/stories"), before + 10);
  });

  it("starts another worker when one dies, and keeps answering meanwhile", async () => {
    const [victim, other] = workersOf(portal.pid);
    process.kill(victim!, "SIGKILL");
    // Once the primary has seen it go (it says so in its log; a connection it handed over before then is
    // lost with the worker, as with an instance behind a load balancer), the other worker answers
    // everything until the new one is there.
    const seen = () => portal.output().includes(`"worker":${victim}`);
    for (let i = 0; i < 1500 && !seen(); i++) await sleep(20);
    assert.ok(seen(), "the primary noticed the worker's death");
    for (let i = 0; i < 5; i++) assert.equal((await get(`${portal.url}/en/`)).status, 200);
    let now: number[] = [];
    for (let i = 0; i < 600; i++) {
      now = workersOf(portal.pid);
      if (now.length === 2 && !now.includes(victim!)) break;
      await sleep(100);
    }
    assert.equal(now.length, 2);
    assert.ok(now.includes(other!) && !now.includes(victim!));
  });

  it("stops every worker on SIGTERM", async () => {
    const workers = workersOf(portal.pid);
    await portal.stop();
    const alive = workers.filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
    assert.deepEqual(alive, []);
  });
});

describe("WORKERS without Redis", { skip: testDbKind === "postgres" ? "runs on SQLite" : false }, () => {
  it("refuses to start, saying why", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "vsp-workers-"));
    try {
      const env = { ...process.env, WORKERS: "2", REDIS_URL: "", DATABASE_URL: "", DATA_DIR: dataDir, PORT: "0" };
      let status = 0;
      let stderr = "";
      try {
        execFileSync(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: ROOT, env, stdio: "pipe", timeout: 60_000 });
      } catch (err) {
        const e = err as { status: number; stderr: Buffer };
        status = e.status;
        stderr = e.stderr.toString();
      }
      assert.equal(status, 78);
      assert.match(stderr, /WORKERS: more than one worker process needs REDIS_URL/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
