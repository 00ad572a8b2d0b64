/**
 * One .xls sheet's sparse cells → the core's Grid, bounded: the window is the table region found
 * from the filled cells (findTableRegion), cells far outside it are skipped and named in one
 * problem, a region over MAX_CELLS_PER_SHEET skips the sheet, and text cut to Excel's limit is
 * named cell by cell. Cells covered by a merge (not its top-left) read as empty, as Excel shows them.
 */
import { a1 } from "../../core/address";
import type { CellRange, CellValue, Grid } from "../../core/grid";
import { MAX_CELLS_PER_SHEET } from "../../core/limits";
import type { Finding } from "../../core/problems";
import { findTableRegion, outsideTableFinding, sheetTooLargeFinding } from "../../core/table-region";
import { cellKey, type XlsCell, type XlsSheet } from "./biff-workbook";

export interface SheetResult {
  /** null when the sheet was skipped (too large). */
  grid: Grid | null;
  findings: Finding[];
}

function hasValue(value: CellValue): boolean {
  return value !== null && value !== "";
}

/**
 * Drops the cells a merge covers. The work is bounded by MAX_CELLS_PER_SHEET look-ups in all: a
 * file whose merges overlap wildly (only a hostile one does) keeps the rest of its covered cells.
 */
function dropCovered(cells: Map<number, XlsCell>, merges: readonly CellRange[]): void {
  let budget = MAX_CELLS_PER_SHEET;
  for (const m of merges) {
    const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (area <= cells.size * 4) {
      if ((budget -= area) < 0) return;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) cells.delete(cellKey(r, c));
      }
    } else {
      if ((budget -= cells.size) < 0) return;
      for (const [key, cell] of cells) {
        const inside = cell.row >= m.top && cell.row <= m.bottom && cell.column >= m.left && cell.column <= m.right;
        if (inside && (cell.row !== m.top || cell.column !== m.left)) cells.delete(key);
      }
    }
  }
}

export function sheetToGrid(sheet: XlsSheet): SheetResult {
  const findings: Finding[] = [];
  const filled = sheet.cells; // the sheet's own map: emptied of what the grid does not show
  for (const [key, cell] of filled) if (!hasValue(cell.value)) filled.delete(key);
  dropCovered(filled, sheet.merges);
  const cells = [...filled.values()];
  const { region, outside } = findTableRegion(cells);
  const base = { sheet: sheet.name, merges: sheet.merges, hiddenRows: sheet.hiddenRows };
  if (!region) return { grid: { ...base, top: 1, left: 1, values: [], numberFormats: [] }, findings };
  if (outside.length > 0) findings.push(outsideTableFinding(sheet.name, outside));
  const height = region.bottom - region.top + 1;
  const width = region.right - region.left + 1;
  if (height * width > MAX_CELLS_PER_SHEET) {
    findings.push(sheetTooLargeFinding(sheet.name, height * width));
    return { grid: null, findings };
  }
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () =>
    new Array<string | null>(width).fill(null),
  );
  for (const cell of cells) {
    const r = cell.row - region.top;
    const c = cell.column - region.left;
    if (r < 0 || r >= height || c < 0 || c >= width) continue;
    values[r][c] = cell.value;
    numberFormats[r][c] = cell.format;
    if (cell.cutFrom !== undefined) {
      findings.push({
        sheet: sheet.name,
        cell: a1(cell.row, cell.column),
        severity: "warning",
        code: "cell-text-too-long",
        params: { length: cell.cutFrom },
      });
    }
  }
  return { grid: { ...base, top: region.top, left: region.left, values, numberFormats }, findings };
}
