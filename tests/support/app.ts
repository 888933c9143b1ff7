import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { buildApp } from "../../src/app.ts";
import { loadConfig, type Config } from "../../src/config.ts";
import { openDatabase, type Db } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrator.ts";
import { seedDemoContent, seedDemoCountries, seedDemoDirectory } from "../../src/demo/seed.ts";
import { directoryService } from "../../src/features/directory/directory.service.ts";
import { createMailer, type MailMessage, type Mailer } from "../../src/jobs/mailer.ts";

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  config: Config;
  mail: MailMessage[];
  masterKey: Buffer;
  /** Moves the app's clock; starts at real time. */
  clock: { now: Date; advance(ms: number): void };
  close(): Promise<void>;
}

/** Which database this test process runs on: SQLite unless the runner set TEST_DB=postgres. */
export const testDbKind = process.env.TEST_DB === "postgres" ? "postgres" : "sqlite";

/**
 * The settings every test app starts from. Many test files run at once on a small machine, and building
 * an app (migrations on SQLite) holds the event loop: load shedding is off unless a test turns it on
 * (src/web/overload.test.ts does).
 */
export const TEST_ENV = {
  NODE_ENV: "test",
  LOG_LEVEL: "silent",
  OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: "0",
  OVERLOAD_MAX_EVENT_LOOP_UTILIZATION: "0",
} as const;

/** A throwaway PostgreSQL database (for tests that open the same database twice). */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DB=postgres needs TEST_DATABASE_URL");
  const name = `vsp_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** A fresh portal on a fresh database (SQLite file or throwaway PostgreSQL database). */
export async function createTestApp(opts: { seed?: boolean; env?: Record<string, string>; logStream?: NodeJS.WritableStream; outbox?: boolean } = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "vsp-test-"));
  const pgDb = testDbKind === "postgres" ? await createPostgresDatabase() : null;
  const config = loadConfig(
    { ...TEST_ENV, DATA_DIR: dataDir, LOGIN_RATE_PER_MINUTE: "100000", ...(pgDb ? { DATABASE_URL: pgDb.url } : {}), ...opts.env },
    { readDotEnv: false },
  );
  const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir });
  await migrateToLatest(db);
  await directoryService(db).ensurePortalTaxonomy();
  if (opts.seed) {
    await seedDemoContent(db);
    await seedDemoDirectory(db);
    await seedDemoCountries(db);
  }
  const mail: MailMessage[] = [];
  // With `outbox`, mail is also written as .eml files to DATA_DIR/outbox by the real mailer, as in development.
  const eml = opts.outbox ? createMailer({ from: config.mailFrom, dataDir }) : null;
  const mailer: Mailer = {
    send: async (m) => {
      mail.push(m);
      await eml?.send(m);
    },
  };
  const clock = {
    now: new Date(),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const masterKey = randomBytes(32);
  const app = await buildApp({ config, db, masterKey, mailer, clock: () => clock.now, ...(opts.logStream ? { logStream: opts.logStream } : {}) });
  await app.ready();
  return {
    app,
    db,
    config,
    mail,
    masterKey,
    clock,
    async close() {
      await app.close();
      await db.destroy();
      if (pgDb) await pgDb.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const uniqueEmail = () => `staff-${randomUUID().slice(0, 8)}@example.org`;

/** Another app instance on the same data folder and database (a second server of one portal), with its own clock. */
export async function secondInstance(t: TestApp, env: Record<string, string> = {}) {
  const config = loadConfig(
    { ...TEST_ENV, DATA_DIR: t.config.dataDir, ...(t.config.databaseUrl ? { DATABASE_URL: t.config.databaseUrl } : {}), ...env },
    { readDotEnv: false },
  );
  const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const clock = { now: new Date() };
  const app: FastifyInstance = await buildApp({ config, db, masterKey: t.masterKey, mailer: { send: async () => {} }, clock: () => clock.now });
  await app.ready();
  return {
    app,
    clock,
    async close() {
      await app.close();
      await db.destroy();
    },
  };
}
