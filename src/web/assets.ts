import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

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

/** Text assets worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = /\.(css|js|svg|json|txt|xml)$/;

/**
 * The folder the static files are served from: a copy of public/ under DATA_DIR with each text asset
 * beside its Brotli (.br, best quality) and gzip (.gz) forms, made once at start-up so no request pays
 * for compression. The folder is named after the files' hashes, so an edited asset never meets a stale
 * compressed copy. Falls back to public/ itself (compressed per response) if DATA_DIR is not writable.
 */
export function prepareStaticDir(dataDir: string): { root: string; preCompressed: boolean } {
  const digest = createHash("sha256").update([...versions].map(([n, v]) => `${n}:${v}`).join(",")).digest("hex").slice(0, 12);
  const root = path.join(dataDir, "static", digest);
  try {
    if (!existsSync(path.join(root, ".complete"))) {
      mkdirSync(root, { recursive: true });
      const write = (file: string, data: Buffer) => {
        // Written aside then renamed: instances sharing DATA_DIR never read half a file.
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, data);
        renameSync(tmp, file);
      };
      for (const name of versions.keys()) {
        const data = readFileSync(path.join(PUBLIC_DIR, name));
        write(path.join(root, name), data);
        if (!COMPRESSIBLE.test(name)) continue;
        write(path.join(root, `${name}.br`), brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
        write(path.join(root, `${name}.gz`), gzipSync(data, { level: 9 }));
      }
      writeFileSync(path.join(root, ".complete"), "");
    }
    return { root, preCompressed: true };
  } catch {
    return { root: PUBLIC_DIR, preCompressed: false };
  }
}
