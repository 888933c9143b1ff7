import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PUBLIC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../public");

const versions = new Map<string, string>();
for (const name of readdirSync(PUBLIC_DIR)) {
  const hash = createHash("sha256").update(readFileSync(path.join(PUBLIC_DIR, name))).digest("hex").slice(0, 12);
  versions.set(name, hash);
}

/** The URL of a static file with its content hash, so it can be cached for a year. */
export function asset(name: string): string {
  const v = versions.get(name);
  if (!v) throw new Error(`Unknown asset ${name}`);
  return `/static/${name}?v=${v}`;
}
