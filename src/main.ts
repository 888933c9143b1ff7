import cluster from "node:cluster";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { type Db, openDatabase } from "./db/database.ts";
import { migrateToLatest } from "./db/migrator.ts";
import { seedDemoCampaigns, seedDemoContent, seedDemoCountries, seedDemoDirectory, seedDemoEvents, seedDemoLearn, seedDemoLibrary, seedDemoSelfAssessment, seedDemoStories, seedDemoTributes, seedDemoVideos } from "./demo/seed.ts";
import { directoryService } from "./features/directory/directory.service.ts";
import { runMaintenance } from "./jobs/maintenance.ts";
import { jobHandlers } from "./jobs/handlers.ts";
import { createMailer } from "./jobs/mailer.ts";
import { createQueue } from "./jobs/queue.ts";
import { serveClusterMetrics, workerMetrics } from "./features/metrics/metrics.cluster.ts";
import { loadMasterKey } from "./web/secrets.ts";

/**
 * Process entry: read config, migrate, seed the demo on first start, listen, shut down gracefully. With
 * WORKERS above 1, this process prepares the database once and then supervises that many workers
 * (Node's cluster module: they share the port), starting again any that dies.
 */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  if (config.workers > 1 && cluster.isPrimary) return supervise(config);

  const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  // A worker finds the database prepared by the primary.
  if (cluster.isPrimary) await prepare(config, db);
  const app = await buildPortal(config, db);
  if (cluster.isPrimary) await seedWithApp(config, db, app);
  if (cluster.isWorker) app.services.metrics.gathered = workerMetrics(app.services.metrics.registry);
  if (config.env === "production" && !config.secretKey) app.log.warn("SECRET_KEY is not set: using the key file in DATA_DIR");

  // Scheduled publications go live within 30 seconds; expired sessions are forgotten.
  const timer = setInterval(() => {
    runMaintenance(db, config, undefined, app.services.storage).catch((err: unknown) => app.log.error({ err }, "maintenance failed"));
  }, 30_000);
  timer.unref();
  await runMaintenance(db, config);

  // Background jobs (newsletter deliveries) from the persistent queue (pg-boss on PostgreSQL, the jobs
  // table on SQLite); a job left by a crash is taken again after its lease.
  const queue = createQueue({ db, handlers: jobHandlers(app.services), onError: (err, job) => app.log.error({ err, job: job?.id, kind: job?.kind }, "job failed") });
  queue.start();

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    // Once (a worker may get the signal from the terminal and again from its primary).
    if (shuttingDown) return;
    shuttingDown = true;
    app.log.info({ signal }, "shutting down");
    clearInterval(timer);
    // The running job finishes; no new one is taken; then pg-boss stops gracefully (its timers end).
    await queue.stop();
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Victims Support Portal on http://localhost:${config.port} (${db.dialect})`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

/** Migrations, the directory's own taxonomies (kept in step at every start) and the demo content. */
async function prepare(config: Config, db: Db): Promise<void> {
  await migrateToLatest(db);
  await directoryService(db).ensurePortalTaxonomy();
  if (config.seedDemo) {
    await seedDemoContent(db);
    await seedDemoDirectory(db);
    await seedDemoCountries(db);
    await seedDemoEvents(db);
    await seedDemoSelfAssessment(db);
    await seedDemoLearn(db);
  }
}

function buildPortal(config: Config, db: Db): Promise<FastifyInstance> {
  return buildApp({
    config,
    db,
    masterKey: loadMasterKey(config.secretKey, config.dataDir),
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir }),
  });
}

/** The demo content that needs the app's services (the media store, field keys). */
async function seedWithApp(config: Config, db: Db, app: FastifyInstance): Promise<void> {
  if (!config.seedDemo) return;
  await seedDemoVideos(db, app.services.storage);
  await seedDemoStories(db, app.services);
  await seedDemoTributes(db);
  await seedDemoCampaigns(db, app.services);
  await seedDemoLibrary(db, app.services);
}

/**
 * The primary of WORKERS processes: prepares the database once, forks the workers, starts another when
 * one dies (after a second, so a worker that cannot start does not spin), and on SIGTERM or SIGINT
 * passes the signal on and exits once every worker has finished its requests and its job.
 */
async function supervise(config: Config): Promise<void> {
  const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await prepare(config, db);
  // Made here when missing, so that the workers do not race to make it.
  loadMasterKey(config.secretKey, config.dataDir);
  if (config.seedDemo) {
    const app = await buildPortal(config, db);
    await seedWithApp(config, db, app);
    await app.close();
  }
  await db.destroy();
  serveClusterMetrics();
  const log = (level: number, msg: string, extra: object = {}) => console.log(JSON.stringify({ level, time: Date.now(), pid: process.pid, msg, ...extra }));
  let stopping = false;
  for (let i = 0; i < config.workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    log(50, "a worker process exited; starting another", { worker: worker.process.pid, code, signal });
    setTimeout(() => cluster.fork(), 1000).unref();
  });
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(30, "shutting down the workers", { signal });
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  log(30, `Victims Support Portal: ${config.workers} worker processes on http://localhost:${config.port}`);
}
