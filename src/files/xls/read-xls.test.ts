import fc from "fast-check";
import type { CellValue } from "../../core/grid";
import { localizeProblem } from "../../core/i18n/messages";
import { MAX_SHEETS_PER_FILE } from "../../core/limits";
import {
  BIFF,
  compoundFile,
  record,
  sstRecords,
  workbookStream,
  sheetsSharingOneSubstream,
  writeXls,
  type TestCell,
} from "../../../test/support/xls-writer";
import { readWorkbookBuffer } from "../read-workbook-buffer";
import { codePageDecoder, decodeRk } from "./biff-workbook";
import { readXlsBuffer } from "./read-xls";
import { RecordReader } from "./record-reader";

const codes = (bytes: Uint8Array) => readXlsBuffer(bytes, "t.xls").findings.map((f) => f.code);
const message = (bytes: Uint8Array, lang: "vi" | "en" = "vi") =>
  localizeProblem(readXlsBuffer(bytes, "t.xls").findings[0], "t.xls", lang).message;

describe("readXlsBuffer", () => {
  it("reads values, cached formula results, formats, merges and hidden rows into the grid", () => {
    const bytes = writeXls({
      formats: ["0.0%", "dd/mm/yyyy"],
      sheets: [
        {
          name: "Xã Trạm Tấu",
          cells: [
            { row: 2, column: 2, value: "Chỉ tiêu" },
            { row: 2, column: 3, value: "Kế hoạch" },
            { row: 3, column: 2, value: "Thu ngân sách" },
            { row: 3, column: 3, value: 30 },
            { row: 3, column: 4, value: 0.868, format: 1 },
            { row: 4, column: 2, value: "ChØ tiªu" }, // TCVN3 bytes as Latin-1 characters
            { row: 4, column: 3, value: 44727, format: 2 },
            { row: 4, column: 4, value: 1.1, asFormula: true },
            { row: 5, column: 2, value: "kết quả", asFormula: true },
            { row: 5, column: 3, value: true },
            { row: 5, column: 4, value: { error: "#DIV/0!" } },
            { row: 6, column: 3, value: "covered by the merge" },
          ],
          merges: [{ top: 6, left: 2, bottom: 6, right: 4 }],
          hiddenRows: [5],
        },
      ],
    });
    const source = readXlsBuffer(bytes, "t.xls");
    expect(source.findings).toEqual([]);
    const [grid] = source.grids;
    expect(grid).toEqual({
      sheet: "Xã Trạm Tấu",
      top: 2,
      left: 2,
      values: [
        ["Chỉ tiêu", "Kế hoạch", null],
        ["Thu ngân sách", 30, 0.868],
        ["ChØ tiªu", 44727, 1.1],
        ["kết quả", true, { error: "#DIV/0!" }],
      ],
      numberFormats: [
        [null, null, null],
        [null, null, "0.0%"],
        [null, "dd/mm/yyyy", null],
        [null, null, null],
      ],
      merges: [{ top: 6, left: 2, bottom: 6, right: 4 }],
      hiddenRows: [5],
    });
  });

  it("is what readWorkbookBuffer gives for OLE bytes (loaded on demand)", async () => {
    const bytes = writeXls({ sheets: [{ name: "A", cells: [{ row: 1, column: 1, value: 5 }] }] });
    expect(await readWorkbookBuffer(bytes, "t.xls")).toEqual(readXlsBuffer(bytes, "t.xls"));
  });

  it("reads a file large enough to list its allocation table in DIFAT sectors (over 7 MB)", () => {
    const book = { sheets: [{ name: "A", cells: [{ row: 1, column: 1, value: "Chỉ tiêu" }] }] };
    const small = readXlsBuffer(writeXls(book), "t.xls");
    const large = compoundFile([{ name: "Workbook", data: workbookStream(book), padTo: 8_000_000 }]);
    expect(large.readUInt32LE(0x48)).toBeGreaterThan(0); // DIFAT sectors in use
    expect(readXlsBuffer(large, "t.xls")).toEqual(small);
    large.writeUInt32LE(0xfffffffe, 0x44); // the DIFAT chain cut: the FAT is incomplete
    expect(codes(large)).toEqual(["file-unreadable"]);
  });

  it("reads a small Workbook stream kept in the mini stream, beside a regular one", () => {
    const book = {
      sheets: [
        {
          name: "A",
          cells: [
            { row: 2, column: 3, value: "Kế hoạch" },
            { row: 3, column: 3, value: 7 },
          ],
        },
      ],
    };
    const stream = workbookStream(book);
    expect(stream.length).toBeLessThan(4096);
    const expected = readXlsBuffer(writeXls(book), "t.xls");
    const filler = { name: "\u0005SummaryInformation", data: new Uint8Array(200).fill(7), mini: true };
    for (const streams of [
      [{ name: "Workbook", data: stream, mini: true }, filler],
      [filler, { name: "Workbook", data: stream, mini: true }],
      [filler, { name: "Workbook", data: stream }],
    ]) {
      expect(readXlsBuffer(compoundFile(streams), "t.xls")).toEqual(expected);
    }
  });

  it("says a password-protected .xls is protected, in Vietnamese and English", () => {
    const bytes = writeXls({ password: true, sheets: [{ name: "A", cells: [{ row: 1, column: 1, value: 1 }] }] });
    expect(codes(bytes)).toEqual(["file-encrypted"]);
    expect(message(bytes)).toContain("Tệp được đặt mật khẩu");
    expect(message(bytes, "en")).toContain("password-protected");
  });

  it("reads an Excel 5.0/95 file (BIFF5): code-page text, TCVN3 bytes as the .xlsx path gives them", () => {
    const cells: TestCell[] = [
      { row: 1, column: 1, value: "ChØ tiªu" }, // TCVN3 bytes C h D8 ' ' t i AA u
      { row: 1, column: 2, value: "KÕ ho¹ch" },
      { row: 2, column: 1, value: "Thu ng\u00a9n s\u00b8ch" },
      { row: 2, column: 2, value: 30, format: 1 },
      { row: 3, column: 1, value: "\u00d5\u00d0", asFormula: true }, // bytes D5 D0 as a formula's text result
    ];
    const book = { version: 0x0500, codePage: 1252, formats: ["0.0"], sheets: [{ name: "B\u00b8o c\u00b8o", cells }] };
    const source = readXlsBuffer(writeXls(book), "t.xls");
    expect(source.findings).toEqual([]);
    expect(source.grids[0].sheet).toBe("B¸o c¸o");
    expect(source.grids[0].values).toEqual([
      ["ChØ tiªu", "KÕ ho¹ch"],
      ["Thu ng©n s¸ch", 30],
      ["ÕÐ", null],
    ]);
    expect(source.grids[0].numberFormats![1][1]).toBe("0.0");
    // The same bytes in a Vietnamese-Windows file (code page 1258) read as Excel reads them there.
    const vietnamese = readXlsBuffer(writeXls({ ...book, codePage: 1258 }), "t.xls");
    expect(vietnamese.grids[0].values[2][0]).toBe("\u01a0\u0110"); // Ơ Đ
    expect(codePageDecoder(999)(Uint8Array.from([0xd8]))).toBe("Ø"); // unknown: windows-1252
  });

  it("asks to resave an Excel 4.0 file, and calls a non-workbook OLE file not Excel", () => {
    const old = writeXls({ version: 0x0400, sheets: [{ name: "A", cells: [] }] });
    expect(codes(old)).toEqual(["file-unreadable"]);
    expect(message(old)).toContain("Excel 4.0 trở về trước");
    const doc = compoundFile([{ name: "WordDocument", data: new Uint8Array(100) }]);
    expect(message(doc)).toContain("không phải tệp Excel");
  });

  it("names a damaged file 'tệp bị hỏng': truncated, a loop in the sector table, a cut record", () => {
    const good = writeXls({ sheets: [{ name: "A", cells: [{ row: 1, column: 1, value: "x" }] }] });
    expect(message(good.subarray(0, 1000))).toContain("tệp bị hỏng");
    const loop = Buffer.from(good);
    // The FAT is sector 0, right after the header; make the first data sector point to itself.
    const firstData = 2; // FAT, directory, then the Workbook stream
    loop.writeUInt32LE(firstData, 512 + firstData * 4);
    expect(message(loop)).toContain("tệp bị hỏng");
    const stream = workbookStream({ sheets: [{ name: "A", cells: [{ row: 1, column: 1, value: 1 }] }] });
    const cut = compoundFile([{ name: "Workbook", data: stream.subarray(0, stream.length - 9) }]);
    expect(codes(cut)).toEqual(["file-unreadable"]);
  });

  it("never throws on damaged bytes: any byte changed or the file cut gives grids or one file problem", () => {
    const good = writeXls({
      formats: ["0.0"],
      sheets: [
        {
          name: "Báo cáo",
          cells: [
            { row: 1, column: 1, value: "Chỉ tiêu" },
            { row: 2, column: 1, value: 12.5, format: 1 },
            { row: 2, column: 2, value: "đạt", asFormula: true },
          ],
          merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
        },
      ],
    });
    const biff5 = writeXls({
      version: 0x0500,
      formats: ["0.0"],
      sheets: [
        {
          name: "Bao cao",
          cells: [
            { row: 1, column: 1, value: "ChØ tiªu" },
            { row: 2, column: 1, value: 12.5, format: 1 },
          ],
        },
      ],
    });
    for (const base of [good, biff5]) {
      fc.assert(
        fc.property(
          fc.array(fc.record({ at: fc.nat(base.length - 1), byte: fc.nat(255) }), { minLength: 1, maxLength: 8 }),
          fc.nat(base.length),
          (edits, cutAt) => {
            const bytes = Buffer.from(base);
            for (const e of edits) bytes[e.at] = e.byte;
            for (const input of [bytes, bytes.subarray(0, cutAt)]) {
              const source = readXlsBuffer(input, "t.xls");
              if (source.grids.length === 0 && source.findings.length > 0) {
                expect(["file-unreadable", "file-encrypted"]).toContain(source.findings[0].code);
              }
              for (const grid of source.grids)
                for (const row of grid.values) expect(row.length).toBe(grid.values[0].length);
            }
          },
        ),
        { numRuns: 200 },
      );
    }
  });

  it("gives back what was written, for random sheets (metamorphic: write, read, compare)", () => {
    const text = fc.string({
      unit: fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyÀỹ ØªÕ¹ -%/".split("")),
      minLength: 1,
      maxLength: 40,
    });
    const value: fc.Arbitrary<CellValue> = fc.oneof(
      text,
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n)), // -0 reads as 0
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.boolean(),
      fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }, { error: "#VALUE!" }),
    );
    const cell = fc.record({
      row: fc.integer({ min: 1, max: 60 }),
      column: fc.integer({ min: 1, max: 20 }),
      value,
      asFormula: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(cell, { minLength: 1, maxLength: 80, selector: (c) => `${c.row}:${c.column}` }),
        fc.integer({ min: 12, max: 300 }),
        (cells, sstChunk) => {
          const book = { sstChunk, sheets: [{ name: "S", cells: cells as TestCell[] }] };
          const [grid] = readXlsBuffer(writeXls(book), "t.xls").grids;
          const filled = cells.filter((c) => c.value !== "");
          expect(grid.top).toBe(Math.min(...filled.map((c) => c.row)));
          expect(grid.left).toBe(Math.min(...filled.map((c) => c.column)));
          for (const c of filled) {
            const got = grid.values[c.row - grid.top][c.column - grid.left];
            expect(got).toEqual(c.value);
          }
          const count = grid.values.flat().filter((v) => v !== null).length;
          expect(count).toBe(filled.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("bounds a sheet: a stray far cell is skipped and named, an over-large table skips the sheet", () => {
    const table: TestCell[] = [];
    for (let r = 1; r <= 5; r++) for (let c = 1; c <= 3; c++) table.push({ row: r, column: c, value: r * c });
    const stray = readXlsBuffer(
      writeXls({ sheets: [{ name: "S", cells: [...table, { row: 60000, column: 200, value: "x" }] }] }),
      "t.xls",
    );
    expect(stray.grids[0].values).toHaveLength(5);
    expect(stray.findings).toEqual([
      expect.objectContaining({
        code: "cells-outside-table",
        sheet: "S",
        cell: "GR60000",
        params: { cells: "GR60000", count: 1 },
      }),
    ]);
    // Cells every 60 rows and columns: one table by the gap rule, 65,000 × 241 cells in its window.
    const sparse: TestCell[] = [];
    for (let r = 1; r <= 65000; r += 60)
      for (let c = 1; c <= 241; c += 60) sparse.push({ row: r, column: c, value: 1 });
    const large = readXlsBuffer(
      writeXls({
        sheets: [
          { name: "Big", cells: sparse },
          { name: "Small", cells: table },
        ],
      }),
      "t.xls",
    );
    expect(large.grids.map((g) => g.sheet)).toEqual(["Small"]);
    expect(large.findings).toEqual([expect.objectContaining({ code: "sheet-too-large", sheet: "Big" })]);
  });

  it("reads at most MAX_SHEETS_PER_FILE sheets and says how many there were", () => {
    const sheets = Array.from({ length: MAX_SHEETS_PER_FILE + 3 }, (_, i) => ({
      name: `S${i}`,
      cells: [{ row: 1, column: 1, value: i }],
    }));
    const source = readXlsBuffer(writeXls({ sheets }), "t.xls");
    expect(source.grids).toHaveLength(MAX_SHEETS_PER_FILE);
    expect(source.findings).toEqual([
      expect.objectContaining({
        code: "file-too-many-sheets",
        params: { read: MAX_SHEETS_PER_FILE, total: MAX_SHEETS_PER_FILE + 3 },
      }),
    ]);
  });

  it("cuts text over Excel's 32,767 characters and names the cell", () => {
    const long = "a".repeat(40_000);
    const source = readXlsBuffer(
      writeXls({ sheets: [{ name: "S", cells: [{ row: 3, column: 2, value: long }] }] }),
      "t.xls",
    );
    expect((source.grids[0].values[0][0] as string).length).toBe(32_767);
    expect(source.findings).toEqual([
      expect.objectContaining({ code: "cell-text-too-long", cell: "B3", params: { length: 40_000 } }),
    ]);
  });

  it("refuses sheets that claim the same substream (the work would grow with the square of the file)", () => {
    const bytes = sheetsSharingOneSubstream(2000, 300);
    expect(message(bytes)).toContain("tệp bị hỏng");
    // the technical cause stays in the finding for those who ask, never in the sentence
    expect(readXlsBuffer(bytes, "t.xls").findings[0].params?.reason).toBe("xls: sheets overlap");
  });
});

describe("shared strings across CONTINUE records", () => {
  it("reads the same strings however the records are split, 8-bit or UTF-16", () => {
    const strings = fc.array(fc.string({ unit: fc.constantFrom(..."abcÀØªđẠỹ中 ".split("")), maxLength: 60 }), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(strings, fc.integer({ min: 12, max: 200 }), (list, chunk) => {
        const bytes = sstRecords(list, chunk);
        const segments: Uint8Array[] = [];
        for (let at = 0; at < bytes.length;) {
          const length = bytes.readUInt16LE(at + 2);
          segments.push(bytes.subarray(at + 4, at + 4 + length));
          at += 4 + length;
        }
        const reader = new RecordReader(segments);
        reader.skip(8);
        expect(list.map(() => reader.unicodeString(32_767).text)).toEqual(list);
        expect(reader.remaining()).toBe(0);
      }),
    );
  });

  it("skips rich-text runs and phonetic data", () => {
    const data = Buffer.concat([
      Buffer.from([3, 0, 0x0c, 1, 0, 2, 0, 0, 0]),
      Buffer.from("abc"),
      Buffer.alloc(4),
      Buffer.from([9, 9]),
      Buffer.from([1, 0, 0, 0x7a]),
    ]);
    const reader = new RecordReader([data]);
    expect(reader.unicodeString(100).text).toBe("abc");
    expect(reader.unicodeString(100).text).toBe("z");
  });

  it("throws on a string longer than its record, never reads past it", () => {
    expect(() => new RecordReader([Buffer.from([10, 0, 0, 0x61])]).unicodeString(100)).toThrow("cut short");
    expect(record(BIFF.EOF, []).length).toBe(4);
  });
});

describe("decodeRk", () => {
  it("decodes integers, doubles and the ×100 forms", () => {
    expect(decodeRk((12 << 2) | 2)).toBe(12);
    expect(decodeRk((-7 << 2) | 2)).toBe(-7);
    expect(decodeRk((1234 << 2) | 3)).toBe(12.34);
    const f = Buffer.alloc(8);
    f.writeDoubleLE(1.5, 0);
    expect(decodeRk(f.readUInt32LE(4))).toBe(1.5);
    expect(decodeRk(f.readUInt32LE(4) | 1)).toBe(0.015);
  });
});
