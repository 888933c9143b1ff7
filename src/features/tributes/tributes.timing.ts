import { createHmac, timingSafeEqual } from "node:crypto";

/** A form older than this is refused (the page was left open too long, or the token was kept for reuse). */
export const TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * The minimum time on page: the form carries "<issued ms>.<HMAC>" signed with a key of its own, so the
 * time it was shown cannot be forged; a post sooner than the minimum, or with a token too old or not
 * ours, is refused with a message that keeps the words.
 */
export function formTimer(key: Buffer) {
  const sign = (issued: number) => createHmac("sha256", key).update(`tribute-form:${issued}`).digest("base64url");
  return {
    issue(now: Date): string {
      const issued = now.getTime();
      return `${issued}.${sign(issued)}`;
    },
    check(token: string | undefined, now: Date, minSeconds: number): "ok" | "too_fast" | "expired" | "invalid" {
      const m = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token ?? "");
      if (!m) return "invalid";
      const issued = Number(m[1]);
      const expected = Buffer.from(sign(issued));
      const given = Buffer.from(m[2]!);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
      const age = now.getTime() - issued;
      if (age > TOKEN_MAX_AGE_MS || age < -60_000) return "expired";
      if (age < minSeconds * 1000) return "too_fast";
      return "ok";
    },
  };
}
