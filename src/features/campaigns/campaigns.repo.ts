import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { CampaignImagesTable, CampaignsTable, CampaignTextsTable, Database } from "../../db/schema.ts";

export type CampaignRow = Selectable<CampaignsTable>;
export type CampaignTextRow = Selectable<CampaignTextsTable>;
export type CampaignImageRow = Selectable<CampaignImagesTable>;
export type CampaignFull = CampaignRow & { texts: CampaignTextRow[]; images: CampaignImageRow[] };

/** Campaigns, their texts per language and their share-kit images: the SQL, and nothing else. */
export function campaignsRepo(db: Kysely<Database>) {
  async function full(c: CampaignRow | undefined): Promise<CampaignFull | undefined> {
    if (!c) return undefined;
    const [texts, images] = await Promise.all([
      db.selectFrom("campaign_texts").selectAll().where("campaign_id", "=", c.id).orderBy("locale").execute(),
      db.selectFrom("campaign_images").selectAll().where("campaign_id", "=", c.id).orderBy("position").orderBy("created_at").execute(),
    ]);
    return { ...c, texts, images };
  }

  return {
    async create(slug: string, at: string): Promise<string> {
      const id = randomUUID();
      await db.insertInto("campaigns").values({ id, slug, status: "draft", published_at: null, created_at: at, updated_at: at }).execute();
      return id;
    },

    async find(id: string): Promise<CampaignFull | undefined> {
      return full(await db.selectFrom("campaigns").selectAll().where("id", "=", id).executeTakeFirst());
    },

    async findBySlug(slug: string): Promise<CampaignFull | undefined> {
      return full(await db.selectFrom("campaigns").selectAll().where("slug", "=", slug).executeTakeFirst());
    },

    async slugTaken(slug: string, exceptId?: string): Promise<boolean> {
      let q = db.selectFrom("campaigns").select("id").where("slug", "=", slug);
      if (exceptId) q = q.where("id", "!=", exceptId);
      return Boolean(await q.executeTakeFirst());
    },

    async setSlug(id: string, slug: string, at: string): Promise<void> {
      await db.updateTable("campaigns").set({ slug, updated_at: at }).where("id", "=", id).execute();
    },

    async saveText(t: Omit<CampaignTextRow, "updated_at">, at: string): Promise<void> {
      const fields = { title: t.title, message: t.message, facts: t.facts, hashtags: t.hashtags, share_text: t.share_text, updated_at: at };
      await db
        .insertInto("campaign_texts")
        .values({ campaign_id: t.campaign_id, locale: t.locale, ...fields })
        .onConflict((oc) => oc.columns(["campaign_id", "locale"]).doUpdateSet(fields))
        .execute();
      await db.updateTable("campaigns").set({ updated_at: at }).where("id", "=", t.campaign_id).execute();
    },

    async setStatus(id: string, status: "draft" | "published", at: string): Promise<void> {
      await db
        .updateTable("campaigns")
        .set(status === "published" ? { status, published_at: at, updated_at: at } : { status, updated_at: at })
        .where("id", "=", id)
        .execute();
    },

    /** Every campaign for the staff list, newest first, with its texts (for titles and languages). */
    async all(): Promise<CampaignFull[]> {
      const rows = await db.selectFrom("campaigns").selectAll().orderBy("created_at", "desc").execute();
      return Promise.all(rows.map(async (r) => (await full(r))!));
    },

    /** Published campaigns, newest publication first, with their texts and images. */
    async published(): Promise<CampaignFull[]> {
      const rows = await db.selectFrom("campaigns").selectAll().where("status", "=", "published").orderBy("published_at", "desc").orderBy("slug").execute();
      return Promise.all(rows.map(async (r) => (await full(r))!));
    },

    /** Published campaigns' addresses and last change, for the sitemap. */
    async publishedPaths(): Promise<{ slug: string; updated_at: string }[]> {
      return db.selectFrom("campaigns").select(["slug", "updated_at"]).where("status", "=", "published").orderBy("slug").execute();
    },

    async addImage(img: { id: string; campaignId: string; variants: string; alts: string; at: string }): Promise<void> {
      const last = await db.selectFrom("campaign_images").select((eb) => eb.fn.max("position").as("p")).where("campaign_id", "=", img.campaignId).executeTakeFirst();
      const position = Number(last?.p ?? 0) + 1;
      await db.insertInto("campaign_images").values({ id: img.id, campaign_id: img.campaignId, position, variants: img.variants, alts: img.alts, created_at: img.at }).execute();
      await db.updateTable("campaigns").set({ updated_at: img.at }).where("id", "=", img.campaignId).execute();
    },

    async setImageAlts(id: string, alts: string): Promise<void> {
      await db.updateTable("campaign_images").set({ alts }).where("id", "=", id).execute();
    },

    async deleteImage(id: string): Promise<void> {
      await db.deleteFrom("campaign_images").where("id", "=", id).execute();
    },
  };
}
export type CampaignsRepo = ReturnType<typeof campaignsRepo>;
