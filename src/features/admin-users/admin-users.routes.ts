import type { FastifyPluginAsync } from "fastify";
import { requirePermission } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { forbidden, notFound } from "../../web/errors.ts";
import { parseForm } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { sessionRepo } from "../../web/session.repo.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { randomUUID } from "node:crypto";
import { emailPasswordLink } from "../admin-auth/tokens.ts";
import { NewUserSchema, UserAccessSchema } from "./admin-users.schema.ts";
import { renderNewUser, renderUser, renderUsers } from "./admin-users.views.tsx";
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
    const [user] = /^[0-9a-f-]{36}$/.test(id) ? await users.listWithAccess([id]) : [];
    if (!user) throw notFound();
    return user;
  }

  app.get("/admin/users", async (request, reply) => sendPage(reply, renderUsers(pageContext(request, reply), await users.listWithAccess())));

  app.get("/admin/users/new", async (request, reply) => sendPage(reply, renderNewUser(pageContext(request, reply))));

  app.post("/admin/users/new", async (request, reply) => {
    const form = parseForm(NewUserSchema, request.body);
    if (!form.ok) return sendPage(reply, renderNewUser(pageContext(request, reply), form), 400);
    if (await users.findByEmail(form.data.email)) {
      return sendPage(reply, renderNewUser(pageContext(request, reply), { errors: { email: "admin.users.error.emailTaken" }, values: form.values }), 400);
    }
    const id = randomUUID();
    // No password until the invited person sets one through the e-mailed link ("!" never verifies).
    await users.insert(
      { id, email: form.data.email, name: form.data.name, password_hash: "!", totp_secret: null, totp_enabled_at: null, created_at: clock().toISOString(), last_login_at: null, disabled_at: null },
      form.data.roles,
      form.data.countries,
    );
    await emailPasswordLink(request, { id, email: form.data.email, name: form.data.name }, "invite");
    await audit.record({ userId: request.staff!.id, action: "users.invited", targetType: "user", targetId: id, details: { roles: form.data.roles } });
    setFlash(reply, "admin.users.invited");
    return reply.redirect(`/${request.locale}/admin/users/${id}`, 303);
  });

  app.get<P>("/admin/users/:id", async (request, reply) => sendPage(reply, renderUser(pageContext(request, reply), await load(request.params.id))));

  app.post<P>("/admin/users/:id/access", async (request, reply) => {
    const user = await load(request.params.id);
    const form = parseForm(UserAccessSchema, request.body);
    if (!form.ok) return sendPage(reply, renderUser(pageContext(request, reply), user, form), 400);
    if (user.id === request.staff!.id && !form.data.roles.includes("admin")) {
      return sendPage(reply, renderUser(pageContext(request, reply), user, { errors: { roles: "admin.users.error.selfAdmin" }, values: form.values }), 400);
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
