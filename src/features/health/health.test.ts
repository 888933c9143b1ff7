import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";

describe("health, errors and security headers", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ seed: true });
  });
  after(() => t.close());

  it("answers /healthz and /readyz with JSON", async () => {
    const h = await t.app.inject("/healthz");
    assert.equal(h.statusCode, 200);
    assert.deepEqual(h.json(), { status: "ok" });
    const r = await t.app.inject("/readyz");
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().status, "ok");
  });

  it("says not ready when the database does not answer", async () => {
    const original = t.db.ping;
    t.db.ping = async () => {
      throw new Error("connection refused");
    };
    try {
      const r = await t.app.inject("/readyz");
      assert.equal(r.statusCode, 503);
      assert.equal(r.json().status, "unavailable");
      assert.doesNotMatch(r.body, /connection refused/);
    } finally {
      t.db.ping = original;
    }
  });

  it("shows a translated 404 page for unknown paths, in the language of the path", async () => {
    const fr = await t.app.inject("/fr/nulle-part");
    assert.equal(fr.statusCode, 404);
    assert.match(fr.body, /<html lang="fr" dir="ltr">/);
    const ar = await t.app.inject("/ar/info/no-such-page");
    assert.equal(ar.statusCode, 404);
    assert.match(ar.body, /<html lang="ar" dir="rtl">/);
    const other = await t.app.inject({ url: "/xx/yy", headers: { "accept-language": "ru" } });
    assert.equal(other.statusCode, 404);
    assert.match(other.body, /<html lang="ru"/);
  });

  it("answers a malformed address with the translated 400 page", async () => {
    for (const url of ["/en/%E0%A4%A", "/%ff"]) {
      const r = await t.app.inject(url);
      assert.equal(r.statusCode, 400, url);
      assert.match(String(r.headers["content-type"]), /text\/html/);
      assert.match(r.body, /<h1>/);
    }
  });

  it("answers 413 with a page for oversized bodies and keeps what was saved", async () => {
    const before = await t.db.kysely.selectFrom("feedback").select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
    const r = await t.app.inject({
      method: "POST",
      url: "/en/info/safety/feedback",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: `useful=yes&comment=${"a".repeat(t.config.bodyLimitBytes + 10)}`,
    });
    assert.equal(r.statusCode, 413);
    assert.match(r.body, /<h1>/);
    const afterCount = await t.db.kysely.selectFrom("feedback").select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
    assert.equal(Number(afterCount?.n), Number(before?.n));
  });

  it("never shows a database error's text", async () => {
    // Every statement fails when it runs (queries are built, and some compiled, when the app starts).
    const broken = t.db.kysely.withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async () => {
        throw new Error("SQLITE_CORRUPT secret detail");
      },
    });
    const { buildApp } = await import("../../app.ts");
    const app2 = await buildApp({ config: t.config, db: { ...t.db, kysely: broken }, masterKey: t.masterKey, mailer: { send: async () => {} } });
    try {
      const r = await app2.inject("/en/news");
      assert.equal(r.statusCode, 500);
      assert.doesNotMatch(r.body, /SQLITE_CORRUPT|secret detail/);
      assert.match(r.body, /[0-9a-f]{8}-[0-9a-f]{4}-/, "shows a request reference");
    } finally {
      await app2.close();
    }
  });

  it("sends a strict CSP that runs only the portal's own script file, and the other security headers", async () => {
    const a = await t.app.inject("/en/");
    const csp = String(a.headers["content-security-policy"]);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|nonce-/);
    assert.match(csp, /object-src 'none'/);
    assert.match(csp, /base-uri 'none'/);
    assert.match(csp, /frame-ancestors 'none'/);
    // No inline script to run: every <script> either loads a same-origin file or is JSON-LD data.
    for (const tag of a.body.match(/<script\b[^>]*>/g) ?? []) assert.match(tag, /src="\/static\/|type="application\/ld\+json"/, tag);
    assert.equal(a.headers["x-content-type-options"], "nosniff");
    assert.equal(a.headers["referrer-policy"], "strict-origin-when-cross-origin");
    assert.equal(a.headers["strict-transport-security"], undefined, "no HSTS over plain HTTP");
  });

  it("adds HSTS behind TLS when the proxy is trusted", async () => {
    const tls = await createTestApp({ env: { TRUST_PROXY: "true" } });
    try {
      const r = await tls.app.inject({ url: "/healthz", headers: { "x-forwarded-proto": "https" } });
      assert.match(String(r.headers["strict-transport-security"]), /max-age=\d+/);
    } finally {
      await tls.close();
    }
  });

  it("sets no cookie for anonymous readers of pages without forms", async () => {
    for (const url of ["/en/", "/en/info", "/en/news", "/ar/search?q=x", "/healthz"]) {
      const r = await t.app.inject(url);
      assert.equal(r.headers["set-cookie"], undefined, url);
    }
  });
});
