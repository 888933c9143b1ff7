import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { pageContext, type PageContext } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { keptParams, parseForm } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { monthGrid, monthQueryRange } from "./events.calendar.ts";
import { eventsAtom, eventsCalendar } from "./events.feeds.ts";
import type { EventFull } from "./events.repo.ts";
import { CalendarQuerySchema, ListQuerySchema, type EventFilters } from "./events.schema.ts";
import { eventsService } from "./events.service.ts";
import { eventTitle } from "./events.text.ts";
import { firstDayOfWeek } from "./events.time.ts";
import { renderCalendar, renderEventList, renderEventPage } from "./events.views.tsx";

const PAGE_SIZE = 20;
/** How many events a calendar file or feed carries at most. */
const FEED_LIMIT = 500;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FEED_CACHE = "public, max-age=300";

/** Events for readers (published only): upcoming, calendar month, past archive, each event, its .ics, the language's .ics and Atom feed. */
export const eventsRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const events = eventsService(db, clock);
  const repo = events.repo;

  async function list(request: FastifyRequest, reply: FastifyReply, mode: "upcoming" | "past") {
    const form = parseForm(ListQuerySchema, request.query);
    const filters: EventFilters = form.ok ? form.data : {};
    const page = form.ok ? form.data.page : 1;
    const [result, languages] = await Promise.all([repo.list(mode, clock().toISOString(), filters, PAGE_SIZE, (page - 1) * PAGE_SIZE), repo.publishedLanguages()]);
    const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    if (form.ok && page > pageCount) throw notFound();
    return sendPage(
      reply,
      renderEventList(pageContext(request, reply), { mode, values: form.values, errors: form.ok ? undefined : form.errors, rows: result.rows, total: result.total, page, pageCount, params: keptParams(form.values, ["page"]), languages }),
      form.ok ? 200 : 400,
    );
  }

  app.get("/events", (request, reply) => list(request, reply, "upcoming"));
  app.get("/events/past", (request, reply) => list(request, reply, "past"));

  app.get("/events/calendar", async (request, reply) => {
    const form = parseForm(CalendarQuerySchema, request.query);
    const today = clock().toISOString().slice(0, 10);
    const month = (form.ok ? form.data.month : undefined) ?? today.slice(0, 7);
    const filters: EventFilters = form.ok ? form.data : {};
    const range = monthQueryRange(month);
    const [found, languages] = await Promise.all([repo.overlapping(range.from, range.to, filters), repo.publishedLanguages()]);
    const grid = monthGrid(month, firstDayOfWeek(request.locale), found);
    const inMonth = found.filter((e) => grid.weeks.some((w) => w.some((d) => d?.events.includes(e))));
    const values = form.ok ? { ...form.values, month } : form.values;
    return sendPage(
      reply,
      renderCalendar(pageContext(request, reply), { grid, today, values, errors: form.ok ? undefined : form.errors, params: keptParams(form.ok ? form.values : {}, ["month"]), languages, events: inMonth }),
      form.ok ? 200 : 400,
    );
  });

  /** A calendar file of the given events, named for download or served for subscription. */
  function sendCalendar(reply: FastifyReply, ctx: PageContext, list: EventFull[], name: string, filename: string | null) {
    const ics = eventsCalendar(ctx, list, name);
    reply.type("text/calendar; charset=utf-8").header("Cache-Control", FEED_CACHE).header("X-Content-Type-Options", "nosniff");
    if (filename) reply.header("Content-Disposition", `attachment; filename="${filename}"`);
    return reply.send(ics);
  }

  app.get("/events.ics", async (request, reply) => {
    const { rows } = await repo.list("upcoming", clock().toISOString(), {}, FEED_LIMIT, 0);
    const ctx = pageContext(request, reply);
    return sendCalendar(reply, ctx, rows, `${ctx.t("events.title")} – ${ctx.t("site.name")}`, null);
  });

  app.get("/events.atom", async (request, reply) => {
    const { rows } = await repo.list("upcoming", clock().toISOString(), {}, FEED_LIMIT, 0);
    const atom = eventsAtom(pageContext(request, reply), rows, clock());
    return reply.type("application/atom+xml; charset=utf-8").header("Cache-Control", FEED_CACHE).send(atom);
  });

  // "/events/<slug>" is the event's page, "/events/<slug>.ics" its calendar file.
  app.get<{ Params: { slug: string } }>("/events/:slug", async (request, reply) => {
    const raw = request.params.slug;
    const ics = raw.endsWith(".ics");
    const slug = ics ? raw.slice(0, -4) : raw;
    if (!SLUG.test(slug)) throw notFound();
    const e = await repo.findBySlug(slug);
    if (!e || e.publication !== "published") throw notFound();
    if (ics) return sendCalendar(reply, pageContext(request, reply), [e], eventTitle(e, request.locale), `${e.slug}.ics`);
    return sendPage(reply, renderEventPage(pageContext(request, reply), e, clock()));
  });
};
