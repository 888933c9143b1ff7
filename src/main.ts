import { buildApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { openDatabase } from "./db/database.ts";
import { migrateToLatest } from "./db/migrator.ts";
import { seedDemoCampaigns, seedDemoContent, seedDemoCountries, seedDemoDirectory, seedDemoEvents, seedDemoLearn, seedDemoLibrary, seedDemoSelfAssessment, seedDemoStories, seedDemoTributes, seedDemoVideos } from "./demo/seed.ts";
import { directoryService } from "./features/directory/directory.service.ts";
import { runMaintenance } from "./jobs/maintenance.ts";
import { jobHandlers } from "./jobs/handlers.ts";
import { createMailer } from "./jobs/mailer.ts";
import { createQueue } from "./jobs/queue.ts";
import { loadMasterKey } from "./web/secrets.ts";

/** Process entry: read config, migrate, seed the demo on first start, listen, shut down gracefully. */
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
  const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(db);
  // The directory's own taxonomies (service types in six languages) are kept in step at every start.
  await directoryService(db).ensurePortalTaxonomy();
  if (config.seedDemo) {
    await seedDemoContent(db);
    await seedDemoDirectory(db);
    await seedDemoCountries(db);
    await seedDemoEvents(db);
    await seedDemoSelfAssessment(db);
    await seedDemoLearn(db);
  }
  const app = await buildApp({
    config,
    db,
    masterKey: loadMasterKey(config.secretKey, config.dataDir),
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir }),
  });
  // The demo documentary needs the media store, which the app opens.
  if (config.seedDemo) {
    await seedDemoVideos(db, app.services.storage);
    await seedDemoStories(db, app.services);
    await seedDemoTributes(db);
    await seedDemoCampaigns(db, app.services);
    await seedDemoLibrary(db, app.services);
  }
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

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, "shutting down");
    clearInterval(timer);
    // The running job finishes; no new one is taken; then pg-boss stops gracefully (its timers end).
    await queue.stop();
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Victims Support Portal on http://localhost:${config.port} (${db.dialect})`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
