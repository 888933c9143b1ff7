import multipart, { type MultipartFile } from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { rm } from "node:fs/promises";
import { finished } from "node:stream/promises";
import type { Config } from "../config.ts";
import type { Kind } from "../media/sniff.ts";
import { uploadTmpDir } from "../media/storage.ts";
import { receiveUpload, type UploadResult } from "../media/upload.ts";
import { badRequest } from "./errors.ts";

/** What a file field accepts: media of some kinds (sniffed, streamed to a temporary file), or a small text file (kept in memory). */
export type FileFieldSpec = { accept: readonly Kind[] } | { accept: "text"; maxBytes: number };

export type TextUpload = { ok: true; kind: "text"; bytes: Buffer; size: number } | { ok: false; reason: "too_large" | "empty"; bytesRead: number };
export type ReceivedFile = UploadResult | TextUpload;

declare module "fastify" {
  interface FastifyRequest {
    /** Files received with a multipart form, by field name; a field left empty is absent. */
    uploads: Record<string, ReceivedFile>;
  }
}

/**
 * Lets the routes of this plugin scope take `multipart/form-data` forms with files. The body is parsed
 * before the CSRF check, with the other fields as plain values (like a urlencoded form); each file
 * streams to a private temporary file with the per-kind size limit, its type sniffed from its content,
 * and lands in `request.uploads[field]` (ok, or refused with a reason to show beside the field). The
 * route moves what it keeps into storage; any temporary file left when the answer is sent is deleted.
 * Limits that the user can hit give a translated form error, never a 413 that loses the answers.
 */
export async function acceptUploads(app: FastifyInstance, config: Config, fields: Record<string, FileFieldSpec>): Promise<void> {
  const tmpDir = uploadTmpDir(config);
  const kindLimit = (kinds: readonly Kind[]) => Math.max(...kinds.map((k) => config.mediaMaxBytes[k]));
  const largest = Math.max(
    ...Object.values(fields).map((f) => (f.accept === "text" ? f.maxBytes : kindLimit(f.accept))),
  );

  refuseMultipartWithoutBoundary(app);
  app.decorateRequest("uploads", null as unknown as Record<string, ReceivedFile>);
  app.addHook("onRequest", async (request) => {
    request.uploads = {};
  });

  await app.register(multipart, {
    attachFieldsToBody: "keyValues",
    throwFileSizeLimit: false,
    limits: { fileSize: largest + 1, files: Object.keys(fields).length, fields: 100, fieldSize: config.bodyLimitBytes, parts: 200 },
    async onFile(this: FastifyRequest, part: MultipartFile) {
      // A file after a form limit (fields, parts) was hit arrives already destroyed, and the request then
      // fails with that limit's 413; reading the stream would wait forever (pipeline) or throw (a 500).
      if (part.file.destroyed) return;
      const spec = fields[part.fieldname];
      // A file input left empty still sends a part, with no name and no bytes.
      if (!spec || !part.filename) {
        part.file.resume();
        await finished(part.file);
        return;
      }
      if (spec.accept === "text") {
        this.uploads[part.fieldname] = await receiveText(part, spec.maxBytes);
        return;
      }
      const got = await receiveUpload(part.file, { maxBytes: largest + 1, tmpDir, allowed: spec.accept });
      if (got.ok && got.size > config.mediaMaxBytes[got.kind]) {
        await rm(got.path, { force: true });
        this.uploads[part.fieldname] = { ok: false, reason: "too_large", bytesRead: got.size };
        return;
      }
      if (!got.ok && got.reason === "too_large") {
        // The rest of the file is read and dropped, so the other fields still arrive.
        part.file.resume();
        await finished(part.file).catch(() => undefined);
      }
      this.uploads[part.fieldname] = got;
    },
  });

  // Before the answer leaves (so a client that got it finds no temporary file), and again if the request failed.
  const cleanUp = async (request: FastifyRequest) => {
    for (const f of Object.values(request.uploads ?? {})) {
      if (f.ok && f.kind !== "text") await rm(f.path, { force: true });
    }
  };
  app.addHook("onSend", async (request, _reply, payload) => {
    await cleanUp(request);
    return payload;
  });
  app.addHook("onResponse", cleanUp);
}

/**
 * A multipart body without a usable boundary cannot be read: answer 400 before the parser throws a plain error
 * (which would be a 500). Register in a scope before @fastify/multipart.
 */
export function refuseMultipartWithoutBoundary(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    const type = request.headers["content-type"] ?? "";
    // RFC 2046: 1 to 70 characters; the parser throws on a longer one too.
    if (/^\s*multipart\//i.test(type) && !/;\s*boundary\s*=\s*(?:"[^"]{1,70}"|[^\s;"]{1,70})\s*(?:;|$)/i.test(type)) throw badRequest();
  });
}

async function receiveText(part: MultipartFile, maxBytes: number): Promise<TextUpload> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
  }
  if (size > maxBytes || part.file.truncated) return { ok: false, reason: "too_large", bytesRead: size };
  if (size === 0) return { ok: false, reason: "empty", bytesRead: 0 };
  return { ok: true, kind: "text", bytes: Buffer.concat(chunks), size };
}
