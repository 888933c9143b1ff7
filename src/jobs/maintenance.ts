import type { Config } from "../config.ts";
import type { Db } from "../db/database.ts";
import { isoDate } from "../db/time.ts";
import { contentService } from "../features/content/content.service.ts";
import { directoryRepo } from "../features/directory/directory.repo.ts";
import { newsletterRepo } from "../features/newsletter/newsletter.repo.ts";
import { statisticsRepo } from "../features/statistics/statistics.repo.ts";
import { storiesHousekeeping, storyFileEraser } from "../features/stories/stories.service.ts";
import { openStorage, uploadTmpDir, type MediaStorage } from "../media/storage.ts";
import { removeStaleUploads } from "../media/upload.ts";
import { sessionRepo } from "../web/session.repo.ts";

/**
 * Periodic housekeeping: publish what is due, forget expired sessions, erase withdrawn stories and
 * expired contact addresses. Every step is idempotent,
 * so several instances may run it at once.
 */
export async function runMaintenance(
  db: Db,
  config: Config,
  clock: () => Date = () => new Date(),
  storage?: MediaStorage,
): Promise<{ published: number; storiesErased: number; contactsForgotten: number }> {
  const published = await contentService(db, clock).publishDue();
  const now = clock().getTime();
  await sessionRepo(db.kysely).deleteExpired(
    new Date(now - config.sessionIdleMinutes * 60_000).toISOString(),
    new Date(now - config.sessionAbsoluteHours * 3_600_000).toISOString(),
  );
  // Withdrawn stories are erased once their grace period ends; contact addresses past retention are forgotten.
  const media = storage ?? (await openStorage(config));
  const stories = await storiesHousekeeping(db, clock, storyFileEraser(media));
  // Uploads cut off by a crash or a restart leave temporary files behind; a day is more than any upload takes.
  await removeStaleUploads(uploadTmpDir(config), 86_400_000, clock().getTime());
  // Newsletter subscriptions never confirmed are forgotten once their link has expired.
  await newsletterRepo(db.kysely).deleteExpiredPending(clock().toISOString());
  // Statistics: a day's salt and visitor hashes are forgotten once the day is over (two minutes' grace
  // for the last batches in flight), leaving only counts; the counts go after the retention period.
  const stats = statisticsRepo(db.kysely);
  await stats.forgetVisitorsBefore(isoDate(new Date(now - 120_000)));
  await stats.deleteCountsBefore(isoDate(new Date(now - config.stats.retentionDays * 86_400_000)));
  // The directory's full-text index gains a segment with every edit; merged, a search reads one.
  await directoryRepo(db.kysely, db.dialect).compactSearchIndex();
  return { published, storiesErased: stories.erased, contactsForgotten: stories.contactsForgotten };
}
