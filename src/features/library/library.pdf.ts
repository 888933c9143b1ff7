import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createCanvas } from "@napi-rs/canvas";

const require = createRequire(import.meta.url);
const PDFJS_DIR = path.dirname(require.resolve("pdfjs-dist/package.json"));
const FONTS = pathToFileURL(path.join(PDFJS_DIR, "standard_fonts") + path.sep).href;
const CMAPS = pathToFileURL(path.join(PDFJS_DIR, "cmaps") + path.sep).href;

/** Bounds on the work done in the request: text from at most this many pages, characters and milliseconds. */
export const PDF_LIMITS = { maxPages: 300, maxChars: 200_000, maxMs: 20_000, coverWidth: 600 };

export interface PdfReading {
  pages: number;
  text: string;
  /** True when the page or character limit stopped the extraction early. */
  truncated: boolean;
  /** The first page drawn as a PNG. */
  cover: Buffer;
}

export class PdfUnreadable extends Error {}

type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjsLoaded: Promise<Pdfjs> | null = null;

/**
 * pdfjs-dist's legacy build (the one that runs on Node 20) carries core-js, which on loading replaces
 * some of the engine's own built-ins for the whole process with slower JavaScript: JSON.parse,
 * JSON.stringify (every structured-data block, every log line) and Array.prototype.push among them.
 * It is loaded once, with its worker in this thread; what it added (Promise.withResolvers and the
 * like, which it needs) stays, and every built-in it replaced is put back.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjsLoaded ??= (async () => {
    const owners: object[] = [JSON, Object, Array, Array.prototype, Function.prototype, Promise, Promise.prototype, Map.prototype, Set.prototype, String.prototype, RegExp.prototype, Number, Math, Reflect, Date.prototype, Error, Symbol, ArrayBuffer.prototype, Uint8Array, Object.getPrototypeOf(Uint8Array.prototype) as object];
    const before = owners.map((o) => new Map(Reflect.ownKeys(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)!])));
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    // Sets globalThis.pdfjsWorker, which pdfjs then runs in this thread instead of importing it again.
    // @ts-expect-error the worker ships no type declarations (nothing of it is used here but its side effect)
    await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    owners.forEach((owner, i) => {
      for (const [key, was] of before[i]!) {
        const now = Object.getOwnPropertyDescriptor(owner, key);
        if (now && (!Object.is(now.value, was.value) || now.get !== was.get || now.set !== was.set)) Object.defineProperty(owner, key, was);
      }
    });
    return pdfjs;
  })();
  return pdfjsLoaded;
}

/**
 * Reads a PDF with pdfjs: its page count, the text of its pages (bounded by PDF_LIMITS) and its
 * first page drawn as a PNG. Throws PdfUnreadable for encrypted or broken files.
 */
export async function readPdf(filePath: string, limits = PDF_LIMITS): Promise<PdfReading> {
  const pdfjs = await loadPdfjs();
  const data = new Uint8Array(await readFile(filePath));
  let doc;
  try {
    doc = await pdfjs.getDocument({ data, standardFontDataUrl: FONTS, cMapUrl: CMAPS, cMapPacked: true, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (err) {
    throw new PdfUnreadable(err instanceof Error ? err.message : String(err));
  }
  try {
    const pages = doc.numPages;
    const parts: string[] = [];
    let chars = 0;
    let truncated = pages > limits.maxPages;
    const started = Date.now();
    for (let n = 1; n <= Math.min(pages, limits.maxPages); n++) {
      if (Date.now() - started > limits.maxMs) {
        truncated = true;
        break;
      }
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let line = "";
      for (const item of content.items) {
        if ("str" in item) line += item.str + (item.hasEOL ? "\n" : "");
      }
      page.cleanup();
      if (chars + line.length > limits.maxChars) {
        parts.push(line.slice(0, limits.maxChars - chars));
        truncated = true;
        break;
      }
      parts.push(line);
      chars += line.length;
    }
    const first = await doc.getPage(1);
    const base = first.getViewport({ scale: 1 });
    const viewport = first.getViewport({ scale: limits.coverWidth / base.width });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    // pdfjs types its canvas as the DOM's; @napi-rs/canvas draws the same calls.
    await first.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
    const cover = canvas.toBuffer("image/png");
    return { pages, text: parts.join("\n").replace(/[ \t]+/g, " ").trim(), truncated, cover };
  } catch (err) {
    if (err instanceof PdfUnreadable) throw err;
    throw new PdfUnreadable(err instanceof Error ? err.message : String(err));
  } finally {
    await doc.destroy();
  }
}
