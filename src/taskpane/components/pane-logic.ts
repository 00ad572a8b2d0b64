// The pane's pure steps: scan result → analysis, analysis → summary plan. No React, no Office.
import { type Analysis, type SourceWorkbook, analyze } from "../../core/analyze";
import type { Grid } from "../../core/grid";
import { buildSummaryPlan } from "../../core/plan/build-summary";
import type { SummaryPlan } from "../../core/plan/types";
import { localizeProblem } from "../../core/i18n/messages";
import type { Finding } from "../../core/problems";
import { DEFAULT_SETTINGS, type Settings, parseSettings } from "../../core/settings";
import type { PaneLanguage } from "../i18n";

/** The name the open workbook goes by in problems (it has no file path inside Excel). */
export const WORKBOOK_FILE = "";

/** The default settings in a language. */
export function paneSettings(language: PaneLanguage): Settings {
  return parseSettings({ language });
}

/** The settings the pane works with: the workbook's, in the language the pane shows. */
export function withLanguage(settings: Settings, language: PaneLanguage): Settings {
  return settings.language === language ? settings : { ...settings, language };
}

/** True when the workbook's settings differ from the defaults (someone saved settings in it). */
export function hasSavedSettings(settings: Settings): boolean {
  return JSON.stringify(settings) !== JSON.stringify(DEFAULT_SETTINGS);
}

/** The scan without the sheets this add-in generated: a summary is never read back as a return. */
export function withoutGenerated<T extends { grids: Grid[] }>(scan: T, generated: readonly string[]): T {
  const drop = new Set(generated.map((name) => name.toLowerCase()));
  return drop.size === 0 ? scan : { ...scan, grids: scan.grids.filter((grid) => !drop.has(grid.sheet.toLowerCase())) };
}

/** Analyses the scanned grids with the given settings (language included). */
export function analyzeScan(scan: { grids: Grid[]; findings: Finding[] }, settings: Settings): Analysis {
  return analyze([{ file: WORKBOOK_FILE, grids: scan.grids, findings: scan.findings }], settings);
}

/** The clerk's analysis: the open workbook's own returns, then the imported files, one consolidation. */
export function analyzeWithImported(
  scan: { grids: Grid[]; findings: Finding[] },
  imported: readonly SourceWorkbook[],
  settings: Settings,
): Analysis {
  return analyze([{ file: WORKBOOK_FILE, grids: scan.grids, findings: scan.findings }, ...imported], settings);
}

/** Imported files after another pick: a file of the same name replaces the earlier one, in place. */
export function mergeImported(previous: readonly SourceWorkbook[], added: readonly SourceWorkbook[]): SourceWorkbook[] {
  const merged = [...previous];
  for (const source of added) {
    const at = merged.findIndex((s) => s.file === source.file);
    if (at >= 0) merged[at] = source;
    else merged.push(source);
  }
  return merged;
}

/** One area per non-blank line, trimmed, without duplicates. */
export function areaLines(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ""),
    ),
  ];
}

/**
 * The summary plan to write into the open workbook: it must not take the name of any of the user's
 * own sheets; sheets the add-in generated before are replaced, so their names stay free.
 */
export function planForWorkbook(
  analysis: Analysis,
  settings: Settings,
  sheetNames: string[],
  generated: string[],
  /** "source" when every return is in this workbook; "summary" when some come from imported files. */
  linkTo: "source" | "summary" = "source",
): SummaryPlan {
  const generatedKeys = new Set(generated.map((name) => name.toLowerCase()));
  const reservedNames = sheetNames.filter((name) => !generatedKeys.has(name.toLowerCase()));
  return buildSummaryPlan(analysis, settings, { reservedNames, linkTo });
}

/** Findings from the Excel layer, as one line of localised messages (with sheet and cell when known). */
export function findingsText(findings: readonly Finding[], language: PaneLanguage): string {
  return findings.map((finding) => localizeProblem(finding, WORKBOOK_FILE, language).message).join(" ");
}
