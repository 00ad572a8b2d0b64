/**
 * A small PNG decoder (Node zlib only, no new dependency) for tests that check which colours a
 * rendered page shows: 8-bit greyscale, grey+alpha, RGB and RGBA, non-interlaced, filters 0–4.
 */
import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";

export interface DecodedPng {
  width: number;
  height: number;
  /** RGB triples, row by row (alpha dropped). */
  rgb: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Undoes the per-row filters in place; returns the raw pixel bytes without filter-type bytes. */
function unfilter(data: Buffer, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const type = data[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    for (let x = 0; x < stride; x++) {
      const raw = data[src + x];
      const a = x >= bpp ? out[row + x - bpp] : 0;
      const b = y > 0 ? out[prev + x] : 0;
      const c = x >= bpp && y > 0 ? out[prev + x - bpp] : 0;
      let value: number;
      switch (type) {
        case 0:
          value = raw;
          break;
        case 1:
          value = raw + a;
          break;
        case 2:
          value = raw + b;
          break;
        case 3:
          value = raw + ((a + b) >> 1);
          break;
        case 4:
          value = raw + paeth(a, b, c);
          break;
        default:
          throw new Error(`PNG: unknown filter type ${type} in row ${y}`);
      }
      out[row + x] = value & 0xff;
    }
  }
  return out;
}

export function decodePng(bytes: Buffer): DecodedPng {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error("PNG: bad signature");
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Buffer[] = [];
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      colourType = body[9];
      if (depth !== 8) throw new Error(`PNG: bit depth ${depth} not supported`);
      if (body[12] !== 0) throw new Error("PNG: interlaced images not supported");
      if (!(colourType in CHANNELS)) throw new Error(`PNG: colour type ${colourType} not supported`);
    } else if (type === "IDAT") {
      idat.push(body);
    } else if (type === "IEND") {
      break;
    }
    offset += 12 + length; // length, type, body, CRC
  }
  if (width === 0 || height === 0) throw new Error("PNG: no IHDR");
  const bpp = CHANNELS[colourType];
  const pixels = unfilter(inflateSync(Buffer.concat(idat)), width, height, bpp);
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0, j = 0; i < pixels.length; i += bpp, j += 3) {
    if (bpp <= 2) {
      rgb[j] = rgb[j + 1] = rgb[j + 2] = pixels[i];
    } else {
      rgb[j] = pixels[i];
      rgb[j + 1] = pixels[i + 1];
      rgb[j + 2] = pixels[i + 2];
    }
  }
  return { width, height, rgb };
}

function parseHex(colour: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!m) throw new Error(`not a #RRGGBB colour: ${colour}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

/** How many pixels are within `tolerance` (per channel) of `colour`. */
export function countColour(png: DecodedPng, colour: string, tolerance = 8): number {
  const [r, g, b] = parseHex(colour);
  let count = 0;
  for (let i = 0; i < png.rgb.length; i += 3) {
    if (
      Math.abs(png.rgb[i] - r) <= tolerance &&
      Math.abs(png.rgb[i + 1] - g) <= tolerance &&
      Math.abs(png.rgb[i + 2] - b) <= tolerance
    ) {
      count++;
    }
  }
  return count;
}

/**
 * True when the image at `pngPath` has at least `minPixels` pixels of `colour` ("#RRGGBB", each
 * channel within `tolerance`). A filled cell covers hundreds of pixels; stray anti-aliased pixels
 * near a colour do not count with the default minimum.
 */
export function pngContainsColour(pngPath: string, colour: string, tolerance = 8, minPixels = 20): boolean {
  return countColour(decodePng(readFileSync(pngPath)), colour, tolerance) >= minPixels;
}
