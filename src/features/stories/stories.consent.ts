/**
 * What a story's author agrees to, one choice each, and the version of the wording they saw. The
 * wording itself lives in the message catalogues (`stories.consent.*`); when it changes in substance,
 * the version changes, so every recorded consent says which words it answered.
 */
// 2026-11-2: the consent says that details kept to the original story are never translated or quoted.
export const CONSENT_VERSION = "2026-11-2";

export const NAMINGS = ["anonymous", "pseudonym", "first_name", "full_name"] as const;
export type Naming = (typeof NAMINGS)[number];

export interface Consent {
  naming: Naming;
  /** Shown with the story when naming is not anonymous. */
  displayName: string | null;
  publish: boolean;
  translate: boolean;
  quote: boolean;
}

/** The name readers see: the chosen one, or nothing for an anonymous story. */
export function shownName(consent: Pick<Consent, "naming" | "displayName">): string | null {
  return consent.naming === "anonymous" ? null : consent.displayName;
}

/** May the story be public at all? Only with the author's consent to publish, and once a moderator approved it. */
export function mayBePublic(consent: Pick<Consent, "publish">, status: string): boolean {
  return consent.publish && status === "approved";
}

/** The title readers see: the story's own, or its first words (also used where other features list stories). */
export function storyTitle(s: { title: string | null; body: string }): string {
  if (s.title) return s.title;
  const words = s.body.replace(/\s+/g, " ").trim();
  return words.length > 80 ? `${words.slice(0, 80).replace(/\s+\S*$/, "")}…` : words;
}
