import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import type { PlanSheet, SummaryPlan } from "../../src/core/plan/types";
import { writePlanFile } from "../../src/files/write-plan";
import { countColour, decodePng } from "../support/png";
import { hasLibreOffice, pngContainsColour, renderWithLibreOffice } from "../support/render";

// ---- a tiny PNG encoder, so the decoder is tested on every filter type ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}
function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
/** Encodes pixels (bpp bytes each), row y filtered with filter type y % 5. */
function encodePng(width: number, height: number, colourType: 2 | 6, pixels: number[]): Buffer {
  const bpp = colourType === 2 ? 3 : 4;
  const stride = width * bpp;
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    const type = y % 5;
    rows.push(type);
    for (let x = 0; x < stride; x++) {
      const v = pixels[y * stride + x];
      const a = x >= bpp ? pixels[y * stride + x - bpp] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][type];
      rows.push((v - predictor) & 0xff);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colourType;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.from(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = mkdtempSync(join(tmpdir(), "render-"));

describe("decodePng", () => {
  it("undoes filters 0–4 on RGB and RGBA images", () => {
    const width = 7;
    const height = 10; // every filter type twice
    for (const colourType of [2, 6] as const) {
      const bpp = colourType === 2 ? 3 : 4;
      const pixels: number[] = [];
      for (let i = 0; i < width * height * bpp; i++) pixels.push((i * 37 + (i >> 3) * 11) & 0xff);
      const png = decodePng(encodePng(width, height, colourType, pixels));
      expect([png.width, png.height]).toEqual([width, height]);
      const expected: number[] = [];
      for (let p = 0; p < width * height; p++) expected.push(...pixels.slice(p * bpp, p * bpp + 3));
      expect(Array.from(png.rgb)).toEqual(expected);
    }
  });

  it("counts pixels of a colour within a tolerance", () => {
    // 4×1: two green-ish, one near green (off by 5), one red
    const pixels = [0x9f, 0xd9, 0xb4, 0x9f, 0xd9, 0xb4, 0xa4, 0xd9, 0xb4, 0xe8, 0x89, 0x8a];
    const path = join(dir, "tiny.png");
    writeFileSync(path, encodePng(4, 1, 2, pixels));
    const png = decodePng(encodePng(4, 1, 2, pixels));
    expect(countColour(png, "#9FD9B4", 0)).toBe(2);
    expect(countColour(png, "#9FD9B4", 5)).toBe(3);
    expect(countColour(png, "#E8898A", 0)).toBe(1);
    expect(pngContainsColour(path, "#9fd9b4", 8, 3)).toBe(true);
    expect(pngContainsColour(path, "#9fd9b4", 8, 4)).toBe(false);
    expect(pngContainsColour(path, "#0000FF", 8, 1)).toBe(false);
  });

  it("rejects what is not a PNG", () => {
    expect(() => decodePng(Buffer.from("not a png"))).toThrow(/signature/);
  });
});

describe("renderWithLibreOffice", () => {
  const page: PlanSheet["page"] = {
    paper: "A4",
    orientation: "portrait",
    fitToWidth: true,
    printTitleRows: null,
    footer: null,
  };
  const plan: SummaryPlan = {
    font: { name: "Liberation Sans", size: 11 },
    styles: { red: { fill: "#E8898A", border: true }, plain: { border: true } },
    sheets: [
      {
        name: "Màu",
        role: "consolidated",
        cells: [
          { row: 2, col: 2, value: "Đạt dưới 50%", style: "red" },
          { row: 3, col: 2, value: 1.2, style: "plain" }, // painted green by the conditional format
        ],
        merges: [],
        columnWidths: [4, 30],
        rowHeights: { 2: 40, 3: 40 },
        conditionalFormats: [
          {
            range: { top: 3, left: 2, bottom: 3, right: 2 },
            rules: [{ formula: "$B3>=1", fill: "#9FD9B4", band: "met" }],
          },
        ],
        charts: [],
        freeze: null,
        page,
      },
    ],
    generator: { name: "commune-targets", version: "test" },
  };

  it("finds LibreOffice and poppler on this machine", () => {
    expect(hasLibreOffice()).toBe(true);
  });

  it("renders a workbook to a PDF and PNG pages showing the fills", async () => {
    const xlsx = join(dir, "mau.xlsx");
    await writePlanFile(plan, xlsx);
    const out = join(dir, "rendered");
    const { pdf, pngs } = await renderWithLibreOffice(xlsx, out);
    expect(pdf).toBe(join(out, "mau.pdf"));
    expect(statSync(pdf).size).toBeGreaterThan(0);
    expect(pngs).toHaveLength(1);
    expect(pngContainsColour(pngs[0], "#E8898A", 6)).toBe(true); // a cell fill
    expect(pngContainsColour(pngs[0], "#9FD9B4", 6)).toBe(true); // a conditional-format band
    expect(pngContainsColour(pngs[0], "#3355FF", 6)).toBe(false); // a colour never used
  }, 180_000);
});
