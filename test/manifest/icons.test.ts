// The committed icons are exactly what scripts/make-icons.js draws, and its PNG writer is sound.
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { readPngSize } from "../../scripts/manifest-checks";

 
const icons = require("../../scripts/make-icons.js") as {
  crc32(bytes: Uint8Array): number;
  encodePng(width: number, height: number, rgba: Buffer): Buffer;
  drawIcon(size: number): Buffer;
  SIZES: number[];
};

const assets = path.resolve(__dirname, "..", "..", "assets");

describe("make-icons", () => {
  it("computes the standard CRC-32", () => {
    expect(icons.crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(icons.crc32(Buffer.from("IEND"))).toBe(0xae426082);
  });

  it.each([16, 32, 64, 80, 128])(
    "assets/icon-%i.png is committed and matches the script's drawing",
    (size) => {
      const committed = fs.readFileSync(path.join(assets, `icon-${size}.png`));
      expect(readPngSize(committed)).toEqual({ width: size, height: size });
      expect(committed.equals(icons.encodePng(size, size, icons.drawIcon(size)))).toBe(true);
    }
  );

  it("writes a PNG whose pixels decode back: transparent corners, opaque centre, white bars", () => {
    const size = 32;
    const png = icons.encodePng(size, size, icons.drawIcon(size));
    const idatLength = png.readUInt32BE(33);
    expect(png.toString("ascii", 37, 41)).toBe("IDAT");
    const rows = zlib.inflateSync(png.subarray(41, 41 + idatLength));
    expect(rows.length).toBe((size * 4 + 1) * size);
    const pixel = (x: number, y: number) => [
      ...rows.subarray(y * (size * 4 + 1) + 1 + x * 4, y * (size * 4 + 1) + 1 + x * 4 + 4),
    ];
    expect(pixel(0, 0)[3]).toBe(0); // corner outside the rounded square
    expect(pixel(4, 16)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number), 255]);
    expect(pixel(22, 16).slice(0, 3)).toEqual([255, 255, 255]); // inside the tallest bar
  });
});
