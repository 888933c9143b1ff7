import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { openDatabase } from "../../src/db/database.ts";

describe("npm run user:create", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "vsp-cli-"));
  after(() => rmSync(dataDir, { recursive: true, force: true }));
  const run = (args: string[], stdin: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/user-create.ts", ...args], {
      input: stdin,
      encoding: "utf8",
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, SEED_DEMO: "false" },
    });

  it("creates an account with the password read from standard input, hashed with argon2id", async () => {
    const r = run(["--email", "First.Admin@Example.org", "--role", "admin", "--name", "First Admin"], "a long enough passphrase\n");
    assert.equal(r.status, 0, r.stderr);
    const db = openDatabase({ dataDir });
    try {
      const user = await db.kysely.selectFrom("users").selectAll().executeTakeFirstOrThrow();
      assert.equal(user.email, "first.admin@example.org");
      assert.match(user.password_hash, /^\$argon2id\$/);
      const roles = await db.kysely.selectFrom("user_roles").select("role").execute();
      assert.deepEqual(roles.map((x) => x.role), ["admin"]);
    } finally {
      await db.destroy();
    }
  });

  it("refuses short passwords, unknown roles, duplicates and focal points without a country", () => {
    assert.notEqual(run(["--email", "b@example.org", "--role", "editor"], "short\n").status, 0);
    assert.match(run(["--email", "c@example.org", "--role", "boss"], "a long enough passphrase\n").stderr, /--role/);
    assert.match(run(["--email", "first.admin@example.org", "--role", "admin"], "a long enough passphrase\n").stderr, /already exists/);
    assert.match(run(["--email", "d@example.org", "--role", "focal_point"], "a long enough passphrase\n").stderr, /country/);
  });

  it("has no way to take a password from the command line", () => {
    const r = run(["--email", "e@example.org", "--role", "editor", "--password", "a long enough passphrase"], "");
    assert.notEqual(r.status, 0);
  });
});
