/**
 * One exceljs worksheet → a Grid: the used range (first to last row and column holding a value)
 * as a rectangle of values, with number formats, merges and hidden rows.
 */
import type * as ExcelJS from "exceljs";
import type { CellRange, CellValue, Grid } from "../../core/grid";
import { cellToValue } from "./cell-value";

interface Found {
  row: number;
  col: number;
  value: CellValue;
  numFmt: string | null;
}

/** Merged areas of a worksheet, absolute; exceljs keeps them in `_merges` (model.merges as "A1:B2"). */
export function worksheetMerges(sheet: ExcelJS.Worksheet): CellRange[] {
  const internal = (sheet as unknown as { _merges?: Record<string, Partial<CellRange>> })._merges;
  if (!internal) return [];
  const merges: CellRange[] = [];
  for (const m of Object.values(internal)) {
    if (m && [m.top, m.left, m.bottom, m.right].every((n) => typeof n === "number")) {
      merges.push({ top: m.top!, left: m.left!, bottom: m.bottom!, right: m.right! });
    }
  }
  return merges.sort((a, b) => a.top - b.top || a.left - b.left);
}

function hasValue(value: CellValue): boolean {
  return value !== null && value !== "";
}

export function worksheetToGrid(sheet: ExcelJS.Worksheet, date1904 = false): Grid {
  const found: Found[] = [];
  const hiddenRows: number[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cellToValue(cell, date1904);
      if (!hasValue(value)) return;
      found.push({ row: rowNumber, col: colNumber, value, numFmt: cell.numFmt || null });
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, colNumber);
      right = Math.max(right, colNumber);
    });
  });
  const merges = worksheetMerges(sheet);
  if (found.length === 0) {
    return { sheet: sheet.name, top: 1, left: 1, values: [], numberFormats: [], merges, hiddenRows };
  }
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () =>
    new Array<string | null>(width).fill(null),
  );
  for (const f of found) {
    values[f.row - top][f.col - left] = f.value;
    numberFormats[f.row - top][f.col - left] = f.numFmt;
  }
  return { sheet: sheet.name, top, left, values, numberFormats, merges, hiddenRows };
}
