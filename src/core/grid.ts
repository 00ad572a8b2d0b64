/**
 * The grid: what every shell (Office.js, exceljs, tests) hands to the core.
 * A rectangle of cell values as Excel gives them, with where it sits on the sheet.
 * Pure data: no Office, DOM or Node types.
 */

/** An Excel error value such as "#DIV/0!", "#REF!", "#N/A", "#VALUE!". */
export interface CellError {
  readonly error: string;
}

/**
 * One cell's value. Dates arrive as Excel serial numbers with a date number format
 * (that is what Office.js gives; the exceljs reader converts to match).
 */
export type CellValue = string | number | boolean | CellError | null;

/** An absolute, 1-based, inclusive cell rectangle (A1 is row 1, column 1). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The worksheet's name as Excel shows it. */
  sheet: string;
  /** 1-based sheet row of values[0]. */
  top: number;
  /** 1-based sheet column of values[r][0]. */
  left: number;
  /** Rows × columns; every row has the same length. */
  values: CellValue[][];
  /** Number formats, same shape as values ("General", "0.0%", "dd/mm/yyyy"); optional. */
  numberFormats?: (string | null)[][];
  /** Merged areas, absolute. Optional: older Excel APIs cannot report them. */
  merges?: CellRange[];
  /** Absolute row numbers hidden by the user; optional. */
  hiddenRows?: number[];
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && typeof (value as CellError).error === "string";
}
