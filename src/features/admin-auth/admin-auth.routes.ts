import type { FastifyPluginAsync } from "fastify";
import { decryptField, encryptField } from "../../web/crypto.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { parseForm } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { endSession, loadSession, startSession } from "../../web/session.ts";
import { sessionRepo } from "../../web/session.repo.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { usersRepo } from "../admin-users/users.repo.ts";
import { ForgotPasswordSchema, LoginInputSchema, PasswordChangeSchema, SetPasswordSchema, TotpInputSchema } from "./admin-auth.schema.ts";
import {
  renderAccount,
  renderForgotPassword,
  renderLinkExpired,
  renderLogin,
  renderPasswordChange,
  renderSetPassword,
  renderTotpChallenge,
  renderTotpSetup,
} from "./admin-auth.views.tsx";
import { firstString } from "../../web/forms.ts";
import type { StaffUser } from "../../web/auth.ts";
import { emailPasswordLink, findUsableLink } from "./tokens.ts";
import { tokensRepo } from "./tokens.repo.ts";
import { dummyHash, hashPassword, verifyPassword } from "./passwords.ts";
import { loginThrottle } from "./throttle.ts";
import { checkTotp, newTotpSecret, totpQrDataUrl } from "./totp.ts";

/** Staff sign-in with password and TOTP, sign-out, and the staff member's own account. */
export const adminAuthRoutes: FastifyPluginAsync = async (app) => {
  const { db, keys, clock } = app.services;
  const users = usersRepo(db.kysely);
  const audit = auditRepo(db.kysely, clock);
  const throttle = loginThrottle(db.kysely, clock);
  const loginRate = { config: { rateLimit: { max: app.services.config.loginRatePerMinute, timeWindow: "1 minute" } } };

  app.get("/admin/login", async (request, reply) => {
    const session = await loadSession(request);
    if (session && (session.mfaPassed || !session.user.totpEnabled)) return reply.redirect(`/${request.locale}/admin`, 303);
    return sendPage(reply, renderLogin(pageContext(request, reply)));
  });

  app.post("/admin/login", loginRate, async (request, reply) => {
    const form = parseForm(LoginInputSchema, request.body);
    if (!form.ok) return sendPage(reply, renderLogin(pageContext(request, reply), form), 400);
    const { email, password } = form.data;
    const keep = { email };
    if (await throttle.locked(email, request.ip)) {
      return sendPage(reply, renderLogin(pageContext(request, reply), { values: keep, problem: "login.error.locked" }), 429);
    }
    const user = await users.findByEmail(email);
    const ok = await verifyPassword(user?.password_hash ?? (await dummyHash()), password);
    if (!user || !ok || user.disabled_at) {
      await throttle.recordFailure(email, request.ip);
      await audit.record({ userId: user?.id ?? null, action: "auth.login_failed", details: user ? undefined : { unknownAccount: true } });
      return sendPage(reply, renderLogin(pageContext(request, reply), { values: keep, problem: "login.error.invalid" }), 400);
    }
    await throttle.recordSuccess(email);
    const totpOn = Boolean(user.totp_enabled_at);
    await startSession(request, reply, user.id, !totpOn);
    if (totpOn) return reply.redirect(`/${request.locale}/admin/login/totp`, 303);
    await users.update(user.id, { last_login_at: clock().toISOString() });
    await audit.record({ userId: user.id, action: "auth.login" });
    return reply.redirect(`/${request.locale}/admin`, 303);
  });

  app.get("/admin/login/totp", async (request, reply) => {
    const session = await loadSession(request);
    if (!session) return reply.redirect(`/${request.locale}/admin/login`, 303);
    return sendPage(reply, renderTotpChallenge(pageContext(request, reply)));
  });

  app.post("/admin/login/totp", loginRate, async (request, reply) => {
    const session = await loadSession(request);
    if (!session) return reply.redirect(`/${request.locale}/admin/login`, 303);
    const form = parseForm(TotpInputSchema, request.body);
    if (!form.ok) return sendPage(reply, renderTotpChallenge(pageContext(request, reply), form), 400);
    const user = await users.findById(session.user.id);
    if (await throttle.locked(session.user.email, request.ip)) {
      return sendPage(reply, renderTotpChallenge(pageContext(request, reply), { problem: "login.error.locked" }), 429);
    }
    if (!user?.totp_secret || !checkTotp(decryptField(keys.field, user.totp_secret), user.email, form.data.code, clock())) {
      await throttle.recordFailure(session.user.email, request.ip);
      await audit.record({ userId: session.user.id, action: "auth.totp_failed" });
      return sendPage(reply, renderTotpChallenge(pageContext(request, reply), { problem: "totp.error.wrong" }), 400);
    }
    // Signing in is complete only now: a new session id (the half-signed-in one is deleted), so an id
    // learned or planted before the second factor is never a signed-in one.
    await startSession(request, reply, user.id, true);
    await users.update(user.id, { last_login_at: clock().toISOString() });
    await audit.record({ userId: user.id, action: "auth.login" });
    return reply.redirect(`/${request.locale}/admin`, 303);
  });

  // Sign-out works from any state, including half-signed-in.
  const signInIfAny = async (request: import("fastify").FastifyRequest) => {
    const session = await loadSession(request);
    if (session) request.staff = session.user;
  };
  app.post("/admin/logout", { onRequest: signInIfAny }, async (request, reply) => {
    const session = await loadSession(request);
    await endSession(request, reply);
    if (session) await audit.record({ userId: session.user.id, action: "auth.logout" });
    setFlash(reply, "login.signedOut");
    return reply.redirect(`/${request.locale}/admin/login`, 303);
  });

  const tokens = tokensRepo(db.kysely);

  // One-time links (invitation or reset): the token travels in the query string of the e-mailed link,
  // which the logs never record, and is then carried in the form body.
  app.get("/admin/password", async (request, reply) => {
    // The token is in this page's address: never cache it, never send it on as a referrer.
    reply.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
    const link = await findUsableLink(request, firstString((request.query as Record<string, unknown>).token));
    if (!link) return sendPage(reply, renderLinkExpired(pageContext(request, reply)), 410);
    return sendPage(reply, renderSetPassword(pageContext(request, reply), link.token, link.purpose));
  });

  app.post("/admin/password", loginRate, async (request, reply) => {
    const link = await findUsableLink(request, (request.body as Record<string, unknown> | undefined)?.token);
    if (!link) return sendPage(reply, renderLinkExpired(pageContext(request, reply)), 410);
    const form = parseForm(SetPasswordSchema, request.body);
    if (!form.ok) return sendPage(reply, renderSetPassword(pageContext(request, reply), link.token, link.purpose, form), 400);
    await users.update(link.userId, { password_hash: await hashPassword(form.data.password) });
    await tokens.useAllForUser(link.userId, clock().toISOString());
    await sessionRepo(db.kysely).deleteForUser(link.userId);
    await audit.record({ userId: link.userId, action: link.purpose === "invite" ? "auth.invite_accepted" : "auth.password_reset" });
    setFlash(reply, "password.setDone");
    return reply.redirect(`/${request.locale}/admin/login`, 303);
  });

  app.get("/admin/password/forgot", async (request, reply) => sendPage(reply, renderForgotPassword(pageContext(request, reply))));

  app.post("/admin/password/forgot", { config: { rateLimit: { max: 5, timeWindow: "15 minutes" } } }, async (request, reply) => {
    const form = parseForm(ForgotPasswordSchema, request.body);
    if (!form.ok) return sendPage(reply, renderForgotPassword(pageContext(request, reply), form), 400);
    const user = await users.findByEmail(form.data.email);
    // The answer is the same whether or not the account exists.
    if (user && !user.disabled_at) {
      await emailPasswordLink(request, user, "reset");
      await audit.record({ userId: user.id, action: "auth.reset_requested" });
    }
    setFlash(reply, "password.linkSent");
    return reply.redirect(`/${request.locale}/admin/login`, 303);
  });

  await app.register(async (account) => {
    account.addHook("onRequest", requireStaff);

    account.get("/admin/account", async (request, reply) => {
      const staff = request.staff!;
      const user = await users.findById(staff.id);
      return sendPage(
        reply,
        renderAccount(pageContext(request, reply), {
          email: staff.email,
          name: staff.name,
          roles: staff.roles,
          countries: staff.countries,
          totpEnabled: staff.totpEnabled,
          createdAt: user?.created_at ?? "",
        }),
      );
    });

    async function pendingSecret(userId: string): Promise<string> {
      const user = await users.findById(userId);
      if (user?.totp_secret && !user.totp_enabled_at) return decryptField(keys.field, user.totp_secret);
      const secret = newTotpSecret();
      await users.update(userId, { totp_secret: encryptField(keys.field, secret), totp_enabled_at: null });
      return secret;
    }

    const totpSetup = async (staff: StaffUser, secret: string) => ({
      qrDataUrl: await totpQrDataUrl(secret, staff.email),
      secret,
      required: staff.roles.includes("admin"),
    });

    account.get("/admin/account/totp", async (request, reply) => {
      const staff = request.staff!;
      if (staff.totpEnabled) return reply.redirect(`/${request.locale}/admin/account`, 303);
      const secret = await pendingSecret(staff.id);
      return sendPage(reply, renderTotpSetup(pageContext(request, reply), await totpSetup(staff, secret)));
    });

    account.post("/admin/account/totp", async (request, reply) => {
      const staff = request.staff!;
      if (staff.totpEnabled) return reply.redirect(`/${request.locale}/admin/account`, 303);
      const secret = await pendingSecret(staff.id);
      const form = parseForm(TotpInputSchema, request.body);
      const okCode = form.ok && checkTotp(secret, staff.email, form.data.code, clock());
      if (!okCode) {
        const view = form.ok ? { problem: "totp.error.wrong" as const } : form;
        return sendPage(reply, renderTotpSetup(pageContext(request, reply), await totpSetup(staff, secret), view), 400);
      }
      await users.update(staff.id, { totp_enabled_at: clock().toISOString() });
      await sessionRepo(db.kysely).markMfaPassed(staff.sessionIdHash);
      await audit.record({ userId: staff.id, action: "auth.totp_enabled" });
      setFlash(reply, "totp.enabled");
      return reply.redirect(`/${request.locale}/admin`, 303);
    });

    account.get("/admin/account/password", async (request, reply) => sendPage(reply, renderPasswordChange(pageContext(request, reply))));

    account.post("/admin/account/password", async (request, reply) => {
      const staff = request.staff!;
      const form = parseForm(PasswordChangeSchema, request.body);
      if (!form.ok) return sendPage(reply, renderPasswordChange(pageContext(request, reply), form), 400);
      const user = await users.findById(staff.id);
      if (!user || !(await verifyPassword(user.password_hash, form.data.current))) {
        return sendPage(reply, renderPasswordChange(pageContext(request, reply), { errors: { current: "password.error.currentWrong" } }), 400);
      }
      await users.update(staff.id, { password_hash: await hashPassword(form.data.password) });
      // Every other session of this account ends; this one gets a fresh id.
      await sessionRepo(db.kysely).deleteForUser(staff.id);
      await startSession(request, reply, staff.id, true);
      await audit.record({ userId: staff.id, action: "auth.password_changed" });
      setFlash(reply, "password.changed");
      return reply.redirect(`/${request.locale}/admin/account`, 303);
    });
  });
};
