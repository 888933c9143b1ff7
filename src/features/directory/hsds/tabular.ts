import { toCsv } from "../../../web/csv.ts";
import { readFileSync } from "node:fs";
import { mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { CsvError, parse } from "csv-parse/sync";
import { Inflate, strToU8, zipSync } from "fflate";
import { DatasetError } from "./errors.ts";
import { acceptTabularRows, createRowCollector, type ParsedDataset, type RejectedRecord, type TabularRows } from "./json.ts";
import { HSDS_TABLES, type HsdsRow, type HsdsTable, type HsdsTables, type TableDef } from "./tables.ts";

/**
 * The HSDS Tabular Data Package: a datapackage.json descriptor and one CSV per table, from a folder
 * or a zip, and written as a zip or a folder. Zips are read with the central directory for the list
 * of entries and fflate's streaming inflater for their content, counting the bytes actually inflated:
 * declared sizes are never trusted.
 */

export interface TabularLimits {
  /** Total bytes inflated from a zip (descriptor and CSVs read). */
  maxUncompressedBytes: number;
  /** Bytes of any one file read (inflated from a zip, or on disk). */
  maxEntryBytes: number;
  /** Entries listed in a zip's central directory, folders included. */
  maxEntries: number;
}

export const DEFAULT_TABULAR_LIMITS: Readonly<TabularLimits> = {
  maxUncompressedBytes: 256 * 1024 * 1024,
  maxEntryBytes: 128 * 1024 * 1024,
  maxEntries: 200,
};

export type TabularSource = { dir: string } | { zip: Uint8Array } | { zipFile: string };

export interface TabularDataset extends ParsedDataset {
  /** Files in the package that are not HSDS tables (nor the descriptor), left unread. */
  ignoredFiles: string[];
  /**
   * Where the descriptor came from: the package's own file; a link to another file (a symlink as git
   * writes it where there are none: the file holds a relative path) that was followed; or a link to
   * "datapackage.json" that could not be followed, read as the standard's descriptor it points to.
   */
  descriptor: "package" | "linked" | "standard";
}

const DESCRIPTOR = "datapackage.json";
const STANDARD_DESCRIPTOR_URL = new URL("./standard/datapackage.json", import.meta.url);

/** Reads a Tabular Data Package. Throws DatasetError for a package that cannot be read as a whole. */
export async function readTabularPackage(source: TabularSource, limits: Partial<TabularLimits> = {}): Promise<TabularDataset> {
  const lim: TabularLimits = { ...DEFAULT_TABULAR_LIMITS, ...limits };
  let pkg: PackageFiles;
  if ("dir" in source) pkg = await openDir(source.dir, lim);
  else {
    let bytes: Uint8Array;
    if ("zipFile" in source) {
      const info = await stat(source.zipFile);
      if (info.size > lim.maxUncompressedBytes) throw new DatasetError("archive_too_large", { max: lim.maxUncompressedBytes });
      bytes = await readFile(source.zipFile);
    } else bytes = source.zip;
    pkg = openZip(bytes, lim);
  }

  const { descriptor, source: descriptorSource } = await readDescriptor(pkg, lim);
  const paths = resourcePaths(descriptor);
  const used = new Set<string>([DESCRIPTOR]);
  const collector = createRowCollector();
  const rejected: RejectedRecord[] = [];
  for (const def of HSDS_TABLES) {
    const file = paths.get(def.name) ?? def.file;
    if (!(await pkg.has(file))) continue;
    used.add(file);
    const bytes = await pkg.read(file);
    acceptTabularRows(def.name, csvRows(def, file, bytes), collector, rejected);
  }
  const tables = collector.toTables();
  const counts: Partial<Record<HsdsTable, number>> = {};
  for (const [table, rows] of Object.entries(tables) as [HsdsTable, HsdsRow[]][]) counts[table] = rows.length;
  const ignoredFiles = [...pkg.ignored, ...pkg.list.filter((f) => !used.has(f))].sort();
  return { tables, rejected, counts, ignoredFiles, descriptor: descriptorSource };
}

// ---------------------------------------------------------------------------------------------
// Descriptor

interface PackageFiles {
  /** Files of the package, relative to its root, "/"-separated (a folder: its top level only). */
  list: readonly string[];
  has(name: string): Promise<boolean>;
  /** Entries skipped before reading: outside the package folder, "..", links. */
  ignored: string[];
  read(name: string): Promise<Uint8Array>;
  /** Follows a descriptor that is a link (folders only); null when not possible. */
  readLink?(target: string): Promise<Uint8Array | null>;
}

async function readDescriptor(pkg: PackageFiles, lim: TabularLimits): Promise<{ descriptor: Record<string, unknown>; source: TabularDataset["descriptor"] }> {
  if (!(await pkg.has(DESCRIPTOR))) throw new DatasetError("package_missing_descriptor");
  const text = decode(await pkg.read(DESCRIPTOR)).trim();
  let source: TabularDataset["descriptor"] = "package";
  let json = tryJson(text);
  if (json === undefined) {
    const target = asLinkTarget(text);
    if (!target) throw new DatasetError("package_invalid_descriptor", { reason: "json" });
    const linked = pkg.readLink ? await pkg.readLink(target) : null;
    if (linked && linked.length <= lim.maxEntryBytes) {
      json = tryJson(decode(linked));
      source = "linked";
    }
    // The standard's examples link to its own descriptor, which publishers are told to use unchanged.
    if (json === undefined && path.posix.basename(target) === DESCRIPTOR) {
      json = JSON.parse(readFileSync(STANDARD_DESCRIPTOR_URL, "utf8")) as unknown;
      source = "standard";
    }
    if (json === undefined) throw new DatasetError("package_invalid_descriptor", { reason: "link" });
  }
  if (typeof json !== "object" || json === null || Array.isArray(json) || !Array.isArray((json as { resources?: unknown }).resources)) {
    throw new DatasetError("package_invalid_descriptor", { reason: "resources" });
  }
  return { descriptor: json as Record<string, unknown>, source };
}

/** A descriptor that is one relative path to a .json file: how git stores a symlink without symlinks. */
function asLinkTarget(text: string): string | null {
  if (text.length > 1024 || /[\r\n\0]/.test(text) || !text.endsWith(".json")) return null;
  if (text.startsWith("/") || /^[a-zA-Z]:/.test(text) || text.includes("\\")) return null;
  return text;
}

/** The path of each HSDS table's CSV as the descriptor gives it, when it is a plain relative path. */
function resourcePaths(descriptor: Record<string, unknown>): Map<HsdsTable, string> {
  const out = new Map<HsdsTable, string>();
  const known = new Set<string>(HSDS_TABLES.map((t) => t.name));
  for (const res of descriptor.resources as unknown[]) {
    if (typeof res !== "object" || res === null) continue;
    const { name, path: p } = res as { name?: unknown; path?: unknown };
    if (typeof name === "string" && known.has(name) && typeof p === "string" && isSafeRelative(p)) out.set(name as HsdsTable, p);
  }
  return out;
}

function isSafeRelative(p: string): boolean {
  if (p === "" || p.startsWith("/") || p.includes("\\") || p.includes("\0") || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(p)) return false;
  return p.split("/").every((seg) => seg !== "" && seg !== "." && seg !== "..");
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes);
}

// ---------------------------------------------------------------------------------------------
// Folder source

async function openDir(dir: string, lim: TabularLimits): Promise<PackageFiles> {
  const root = path.resolve(dir);
  const entries = await readdir(root, { withFileTypes: true });
  const top = entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => e.name);
  const isFile = async (abs: string) => {
    try {
      return (await stat(abs)).isFile();
    } catch {
      return false;
    }
  };
  const readChecked = async (abs: string, name: string): Promise<Uint8Array> => {
    if ((await stat(abs)).size > lim.maxEntryBytes) throw new DatasetError("file_too_large", { file: name });
    return readFile(abs);
  };
  return {
    list: top,
    ignored: [],
    has: async (name) => isSafeRelative(name) && isFile(path.join(root, ...name.split("/"))),
    read: (name) => readChecked(path.join(root, ...name.split("/")), name),
    async readLink(target) {
      const abs = path.resolve(root, target);
      return (await isFile(abs)) ? readChecked(abs, target) : null;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Zip source

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
  isLink: boolean;
}

const INFLATE_CHUNK = 16 * 1024;

function openZip(bytes: Uint8Array, lim: TabularLimits): PackageFiles {
  const entries = readCentralDirectory(bytes, lim);
  const usable = new Map<string, ZipEntry>();
  const ignored: string[] = [];
  for (const e of entries) {
    const name = e.name.replace(/\\/g, "/");
    if (name.endsWith("/")) continue;
    if (name.startsWith("__MACOSX/")) continue;
    if (!isSafeRelative(name) || e.isLink) {
      ignored.push(name);
      continue;
    }
    usable.set(name, e);
  }
  // The package is at the root, or in one top folder (how most tools zip a folder).
  let base = "";
  if (!usable.has(DESCRIPTOR)) {
    const tops = new Set([...usable.keys()].filter((n) => n.endsWith(`/${DESCRIPTOR}`) && n.split("/").length === 2).map((n) => n.split("/")[0]!));
    if (tops.size !== 1) throw new DatasetError("package_missing_descriptor");
    base = `${[...tops][0]!}/`;
  }
  const files = new Set<string>();
  const byName = new Map<string, ZipEntry>();
  for (const [name, e] of usable) {
    if (base && !name.startsWith(base)) ignored.push(name);
    else {
      const rel = name.slice(base.length);
      files.add(rel);
      byName.set(rel, e);
    }
  }
  let inflatedTotal = 0;
  return {
    list: [...files],
    ignored,
    has: async (name) => files.has(name),
    async read(name) {
      const entry = byName.get(name)!;
      return extractEntry(bytes, entry, name, lim, (n) => {
        inflatedTotal += n;
        if (inflatedTotal > lim.maxUncompressedBytes) throw new DatasetError("archive_too_large", { max: lim.maxUncompressedBytes });
      });
    },
  };
}

function readCentralDirectory(b: Uint8Array, lim: TabularLimits): ZipEntry[] {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const u16 = (o: number) => view.getUint16(o, true);
  const u32 = (o: number) => view.getUint32(o, true);
  const u64 = (o: number) => Number(view.getBigUint64(o, true));
  const invalid = (reason: string) => new DatasetError("archive_invalid", { reason });

  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw invalid("not_zip");
  let count = u16(eocd + 10);
  let cdOffset = u32(eocd + 16);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === 0x07064b50) {
    const z64 = u64(eocd - 12);
    if (z64 + 56 > b.length || u32(z64) !== 0x06064b50) throw invalid("zip64");
    count = u64(z64 + 32);
    cdOffset = u64(z64 + 48);
  }
  if (count > lim.maxEntries) throw new DatasetError("archive_too_many_entries", { max: lim.maxEntries });

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(p) !== 0x02014b50) throw invalid("central_directory");
    const flags = u16(p + 8);
    const method = u16(p + 10);
    let compressedSize = u32(p + 20);
    const uncompressed32 = u32(p + 24);
    const nameLen = u16(p + 28);
    const extraLen = u16(p + 30);
    const commentLen = u16(p + 32);
    const madeBy = u16(p + 4) >> 8;
    const external = u32(p + 38);
    let localOffset = u32(p + 42);
    if (p + 46 + nameLen + extraLen > b.length) throw invalid("central_directory");
    const name = new TextDecoder("utf-8").decode(b.subarray(p + 46, p + 46 + nameLen));
    // Zip64 extra field: the 64-bit values, in this order, for each 32-bit field set to 0xffffffff.
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = u16(x);
      const size = u16(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (uncompressed32 === 0xffffffff) q += 8;
        if (compressedSize === 0xffffffff) (compressedSize = u64(q)), (q += 8);
        if (localOffset === 0xffffffff) localOffset = u64(q);
      }
      x += 4 + size;
    }
    // Unix "made by" with a symlink mode: the content is a path, never followed.
    const isLink = madeBy === 3 && ((external >>> 16) & 0xf000) === 0xa000;
    entries.push({ name, method, flags, compressedSize, localOffset, isLink });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function extractEntry(b: Uint8Array, e: ZipEntry, name: string, lim: TabularLimits, countTotal: (n: number) => void): Uint8Array {
  const invalid = (reason: string) => new DatasetError("archive_invalid", { reason, file: name });
  if (e.flags & 1) throw invalid("encrypted");
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (e.localOffset + 30 > b.length || view.getUint32(e.localOffset, true) !== 0x04034b50) throw invalid("local_header");
  const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
  const end = start + e.compressedSize;
  if (end > b.length) throw invalid("truncated");
  const data = b.subarray(start, end);

  const chunks: Uint8Array[] = [];
  let size = 0;
  const take = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > lim.maxEntryBytes) throw new DatasetError("archive_too_large", { max: lim.maxEntryBytes, file: name });
    countTotal(chunk.length);
    if (chunk.length > 0) chunks.push(chunk);
  };
  if (e.method === 0) take(data);
  else if (e.method === 8) {
    let done = false;
    const inflater = new Inflate((chunk, final) => {
      take(chunk);
      if (final) done = true;
    });
    try {
      // Small input slices keep each inflated piece small (deflate expands at most ~1000:1), so an
      // archive bomb is stopped after a few megabytes past the limit, not after inflating it all.
      for (let off = 0; off < data.length; off += INFLATE_CHUNK) {
        inflater.push(data.subarray(off, Math.min(off + INFLATE_CHUNK, data.length)), off + INFLATE_CHUNK >= data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof DatasetError) throw err;
      throw invalid("deflate");
    }
    if (!done) throw invalid("deflate");
  } else throw invalid("compression");
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// CSV reading

/** The rows of one table's CSV file, checked for shape: well-formed, and only the table's columns. */
function csvRows(def: TableDef, file: string, bytes: Uint8Array): TabularRows {
  let text = decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true }) as string[][];
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines;
      throw new DatasetError("csv_malformed", { file, line: typeof line === "number" ? line : 0, reason: err.code });
    }
    throw err;
  }
  const header = records[0] ?? [];
  const known = new Set(def.fields.map((f) => f.name));
  const seen = new Set<string>();
  for (const name of header) {
    if (!known.has(name)) throw new DatasetError("csv_unknown_column", { file, column: name });
    if (seen.has(name)) throw new DatasetError("csv_malformed", { file, line: 1, reason: "duplicate_column" });
    seen.add(name);
  }
  const columnOfField = def.fields.map((f) => header.indexOf(f.name));
  // Line numbers are only needed for rows that are reported, so they are worked out once, on demand.
  let lines: number[] | undefined;
  const lineOf = (i: number) => (lines ??= recordStartLines(text))[i + 1] ?? 0;
  return {
    count: Math.max(0, records.length - 1),
    cell: (i, k) => {
      const c = columnOfField[k]!;
      return c < 0 ? undefined : records[i + 1]![c];
    },
    index: lineOf,
    path: (i, field) => (field ? `row ${lineOf(i)}, column ${field}` : `row ${lineOf(i)}`),
  };
}

/**
 * The line each record of a well-formed CSV starts on (record 0 is the header), skipping empty lines
 * as the parser does: a quoted cell may span lines.
 */
function recordStartLines(text: string): number[] {
  const out: number[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) === 10)) {
      i += ch === 13 ? 2 : 1;
      line++;
      continue;
    }
    out.push(line);
    let quoted = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) quoted = !quoted;
      else if (c === 10) {
        line++;
        if (!quoted) {
          i++;
          break;
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing

/** One table as CSV: a header of all its fields in the standard's order, RFC 4180 quoting, CRLF. */
export function tableToCsv(def: TableDef, rows: readonly HsdsRow[]): string {
  const names = def.fields.map((f) => f.name);
  return toCsv([names, ...rows.map((row) => names.map((n) => row[n] ?? null))]);
}


function packageFiles(tables: HsdsTables): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = { [DESCRIPTOR]: readFileSync(STANDARD_DESCRIPTOR_URL) };
  for (const def of HSDS_TABLES) files[def.file] = strToU8(tableToCsv(def, tables[def.name] ?? []));
  return files;
}

/** The dataset as a Tabular Data Package zip: the standard's datapackage.json unchanged, one CSV per table. */
export function writeTabularZip(tables: HsdsTables): Uint8Array {
  return zipSync(packageFiles(tables), { level: 6 });
}

/** The same package written into a folder (created if needed). */
export async function writeTabularDir(tables: HsdsTables, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(packageFiles(tables))) await writeFile(path.join(dir, name), bytes);
}
