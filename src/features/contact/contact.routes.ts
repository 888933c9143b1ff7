import type { FastifyPluginAsync } from "fastify";
import type { Locale } from "../../i18n/locales.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { parseForm } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { contentRepo } from "../content/content.repo.ts";
import { ContactInputSchema } from "./contact.schema.ts";
import { renderContact } from "./contact.views.tsx";

/** The contact page: the "contact" text from the content store and a form that e-mails the team. */
export const contactRoutes: FastifyPluginAsync = async (app) => {
  const repo = contentRepo(app.services.db.kysely);
  const intro = async (locale: Locale) => {
    const shown = await repo.findShownBySlug("page", "contact", locale);
    return shown ? { body: shown.body, locale: shown.locale } : null;
  };

  app.get("/contact", async (request, reply) => {
    return sendPage(reply, renderContact(pageContext(request, reply), await intro(request.locale)));
  });

  app.post(
    "/contact",
    { config: { rateLimit: { max: 5, timeWindow: "1 hour" } } },
    async (request, reply) => {
      const form = parseForm(ContactInputSchema, request.body);
      if (!form.ok) {
        return sendPage(reply, renderContact(pageContext(request, reply), await intro(request.locale), form), 400);
      }
      const { config, mailer } = app.services;
      await mailer.send({
        to: config.contactEmail,
        subject: `[Portal contact] ${request.locale}`,
        text: `${form.data.message}\n\n--\nLanguage: ${request.locale}\nReply to: ${form.data.email ?? "(no address given)"}`,
        replyTo: form.data.email,
      });
      setFlash(reply, "contact.sent");
      return reply.redirect(`/${request.locale}/contact`, 303);
    },
  );
};
