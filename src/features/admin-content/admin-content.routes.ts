import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { LOCALES, isLocale, type Locale } from "../../i18n/locales.ts";
import { requirePermission } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { forbidden, notFound } from "../../web/errors.ts";
import { firstString, parseForm, type FieldErrors, type FormValues } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { can } from "../../web/auth.ts";
import { splitAudiences } from "../content/content.repo.ts";
import { STATUSES, warnsByDefault } from "../content/content.taxonomy.ts";
import { translator } from "../../i18n/i18n.ts";
import { contentService } from "../content/content.service.ts";
import { feedbackRepo } from "../feedback/feedback.repo.ts";
import { pickTranslation } from "../content/pick.ts";
import { dashboardRepo } from "./admin-content.repo.ts";
import { ItemInputSchema, ItemMetaSchema, TranslationInputSchema } from "./admin-content.schema.ts";
import {
  renderContentList,
  renderDashboard,
  renderEditTranslation,
  renderFeedbackDetail,
  renderFeedbackSummary,
  renderItem,
  renderNewItem,
  renderPreview,
  renderRevisions,
  renderTranslations,
  type ItemRow,
} from "./admin-content.views.tsx";

type ItemParams = { Params: { lang: string; id: string } };
type TrParams = { Params: { lang: string; id: string; locale: string } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The staff dashboard, content editing with revisions and scheduling, translations and feedback. */
export const adminContentRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const service = contentService(db, clock);
  const repo = service.repo;
  const dashboard = dashboardRepo(db.kysely);
  const feedback = feedbackRepo(db.kysely, clock);

  app.addHook("onRequest", requireStaff);

  /** Each item's language versions with their workflow state, in one query for all the items. */
  async function translationsByItem(itemIds: string[]): Promise<Map<string, ItemRow["translations"]>> {
    const byItem = new Map<string, ItemRow["translations"]>();
    for (const t of await repo.listTranslations(itemIds)) {
      if (!isLocale(t.locale)) continue;
      const tr = byItem.get(t.item_id) ?? {};
      tr[t.locale] = { status: t.status, title: t.title, published: Boolean(t.published_revision_id), scheduledAt: t.scheduled_revision_id ? t.publish_at : null };
      byItem.set(t.item_id, tr);
    }
    return byItem;
  }

  async function itemRows(filter: { kind?: string; status?: string } = {}): Promise<ItemRow[]> {
    const items = await repo.listItemsForStaff({ kind: filter.kind });
    const byItem = await translationsByItem(items.map((i) => i.id));
    const rows = items.map((i) => ({ id: i.id, kind: i.kind, slug: i.slug, topic: i.topic, translations: byItem.get(i.id) ?? {} }));
    return filter.status ? rows.filter((r) => Object.values(r.translations).some((t) => t?.status === filter.status)) : rows;
  }

  type Item = NonNullable<Awaited<ReturnType<typeof repo.findItemById>>>;
  async function showItem(request: FastifyRequest, reply: FastifyReply, item: Item, form?: { errors: FieldErrors; values: FormValues }) {
    const meta = { id: item.id, kind: item.kind, slug: item.slug, topic: item.topic, audiences: splitAudiences(item.audiences), sortOrder: item.sort_order, sexualViolence: item.sexual_violence === 1 };
    const translations = (await translationsByItem([item.id])).get(item.id) ?? {};
    return sendPage(reply, renderItem(pageContext(request, reply), meta, translations, form), form ? 400 : 200);
  }

  async function loadItem(id: string) {
    if (!UUID.test(id)) throw notFound();
    const item = await repo.findItemById(id);
    if (!item) throw notFound();
    return item;
  }

  function loadLocale(value: string): Locale {
    if (!isLocale(value)) throw notFound();
    return value;
  }

  app.get("/admin", async (request, reply) => {
    const counts = await dashboard.statusCounts();
    const { items, translations } = await dashboard.itemAndTranslationCounts();
    return sendPage(
      reply,
      renderDashboard(pageContext(request, reply), {
        inReview: counts.in_review ?? 0,
        drafts: counts.draft ?? 0,
        scheduled: counts.scheduled ?? 0,
        missing: items * LOCALES.length - translations,
        feedback: await dashboard.feedbackCount(),
      }),
    );
  });

  app.get("/admin/content", async (request, reply) => {
    const q = request.query as Record<string, unknown>;
    const kind = ["page", "news"].includes(firstString(q.kind) ?? "") ? (firstString(q.kind) as string) : "";
    const status = (STATUSES as readonly string[]).includes(firstString(q.status) ?? "") ? (firstString(q.status) as string) : "";
    const rows = await itemRows({ ...(kind ? { kind } : {}), ...(status ? { status } : {}) });
    return sendPage(reply, renderContentList(pageContext(request, reply), rows, { kind, status }));
  });

  app.get("/admin/content/new", { preHandler: requirePermission("content.edit") }, async (request, reply) =>
    sendPage(reply, renderNewItem(pageContext(request, reply), { values: { kind: "page", sortOrder: "0" } })),
  );

  app.post("/admin/content/new", { preHandler: requirePermission("content.edit") }, async (request, reply) => {
    const form = parseForm(ItemInputSchema, request.body);
    if (!form.ok) return sendPage(reply, renderNewItem(pageContext(request, reply), form), 400);
    if (await repo.findItemBySlug(form.data.kind, form.data.slug)) {
      return sendPage(reply, renderNewItem(pageContext(request, reply), { errors: { slug: "admin.content.error.slugTaken" }, values: form.values }), 400);
    }
    const id = await service.createItem(
      { kind: form.data.kind, slug: form.data.slug, topic: form.data.topic, audiences: form.data.audiences, sortOrder: form.data.sortOrder, sexualViolence: form.data.sexualViolence },
      request.staff!.id,
    );
    setFlash(reply, "admin.content.created");
    return reply.redirect(`/${request.locale}/admin/content/${id}/${request.locale}`, 303);
  });

  app.get<ItemParams>("/admin/content/:id", async (request, reply) => showItem(request, reply, await loadItem(request.params.id)));

  app.post<ItemParams>("/admin/content/:id/meta", { preHandler: requirePermission("content.edit") }, async (request, reply) => {
    const item = await loadItem(request.params.id);
    const form = parseForm(ItemMetaSchema, request.body);
    if (!form.ok) return showItem(request, reply, item, form);
    await service.updateItemMeta(item.id, { topic: form.data.topic, audiences: form.data.audiences, sortOrder: form.data.sortOrder, sexualViolence: form.data.sexualViolence }, request.staff!.id);
    setFlash(reply, "admin.content.saved");
    return reply.redirect(`/${request.locale}/admin/content/${item.id}`, 303);
  });

  async function editInfo(itemId: string, locale: Locale) {
    const item = await loadItem(itemId);
    const translation = await repo.findTranslation(item.id, locale);
    const current = translation ? await repo.findRevision(translation.current_revision_id) : undefined;
    const others = (await repo.findPublishedBySlug(item.kind as "page" | "news", item.slug)).filter((v) => v.locale !== locale);
    const source = pickTranslation(others, "en");
    return {
      item,
      translation,
      current,
      info: {
        itemId: item.id,
        slug: item.slug,
        kind: item.kind,
        locale,
        status: translation?.status ?? null,
        published: Boolean(translation?.published_revision_id),
        warnsByDefault: warnsByDefault({ topic: item.topic, sexualViolence: item.sexual_violence === 1 }),
        source: source ? { locale: source.locale, title: source.title, summary: source.summary, body: source.body } : null,
      },
    };
  }

  const editGuard = { preHandler: requirePermission("content.translate") };

  app.get<TrParams>("/admin/content/:id/:locale", editGuard, async (request, reply) => {
    const locale = loadLocale(request.params.locale);
    const { current, translation, info } = await editInfo(request.params.id, locale);
    // A page about sexual violence starts with the default warning, in the version's language, unless an editor removed it.
    const defaultWarning = info.warnsByDefault && !current?.warning_removed ? translator(locale)("content.warning.sexualViolence") : "";
    const values: FormValues = current
      ? {
          title: current.title,
          summary: current.summary,
          body: current.body,
          contentWarning: current.content_warning ?? defaultWarning,
          reviewedOn: translation?.reviewed_on ?? "",
          ...(info.warnsByDefault && current.warning_removed ? { removeWarning: "yes" } : {}),
        }
      : { reviewedOn: clock().toISOString().slice(0, 10), contentWarning: defaultWarning };
    return sendPage(reply, renderEditTranslation(pageContext(request, reply), info, { values }));
  });

  app.post<TrParams>("/admin/content/:id/:locale", editGuard, async (request, reply) => {
    const locale = loadLocale(request.params.locale);
    const { item, info } = await editInfo(request.params.id, locale);
    const form = parseForm(TranslationInputSchema, request.body);
    const ctx = pageContext(request, reply);
    if (!form.ok) return sendPage(reply, renderEditTranslation(ctx, info, form), 400);
    const data = form.data;
    if ((data.action === "publish" || data.action === "schedule") && !can(request.staff, "content.publish")) throw forbidden();
    if (data.action === "preview") {
      const removed = info.warnsByDefault && data.removeWarning;
      const contentWarning = removed ? null : (data.contentWarning ?? (info.warnsByDefault ? translator(locale)("content.warning.sexualViolence") : null));
      const article = { locale, title: data.title, summary: data.summary, body: data.body, contentWarning, reviewedOn: data.reviewedOn, publishedOn: item.first_published_at, isDemo: item.is_demo === 1 };
      return sendPage(reply, renderPreview(ctx, item.kind === "news" ? "news" : "page", article, info, form.values));
    }
    await service.saveTranslation(
      {
        itemId: item.id,
        locale,
        action: data.action,
        publishAt: data.action === "schedule" ? data.publishAt : null,
        fields: {
          title: data.title,
          summary: data.summary,
          body: data.body,
          contentWarning: data.contentWarning,
          // Only a page that warns by default can have its warning removed; elsewhere an empty field already means none.
          warningRemoved: info.warnsByDefault && data.removeWarning,
          reviewedOn: data.reviewedOn,
          note: data.note,
        },
      },
      request.staff!.id,
    );
    setFlash(reply, data.action === "publish" ? "admin.content.published" : data.action === "schedule" ? "admin.content.scheduled" : data.action === "review" ? "admin.content.submitted" : "admin.content.saved");
    return reply.redirect(`/${request.locale}/admin/content/${item.id}`, 303);
  });

  app.post<TrParams>("/admin/content/:id/:locale/unpublish", { preHandler: requirePermission("content.publish") }, async (request, reply) => {
    const locale = loadLocale(request.params.locale);
    const item = await loadItem(request.params.id);
    await service.unpublish(item.id, locale, request.staff!.id);
    setFlash(reply, "admin.content.unpublished");
    return reply.redirect(`/${request.locale}/admin/content/${item.id}`, 303);
  });

  app.get<TrParams>("/admin/content/:id/:locale/revisions", editGuard, async (request, reply) => {
    const locale = loadLocale(request.params.locale);
    const item = await loadItem(request.params.id);
    const translation = await repo.findTranslation(item.id, locale);
    if (!translation) throw notFound();
    const revisions = await repo.listRevisions(translation.id);
    const q = request.query as Record<string, unknown>;
    const [a, b] = [firstString(q.a), firstString(q.b)];
    let compare = null;
    if (a && b) {
      const [ra, rb] = [await repo.findRevision(a), await repo.findRevision(b)];
      if (!ra || !rb || ra.translation_id !== translation.id || rb.translation_id !== translation.id) throw notFound();
      const [older, newer] = ra.number <= rb.number ? [ra, rb] : [rb, ra];
      compare = { a: older, b: newer };
    }
    const info = { itemId: item.id, slug: item.slug, locale, currentId: translation.current_revision_id, publishedId: translation.published_revision_id };
    return sendPage(reply, renderRevisions(pageContext(request, reply), info, revisions, compare));
  });

  app.post<{ Params: { lang: string; id: string; locale: string; rev: string } }>(
    "/admin/content/:id/:locale/revisions/:rev/restore",
    editGuard,
    async (request, reply) => {
      const locale = loadLocale(request.params.locale);
      const item = await loadItem(request.params.id);
      if (!UUID.test(request.params.rev)) throw notFound();
      const ok = await service.restoreRevision(item.id, locale, request.params.rev, request.staff!.id);
      if (!ok) throw notFound();
      setFlash(reply, "admin.revisions.restored");
      return reply.redirect(`/${request.locale}/admin/content/${item.id}/${locale}`, 303);
    },
  );

  app.get("/admin/translations", editGuard, async (request, reply) => {
    const missing = firstString((request.query as Record<string, unknown>).missing) ?? "";
    const missingIn = isLocale(missing) ? missing : "";
    return sendPage(reply, renderTranslations(pageContext(request, reply), await itemRows(), missingIn));
  });

  const feedbackGuard = { preHandler: requirePermission("feedback.view") };
  app.get("/admin/feedback", feedbackGuard, async (request, reply) =>
    sendPage(reply, renderFeedbackSummary(pageContext(request, reply), await feedback.summaryByItem())),
  );
  app.get<ItemParams>("/admin/feedback/:id", feedbackGuard, async (request: FastifyRequest<ItemParams>, reply: FastifyReply) => {
    const item = await loadItem(request.params.id);
    return sendPage(reply, renderFeedbackDetail(pageContext(request, reply), item.slug, await feedback.listForItem(item.id)));
  });
};
