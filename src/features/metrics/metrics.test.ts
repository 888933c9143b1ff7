import assert from "node:assert/strict";
import { randomInt } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { createTestApp, secondInstance, type TestApp } from "../../../tests/support/app.ts";
import { Client } from "../../../tests/support/http.ts";
import { createQueue } from "../../jobs/queue.ts";

const REDIS_URL = "redis://127.0.0.1:6379";

/** The value of one series in Prometheus' text format, or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split("\n")) {
    if (!line.startsWith(`${name}{`)) continue;
    const inner = line.slice(name.length + 1, line.indexOf("}"));
    const got = Object.fromEntries([...inner.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(line.slice(line.indexOf("}") + 1));
  }
  return undefined;
}

describe("Prometheus metrics", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => t.close());

  it("counts requests by route pattern and status, never by the address as sent", async () => {
    const client = new Client(t.app);
    await client.get("/en/search?q=secret+words");
    await client.get("/en/search?q=other");
    await client.get("/en/no-such-page-abc");
    const res = await client.get("/metrics");
    assert.equal(res.statusCode, 200);
    assert.match(res.headers["content-type"] as string, /^text\/plain/);
    assert.equal(res.headers["cache-control"], "no-store");
    assert.equal(sample(res.body, "vsp_http_requests_total", { method: "GET", route: "/:lang/search", status: "200" }), 2);
    assert.equal(sample(res.body, "vsp_http_requests_total", { method: "GET", route: "unmatched", status: "404" }), 1);
    assert.ok((sample(res.body, "vsp_http_request_duration_seconds_count", { method: "GET", route: "/:lang/search" }) ?? 0) >= 2);
    assert.doesNotMatch(res.body, /secret|no-such-page/);
    assert.match(res.body, /vsp_process_resident_memory_bytes|vsp_nodejs_heap_size_used_bytes/);
  });

  it("reports the jobs waiting in the queue by kind", async () => {
    const queue = createQueue({ db: t.db });
    await queue.enqueue({ kind: "metrics-test", payload: {}, maxAttempts: 1 });
    await queue.enqueue({ kind: "metrics-test", payload: {}, maxAttempts: 1 });
    const res = await new Client(t.app).get("/metrics");
    assert.equal(sample(res.body, "vsp_queue_jobs_waiting", { kind: "metrics-test" }), 2);
  });

  it("answers only direct loopback connections when no token is configured", async () => {
    assert.equal((await new Client(t.app, {}, "203.0.113.9").get("/metrics")).statusCode, 404);
    assert.equal((await new Client(t.app).get("/metrics", { "x-forwarded-for": "203.0.113.9" })).statusCode, 404);
  });
});

describe("Prometheus metrics with a token", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ env: { METRICS_TOKEN: "scrape-token-0123456789" } });
  });
  after(async () => t.close());

  it("wants the bearer token, from anywhere", async () => {
    const far = new Client(t.app, {}, "203.0.113.9");
    assert.equal((await far.get("/metrics")).statusCode, 404);
    assert.equal((await far.get("/metrics", { authorization: "Bearer wrong-token-0123456789" })).statusCode, 404);
    const ok = await far.get("/metrics", { authorization: "Bearer scrape-token-0123456789" });
    assert.equal(ok.statusCode, 200);
    assert.match(ok.body, /vsp_http_requests_total/);
  });
});

describe("rate limits shared through Redis", () => {
  let t: TestApp;
  let second: Awaited<ReturnType<typeof secondInstance>>;
  before(async () => {
    t = await createTestApp({ env: { REDIS_URL } });
    second = await secondInstance(t, { REDIS_URL });
  });
  after(async () => {
    await second.close();
    await t.close();
  });

  it("counts one visitor's requests on both instances together", async () => {
    // A fresh address per run: the counters live in the shared Redis for a minute.
    const address = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
    const a = new Client(t.app, {}, address);
    const b = new Client(second.app, {}, address);
    // The certificate check allows 30 a minute per address.
    for (let i = 0; i < 30; i++) {
      const res = await (i % 2 ? b : a).get("/en/learn/verify");
      assert.equal(res.statusCode, 200, `request ${i + 1}`);
    }
    assert.equal((await a.get("/en/learn/verify")).statusCode, 429);
    assert.equal((await b.get("/en/learn/verify")).statusCode, 429);
    // Another visitor is not affected.
    assert.equal((await new Client(second.app, {}, `${address.split(".").slice(0, 3).join(".")}.0`).get("/en/learn/verify")).statusCode, 200);
  });
});
