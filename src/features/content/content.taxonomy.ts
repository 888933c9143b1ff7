import type { MessageKey } from "../../i18n/i18n.ts";

/** The topic tree of the information pages. */
export const TOPICS = ["rights", "compensation", "health", "justice", "media", "practical", "families", "children"] as const;
export type Topic = (typeof TOPICS)[number];

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
