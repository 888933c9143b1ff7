import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { can } from "../../web/auth.ts";
import { pageContext } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { parseForm, toValues } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { PUBLISHED_MEDIA_CACHE, STAFF_MEDIA_CACHE, sendStoredMedia } from "../../web/send-media.ts";
import { signedInStaff } from "../../web/session.ts";
import { LibraryQuerySchema } from "./library.schema.ts";
import { searchLibrary } from "./library.search.ts";
import { coverVariants, fileName, libraryService, publicVersions } from "./library.service.ts";
import { tagPageView } from "../statistics/statistics.tags.ts";
import { renderLibraryIndex, renderWorkPage } from "./library.views.tsx";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The library for readers: published works only, searched by words and facets. */
export const libraryRoutes: FastifyPluginAsync = async (app) => {
  const { db, storage, clock, config } = app.services;
  const repo = libraryService(db, storage, clock, config).repo;

  app.get("/library", async (request, reply) => {
    const ctx = pageContext(request, reply);
    const form = parseForm(LibraryQuerySchema, request.query);
    if (!form.ok) {
      const results = await searchLibrary(repo, {}, request.locale);
      return sendPage(reply, renderLibraryIndex(ctx, { values: toValues(request.query), errors: form.errors, results, query: {} }), 400);
    }
    const results = await searchLibrary(repo, form.data, request.locale);
    tagPageView(request, "library", ...(form.data.topic === "gender" ? ["gender"] : []));
    return sendPage(reply, renderLibraryIndex(ctx, { values: form.values, results, query: form.data }));
  });

  app.get<{ Params: { slug: string } }>("/library/:slug", async (request, reply) => {
    if (!SLUG.test(request.params.slug)) throw notFound();
    const work = await repo.findWorkBySlug(request.params.slug);
    if (!work || publicVersions(work).length === 0) throw notFound();
    tagPageView(request, "library", ...(work.topics.split(" ").includes("gender") ? ["gender"] : []));
    return sendPage(reply, renderWorkPage(pageContext(request, reply), work));
  });
};

/**
 * A version's PDF (as a download) and cover thumbnails. Public once the work is published; before
 * that, only signed-in staff who manage the library see them.
 */
export const libraryFilesRoutes: FastifyPluginAsync = async (app) => {
  const { db, storage, clock, config } = app.services;
  const repo = libraryService(db, storage, clock, config).repo;

  async function cacheFor(request: FastifyRequest, status: string): Promise<string> {
    if (status === "published") return PUBLISHED_MEDIA_CACHE;
    const staff = await signedInStaff(request);
    if (staff && (can(staff, "library.manage") || can(staff, "library.submit"))) return STAFF_MEDIA_CACHE;
    throw notFound();
  }

  app.get<{ Params: { id: string; name: string } }>("/media/library/:id/:name", async (request, reply) => {
    const { id, name } = request.params;
    if (!UUID.test(id) || !/^[a-z0-9_.-]{1,80}$/.test(name)) throw notFound();
    const version = await repo.findVersion(id);
    if (!version) throw notFound();
    const work = await repo.findWork(version.work_id);
    if (!work) throw notFound();
    const cacheControl = await cacheFor(request, work.status);
    if (version.file_key && fileName(version.file_key) === name) {
      return sendStoredMedia(request, reply, storage, version.file_key, { cacheControl, etag: version.file_key, downloadName: `${work.slug}-${version.locale}.pdf` });
    }
    const cover = coverVariants(version).find((v) => fileName(v.key) === name);
    if (!cover) throw notFound();
    return sendStoredMedia(request, reply, storage, cover.key, { cacheControl, etag: cover.key });
  });
};
