// What the task pane asks of the workbook it runs in. `excelHost()` talks to real Excel through
// Excel.run; `contextHost` runs the same src/excel code against any request context (the preview
// and the tests pass the fake Excel's). Nothing here touches Office or Excel globals at import time,
// and the Office.js layer is loaded with import() only when first used.
import type { Grid } from "../core/grid";
import type { ScoredReturn } from "../core/model";
import type { SummaryPlan } from "../core/plan/types";
import type { PercentWriteBackOptions } from "../core/plan/percent-write-back";
import type { Finding } from "../core/problems";
import type { Settings } from "../core/settings";
import { type RequirementChecker, officeRequirements } from "../excel/requirements";

export interface WorkbookHost {
  /** Every visible sheet's values, as grids, plus findings when Excel could not be read. */
  scan(): Promise<{ grids: Grid[]; findings: Finding[] }>;
  /** Writes the plan's sheets; the names they got, or findings when writing failed. */
  generate(plan: SummaryPlan): Promise<{ sheets: string[]; findings: Finding[] }>;
  /** Names of sheets this add-in generated earlier (replaced by the next generate). */
  generatedSheets(): Promise<string[]>;
  /** Names of all the workbook's sheets, in tab order. */
  userSheetNames(): Promise<string[]>;
  /** Activates the sheet and selects the cell ("Đến ô"); findings when it cannot. */
  selectCell(sheet: string, cell: string): Promise<Finding[]>;
  /** Inserts a template plan (biểu mẫu) for the user to fill: not tagged as generated. */
  insertTemplate(plan: SummaryPlan): Promise<{ sheets: string[]; findings: Finding[] }>;
  /** The settings saved in the workbook (defaults when none). */
  loadSettings(): Promise<{ settings: Settings; findings: Finding[] }>;
  /** Saves the settings into the workbook; findings when it could not. */
  saveSettings(settings: Settings): Promise<Finding[]>;
  /**
   * After the user confirmed: writes the computed % into the return's own % column, only into empty
   * cells or cells the add-in wrote before (never others), with the band fill (src/excel/percent-write-back.ts).
   */
  writePercents(
    ret: ScoredReturn,
    settings: Settings,
    options?: PercentWriteBackOptions,
  ): Promise<{ written: number; cleared: number; skipped: number; replaced: number; findings: Finding[] }>;
  /** Before the confirmation: how many % cells would be filled, hold a typed value, disagree, hold a formula. */
  previewPercents(
    ret: ScoredReturn,
    settings: Settings,
  ): Promise<{ fill: number; typed: number; disagreeing: number; formulas: number; findings: Finding[] }>;
  /** "Hoàn tác": puts back what the last write-back on the return's sheet wrote over. */
  undoPercents(ret: ScoredReturn): Promise<{ restored: number; skipped: number; findings: Finding[] }>;
}

/** Runs a batch of Office.js calls in a request context, as Excel.run does. */
export type RunInContext = <T>(job: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A host over any request context: `run` supplies the context, `api` the supported requirement sets. */
export function contextHost(run: RunInContext, api: () => RequirementChecker): WorkbookHost {
  return {
    scan: async () => {
      const { readWorkbookGrids } = await import("../excel/read-grids");
      return run((context) => readWorkbookGrids(context, api()));
    },
    generate: async (plan) => {
      const { renderPlan } = await import("../excel/render-plan");
      return run((context) => renderPlan(context, plan, api()));
    },
    generatedSheets: async () => {
      const { findGeneratedSheets } = await import("../excel/generated-sheets");
      return run((context) => findGeneratedSheets(context, api()));
    },
    userSheetNames: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((sheet) => sheet.name);
      }),
    selectCell: async (sheet, cell) => {
      const { selectCell } = await import("../excel/select-cell");
      return run((context) => selectCell(context, sheet, cell));
    },
    insertTemplate: async (plan) => {
      const { insertTemplate } = await import("../excel/insert-template");
      return run((context) => insertTemplate(context, plan, api()));
    },
    loadSettings: async () => {
      const { loadWorkbookSettings } = await import("../excel/settings-store");
      return run((context) => loadWorkbookSettings(context, api()));
    },
    saveSettings: async (settings) => {
      const { saveWorkbookSettings } = await import("../excel/settings-store");
      return run((context) => saveWorkbookSettings(context, settings, api()));
    },
    writePercents: async (ret, settings, options) => {
      const { writePercentsBack } = await import("../excel/percent-write-back");
      return run((context) => writePercentsBack(context, ret, settings, api(), options));
    },
    previewPercents: async (ret, settings) => {
      const { previewPercentsBack } = await import("../excel/percent-write-back");
      return run((context) => previewPercentsBack(context, ret, settings, api()));
    },
    undoPercents: async (ret) => {
      const { undoPercentsBack } = await import("../excel/percent-write-back");
      return run((context) => undoPercentsBack(context, ret, api()));
    },
  };
}

/** The host inside Excel: Excel.run and Office.context.requirements, looked up only when called. */
export function excelHost(): WorkbookHost {
  return contextHost((job) => Excel.run((context) => job(context)), officeRequirements);
}
