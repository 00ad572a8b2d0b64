/**
 * The bad-input corpus through the Office.js layer on the strict Excel fake: each readable workbook's
 * sheets are loaded into the fake as Excel would hold them, then read back with readWorkbookGrids,
 * analysed, planned (links to the source cells) and rendered beside the user's sheets. Nothing may
 * throw, the renderer may report no error, the source sheets must be unchanged, and every text that
 * starts with = + - @ tab or CR must read back as that text, never a formula.
 */
import { a1, rangeA1 } from "../../src/core/address";
import { analyze } from "../../src/core/analyze";
import type { Grid } from "../../src/core/grid";
import { isCellError } from "../../src/core/grid";
import { buildSummaryPlan } from "../../src/core/plan/build-summary";
import { parseSettings } from "../../src/core/settings";
import { readWorkbookGrids as readGrids } from "../../src/excel/read-grids";
import { renderPlan } from "../../src/excel/render-plan";
import { readWorkbookFile } from "../../src/files/read-workbook";
import { type InitialSheet, createFakeExcel } from "../support/excel-fake";
import { unkey } from "../support/excel-fake/state";
import { FORMULA_LIKE, corpusFiles } from "./corpus-support";

const settings = parseSettings({});
const ctx = (fake: ReturnType<typeof createFakeExcel>) => fake.context as unknown as Excel.RequestContext;

/** A grid as the user's sheet in the fake: strings formatted "@" so the fake keeps them as text. */
function toInitialSheet(grid: Grid): InitialSheet {
  const values = grid.values.map((row) => row.map((v) => (isCellError(v) ? v.error : v)));
  const numberFormats = grid.values.map((row, r) =>
    row.map((v, c) => (typeof v === "string" ? "@" : (grid.numberFormats?.[r]?.[c] ?? "General"))),
  );
  return {
    name: grid.sheet,
    values,
    numberFormats,
    startCell: a1(grid.top, grid.left),
    merges: (grid.merges ?? []).map((m) => rangeA1(m.top, m.left, m.bottom, m.right)),
  };
}

describe.each(corpusFiles())("$file in Excel (fake)", ({ file, path, expect: expected }) => {
  test("reads, analyses and renders without an error, leaving the source sheets as they were", async () => {
    const source = await readWorkbookFile(path);
    if (source.grids.length === 0) {
      // unreadable, or no sheet at all: the add-in never sees such a workbook open in Excel
      expect(expected.exitCode).toBe(1);
      return;
    }
    const fake = createFakeExcel({ sheets: source.grids.map(toInitialSheet) });
    const sourceNames = fake.workbook.sheetNames();
    const snapshot = (): unknown =>
      sourceNames.map((n) => [fake.workbook.sheet(n).values(), fake.workbook.sheet(n).merges]);
    const before = JSON.stringify(snapshot());

    const read = await readGrids(ctx(fake), fake.api);
    expect(read.findings).toEqual([]);
    const analysis = analyze([{ file, grids: read.grids, findings: read.findings }], settings);
    const plan = buildSummaryPlan(analysis, settings, { reservedNames: sourceNames, linkTo: "source" });
    if (analysis.returns.length > 0) {
      const result = await renderPlan(ctx(fake), plan, fake.api);
      expect(result.findings).toEqual([]);
      expect(result.sheets).toHaveLength(plan.sheets.length);

      let formulaLikeTexts = 0;
      plan.sheets.forEach((planSheet, i) => {
        const written = fake.workbook.sheet(result.sheets[i]);
        const planFormulas = new Set(planSheet.cells.filter((c) => c.formula).map((c) => a1(c.row, c.col)));
        for (const cell of planSheet.cells) {
          if (cell.formula || typeof cell.value !== "string" || !FORMULA_LIKE.test(cell.value)) continue;
          formulaLikeTexts++;
          const got = written.cell(a1(cell.row, cell.col));
          expect(got?.value).toBe(cell.value);
          expect(got?.formula).toBeUndefined();
          expect(got?.error).toBeUndefined();
        }
        // and no cell became a formula the plan did not ask for
        const raw = fake.workbook.raw.sheets.find((s) => s.name === result.sheets[i])!;
        const formulaCells = [...raw.cells.entries()].filter(([, s]) => s.formula !== undefined).map(([k]) => unkey(k));
        for (const at of formulaCells) expect(planFormulas).toContain(a1(at.row, at.column));
      });
      if (file.startsWith("formula-like-"))
        expect(formulaLikeTexts).toBeGreaterThanOrEqual(file === "formula-like-names.xlsx" ? 5 : 1);
    } else {
      expect(plan.sheets).toEqual([]);
    }
    expect(JSON.stringify(snapshot())).toBe(before);
    expect(fake.workbook.sheetNames().slice(0, sourceNames.length)).toEqual(sourceNames);
  });
});
