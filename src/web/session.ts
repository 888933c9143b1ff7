import type { FastifyReply, FastifyRequest } from "fastify";
import { isRole, type StaffUser } from "./auth.ts";
import { randomToken, sha256 } from "./crypto.ts";
import { sessionRepo } from "./session.repo.ts";

/** The staff session cookie; `__Host-` (Secure, Path=/, no Domain) whenever cookies are Secure. */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-vsp_session" : "vsp_session";
}

export interface LoadedSession {
  user: StaffUser;
  mfaPassed: boolean;
}

/** Starts a new session (a fresh id at every login) and sets its cookie. */
export async function startSession(request: FastifyRequest, reply: FastifyReply, userId: string, mfaPassed: boolean): Promise<void> {
  const { config, db, clock } = request.server.services;
  const repo = sessionRepo(db.kysely);
  const old = readToken(request);
  if (old) await repo.delete(sha256(old));
  const token = randomToken(32);
  const now = clock().toISOString();
  await repo.insert({ id_hash: sha256(token), user_id: userId, mfa_passed: mfaPassed ? 1 : 0, created_at: now, last_seen_at: now, flash: null });
  reply.setCookie(sessionCookieName(config.cookieSecure), token, {
    path: "/",
    httpOnly: true,
    secure: config.cookieSecure,
    sameSite: "strict",
  });
}

export async function endSession(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const { config, db } = request.server.services;
  const token = readToken(request);
  if (token) await sessionRepo(db.kysely).delete(sha256(token));
  reply.clearCookie(sessionCookieName(config.cookieSecure), { path: "/", secure: config.cookieSecure, httpOnly: true, sameSite: "strict" });
}

function readToken(request: FastifyRequest): string | undefined {
  const value = request.cookies[sessionCookieName(request.server.services.config.cookieSecure)];
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}

/**
 * Loads the staff member behind the session cookie, enforcing the idle and absolute timeouts.
 * Returns null when there is no valid session.
 */
export async function loadSession(request: FastifyRequest): Promise<LoadedSession | null> {
  const { config, db, clock } = request.server.services;
  const token = readToken(request);
  if (!token) return null;
  const repo = sessionRepo(db.kysely);
  const idHash = sha256(token);
  const row = await repo.findWithUser(idHash);
  if (!row || row.disabled_at) return null;
  const now = clock();
  const idleLimit = now.getTime() - config.sessionIdleMinutes * 60_000;
  const absoluteLimit = now.getTime() - config.sessionAbsoluteHours * 3_600_000;
  if (Date.parse(row.last_seen_at) < idleLimit || Date.parse(row.created_at) < absoluteLimit) {
    await repo.delete(idHash);
    return null;
  }
  // Touch at most once a minute to keep writes low.
  if (now.getTime() - Date.parse(row.last_seen_at) > 60_000) await repo.touch(idHash, now.toISOString());
  const { roles, countries } = await repo.rolesAndCountries(row.user_id);
  return {
    mfaPassed: row.mfa_passed === 1,
    user: {
      id: row.user_id,
      email: row.email,
      name: row.name,
      roles: roles.filter(isRole),
      countries,
      totpEnabled: Boolean(row.totp_enabled_at),
      sessionIdHash: idHash,
    },
  };
}

/**
 * The staff member signed in on this request with their second factor passed (when they have one), or
 * null: for public routes that show staff more (drafts, previews) without sending anyone to sign in.
 */
export async function signedInStaff(request: FastifyRequest): Promise<StaffUser | null> {
  const session = await loadSession(request);
  return session && (!session.user.totpEnabled || session.mfaPassed) ? session.user : null;
}
