// Draws images/icon.png (128×128, the Marketplace icon) without any image
// library: shapes are rasterised with 4×4 supersampling and written as a PNG
// with node:zlib. Run with `npm run icon` after changing the design.
//
// The picture: a page of an article on a navy tile, with grey lines of text
// and one name highlighted in amber, the "live" name Dossier links to its source.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // per axis: 16 samples per pixel for smooth edges

const NAVY = [31, 42, 68];
const PAPER = [244, 241, 232];
const FOLD = [206, 200, 186];
const INK = [150, 156, 170];
const AMBER = [242, 169, 59];
const AMBER_INK = [120, 70, 10];

/** Signed-distance-free tests: each shape says whether a point is inside. */
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
/** The page: a rectangle whose top-right corner is cut off diagonally (the fold). */
const page = (x0, y0, x1, y1, fold) => (x, y) => rect(x0, y0, x1, y1)(x, y) && x - x1 + fold <= y - y0;
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const side = (px, py, qx, qy) => (qx - px) * (y - py) - (qy - py) * (x - px);
  const d1 = side(ax, ay, bx, by);
  const d2 = side(bx, by, cx, cy);
  const d3 = side(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

// Painted in order; later layers cover earlier ones.
const layers = [
  [roundedRect(4, 4, 124, 124, 22), NAVY],
  [page(30, 18, 98, 110, 20), PAPER],
  [triangle(78, 18, 98, 38, 78, 38), FOLD],
  [roundedRect(40, 34, 70, 39, 2.5), INK],
  [roundedRect(40, 48, 88, 53, 2.5), INK],
  [roundedRect(40, 62, 52, 67, 2.5), INK],
  [roundedRect(55, 59, 89, 70, 3.5), AMBER],
  [roundedRect(59, 63, 85, 66, 1.5), AMBER_INK],
  [roundedRect(40, 76, 88, 81, 2.5), INK],
  [roundedRect(40, 90, 76, 95, 2.5), INK],
];

function pixel(px, py) {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      let colour = null;
      for (const [inside, c] of layers) if (inside(x, y)) colour = c;
      if (colour) {
        sum[0] += colour[0];
        sum[1] += colour[1];
        sum[2] += colour[2];
        sum[3] += 1;
      }
    }
  }
  const n = SAMPLES * SAMPLES;
  if (sum[3] === 0) return [0, 0, 0, 0];
  // Colour averaged over covered samples, coverage as alpha (straight alpha).
  return [Math.round(sum[0] / sum[3]), Math.round(sum[1] / sum[3]), Math.round(sum[2] / sum[3]), Math.round((255 * sum[3]) / n)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const raw = Buffer.alloc(SIZE * (1 + SIZE * 4));
for (let y = 0; y < SIZE; y++) {
  const row = y * (1 + SIZE * 4);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) raw.set(pixel(x, y), row + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const out = join(dirname(fileURLToPath(import.meta.url)), '../images/icon.png');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
