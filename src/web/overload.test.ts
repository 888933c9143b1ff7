import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../tests/support/app.ts";

/** Keeps the event loop busy, as a surge of requests would. */
function busy(ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    /* spin */
  }
}
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("load shedding", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ env: { OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: "40", OVERLOAD_MAX_EVENT_LOOP_UTILIZATION: "0", OVERLOAD_RETRY_AFTER_SECONDS: "7" } });
  });
  after(async () => t.close());

  it("answers 503 with Retry-After, in the visitor's language, while overloaded, and recovers", async () => {
    assert.equal((await t.app.inject("/fr")).statusCode, 200);
    let shed = false;
    // A loop blocked for over a second shows as delay in the next sample (taken every 500 ms).
    for (let attempt = 0; attempt < 5 && !shed; attempt++) {
      busy(1200);
      await tick(5);
      const res = await t.app.inject("/fr/search?q=aide");
      if (res.statusCode !== 503) continue;
      shed = true;
      assert.equal(res.headers["retry-after"], "7");
      assert.equal(res.headers["cache-control"], "no-store");
      assert.match(res.body, /<html lang="fr"/);
      assert.match(res.body, /Le portail est très sollicité/);
      // Health checks and metrics still answer: the instance is alive, only busy.
      assert.equal((await t.app.inject("/healthz")).statusCode, 200);
      assert.equal((await t.app.inject("/metrics")).statusCode, 200);
    }
    assert.ok(shed, "an overloaded instance sheds load");
    // Once the loop is free again, requests are served.
    let served = false;
    for (let i = 0; i < 20 && !served; i++) {
      await tick(250);
      served = (await t.app.inject("/fr/search?q=aide")).statusCode === 200;
    }
    assert.ok(served, "the instance recovers by itself");
  });
});
