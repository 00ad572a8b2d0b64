/**
 * Problems: what the engine reports about bad or doubtful input. The core makes findings
 * (where + what); the message in the user's language is added by `localizeProblems`
 * (see i18n/messages.ts), so every problem a user sees names its file, sheet and cell.
 */

export type Severity = "error" | "warning";

export type ProblemCode =
  // files
  | "file-unreadable" // corrupt or not an .xlsx file
  | "file-encrypted" // password-protected
  | "file-not-found"
  | "file-not-regular" // a FIFO, device or other non-regular file named as input; not opened for reading
  | "file-no-sheets" // the workbook has no sheet with any value
  | "file-too-many-sheets" // more sheets than MAX_SHEETS_PER_FILE; params: read, total
  // sheets
  | "sheet-empty"
  | "sheet-too-large" // the table region has more cells than MAX_CELLS_PER_SHEET; params: cells
  | "cells-outside-table" // filled cells far from the table, skipped; params: cells (A1 list), count
  | "sheet-no-header" // no recognisable indicator table; sheet skipped
  | "sheet-no-plan-column"
  | "sheet-no-actual-column"
  // cells
  | "value-not-number" // text where a number belongs; params: column, text
  | "value-error" // Excel error value; params: column, error
  | "value-date" // a date where a number belongs; params: column
  | "plan-zero" // plan 0 for an up indicator: no achievement
  | "plan-missing" // actual given but no plan: no achievement
  | "negative-count" // params: column, value
  | "percent-over-100" // a percentage above 100 where it cannot be; params: column, value
  | "suspect-unit" // plan and actual differ by >= 10×; params: plan, actual, ratio
  | "duplicate-indicator" // params: name, first (A1 of the first occurrence); the finding's cell is the repeat
  | "sheet-percent-disagrees" // the sheet's own % differs from ours by > tolerance; params: sheet, computed
  | "legacy-encoding" // text decoded from TCVN3/VNI; params: encoding
  | "formula-text" // a name/note starting with = + - @ kept as text; params: text
  | "cell-text-too-long" // text over Excel's 32,767 characters, cut; params: length
  // consolidation
  | "indicator-missing" // an area's return lacks indicators most areas have; params: area, count, names (quoted, joined)
  | "area-not-reported" // an expected area has no return; params: area
  | "area-duplicate" // two returns for the same area; params: area, first
  | "rate-plain-mean" // a rate averaged without a denominator; params: name
  | "return-parts-joined" // one area's sheets of one file, same period, no indicator twice: one unit; params: area, sheets
  | "unit-mismatch" // the same indicator in different units across areas; params: name, units
  // Excel add-in
  | "excel-api-error" // an Office.js call failed or is not supported here; params: message
  | "no-percent-column" // writing % back asked for, but the return has no % (so sánh) column; nothing written
  // reading (issue 13)
  | "sheet-unit-summary" // a hand-typed summary whose rows are units, not a return: skipped; params: units
  | "unit-summary-rows-differ" // its total row is not the sum of its unit rows; params: column, hand, sum
  | "unit-summary-total-differs" // its total is not the sum of the units' returns; params: column, indicator, hand, computed, units
  | "columns-percent-fits-other" // the sheet's % agrees better with another pair of columns; params: chosen, other, cells
  | "row-without-name" // rows with figures but no indicator name, skipped; params: cells (A1 of the name cells), count
  | "total-row-skipped" // "Tổng cộng" / "Cộng" rows in a table: sums of the rows above, not indicators; params: name (the first's), cells, count
  // run
  | "no-returns"; // nothing could be read

/** Cells named in a message: the first `max` A1 addresses, then "…" when there are more ("B3, B5, …"). */
export function cellList(cells: readonly string[], max: number): string {
  return cells.slice(0, max).join(", ") + (cells.length > max ? ", …" : "");
}

/**
 * A warning about several cells of a sheet: it points at the first, lists the first `max` and says
 * how many there are (`count`: all of them, though `cells` may hold only the first few).
 */
export function cellsFinding(
  sheet: string,
  code: ProblemCode,
  cells: readonly string[],
  count: number,
  max: number,
  params: ProblemParams = {},
): Finding {
  return {
    sheet,
    cell: cells[0],
    severity: "warning",
    code,
    params: { ...params, cells: cellList(cells, max), count },
  };
}

/** Parameters are plain strings and numbers so messages can be rendered in any language. */
export type ProblemParams = Record<string, string | number>;

/** What the core knows: where, how bad, which problem. */
export interface Finding {
  sheet: string;
  /** A1 address of the offending cell itself ("" when the problem is the whole sheet or file). */
  cell: string;
  severity: Severity;
  code: ProblemCode;
  params?: ProblemParams;
  /**
   * The file the finding is in, when its maker knows better than the shell that localises it: a
   * consolidation finding about one return (its area named twice, an indicator it lacks) is in that
   * return's file, though consolidation has no single file.
   */
  file?: string;
}

/** What a user sees: the finding plus its file and a message in their language. */
export interface Problem extends Finding {
  file: string;
  message: string;
}
