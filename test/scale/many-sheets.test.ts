/**
 * Scale: one .xlsx holding 500 commune sheets, through the exceljs reader, the engine and the plan.
 * No timings here: the benchmark (scripts/bench-scale.ts) measures.
 */
import { promises as fs } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { analyze } from "../../src/core/analyze";
import { buildSummaryPlan } from "../../src/core/plan/build-summary";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readWorkbookFile } from "../../src/files/read-workbook";
import { writeGridsFile } from "../../scripts/bench-scale";
import { syntheticReturns } from "../../scripts/synthetic-returns";

const SHEETS = 500;
const FIRST_AREA_COLUMN = 10; // J: after STT … Đã báo cáo
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(tmpdir(), "scale-sheets-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("500 commune sheets give 500 returns and a consolidated sheet with 500 area columns", async () => {
  const file = path.join(dir, "500.xlsx");
  await writeGridsFile(file, syntheticReturns(SHEETS, 60));
  const source = await readWorkbookFile(file);
  expect(source.findings).toEqual([]);
  expect(source.grids).toHaveLength(SHEETS);

  const analysis = analyze([{ file: "500.xlsx", grids: source.grids, findings: source.findings }], DEFAULT_SETTINGS);
  expect(analysis.returns).toHaveLength(SHEETS);
  expect(analysis.skipped).toEqual([]);
  expect(analysis.returns.every((r) => r.ret.indicators.length === 60)).toBe(true);
  const areas = Array.from({ length: SHEETS }, (_, i) => `Xã Số ${i + 1}`);
  const cons = analysis.consolidation?.consolidation;
  expect(cons?.areas).toEqual(areas);
  expect(cons?.missingAreas).toEqual([]);
  expect(cons?.indicators).toHaveLength(60);
  expect(
    cons?.indicators.every(
      (i) => i.reported === SHEETS && i.figures.length === SHEETS && i.figures.every((f) => f !== undefined),
    ),
  ).toBe(true);
  // sums add up across all 500 areas
  const first = cons!.indicators.find((i) => i.aggregation === "sum")!;
  const sum = analysis.returns.reduce(
    (s, r) => s + (r.ret.indicators.find((i) => i.name === first.name)?.planValue ?? 0),
    0,
  );
  expect(first.plan).toBeCloseTo(sum, 6);

  const plan = buildSummaryPlan(analysis, DEFAULT_SETTINGS);
  expect(plan.sheets).toHaveLength(SHEETS + 1);
  const consolidated = plan.sheets[0];
  expect(consolidated.role).toBe("consolidated");
  // the table's header is the row repeated on its printed pages
  const headerRow = consolidated.page.printTitleRows!.from;
  const header = new Map(consolidated.cells.filter((c) => c.row === headerRow).map((c) => [c.col, c.value]));
  expect(areas.map((_, i) => header.get(FIRST_AREA_COLUMN + i))).toEqual(areas);
  expect(header.get(FIRST_AREA_COLUMN + SHEETS)).toBe("Ghi chú");
  expect(consolidated.columnWidths).toHaveLength(FIRST_AREA_COLUMN + SHEETS);
  // one achievement per area on every indicator row, in the area's own column
  const lastArea = consolidated.cells.filter(
    (c) => c.col === FIRST_AREA_COLUMN + SHEETS - 1 && c.row > headerRow && typeof c.value === "number",
  );
  expect(lastArea.length).toBe(60);
  expect(new Set(plan.sheets.map((s) => s.name)).size).toBe(SHEETS + 1);
});
