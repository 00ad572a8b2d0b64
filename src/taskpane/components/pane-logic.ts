// The pane's pure steps: scan result → analysis, analysis → summary plan. No React, no Office.
import { type Analysis, analyze } from "../../core/analyze";
import type { Grid } from "../../core/grid";
import { buildSummaryPlan } from "../../core/plan/build-summary";
import type { SummaryPlan } from "../../core/plan/types";
import type { Finding } from "../../core/problems";
import { type Settings, parseSettings } from "../../core/settings";
import type { PaneLanguage } from "../i18n";

/** The name the open workbook goes by in problems (it has no file path inside Excel). */
export const WORKBOOK_FILE = "";

export function paneSettings(language: PaneLanguage): Settings {
  return parseSettings({ language });
}

/** Analyses the scanned grids with default settings in the pane's language. */
export function analyzeScan(scan: { grids: Grid[]; findings: Finding[] }, language: PaneLanguage): Analysis {
  return analyze([{ file: WORKBOOK_FILE, grids: scan.grids, findings: scan.findings }], paneSettings(language));
}

/**
 * The summary plan to write into the open workbook: it must not take the name of any of the user's
 * own sheets; sheets the add-in generated before are replaced, so their names stay free.
 */
export function planForWorkbook(
  analysis: Analysis,
  language: PaneLanguage,
  sheetNames: string[],
  generated: string[],
): SummaryPlan {
  const generatedKeys = new Set(generated.map((name) => name.toLowerCase()));
  const reservedNames = sheetNames.filter((name) => !generatedKeys.has(name.toLowerCase()));
  return buildSummaryPlan(analysis, paneSettings(language), { reservedNames, linkTo: "source" });
}
