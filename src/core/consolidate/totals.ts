/**
 * Totals of one indicator across areas, by aggregation (see aggregation-catalogue.ts).
 * - sum: Σ plan over areas with a plan, Σ actual over areas with an actual (what a clerk's SUM
 *   shows; `reported` says how many areas are in it).
 * - mean: plain means of plan and of actual.
 * - weighted: Σ(value × weight) / Σ weight per side, the plan side with plan weights, the actual
 *   (and baseline) side with actual weights.
 * - criteria: plan and actual are the mean criteria counts; `standard` counts the areas whose
 *   count reaches their total (19/19) and the distribution of counts met.
 * - binary: plan = areas with a đạt / không đạt figure, actual = areas met.
 * A baseline total is given only when every area with an actual also has a baseline (mixing would
 * skew the down formula); otherwise it is null.
 */
import type { ScoredIndicator } from "../model";

export interface AreaEntry {
  /** Index of the area (return) in the consolidation. */
  area: number;
  ind: ScoredIndicator;
  /** Weights (denominators) of this area, for weighted aggregation. */
  planWeight?: number | null;
  actualWeight?: number | null;
}

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

function baselineComplete(entries: readonly AreaEntry[]): boolean {
  let any = false;
  for (const { ind } of entries) {
    if (ind.actualValue === null) continue;
    if (ind.baselineValue === null) return false;
    any = true;
  }
  return any;
}

/** Σ of one side over the areas that have it, and how many had it. */
function sumAndCount(entries: readonly AreaEntry[], side: Side): { total: number; n: number } {
  let total = 0;
  let n = 0;
  for (const { ind } of entries) {
    const v = ind[side];
    if (v !== null) {
      total += v;
      n++;
    }
  }
  return { total, n };
}

function sumOf(entries: readonly AreaEntry[], side: Side): number | null {
  const { total, n } = sumAndCount(entries, side);
  return n === 0 ? null : total;
}

function meanOf(entries: readonly AreaEntry[], side: Side): number | null {
  const { total, n } = sumAndCount(entries, side);
  return n === 0 ? null : total / n;
}

function weightedOf(
  entries: readonly AreaEntry[],
  side: Side,
  weightOf: (e: AreaEntry) => number | null | undefined,
): number | null {
  let total = 0;
  let weights = 0;
  for (const e of entries) {
    const v = e.ind[side];
    const w = weightOf(e);
    if (v !== null && w !== null && w !== undefined && w > 0) {
      total += v * w;
      weights += w;
    }
  }
  return weights === 0 ? null : total / weights;
}

export function sumTotals(entries: readonly AreaEntry[]): Totals {
  return {
    plan: sumOf(entries, "planValue"),
    actual: sumOf(entries, "actualValue"),
    baseline: baselineComplete(entries)
      ? sumOf(entries, "baselineValue")
      : null,
  };
}

export function meanTotals(entries: readonly AreaEntry[]): Totals {
  return {
    plan: meanOf(entries, "planValue"),
    actual: meanOf(entries, "actualValue"),
    baseline: baselineComplete(entries)
      ? meanOf(entries, "baselineValue")
      : null,
  };
}

export function weightedTotals(entries: readonly AreaEntry[]): Totals {
  const planWeight = (e: AreaEntry) => e.planWeight;
  const actualWeight = (e: AreaEntry) => e.actualWeight;
  return {
    plan: weightedOf(entries, "planValue", planWeight),
    actual: weightedOf(entries, "actualValue", actualWeight),
    baseline: baselineComplete(entries)
      ? weightedOf(entries, "baselineValue", actualWeight)
      : null,
  };
}

/** The full standard of an area: the actual fraction's total, else the plan's. */
function standardOf(ind: ScoredIndicator): number | null {
  if (ind.actual.kind === "fraction") return ind.actual.total;
  if (ind.plan.kind === "fraction") return ind.plan.total;
  return ind.planValue;
}

export function criteriaTotals(entries: readonly AreaEntry[]): Totals {
  const distribution: Record<string, number> = {};
  let meeting = 0;
  let total = 0;
  for (const { ind } of entries) {
    const met = ind.actualValue;
    if (met === null) continue;
    total++;
    distribution[String(met)] = (distribution[String(met)] ?? 0) + 1;
    const full = standardOf(ind);
    if (full !== null && met >= full) meeting++;
  }
  return {
    plan: meanOf(entries, "planValue"),
    actual: meanOf(entries, "actualValue"),
    baseline: baselineComplete(entries)
      ? meanOf(entries, "baselineValue")
      : null,
    standard: { meeting, total, distribution },
  };
}

export function binaryTotals(entries: readonly AreaEntry[]): Totals {
  let reporting = 0;
  let met = 0;
  for (const { ind } of entries) {
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
