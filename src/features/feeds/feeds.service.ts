import { Feed } from "feed";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { translator } from "../../i18n/i18n.ts";
import { LANG_TAG, isLocale, type Locale } from "../../i18n/locales.ts";
import { storiesRepo } from "../stories/stories.repo.ts";
import { storyVoicesRepo } from "../stories/story-voices.repo.ts";
import { currentTranslationsOf } from "../stories/story-voices.service.ts";
import { feedsRepo } from "./feeds.repo.ts";

/** How many entries a feed carries (the newest). */
export const FEED_SIZE = 50;

export interface AtomEntry {
  id: string;
  title: string;
  /** Plain text, escaped here; with `summaryIsHtml`, markup whose text the caller has escaped. */
  summary: string;
  summaryIsHtml?: boolean;
  link: string;
  /** The language of the entry's text (BCP 47), marked when it is not the feed's. */
  lang: string;
  published?: Date | undefined;
  updated: Date;
  categories?: { term: string; label: string }[];
}

/** The feed library writes titles and summaries as type="html": plain text must be escaped for it. */
export const htmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function excerpt(text: string, max = 240): string {
  const words = text.replace(/\s+/g, " ").trim();
  return words.length > max ? `${words.slice(0, max).replace(/\s+\S*$/, "")}…` : words;
}

const langTag = (code: string) => (isLocale(code) ? LANG_TAG[code] : code);

/**
 * An Atom 1.0 document built with `feed`: self and alternate links, the portal as author, entry ids
 * that are the entries' stable addresses. The library has no xml:lang, so it is added to the feed and
 * to each entry written in another language (entry text is escaped, so "<entry>" cannot occur in it).
 * Used by the events feed too.
 */
export function atomFeed(opts: { id: string; title: string; subtitle: string; self: string; alternate: string; origin: string; locale: Locale; now: Date; entries: AtomEntry[] }): string {
  const t = translator(opts.locale);
  const updated = opts.entries.reduce<Date | null>((max, e) => (!max || e.updated > max ? e.updated : max), null) ?? opts.now;
  const feed = new Feed({
    id: opts.id,
    title: opts.title,
    description: opts.subtitle,
    link: opts.alternate,
    feedLinks: { atom: opts.self },
    updated,
    generator: false,
    author: { name: t("site.name"), link: `${opts.origin}/${opts.locale}/` },
    favicon: `${opts.origin}/static/icon.svg`,
    copyright: t("site.name"),
  });
  for (const e of opts.entries) {
    feed.addItem({
      id: e.id,
      title: htmlText(e.title),
      description: e.summaryIsHtml ? e.summary : htmlText(e.summary),
      link: e.link,
      date: e.updated,
      ...(e.published ? { published: e.published } : {}),
      ...(e.categories ? { category: e.categories.map((c) => ({ term: c.term, name: c.label })) } : {}),
    });
  }
  const feedLang = LANG_TAG[opts.locale];
  let i = 0;
  return feed
    .atom1()
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feedLang}">`)
    .replace(/<link rel="alternate" href="([^"]*)"\/>/, '<link rel="alternate" type="text/html" href="$1"/>')
    .replace(/<link rel="self" href="([^"]*)"\/>/, '<link rel="self" type="application/atom+xml" href="$1"/>')
    .replace(/<entry>/g, () => {
      const lang = opts.entries[i++]?.lang;
      return lang && lang !== feedLang ? `<entry xml:lang="${lang}">` : "<entry>";
    });
}

const toDate = (iso: string | null | undefined, fallback: Date) => (iso ? new Date(iso) : fallback);

/** The portal's Atom feeds: news published in the reader's language, and published stories. */
export function feedsService(db: Kysely<Database>, clock: () => Date) {
  const repo = feedsRepo(db);
  const stories = storiesRepo(db);
  const voices = storyVoicesRepo(db);
  return {
    async news(origin: string, locale: Locale): Promise<string> {
      const t = translator(locale);
      const now = clock();
      const rows = await repo.newsIn(locale, FEED_SIZE);
      const entries: AtomEntry[] = rows.map((r) => {
        const link = `${origin}/${locale}/news/${encodeURIComponent(r.slug)}`;
        const published = toDate(r.first_published_at ?? r.item_first_published_at, now);
        const revised = toDate(r.revised_at, published);
        return {
          id: link,
          title: r.title,
          summary: r.content_warning ? t("feeds.contentWarning", { warning: r.content_warning }) : r.summary,
          link,
          lang: LANG_TAG[locale],
          published,
          updated: revised > published ? revised : published,
        };
      });
      return atomFeed({ id: `${origin}/${locale}/news.atom`, title: t("feeds.news.title"), subtitle: t("feeds.news.subtitle"), self: `${origin}/${locale}/news.atom`, alternate: `${origin}/${locale}/news`, origin, locale, now, entries });
    },

    /** Stories in the reader's language when a translation is published and still current, else in the original (marked). */
    async stories(origin: string, locale: Locale): Promise<string> {
      const t = translator(locale);
      const now = clock();
      const { rows } = await stories.published({}, FEED_SIZE, 0);
      const translations = currentTranslationsOf(rows, await voices.publishedIn(rows.map((r) => r.id), locale));
      const entries: AtomEntry[] = rows.map((s) => {
        const tr = translations.get(s.id);
        const shown = tr ? { title: tr.title, body: tr.body, warning: tr.content_warning, lang: tr.locale, at: tr.updated_at } : { title: s.title, body: s.body, warning: s.content_warning, lang: s.language, at: s.updated_at };
        const link = `${origin}/${locale}/stories/${s.id}`;
        const published = toDate(s.approved_at, toDate(s.created_at, now));
        const changed = toDate(shown.at, published);
        return {
          id: link,
          title: shown.title ?? excerpt(shown.body, 80),
          // A story behind a content warning shows only the warning (labelled in the story's language), never its first lines.
          summary: shown.warning ? (isLocale(shown.lang) ? translator(shown.lang) : t)("feeds.contentWarning", { warning: shown.warning }) : excerpt(shown.body),
          link,
          lang: langTag(shown.lang),
          published,
          updated: changed > published ? changed : published,
        };
      });
      return atomFeed({ id: `${origin}/${locale}/stories.atom`, title: t("feeds.stories.title"), subtitle: t("feeds.stories.subtitle"), self: `${origin}/${locale}/stories.atom`, alternate: `${origin}/${locale}/stories`, origin, locale, now, entries });
    },
  };
}
