import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/i18n.ts";
import { requirePermission } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { firstString, parseForm, type FieldErrors, type FormValues } from "../../web/forms.ts";
import { acceptUploads } from "../../web/multipart.ts";
import { sendPage } from "../../web/render.ts";
import { sendStoredMedia } from "../../web/send-media.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { renderCampaignAdminList, renderCampaignEdit, type CampaignEditView } from "./admin-campaigns.views.tsx";
import type { CampaignFull } from "./campaigns.repo.ts";
import { AltFormSchema, CampaignFormSchema, PublishFormSchema, type CampaignForm } from "./campaigns.schema.ts";
import { campaignsService, factsOf, hashtagsOf, variantsOf } from "./campaigns.service.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FILE = /^[0-9a-f-]{36}-\d{2,5}\.(jpg|webp)$/;
type Id = { Params: { lang: string; id: string } };
type ImageId = { Params: { lang: string; id: string; imageId: string } };

/** Staff: campaigns written one language at a time, share-kit images with alt texts, publication. Every action is audited. */
export const adminCampaignsRoutes: FastifyPluginAsync = async (app) => {
  const { db, storage, clock, config } = app.services;
  const campaigns = campaignsService(db, storage, clock);
  const repo = campaigns.repo;
  const audit = auditRepo(db.kysely, clock);

  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", requirePermission("campaigns.manage"));
  await acceptUploads(app, config, { image: { accept: ["image"] } });

  /** The language whose texts are being written: the form's `in`, else `?in=`, else the staff member's own. */
  function textLocale(request: FastifyRequest): Locale {
    const raw = firstString((request.body as Record<string, unknown> | undefined)?.in) ?? firstString((request.query as Record<string, unknown>).in);
    return isLocale(raw) ? raw : request.locale;
  }

  async function load(id: string): Promise<CampaignFull> {
    if (!UUID.test(id)) throw notFound();
    const c = await repo.find(id);
    if (!c) throw notFound();
    return c;
  }

  function textValues(c: CampaignFull, locale: Locale): FormValues {
    const text = c.texts.find((x) => x.locale === locale);
    return { slug: c.slug, title: text?.title ?? "", message: text?.message ?? "", facts: text ? factsOf(text).join("\n") : "", hashtags: text ? hashtagsOf(text).map((h) => `#${h}`).join(" ") : "", share_text: text?.share_text ?? "" };
  }

  function show(request: FastifyRequest, reply: FastifyReply, v: Omit<CampaignEditView, "locale" | "values"> & { values?: FormValues }) {
    const locale = textLocale(request);
    const values = v.values ?? (v.campaign ? textValues(v.campaign, locale) : {});
    return sendPage(reply, renderCampaignEdit(pageContext(request, reply), { ...v, locale, values }), v.errors || v.imageErrors ? 400 : 200);
  }

  const actor = (request: FastifyRequest) => request.staff!.id;
  const back = (request: FastifyRequest, id: string, locale: Locale) => `/${request.locale}/admin/campaigns/${id}?in=${locale}`;
  const toText = (id: string, locale: Locale, f: CampaignForm) => ({ campaign_id: id, locale, title: f.title, message: f.message, facts: f.facts.join("\n"), hashtags: f.hashtags.join(" "), share_text: f.share_text });

  app.get("/admin/campaigns", async (request, reply) => {
    return sendPage(reply, renderCampaignAdminList(pageContext(request, reply), await repo.all()));
  });

  app.get("/admin/campaigns/new", async (request, reply) => show(request, reply, {}));

  app.post("/admin/campaigns", async (request, reply) => {
    const locale = textLocale(request);
    const form = parseForm(CampaignFormSchema, request.body);
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    if (form.ok && (await repo.slugTaken(form.data.slug))) errors.slug = "admin.campaigns.error.slugTaken";
    if (!form.ok || Object.keys(errors).length) return show(request, reply, { values: form.values, errors });
    const at = clock().toISOString();
    const id = await repo.create(form.data.slug, at);
    await repo.saveText(toText(id, locale, form.data), at);
    await audit.record({ userId: actor(request), action: "campaign.create", targetType: "campaign", targetId: id, details: { locale, slug: form.data.slug } });
    setFlash(reply, "admin.campaigns.flash.saved");
    return reply.redirect(back(request, id, locale), 303);
  });

  app.get<Id>("/admin/campaigns/:id", async (request, reply) => show(request, reply, { campaign: await load(request.params.id) }));

  app.post<Id>("/admin/campaigns/:id", async (request, reply) => {
    const campaign = await load(request.params.id);
    const locale = textLocale(request);
    const form = parseForm(CampaignFormSchema, request.body);
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    if (form.ok && (await repo.slugTaken(form.data.slug, campaign.id))) errors.slug = "admin.campaigns.error.slugTaken";
    if (!form.ok || Object.keys(errors).length) return show(request, reply, { campaign, values: form.values, errors });
    const at = clock().toISOString();
    if (form.data.slug !== campaign.slug) await repo.setSlug(campaign.id, form.data.slug, at);
    await repo.saveText(toText(campaign.id, locale, form.data), at);
    await audit.record({ userId: actor(request), action: "campaign.edit", targetType: "campaign", targetId: campaign.id, details: { locale } });
    setFlash(reply, "admin.campaigns.flash.saved");
    return reply.redirect(back(request, campaign.id, locale), 303);
  });

  app.post<Id>("/admin/campaigns/:id/publish", async (request, reply) => {
    const campaign = await load(request.params.id);
    const form = parseForm(PublishFormSchema, request.body);
    if (!form.ok) throw notFound();
    await repo.setStatus(campaign.id, form.data.action === "publish" ? "published" : "draft", clock().toISOString());
    await audit.record({ userId: actor(request), action: `campaign.${form.data.action}`, targetType: "campaign", targetId: campaign.id });
    setFlash(reply, form.data.action === "publish" ? "admin.campaigns.flash.published" : "admin.campaigns.flash.unpublished");
    return reply.redirect(back(request, campaign.id, textLocale(request)), 303);
  });

  app.post<Id>("/admin/campaigns/:id/images", async (request, reply) => {
    const campaign = await load(request.params.id);
    const locale = textLocale(request);
    const form = parseForm(AltFormSchema, request.body);
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    const got = request.uploads.image;
    if (!got) errors.image = "admin.campaigns.error.image.missing";
    else if (!got.ok) errors.image = `admin.campaigns.error.image.${got.reason}` as MessageKey;
    if (!form.ok || !got?.ok || got.kind === "text" || Object.keys(errors).length) return show(request, reply, { campaign, imageValues: form.values, imageErrors: errors });
    const added = await campaigns.addImage(campaign, got.path, locale, form.data.alt);
    if (!added.ok) return show(request, reply, { campaign, imageValues: form.values, imageErrors: { image: "admin.campaigns.error.image.unreadable" } });
    await audit.record({ userId: actor(request), action: "campaign.image_add", targetType: "campaign", targetId: campaign.id, details: { image: added.id, locale } });
    setFlash(reply, "admin.campaigns.flash.imageAdded");
    return reply.redirect(back(request, campaign.id, locale), 303);
  });

  app.post<ImageId>("/admin/campaigns/:id/images/:imageId/alt", async (request, reply) => {
    const campaign = await load(request.params.id);
    const img = campaign.images.find((x) => x.id === request.params.imageId);
    if (!img) throw notFound();
    const locale = textLocale(request);
    const form = parseForm(AltFormSchema, request.body);
    if (!form.ok) return show(request, reply, { campaign, imageErrors: { alt: form.errors.alt ?? "admin.campaigns.error.alt" } });
    await campaigns.setAlt(img, locale, form.data.alt);
    await audit.record({ userId: actor(request), action: "campaign.image_alt", targetType: "campaign", targetId: campaign.id, details: { image: img.id, locale } });
    setFlash(reply, "admin.campaigns.flash.saved");
    return reply.redirect(back(request, campaign.id, locale), 303);
  });

  app.post<ImageId>("/admin/campaigns/:id/images/:imageId/delete", async (request, reply) => {
    const campaign = await load(request.params.id);
    const img = campaign.images.find((x) => x.id === request.params.imageId);
    if (!img) throw notFound();
    await campaigns.removeImage(img);
    await audit.record({ userId: actor(request), action: "campaign.image_delete", targetType: "campaign", targetId: campaign.id, details: { image: img.id } });
    setFlash(reply, "admin.campaigns.flash.imageRemoved");
    return reply.redirect(back(request, campaign.id, textLocale(request)), 303);
  });

  // Images of drafts too, for the staff preview; never cached.
  app.get<{ Params: { lang: string; id: string; file: string } }>("/admin/campaigns/:id/images/:file", async (request, reply) => {
    const campaign = await load(request.params.id);
    if (!FILE.test(request.params.file)) throw notFound();
    const variant = campaign.images.flatMap(variantsOf).find((v) => v.key === `campaigns/${campaign.id}/${request.params.file}`);
    if (!variant) throw notFound();
    return sendStoredMedia(request, reply, storage, variant.key, { cacheControl: "private, no-store" });
  });
};
