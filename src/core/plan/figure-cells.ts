/** How an indicator's figures and achievement are written into summary cells. */
import type { Figure } from "../figures";
import type { ScoredIndicator } from "../model";
import type { Language } from "../settings";
import type { PlanValue } from "./types";
import { numberStyleKey } from "./styles";

/**
 * Plan/actual as shown (the value; its style is figureStyle): numbers stay numbers; "12/19", "Đạt",
 * the raw text of a bad cell stay text.
 */
export function figureValue(figure: Figure, lang: Language): PlanValue {
  switch (figure.kind) {
    case "number":
      return figure.value;
    case "fraction":
      return fractionText(figure.value, figure.total);
    case "binary":
      return lang === "en" ? (figure.met ? "Met" : "Not met") : figure.met ? "Đạt" : "Không đạt";
    case "blank":
      return null;
    case "invalid":
      return figure.raw;
  }
}

/**
 * figureValue of an indicator's plan or actual, given the indicator's planValue / actualValue: for a
 * number figure that is the same number, already boxed, whereas reading the figure's own value
 * (held unboxed by V8) boxes a new number per cell that then lives as long as the plan.
 */
export function indicatorFigureValue(figure: Figure, value: number | null, lang: Language): PlanValue {
  return figure.kind === "number" && value === figure.value ? value : figureValue(figure, lang);
}

/** The style of a plan/actual cell. */
export function figureStyle(figure: Figure): string {
  switch (figure.kind) {
    case "number":
      return numberStyleKey(figure.value);
    case "binary":
      return "center";
    default:
      return "textRight";
  }
}

/**
 * "12/19", made once per pair: criteria counts recur (x/19 on every commune's return), so one
 * string serves every sheet instead of a copy per cell.
 */
function fractionText(value: number, total: number): string {
  let byValue = fractions.get(total);
  if (byValue === undefined) {
    if (fractions.size >= 1000) fractions.clear();
    byValue = new Map();
    fractions.set(total, byValue);
  }
  let text = byValue.get(value);
  if (text === undefined) {
    text = `${value}/${total}`;
    if (byValue.size >= 1000) byValue.clear();
    byValue.set(value, text);
  }
  return text;
}
const fractions = new Map<number, Map<number, string>>();

/** The % cell's value: the achievement as a fraction (0.868 for 86,8 %). */
export function achievementValue(ind: ScoredIndicator): number | null {
  return ind.achievement === null ? null : ind.achievement / 100;
}

/**
 * The % cell's formula: a live formula over the plan and actual cells where the rule is a plain
 * ratio (so an edited figure recomputes in Excel), else none and the cell holds the engine's value.
 * The formula is only used when it gives exactly the engine's figure, so file and engine agree.
 */
export function achievementFormula(ind: ScoredIndicator, planRef: string, actualRef: string): string | undefined {
  const numeric = ind.kind === "amount" || ind.kind === "percent";
  if (!numeric || ind.baselineValue !== null) return undefined;
  const value = achievementValue(ind);
  const plan = ind.plan.kind === "number" ? ind.plan.value : null;
  const actual = ind.actual.kind === "number" ? ind.actual.value : null;
  if (ind.direction === "up") {
    const computed = plan !== null && actual !== null && plan !== 0 ? actual / plan : null;
    return sameFigure(computed, value) ? sharedFormula(upFormulas, planRef, actualRef, upFormula) : undefined;
  }
  const computed = plan !== null && actual !== null ? (actual === 0 ? (plan >= 0 ? 1 : null) : plan / actual) : null;
  return sameFigure(computed, value) ? sharedFormula(downFormulas, planRef, actualRef, downFormula) : undefined;
}

/** actual / plan where both are numbers and the plan is not 0. */
function upFormula(planRef: string, actualRef: string): string {
  // Joined rather than concatenated: one flat string.
  return [
    "IF(AND(ISNUMBER(",
    planRef,
    "),ISNUMBER(",
    actualRef,
    "),",
    planRef,
    "<>0),",
    actualRef,
    "/",
    planRef,
    ',"")',
  ].join("");
}

/** plan / actual (lower is better), 100 % when the actual is 0 and the plan is not negative. */
function downFormula(planRef: string, actualRef: string): string {
  return [
    "IF(AND(ISNUMBER(",
    planRef,
    "),ISNUMBER(",
    actualRef,
    ")),IF(",
    actualRef,
    "=0,IF(",
    planRef,
    '>=0,1,""),',
    planRef,
    "/",
    actualRef,
    '),"")',
  ].join("");
}

type FormulaCache = Map<string, Map<string, string>>;
const upFormulas: FormulaCache = new Map();
const downFormulas: FormulaCache = new Map();
const FORMULA_CACHE_LIMIT = 100_000;

/**
 * The formula for these references, made once: every return sheet has the same layout, so the same
 * row's formula recurs on thousands of sheets and one shared string serves them all.
 */
function sharedFormula(
  cache: FormulaCache,
  planRef: string,
  actualRef: string,
  make: (planRef: string, actualRef: string) => string,
): string {
  let byActual = cache.get(planRef);
  if (byActual === undefined) {
    if (cache.size >= FORMULA_CACHE_LIMIT) cache.clear();
    byActual = new Map();
    cache.set(planRef, byActual);
  }
  let formula = byActual.get(actualRef);
  if (formula === undefined) {
    formula = make(planRef, actualRef);
    byActual.set(actualRef, formula);
  }
  return formula;
}

function sameFigure(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}
