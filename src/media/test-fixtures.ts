import sharp from "sharp";
import { Readable } from "node:stream";
import zlib from "node:zlib";

/**
 * Small media files built byte by byte for the media tests, so no binary fixtures live in the
 * repository and every test states what its file is made of.
 */

/** A valid PCM WAV file: 16-bit mono, `samples` samples of a square wave. */
export function buildWav(samples = 800, sampleRate = 8000): Buffer {
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) data.writeInt16LE(i % 20 < 10 ? 8000 : -8000, i * 2);
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "latin1");
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVE", 8, "latin1");
  header.write("fmt ", 12, "latin1");
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28); // byte rate
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write("data", 36, "latin1");
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** An EBML element: id bytes, a one-byte size (payload < 127 bytes) or an 8-byte size, payload. */
function ebml(id: number[], payload: Buffer): Buffer {
  let size = Buffer.from([0x80 | payload.length]);
  if (payload.length >= 127) {
    size = Buffer.alloc(8);
    size[0] = 0x01; // an 8-byte size
    size.writeUIntBE(payload.length, 2, 6);
  }
  return Buffer.concat([Buffer.from(id), size, payload]);
}

/** The start of a WebM file (header, segment info, track list) with tracks of the given codecs. */
export function buildWebmHead(codecs: string[]): Buffer {
  const header = ebml([0x1a, 0x45, 0xdf, 0xa3], Buffer.concat([ebml([0x42, 0x82], Buffer.from("webm")), ebml([0x42, 0x87], Buffer.from([4])), ebml([0x42, 0x85], Buffer.from([2]))]));
  const tracks = codecs.map((codec, i) =>
    ebml(
      [0xae],
      Buffer.concat([ebml([0xd7], Buffer.from([i + 1])), ebml([0x83], Buffer.from([codec.startsWith("V_") ? 1 : 2])), ebml([0x86], Buffer.from(codec, "latin1"))]),
    ),
  );
  const segment = Buffer.concat([ebml([0x15, 0x49, 0xa9, 0x66], ebml([0x2a, 0xd7, 0xb1], Buffer.from([0x0f, 0x42, 0x40]))), ebml([0x16, 0x54, 0xae, 0x6b], Buffer.concat(tracks))]);
  // Segment of unknown size, as live recorders (MediaRecorder) write it.
  return Buffer.concat([header, Buffer.from([0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), segment]);
}

function box(type: string, payload: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + payload.length);
  return Buffer.concat([size, Buffer.from(type, "latin1"), payload]);
}

/** The start of an ISO BMFF (MP4) file: ftyp with `brand`, then a moov whose tracks have these handlers. */
export function buildMp4Head(brand: string, handlers: Array<"vide" | "soun">): Buffer {
  const ftyp = box("ftyp", Buffer.concat([Buffer.from(brand.padEnd(4), "latin1"), Buffer.alloc(4), Buffer.from("isommp41", "latin1")]));
  const traks = handlers.map((h) =>
    box("trak", box("mdia", box("hdlr", Buffer.concat([Buffer.alloc(8), Buffer.from(h, "latin1"), Buffer.alloc(12), Buffer.from("Handler\0", "latin1")])))),
  );
  return Buffer.concat([ftyp, box("moov", Buffer.concat(traks))]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/**
 * A complete, valid PNG of `width`×`height` black 1-bit pixels. Zeros compress about 1000:1, so
 * 50000×50000 (2.5 gigapixels, 10 GB once decoded to RGBA) is a file of about 300 KB: a decompression bomb.
 */
export async function buildPngBomb(width: number, height: number): Promise<Buffer> {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const rowsPerBlock = 1000;
  const block = Buffer.alloc((1 + Math.ceil(width / 8)) * rowsPerBlock); // filter byte 0 + pixels, all zero
  const deflate = zlib.createDeflate({ level: 1 });
  const parts: Buffer[] = [];
  deflate.on("data", (d: Buffer) => parts.push(d));
  const done = new Promise((resolve, reject) => deflate.on("end", resolve).on("error", reject));
  for (let rows = 0; rows < height; rows += rowsPerBlock) {
    const n = Math.min(rowsPerBlock, height - rows);
    if (!deflate.write(n === rowsPerBlock ? block : block.subarray(0, (block.length / rowsPerBlock) * n))) {
      await new Promise((r) => deflate.once("drain", r));
    }
  }
  deflate.end();
  await done;
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, pngChunk("IHDR", ihdr), pngChunk("IDAT", Buffer.concat(parts)), pngChunk("IEND", Buffer.alloc(0))]);
}

/** A stream of `total` bytes in `chunkSize` chunks that records how many bytes were pulled from it. */
export function countingStream(total: number, chunkSize = 64 * 1024, fill = 0x41): Readable & { pulled: () => number } {
  let pulled = 0;
  const chunk = Buffer.alloc(chunkSize, fill);
  const stream = Readable.from(
    (function* () {
      while (pulled < total) {
        const n = Math.min(chunkSize, total - pulled);
        pulled += n;
        yield n === chunkSize ? chunk : chunk.subarray(0, n);
      }
    })(),
  ) as Readable & { pulled: () => number };
  stream.pulled = () => pulled;
  return stream;
}

/** A stream that yields `before` then fails, like a client that drops the connection mid-upload. */
export function failingStream(before: Buffer, message = "connection reset"): Readable {
  return Readable.from(
    (async function* () {
      yield before;
      await new Promise((r) => setTimeout(r, 5));
      throw new Error(message);
    })(),
  );
}

/** A phone photo: the left half red, the right half blue, with GPS and camera EXIF, XMP and a P3 profile. */
export async function buildPhonePhoto(width: number, height: number, orientation?: number): Promise<Buffer> {
  const half = Math.floor(width / 2);
  const img = sharp({ create: { width, height, channels: 3, background: "#ff0000" } })
    .composite([{ input: { create: { width: width - half, height, channels: 3, background: "#0000ff" } }, left: half, top: 0 }])
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: "SecretPhoneMaker", Model: "Model-X", Software: "Camera 1.0" },
      IFD2: { DateTimeOriginal: "2024:03:22 08:15:00" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "59/1 54/1 5016/100", GPSLongitudeRef: "E", GPSLongitude: "10/1 45/1 756/100" },
    })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>SecretAuthorName</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>')
    .withIccProfile("p3");
  const withOrientation = orientation ? img.withMetadata({ orientation }) : img;
  return withOrientation.toBuffer();
}
