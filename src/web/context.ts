import type { FastifyReply, FastifyRequest } from "fastify";
import { translator, isMessageKey, type MessageKey, type Translator } from "../i18n/i18n.ts";
import { LANG_TAG, textDirection, type Locale } from "../i18n/locales.ts";
import type { CrisisNotice } from "../features/crisis/crisis.cache.ts";
import type { StaffUser } from "./auth.ts";

/** Everything a view needs about the request it answers. Built once per page. */
export interface PageContext {
  locale: Locale;
  langTag: string;
  dir: "rtl" | "ltr";
  t: Translator;
  /** The path after the language prefix, with its query string: "/news?page=2". */
  pathInLocale: string;
  origin: string;
  quickExitUrl: string;
  staff: StaffUser | null;
  flash: MessageKey | null;
  /** The incident notice switched on, if any (this instance's copy; shown as a banner on public pages). */
  crisis: CrisisNotice | null;
  csrfToken(): string;
}

export const FLASH_COOKIE = "vsp_flash";

/** Sets a one-time message shown on the next page (Post/Redirect/Get). */
export function setFlash(reply: FastifyReply, key: MessageKey): void {
  reply.setCookie(FLASH_COOKIE, key, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: reply.server.services.config.cookieSecure,
    signed: true,
    maxAge: 120,
  });
}

function takeFlash(request: FastifyRequest, reply: FastifyReply): MessageKey | null {
  // Cookies are not parsed yet when Fastify itself rejects a request (a malformed address).
  const raw = request.cookies?.[FLASH_COOKIE];
  if (!raw) return null;
  reply.clearCookie(FLASH_COOKIE, { path: "/" });
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value && isMessageKey(unsigned.value) ? unsigned.value : null;
}

export function siteOrigin(request: FastifyRequest): string {
  return request.server.services.config.publicUrl ?? `${request.protocol}://${request.host}`;
}

export function pageContext(request: FastifyRequest, reply: FastifyReply): PageContext {
  const locale = request.locale;
  const prefix = `/${locale}`;
  const url = request.url;
  const pathInLocale = url.startsWith(prefix) ? url.slice(prefix.length) || "/" : "/";
  let token: string | undefined;
  return {
    locale,
    langTag: LANG_TAG[locale],
    dir: textDirection(locale),
    t: translator(locale),
    pathInLocale: pathInLocale.startsWith("/") ? pathInLocale : `/${pathInLocale}`,
    origin: siteOrigin(request),
    quickExitUrl: request.server.services.config.quickExitUrl,
    staff: request.staff ?? null,
    flash: takeFlash(request, reply),
    // Read once when the request arrived (before then, e.g. a malformed address: the instance's copy).
    crisis: request.crisisNotice !== undefined ? request.crisisNotice : (request.server.services?.crisis?.current() ?? null),
    csrfToken() {
      // A page every anonymous reader gets alike carries the portal's signed public token (see public-form-token.ts).
      token ??= request.publicFormToken?.() ?? reply.generateCsrf({ userInfo: request.staff?.sessionIdHash ?? "anonymous" });
      return token;
    },
  };
}
