/**
 * The reader on files that come from outside: every damage is one finding for the file (no grid,
 * so none of its figures are used), every limit holds, and messages name the file's real kind.
 */
import { zipSync } from "fflate";
import { localizeProblem } from "../../core/i18n/messages";
import { MAX_CELL_TEXT, MAX_SHEETS_PER_FILE } from "../../core/limits";
import { type RawWorkbook, rawXlsx, rawXlsxParts, zipParts } from "../../../test/support/raw-xlsx";
import { readWorkbookBytes } from "../read-workbook-buffer";
import { XlsxDamage } from "./damage";
import { ZipReader } from "./zip";

const TABLE = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>100</v></c></row>';
const GOOD: RawWorkbook = { sheets: [{ name: "Xã A", xml: TABLE }], sharedStrings: ["Thu ngân sách"] };

const read = (bytes: Uint8Array) => readWorkbookBytes(bytes, "x.xlsx");
const damageOf = (bytes: Uint8Array) => {
  const source = read(bytes);
  expect(source.grids).toEqual([]);
  expect(source.findings).toHaveLength(1);
  return source.findings[0].params ?? {};
};
const indexOf = (bytes: Uint8Array, text: string, from = 0) => Buffer.from(bytes).indexOf(text, from, "latin1");

describe("a good file", () => {
  it("reads to a grid with no finding", () => {
    const source = read(rawXlsx(GOOD));
    expect(source.findings).toEqual([]);
    expect(source.grids).toEqual([
      expect.objectContaining({ sheet: "Xã A", top: 1, left: 1, values: [["Thu ngân sách", 100]] }),
    ]);
  });

  it("reads a part written in UTF-16 with a byte-order mark", () => {
    const parts = rawXlsxParts(GOOD);
    const xml = (parts["xl/worksheets/sheet1.xml"] as string).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    parts["xl/worksheets/sheet1.xml"] = new Uint8Array([0xff, 0xfe, ...Buffer.from(xml, "utf16le")]);
    expect(read(zipParts(parts)).grids[0].values).toEqual([["Thu ngân sách", 100]]);
  });
});

describe("damaged zips are named, never read as good", () => {
  it("a wrong CRC (one byte of a sheet changed)", () => {
    const bytes = rawXlsx(GOOD, 0);
    const at = indexOf(bytes, "<v>100</v>");
    bytes[at + 3] = "7".charCodeAt(0); // 100 → 700: still valid XML, a different figure
    expect(damageOf(bytes)).toMatchObject({ reason: "damaged", damage: "crc", part: "xl/worksheets/sheet1.xml" });
  });

  it("a duplicate entry (the later copy would win in JSZip)", () => {
    const bytes = rawXlsx({ ...GOOD, sheets: [...GOOD.sheets, { name: "Xã B", xml: TABLE }] });
    // Rename sheet2.xml to sheet1.xml in its local and central headers.
    for (
      let at = indexOf(bytes, "xl/worksheets/sheet2.xml");
      at >= 0;
      at = indexOf(bytes, "xl/worksheets/sheet2.xml", at + 1)
    ) {
      bytes[at + "xl/worksheets/sheet".length] = "1".charCodeAt(0);
    }
    expect(damageOf(bytes)).toMatchObject({ reason: "damaged", damage: "duplicate-entry" });
  });

  it("a truncated file, wherever it is cut", () => {
    const bytes = rawXlsx(GOOD);
    for (const length of [30, Math.floor(bytes.length / 2), bytes.length - 10]) {
      expect(damageOf(bytes.slice(0, length))).toMatchObject({ reason: "damaged", damage: "truncated" });
    }
  });

  it("invalid UTF-8 in the shared strings, refused instead of turned into �", () => {
    const parts = rawXlsxParts(GOOD);
    const sst = Buffer.from(parts["xl/sharedStrings.xml"] as string, "utf8");
    const at = sst.indexOf("Thu");
    sst[at] = 0xc3;
    sst[at + 1] = 0x28;
    parts["xl/sharedStrings.xml"] = new Uint8Array(sst);
    expect(damageOf(zipParts(parts))).toMatchObject({ damage: "invalid-utf8", part: "xl/sharedStrings.xml" });
  });

  const LAUGHS =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
  const XXE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
  it.each([
    ["billion laughs in the sheet", "xl/worksheets/sheet1.xml", LAUGHS],
    ["an external entity in the shared strings", "xl/sharedStrings.xml", XXE],
  ])("a DTD (%s) is refused: no entity is ever expanded or fetched", (_what, part, prolog) => {
    const parts = rawXlsxParts(GOOD);
    parts[part] = (parts[part] as string).replace(/^<\?xml[^>]*\?>/, prolog).replace("Thu ngân sách", "&lol2;");
    expect(damageOf(zipParts(parts))).toMatchObject({ damage: "doctype", part });
  });

  it("an undeclared entity is malformed XML", () => {
    const parts = rawXlsxParts(GOOD);
    parts["xl/sharedStrings.xml"] = (parts["xl/sharedStrings.xml"] as string).replace("Thu", "&lol;");
    expect(damageOf(zipParts(parts))).toMatchObject({ damage: "bad-xml" });
  });

  it("a sheet the workbook names but the zip lacks", () => {
    const parts = rawXlsxParts(GOOD);
    delete parts["xl/worksheets/sheet1.xml"];
    expect(damageOf(zipParts(parts))).toMatchObject({ damage: "missing-part" });
  });

  it("every damage reads wholly in the chosen language, the raw cause only in params.detail", () => {
    const bytes = rawXlsx(GOOD, 0);
    bytes[indexOf(bytes, "<v>100</v>") + 3] = "7".charCodeAt(0);
    const [finding] = read(bytes).findings;
    const vi = localizeProblem(finding, "x.xlsx", "vi").message;
    expect(vi).toBe(
      "Tệp x.xlsx: Không đọc được tệp: tệp bị hỏng: dữ liệu trong tệp không khớp mã kiểm tra (CRC) (phần xl/worksheets/sheet1.xml).",
    );
    expect(finding.params?.detail).toMatch(/CRC-32 mismatch/);
  });
});

describe("zip bombs stop at the limit", () => {
  const zeros = (n: number) => zipSync({ "big.xml": new Uint8Array(n) }, { level: 9 });
  const limits = { partBytes: 1 << 20, totalBytes: 2 << 20 };

  it("an entry that declares more than the part limit is refused before inflating", () => {
    const zip = new ZipReader(zeros(8 << 20), limits);
    expect(() => zip.read("big.xml")).toThrow(expect.objectContaining({ kind: "too-large" }));
  });

  it("an entry that lies about its size stops as soon as more comes out than it declared", () => {
    const bytes = zeros(8 << 20);
    // Declare 1,000 bytes in the central directory (uncompressed size at +24 of the entry).
    const central = indexOf(bytes, "PK\x01\x02");
    new DataView(bytes.buffer).setUint32(central + 24, 1000, true);
    const zip = new ZipReader(bytes, limits);
    let thrown: unknown;
    try {
      zip.read("big.xml");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(XlsxDamage);
    expect(thrown).toMatchObject({ kind: "size-mismatch" });
  });

  it("parts that together exceed the total are refused", () => {
    const bytes = zipSync({
      "a.xml": new Uint8Array(900_000),
      "b.xml": new Uint8Array(900_000),
      "c.xml": new Uint8Array(900_000),
    });
    const zip = new ZipReader(bytes, limits);
    zip.read("a.xml");
    zip.read("b.xml");
    expect(() => zip.read("c.xml")).toThrow(expect.objectContaining({ kind: "too-large" }));
  });

  it("a whole file over the default limits is one 'too large' finding", () => {
    const bytes = rawXlsx(GOOD);
    // Make the sheet declare 3 GB: the reader must refuse it from the directory alone.
    for (let at = indexOf(bytes, "PK\x01\x02"); at >= 0; at = indexOf(bytes, "PK\x01\x02", at + 4)) {
      const nameLength = bytes[at + 28] | (bytes[at + 29] << 8);
      const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString("latin1");
      if (name === "xl/worksheets/sheet1.xml") new DataView(bytes.buffer).setUint32(at + 24, 3_000_000_000, true);
    }
    expect(damageOf(bytes)).toMatchObject({ reason: "too-large", part: "xl/worksheets/sheet1.xml" });
  });
});

describe("caps and the table's region", () => {
  it("a far corner cell (XFD1048576) is one 'outside the table' finding; the window stays the table", () => {
    const xml = `${TABLE}<row r="2"><c r="A2"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>9</v></c></row>`;
    const source = read(rawXlsx({ ...GOOD, sheets: [{ name: "Xã A", xml }] }));
    expect(source.grids[0]).toMatchObject({
      top: 1,
      left: 1,
      values: [
        ["Thu ngân sách", 100],
        [1, null],
      ],
    });
    expect(source.findings).toEqual([
      expect.objectContaining({
        code: "cells-outside-table",
        sheet: "Xã A",
        params: { cells: "XFD1048576", count: 1 },
      }),
    ]);
    expect(localizeProblem(source.findings[0], "x.xlsx", "vi").message).toContain(
      "Ô XFD1048576 nằm ngoài bảng, đã bỏ qua.",
    );
  });

  it("a region over the cell cap skips the sheet with 'sheet-too-large'; the other sheets are read", () => {
    const rows: string[] = [];
    for (let r = 1; r <= 2100; r += 50) {
      const cells: string[] = [];
      for (let c = 1; c <= 1100; c += 50) cells.push(`<c r="${colName(c)}${r}"><v>1</v></c>`);
      rows.push(`<row r="${r}">${cells.join("")}</row>`);
    }
    const source = read(rawXlsx({ ...GOOD, sheets: [{ name: "Lớn", xml: rows.join("") }, ...GOOD.sheets] }));
    expect(source.grids.map((g) => g.sheet)).toEqual(["Xã A"]);
    expect(source.findings).toEqual([expect.objectContaining({ code: "sheet-too-large", sheet: "Lớn" })]);
  });

  it(`more than ${MAX_SHEETS_PER_FILE} sheets: the first ${MAX_SHEETS_PER_FILE} are read, one finding says so`, () => {
    const sheets = Array.from({ length: MAX_SHEETS_PER_FILE + 3 }, (_, i) => ({ name: `S${i + 1}`, xml: TABLE }));
    const source = read(rawXlsx({ ...GOOD, sheets }));
    expect(source.grids).toHaveLength(MAX_SHEETS_PER_FILE);
    expect(source.findings).toEqual([
      expect.objectContaining({
        code: "file-too-many-sheets",
        params: { read: MAX_SHEETS_PER_FILE, total: MAX_SHEETS_PER_FILE + 3 },
      }),
    ]);
  });

  it("text over Excel's 32,767 characters is cut, with a finding naming the cell", () => {
    const long = "ạ".repeat(MAX_CELL_TEXT + 100);
    const source = read(rawXlsx({ ...GOOD, sharedStrings: [long] }));
    expect((source.grids[0].values[0][0] as string).length).toBe(MAX_CELL_TEXT);
    expect(source.findings).toEqual([
      expect.objectContaining({
        code: "cell-text-too-long",
        sheet: "Xã A",
        cell: "A1",
        params: { length: MAX_CELL_TEXT + 100 },
      }),
    ]);
  });
});

describe("other formats renamed .xlsx are named as such", () => {
  it.each([
    ["xlsb", { "[Content_Types].xml": "<Types/>", "xl/workbook.bin": new Uint8Array([1, 2, 3]) }],
    ["ods", { mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }],
    ["not-workbook", { "word/document.xml": "<w/>" }],
  ])("%s", (reason, parts) => {
    expect(damageOf(zipParts(parts as Record<string, string | Uint8Array>))).toEqual({ reason });
  });

  it.each([
    ["csv", "STT,Chỉ tiêu,Kế hoạch\n1,Thu ngân sách,100\n"],
    ["html", "<html><body><table><tr><td>1</td></tr></table></body></html>"],
    ["pdf", "%PDF-1.4\n%âãÏÓ\n"],
  ])("%s", (reason, text) => {
    expect(damageOf(new TextEncoder().encode(text))).toEqual({ reason });
  });
});

function colName(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
