/** The whole summary plan: the consolidated sheet (two or more returns) first, then one sheet per return. */
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

export function buildSummaryPlan(analysis: Analysis, settings: Settings, options: SummaryOptions = {}): SummaryPlan {
  const lang = settings.language;
  const taken = new SheetNames(options.reservedNames ?? []);
  const sheets: PlanSheet[] = [];
  if (analysis.consolidation) {
    const name = taken.take(lang === "en" ? "Consolidated" : "Tổng hợp");
    sheets.push(buildConsolidatedSheet(analysis.consolidation, settings, name));
  }
  for (const summary of analysis.returns) {
    const label = summary.ret.area ?? summary.ret.sheet;
    const name = taken.take(`${lang === "en" ? "Results" : "KQ"} ${label}`);
    sheets.push(buildReturnSheet(summary, settings, { name, linkTo: options.linkTo ?? "summary" }));
  }
  return {
    font: PLAN_FONT,
    styles: buildStyles(settings),
    sheets,
    generator: { name: "commune-targets", version: GENERATOR_VERSION },
  };
}
