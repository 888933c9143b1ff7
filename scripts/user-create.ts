import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { migrateToLatest } from "../src/db/migrator.ts";
import { auditRepo } from "../src/features/admin-audit/audit.repo.ts";
import { PASSWORD_MAX, PASSWORD_MIN, hashPassword } from "../src/features/admin-auth/passwords.ts";
import { usersRepo } from "../src/features/admin-users/users.repo.ts";
import { ROLES, isRole } from "../src/web/auth.ts";

/**
 * npm run user:create -- --email a@b.org --role admin [--role editor] [--name "…"] [--country FR]
 * The password is read from standard input (piped, or typed at a hidden prompt), never from argv.
 */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = "";
    for await (const chunk of process.stdin) data += chunk;
    return data.split(/\r?\n/)[0] ?? "";
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(q);
      const out = rl as unknown as { _writeToOutput: (s: string) => void };
      out._writeToOutput = () => {};
      rl.question("", (a) => {
        process.stdout.write("\n");
        resolve(a);
      });
    });
  const first = await ask("Password: ");
  const second = await ask("Repeat password: ");
  rl.close();
  if (first !== second) throw new Error("The passwords do not match.");
  return first;
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", multiple: true }, name: { type: "string" }, country: { type: "string", multiple: true } },
  });
  const email = values.email?.trim().toLowerCase();
  const roles = values.role ?? [];
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) throw new Error("Give --email with a valid address.");
  if (roles.length === 0 || !roles.every(isRole)) throw new Error(`Give at least one --role among: ${ROLES.join(", ")}.`);
  const countries = (values.country ?? []).map((c) => c.toUpperCase());
  if (countries.some((c) => !/^[A-Z]{2}$/.test(c))) throw new Error("Countries are two-letter codes, for example --country FR.");
  if (roles.includes("focal_point") && countries.length === 0) throw new Error("A focal_point needs at least one --country.");
  const password = await readPassword();
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
    throw new Error(`The password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`);
  }
  const config = loadConfig();
  const db = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(db);
    const users = usersRepo(db.kysely);
    if (await users.findByEmail(email)) throw new Error(`An account for ${email} already exists.`);
    const id = randomUUID();
    await users.insert(
      { id, email, name: values.name ?? email.split("@")[0] ?? email, password_hash: await hashPassword(password), totp_secret: null, totp_enabled_at: null, created_at: new Date().toISOString(), last_login_at: null, disabled_at: null },
      roles,
      countries,
    );
    await auditRepo(db.kysely).record({ userId: null, action: "users.created_cli", targetType: "user", targetId: id, details: { roles } });
    console.log(`Created ${email} (${roles.join(", ")}).${roles.includes("admin") ? " Set up two-step sign-in at the first sign-in." : ""}`);
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
