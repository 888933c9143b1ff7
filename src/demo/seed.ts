import type { Db } from "../db/database.ts";
import { contentRepo } from "../features/content/content.repo.ts";
import { contentService } from "../features/content/content.service.ts";
import type { DemoItem } from "./content-types.ts";
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
