import type { Db } from "../db/database.ts";
import { countriesService } from "../features/countries/countries.service.ts";
import { contentRepo } from "../features/content/content.repo.ts";
import { contentService } from "../features/content/content.service.ts";
import { directoryService } from "../features/directory/directory.service.ts";
import { readJsonDataset } from "../features/directory/hsds/json.ts";
import type { DemoItem } from "./content-types.ts";
import { DEMO_DIRECTORY_SERVICES } from "./directory-demo.ts";
import { DEMO_COUNTRIES_FILE } from "./countries-demo.ts";
import { demoFixedPages, demoNews } from "./content-news.ts";
import { demoPages } from "./content-pages.ts";

export const demoItems: DemoItem[] = [...demoFixedPages, ...demoPages, ...demoNews];

/**
 * Loads the demonstration content once (when the database has no content yet), published in every
 * language it is written in, dated as the demo data says.
 */
export async function seedDemoContent(db: Db, items: DemoItem[] = demoItems): Promise<number> {
  if (await contentRepo(db.kysely).hasAnyItem()) return 0;
  for (const item of items) {
    const at = new Date(`${item.publishedOn}T09:00:00Z`);
    const service = contentService(db, () => at);
    const id = await service.createItem(
      { kind: item.kind, slug: item.slug, topic: item.topic ?? null, audiences: item.audiences, sortOrder: item.sortOrder ?? 0, isDemo: true },
      null,
    );
    for (const [locale, tr] of Object.entries(item.translations)) {
      if (!tr) continue;
      await service.saveTranslation(
        {
          itemId: id,
          locale,
          action: "publish",
          fields: { title: tr.title, summary: tr.summary, body: tr.body, contentWarning: tr.contentWarning ?? null, reviewedOn: item.reviewedOn, note: "demo" },
        },
        null,
      );
    }
  }
  return items.length;
}

/** Loads the demonstration directory (fictional services in several countries and languages) once. */
export async function seedDemoDirectory(db: Db): Promise<number> {
  const directory = directoryService(db, () => new Date());
  if ((await directory.repo.existingIds("service", DEMO_DIRECTORY_SERVICES.map((s) => (s as { id: string }).id))).size > 0) return 0;
  await directory.ensurePortalTaxonomy();
  const report = await directory.importDataset(readJsonDataset(JSON.stringify(DEMO_DIRECTORY_SERVICES)), { publish: true, source: "demo" });
  if (!report.ok) throw new Error(`The demo directory does not import: ${JSON.stringify(report.rejected.slice(0, 3))}`);
  return report.services;
}

/** Loads the demonstration country profiles once (when no profile exists yet). */
export async function seedDemoCountries(db: Db): Promise<number> {
  const countries = countriesService(db);
  if ((await countries.repo.profiles()).length > 0) return 0;
  const result = await countries.importFile(DEMO_COUNTRIES_FILE, { note: "demo" });
  if (!result.ok) throw new Error(`The demo countries do not import: ${result.errors.slice(0, 5).join("; ")}`);
  return result.countries.length;
}
