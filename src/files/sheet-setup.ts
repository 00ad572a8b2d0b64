/**
 * Sheet-level parts of a PlanSheet: frozen panes, page setup (A4, fit to width, repeated header
 * rows, page-number footer) and the tab colour — as the options exceljs takes when a worksheet is
 * added, for the in-memory writer (write-plan.ts). The file writer (sheetml/worksheet-xml.ts) writes
 * the same setup from the plan, with footerCode and PAPER_A4 from here.
 */
import type * as ExcelJS from "exceljs";
import { DEFAULT_ROW_HEIGHT, PAGE_MARGINS } from "../core/plan/pagination";
import type { PageSetup, PlanSheet } from "../core/plan/types";
import { toArgb } from "./plan-style";

/** exceljs / OOXML paper size code for A4. */
export const PAPER_A4 = 9;

/**
 * The footer as an Excel header/footer code, centred. The plan's text keeps its own &P / &N
 * (page / pages) if it has them; otherwise " &P / &N" follows the text ("Trang" → "Trang 1 / 3").
 */
export function footerCode(footer: string): string {
  if (/&[PN]/.test(footer)) return `&C${footer}`;
  const text = footer.replace(/&/g, "&&").trim();
  return text ? `&C${text} &P / &N` : "&C&P / &N";
}

/** The printed page as exceljs page setup: A4, margins, fit to width (or the plan's scale), repeated rows. */
export function pageSetupOptions(page: PageSetup): Partial<ExcelJS.PageSetup> {
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: PAPER_A4,
    orientation: page.orientation,
    margins: { ...(page.margins ?? PAGE_MARGINS) },
    fitToPage: page.fitToWidth && page.scale === undefined,
  };
  if (page.scale !== undefined) setup.scale = page.scale;
  else if (page.fitToWidth) {
    setup.fitToWidth = 1;
    setup.fitToHeight = 0; // as many pages down as needed
  }
  if (page.printTitleRows) setup.printTitlesRow = `${page.printTitleRows.from}:${page.printTitleRows.to}`;
  return setup;
}

/** Everything sheet-level of a PlanSheet, for `addWorksheet(name, options)`. */
export function sheetOptions(plan: PlanSheet): Partial<ExcelJS.AddWorksheetOptions> {
  const options: Partial<ExcelJS.AddWorksheetOptions> = { pageSetup: pageSetupOptions(plan.page) };
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    options.views = [{ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }];
  }
  if (plan.page.footer !== null) options.headerFooter = { oddFooter: footerCode(plan.page.footer) };
  // Rows without a height of their own are as tall as the plan's page estimates assume (Excel's
  // height for the plan's 12 pt font); LibreOffice would otherwise lay them out at 15 pt.
  options.properties = { defaultRowHeight: DEFAULT_ROW_HEIGHT };
  if (plan.tabColor) options.properties.tabColor = { argb: toArgb(plan.tabColor) };
  return options;
}
