import { randomUUID } from "node:crypto";
import { strToU8, zipSync, type Zippable } from "fflate";
import type { Locale } from "../../i18n/locales.ts";
import { PhotoError, processPhoto, type PhotoVariant } from "../../media/photo.ts";
import type { MediaStorage } from "../../media/storage.ts";
import { markdownToText } from "../../views/markdown.tsx";
import type { Db } from "../../db/database.ts";
import { campaignsRepo, type CampaignFull, type CampaignImageRow, type CampaignTextRow } from "./campaigns.repo.ts";

/** Share-kit images are made at the sizes the networks show (a link preview, a post) as WebP for the page and JPEG to download. */
export const CAMPAIGN_IMAGE_WIDTHS = [600, 1200] as const;

export const variantsOf = (img: Pick<CampaignImageRow, "variants">): PhotoVariant[] => JSON.parse(img.variants) as PhotoVariant[];
export const altsOf = (img: Pick<CampaignImageRow, "alts">): Partial<Record<Locale, string>> => JSON.parse(img.alts) as Partial<Record<Locale, string>>;
export const fileName = (key: string) => key.slice(key.lastIndexOf("/") + 1);
export const hashtagsOf = (t: Pick<CampaignTextRow, "hashtags">) => t.hashtags.split(" ").filter(Boolean);
export const factsOf = (t: Pick<CampaignTextRow, "facts">) => t.facts.split("\n").filter(Boolean);

/** The text in the reader's language, else English, else the first in the UN's order, marked when it is another language. */
export { pickMarked as pickText } from "../../i18n/fallback.ts";

/** An image's alt text in one language, else in the language the text is shown in, else none. */
export function altFor(img: Pick<CampaignImageRow, "alts">, locale: Locale, shownIn: string): { alt: string; locale: string } {
  const alts = altsOf(img);
  const own = alts[locale];
  if (own) return { alt: own, locale };
  const other = alts[shownIn as Locale];
  return other ? { alt: other, locale: shownIn } : { alt: "", locale };
}

/** The share text as posted: the words, then the hashtags. */
export function shareMessage(t: Pick<CampaignTextRow, "share_text" | "hashtags">): string {
  const tags = hashtagsOf(t).map((h) => `#${h}`).join(" ");
  return tags ? `${t.share_text} ${tags}` : t.share_text;
}

export type ShareNetwork = "facebook" | "x" | "linkedin" | "whatsapp" | "telegram" | "email";
/** The networks' names are their own, the same in every language. */
export const NETWORK_NAMES: Record<Exclude<ShareNetwork, "email">, string> = { facebook: "Facebook", x: "X", linkedin: "LinkedIn", whatsapp: "WhatsApp", telegram: "Telegram" };

/**
 * Plain links to each network's own share page (no script, no image, nothing loaded from them on ours):
 * the reader's browser goes there only when they choose to.
 */
export function shareLinks(p: { url: string; text: string; title: string }): { network: ShareNetwork; href: string }[] {
  const e = encodeURIComponent;
  return [
    { network: "facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${e(p.url)}` },
    { network: "x", href: `https://x.com/intent/post?text=${e(p.text)}&url=${e(p.url)}` },
    { network: "linkedin", href: `https://www.linkedin.com/sharing/share-offsite/?url=${e(p.url)}` },
    { network: "whatsapp", href: `https://wa.me/?text=${e(`${p.text} ${p.url}`)}` },
    { network: "telegram", href: `https://t.me/share/url?url=${e(p.url)}&text=${e(p.text)}` },
    { network: "email", href: `mailto:?subject=${e(p.title)}&body=${e(`${p.text}\n\n${p.url}`)}` },
  ];
}

async function readAll(storage: MediaStorage, key: string): Promise<Uint8Array | null> {
  const obj = await storage.get(key);
  if (!obj) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of obj.stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The whole share kit as a zip: every image at each size made (JPEG), and one text file per language
 * with the title, the share text, the hashtags, the key facts, the page's address and the images' alt texts.
 */
export async function buildShareKit(storage: MediaStorage, c: CampaignFull, origin: string): Promise<Uint8Array> {
  const files: Zippable = {};
  const names: string[][] = [];
  for (const [i, img] of c.images.entries()) {
    const mine: string[] = [];
    for (const v of variantsOf(img).filter((x) => x.format === "jpeg")) {
      const data = await readAll(storage, v.key);
      if (!data) continue;
      const name = `images/${c.slug}-${i + 1}-${v.width}x${v.height}.jpg`;
      // JPEG is compressed already: stored, not deflated again.
      files[name] = [data, { level: 0 }];
      mine.push(name);
    }
    names.push(mine);
  }
  for (const t of c.texts) {
    const l = t.locale as Locale;
    const lines = [
      t.title,
      "",
      shareMessage(t),
      "",
      `${origin}/${l}/campaigns/${c.slug}`,
      "",
      ...factsOf(t).map((f) => `- ${f}`),
      "",
      markdownToText(t.message),
      "",
      ...c.images.flatMap((img, i) => {
        const alt = altsOf(img)[l];
        return alt ? (names[i] ?? []).map((n) => `${n}: ${alt}`) : [];
      }),
    ];
    files[`texts/${t.locale}.txt`] = strToU8(`${lines.join("\r\n").trim()}\r\n`);
  }
  return zipSync(files, { level: 6, mtime: new Date(c.updated_at) });
}

/** Staff work on campaigns: images re-encoded without metadata, replaced and removed with their files. */
export function campaignsService(db: Db, storage: MediaStorage, clock: () => Date) {
  const repo = campaignsRepo(db.kysely);
  return {
    repo,
    /** Re-encodes an uploaded image (no metadata kept) and adds it to the kit with its alt text in one language. */
    async addImage(c: CampaignFull, path: string, locale: Locale, alt: string): Promise<{ ok: true; id: string } | { ok: false }> {
      const id = randomUUID();
      let variants: PhotoVariant[];
      try {
        variants = (await processPhoto(path, { storage, prefix: `campaigns/${c.id}/` }, { name: id, widths: CAMPAIGN_IMAGE_WIDTHS, formats: ["webp", "jpeg"] })).variants;
      } catch (err) {
        if (err instanceof PhotoError) return { ok: false };
        throw err;
      }
      await repo.addImage({ id, campaignId: c.id, variants: JSON.stringify(variants), alts: JSON.stringify({ [locale]: alt }), at: clock().toISOString() });
      return { ok: true, id };
    },
    async setAlt(img: CampaignImageRow, locale: Locale, alt: string): Promise<void> {
      await repo.setImageAlts(img.id, JSON.stringify({ ...altsOf(img), [locale]: alt }));
    },
    async removeImage(img: CampaignImageRow): Promise<void> {
      await repo.deleteImage(img.id);
      await Promise.allSettled(variantsOf(img).map((v) => storage.delete(v.key)));
    },
  };
}
