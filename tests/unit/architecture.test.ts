import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

/** House rules from CONVENTIONS.md that a linter would otherwise enforce. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const source = files("src").filter((f) => !f.endsWith(".test.ts"));

describe("house rules", () => {
  it("keeps SQL in repositories, migrations and the database layer", () => {
    const offenders = source.filter(
      (f) => !f.endsWith(".repo.ts") && !f.startsWith(path.join("src", "db")) && /\.(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql`/.test(readFileSync(f, "utf8")),
    );
    assert.deepEqual(offenders, []);
  });

  it("never lets one feature import another feature's routes or views", () => {
    const offenders: string[] = [];
    for (const f of source.filter((x) => x.includes(`${path.sep}features${path.sep}`))) {
      const feature = f.split(path.sep)[2];
      for (const m of readFileSync(f, "utf8").matchAll(/from "\.\.\/([\w-]+)\/[\w.-]+\.(routes|views)\.tsx?"/g)) {
        if (m[1] !== feature) offenders.push(`${f} imports ${m[0]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it("reads process.env only in config.ts", () => {
    const offenders = source.filter((f) => f !== path.join("src", "config.ts") && /process\.env/.test(readFileSync(f, "utf8")));
    assert.deepEqual(offenders, []);
  });

  it("writes raw HTML only through the sanitising Markdown helper or escaped JSON-LD", () => {
    const offenders = source.filter((f) => {
      const text = readFileSync(f, "utf8");
      const uses = [...text.matchAll(/dangerouslySetInnerHTML=\{\{ __html: ([^}]+)\}\}/g)].map((m) => m[1] ?? "");
      return uses.some((u) => u.trim() !== "html" && !/JSON\.stringify\(.*\)\.replace\(\/</.test(u));
    });
    assert.deepEqual(offenders, []);
  });
});
