import { randomUUID } from "node:crypto";
import type { Db } from "../../src/db/database.ts";
import { hashPassword } from "../../src/features/admin-auth/passwords.ts";
import { currentTotp, newTotpSecret } from "../../src/features/admin-auth/totp.ts";
import { usersRepo } from "../../src/features/admin-users/users.repo.ts";
import { encryptField } from "../../src/web/crypto.ts";
import type { Role } from "../../src/web/auth.ts";
import { uniqueEmail, type TestApp } from "./app.ts";
import { Client } from "./http.ts";

export interface StaffFixture {
  id: string;
  email: string;
  password: string;
  totpSecret: string | null;
  code(at?: Date): string;
}

/** Creates a staff account; admins get a second factor unless told otherwise. */
export async function buildStaff(
  t: TestApp,
  overrides: { roles?: Role[]; countries?: string[]; totp?: boolean; email?: string; password?: string } = {},
): Promise<StaffFixture> {
  const roles = overrides.roles ?? ["editor"];
  const password = overrides.password ?? "correct horse battery staple";
  const email = overrides.email ?? uniqueEmail();
  const totp = overrides.totp ?? roles.includes("admin");
  const secret = totp ? newTotpSecret() : null;
  const id = randomUUID();
  const at = new Date().toISOString();
  await usersRepo(t.db.kysely).insert(
    {
      id,
      email,
      name: `Test ${roles.join("/")}`,
      password_hash: await hashPassword(password),
      totp_secret: secret ? encryptField(t.app.services.keys.field, secret) : null,
      totp_enabled_at: secret ? at : null,
      created_at: at,
      last_login_at: null,
      disabled_at: null,
    },
    roles,
    overrides.countries ?? [],
  );
  return { id, email, password, totpSecret: secret, code: (when = t.clock.now) => (secret ? currentTotp(secret, email, when) : "") };
}

/** Signs a staff member in through the real forms (password, then the TOTP code when set up). */
export async function signIn(t: TestApp, staff: StaffFixture, locale = "en"): Promise<Client> {
  const client = new Client(t.app);
  const res = await client.post(`/${locale}/admin/login`, { email: staff.email, password: staff.password }, { formPage: `/${locale}/admin/login` });
  if (res.statusCode !== 303) throw new Error(`login failed: ${res.statusCode}`);
  if (res.headers.location === `/${locale}/admin/login/totp`) {
    const r2 = await client.post(`/${locale}/admin/login/totp`, { code: staff.code() }, { formPage: `/${locale}/admin/login/totp` });
    if (r2.statusCode !== 303) throw new Error(`totp failed: ${r2.statusCode}`);
  }
  return client;
}

/** Sample pages used by tests: published in the given languages. */
export async function buildPage(
  t: TestApp,
  overrides: { slug?: string; kind?: "page" | "news"; topic?: string | null; locales?: Record<string, { title: string; summary?: string; body?: string; contentWarning?: string }> } = {},
) {
  const { contentService } = await import("../../src/features/content/content.service.ts");
  const service = contentService(t.db, () => t.clock.now);
  const slug = overrides.slug ?? `page-${randomUUID().slice(0, 8)}`;
  const id = await service.createItem({ kind: overrides.kind ?? "page", slug, topic: overrides.topic === undefined ? "rights" : overrides.topic, audiences: ["victims"] }, null);
  const locales = overrides.locales ?? { en: { title: "Sample page" } };
  for (const [locale, tr] of Object.entries(locales)) {
    await service.saveTranslation(
      {
        itemId: id,
        locale,
        action: "publish",
        fields: { title: tr.title, summary: tr.summary ?? `${tr.title} summary`, body: tr.body ?? `Body of ${tr.title}.`, contentWarning: tr.contentWarning ?? null, reviewedOn: "2026-10-01" },
      },
      null,
    );
  }
  return { id, slug };
}
