import type { Locale } from "../i18n/locales.ts";

import type { Audience, Topic } from "../features/content/content.taxonomy.ts";

export interface DemoTranslation {
  title: string;
  /** One or two plain sentences shown in lists and search results. */
  summary: string;
  /** Markdown: paragraphs, ## headings, lists, links to other portal pages as /{lang}/info/{slug}. */
  body: string;
  /** When set, the body is hidden behind a "show content" control with this warning. */
  contentWarning?: string;
}

export interface DemoItem {
  kind: "page" | "news";
  /** ASCII, kebab-case, shared by all languages: /{lang}/info/{slug} or /{lang}/news/{slug}. */
  slug: string;
  topic?: Topic;
  audiences: Audience[];
  sortOrder?: number;
  /** ISO date (YYYY-MM-DD) of publication; for news it is the news date. */
  publishedOn: string;
  /** ISO date the content was last reviewed. */
  reviewedOn: string;
  translations: Partial<Record<Locale, DemoTranslation>>;
}
