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

/** Σ and count of each side, and whether the baseline is complete, in one pass over the areas. */
interface SideSums {
  plan: number;
  planN: number;
  actual: number;
  actualN: number;
  baseline: number;
  baselineN: number;
  baselineComplete: boolean;
}

/**
 * Σ and count of the plan, actual and baseline over the areas that have each, and whether the
 * baseline is complete (baselineComplete), in one pass: with thousands of areas, reading each
 * area's indicator costs more than the additions. Each side is added in area order.
 */
function sideSums(entries: readonly AreaEntry[]): SideSums {
  let plan = 0;
  let planN = 0;
  let actual = 0;
  let actualN = 0;
  let baseline = 0;
  let baselineN = 0;
  let anyActual = false;
  let complete = true;
  for (let i = 0; i < entries.length; i++) {
    const ind = entries[i].ind;
    const p = ind.planValue;
    const a = ind.actualValue;
    const b = ind.baselineValue;
    if (p !== null) {
      plan += p;
      planN++;
    }
    if (a !== null) {
      actual += a;
      actualN++;
      anyActual = true;
      if (b === null) complete = false;
    }
    if (b !== null) {
      baseline += b;
      baselineN++;
    }
  }
  return { plan, planN, actual, actualN, baseline, baselineN, baselineComplete: anyActual && complete };
}

export function sumTotals(entries: readonly AreaEntry[]): Totals {
  const s = sideSums(entries);
  return {
    plan: s.planN === 0 ? null : s.plan,
    actual: s.actualN === 0 ? null : s.actual,
    baseline: s.baselineComplete && s.baselineN > 0 ? s.baseline : null,
  };
}

/** Plain means of each side (null where no area has that side). */
function meansOf(entries: readonly AreaEntry[]): Totals {
  const s = sideSums(entries);
  return {
    plan: s.planN === 0 ? null : s.plan / s.planN,
    actual: s.actualN === 0 ? null : s.actual / s.actualN,
    baseline: s.baselineComplete && s.baselineN > 0 ? s.baseline / s.baselineN : null,
  };
}

export function meanTotals(entries: readonly AreaEntry[]): Totals {
  return meansOf(entries);
}

export function weightedTotals(entries: readonly AreaEntry[]): Totals {
  const planWeight = (e: AreaEntry) => e.planWeight;
  const actualWeight = (e: AreaEntry) => e.actualWeight;
  return {
    plan: weightedOf(entries, "planValue", planWeight),
    actual: weightedOf(entries, "actualValue", actualWeight),
    baseline: baselineComplete(entries) ? weightedOf(entries, "baselineValue", actualWeight) : null,
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
  const means = meansOf(entries);
  return {
    plan: means.plan,
    actual: means.actual,
    baseline: means.baseline,
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
