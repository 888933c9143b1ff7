import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import sharp from "sharp";
import { openDatabase, type Db } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrator.ts";
import { directoryService } from "../../src/features/directory/directory.service.ts";
import { buildPhonePhoto } from "../../src/media/test-fixtures.ts";
import { startPortal } from "../../bench/portal-process.ts";
import { createPostgresDatabase, testDbKind } from "../support/app.ts";
import { hsdsService } from "../support/directory.ts";
import { csrfFrom, multipartBody } from "../support/http.ts";

/**
 * Crashes in the middle of the two long writes of the portal (issue 9, "Data safety"): an HSDS import
 * by the command-line script and story uploads with photos through a running server, each killed with
 * SIGKILL. After a restart an import is all there or not at all, and every story is whole: each one has
 * the photo its author sent, and every file its rows name is in storage, complete.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const SERVICES = 3000;

function run(args: string[], env: Record<string, string>): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out = (out + d.toString()).slice(-4000)));
  child.stderr!.on("data", (d: Buffer) => (out = (out + d.toString()).slice(-4000)));
  return Object.assign(child, { output: () => out });
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = exited(child);
  child.kill("SIGKILL");
  await gone;
}

describe(`crashes during imports and uploads (${testDbKind})`, { timeout: 300_000 }, () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "vsp-crash-"));
  let pg: { url: string; drop(): Promise<void> } | null = null;
  let db: Db;
  let env: Record<string, string>;

  before(async () => {
    pg = testDbKind === "postgres" ? await createPostgresDatabase() : null;
    db = openDatabase({ databaseUrl: pg?.url, dataDir });
    await migrateToLatest(db);
    await directoryService(db).ensurePortalTaxonomy();
    env = {
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      SECRET_KEY: randomBytes(32).toString("hex"),
      SEED_DEMO: "false",
      COOKIE_SECURE: "false",
      TRUST_PROXY: "true",
      LOG_LEVEL: "warn",
      OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: "0",
      OVERLOAD_MAX_EVENT_LOOP_UTILIZATION: "0",
      ...(pg ? { DATABASE_URL: pg.url } : {}),
    };
  });

  after(async () => {
    await db?.destroy();
    await pg?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Whether another process holds a write transaction open right now (the import's). */
  async function writeInProgress(): Promise<boolean> {
    if (pg) {
      const r = await sql<{ n: string | number }>`select count(*) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null`.execute(db.kysely);
      return Number(r.rows[0]?.n ?? 0) > 0;
    }
    const probe = new SQLite(path.join(dataDir, "portal.sqlite"), { timeout: 0 });
    try {
      probe.exec("begin immediate");
      probe.exec("rollback");
      return false;
    } catch (err) {
      if ((err as { code?: string }).code === "SQLITE_BUSY") return true;
      throw err;
    } finally {
      probe.close();
    }
  }

  const serviceCount = async () => Number((await db.kysely.selectFrom("directory_services").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

  it("an HSDS import killed in the middle of its transaction leaves nothing; run again, it is all there", async () => {
    const file = path.join(dataDir, "dataset.json");
    writeFileSync(file, JSON.stringify(Array.from({ length: SERVICES }, () => hsdsService({ country: "FR", city: "Lyon", lat: 45.76, lon: 4.83 }))));
    const before = await serviceCount();
    const importer = run(["scripts/hsds-import.ts", file], env);
    // Killed once its write transaction has been open for two looks in a row (the import, not the
    // brief taxonomy check before it).
    let seen = 0;
    while (seen < 2 && importer.exitCode === null) {
      seen = (await writeInProgress()) ? seen + 1 : 0;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(importer.exitCode, null, `the import ended before it could be killed: ${importer.output()}`);
    await killHard(importer);
    assert.equal(await serviceCount(), before, "nothing of the killed import is there");

    const again = run(["scripts/hsds-import.ts", file], env);
    assert.equal(await exited(again), 0, again.output());
    assert.equal(await serviceCount(), before + SERVICES, "all of it, once");
    // The search listings are built in the same transaction: every imported service is findable.
    const unlisted = await db.kysely.selectFrom("directory_services as s").leftJoin("directory_listings as l", "l.service_id", "s.service_id").select("s.service_id").where("l.id", "is", null).execute();
    assert.deepEqual(unlisted, []);
  });

  it("a server killed in the middle of story uploads keeps every acknowledged story whole, and no story without its photo", async () => {
    // Each start takes a free port; the addresses below are used only while this server runs.
    const start = () => startPortal({ env, readyTimeoutMs: 90_000 });
    let server = await start();
    const url = server.url;
    const photo = await buildPhonePhoto(900, 600);
    const acknowledged: string[] = [];
    let stop = false;
    let address = 0;
    const share = async () => {
      // Each post from its own address: sharing is rate-limited per address.
      const from = `10.77.${Math.floor(++address / 250)}.${(address % 250) + 1}`;
      const form = await fetch(`${url}/en/stories/share`, { headers: { "x-forwarded-for": from } });
      const cookie = form.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      const title = `Crash ${randomUUID().slice(0, 8)}`;
      const body = multipartBody(
        { _csrf: csrfFrom(await form.text())!, body: "This is the garden where we used to sit, before that night.", title, language: "en", country: "NO", year: "", attack: "", content_warning: "", naming: "anonymous", display_name: "", publish: "yes", translate: "no", quote: "no", email: "" },
        [{ name: "media", filename: "garden.jpg", type: "image/jpeg", content: photo }],
      );
      const res = await fetch(`${url}/en/stories/share`, { method: "POST", redirect: "manual", headers: { "x-forwarded-for": from, cookie, "content-type": body.contentType }, body: new Uint8Array(body.payload), signal: AbortSignal.timeout(20_000) });
      if (res.status === 303) acknowledged.push(title);
      else assert.fail(`unexpected ${res.status} from a share: ${(await res.text()).slice(0, 300)}`);
    };
    const worker = async () => {
      while (!stop) {
        try {
          await share();
        } catch (err) {
          if (err instanceof assert.AssertionError) throw err;
          // The killed server refuses connections: nothing it did not acknowledge is promised.
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    };
    const running = [worker(), worker(), worker()];
    while (acknowledged.length < 3) await new Promise((r) => setTimeout(r, 50));
    await server.kill();
    stop = true;
    await Promise.all(running);

    server = await start();
    try {
      const stories = await db.kysely.selectFrom("stories").leftJoin("story_media as m", "m.story_id", "stories.id").select(["stories.id", "stories.title", "m.files"]).execute();
      const titles = new Set(stories.map((s) => s.title));
      assert.deepEqual(acknowledged.filter((t) => !titles.has(t)), [], "every acknowledged story is there");
      assert.deepEqual(stories.filter((s) => !s.files).map((s) => s.title), [], "no story without the photo its author sent");
      // Every file a row names is in storage, complete (it decodes), with its content type beside it.
      const mediaDir = path.join(dataDir, "media");
      for (const s of stories) {
        for (const f of JSON.parse(s.files!) as { key: string; contentType: string }[]) {
          const file = path.join(mediaDir, f.key);
          assert.ok(existsSync(file), `${f.key} is in storage`);
          const meta = await sharp(file).metadata();
          assert.ok(meta.width && meta.height, `${f.key} is a whole image`);
        }
      }
      // A story the server had not acknowledged left at most files no row names (never a row without files).
      assert.ok((await readdir(mediaDir)).length > 0);
    } finally {
      await server.kill();
    }
  });
});
