import type { FastifyPluginAsync } from "fastify";
import { pageContext, setFlash } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { parseForm } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { mayBePublic } from "./stories.consent.ts";
import { storiesRepo } from "./stories.repo.ts";
import { renderStoryPage } from "./stories.views.tsx";
import { storyVoicesRepo } from "./story-voices.repo.ts";
import { SupportFormSchema } from "./story-voices.schema.ts";
import { loadStoryVoices } from "./story-voices.service.ts";

type P = { Params: { lang: string; id: string } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A reader's message of support to a story's author. It waits for a moderator; nobody, the author
 * included, sees it before. Only a story readers can see takes messages. Rate limited like the share form.
 */
export const storySupportRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const stories = storiesRepo(db.kysely);
  const voices = storyVoicesRepo(db.kysely);

  app.post<P>("/stories/:id/support", { config: { rateLimit: { max: 10, timeWindow: "1 hour" } } }, async (request, reply) => {
    if (!UUID.test(request.params.id)) throw notFound();
    const story = await stories.findById(request.params.id);
    if (!story || !mayBePublic({ publish: story.consent_publish === 1 }, story.status)) throw notFound();
    const form = parseForm(SupportFormSchema, request.body);
    if (!form.ok) {
      const [view, media] = await Promise.all([loadStoryVoices(db.kysely, story, request.locale, undefined, { values: form.values, errors: form.errors }), stories.mediaOf(story.id)]);
      return sendPage(reply, renderStoryPage(pageContext(request, reply), story, view, media), 400);
    }
    await voices.addSupport({ storyId: story.id, locale: request.locale, name: form.data.name, body: form.data.message, at: clock().toISOString() });
    setFlash(reply, "stories.supportMessages.flash.sent");
    return reply.redirect(`/${request.locale}/stories/${story.id}`, 303);
  });
};
