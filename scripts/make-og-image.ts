/**
 * Makes public/og-default.png, the 1200×630 picture shown in link previews of pages that have no image
 * of their own: the portal's heart mark over a dawn of soft arcs, in the portal's colours, without text
 * (so it suits all six languages) and without any third-party asset. Run once: node --import tsx scripts/make-og-image.ts
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const W = 1200;
const H = 630;
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../public/og-default.png");

const arcs = [520, 430, 340, 250]
  .map((r, i) => `<circle cx="${W / 2}" cy="${H + 40}" r="${r}" fill="${["#0f5f80", "#137093", "#1a82a6", "#f2c14e"][i]}" opacity="${[0.55, 0.6, 0.7, 0.95][i]}"/>`)
  .join("");
// The heart of public/icon.svg, drawn large above the dawn.
const heart = `<g transform="translate(${W / 2 - 96} 120) scale(12)"><path d="M8 21s-8-4.7-8-10.4A4.6 4.6 0 0 1 8 8a4.6 4.6 0 0 1 8 2.6C16 16.3 8 21 8 21z" fill="#ffffff"/></g>`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#083a50"/><stop offset="1" stop-color="#0b4f6c"/></linearGradient></defs>
  <rect width="${W}" height="${H}" fill="url(#sky)"/>
  ${arcs}
  ${heart}
  <rect y="${H - 14}" width="${W}" height="14" fill="#f2c14e"/>
</svg>`;

await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, colours: 64 }).toFile(out);
const meta = await sharp(out).metadata();
console.log(`Wrote ${out} (${meta.width}×${meta.height})`);
