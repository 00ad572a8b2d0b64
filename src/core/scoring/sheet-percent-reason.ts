/**
 * Why the sheet's own % (so sánh %) differs from the recomputed achievement, so the official reads a
 * reason and not only two numbers. The sheet's figure is tried against the other ways a % column is
 * commonly computed from the same row; the first that matches (within the tolerance, as points or as
 * a plain ratio 0,86) names the reason.
 */
import type { ScoredIndicator } from "../model";

export type SheetPercentReason =
  | "actual-over-plan-for-down" // the sheet: actual / plan; lower is better, so plan / actual
  | "actual-over-plan-for-down-baseline" // the sheet: actual / plan; lower is better with a baseline
  | "plan-over-actual-for-down-baseline" // the sheet: plan / actual; with a baseline, the reduction formula
  | "plan-over-actual-for-up" // the sheet: plan / actual; higher is better, so actual / plan
  | "rounded" // the sheet rounds (or cuts) to whole percent
  | "unexplained"; // no formula from this row's plan and actual gives the sheet's figure

type Row = Pick<ScoredIndicator, "direction" | "kind" | "planValue" | "actualValue" | "baselineValue" | "achievement">;

/** True when the sheet's figure (points, or a plain ratio when `ratioAllowed`) matches `value`. */
function matches(sheet: number, value: number, tolerance: number, ratioAllowed: boolean): boolean {
  return Math.abs(sheet - value) <= tolerance || (ratioAllowed && Math.abs(sheet * 100 - value) <= tolerance);
}

export function sheetPercentReason(
  ind: Row,
  sheet: number,
  tolerance: number,
  ratioAllowed: boolean,
): SheetPercentReason {
  const { planValue: plan, actualValue: actual, baselineValue: baseline, achievement } = ind;
  const same = (value: number) => Number.isFinite(value) && matches(sheet, value, tolerance, ratioAllowed);
  const numeric = ind.kind === "amount" || ind.kind === "percent";
  if (numeric && plan !== null && actual !== null) {
    const hasBaseline = baseline !== null && baseline > plan;
    if (ind.direction === "down" && plan !== 0 && same((actual / plan) * 100))
      return hasBaseline ? "actual-over-plan-for-down-baseline" : "actual-over-plan-for-down";
    if (ind.direction === "down" && hasBaseline && actual !== 0 && same((plan / actual) * 100))
      return "plan-over-actual-for-down-baseline";
    if (ind.direction === "up" && actual !== 0 && same((plan / actual) * 100)) return "plan-over-actual-for-up";
  }
  if (achievement !== null) {
    const whole = ratioAllowed && Math.abs(sheet) <= 10 ? sheet * 100 : sheet;
    if (Number.isInteger(Math.round(whole * 1e6) / 1e6) && Math.abs(whole - achievement) < 1) return "rounded";
  }
  return "unexplained";
}
