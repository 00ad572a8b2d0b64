/**
 * Sheet-level parts of a PlanSheet: frozen panes, page setup (A4, fit to width, repeated header
 * rows, page-number footer) and the tab colour.
 */
import type * as ExcelJS from "exceljs";
import type { PageSetup, PlanSheet } from "../core/plan/types";
import { toArgb } from "./plan-style";

/** exceljs / OOXML paper size code for A4. */
export const PAPER_A4 = 9;

/** Margins in inches: narrow enough for a wide table, wide enough for a printer. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

/**
 * The footer as an Excel header/footer code, centred. The plan's text keeps its own &P / &N
 * (page / pages) if it has them; otherwise " &P / &N" follows the text ("Trang" → "Trang 1 / 3").
 */
export function footerCode(footer: string): string {
  if (/&[PN]/.test(footer)) return `&C${footer}`;
  const text = footer.replace(/&/g, "&&").trim();
  return text ? `&C${text} &P / &N` : "&C&P / &N";
}

export function applyPageSetup(sheet: ExcelJS.Worksheet, page: PageSetup): void {
  sheet.pageSetup.paperSize = PAPER_A4;
  sheet.pageSetup.orientation = page.orientation;
  sheet.pageSetup.margins = { ...MARGINS };
  if (page.fitToWidth) {
    sheet.pageSetup.fitToPage = true;
    sheet.pageSetup.fitToWidth = 1;
    sheet.pageSetup.fitToHeight = 0; // as many pages down as needed
  }
  if (page.printTitleRows) {
    sheet.pageSetup.printTitlesRow = `${page.printTitleRows.from}:${page.printTitleRows.to}`;
  }
  if (page.footer !== null) {
    sheet.headerFooter.oddFooter = footerCode(page.footer);
  }
}

export function applySheetSetup(sheet: ExcelJS.Worksheet, plan: PlanSheet): void {
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    sheet.views = [{ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }];
  }
  applyPageSetup(sheet, plan.page);
  if (plan.tabColor) sheet.properties.tabColor = { argb: toArgb(plan.tabColor) };
}
