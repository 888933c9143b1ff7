import { open, stat } from "node:fs/promises";
import path from "node:path";
import { DatasetError } from "./hsds/errors.ts";
import { readJsonDataset, type ParsedDataset } from "./hsds/json.ts";
import { readTabularPackage } from "./hsds/tabular.ts";

/**
 * Reads an HSDS dataset from a path: a JSON file, a zip holding a tabular data package, or a folder
 * holding one. Sizes are checked before anything is read, so a 2 GB file is refused at once.
 */
export async function readDatasetPath(source: string, maxBytes: number): Promise<ParsedDataset> {
  const info = await stat(source).catch(() => null);
  if (!info) throw new DatasetError("file_missing", { file: path.basename(source) });
  if (info.isDirectory()) return readTabularPackage({ dir: source }, { maxEntryBytes: maxBytes, maxUncompressedBytes: maxBytes });
  if (info.size > maxBytes) throw new DatasetError("file_too_large", { file: path.basename(source), limit: maxBytes });
  const bytes = await readWhole(source, info.size);
  return readDatasetBytes(bytes, maxBytes);
}

/** Reads an uploaded dataset: a zip is recognised by its signature, anything else is read as JSON. */
export async function readDatasetBytes(bytes: Uint8Array, maxBytes: number): Promise<ParsedDataset> {
  if (bytes.byteLength > maxBytes) throw new DatasetError("file_too_large", { limit: maxBytes });
  const isZip = bytes.byteLength >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
  if (isZip) return readTabularPackage({ zip: bytes }, { maxUncompressedBytes: maxBytes, maxEntryBytes: maxBytes });
  return readJsonDataset(bytes);
}

async function readWhole(file: string, size: number): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const buffer = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(buffer, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return buffer.subarray(0, offset);
  } finally {
    await handle.close();
  }
}
