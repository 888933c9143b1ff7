import { Socket } from "node:net";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config.ts";

const REQUEST_TIMEOUT_ANSWER = "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";

/**
 * Fastify's server options against slow clients (Fastify leaves Node's request timeout off): the whole
 * request, body included, must arrive within `requestTimeoutMs` (Node answers 408 and closes). Node
 * checks for late requests every `connectionsCheckingInterval`, kept well below the timeout.
 */
export function slowRequestOptions(config: Pick<Config, "requestTimeoutMs">) {
  const checkEvery = Math.min(30_000, Math.max(250, Math.floor(config.requestTimeoutMs / 4)));
  return {
    requestTimeout: config.requestTimeoutMs,
    http: { connectionsCheckingInterval: checkEvery, headersTimeout: Math.min(60_000, config.requestTimeoutMs) },
  };
}

/**
 * A request whose body stops arriving for `idleMs` is answered 408 and its connection closed, so a
 * client trickling or stalling an upload holds a connection for seconds, not for the whole request
 * timeout (long enough for a large video on a slow line). Once the body is in, the socket has no timer:
 * a long import or video processing is not cut short while the client waits for the answer.
 */
export function dropIdleBodies(app: FastifyInstance, idleMs: number): void {
  app.addHook("onRequest", async (request, reply) => {
    const req = request.raw;
    const socket = req.socket;
    // Requests injected in-process (tests, light-my-request) have no network socket to watch.
    if (req.complete || !(socket instanceof Socket)) return;
    const onTimeout = () => {
      // As Node does for its own request timeout: a 408 if nothing was written on this connection yet.
      if (socket.writable && socket.bytesWritten === 0) socket.write(REQUEST_TIMEOUT_ANSWER);
      socket.destroy();
    };
    // A listener on the request keeps Node from destroying the socket before the 408 is written.
    req.on("timeout", onTimeout);
    socket.setTimeout(idleMs);
    req.once("end", () => {
      req.off("timeout", onTimeout);
      // Answered before its body was read (then dumped)? Node has set its keep-alive timer: keep it.
      if (!reply.raw.writableEnded) socket.setTimeout(0);
    });
  });
}
