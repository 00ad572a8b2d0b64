/**
 * Scale: one return sheet of 100,000 indicator rows (title row 1, header row 2, group row 3,
 * indicators in rows 4…100,003). No timings here: the benchmark (scripts/bench-scale.ts) measures.
 */
import { analyze } from "../../src/core/analyze";
import { buildSummaryPlan } from "../../src/core/plan/build-summary";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { syntheticLongReturn } from "../../scripts/synthetic-returns";

const ROWS = 100_000;

describe("a sheet of 100,000 indicator rows", () => {
  const analysis = analyze([{ file: "long.xlsx", grids: [syntheticLongReturn(ROWS)], findings: [] }], DEFAULT_SETTINGS);
  const ret = analysis.returns[0].ret;

  test("every indicator is read, in order, from the right row and cell", () => {
    expect(analysis.returns).toHaveLength(1);
    expect(analysis.skipped).toEqual([]);
    expect(ret.indicators).toHaveLength(ROWS);
    expect(ret.indicators[0]).toMatchObject({
      row: 4,
      cell: "B4",
      code: "1",
      group: expect.stringContaining("KINH TẾ"),
    });
    const last = ret.indicators[ROWS - 1];
    expect(last).toMatchObject({ row: 100_003, cell: "B100003", code: "100000" });
    expect(last.name).toMatch(/\(100000\)$/);
    expect(last.cells.actual).toBe("E100003");
    let misplaced = 0;
    ret.indicators.forEach((ind, i) => {
      if (ind.row !== i + 4 || ind.cell !== `B${i + 4}` || !ind.name.endsWith(`(${i + 1})`)) misplaced++;
    });
    expect(misplaced).toBe(0);
  });

  test("every indicator is scored: achievement and a band, none left unevaluated", () => {
    expect(ret.counts.met + ret.counts.near + ret.counts.mid + ret.counts.low + ret.counts.none).toBe(ROWS);
    expect(ret.counts.none).toBe(0);
    expect(ret.indicators.filter((i) => i.achievement === null)).toHaveLength(0);
    // figures are drawn at 30–120 % of plan, so every band from low to met occurs
    for (const band of ["met", "near", "mid", "low"] as const) expect(ret.counts[band]).toBeGreaterThan(1000);
  });

  test("the summary plan has one table row per indicator, down to the last", () => {
    const plan = buildSummaryPlan(analysis, DEFAULT_SETTINGS);
    expect(plan.sheets).toHaveLength(1);
    const sheet = plan.sheets[0];
    // the header row (repeated on the table's printed pages), a group banner, then the indicators
    const header = sheet.page.printTitleRows!.from;
    const first = header + 2;
    const names = new Map<number, unknown>();
    for (const cell of sheet.cells)
      if (cell.col === 2 && cell.row >= first && cell.row < first + ROWS) names.set(cell.row, cell.value);
    expect(names.size).toBe(ROWS);
    expect(names.get(first)).toBe(ret.indicators[0].name);
    expect(names.get(first - 1 + ROWS)).toBe(ret.indicators[ROWS - 1].name);
    // the band colours cover the whole table, to its last row
    expect(sheet.conditionalFormats[0].range).toMatchObject({ top: header + 1, bottom: header + 1 + ROWS });
  });
});
