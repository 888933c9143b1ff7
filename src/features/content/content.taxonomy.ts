import type { MessageKey } from "../../i18n/i18n.ts";

/** The topic tree of the information pages. */
export const TOPICS = ["rights", "compensation", "health", "justice", "media", "practical", "families", "children", "gender"] as const;
export type Topic = (typeof TOPICS)[number];

/** Topics whose readers are pointed to another topic that concerns them ("see also"), both ways. */
export const RELATED_TOPICS: Readonly<Partial<Record<Topic, readonly Topic[]>>> = {
  justice: ["gender"],
  compensation: ["gender"],
  health: ["gender"],
  children: ["gender"],
  gender: ["justice", "compensation", "health", "children"],
};

/** Topics whose pages speak of sexual violence: their language versions carry a content warning by default. */
export const WARNING_BY_DEFAULT_TOPICS: readonly Topic[] = ["gender"];

/** Does an item carry a content warning unless an editor explicitly removes it? */
export function warnsByDefault(item: { topic: string | null; sexualViolence: boolean }): boolean {
  return item.sexualViolence || (WARNING_BY_DEFAULT_TOPICS as readonly string[]).includes(item.topic ?? "");
}

/**
 * The warning readers see: the version's own, else, on a page about sexual violence, the default one
 * (`defaultText`), unless an editor explicitly published this version without a warning.
 */
export function shownWarning(
  v: { topic: string | null; sexualViolence: boolean; contentWarning: string | null; warningRemoved: boolean },
  defaultText: string,
): string | null {
  if (v.contentWarning) return v.contentWarning;
  return warnsByDefault(v) && !v.warningRemoved ? defaultText : null;
}

/** Audiences a page can be written for. */
export const AUDIENCES = ["victims", "families", "associations", "member-states", "practitioners"] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Workflow states of one language version. */
export const STATUSES = ["draft", "in_review", "scheduled", "published"] as const;

/** Web addresses of pages and news: ASCII, kebab-case, shared by all languages. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isTopic = (v: string): v is Topic => (TOPICS as readonly string[]).includes(v);
export const isAudience = (v: string): v is Audience => (AUDIENCES as readonly string[]).includes(v);

// Message keys built from the lists above (the catalogue parity test keeps them present).
export const topicNameKey = (topic: string) => `topic.${topic}.name` as MessageKey;
export const topicDescriptionKey = (topic: string) => `topic.${topic}.description` as MessageKey;
export const audienceKey = (audience: string) => `audience.${audience}` as MessageKey;
export const statusKey = (status: string) => `status.${status}` as MessageKey;
