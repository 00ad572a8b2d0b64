/**
 * The summary as a plan: declarative sheets that the .xlsx writer (src/files) and the
 * Office.js writer (src/excel) both render, so the two outputs are the same.
 * Rows and columns are 1-based and absolute on the generated sheet.
 */
import type { CellRange } from "../grid";
import type { Finding } from "../problems";

export type HorizontalAlign = "left" | "center" | "right";
export type VerticalAlign = "top" | "middle" | "bottom";

/** A named cell style; cells refer to it by key in `SummaryPlan.styles`. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font size in points; the font is always `SummaryPlan.font`. */
  size?: number;
  /** Font colour, "#RRGGBB". */
  color?: string;
  /** Solid fill, "#RRGGBB". */
  fill?: string;
  horizontal?: HorizontalAlign;
  vertical?: VerticalAlign;
  wrap?: boolean;
  indent?: number;
  /** Thin borders on all four sides. */
  border?: boolean;
  /** Excel number format code, locale-neutral ("#,##0.##", "0.0%"). */
  numberFormat?: string;
}

export type PlanValue = string | number | boolean | null;

export interface PlanCell {
  row: number;
  col: number;
  /**
   * The value. Strings are always text: a writer must make sure a string starting with
   * "=", "+", "-" or "@" is never taken as a formula. When `formula` is set, `value` is its
   * cached result (what a viewer that does not recalculate shows).
   */
  value: PlanValue;
  /** A formula without the leading "=", in English function names with "," separators (A1 style). */
  formula?: string;
  style?: string;
  /** An in-workbook hyperlink target (never an external URL). */
  link?: { sheet: string; cell: string };
}

/**
 * A conditional format: one rule per entry, each a formula relative to the range's top-left cell
 * (Excel's "use a formula to determine which cells to format"). The first rule that matches wins.
 */
export interface PlanConditionalFormat {
  range: CellRange;
  rules: Array<{
    /** The formula without "=", written for the range's top-left cell. */
    formula: string;
    fill: string;
    color?: string;
    bold?: boolean;
    /** The band this rule paints, for tests and legends. */
    band?: string;
  }>;
}

/** A chart: the Excel writer draws it through Office.js, the .xlsx writer writes its DrawingML part. */
export interface PlanChart {
  type: "barStacked" | "columnStacked" | "columnClustered";
  title: string;
  /** Data on this sheet: first row series names, first column categories. */
  data: CellRange;
  /** Where it sits. */
  anchor: CellRange;
  /** Fill per series, in order. */
  seriesColors?: string[];
}

export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export interface PageSetup {
  paper: "A4";
  orientation: "landscape" | "portrait";
  /** Fit all columns on one page width; rows flow over as many pages as needed. */
  fitToWidth: boolean;
  /**
   * A print scale in percent, smaller than the width fit, chosen so the sheet prints on fewer pages
   * (pagination.ts); when set, writers print at this scale instead of fitting to the width.
   */
  scale?: number;
  /** Margins in inches; absent: pagination.ts's PAGE_MARGINS, which the plan's page estimates assume. */
  margins?: PageMargins;
  /** Rows repeated on every printed page (the table header). */
  printTitleRows: { from: number; to: number } | null;
  /** Centre the footer page number "Trang x / y". */
  footer: string | null;
  /** Print only columns 1..printColumns (working notes to the right stay on screen); absent: all. */
  printColumns?: number;
  /** A new printed page starts at each of these rows (manual page breaks). */
  rowBreaks?: number[];
}

export interface PlanSheet {
  /** Unique in the plan, ≤ 31 characters, none of : \ / ? * [ ]. */
  name: string;
  role: "return" | "consolidated";
  /** The source this sheet summarises: file and sheet for a return. */
  source?: { file: string; sheet: string };
  cells: PlanCell[];
  merges: CellRange[];
  /** Column widths in Excel character units; index 0 is column A. */
  columnWidths: number[];
  /** Row heights in points, by row number; rows not listed keep the default. */
  rowHeights: Record<number, number>;
  conditionalFormats: PlanConditionalFormat[];
  charts: PlanChart[];
  /** Frozen rows and columns (top and left). */
  freeze: { rows: number; columns: number } | null;
  page: PageSetup;
  /** Tab colour "#RRGGBB". */
  tabColor?: string;
  /**
   * In-cell dropdown lists (data validation "list"), e.g. "Đạt, Chưa đạt" or units. Blanks allowed;
   * other typed values are not rejected (the list is a help, not a lock). Values must not contain ",".
   */
  validations?: PlanValidation[];
  /**
   * What building the sheet had to change, on this sheet's cells: text over Excel's 32,767
   * characters, cut ("cell-text-too-long"). The shells report these with the input's problems.
   */
  findings?: Finding[];
}

/** A dropdown list on a range (templates). */
export interface PlanValidation {
  range: CellRange;
  list: string[];
}

export interface SummaryPlan {
  /** The font every cell uses (name it: LibreOffice falls back to a serif font otherwise). */
  font: { name: string; size: number };
  styles: Record<string, CellStyle>;
  sheets: PlanSheet[];
  /** Marks sheets as the add-in's own, so regenerating replaces exactly these. */
  generator: { name: "commune-targets"; version: string };
}
