import type { FastifyPluginAsync } from "fastify";
import { alwaysAnswer } from "../../web/overload.ts";

/** /healthz: the process answers. /readyz: the database answers too. */
export const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get("/healthz", alwaysAnswer, async (_request, reply) => {
    reply.header("Cache-Control", "no-store");
    return { status: "ok" };
  });
  app.get("/readyz", async (request, reply) => {
    reply.header("Cache-Control", "no-store");
    try {
      await app.services.db.ping();
      return { status: "ok", database: app.services.db.dialect };
    } catch (err) {
      request.log.error({ err }, "database not reachable");
      return reply.code(503).send({ status: "unavailable", database: app.services.db.dialect });
    }
  });
};
