import type { FastifyInstance } from "fastify";

/** An API answer other than 200: its status and a message for the caller (4xx only; 5xx say less). */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The plumbing of a public, read-only JSON API: open to any origin for reading (CORS), cacheable for a
 * minute; errors as JSON `{ error, request_id }`, never cached, with 5xx details only in the log.
 */
export function readOnlyJsonApi(app: FastifyInstance, name: string): void {
  app.addHook("onRequest", async (_request, reply) => {
    reply.header("Access-Control-Allow-Origin", "*");
    reply.header("Cross-Origin-Resource-Policy", "cross-origin");
    reply.header("Cache-Control", "public, max-age=60");
  });
  app.setErrorHandler(async (error: Error & { statusCode?: number }, request, reply) => {
    const status = error instanceof ApiError ? error.statusCode : error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, `${name} error`);
    reply.header("Cache-Control", "no-store");
    return reply.code(status).type("application/json").send({ error: status >= 500 ? "Internal error" : error.message, request_id: request.id });
  });
  app.setNotFoundHandler(async (_request, reply) => reply.code(404).header("Cache-Control", "no-store").type("application/json").send({ error: "Not found" }));
}
