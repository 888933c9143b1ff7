import type { FastifyReply, FastifyRequest } from "fastify";
import type { MessageKey } from "../i18n/i18n.ts";
import { forbidden } from "./errors.ts";

export const ROLES = ["admin", "editor", "translator", "moderator", "focal_point"] as const;
export type Role = (typeof ROLES)[number];

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  countries: string[];
  totpEnabled: boolean;
  sessionIdHash: string;
}

export type Permission =
  | "content.edit"
  | "content.translate"
  | "content.publish"
  | "feedback.view"
  | "users.manage"
  | "audit.view"
  | "directory.edit"
  | "directory.import"
  | "directory.moderate"
  | "countries.edit"
  | "countries.publish"
  | "stories.moderate"
  | "stories.translate"
  | "videos.manage"
  | "newsletter.send"
  | "outbox.view"
  | "crisis.manage"
  | "tributes.moderate"
  | "campaigns.manage"
  | "events.manage"
  | "library.manage"
  | "library.submit"
  | "learn.manage"
  | "statistics.view";

/** Who may do what; kept apart from the route handlers so the rules can be read in one place. */
const GRANTS: Record<Role, Permission[]> = {
  admin: ["content.edit", "content.translate", "content.publish", "feedback.view", "users.manage", "audit.view", "directory.edit", "directory.import", "directory.moderate", "countries.edit", "countries.publish", "stories.moderate", "stories.translate", "videos.manage", "newsletter.send", "outbox.view", "crisis.manage", "tributes.moderate", "campaigns.manage", "events.manage", "library.manage", "learn.manage", "statistics.view"],
  editor: ["content.edit", "content.translate", "content.publish", "feedback.view", "directory.edit", "directory.import", "directory.moderate", "countries.edit", "countries.publish", "stories.translate", "videos.manage", "newsletter.send", "campaigns.manage", "events.manage", "library.manage", "learn.manage", "statistics.view"],
  translator: ["content.translate", "stories.translate", "library.submit"],
  moderator: ["feedback.view", "directory.moderate", "stories.moderate", "tributes.moderate"],
  // Focal points edit the directory only for their own countries (checked where a record is loaded).
  // Their country profile changes wait for an editor's review.
  focal_point: ["directory.edit", "countries.edit"],
};

export function can(user: StaffUser | null, permission: Permission): boolean {
  return Boolean(user?.roles.some((r) => GRANTS[r].includes(permission)));
}

export const roleKey = (role: string) => `role.${role}` as MessageKey;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** A preHandler that answers 403 unless the signed-in staff member holds the permission. */
export function requirePermission(permission: Permission) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!can(request.staff, permission)) throw forbidden();
  };
}
