/**
 * Equal results: the new .xlsx reader (src/files/xlsx/) gives the same grids as the old exceljs
 * reader (src/files/exceljs-oracle/, kept only for this) on the examples, the bad-input corpus,
 * hand-written markup other writers produce (inline strings, rich text with phonetic runs, shared
 * formulas' cached values, error and boolean cells, cells without "r", 1904 dates, merges, hidden
 * rows), random workbooks written by exceljs (fast-check) and the examples re-saved by LibreOffice.
 * Where the old reader was wrong the test says so and pins the new reader's (right) value instead.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as ExcelJS from "exceljs";
import fc from "fast-check";
import type { Grid } from "../../src/core/grid";
import { readWorkbookWithExceljs } from "../../src/files/exceljs-oracle/read-workbook-exceljs";
import { readWorkbookBytes } from "../../src/files/read-workbook-buffer";
import { type RawWorkbook, rawXlsx } from "../support/raw-xlsx";

const ROOT = resolve(__dirname, "..", "..");
const xlsxIn = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith(".xlsx"))
    .sort()
    .map((n) => join(dir, n));
const EXAMPLES = xlsxIn(join(ROOT, "examples"));
const BAD_INPUTS = xlsxIn(join(ROOT, "test", "fixtures", "bad-inputs"));

async function both(bytes: Uint8Array): Promise<{ fresh: Grid[]; old: Grid[] }> {
  const fresh = readWorkbookBytes(bytes, "f.xlsx");
  expect(fresh.findings).toEqual([]);
  const old = await readWorkbookWithExceljs(bytes, "f.xlsx");
  return { fresh: fresh.grids, old: old.grids };
}

describe("the new reader equals the exceljs reader", () => {
  it("on every example, cell by cell", async () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(7);
    for (const path of EXAMPLES) {
      const { fresh, old } = await both(readFileSync(path));
      expect(fresh.length).toBeGreaterThan(0);
      expect(fresh).toEqual(old);
    }
  });

  it("on every file of the bad-input corpus exceljs can open; the others are refused by both", async () => {
    let compared = 0;
    for (const path of BAD_INPUTS) {
      const bytes = readFileSync(path);
      const fresh = readWorkbookBytes(bytes, path);
      let old: Grid[] | null = null;
      try {
        old = (await readWorkbookWithExceljs(bytes, path)).grids;
      } catch {
        old = null;
      }
      if (old === null) {
        expect({ path, grids: fresh.grids }).toEqual({ path, grids: [] });
        expect(fresh.findings.map((f) => f.code)).toEqual([expect.stringMatching(/^file-(unreadable|encrypted)$/)]);
      } else {
        expect({ path, grids: fresh.grids }).toEqual({ path, grids: old });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(40);
  });
});

/** Markup written by Excel and other writers, every kind of cell the core cares about. */
const FEATURE_ROWS = `
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Inline &amp; text</t></is></c><c r="D1" t="inlineStr"><is><r><t xml:space="preserve">Rich </t></r><r><rPr><b/></rPr><t>inline</t></r></is></c></row>
<row r="2"><c r="A2"><v>1.5</v></c><c r="B2"><f>A2*2</f><v>3</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">A2+1</f><v>2.5</v></c></row>
<row r="3"><c r="A3" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="B3" t="e"><v>#DIV/0!</v></c><c r="C3"><f t="shared" si="0"/><v>10</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="b"><v>0</v></c></row>
<row r="4" hidden="1"><c r="A4" s="1"><v>45292</v></c><c r="B4" s="2"><v>45292.5</v></c><c r="C4"><f t="shared" si="0"/><v>11</v></c><c r="D4" s="3"><v>0.845</v></c><c r="E4" s="1"><v>45292.123456789</v></c></row>
<row r="5"><c r="A5"><v>1</v></c><c r="B5" t="s"><v>2</v></c><c r="D5" s="4"><v>12</v></c></row>
<row r="6"><c r="A6" t="s"><v>3</v></c><c r="B6"><v>99</v></c></row>
<row r="7"><c r="A7" t="d"><v>2024-01-01T12:00:00Z</v></c><c r="C7"><v>5</v></c><c r="D8"><v>6</v></c></row>
<row r="8"><c r="A8"><f>SUM(A1:A2)</f></c><c r="B8" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c><c r="D8"><v>6</v></c></row>
<row r="10" hidden="true"><c r="A10" t="s"><v>4</v></c><c r="B10"><v>  7 </v></c></row>`;
const FEATURES: RawWorkbook = {
  sheets: [
    {
      name: "Biểu & 1",
      xml: FEATURE_ROWS,
      after: '<mergeCells count="2"><mergeCell ref="A6:B6"/><mergeCell ref="C7:D8"/></mergeCells>',
    },
  ],
  sharedStrings: [
    "Chỉ tiêu",
    '<r><t>Kế </t></r><r><rPr><i/></rPr><t>hoạch</t></r><rPh sb="0" eb="1"><t>ケ</t></rPh>',
    "a_x000D_b",
    "Merged",
    " spaced\r\nline ",
  ],
  cellFormats: [0, 14, 164, 10, 49],
  numFmts: { 164: "dd/mm/yyyy" },
};

/** A value of the grid at an absolute address. */
const at = (grid: Grid, row: number, column: number) => grid.values[row - grid.top][column - grid.left];

describe("hand-written markup: the same as exceljs, except where exceljs was wrong", () => {
  for (const date1904 of [false, true]) {
    it(`inline and rich strings, shared formulas' results, errors, booleans, formats, merges, hidden rows (date1904 ${date1904})`, async () => {
      const { fresh, old } = await both(rawXlsx({ ...FEATURES, date1904 }));
      const [grid] = fresh;
      // Where the old reader was wrong, its value is pinned here and the new (right) one asserted:
      // E4 a date-time: exceljs rounds through a JS Date to the millisecond (45292.123456794).
      expect(at(old[0], 4, 5)).toBe(45292.123456794);
      expect(at(grid, 4, 5)).toBe(45292.123456789);
      // A7 t="d" (an ISO date cell): exceljs reads parseFloat("2024-01-01T12:00:00Z") = 2024.
      expect(at(old[0], 7, 1)).toBe(2024);
      expect(at(grid, 7, 1)).toBe(date1904 ? 43830.5 : 45292.5);
      // B8 an inline string in CDATA: exceljs drops the text.
      expect(at(old[0], 8, 2)).toBeNull();
      expect(at(grid, 8, 2)).toBe("a<b");
      // Everything else is identical, cell by cell, with formats, merges and hidden rows.
      const patched = structuredClone(old);
      patched[0].values[4 - 1][5 - 1] = 45292.123456789;
      patched[0].values[7 - 1][1 - 1] = date1904 ? 43830.5 : 45292.5;
      patched[0].values[8 - 1][2 - 1] = "a<b";
      expect(fresh).toEqual(patched);
      expect(grid.values[0]).toEqual(["Chỉ tiêu", "Kế hoạch", "Inline & text", "Rich inline", null, null]);
      expect(grid.values[2]).toEqual(["xy", { error: "#DIV/0!" }, 10, { error: "#DIV/0!" }, true, false]);
      expect(at(grid, 5, 2)).toBe("a\rb");
      expect(at(grid, 6, 2)).toBeNull(); // covered by the merge A6:B6
      expect(grid.hiddenRows).toEqual([4, 10]);
      expect(grid.numberFormats?.[3].slice(0, 4)).toEqual(["mm-dd-yy", "dd/mm/yyyy", null, "0.00%"]);
    });
  }

  it("cells and rows without an address (valid OOXML some writers use), where exceljs throws", async () => {
    const bytes = rawXlsx({
      sheets: [
        {
          name: "S",
          xml: '<row><c><v>1</v></c><c t="s"><v>0</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>',
        },
      ],
      sharedStrings: ["hai"],
    });
    await expect(readWorkbookWithExceljs(bytes, "f")).rejects.toThrow();
    const fresh = readWorkbookBytes(bytes, "f");
    expect(fresh.findings).toEqual([]);
    expect(fresh.grids[0]).toMatchObject({
      top: 1,
      left: 1,
      values: [
        [1, "hai", null, null],
        [null, null, 3, 4],
      ],
    });
  });
});

type Written =
  | string
  | number
  | boolean
  | Date
  | { error: string }
  | { formula: string; result: number }
  | {
      richText: { text: string; font?: { bold: boolean } }[];
    };

/** Text as clerks type it: Vietnamese, XML's special characters, spaces at the ends, line breaks. */
const text = fc
  .array(fc.constantFrom("Chỉ tiêu", "ạ", "Đ", " ", "&", "<", ">", '"', "'", "\n", "x", "1", "_x000D_", "%", "="), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(""));
const DATE_FORMAT = "dd/mm/yyyy";
const written: fc.Arbitrary<{ value: Written; numFmt?: string }> = fc.oneof(
  fc.integer({ min: -1e6, max: 1e9 }).map((value) => ({ value })),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((value) => ({ value })),
  fc.double({ min: 0, max: 2, noNaN: true }).map((value) => ({ value, numFmt: "0.0%" })),
  text.map((value) => ({ value })),
  fc.boolean().map((value) => ({ value })),
  fc.constantFrom("#DIV/0!", "#N/A", "#REF!", "#VALUE!").map((error) => ({ value: { error } })),
  fc.integer({ min: 0, max: 1000 }).map((n) => ({ value: { formula: `${n}+1`, result: n + 1 } })),
  fc.tuple(text, text).map(([a, b]) => ({ value: { richText: [{ text: a }, { text: b, font: { bold: true } }] } })),
  fc
    .integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 })
    .map((s) => ({ value: new Date(s * 1000), numFmt: DATE_FORMAT })),
);

const sheetArb = fc.record({
  top: fc.integer({ min: 1, max: 40 }),
  left: fc.integer({ min: 1, max: 12 }),
  cells: fc.array(fc.array(fc.option(written, { nil: null }), { minLength: 1, maxLength: 6 }), {
    minLength: 1,
    maxLength: 8,
  }),
  merge: fc.option(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { nil: null }),
  hidden: fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 3 }),
});

/** Date cells round-trip through a JS Date in exceljs: compare them to the microsecond. */
function roundDates(grids: Grid[]): Grid[] {
  return grids.map((g) => ({
    ...g,
    values: g.values.map((row, r) =>
      row.map((v, c) =>
        typeof v === "number" && g.numberFormats?.[r][c] === DATE_FORMAT ? Math.round(v * 864e5) / 864e5 : v,
      ),
    ),
  }));
}

describe("random workbooks written by exceljs (fast-check)", () => {
  it("read to the same grids by both readers", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheetArb, { minLength: 1, maxLength: 3 }), fc.boolean(), async (sheets, date1904) => {
        const wb = new ExcelJS.Workbook();
        (wb.properties as { date1904?: boolean }).date1904 = date1904;
        sheets.forEach((s, i) => {
          const ws = wb.addWorksheet(`Xã ${i + 1}`);
          s.cells.forEach((row, r) =>
            row.forEach((cell, c) => {
              if (!cell) return;
              const target = ws.getCell(s.top + r, s.left + c);
              target.value = cell.value as ExcelJS.CellValue;
              if (cell.numFmt) target.numFmt = cell.numFmt;
            }),
          );
          if (s.merge) ws.mergeCells(s.top, s.left, s.top + s.merge[0], s.left + s.merge[1]);
          for (const h of s.hidden) ws.getRow(h).hidden = true;
        });
        const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
        const { fresh, old } = await both(bytes);
        expect(roundDates(fresh)).toEqual(roundDates(old));
      }),
      { numRuns: 60 },
    );
  });
});

describe("the examples re-saved by LibreOffice (another writer's markup)", () => {
  it("read to the same grids by both readers", async () => {
    const out = mkdtempSync(join(tmpdir(), "lo-xlsx-"));
    const inDir = mkdtempSync(join(tmpdir(), "lo-in-"));
    // LibreOffice refuses to convert a file onto its own name: copy the examples aside first.
    for (const path of EXAMPLES) writeFileSync(join(inDir, path.split("/").pop()!), readFileSync(path));
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${out}/profile`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        out,
        ...xlsxIn(inDir),
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    const converted = xlsxIn(out);
    expect(converted).toHaveLength(EXAMPLES.length);
    for (const path of converted) {
      const { fresh, old } = await both(readFileSync(path));
      expect(fresh.length).toBeGreaterThan(0);
      expect({ path, grids: fresh }).toEqual({ path, grids: old });
    }
  }, 180_000);
});
