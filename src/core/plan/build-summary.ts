/**
 * The whole summary plan: the consolidated sheet (two or more returns) first, then one sheet per
 * return. `summarySheets` gives the same sheets one at a time, built only when asked for, so a writer
 * can stream a large summary without holding every sheet; `buildSummaryPlan` collects them.
 */
import type { Analysis } from "../analyze";
import type { Settings } from "../settings";
import { buildConsolidatedSheet } from "./consolidated-sheet";
import { buildReturnSheet } from "./return-sheet";
import { SheetNames } from "./sheet-names";
import { PLAN_FONT, buildStyles } from "./styles";
import type { PlanSheet, SummaryPlan } from "./types";

export const GENERATOR_VERSION = "0.1.0";

export interface SummaryOptions {
  /** Sheet names the plan must not use (the user's own sheets, when writing into their workbook). */
  reservedNames?: Iterable<string>;
  /** Where lagging-list links point: the source cell (same workbook) or the summary row. */
  linkTo?: "source" | "summary";
}

/** Everything of the plan but its sheets: font, styles, generator tag. */
export type SummaryHead = Omit<SummaryPlan, "sheets">;

export function summaryHead(settings: Settings): SummaryHead {
  return {
    font: PLAN_FONT,
    styles: buildStyles(settings),
    generator: { name: "commune-targets", version: GENERATOR_VERSION },
  };
}

/** How many sheets `summarySheets` gives. */
export function summarySheetCount(analysis: Analysis): number {
  return (analysis.consolidation ? 1 : 0) + analysis.returns.length;
}

/** The plan's sheets in order, each built when the consumer asks for the next one. */
export function* summarySheets(
  analysis: Analysis,
  settings: Settings,
  options: SummaryOptions = {},
): Generator<PlanSheet> {
  const lang = settings.language;
  const taken = new SheetNames(options.reservedNames ?? []);
  if (analysis.consolidation) {
    const name = taken.take(lang === "en" ? "Consolidated" : "Tổng hợp");
    yield buildConsolidatedSheet(analysis.consolidation, settings, name);
  }
  for (const summary of analysis.returns) {
    const label = summary.ret.area ?? summary.ret.sheet;
    const name = taken.take(`${lang === "en" ? "Results" : "KQ"} ${label}`);
    yield buildReturnSheet(summary, settings, { name, linkTo: options.linkTo ?? "summary" });
  }
}

export function buildSummaryPlan(analysis: Analysis, settings: Settings, options: SummaryOptions = {}): SummaryPlan {
  return { ...summaryHead(settings), sheets: [...summarySheets(analysis, settings, options)] };
}
