import type { FastifyPluginAsync } from "fastify";
import { pageContext, siteOrigin } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { sendPage } from "../../web/render.ts";
import { sendStoredMedia } from "../../web/send-media.ts";
import { campaignsRepo, type CampaignFull } from "./campaigns.repo.ts";
import { buildShareKit, variantsOf } from "./campaigns.service.ts";
import { renderCampaignList, renderCampaignPage } from "./campaigns.views.tsx";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FILE = /^[0-9a-f-]{36}-\d{2,5}\.(jpg|webp)$/;

/** Campaigns for readers: only published ones; the share kit's images and zip come from the portal itself. */
export const campaignsRoutes: FastifyPluginAsync = async (app) => {
  const { db, storage } = app.services;
  const repo = campaignsRepo(db.kysely);

  async function published(slug: string): Promise<CampaignFull> {
    if (!SLUG.test(slug)) throw notFound();
    const c = await repo.findBySlug(slug);
    if (!c || c.status !== "published" || c.texts.length === 0) throw notFound();
    return c;
  }

  app.get("/campaigns", async (request, reply) => {
    return sendPage(reply, renderCampaignList(pageContext(request, reply), await repo.published()));
  });

  app.get<{ Params: { slug: string } }>("/campaigns/:slug", async (request, reply) => {
    return sendPage(reply, renderCampaignPage(pageContext(request, reply), await published(request.params.slug)));
  });

  app.get<{ Params: { slug: string; file: string } }>("/campaigns/:slug/images/:file", async (request, reply) => {
    const c = await published(request.params.slug);
    if (!FILE.test(request.params.file)) throw notFound();
    const variant = c.images.flatMap(variantsOf).find((v) => v.key === `campaigns/${c.id}/${request.params.file}`);
    if (!variant) throw notFound();
    const download = (request.query as { download?: string }).download === "1";
    return sendStoredMedia(request, reply, storage, variant.key, {
      cacheControl: "public, max-age=3600",
      etag: variant.key,
      ...(download ? { downloadName: `${c.slug}-${variant.width}x${variant.height}.${variant.format === "jpeg" ? "jpg" : variant.format}` } : {}),
    });
  });

  // Built once and then served by the page cache until the campaign changes (no Cache-Control of its own).
  app.get<{ Params: { slug: string } }>("/campaigns/:slug/share-kit.zip", async (request, reply) => {
    const c = await published(request.params.slug);
    const zip = await buildShareKit(storage, c, siteOrigin(request));
    return reply
      .type("application/zip")
      .header("Content-Disposition", `attachment; filename="${c.slug}-share-kit.zip"`)
      .send(Buffer.from(zip));
  });
};
