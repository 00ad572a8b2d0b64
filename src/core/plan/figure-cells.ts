/** How an indicator's figures and achievement are written into summary cells. */
import type { Figure } from "../figures";
import type { ScoredIndicator } from "../model";
import type { Language } from "../settings";
import type { PlanValue } from "./types";
import { numberStyleKey } from "./styles";

export interface FigureCell {
  value: PlanValue;
  style: string;
}

/** Plan/actual as shown: numbers stay numbers; "12/19", "Đạt", the raw text of a bad cell stay text. */
export function figureCell(figure: Figure, lang: Language): FigureCell {
  switch (figure.kind) {
    case "number":
      return { value: figure.value, style: numberStyleKey(figure.value) };
    case "fraction":
      return { value: `${figure.value}/${figure.total}`, style: "textRight" };
    case "binary":
      return {
        value: lang === "en" ? (figure.met ? "Met" : "Not met") : figure.met ? "Đạt" : "Không đạt",
        style: "center",
      };
    case "blank":
      return { value: null, style: "textRight" };
    case "invalid":
      return { value: figure.raw, style: "textRight" };
  }
}

/**
 * The % cell: a live formula over the plan and actual cells where the rule is a plain ratio (so an
 * edited figure recomputes in Excel), else the engine's value. The formula is only used when it
 * gives exactly the engine's figure, so the file and the engine never disagree.
 */
export function achievementCell(
  ind: ScoredIndicator,
  planRef: string,
  actualRef: string,
): { value: number | null; formula?: string } {
  const value = ind.achievement === null ? null : ind.achievement / 100;
  const plan = ind.plan.kind === "number" ? ind.plan.value : null;
  const actual = ind.actual.kind === "number" ? ind.actual.value : null;
  const numeric = ind.kind === "amount" || ind.kind === "percent";
  if (!numeric || ind.baselineValue !== null) return { value };
  if (ind.direction === "up") {
    const computed = plan !== null && actual !== null && plan !== 0 ? actual / plan : null;
    if (sameFigure(computed, value))
      return {
        value,
        // Joined rather than concatenated: one flat string (a plan holds one per indicator row).
        formula: [
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
        ].join(""),
      };
    return { value };
  }
  const computed = plan !== null && actual !== null ? (actual === 0 ? (plan >= 0 ? 1 : null) : plan / actual) : null;
  if (sameFigure(computed, value))
    return {
      value,
      formula: [
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
      ].join(""),
    };
  return { value };
}

function sameFigure(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}
