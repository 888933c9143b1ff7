import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { pageContext, setFlash } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { parseForm, type FormValues } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import type { StoryRow } from "./stories.repo.ts";
import { ConsentSchema, ShareFormSchema, StoryTextSchema } from "./stories.schema.ts";
import { storiesService } from "./stories.service.ts";
import { renderAuthorEdit, renderConsentForm, renderPrivatePage, renderShareForm, renderWithdrawConfirm } from "./stories-author.views.tsx";

type Mine = { Params: { lang: string; token: string } };

/**
 * Telling a story, and the author's private link: status, edits, consent, withdrawal. The link's token
 * is the only key; pages under it are never cached, never indexed and never sent on as a Referer.
 */
export const storiesAuthorRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock, config, keys, mailer } = app.services;
  const stories = storiesService(db, clock, {
    fieldKey: keys.field,
    contactRetentionDays: config.storyContactRetentionDays,
    withdrawalGraceHours: config.storyWithdrawalGraceHours,
  });

  app.addHook("onSend", async (request, reply, payload) => {
    if (request.url.includes("/stories/mine/") || request.url.includes("/stories/share")) {
      reply.header("Cache-Control", "no-store");
      reply.header("Referrer-Policy", "no-referrer");
      reply.header("X-Robots-Tag", "noindex");
    }
    return payload;
  });

  app.get("/stories/share", async (request, reply) =>
    sendPage(reply, renderShareForm(pageContext(request, reply), { values: { naming: "anonymous", language: request.locale }, retentionDays: config.storyContactRetentionDays })),
  );

  app.post("/stories/share", { config: { rateLimit: { max: 10, timeWindow: "1 hour" } } }, async (request, reply) => {
    const form = parseForm(ShareFormSchema, request.body);
    if (!form.ok) {
      return sendPage(reply, renderShareForm(pageContext(request, reply), { values: form.values, errors: form.errors, retentionDays: config.storyContactRetentionDays }), 400);
    }
    const d = form.data;
    const { token } = await stories.submit(d, { naming: d.naming, displayName: d.display_name ?? null, publish: d.publish, translate: d.translate, quote: d.quote }, d.email);
    const path = `/${request.locale}/stories/mine/${token}`;
    if (d.email) {
      const t = pageContext(request, reply).t;
      await mailer.send({
        to: d.email,
        subject: t("stories.mail.subject"),
        text: t("stories.mail.body", { link: `${pageContext(request, reply).origin}${path}` }),
      });
    }
    return reply.redirect(`${path}?sent=${d.email ? "2" : "1"}`, 303);
  });

  async function mine(request: FastifyRequest<Mine>): Promise<StoryRow> {
    const story = await stories.byToken(request.params.token);
    if (!story) throw notFound();
    return story;
  }

  function textValues(s: StoryRow): FormValues {
    return { title: s.title ?? "", body: s.original_body, language: s.language, country: s.country ?? "", year: s.year ? String(s.year) : "", attack: s.attack ?? "", content_warning: s.content_warning ?? "" };
  }

  function consentValues(s: StoryRow): FormValues {
    return { naming: s.naming, display_name: s.display_name ?? "", publish: s.consent_publish ? "yes" : "no", translate: s.consent_translate ? "yes" : "no", quote: s.consent_quote ? "yes" : "no" };
  }

  const back = (request: FastifyRequest<Mine>, reply: FastifyReply) => reply.redirect(`/${request.locale}/stories/mine/${request.params.token}`, 303);

  app.get<Mine>("/stories/mine/:token", async (request, reply) => {
    const story = await mine(request);
    const sent = (request.query as { sent?: string }).sent;
    return sendPage(
      reply,
      renderPrivatePage(pageContext(request, reply), { token: request.params.token, story, justSent: sent === "1" || sent === "2", emailed: sent === "2", graceHours: config.storyWithdrawalGraceHours }),
    );
  });

  app.get<Mine>("/stories/mine/:token/edit", async (request, reply) => {
    const story = await mine(request);
    if (story.status === "withdrawn") return back(request, reply);
    return sendPage(reply, renderAuthorEdit(pageContext(request, reply), { token: request.params.token, values: textValues(story) }));
  });

  app.post<Mine>("/stories/mine/:token/edit", async (request, reply) => {
    const story = await mine(request);
    const form = parseForm(StoryTextSchema, request.body);
    if (!form.ok) return sendPage(reply, renderAuthorEdit(pageContext(request, reply), { token: request.params.token, values: form.values, errors: form.errors }), 400);
    await stories.authorEdit(story, form.data);
    setFlash(reply, "stories.flash.edited");
    return back(request, reply);
  });

  app.get<Mine>("/stories/mine/:token/consent", async (request, reply) => {
    const story = await mine(request);
    if (story.status === "withdrawn") return back(request, reply);
    return sendPage(reply, renderConsentForm(pageContext(request, reply), { token: request.params.token, values: consentValues(story) }));
  });

  app.post<Mine>("/stories/mine/:token/consent", async (request, reply) => {
    const story = await mine(request);
    const form = parseForm(ConsentSchema, request.body);
    if (!form.ok) return sendPage(reply, renderConsentForm(pageContext(request, reply), { token: request.params.token, values: form.values, errors: form.errors }), 400);
    if (story.status !== "withdrawn") {
      const d = form.data;
      await stories.changeConsent(story, { naming: d.naming, displayName: d.display_name ?? null, publish: d.publish, translate: d.translate, quote: d.quote });
    }
    setFlash(reply, "stories.flash.consent");
    return back(request, reply);
  });

  app.get<Mine>("/stories/mine/:token/withdraw", async (request, reply) => {
    await mine(request);
    return sendPage(reply, renderWithdrawConfirm(pageContext(request, reply), { token: request.params.token, graceHours: config.storyWithdrawalGraceHours }));
  });

  app.post<Mine>("/stories/mine/:token/withdraw", async (request, reply) => {
    const story = await mine(request);
    if (story.status !== "withdrawn") await stories.withdraw(story);
    setFlash(reply, "stories.flash.withdrawn");
    return back(request, reply);
  });

  app.post<Mine>("/stories/mine/:token/undo", async (request, reply) => {
    const story = await mine(request);
    setFlash(reply, (await stories.undoWithdrawal(story)) ? "stories.flash.undone" : "stories.flash.tooLate");
    return back(request, reply);
  });
};
