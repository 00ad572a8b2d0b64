/**
 * Totals of one indicator across areas, by aggregation (see aggregation-catalogue.ts).
 * - sum: Σ plan over areas with a plan, Σ actual over areas with an actual (what a clerk's SUM
 *   shows; `reported` says how many areas are in it).
 * - mean: plain means of plan and of actual.
 * - weighted: Σ(value × weight) / Σ weight per side, the plan side with plan weights, the actual
 *   (and baseline) side with actual weights.
 * - criteria: plan = areas reporting a count, actual = areas whose count reaches their total
 *   (19/19); `standard` holds the same and the distribution of counts met.
 * - binary: plan = areas with a đạt / không đạt figure, actual = areas met.
 * Each function takes the areas' indicators in area order (one per area that reported it).
 * A baseline total is given only when every area with an actual also has a baseline (mixing would
 * skew the down formula); otherwise it is null.
 */
import type { ScoredIndicator } from "../model";

export interface Totals {
  plan: number | null;
  actual: number | null;
  baseline: number | null;
  standard?: {
    meeting: number;
    total: number;
    distribution: Record<string, number>;
  };
}

type Side = "planValue" | "actualValue" | "baselineValue";

function baselineComplete(entries: readonly ScoredIndicator[]): boolean {
  let any = false;
  for (const ind of entries) {
    if (ind.actualValue === null) continue;
    if (ind.baselineValue === null) return false;
    any = true;
  }
  return any;
}

function weightedOf(
  entries: readonly ScoredIndicator[],
  side: Side,
  weightList: readonly (number | null)[],
): number | null {
  let total = 0;
  let weights = 0;
  for (let i = 0; i < entries.length; i++) {
    const v = entries[i][side];
    const w = weightList[i] ?? 0; // a blank weight counts for nothing, as a zero or negative one
    if (v === null) continue;
    // Stryker disable next-line EqualityOperator: a zero weight adds 0 to both sums, so ">= 0" gives the same totals
    if (w > 0) {
      total += v * w;
      weights += w;
    }
  }
  return weights === 0 ? null : total / weights;
}

/**
 * Σ and count of the plan, actual and baseline over the areas that have each, and whether the
 * baseline is complete. consolidate adds each area's indicator while it groups a return's
 * indicators, when they are at hand: with thousands of areas, reading each area's indicator again
 * costs more than the additions. Each side is added in area order.
 */
export class SideSums {
  plan = 0;
  planN = 0;
  actual = 0;
  actualN = 0;
  baseline = 0;
  baselineN = 0;
  private anyActual = false;
  private complete = true;

  add(ind: ScoredIndicator): void {
    const p = ind.planValue;
    const a = ind.actualValue;
    const b = ind.baselineValue;
    if (p !== null) {
      this.plan += p;
      this.planN++;
    }
    if (a !== null) {
      this.actual += a;
      this.actualN++;
      this.anyActual = true;
      if (b === null) this.complete = false;
    }
    if (b !== null) {
      this.baseline += b;
      this.baselineN++;
    }
  }

  /** Every area with an actual has a baseline, and one area at least has an actual. */
  get baselineComplete(): boolean {
    return this.anyActual && this.complete;
  }
}

export function sumTotals(s: SideSums): Totals {
  return {
    plan: s.planN === 0 ? null : s.plan,
    actual: s.actualN === 0 ? null : s.actual,
    baseline: s.baselineComplete ? s.baseline : null,
  };
}

/** Plain means of each side (null where no area has that side). */
export function meanTotals(s: SideSums): Totals {
  return {
    plan: s.planN === 0 ? null : s.plan / s.planN,
    actual: s.actualN === 0 ? null : s.actual / s.actualN,
    baseline: s.baselineComplete ? s.baseline / s.baselineN : null, // complete: baselineN ≥ 1
  };
}

export function weightedTotals(
  entries: readonly ScoredIndicator[],
  planWeights: readonly (number | null)[],
  actualWeights: readonly (number | null)[],
): Totals {
  return {
    plan: weightedOf(entries, "planValue", planWeights),
    actual: weightedOf(entries, "actualValue", actualWeights),
    baseline: baselineComplete(entries) ? weightedOf(entries, "baselineValue", actualWeights) : null,
  };
}

/** The full standard of an area: the actual fraction's total, else the plan's. */
function standardOf(ind: ScoredIndicator): number | null {
  if (ind.actual.kind === "fraction") return ind.actual.total;
  if (ind.plan.kind === "fraction") return ind.plan.total;
  return ind.planValue;
}

/**
 * Criteria counts (issue 15): the consolidated figures are units, not an average of criteria —
 * plan = the units that reported a count, actual = the units meeting their full standard (19/19),
 * so the achievement is the share of units at the full standard; `standard` adds the distribution.
 */
export function criteriaTotals(entries: readonly ScoredIndicator[]): Totals {
  const distribution: Record<string, number> = {};
  let meeting = 0;
  let total = 0;
  for (const ind of entries) {
    const met = ind.actualValue;
    if (met === null) continue;
    total++;
    distribution[String(met)] = (distribution[String(met)] ?? 0) + 1;
    const full = standardOf(ind);
    if (full !== null && met >= full) meeting++;
  }
  return {
    plan: total === 0 ? null : total,
    actual: total === 0 ? null : meeting,
    baseline: null,
    standard: { meeting, total, distribution },
  };
}

export function binaryTotals(entries: readonly ScoredIndicator[]): Totals {
  let reporting = 0;
  let met = 0;
  for (const ind of entries) {
    if (ind.actual.kind !== "binary") continue;
    reporting++;
    if (ind.actual.met) met++;
  }
  return {
    plan: reporting === 0 ? null : reporting,
    actual: reporting === 0 ? null : met,
    baseline: null,
  };
}
