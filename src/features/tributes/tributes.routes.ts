import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { MessageKey } from "../../i18n/i18n.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { keptParams, parseForm, toValues, type FieldErrors, type FormValues } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { deriveKey } from "../../web/secrets.ts";
import { tributesRepo } from "./tributes.repo.ts";
import { TributeFormSchema, WallQuerySchema } from "./tributes.schema.ts";
import { cleanLine, cleanMessage, reviewList } from "./tributes.text.ts";
import { formTimer } from "./tributes.timing.ts";
import { renderWall } from "./tributes.views.tsx";

const PAGE_SIZE = 20;
/**
 * The wall is read by many on 21 August, so its page is kept, but only this long: its form carries the
 * signed time the page was rendered, and a kept copy hands that time to every reader until it is dropped.
 * The minimum time on page is counted from that time plus this, so a reader who got a copy this old
 * still spends the minimum time on the page before sending.
 */
export const WALL_KEPT_SECONDS = 10;
/** Posts allowed from one address in an hour (a person leaves one or two; a robot many). */
export const TRIBUTES_PER_HOUR = 5;

const TIMING_ERRORS: Record<"too_fast" | "expired" | "invalid", MessageKey> = {
  too_fast: "remembrance.tributes.error.tooFast",
  expired: "remembrance.tributes.error.expired",
  invalid: "remembrance.tributes.error.expired",
};

/**
 * The tribute wall: anyone may leave a short message of solidarity, with no e-mail address. Robots are
 * held off without any third party: a rate limit per address, a honeypot field, a minimum time on the
 * page (a signed timestamp in the form, see WALL_KEPT_SECONDS), and a review list that sends messages to
 * closer review. Nothing appears before a moderator approves it.
 */
export const tributesRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock, config, keys } = app.services;
  const repo = tributesRepo(db.kysely);
  const timer = formTimer(deriveKey(keys.field.current.key, "tribute-form-timing"));
  const review = reviewList(config.tributeReviewWords);

  async function showWall(request: FastifyRequest, reply: FastifyReply, form: { values: FormValues; errors?: FieldErrors; token: string }, status: number) {
    const query = parseForm(WallQuerySchema, request.method === "GET" ? request.query : {});
    const page = query.ok ? query.data.page : 1;
    const [list, facets] = await Promise.all([repo.wall(query.ok ? query.data : {}, PAGE_SIZE, (page - 1) * PAGE_SIZE), repo.wallFacets()]);
    const pageCount = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
    if (query.ok && page > pageCount) throw notFound();
    const params = keptParams(query.values, ["page"]);
    // Filters as understood ("mx" is Mexico), so the choices show selected.
    const filterValues = query.ok ? { language: query.data.language ?? "", country: query.data.country ?? "" } : query.values;
    const view = { filters: { values: filterValues, errors: query.ok ? undefined : query.errors }, rows: list.rows, total: list.total, page, pageCount, facets, params, form };
    return sendPage(reply, renderWall(pageContext(request, reply), view), query.ok ? status : 400);
  }

  app.get("/remembrance/tributes", async (request, reply) => {
    request.keepPageMs = WALL_KEPT_SECONDS * 1000;
    return showWall(request, reply, { values: { message_language: request.locale }, token: timer.issue(clock()) }, 200);
  });

  app.post("/remembrance/tributes", { config: { rateLimit: { max: TRIBUTES_PER_HOUR, timeWindow: "1 hour" } } }, async (request, reply) => {
    const raw = toValues(request.body);
    const values: FormValues = {
      ...raw,
      message: typeof raw.message === "string" ? cleanMessage(raw.message) : undefined,
      name: typeof raw.name === "string" ? cleanLine(raw.name) : undefined,
    };
    const form = parseForm(TributeFormSchema, values);
    const token = typeof values.started === "string" ? values.started : undefined;
    // With no minimum set (0), the age of a kept copy does not matter either.
    const minimum = config.tributeMinSeconds > 0 ? config.tributeMinSeconds + WALL_KEPT_SECONDS : 0;
    const timing = timer.check(token, clock(), minimum);
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    // The words are kept and the link leads to them: the writer reads them again and sends once more.
    if (timing !== "ok" && !errors.message) errors.message = TIMING_ERRORS[timing];
    if (!form.ok || Object.keys(errors).length) {
      // A form sent too soon keeps its own time, so waiting is enough; a stale or foreign one gets a new one.
      const next = timing === "too_fast" || timing === "ok" ? token! : timer.issue(clock());
      const { website: _robot, started: _token, ...kept } = form.values;
      return showWall(request, reply, { values: kept, errors, token: next }, 400);
    }
    const flagged = review.find(form.data.message);
    if (form.data.name) flagged.push(...review.find(form.data.name).filter((w) => !flagged.includes(w)));
    await repo.add({
      body: form.data.message,
      name: form.data.name,
      country: form.data.author_country,
      language: form.data.message_language,
      status: flagged.length ? "flagged" : "pending",
      flaggedWords: flagged,
      at: clock().toISOString(),
    });
    // The same answer whether it was flagged or not: the list is the moderators' business.
    setFlash(reply, "remembrance.tributes.flash.sent");
    return reply.redirect(`/${request.locale}/remembrance/tributes`, 303);
  });
};
