import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../support/app.ts";
import { buildStaff, signIn } from "../support/factories.ts";
import { Client } from "../support/http.ts";

describe("request logs", () => {
  let t: TestApp;
  const lines: string[] = [];
  before(async () => {
    const stream = new PassThrough();
    stream.on("data", (chunk: Buffer) => lines.push(...chunk.toString("utf8").split("\n").filter(Boolean)));
    t = await createTestApp({ env: { LOG_LEVEL: "info" }, logStream: stream });
  });
  after(async () => t.close());

  it("are JSON lines with a request id, the path without its query, and no personal data", async () => {
    const staff = await buildStaff(t, { roles: ["editor"] });
    const editor = await signIn(t, staff);
    await editor.get("/en/admin");
    const reader = new Client(t.app, { "user-agent": "Mozilla/5.0 (Reader) Firefox/133.0", "x-secret-header": "do-not-log" }, "198.51.100.77");
    await reader.get("/en/search?q=my+daughter+Amira+Haddad");
    await reader.post("/en/learn/sign-in", { email: "amira.haddad@example.org" }, { formPage: "/en/learn/sign-in" });
    const all = lines.join("\n");
    assert.ok(lines.length > 4, "requests were logged");
    const entries = lines.map((l) => JSON.parse(l) as { reqId?: string; req?: { path?: string; id?: string } });
    const search = entries.find((e) => e.req?.path === "/en/search");
    assert.ok(search?.reqId && search.req?.id, "each request carries its id");
    // One access line per answer, once it has gone: its status and the time it took.
    const searchLines = entries.filter((e) => e.req?.path === "/en/search") as { msg?: string; res?: { statusCode?: number }; responseTime?: number }[];
    assert.equal(searchLines.length, 1, "one line per request");
    assert.equal(searchLines[0]!.msg, "request completed");
    assert.equal(searchLines[0]!.res?.statusCode, 200);
    assert.equal(typeof searchLines[0]!.responseTime, "number");
    for (const secret of ["Amira", "daughter", "amira.haddad", "example.org", staff.email, staff.password, "198.51.100.77", "do-not-log", "Firefox", "vsp_session", "vsp_csrf", "_csrf"]) {
      assert.ok(!all.includes(secret), `the log holds "${secret}"`);
    }
  });
});
