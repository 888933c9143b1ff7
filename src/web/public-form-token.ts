import { createHmac, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";

/**
 * Forms on pages that every anonymous reader receives alike (and that the page cache and CDNs keep)
 * cannot carry a per-reader CSRF token. They carry instead a token signed by the portal with the hour
 * it was issued: "p.<hour>.<signature>", accepted for a week, and only from a reader with no session
 * (staff, learners and the sign-in forms always use the per-session token). It proves the form came
 * from a page of this portal; the Fetch-Metadata and Origin checks, which run first on every post,
 * refuse any post another site makes a browser send. An anonymous form holds no one's authority, so
 * a token shared by all anonymous readers gives a forger nothing the form itself does not.
 */
const VALID_HOURS = 7 * 24;

const sign = (key: Buffer, hour: number) => createHmac("sha256", key).update(`public-form:${hour}`).digest("base64url").slice(0, 32);

/** The token of the current hour, per key: signed once an hour, not once a page. */
const issued = new WeakMap<Buffer, { hour: number; token: string }>();

export function publicFormToken(key: Buffer, now: Date): string {
  const hour = Math.floor(now.getTime() / 3_600_000);
  const last = issued.get(key);
  if (last?.hour === hour) return last.token;
  const token = `p.${hour}.${sign(key, hour)}`;
  issued.set(key, { hour, token });
  return token;
}

export function isValidPublicFormToken(key: Buffer, token: unknown, now: Date): boolean {
  if (typeof token !== "string") return false;
  const m = /^p\.(\d{1,10})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!m) return false;
  const hour = Number(m[1]);
  const age = Math.floor(now.getTime() / 3_600_000) - hour;
  if (age < -1 || age > VALID_HOURS) return false;
  const expected = Buffer.from(sign(key, hour));
  const given = Buffer.from(m[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Cookies an anonymous reader may carry without the page changing: the language choice and the CSRF secret. */
export function isAnonymousReader(request: FastifyRequest, allowedCookies: readonly string[]): boolean {
  if (request.headers.authorization) return false;
  const cookies = request.cookies ?? {};
  for (const name of Object.keys(cookies)) if (!allowedCookies.includes(name)) return false;
  return true;
}

export const isStaffAreaPath = (url: string) => /^\/[a-z]{2}\/admin(?:[/?#]|$)/.test(url);
