/**
 * One PlanSheet's cells, merges, sizes, conditional formats and dropdowns onto an exceljs worksheet.
 * Used by the in-memory writer (writePlanToWorkbook), the oracle the file writer's own SpreadsheetML
 * (plan-file-writer.ts, sheetml/) is compared with; the file writer shares its value helpers.
 * Sheet-level options (views, page setup, tab colour) are given when the sheet is added: sheet-setup.ts.
 * Charts are skipped: exceljs cannot draw charts (the Office.js writer draws them in Excel).
 */
import type * as ExcelJS from "exceljs";
import { rangeA1, quoteSheetName } from "../core/address";
import type { PlanCell, PlanConditionalFormat, PlanSheet, PlanValidation, SummaryPlan } from "../core/plan/types";
import { solidFill, toArgb, toExcelStyle } from "./plan-style";

/** What every sheet of a plan shares: the font and the named styles. */
export type PlanLook = Pick<SummaryPlan, "font" | "styles">;

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
  return `HYPERLINK(${formulaString(`#${quoteSheetName(link.sheet)}!${link.cell}`)},${formulaText(text)})`;
}

/** Excel refuses a text constant over 255 characters in a formula, and a formula over 8,192. */
export const FORMULA_TEXT_CONSTANT_MAX = 255;
const FORMULA_TEXT_TOTAL_MAX = 7_000;

/**
 * Text as formula constants of at most 255 characters each, joined with & (Excel asks to repair a
 * file with a longer one); a text too long for any formula is cut with "…".
 */
export function formulaText(text: string): string {
  const chars = Array.from(text); // whole code points: a surrogate pair is never split
  const kept = chars.length > FORMULA_TEXT_TOTAL_MAX ? [...chars.slice(0, FORMULA_TEXT_TOTAL_MAX - 1), "…"] : chars;
  const parts: string[] = [];
  let piece = "";
  for (const ch of kept) {
    if (piece.length + ch.length > FORMULA_TEXT_CONSTANT_MAX) {
      parts.push(formulaString(piece));
      piece = "";
    }
    piece += ch;
  }
  if (piece || parts.length === 0) parts.push(formulaString(piece));
  return parts.join("&");
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

/** Writes `planSheet`'s content onto `sheet` (already added with `sheetOptions(planSheet)`). */
export function fillSheet(sheet: ExcelJS.Worksheet, look: PlanLook, planSheet: PlanSheet): void {
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
      style = toExcelStyle(key ? look.styles[key] : undefined, look.font);
      styleCache.set(cacheKey, style);
    }
    return style;
  };
  for (const planCell of planSheet.cells) {
    // Row then cell: exceljs's getCell(row, col) spells the address out and parses it back.
    const cell = sheet.getRow(planCell.row).getCell(planCell.col);
    const value = toExcelValue(planCell);
    cell.value = value;
    // Each cell its own copy: exceljs styles are mutable and the caller may edit a cell.
    cell.style = structuredClone(styleFor(planCell.style));
  }
  // Merge after writing so the top-left's value and style spread over the area.
  for (const m of planSheet.merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    sheet.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  addConditionalFormats(sheet, planSheet.conditionalFormats);
  addValidations(sheet, planSheet.validations);
  // planSheet.charts: not drawn here — exceljs cannot create charts.
}
