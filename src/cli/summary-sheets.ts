/**
 * The summary plan one sheet at a time, for writing a large summary without holding every sheet:
 * the same sheets, names and order as `buildSummaryPlan` (src/core/plan/build-summary.ts) — the
 * consolidated sheet (two or more returns) first, then one sheet per return — built only when the
 * writer asks for the next one. summary-sheets.test.ts checks it against `buildSummaryPlan`.
 * (A lazy variant belongs in the core; until it is there, this mirrors it.)
 */
import type { Analysis } from "../core/analyze";
import { buildConsolidatedSheet } from "../core/plan/consolidated-sheet";
import { GENERATOR_VERSION } from "../core/plan/build-summary";
import { buildReturnSheet } from "../core/plan/return-sheet";
import { SheetNames } from "../core/plan/sheet-names";
import { PLAN_FONT, buildStyles } from "../core/plan/styles";
import type { PlanSheet } from "../core/plan/types";
import type { Settings } from "../core/settings";
import type { PlanFileHead } from "../files/plan-file-writer";

/** Font, styles and generator of the summary: everything but the sheets. */
export function summaryHead(settings: Settings): PlanFileHead {
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

/** The sheets of the summary, each built when asked for (links point to the summary rows). */
export function* summarySheets(analysis: Analysis, settings: Settings): Generator<PlanSheet> {
  const lang = settings.language;
  const taken = new SheetNames();
  if (analysis.consolidation) {
    const name = taken.take(lang === "en" ? "Consolidated" : "Tổng hợp");
    yield buildConsolidatedSheet(analysis.consolidation, settings, name);
  }
  for (const summary of analysis.returns) {
    const label = summary.ret.area ?? summary.ret.sheet;
    const name = taken.take(`${lang === "en" ? "Results" : "KQ"} ${label}`);
    yield buildReturnSheet(summary, settings, { name, linkTo: "summary" });
  }
}
