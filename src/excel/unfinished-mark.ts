/**
 * The visible mark on a sheet the add-in is still writing. Excel has no rollback: a run that fails
 * part-way leaves each sheet it touched tagged as the add-in's and marked like this (a red note in
 * row 1, right of the summary, and a red tab where tab colours exist); the next run clears the sheet
 * and writes it again, and the last step of a successful run removes every mark.
 */
import { a1 } from "../core/address";
import type { PlanSheet } from "../core/plan/types";
import { bounds } from "./render-cells";

export const UNFINISHED_TEXT =
  "Báo cáo chưa tạo xong, hãy bấm Tạo báo cáo lại. (Not finished: press Generate summary again.)";
export const UNFINISHED_TAB_COLOR = "#C00000";
const MARK_FILL = "#FFC7CE";
const MARK_FONT = "#9C0006";

/** The cell of the mark: row 1, one empty column right of everything the plan writes. */
export function markAddress(sheet: PlanSheet): string {
  const box = bounds(sheet.cells, sheet.merges);
  return a1(1, (box?.right ?? 0) + 2);
}

/** Queues the mark (and the red tab when `tabColor` is supported, ExcelApi 1.7). */
export function queueMark(ws: Excel.Worksheet, sheet: PlanSheet, tabColor: boolean): void {
  const cell = ws.getRange(markAddress(sheet));
  cell.values = [[UNFINISHED_TEXT]];
  cell.format.font.bold = true;
  cell.format.font.color = MARK_FONT;
  cell.format.fill.color = MARK_FILL;
  if (tabColor) ws.tabColor = UNFINISHED_TAB_COLOR;
}

/** Queues the mark's removal and the sheet's own tab colour. */
export function queueUnmark(ws: Excel.Worksheet, sheet: PlanSheet, tabColor: boolean): void {
  ws.getRange(markAddress(sheet)).clear();
  if (tabColor) ws.tabColor = sheet.tabColor ?? "";
}
