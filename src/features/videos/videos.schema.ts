import { z } from "zod";
import { LOCALES } from "../../i18n/locales.ts";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "videos.error.slug" })
  .max(80, { error: "videos.error.slug" })
  .regex(SLUG, { error: "videos.error.slug" });

const position = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || (/^\d{1,4}$/.test(v)), { error: "videos.error.position" })
  .transform((v) => (v ? Number(v) : 0));

const requiredText = (max: number, error: "videos.error.title" | "videos.error.description") =>
  z.string({ error }).trim().min(1, { error }).max(max, { error: "videos.error.tooLong" });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "videos.error.tooLong" })
    .optional()
    .transform((v) => (v ? v : null));

/** "75", "1:15" or "1:01:15" as seconds. */
export function parseDuration(text: string): number | null {
  const m = /^(?:(?:(\d{1,2}):)?(\d{1,3}):)?(\d{1,5})$/.exec(text.trim());
  if (!m) return null;
  const [h, min, s] = [Number(m[1] ?? 0), Number(m[2] ?? 0), Number(m[3])];
  if ((m[2] !== undefined && s >= 60) || (m[1] !== undefined && min >= 60)) return null;
  const total = h * 3600 + min * 60 + s;
  return total > 0 && total <= 48 * 3600 ? total : null;
}

/** Seconds as ISO 8601 (schema.org duration): PT1M15S. */
export function isoDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s || (!h && !m) ? `${s}S` : ""}`;
}

export type EmbedProvider = "youtube" | "vimeo" | "unwebtv";
/** An external player: the page to link to without JavaScript and, where the provider has one, the player to frame. */
export interface Embed {
  provider: EmbedProvider;
  pageUrl: string;
  /** The host named in "load the player from <host>": where the reader's browser will connect. */
  host: string;
  frameSrc: string | null;
  frameOrigin: string | null;
}

/**
 * Reads a YouTube, Vimeo or UN Web TV address. YouTube plays from youtube-nocookie.com and Vimeo with
 * "do not track". UN Web TV pages give no stable embed address, so they are linked, never framed.
 */
export function parseEmbed(raw: string): Embed | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:") return null;
  const host = url.hostname.toLowerCase();
  const id = (re: RegExp, s: string) => (re.test(s) ? s : null);
  if (host === "www.youtube.com" || host === "youtube.com" || host === "m.youtube.com" || host === "youtu.be") {
    const v = host === "youtu.be" ? url.pathname.slice(1) : url.pathname === "/watch" ? (url.searchParams.get("v") ?? "") : (/^\/(?:embed|shorts)\/([^/]+)$/.exec(url.pathname)?.[1] ?? "");
    const vid = id(/^[A-Za-z0-9_-]{11}$/, v);
    if (!vid) return null;
    return { provider: "youtube", pageUrl: `https://www.youtube.com/watch?v=${vid}`, host: "www.youtube-nocookie.com", frameSrc: `https://www.youtube-nocookie.com/embed/${vid}`, frameOrigin: "https://www.youtube-nocookie.com" };
  }
  if (host === "vimeo.com" || host === "www.vimeo.com" || host === "player.vimeo.com") {
    const vid = /^\/(?:video\/)?(\d{1,12})$/.exec(url.pathname)?.[1];
    if (!vid) return null;
    return { provider: "vimeo", pageUrl: `https://vimeo.com/${vid}`, host: "player.vimeo.com", frameSrc: `https://player.vimeo.com/video/${vid}?dnt=1`, frameOrigin: "https://player.vimeo.com" };
  }
  if (host === "webtv.un.org" && /^\/[A-Za-z0-9/_.-]{1,300}$/.test(url.pathname)) {
    return { provider: "unwebtv", pageUrl: `https://webtv.un.org${url.pathname}`, host: "webtv.un.org", frameSrc: null, frameOrigin: null };
  }
  return null;
}

/** The texts of a series in one language, with its shared facts. */
export const SeriesFormSchema = z.object({
  slug,
  position,
  title: requiredText(200, "videos.error.title"),
  description: requiredText(5000, "videos.error.description"),
});
export type SeriesForm = z.infer<typeof SeriesFormSchema>;

/** The texts of an episode in one language, with its shared facts. */
export const EpisodeFormSchema = z.object({
  slug,
  position,
  duration: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || parseDuration(v) !== null, { error: "videos.error.duration" })
    .transform((v) => (v ? parseDuration(v) : null)),
  embed_url: z
    .string()
    .trim()
    .max(500, { error: "videos.error.embed" })
    .optional()
    .refine((v) => !v || parseEmbed(v) !== null, { error: "videos.error.embed" })
    .transform((v) => (v ? parseEmbed(v)!.pageUrl : null)),
  related_stories: z
    .string()
    .max(2000, { error: "videos.error.stories" })
    .optional()
    .transform((v) => (v ?? "").split(/[\s,]+/).map((x) => x.trim().toLowerCase()).filter(Boolean))
    .refine((ids) => ids.length <= 20 && ids.every((x) => UUID.test(x)), { error: "videos.error.stories" }),
  title: requiredText(200, "videos.error.title"),
  description: requiredText(5000, "videos.error.description"),
  content_warning: optionalText(300),
  people: optionalText(500),
});
export type EpisodeForm = z.infer<typeof EpisodeFormSchema>;

export const CaptionFormSchema = z.object({
  caption_locale: z.enum(LOCALES, { error: "videos.error.language" }),
});

export const PublishFormSchema = z.object({
  action: z.enum(["publish", "unpublish"], { error: "form.error.invalid" }),
});
