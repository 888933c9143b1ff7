/**
 * Figures for the media modules (prints, never passes or fails):
 *   npm run bench:media -- photo     processPhoto on a 4000×3000 JPEG: time, peak RSS
 *   npm run bench:media -- upload    a 200 MB upload against a 20 MB limit
 * Run each part in its own process so the peak RSS belongs to that part alone.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import multipart from "@fastify/multipart";
import Fastify from "fastify";
import sharp from "sharp";
import { processPhoto } from "../src/media/photo.ts";
import { localDiskStorage } from "../src/media/storage.ts";
import { countingStream } from "../src/media/test-fixtures.ts";
import { receiveUpload } from "../src/media/upload.ts";

const MB = 1024 * 1024;
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const dir = mkdtempSync(path.join(tmpdir(), "vsp-media-bench-"));

/** A photo-like 4000×3000 JPEG (gradient, shapes, text, sensor-like noise) with GPS EXIF. */
async function makePhoto(file: string): Promise<number> {
  const shapes = Array.from({ length: 60 }, (_, i) => `<circle cx="${(i * 137) % 4000}" cy="${(i * 251) % 3000}" r="${80 + ((i * 37) % 300)}" fill="hsl(${(i * 47) % 360},60%,50%)" fill-opacity="0.6"/>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="3000"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#4a6fa5"/><stop offset="1" stop-color="#e8c07d"/></linearGradient></defs><rect width="4000" height="3000" fill="url(#g)"/>${shapes.join("")}<text x="200" y="2800" font-size="260" fill="#fff">Oslo 2011</text></svg>`;
  const noise = { create: { width: 4000, height: 3000, channels: 3 as const, background: "#808080", noise: { type: "gaussian" as const, mean: 128, sigma: 12 } } };
  const jpeg = await sharp(Buffer.from(svg))
    .composite([{ input: noise, blend: "overlay" }])
    .jpeg({ quality: 90 })
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "59/1 54/1 50/1" } })
    .toBuffer();
  writeFileSync(file, jpeg);
  return jpeg.length;
}

async function photo(): Promise<void> {
  const file = path.join(dir, "photo.jpg");
  const bytes = await makePhoto(file);
  console.log(`input: 4000×3000 JPEG, ${(bytes / MB).toFixed(1)} MB; processed in a fresh process so its peak RSS is its own`);
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "photo-run", file], { stdio: "inherit" });
  if (child.status !== 0) throw new Error(`photo-run exited with ${child.status}`);
}

async function photoRun(file: string): Promise<void> {
  const storage = localDiskStorage(path.join(path.dirname(file), "media"));
  console.log(`peak RSS after loading the modules: ${peakMb()} MB`);
  for (const run of [1, 2]) {
    const started = performance.now();
    const result = await processPhoto(file, { storage, prefix: `bench/run${run}/` });
    const ms = performance.now() - started;
    console.log(`run ${run}: ${Math.round(ms)} ms for ${result.variants.length} variants; peak RSS ${peakMb()} MB`);
    if (run === 1) console.log(`  ${result.variants.map((v) => `${v.width}.${v.format} ${Math.round(v.bytes / 1024)}K`).join(", ")}`);
  }
  for (const format of ["avif", "webp", "jpeg"] as const) {
    const started = performance.now();
    await processPhoto(file, { storage, prefix: `bench/${format}/` }, { formats: [format] });
    console.log(`  ${format} alone (3 widths): ${Math.round(performance.now() - started)} ms`);
  }
}

async function upload(): Promise<void> {
  const total = 200 * MB;
  const maxBytes = 20 * MB;

  // 1. receiveUpload on a lazy stream: how much it pulls before it stops.
  const source = countingStream(total);
  let started = performance.now();
  const direct = await receiveUpload(source, { maxBytes, tmpDir: path.join(dir, "tmp"), allowed: ["video"] });
  console.log(`stream: ${JSON.stringify(direct)}; pulled ${(source.pulled() / MB).toFixed(2)} MB of ${total / MB} MB in ${Math.round(performance.now() - started)} ms; peak RSS ${peakMb()} MB`);

  // 2. Over HTTP through Fastify and @fastify/multipart, as the stories form will receive it.
  const app = Fastify();
  await app.register(multipart, { limits: { fileSize: maxBytes + 1, files: 1 } });
  let serverResult: unknown;
  app.post("/upload", async (req, reply) => {
    const part = await req.file();
    if (!part) return reply.code(400).send();
    const result = await receiveUpload(part.file, { maxBytes, tmpDir: path.join(dir, "tmp"), allowed: ["video"] });
    serverResult = result;
    // Closing the connection stops the client from sending the rest.
    return reply.code(result.ok ? 200 : 413).header("connection", "close").send({ result });
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const port = (app.server.address() as { port: number }).port;

  const boundary = "----bench";
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="holiday.mp4"\r\nContent-Type: video/mp4\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  let sent = 0;
  started = performance.now();
  const status = await new Promise<string>((resolve) => {
    const req = request({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: "/upload",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": head.length + total + tail.length },
    });
    let writeError = "";
    req.on("response", (res) => {
      res.resume();
      resolve(`HTTP ${res.statusCode}${writeError ? ` (after ${writeError})` : ""}`);
      req.destroy();
    });
    // A server that answers early and closes makes the client's next write fail; the answer may still come.
    req.on("error", (err) => {
      writeError = err.message;
      setTimeout(() => resolve(`no response, client error: ${err.message}`), 1000);
    });
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    req.write(head);
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end(tail);
    };
    pump();
  });
  console.log(
    `http: ${status}; server ${JSON.stringify(serverResult)}; client had written ${(sent / MB).toFixed(1)} MB of ${total / MB} MB (includes socket buffers) in ${Math.round(performance.now() - started)} ms; peak RSS ${peakMb()} MB`,
  );
  await app.close();
}

const which = process.argv[2];
try {
  if (which === "photo") await photo();
  else if (which === "photo-run") await photoRun(process.argv[3]!);
  else if (which === "upload") await upload();
  else console.log("usage: npm run bench:media -- photo|upload");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
