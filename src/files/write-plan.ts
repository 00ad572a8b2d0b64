/**
 * Renders a SummaryPlan (src/core/plan/types.ts) into an exceljs workbook, and to a file.
 * Charts are skipped: exceljs cannot draw charts (the Office.js writer draws them in Excel).
 * The file is written sheet by sheet with the streaming writer (plan-file-writer.ts); the
 * in-memory workbook is for callers that want to look at or buffer the result.
 */
import * as ExcelJS from "exceljs";
import type { SummaryPlan } from "../core/plan/types";
import { fillSheet } from "./fill-sheet";
import { GENERATOR, writePlanSheetsFile } from "./plan-file-writer";
import { sheetOptions } from "./sheet-setup";

export { GENERATOR } from "./plan-file-writer";
export { hyperlinkFormula, toExcelValue, validationListFormula } from "./fill-sheet";

export function writePlanToWorkbook(plan: SummaryPlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = GENERATOR;
  workbook.lastModifiedBy = GENERATOR;
  workbook.description = `${plan.generator.name} ${plan.generator.version}`;
  for (const planSheet of plan.sheets) {
    fillSheet(workbook.addWorksheet(planSheet.name, sheetOptions(planSheet)), plan, planSheet);
  }
  return workbook;
}

/** Writes the plan to `path` as .xlsx, creating the parent folders. */
export async function writePlanFile(plan: SummaryPlan, path: string): Promise<void> {
  await writePlanSheetsFile(plan, plan.sheets, path);
}
