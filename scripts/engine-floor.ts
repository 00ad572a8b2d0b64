/**
 * The engine's floor, for `npm run bench`: the time it takes merely to allocate what the engine's
 * result holds, with no logic at all: per indicator the object read, its two figures and the scored
 * copy; per plan sheet its array of cells, and as many distinct cell objects as the real plan has.
 * Whatever the engine does (reading, scoring, consolidating, planning) comes on top of this, so
 * engine.ms / floorMs says how much of the time is work and how much is the size of the result.
 */
import type { Analysis } from "../src/core/analyze";
import type { CellValue, Grid } from "../src/core/grid";
import type { SummaryPlan } from "../src/core/plan/types";

export interface EngineOutputCounts {
  /** Indicators per return, in order. */
  indicators: number[];
  /** Cells per plan sheet, in order. */
  sheetCells: number[];
  /** Distinct cell objects over the whole plan (the rest are shared). */
  distinctCells: number;
}

export function countEngineOutput(analysis: Analysis, plan: SummaryPlan): EngineOutputCounts {
  const distinct = new Set<object>();
  for (const sheet of plan.sheets) for (const cell of sheet.cells) distinct.add(cell);
  return {
    indicators: analysis.returns.map((r) => r.ret.indicators.length),
    sheetCells: plan.sheets.map((s) => s.cells.length),
    distinctCells: distinct.size,
  };
}

const numberOr = (value: CellValue | undefined, other: number): number => (typeof value === "number" ? value : other);

/** Objects of the engine's shapes and numbers, filled from `grids`; returned so they stay alive. */
export function allocateLikeEngine(grids: readonly Grid[], counts: EngineOutputCounts): unknown[] {
  const returns: unknown[] = [];
  grids.forEach((grid, g) => {
    const rows = grid.values;
    const indicators: unknown[] = [];
    for (let i = 0; i < (counts.indicators[g] ?? 0); i++) {
      const values = rows[i % rows.length];
      const planValue = numberOr(values[3], i);
      const actualValue = numberOr(values[4], i + 0.5);
      const plan = { kind: "number", value: planValue, percent: false };
      const actual = { kind: "number", value: actualValue, percent: false };
      const read = {
        sheet: grid.sheet,
        row: i + 1,
        cell: "B1",
        code: values[0],
        group: null,
        parent: null,
        name: values[1],
        unit: values[2],
        plan,
        actual,
        baseline: null,
        sheetPercent: null,
        note: null,
        direction: null,
        cells: null,
      };
      indicators.push({
        sheet: read.sheet,
        row: read.row,
        cell: read.cell,
        code: read.code,
        group: read.group,
        parent: read.parent,
        name: read.name,
        unit: read.unit,
        plan: read.plan,
        actual: read.actual,
        baseline: read.baseline,
        sheetPercent: read.sheetPercent,
        note: read.note,
        cells: read.cells,
        direction: "up",
        directionSource: "default",
        reduction: false,
        kind: "amount",
        planValue,
        actualValue,
        baselineValue: null,
        achievement: (actualValue / planValue) * 100,
        noScoreReason: null,
        band: "met",
        flags: null,
      });
    }
    returns.push(indicators);
  });
  let distinctLeft = counts.distinctCells;
  const shared = { row: 1, col: 1, value: null, style: "text" };
  const sheets = counts.sheetCells.map((size, s) => {
    const cells = new Array<unknown>(size);
    for (let c = 0; c < size; c++) {
      cells[c] = distinctLeft-- > 0 ? { row: c >> 3, col: c & 7, value: s + c * 0.01, style: "pct" } : shared;
    }
    return cells;
  });
  return [returns, sheets];
}
