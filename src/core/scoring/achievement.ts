/**
 * Achievement: percent of plan (so sánh %, tỷ lệ đạt), unrounded. domain.md, "Achievement".
 *
 * Kinds: a fraction anywhere or the unit "tiêu chí" → criteria; a binary (đạt / không đạt)
 * → binary; a percent figure or the unit "%" → percent; another number → amount; else unscored.
 *
 * Rules and the choices made where domain.md is silent:
 * - Precedence of reasons: invalid plan/actual → "invalid"; blank actual → "no-actual" (band
 *   none, never 0 %); blank plan → "no-plan"; plan 0 on an up indicator → "plan-zero".
 * - up: actual / plan × 100. A negative plan on an up indicator → "not-comparable".
 * - down with a baseline above the plan: (baseline − actual) / (baseline − plan) × 100, not
 *   below 0 (a down indicator that got worse than its baseline shows 0 %; the "regressed" flag
 *   says it worsened). Baseline equal to plan: met (100) when actual ≤ plan, else 0.
 *   Baseline below the plan (the formula's sign flips): scored as without a baseline.
 * - down without a baseline: plan / actual × 100 (not below 0); actual ≤ 0 with plan ≥ actual
 *   counts as met (100); actual ≤ 0 above a negative plan → "not-comparable".
 * - criteria ("12/19"): actual 12 of total 19; plan = the plan number, or a plan fraction's
 *   value ("19/19" → 19), else the actual's total. Always scored as up.
 * - binary: met → 100, not met → 0, whatever the plan (blank or "đạt"). plan = 1, actual = 1 / 0,
 *   so summing areas counts how many reported and how many met. A binary plan against a numeric
 *   actual → "not-comparable".
 * - An invalid baseline is treated as no baseline (the reader has already reported the cell).
 */
import type { Figure } from "../figures";
import type { Direction, IndicatorKind, NoScoreReason } from "../model";
import { foldForMatch } from "../text/normalize";
import { Memo } from "./words";

export interface AchievementResult {
  kind: IndicatorKind;
  plan: number | null;
  actual: number | null;
  baseline: number | null;
  /** Percent of plan, unrounded, or null with a reason. */
  achievement: number | null;
  reason: NoScoreReason | null;
}

export interface FigureSet {
  plan: Figure;
  actual: Figure;
  baseline: Figure;
}

type UnitClass = "percent" | "criteria" | "other";
const unitMemo = new Memo<UnitClass>(2000);
function classifyUnit(unit: string): UnitClass {
  const folded = foldForMatch(unit).replace(/[()]/g, "").trim();
  if (folded === "%") return "percent";
  if (folded === "tieu chi") return "criteria";
  return "other";
}

/** "%" → percent, "tiêu chí" → criteria, else other (memoised). */
export function unitClass(unit: string | null | undefined): UnitClass {
  return unit ? unitMemo.get(unit, classifyUnit) : "other";
}

/** A number (asked once fractions and binaries are settled: those decide the kind first). */
const isUsable = (f: Figure): boolean => f.kind === "number";

/** What sort of indicator these figures describe. */
export function kindOf(figures: FigureSet, unit: string | null = null): IndicatorKind {
  const { plan, actual, baseline } = figures;
  const unitKind = unitClass(unit);
  if (plan.kind === "fraction" || actual.kind === "fraction" || baseline.kind === "fraction") return "criteria";
  if (plan.kind === "binary" || actual.kind === "binary") return "binary";
  if (!isUsable(plan) && !isUsable(actual)) return "unscored";
  if (unitKind === "criteria") return "criteria";
  const percentFigure =
    (plan.kind === "number" && plan.percent) ||
    (actual.kind === "number" && actual.percent) ||
    (baseline.kind === "number" && baseline.percent);
  if (percentFigure || unitKind === "percent") return "percent";
  return "amount";
}

function numberOf(f: Figure): number | null {
  if (f.kind === "number") return f.value;
  if (f.kind === "fraction") return f.value;
  return null;
}

const result = (
  kind: IndicatorKind,
  plan: number | null,
  actual: number | null,
  baseline: number | null,
  achievement: number | null,
  reason: NoScoreReason | null,
): AchievementResult => ({ kind, plan, actual, baseline, achievement, reason });

/** Down indicator without a usable baseline: plan / actual. */
function downWithoutBaseline(plan: number, actual: number): number | null {
  if (actual <= 0) return actual <= plan ? 100 : null;
  return Math.max(0, (plan / actual) * 100);
}

/** Down indicator: with a baseline above plan, the share of the planned reduction achieved. */
export function downAchievement(plan: number, actual: number, baseline: number | null): number | null {
  if (baseline !== null && baseline > plan) return Math.max(0, ((baseline - actual) / (baseline - plan)) * 100);
  if (baseline === plan) return actual <= plan ? 100 : 0;
  return downWithoutBaseline(plan, actual);
}

/** Up indicator: actual / plan, or null when it cannot be computed (see upReason). */
function upAchievement(plan: number, actual: number): number | null {
  return plan > 0 ? (actual / plan) * 100 : null;
}

/** Why an up indicator has no achievement (null when it has one). */
function upReason(plan: number): NoScoreReason | null {
  return plan > 0 ? null : plan === 0 ? "plan-zero" : "not-comparable";
}

function scoreCriteria(figures: FigureSet): AchievementResult {
  const { plan, actual, baseline } = figures;
  const baselineValue = numberOf(baseline);
  const actualValue = numberOf(actual);
  const total = actual.kind === "fraction" ? actual.total : null;
  const planValue = plan.kind === "number" || plan.kind === "fraction" ? plan.value : total;
  if (plan.kind === "invalid" || actual.kind === "invalid" || actual.kind === "binary") {
    return result(
      "criteria",
      planValue,
      actualValue,
      baselineValue,
      null,
      actual.kind === "binary" ? "not-comparable" : "invalid",
    );
  }
  if (actualValue === null) return result("criteria", planValue, null, baselineValue, null, "no-actual");
  if (planValue === null) return result("criteria", null, actualValue, baselineValue, null, "no-plan");
  return result(
    "criteria",
    planValue,
    actualValue,
    baselineValue,
    upAchievement(planValue, actualValue),
    upReason(planValue),
  );
}

function scoreBinary(figures: FigureSet): AchievementResult {
  const { plan, actual } = figures;
  const planValue = plan.kind === "number" ? plan.value : 1;
  if (actual.kind === "invalid" || plan.kind === "invalid")
    return result("binary", planValue, null, null, null, "invalid");
  if (actual.kind === "blank") return result("binary", planValue, null, null, null, "no-actual");
  if (actual.kind !== "binary") return result("binary", planValue, numberOf(actual), null, null, "not-comparable");
  const actualValue = actual.met ? 1 : 0;
  return result("binary", planValue, actualValue, null, actual.met ? 100 : 0, null);
}

/** Percent of plan from the three figures and the direction. */
export function computeAchievement(
  figures: FigureSet,
  direction: Direction,
  unit: string | null = null,
): AchievementResult {
  const kind = kindOf(figures, unit);
  if (kind === "criteria") return scoreCriteria(figures);
  if (kind === "binary") return scoreBinary(figures);
  const planValue = numberOf(figures.plan);
  const actualValue = numberOf(figures.actual);
  const baselineValue = numberOf(figures.baseline);
  // No closure or pair per indicator: this runs 10^5 times for a large consolidation.
  let achievement: number | null = null;
  let reason: NoScoreReason | null;
  if (figures.plan.kind === "invalid" || figures.actual.kind === "invalid") reason = "invalid";
  else if (actualValue === null) reason = "no-actual";
  else if (planValue === null) reason = "no-plan";
  else if (direction === "up") {
    achievement = upAchievement(planValue, actualValue);
    reason = upReason(planValue);
  } else {
    achievement = downAchievement(planValue, actualValue, baselineValue);
    reason = achievement === null ? "not-comparable" : null;
  }
  return result(kind, planValue, actualValue, baselineValue, achievement, reason);
}
