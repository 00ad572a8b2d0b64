/**
 * Renders a SummaryPlan (src/core/plan/types.ts) into an exceljs workbook, and to a file.
 * Charts are skipped: exceljs cannot draw charts (the Office.js writer draws them in Excel).
 */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import * as ExcelJS from "exceljs";
import { rangeA1, quoteSheetName } from "../core/address";
import type { PlanCell, PlanConditionalFormat, PlanSheet, PlanValidation, SummaryPlan } from "../core/plan/types";
import { solidFill, toArgb, toExcelStyle } from "./plan-style";
import { applySheetSetup } from "./sheet-setup";

export const GENERATOR = "commune-targets";

/** A string literal inside a formula: "…" with inner quotes doubled. */
function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * An in-workbook link as a HYPERLINK formula. Not exceljs's `{ text, hyperlink: "#'Sheet'!B5" }`:
 * exceljs 4.4 writes that as both an external relationship and a `location`, which Excel joins
 * into a broken "#'Sheet'!B5##'Sheet'!B5" (exceljs issue #3027). The formula works in Excel,
 * LibreOffice and Google Sheets, and its cached result is the text.
 */
export function hyperlinkFormula(link: { sheet: string; cell: string }, text: string): string {
  return `HYPERLINK(${formulaString(`#${quoteSheetName(link.sheet)}!${link.cell}`)},${formulaString(text)})`;
}

/**
 * A plan cell's value for exceljs. Strings are always plain text (exceljs writes a JS string as a
 * shared string, so "=SUM(A1)" or "- hộ nghèo" never becomes a formula).
 */
export function toExcelValue(cell: PlanCell): ExcelJS.CellValue {
  const value = typeof cell.value === "number" && !Number.isFinite(cell.value) ? null : cell.value;
  if (cell.formula) {
    const formula = cell.formula.replace(/^=/, "");
    return value === null ? ({ formula } as ExcelJS.CellValue) : ({ formula, result: value } as ExcelJS.CellValue);
  }
  if (cell.link) {
    const text = value === null ? "" : String(value);
    return { formula: hyperlinkFormula(cell.link, text), result: text } as ExcelJS.CellValue;
  }
  return value;
}

function addConditionalFormats(sheet: ExcelJS.Worksheet, formats: PlanConditionalFormat[]): void {
  let priority = 1; // first rule first: Excel applies the lowest priority number first
  for (const format of formats) {
    const { top, left, bottom, right } = format.range;
    sheet.addConditionalFormatting({
      ref: rangeA1(top, left, bottom, right),
      rules: format.rules.map((rule) => ({
        type: "expression" as const,
        formulae: [rule.formula.replace(/^=/, "")],
        priority: priority++,
        // exceljs does not write stopIfTrue for expression rules; the priorities keep the order.
        stopIfTrue: true,
        style: {
          fill: solidFill(rule.fill),
          font: {
            ...(rule.color ? { color: { argb: toArgb(rule.color) } } : {}),
            ...(rule.bold ? { bold: true } : {}),
          },
        },
      })),
    });
  }
}

/** The list as a data-validation formula: one quoted, comma-separated string ("Đạt,Chưa đạt"). */
export function validationListFormula(list: readonly string[]): string {
  return `"${list.join(",").replace(/"/g, '""')}"`;
}

/** In-cell dropdowns; blanks allowed, other values not rejected (no error alert). */
function addValidations(sheet: ExcelJS.Worksheet, validations: readonly PlanValidation[] = []): void {
  for (const v of validations) {
    const formulae = [validationListFormula(v.list)];
    for (let row = v.range.top; row <= v.range.bottom; row++)
      for (let col = v.range.left; col <= v.range.right; col++)
        sheet.getCell(row, col).dataValidation = { type: "list", allowBlank: true, formulae };
  }
}

function writeSheet(workbook: ExcelJS.Workbook, plan: SummaryPlan, planSheet: PlanSheet): void {
  const sheet = workbook.addWorksheet(planSheet.name);
  planSheet.columnWidths.forEach((width, i) => {
    if (width > 0) sheet.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(planSheet.rowHeights)) {
    sheet.getRow(Number(row)).height = height;
  }
  const styleCache = new Map<string, Partial<ExcelJS.Style>>();
  const styleFor = (key: string | undefined): Partial<ExcelJS.Style> => {
    const cacheKey = key ?? "";
    let style = styleCache.get(cacheKey);
    if (!style) {
      style = toExcelStyle(key ? plan.styles[key] : undefined, plan.font);
      styleCache.set(cacheKey, style);
    }
    return style;
  };
  for (const planCell of planSheet.cells) {
    const cell = sheet.getCell(planCell.row, planCell.col);
    cell.value = toExcelValue(planCell);
    // A copy per cell: exceljs styles are mutable objects.
    cell.style = structuredClone(styleFor(planCell.style));
  }
  // Merge after writing so the top-left's value and style spread over the area.
  for (const m of planSheet.merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    sheet.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  addConditionalFormats(sheet, planSheet.conditionalFormats);
  addValidations(sheet, planSheet.validations);
  applySheetSetup(sheet, planSheet);
  // planSheet.charts: not drawn here — exceljs cannot create charts.
}

export function writePlanToWorkbook(plan: SummaryPlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = GENERATOR;
  workbook.lastModifiedBy = GENERATOR;
  workbook.description = `${plan.generator.name} ${plan.generator.version}`;
  for (const sheet of plan.sheets) writeSheet(workbook, plan, sheet);
  return workbook;
}

/** Writes the plan to `path` as .xlsx, creating the parent folders. */
export async function writePlanFile(plan: SummaryPlan, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writePlanToWorkbook(plan).xlsx.writeFile(path);
}
