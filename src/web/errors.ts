import type { MessageKey } from "../i18n/i18n.ts";

/** An HTTP error with a stable id; the handler renders its translated page with the status. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly id: string,
    readonly titleKey: MessageKey,
    readonly bodyKey: MessageKey,
  ) {
    super(id);
  }
}

export const notFound = () => new HttpError(404, "not_found", "error.notFound.title", "error.notFound.body");
export const forbidden = () => new HttpError(403, "forbidden", "error.forbidden.title", "error.forbidden.body");
export const badRequest = () => new HttpError(400, "bad_request", "error.badRequest.title", "error.badRequest.body");
export const payloadTooLarge = () =>
  new HttpError(413, "payload_too_large", "error.tooLarge.title", "error.tooLarge.body");
export const tooManyRequests = () =>
  new HttpError(429, "too_many_requests", "error.tooMany.title", "error.tooMany.body");
export const serviceBusy = () => new HttpError(503, "busy", "error.busy.title", "error.busy.body");
export const csrfFailed = () => new HttpError(403, "csrf_failed", "error.csrf.title", "error.csrf.body");
