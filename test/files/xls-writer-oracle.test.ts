/**
 * LibreOffice as the oracle for what the tests build by hand: random workbooks from the test
 * writer (long texts split across CONTINUE records every 97 bytes, 8-bit and UTF-16, TCVN3 bytes,
 * numbers and texts plain and as formula results, formats, errors, merges, hidden rows) are opened by
 * LibreOffice and saved as .xlsx; our .xls reader must agree with what LibreOffice read. So the
 * writer is a real .xls writer (the property tests built on it mean something), and the reader
 * agrees with an independent parser on the shapes real files rarely show.
 */
import fc from "fast-check";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertWithLibreOffice } from "../../scripts/examples/to-xls";
import type { CellValue } from "../../src/core/grid";
import { readWorkbookBuffer } from "../../src/files/read-workbook-buffer";
import { readXlsBuffer } from "../../src/files/xls/read-xls";
import type { WorkbookSource } from "../../src/files/workbook-source";
import { writeXls, type TestCell, type TestWorkbook } from "../support/xls-writer";

const ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyÀỹ ØªÕ¹ -%/中".split("");
const cell: fc.Arbitrary<TestCell> = fc.record({
  row: fc.integer({ min: 1, max: 40 }),
  column: fc.integer({ min: 1, max: 8 }),
  value: fc.oneof(
    fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1, maxLength: 400 }),
    fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 7),
    fc.constantFrom<CellValue>({ error: "#N/A" }, { error: "#DIV/0!" }, { error: "#REF!" }),
  ),
  format: fc.integer({ min: 0, max: 2 }),
  asFormula: fc.boolean(),
});
const books: TestWorkbook[] = fc
  .sample(fc.uniqueArray(cell, { minLength: 30, maxLength: 120, selector: (c) => `${c.row}:${c.column}` }), {
    numRuns: 4,
    seed: 14,
  })
  .map((cells) => ({
    sstChunk: 97,
    formats: ["0.0%", "#,##0.000"],
    sheets: [{ name: "Báo cáo ổn", cells, merges: [{ top: 41, left: 1, bottom: 42, right: 3 }], hiddenRows: [3, 9] }],
  }));

const work = mkdtempSync(join(tmpdir(), "xls-oracle-"));
const pairs: { ours: WorkbookSource; libreOffice: WorkbookSource }[] = [];

beforeAll(async () => {
  const inputs = books.map((book, i) => {
    const path = join(work, `book-${i}.xls`);
    writeFileSync(path, writeXls(book));
    return path;
  });
  const outDir = join(work, "xlsx");
  mkdirSync(outDir);
  const outputs = await convertWithLibreOffice(inputs, outDir, "xlsx");
  for (let i = 0; i < inputs.length; i++) {
    pairs.push({
      ours: readXlsBuffer(readFileSync(inputs[i]), "t.xls"),
      libreOffice: await readWorkbookBuffer(readFileSync(outputs[i]), "t.xlsx"),
    });
  }
}, 300_000);

it("LibreOffice reads the hand-built .xls as our reader does", () => {
  let texts = 0;
  for (const { ours, libreOffice } of pairs) {
    expect(ours.findings).toEqual([]);
    const [a] = ours.grids;
    const [b] = libreOffice.grids;
    expect([a.sheet, a.top, a.left, a.merges, a.hiddenRows]).toEqual([b.sheet, b.top, b.left, b.merges, b.hiddenRows]);
    expect(a.values.length).toBe(b.values.length);
    a.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const other = b.values[r][c];
        const format = b.numberFormats![r][c];
        // LibreOffice writes "General" where the .xls has no format, and rounds doubles to 15 digits.
        expect(a.numberFormats![r][c]).toBe(format === "General" ? null : format);
        if (typeof value === "number") expect(other as number).toBeCloseTo(value, 8);
        else expect(other).toEqual(value);
        if (typeof value === "string") texts++;
      }),
    );
  }
  expect(texts).toBeGreaterThan(40);
});
