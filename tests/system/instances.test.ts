import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { freePort } from "../../bench/portal-process.ts";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { openDatabase, type Db } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrator.ts";
import { hashPassword } from "../../src/features/admin-auth/passwords.ts";
import { usersRepo } from "../../src/features/admin-users/users.repo.ts";
import { csrfFrom } from "../support/http.ts";
import { createPostgresDatabase, testDbKind } from "../support/app.ts";

/**
 * The portal as it runs in production: real processes on real ports. On PostgreSQL with Redis, two
 * instances share one portal; on SQLite, one instance. Either way an instance is killed with SIGKILL in
 * the middle of a burst of edits and started again, and every edit it acknowledged must be there.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const REDIS_URL = "redis://127.0.0.1:6379";

class Instance {
  process: ChildProcess | null = null;
  output = "";
  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}
  get url() {
    return `http://127.0.0.1:${this.port}`;
  }
  async start() {
    this.output = "";
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: ROOT, env: { ...process.env, ...this.env, PORT: String(this.port) }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d: Buffer) => (this.output = (this.output + d.toString()).slice(-4000)));
    child.stderr.on("data", (d: Buffer) => (this.output = (this.output + d.toString()).slice(-4000)));
    this.process = child;
    const end = Date.now() + 90_000;
    while (Date.now() < end) {
      if (child.exitCode !== null) throw new Error(`instance on ${this.port} exited: ${this.output}`);
      try {
        if ((await fetch(`${this.url}/readyz`)).ok) return;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`instance on ${this.port} did not become ready: ${this.output}`);
  }
  kill(signal: NodeJS.Signals) {
    const p = this.process;
    this.process = null;
    if (!p || p.exitCode !== null) return Promise.resolve();
    return new Promise<void>((resolve) => {
      p.once("exit", () => resolve());
      p.kill(signal);
    });
  }
}

/** A browser of sorts over real HTTP: keeps cookies, reads CSRF tokens, never follows redirects. */
class HttpClient {
  readonly cookies = new Map<string, string>();
  constructor(private readonly headers: Record<string, string> = {}) {}
  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  async request(url: string, init: { method?: string; form?: Record<string, string | string[]> } = {}) {
    const body = init.form ? new URLSearchParams(Object.entries(init.form).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]))) : undefined;
    const res = await fetch(url, {
      method: init.method ?? (body ? "POST" : "GET"),
      redirect: "manual",
      headers: { ...this.headers, ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}), ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
      ...(body ? { body: body.toString() } : {}),
      signal: AbortSignal.timeout(20_000),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      const name = pair!.slice(0, i).trim();
      const value = pair!.slice(i + 1).trim();
      if (value === "" || /max-age=0/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: res.status, location: res.headers.get("location"), body: await res.text() };
  }
  /** Posts a form with the CSRF token read from `formPage`. */
  async post(url: string, formPage: string, form: Record<string, string | string[]>) {
    const token = csrfFrom((await this.request(formPage)).body);
    if (!token) throw new Error(`no form token on ${formPage}`);
    return this.request(url, { form: { _csrf: token, ...form } });
  }
}

const two = testDbKind === "postgres";

describe(`the portal as running processes (${two ? "two instances on PostgreSQL and Redis" : "one instance on SQLite"})`, { timeout: 600_000 }, () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "vsp-system-"));
  let pg: { url: string; drop(): Promise<void> } | null = null;
  let db: Db;
  const instances: Instance[] = [];
  const staff = { email: `editor-${randomUUID().slice(0, 8)}@example.org`, password: "correct horse battery staple" };
  let editor: HttpClient;

  before(async () => {
    pg = two ? await createPostgresDatabase() : null;
    db = openDatabase({ databaseUrl: pg?.url, dataDir });
    await migrateToLatest(db);
    await usersRepo(db.kysely).insert(
      { id: randomUUID(), email: staff.email, name: "Load Editor", password_hash: await hashPassword(staff.password), totp_secret: null, totp_enabled_at: null, created_at: new Date().toISOString(), last_login_at: null, disabled_at: null },
      ["editor"],
      [],
    );
    const env: Record<string, string> = {
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      SECRET_KEY: randomBytes(32).toString("hex"),
      SEED_DEMO: "false",
      COOKIE_SECURE: "false",
      TRUST_PROXY: "true",
      LOG_LEVEL: "warn",
      LOGIN_RATE_PER_MINUTE: "1000",
      OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: "0",
      OVERLOAD_MAX_EVENT_LOOP_UTILIZATION: "0",
      ...(pg ? { DATABASE_URL: pg.url, REDIS_URL } : {}),
    };
    for (let i = 0; i < (two ? 2 : 1); i++) instances.push(new Instance(await freePort(), env));
    // One at a time: the first runs the migrations (already applied here) and checks the taxonomy.
    for (const instance of instances) await instance.start();
    editor = new HttpClient({ "x-forwarded-for": `10.9.${randomInt(256)}.${randomInt(1, 255)}` });
  });

  after(async () => {
    for (const instance of instances) await instance.kill("SIGTERM");
    await db?.destroy();
    await pg?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const A = () => instances[0]!;
  const B = () => instances[instances.length - 1]!;

  it("a staff session made on one instance is valid on the other", async () => {
    const res = await editor.post(`${A().url}/en/admin/login`, `${A().url}/en/admin/login`, { email: staff.email, password: staff.password });
    assert.equal(res.status, 303, res.body.slice(0, 300));
    const page = await editor.request(`${B().url}/en/admin`);
    assert.equal(page.status, 200);
    assert.match(page.body, /Load Editor/);
  });

  it("a page published on one instance is served fresh by the other within a second", async () => {
    const slug = `system-${randomUUID().slice(0, 8)}`;
    const created = await editor.post(`${A().url}/en/admin/content/new`, `${A().url}/en/admin/content/new`, { kind: "page", slug, topic: "rights", audiences: "victims", sortOrder: "0" });
    assert.equal(created.status, 303);
    const editPath = new URL(created.location!, A().url).pathname; // /en/admin/content/<id>/en
    const publish = (base: string, title: string) => editor.post(`${base}${editPath}`, `${base}${editPath}`, { title, summary: "Summary", body: "Body text.", action: "publish" });
    assert.equal((await publish(A().url, "First title")).status, 303);
    const fresh = async (base: string, title: string) => {
      const end = Date.now() + 1000;
      do {
        const page = await fetch(`${base}/en/info/${slug}`).then((r) => r.text());
        if (page.includes(title)) return true;
        await new Promise((r) => setTimeout(r, 50));
      } while (Date.now() < end);
      return false;
    };
    assert.ok(await fresh(B().url, "First title"));
    assert.equal((await publish(B().url, "Second title")).status, 303);
    assert.ok(await fresh(A().url, "Second title"));
  });

  it("a rate limit counts requests on every instance together", async () => {
    const visitor = { "x-forwarded-for": `10.8.${randomInt(256)}.${randomInt(1, 255)}` };
    for (let i = 0; i < 30; i++) {
      const res = await fetch(`${instances[i % instances.length]!.url}/en/learn/verify`, { headers: visitor });
      assert.equal(res.status, 200, `request ${i + 1}`);
    }
    for (const instance of instances) assert.equal((await fetch(`${instance.url}/en/learn/verify`, { headers: visitor })).status, 429);
  });

  it("killing an instance with SIGKILL in the middle of edits loses no acknowledged edit", async () => {
    // Four editors' pages, each saved again and again on alternating instances.
    const pages: string[] = [];
    for (let i = 0; i < 4; i++) {
      const created = await editor.post(`${A().url}/en/admin/content/new`, `${A().url}/en/admin/content/new`, { kind: "page", slug: `load-${i}-${randomUUID().slice(0, 8)}`, topic: "rights", audiences: "victims", sortOrder: "0" });
      pages.push(new URL(created.location!, A().url).pathname);
    }
    const token = csrfFrom((await editor.request(`${A().url}${pages[0]}`)).body)!;
    const acknowledged: string[] = [];
    let stop = false;
    let n = 0;
    const worker = async (page: string, w: number) => {
      let turn = 0;
      while (!stop) {
        const instance = instances[turn++ % instances.length]!;
        const title = `Saved ${w}-${n++}`;
        try {
          const res = await editor.request(`${instance.url}${page}`, { form: { _csrf: token, title, summary: "Summary", body: `Body of ${title}.`, action: "draft" } });
          if (res.status === 303) acknowledged.push(title);
          else assert.fail(`unexpected ${res.status} from a save`);
        } catch (err) {
          if (err instanceof assert.AssertionError) throw err;
          // The killed instance refuses connections; nothing it did not acknowledge is promised.
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    };
    const running = pages.map((p, w) => worker(p, w));
    await new Promise((r) => setTimeout(r, 1500));
    const before = acknowledged.length;
    await A().kill("SIGKILL");
    await new Promise((r) => setTimeout(r, two ? 1500 : 300));
    stop = true;
    await Promise.all(running);
    assert.ok(before > 10, `edits were under way when the instance was killed (${before})`);

    await A().start();
    const rows = await db.kysely.selectFrom("content_revisions").select(["title", "summary", "body"]).where("title", "like", "Saved %").execute();
    const saved = new Set(rows.map((r) => r.title));
    const lost = acknowledged.filter((title) => !saved.has(title));
    assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.length} acknowledged edits are missing`);
    // Nothing half-written: every revision is whole.
    for (const r of rows) assert.equal(r.body, `Body of ${r.title}.`);
    // The restarted instance serves the same session and the latest saves.
    const page = await editor.request(`${A().url}${pages[0]}`);
    assert.equal(page.status, 200);
  });
});
