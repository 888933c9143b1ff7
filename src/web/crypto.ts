import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";
import type { FieldKey, FieldKeys } from "./secrets.ts";

/** An encrypted field that no configured key can read: named, so that it is never mistaken for data. */
export class FieldKeyError extends Error {
  override name = "FieldKeyError";
}

const b64 = (b: Buffer) => b.toString("base64url");

/**
 * AES-256-GCM for sensitive fields at rest: "v2.<keyId>.<iv>.<tag>.<ciphertext>" (base64url parts),
 * under the current field key. The key id lets a reader pick the right key after a rotation.
 */
export function encryptField(keys: FieldKeys, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keys.current.key, iv);
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v2", keys.current.id, b64(iv), b64(cipher.getAuthTag()), b64(data)].join(".");
}

function open(key: Buffer, iv: string, tag: string, data: string): string {
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}

/**
 * Reads an encrypted field with the key its id names. "v1" values (written before key ids existed)
 * are tried with every configured key; GCM's tag tells the right one. A value no configured key can
 * read throws a FieldKeyError that says which key is missing, never returns garbage.
 */
export function decryptField(keys: FieldKeys, stored: string): string {
  const parts = stored.split(".");
  if (parts[0] === "v2" && parts.length === 5) {
    const [, id, iv, tag, data] = parts as [string, string, string, string, string];
    const key = keys.all.find((k) => k.id === id);
    if (!key) throw new FieldKeyError(`An encrypted field was written with key ${id}, which is neither SECRET_KEY nor in SECRET_KEY_PREVIOUS: add the old key to SECRET_KEY_PREVIOUS (see "Rotating the encryption key" in README.md).`);
    try {
      return open(key.key, iv, tag, data);
    } catch {
      throw new FieldKeyError(`An encrypted field under key ${id} failed its integrity check (damaged or altered).`);
    }
  }
  if (parts[0] === "v1" && parts.length === 4) {
    const [, iv, tag, data] = parts as [string, string, string, string];
    for (const k of keys.all) {
      try {
        return open(k.key, iv, tag, data);
      } catch {
        // Not this key: GCM's tag does not match; try the next one.
      }
    }
    throw new FieldKeyError("An encrypted field (v1, written before key ids) cannot be read with SECRET_KEY or any key in SECRET_KEY_PREVIOUS: add the key it was written with to SECRET_KEY_PREVIOUS.");
  }
  throw new FieldKeyError("Unknown encrypted field format");
}

/** Whether an encrypted field is already under the current key (a rotation leaves it alone). */
export function isUnderCurrentKey(keys: FieldKeys, stored: string): boolean {
  return stored.startsWith(currentKeyPrefix(keys));
}

/** The prefix every field encrypted under the current key starts with. */
export function currentKeyPrefix(keys: FieldKeys): string {
  return `v2.${keys.current.id}.`;
}

/** An HMAC-SHA256 of a message under one field key: the keyed lookup hashes and derived link tokens. */
export function keyedHash(key: FieldKey, message: string): Buffer {
  return createHmac("sha256", key.key).update(message).digest();
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}
