import type { FastifyPluginAsync } from "fastify";
import { pageContext } from "../../web/context.ts";
import { sendPage } from "../../web/render.ts";
import { REMEMBRANCE_TYPES } from "./events.schema.ts";
import { eventsService } from "./events.service.ts";
import { daysUntilRemembranceDay, localDate } from "./events.time.ts";
import { renderRemembrancePage } from "./remembrance.views.tsx";

/** The International Day's page (the tribute wall under /remembrance/tributes is a feature of its own). */
export const remembranceRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const events = eventsService(db, clock);

  app.get("/remembrance", async (request, reply) => {
    const now = clock();
    const year = now.getUTCFullYear();
    const days = daysUntilRemembranceDay(now);
    const nextDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)).toISOString().slice(0, 10);
    const [years, observances] = await Promise.all([
      events.years.years(),
      // The year's observances: events of these types starting in the year (14 hours either side for the zones).
      events.repo.overlapping(new Date(Date.UTC(year, 0, 1) - 14 * 3_600_000).toISOString(), new Date(Date.UTC(year + 1, 0, 1) + 14 * 3_600_000).toISOString()),
    ]);
    const inYear = observances.filter((e) => REMEMBRANCE_TYPES.includes(e.type as (typeof REMEMBRANCE_TYPES)[number]) && localDate(e.starts_at, e.time_zone).startsWith(`${year}-`));
    return sendPage(
      reply,
      renderRemembrancePage(pageContext(request, reply), {
        days,
        nextDay,
        year,
        current: years.find((y) => y.year === year),
        events: inYear,
        pastYears: years.filter((y) => y.year < year),
      }),
    );
  });
};
