import type { FastifyRequest } from "fastify";
import { translator } from "../../i18n/i18n.ts";
import { siteOrigin } from "../../web/context.ts";
import { randomToken, sha256 } from "../../web/crypto.ts";
import { tokensRepo, type TokenPurpose } from "./tokens.repo.ts";

const LIFETIME_MS: Record<TokenPurpose, number> = { invite: 72 * 3_600_000, reset: 3_600_000 };
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Issues a one-time link (replacing any open one; only its hash is kept) and e-mails it in the
 * language of the request: an invitation to choose a first password, or a password reset.
 */
export async function emailPasswordLink(request: FastifyRequest, user: { id: string; email: string; name: string }, purpose: TokenPurpose): Promise<void> {
  const { db, clock, mailer } = request.server.services;
  const repo = tokensRepo(db.kysely);
  const now = clock();
  await repo.useAllForUser(user.id, now.toISOString());
  const token = randomToken(32);
  await repo.insert({
    token_hash: sha256(token),
    user_id: user.id,
    purpose,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + LIFETIME_MS[purpose]).toISOString(),
    used_at: null,
  });
  const t = translator(request.locale);
  const values = { name: user.name, link: `${siteOrigin(request)}/${request.locale}/admin/password?token=${token}`, hours: LIFETIME_MS[purpose] / 3_600_000 };
  await mailer.send(
    purpose === "invite"
      ? { to: user.email, subject: t("mail.invite.subject"), text: t("mail.invite.body", values) }
      : { to: user.email, subject: t("mail.reset.subject"), text: t("mail.reset.body", values) },
  );
}

/** The open, unexpired link behind a token, for an account that is not disabled; else undefined. */
export async function findUsableLink(request: FastifyRequest, token: unknown) {
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) return undefined;
  const { db, clock } = request.server.services;
  const found = await tokensRepo(db.kysely).findUsable(sha256(token), clock().toISOString());
  return found && !found.disabled_at ? { token, userId: found.user_id, purpose: found.purpose === "invite" ? ("invite" as const) : ("reset" as const) } : undefined;
}
