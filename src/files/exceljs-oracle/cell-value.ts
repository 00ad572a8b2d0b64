/**
 * One exceljs cell → the core's CellValue, the way Office.js would give it:
 * formulas give their cached result, rich text and hyperlinks their plain text,
 * dates their Excel serial number (the number format is kept separately).
 */
import type * as ExcelJS from "exceljs";
import type { CellValue } from "../../core/grid";

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (Excel's 1900-system day 0) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems. */
const DATE_1904_OFFSET = 1462;

/** A JS date as the Excel serial number stored in the file (1900 system unless date1904). */
export function dateToSerial(date: Date, date1904 = false): number {
  const serial = UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? DATE_1904_OFFSET : 0);
  // exceljs rounds to the millisecond; undo the floating-point noise that leaves.
  return Math.round(serial * 1e9) / 1e9;
}

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === "object" && value !== null;
}

function richTextToString(value: Obj): string | null {
  const runs = value.richText;
  if (!Array.isArray(runs)) return null;
  return runs.map((run) => (isObject(run) && typeof run.text === "string" ? run.text : "")).join("");
}

/** Any exceljs value (plain, result of a formula, text of a link) → CellValue. */
export function toCellValue(value: unknown, date1904 = false): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { error: "#VALUE!" } : dateToSerial(value, date1904);
  }
  if (!isObject(value)) return String(value);
  if (typeof value.error === "string") return { error: value.error };
  const rich = richTextToString(value);
  if (rich !== null) return rich;
  // Formula (plain or shared): the cached result; none cached → null.
  if ("formula" in value || "sharedFormula" in value) return toCellValue(value.result, date1904);
  // Hyperlink: its text (which may itself be rich text).
  if ("hyperlink" in value) return toCellValue(value.text ?? null, date1904);
  if ("text" in value) return toCellValue(value.text, date1904);
  return null;
}

/** The value a viewer sees in `cell`; cells covered by a merge (not its top-left) are empty. */
export function cellToValue(cell: ExcelJS.Cell, date1904 = false): CellValue {
  if (cell.type === MERGE_TYPE) return null;
  return toCellValue(cell.value, date1904);
}

/** ExcelJS.ValueType.Merge; a literal so this module needs no runtime enum import. */
const MERGE_TYPE = 1;
