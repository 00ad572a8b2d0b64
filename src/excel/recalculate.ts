/**
 * Recalculation after writing. Calculation is suspended while the summary is written
 * (suspendApiCalculationUntilNextSync), and in a workbook set to manual calculation nothing would
 * compute the % and band formulas afterwards: they would show stale or empty results. So the ranges
 * written are recalculated (Range.calculate, ExcelApi 1.6), or the whole workbook where that is missing
 * (Application.calculate, ExcelApi 1.1).
 */
import { rangeA1 } from "../core/address";
import type { PlanSheet } from "../core/plan/types";
import { bounds } from "./render-cells";

export function queueRecalculation(
  context: Excel.RequestContext,
  sheets: readonly PlanSheet[],
  worksheets: ReadonlyMap<PlanSheet, Excel.Worksheet>,
  rangeCalculate: boolean,
): void {
  if (!rangeCalculate) {
    context.workbook.application.calculate("Recalculate");
    return;
  }
  for (const sheet of sheets) {
    if (!sheet.cells.some((c) => c.formula)) continue;
    const box = bounds(sheet.cells, sheet.merges);
    const ws = worksheets.get(sheet);
    if (box && ws) ws.getRange(rangeA1(box.top, box.left, box.bottom, box.right)).calculate();
  }
}
