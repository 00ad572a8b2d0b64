/**
 * Renders a SummaryPlan (src/core/plan/types.ts) into an exceljs workbook, and to a file.
 * The in-memory workbook has no charts (exceljs cannot draw them); the file gets them from
 * package-finish.ts, with its page breaks and print areas.
 * The file is written sheet by sheet by plan-file-writer.ts, straight from the plan to SpreadsheetML;
 * the in-memory workbook is for callers that want to look at or buffer the result, and the oracle
 * the file writer is compared with (plan-file-writer.equivalence.test.ts).
 */
import * as ExcelJS from "exceljs";
import "./exceljs-fixes";
import { columnLetters } from "../core/address";
import type { SummaryPlan } from "../core/plan/types";
import { fillSheet } from "./fill-sheet";
import { GENERATOR, writePlanSheetsFile } from "./plan-file-writer";
import { sheetFinish } from "./package-finish";
import { sheetOptions } from "./sheet-setup";

export { GENERATOR } from "./plan-file-writer";
export { hyperlinkFormula, toExcelValue, validationListFormula } from "./fill-sheet";

export function writePlanToWorkbook(plan: SummaryPlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = GENERATOR;
  workbook.lastModifiedBy = GENERATOR;
  workbook.description = `${plan.generator.name} ${plan.generator.version}`;
  for (const planSheet of plan.sheets) {
    const sheet = workbook.addWorksheet(planSheet.name, sheetOptions(planSheet));
    fillSheet(sheet, plan, planSheet);
    // the file gets its print area from package-finish.ts; the workbook in memory the same one
    const area = sheetFinish(planSheet).printArea;
    if (area) sheet.pageSetup.printArea = `A1:${columnLetters(area.right)}${area.bottom}`;
  }
  return workbook;
}

/** Writes the plan to `path` as .xlsx, creating the parent folders. */
export async function writePlanFile(plan: SummaryPlan, path: string): Promise<void> {
  await writePlanSheetsFile(plan, plan.sheets, path, { finish: true });
}
