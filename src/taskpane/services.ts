// What the task pane asks of the workbook it runs in. `excelHost()` talks to real Excel through
// Excel.run; `contextHost` runs the same src/excel code against any request context (the preview
// and the tests pass the fake Excel's). Nothing here touches Office or Excel globals at import time,
// and the Office.js layer is loaded with import() only when first used.
import type { Grid } from "../core/grid";
import type { SummaryPlan } from "../core/plan/types";
import type { Finding } from "../core/problems";
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
  };
}

/** The host inside Excel: Excel.run and Office.context.requirements, looked up only when called. */
export function excelHost(): WorkbookHost {
  return contextHost(
    (job) => Excel.run((context) => job(context)),
    officeRequirements,
  );
}
