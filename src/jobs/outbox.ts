import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Reading the development outbox (DATA_DIR/outbox, where the mailer writes .eml files when SMTP_URL
 * is not set): a list, newest first, and one message decoded to headers and plain text. Only names
 * the mailer itself makes are accepted, so a request can never read another file.
 */
const NAME = /^[0-9TZ-]+-[a-z0-9]{1,12}\.eml$/;

export interface OutboxEntry {
  name: string;
  subject: string;
  to: string;
  date: string;
}

export interface EmlMessage {
  headers: [string, string][];
  text: string;
}

export function outboxDir(dataDir: string): string {
  return path.join(dataDir, "outbox");
}

export function isOutboxName(name: string): boolean {
  return NAME.test(name);
}

/** The newest `limit` messages (the file names start with the time they were written). */
export async function listOutbox(dataDir: string, limit = 100): Promise<OutboxEntry[]> {
  let names: string[];
  try {
    names = (await readdir(outboxDir(dataDir))).filter(isOutboxName);
  } catch {
    return [];
  }
  names.sort().reverse();
  const out: OutboxEntry[] = [];
  for (const name of names.slice(0, limit)) {
    const m = parseEml(await readFile(path.join(outboxDir(dataDir), name), "utf8"));
    out.push({ name, subject: header(m, "subject"), to: header(m, "to"), date: header(m, "date") });
  }
  return out;
}

export async function readOutboxMessage(dataDir: string, name: string): Promise<EmlMessage | undefined> {
  if (!isOutboxName(name)) return undefined;
  try {
    return parseEml(await readFile(path.join(outboxDir(dataDir), name), "utf8"));
  } catch {
    return undefined;
  }
}

export function header(m: EmlMessage, name: string): string {
  return m.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] ?? "";
}

/** A single-part message as nodemailer writes it: unfolded headers with encoded words decoded, the body decoded. */
export function parseEml(raw: string): EmlMessage {
  const source = raw.replace(/\r\n/g, "\n");
  const split = source.indexOf("\n\n");
  const head = split < 0 ? source : source.slice(0, split);
  const body = split < 0 ? "" : source.slice(split + 2);
  const headers: [string, string][] = [];
  for (const line of head.split("\n")) {
    if (/^[ \t]/.test(line) && headers.length) {
      const last = headers[headers.length - 1]!;
      last[1] = `${last[1]} ${line.trim()}`.trim();
    } else {
      const colon = line.indexOf(":");
      if (colon > 0) headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  for (const h of headers) h[1] = decodeWords(h[1]);
  const encoding = header({ headers, text: "" }, "content-transfer-encoding").toLowerCase();
  const bytes = encoding === "base64" ? Buffer.from(body.replace(/\s+/g, ""), "base64") : encoding === "quoted-printable" ? decodeQuotedPrintable(body) : Buffer.from(body, "utf8");
  return { headers, text: bytes.toString("utf8") };
}

function decodeQuotedPrintable(s: string): Buffer {
  const joined = s.replace(/=\n/g, "");
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined[i]!;
    if (c === "=" && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      out.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      for (const b of Buffer.from(c, "utf8")) out.push(b);
    }
  }
  return Buffer.from(out);
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=), adjacent ones joined. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, text: string) =>
      enc.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")).toString("utf8"),
    );
}
