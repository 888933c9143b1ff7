import type { FastifyRequest } from "fastify";

declare module "fastify" {
  interface FastifyRequest {
    /** Topic tags of this page view for the statistics (see tagPageView); null when untagged. */
    statsTags: string[] | null;
  }
}

const TAG = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/**
 * Tags this page view with topics (e.g. "gender") so staff can see how much pages on a topic are read,
 * per language, without any individual data. One line in a route handler of a public page:
 *
 *   tagPageView(request, "gender");
 *
 * Only counted when the page itself is counted (a 200 HTML page, no Do Not Track...). Tags are short
 * lowercase words (a-z, 0-9, "-", "_"); anything else is ignored.
 */
export function tagPageView(request: FastifyRequest, ...tags: string[]): void {
  for (const tag of tags) {
    if (!TAG.test(tag)) continue;
    request.statsTags ??= [];
    if (!request.statsTags.includes(tag)) request.statsTags.push(tag);
  }
}
