#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-<size>.png) with Node built-ins only:
// a green-to-blue rounded square with a white rising bar chart (chỉ tiêu = targets being reached).
// The PNG is written by hand: signature, IHDR, one zlib-compressed IDAT, IEND, each chunk with its CRC32.
// Run: node scripts/make-icons.js   (the PNGs are committed; re-run only to change the design)
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128]; // ribbon 16/32/80, manifest IconUrl 64, HighResolutionIconUrl 128
const SUPERSAMPLE = 4; // 4 x 4 samples per pixel for smooth edges

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels (width * height * 4 bytes) as a PNG file. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // standard filtering
  ihdr[12] = 0; // no interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter type None
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shape, in unit coordinates (0..1, y down).
const MARGIN = 0.06;
const RADIUS = 0.2;
const BARS = [
  { x0: 0.22, x1: 0.36, top: 0.56 },
  { x0: 0.43, x1: 0.57, top: 0.42 },
  { x0: 0.64, x1: 0.78, top: 0.24 },
];
const BAR_BOTTOM = 0.78;
const GREEN = [16, 124, 65]; // #107C41
const BLUE = [15, 108, 189]; // #0F6CBD

function insideRoundedSquare(x, y) {
  const lo = MARGIN;
  const hi = 1 - MARGIN;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + RADIUS), hi - RADIUS);
  const cy = Math.min(Math.max(y, lo + RADIUS), hi - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

function insideBar(x, y) {
  return BARS.some((bar) => x >= bar.x0 && x <= bar.x1 && y >= bar.top && y <= BAR_BOTTOM);
}

/** Draws one icon; returns RGBA bytes. */
function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(x, y)) continue;
          cover++;
          if (insideBar(x, y)) white++;
        }
      }
      const offset = (py * size + px) * 4;
      if (cover === 0) continue; // transparent
      const t = (px + py) / (2 * (size - 1)); // diagonal gradient, green top-left to blue bottom-right
      const whiteShare = white / cover;
      for (let c = 0; c < 3; c++) {
        const background = GREEN[c] + (BLUE[c] - GREEN[c]) * t;
        rgba[offset + c] = Math.round(background + (255 - background) * whiteShare);
      }
      rgba[offset + 3] = Math.round((255 * cover) / samples);
    }
  }
  return rgba;
}

function main() {
  const outDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
  }
}

if (require.main === module) main();

module.exports = { crc32, encodePng, drawIcon, SIZES };
