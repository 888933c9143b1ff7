import type { FastifyReply, FastifyRequest } from "fastify";
import { loadSession } from "./session.ts";

/**
 * onRequest hook for the staff area: signs the request in from its session, or sends the user to
 * the login page. Admins must have set up a second factor before they can do anything else.
 */
export async function requireStaff(request: FastifyRequest, reply: FastifyReply) {
  const lang = request.locale;
  const session = await loadSession(request);
  if (!session) return reply.redirect(`/${lang}/admin/login`, 303);
  if (session.user.totpEnabled && !session.mfaPassed) return reply.redirect(`/${lang}/admin/login/totp`, 303);
  request.staff = session.user;
  const path = request.url.split("?")[0] ?? "";
  const settingUp = path === `/${lang}/admin/account/totp` || path === `/${lang}/admin/logout`;
  if (session.user.roles.includes("admin") && !session.user.totpEnabled && !settingUp) {
    return reply.redirect(`/${lang}/admin/account/totp`, 303);
  }
}
