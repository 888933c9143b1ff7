import { createHash, createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The master secret: SECRET_KEY when set, else a random key kept in DATA_DIR/secret.key so that a
 * development portal works with no set-up and keeps its sessions across restarts.
 */
export function loadMasterKey(secretKey: string | undefined, dataDir: string): Buffer {
  if (secretKey) return Buffer.from(secretKey, "hex");
  const file = path.join(dataDir, "secret.key");
  if (existsSync(file)) return Buffer.from(readFileSync(file, "utf8").trim(), "hex");
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString("hex"), { mode: 0o600 });
  return key;
}

/** A purpose-bound key derived from the master key, so one secret never serves two uses. */
export function deriveKey(master: Buffer, purpose: string): Buffer {
  return createHmac("sha256", master).update(`vsp:${purpose}`).digest();
}

/** One field key and its id: a short hash of the key (never the key), written into each ciphertext. */
export interface FieldKey {
  readonly id: string;
  readonly key: Buffer;
}

/**
 * The field keys a portal can read with (docs/decisions/019-key-rotation.md): `current` encrypts and
 * makes lookup hashes; `all` is the current key first, then the retired ones (SECRET_KEY_PREVIOUS),
 * which only read what was written before a rotation.
 */
export interface FieldKeys {
  readonly current: FieldKey;
  readonly all: readonly FieldKey[];
}

/** The id of a field key: 12 hexadecimal digits of a hash of the key, so it names the key without revealing it. */
export function fieldKeyId(key: Buffer): string {
  return createHash("sha256").update("vsp:field-key-id:").update(key).digest("hex").slice(0, 12);
}

/** The field keys derived from the current master key and any retired master keys (duplicates dropped). */
export function fieldKeys(master: Buffer, previousMasters: readonly Buffer[] = []): FieldKeys {
  const all: FieldKey[] = [];
  for (const m of [master, ...previousMasters]) {
    const key = deriveKey(m, "field");
    const id = fieldKeyId(key);
    if (!all.some((k) => k.id === id)) all.push(Object.freeze({ id, key }));
  }
  return Object.freeze({ current: all[0]!, all: Object.freeze(all) });
}
