import { translator } from "../../i18n/i18n.ts";
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from "fastify";
import { isLocale } from "../../i18n/locales.ts";
import { pageContext, setFlash, siteOrigin } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { parseForm, toValues } from "../../web/forms.ts";
import { markPrivate, sendPage } from "../../web/render.ts";
import { splitTopics, type SubscriberRow } from "./newsletter.repo.ts";
import { PreferencesSchema, SubscribeSchema } from "./newsletter.schema.ts";
import { CONFIRM_DAYS, managePath, newsletterService, unsubscribePath } from "./newsletter.service.ts";
import { renderCheckEmail, renderConfirmPrompt, renderConfirmed, renderLinkExpired, renderManage, renderSubscribeForm, renderUnsubscribeConfirm, renderUnsubscribed } from "./newsletter.views.tsx";

type Token = { Params: { lang: string; token: string } };
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

function service(app: FastifyInstance) {
  const { db, clock, keys, mailer } = app.services;
  return newsletterService({ db, clock, fieldKey: keys.field, mailer });
}

/** Subscribing (double opt-in), confirming, and the subscriber's own page to change choices or leave. */
export const newsletterRoutes: FastifyPluginAsync = async (app) => {
  const newsletter = service(app);

  app.addHook("onSend", async (request, reply, payload) => {
    if (/\/newsletter\/(confirm|manage)\//.test(request.url)) markPrivate(reply);
    return payload;
  });

  app.get("/newsletter", async (request, reply) =>
    sendPage(reply, renderSubscribeForm(pageContext(request, reply), { values: { language: request.locale, topics: ["news", "events", "remembrance"] } })),
  );

  app.post("/newsletter", { config: { rateLimit: { max: 10, timeWindow: "1 hour" } } }, async (request, reply) => {
    const form = parseForm(SubscribeSchema, request.body);
    if (!form.ok) return sendPage(reply, renderSubscribeForm(pageContext(request, reply), { values: form.values, errors: form.errors }), 400);
    await newsletter.subscribe(form.data, siteOrigin(request));
    return reply.redirect(`/${request.locale}/newsletter/check-email`, 303);
  });

  app.get("/newsletter/check-email", async (request, reply) => sendPage(reply, renderCheckEmail(pageContext(request, reply), CONFIRM_DAYS)));

  // Opening the link shows a button; only pressing it confirms. Mail scanners open every link in a
  // message, and must not subscribe an address on its owner's behalf.
  app.get<Token>("/newsletter/confirm/:token", async (request, reply) => {
    const result = TOKEN.test(request.params.token) ? await newsletter.confirmState(request.params.token) : { state: "unknown" as const };
    if (result.state === "confirmed") return sendPage(reply, renderConfirmed(pageContext(request, reply), managePath(request.locale, result.manageToken)));
    if (result.state === "pending") return sendPage(reply, renderConfirmPrompt(pageContext(request, reply), `/${request.locale}/newsletter/confirm/${request.params.token}`));
    return sendPage(reply, renderLinkExpired(pageContext(request, reply)), result.state === "expired" ? 410 : 404);
  });

  app.post<Token>("/newsletter/confirm/:token", async (request, reply) => {
    const result = TOKEN.test(request.params.token) ? await newsletter.confirm(request.params.token) : { state: "unknown" as const };
    if (result.state !== "confirmed") return sendPage(reply, renderLinkExpired(pageContext(request, reply)), result.state === "expired" ? 410 : 404);
    return sendPage(reply, renderConfirmed(pageContext(request, reply), managePath(request.locale, result.manageToken)));
  });

  async function subscriber(request: FastifyRequest<Token>): Promise<SubscriberRow> {
    const sub = await newsletter.byManageToken(request.params.token);
    if (!sub) throw notFound();
    return sub;
  }

  app.get<Token>("/newsletter/manage/:token", async (request, reply) => {
    const sub = await subscriber(request);
    return sendPage(reply, renderManage(pageContext(request, reply), { action: managePath(request.locale, request.params.token), values: { language: sub.language, topics: splitTopics(sub.topics) } }));
  });

  app.post<Token>("/newsletter/manage/:token", async (request, reply) => {
    const sub = await subscriber(request);
    const form = parseForm(PreferencesSchema, request.body);
    const action = managePath(request.locale, request.params.token);
    if (!form.ok) return sendPage(reply, renderManage(pageContext(request, reply), { action, values: form.values, errors: form.errors }), 400);
    await newsletter.updatePreferences(sub, form.data);
    setFlash(reply, "newsletter.manage.saved");
    return reply.redirect(action, 303);
  });

  app.post<Token>("/newsletter/manage/:token/unsubscribe", async (request, reply) => {
    const sub = await subscriber(request);
    await newsletter.unsubscribe(sub);
    return reply.redirect(`/${request.locale}/newsletter/unsubscribed`, 303);
  });

  app.get("/newsletter/unsubscribed", async (request, reply) => sendPage(reply, renderUnsubscribed(pageContext(request, reply))));
};

/**
 * RFC 8058 one-click unsubscribe, outside the language prefix so the address in List-Unsubscribe never
 * changes. Mail providers POST "List-Unsubscribe=One-Click" here from their servers, with no CSRF token
 * and no cookie: the token in the path is the only authority, and all it can do is unsubscribe. That is
 * why this plugin sits outside the CSRF-checked scope and why src/app.ts lets cross-site posts through
 * for this path alone. A GET shows people a page with one button that posts to the same address.
 */
export const newsletterUnsubscribeRoutes: FastifyPluginAsync = async (app) => {
  const newsletter = service(app);
  // RFC 8058 prefers multipart/form-data; only the path matters, so the body is read and ignored.
  app.addContentTypeParser("multipart/form-data", { parseAs: "string", bodyLimit: 4096 }, (_request, body, done) => done(null, body));

  app.addHook("onSend", async (_request, reply, payload) => {
    markPrivate(reply);
    return payload;
  });

  app.get<Token>("/newsletter/unsubscribe/:token", async (request, reply) => {
    const sub = await newsletter.byManageToken(request.params.token);
    // The page speaks the subscriber's newsletter language.
    if (sub && isLocale(sub.language)) request.locale = sub.language;
    return sendPage(reply, renderUnsubscribeConfirm(pageContext(request, reply), sub ? unsubscribePath(request.params.token) : null), sub ? 200 : 404);
  });

  app.post<Token>("/newsletter/unsubscribe/:token", async (request, reply) => {
    const sub = await newsletter.byManageToken(request.params.token);
    if (sub) await newsletter.unsubscribe(sub);
    const oneClick = typeof request.body === "string" ? /List-Unsubscribe"?\s*=?\s*One-Click/.test(request.body) : toValues(request.body)["List-Unsubscribe"] === "One-Click";
    const lang = sub && isLocale(sub.language) ? sub.language : request.locale;
    // A provider's one-click post gets a plain answer (in the subscriber's language); a person's click goes on to a page.
    if (oneClick) return reply.code(200).type("text/plain; charset=utf-8").send(translator(lang)("newsletter.unsubscribed.title"));
    return reply.redirect(`/${lang}/newsletter/unsubscribed`, 303);
  });
};
