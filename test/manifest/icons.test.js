"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
// The committed icons are exactly what scripts/make-icons.js draws, and its PNG writer is sound.
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const zlib = __importStar(require("zlib"));
const manifest_checks_1 = require("../../scripts/manifest-checks");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const icons = require("../../scripts/make-icons.js");
const assets = path.resolve(__dirname, "..", "..", "assets");
describe("make-icons", () => {
    it("computes the standard CRC-32", () => {
        expect(icons.crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
        expect(icons.crc32(Buffer.from("IEND"))).toBe(0xae426082);
    });
    it.each([16, 32, 64, 80, 128])("assets/icon-%i.png is committed and matches the script's drawing", (size) => {
        const committed = fs.readFileSync(path.join(assets, `icon-${size}.png`));
        expect((0, manifest_checks_1.readPngSize)(committed)).toEqual({ width: size, height: size });
        expect(committed.equals(icons.encodePng(size, size, icons.drawIcon(size)))).toBe(true);
    });
    it("writes a PNG whose pixels decode back: transparent corners, opaque centre, white bars", () => {
        const size = 32;
        const png = icons.encodePng(size, size, icons.drawIcon(size));
        const idatLength = png.readUInt32BE(33);
        expect(png.toString("ascii", 37, 41)).toBe("IDAT");
        const rows = zlib.inflateSync(png.subarray(41, 41 + idatLength));
        expect(rows.length).toBe((size * 4 + 1) * size);
        const pixel = (x, y) => [
            ...rows.subarray(y * (size * 4 + 1) + 1 + x * 4, y * (size * 4 + 1) + 1 + x * 4 + 4),
        ];
        expect(pixel(0, 0)[3]).toBe(0); // corner outside the rounded square
        expect(pixel(4, 16)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number), 255]);
        expect(pixel(22, 16).slice(0, 3)).toEqual([255, 255, 255]); // inside the tallest bar
    });
});
