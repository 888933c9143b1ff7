import type { FastifyPluginAsync } from "fastify";
import { requirePermission } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { forbidden, notFound } from "../../web/errors.ts";
import { parseForm } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { sessionRepo } from "../../web/session.repo.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { UserAccessSchema } from "./admin-users.schema.ts";
import { renderUser, renderUsers } from "./admin-users.views.tsx";
import { usersRepo } from "./users.repo.ts";

type P = { Params: { lang: string; id: string } };

/** Admins manage staff access: roles, countries, disabling accounts, resetting a lost second factor. */
export const adminUsersRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const users = usersRepo(db.kysely);
  const audit = auditRepo(db.kysely, clock);
  const sessions = sessionRepo(db.kysely);

  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", requirePermission("users.manage"));

  async function load(id: string) {
    const all = await users.list();
    const user = all.find((u) => u.id === id);
    if (!user) throw notFound();
    return user;
  }

  app.get("/admin/users", async (request, reply) => sendPage(reply, renderUsers(pageContext(request, reply), await users.list())));

  app.get<P>("/admin/users/:id", async (request, reply) => sendPage(reply, renderUser(pageContext(request, reply), await load(request.params.id))));

  app.post<P>("/admin/users/:id/access", async (request, reply) => {
    const user = await load(request.params.id);
    const form = parseForm(UserAccessSchema, request.body);
    if (!form.ok) return sendPage(reply, renderUser(pageContext(request, reply), user, form), 400);
    if (user.id === request.staff!.id && !form.data.roles.includes("admin")) {
      return sendPage(reply, renderUser(pageContext(request, reply), user, { errors: { roles: "admin.users.error.selfAdmin" }, values: form.ok ? undefined : {} }), 400);
    }
    await users.setRolesAndCountries(user.id, form.data.roles, form.data.countries);
    await audit.record({ userId: request.staff!.id, action: "users.access_changed", targetType: "user", targetId: user.id, details: { roles: form.data.roles, countries: form.data.countries } });
    setFlash(reply, "admin.users.saved");
    return reply.redirect(`/${request.locale}/admin/users/${user.id}`, 303);
  });

  for (const action of ["disable", "enable", "reset-totp"] as const) {
    app.post<P>(`/admin/users/:id/${action}`, async (request, reply) => {
      const user = await load(request.params.id);
      if (user.id === request.staff!.id) throw forbidden();
      if (action === "disable") {
        await users.update(user.id, { disabled_at: clock().toISOString() });
        await sessions.deleteForUser(user.id);
      } else if (action === "enable") {
        await users.update(user.id, { disabled_at: null });
      } else {
        await users.update(user.id, { totp_secret: null, totp_enabled_at: null });
        await sessions.deleteForUser(user.id);
      }
      await audit.record({ userId: request.staff!.id, action: `users.${action.replace("-", "_")}`, targetType: "user", targetId: user.id });
      setFlash(reply, "admin.users.saved");
      return reply.redirect(`/${request.locale}/admin/users/${user.id}`, 303);
    });
  }
};
