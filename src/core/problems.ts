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
  | "file-no-sheets" // the workbook has no sheet with any value
  // sheets
  | "sheet-empty"
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
  // consolidation
  | "indicator-missing" // an area's return lacks indicators most areas have; params: area, count, names (quoted, joined)
  | "area-not-reported" // an expected area has no return; params: area
  | "area-duplicate" // two returns for the same area; params: area, first
  | "rate-plain-mean" // a rate averaged without a denominator; params: name
  | "unit-mismatch" // the same indicator in different units across areas; params: name, units
  // Excel add-in
  | "excel-api-error" // an Office.js call failed or is not supported here; params: message
  | "no-percent-column" // writing % back asked for, but the return has no % (so sánh) column; nothing written
  // run
  | "no-returns"; // nothing could be read

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
