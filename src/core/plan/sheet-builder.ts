/** Accumulates one plan sheet's cells, merges and row heights. */
import type { CellRange } from "../grid";
import { SHARED_ROW_LIMIT } from "../table/cell-refs";
import { fitCellTexts } from "./cell-text-limit";
import type { PageSetup, PlanCell, PlanSheet, PlanValue } from "./types";

export class SheetBuilder {
  readonly cells: PlanCell[];
  readonly merges: CellRange[] = [];
  readonly rowHeights: Record<number, number> = {};
  /** Cells written; below `cells.length` while a reserved array is being filled (see the constructor). */
  private count = 0;

  /**
   * `expectedCells` reserves the cells array at once (until `build`, `cells` then ends in empty
   * slots): a sheet grown by push copies its array over and over, and with thousands of sheets those
   * copies were a good part of the garbage. A wrong guess costs only memory: `build` trims the
   * array, and cells past the guess are appended as usual.
   */
  constructor(expectedCells = 0) {
    // new Array(n) beyond ~100,000 gives a slow dictionary-backed array: large sheets grow as usual
    this.cells = expectedCells > 0 && expectedCells <= 50_000 ? new Array<PlanCell>(expectedCells) : [];
  }

  private add(cell: PlanCell): void {
    if (this.count < this.cells.length) this.cells[this.count] = cell;
    else this.cells.push(cell);
    this.count++;
  }

  /** A plain cell (setFormula, setLink and setShared for the others). */
  set(row: number, col: number, value: PlanValue, style?: string): void {
    // One literal per common shape (no properties added afterwards): large plans hold 10^6 cells.
    this.add(style ? { row, col, value, style } : { row, col, value });
  }

  /**
   * `set` for cells that recur unchanged on many sheets (a code, a name, a unit, a band's name with
   * its formula, a note): the same frozen cell object is shared. Plans of thousands of returns with
   * one layout would otherwise hold millions of identical cells. Values are compared with ===.
   */
  setShared(row: number, col: number, value: PlanValue, style: string, formula?: string): void {
    this.add(sharedCell(row, col, value, style, formula));
  }

  /** A cell with a formula (its cached value in `value`). */
  setFormula(row: number, col: number, value: PlanValue, style: string, formula: string): void {
    this.add({ row, col, value, style, formula });
  }

  /** A cell linking to a place in the workbook. */
  setLink(row: number, col: number, value: PlanValue, style: string, link: { sheet: string; cell: string }): void {
    this.add({ row, col, value, style, link });
  }

  /** A merged row of text across columns left..right, written in the left cell. */
  banner(row: number, left: number, right: number, value: PlanValue, style: string, height?: number): void {
    this.set(row, left, value, style);
    this.bannerRest(row, left, right, style, height);
  }

  /** `banner` for a text that recurs on every sheet (a title, a group, a signature line): shared. */
  sharedBanner(row: number, left: number, right: number, value: PlanValue, style: string, height?: number): void {
    this.setShared(row, left, value, style);
    this.bannerRest(row, left, right, style, height);
  }

  private bannerRest(row: number, left: number, right: number, style: string, height: number | undefined): void {
    // The empty cells under a merge are alike on every sheet with the same layout: shared.
    for (let c = left + 1; c <= right; c++) this.setShared(row, c, null, style);
    if (right > left) this.merges.push(sharedMerge(row, left, right));
    if (height) this.rowHeights[row] = height;
  }

  /** The sheet, with any text over Excel's cell limit cut and named in `findings`. */
  build(fields: Omit<PlanSheet, "cells" | "merges" | "rowHeights" | "findings">): PlanSheet {
    if (this.count < this.cells.length) this.cells.length = this.count;
    const findings = fitCellTexts(fields.name, this.cells);
    const sheet: PlanSheet = { ...fields, cells: this.cells, merges: this.merges, rowHeights: this.rowHeights };
    return findings.length > 0 ? { ...sheet, findings } : sheet;
  }
}

/**
 * Shared cells by row, then column, then value; cells of one position and value that differ in style
 * or formula are chained. One Map lookup per cell (not one per key part): plans of thousands of
 * sheets make millions of these lookups.
 */
interface SharedEntry {
  readonly cell: PlanCell;
  next: SharedEntry | undefined;
}
let sharedByRow: Array<Array<Map<PlanValue, SharedEntry>> | undefined> = [];
let sharedCount = 0;
const SHARED_LIMIT = 100_000;
const COLUMN_SPAN = 1 << 14; // Excel's last column is 16,384

/**
 * Whether cells and merges on `row` from column `left` to `right` are shared: sheets of one layout
 * share their first rows (below SHARED_ROW_LIMIT); a single 100,000-row sheet has nothing to share
 * and would only fill (and keep clearing) the cache.
 */
function isSharedSpan(row: number, left: number, right: number): boolean {
  return (
    row >= 1 &&
    row < SHARED_ROW_LIMIT &&
    left >= 1 &&
    right <= COLUMN_SPAN &&
    Number.isInteger(row) &&
    Number.isInteger(left) &&
    Number.isInteger(right)
  );
}

function sharedCell(row: number, col: number, value: PlanValue, style: string, formula?: string): PlanCell {
  if (!isSharedSpan(row, col, col)) {
    return formula === undefined ? { row, col, value, style } : { row, col, value, style, formula };
  }
  if (sharedCount >= SHARED_LIMIT) {
    sharedByRow = [];
    sharedCount = 0;
  }
  let byCol = sharedByRow[row];
  if (byCol === undefined) {
    byCol = [];
    sharedByRow[row] = byCol;
  }
  let byValue = byCol[col];
  if (byValue === undefined) {
    byValue = new Map();
    byCol[col] = byValue;
  }
  const first = byValue.get(value);
  for (let entry = first; entry !== undefined; entry = entry.next) {
    if (entry.cell.style === style && entry.cell.formula === formula) return entry.cell;
  }
  const cell = Object.freeze(
    formula === undefined ? { row, col, value, style } : { row, col, value, style, formula },
  ) as PlanCell;
  byValue.set(value, { cell, next: first });
  sharedCount++;
  return cell;
}

/**
 * The merge of one row from left to right, one frozen object per position: every sheet of a layout
 * merges the same banner rows.
 */
function sharedMerge(row: number, left: number, right: number): CellRange {
  if (!isSharedSpan(row, left, right)) return { top: row, left, bottom: row, right };
  const key = row * COLUMN_SPAN + left;
  let merge = mergesByStart.get(key);
  if (merge === undefined || merge.right !== right) {
    merge = Object.freeze({ top: row, left, bottom: row, right });
    if (mergesByStart.size >= SHARED_LIMIT) mergesByStart.clear();
    mergesByStart.set(key, merge);
  }
  return merge;
}
const mergesByStart = new Map<number, CellRange>();

/** Row height (points) for wrapped text of `chars` characters in a cell `widthChars` wide. */
export function wrappedHeight(chars: number, widthChars: number, lineHeight = 15.75): number {
  const lines = Math.max(1, wrappedLines(chars, widthChars));
  return Math.min(409, Math.round(lines * lineHeight * 100) / 100);
}

/** Whether the text takes more than one line (wrappedHeight gives more than one line's height). */
export function wraps(chars: number, widthChars: number): boolean {
  return wrappedLines(chars, widthChars) > 1;
}

function wrappedLines(chars: number, widthChars: number): number {
  return Math.ceil((chars * 1.1) / Math.max(10, widthChars));
}

export function a4Landscape(printTitleRows: PageSetup["printTitleRows"], footer: string, fitToWidth = true): PageSetup {
  return { paper: "A4", orientation: "landscape", fitToWidth, printTitleRows, footer };
}

/**
 * Writes items from `row` on, with a banner row for each new group title (Roman-numeral groups kept
 * as in the return); returns the next free row.
 */
export function writeGrouped<T extends { group: string | null }>(
  b: SheetBuilder,
  row: number,
  lastCol: number,
  items: readonly T[],
  writeRow: (item: T, row: number) => void,
): number {
  let group: string | null = null;
  for (const item of items) {
    if (item.group && item.group !== group) {
      group = item.group;
      // group titles are the same on every return of one layout
      b.sharedBanner(row++, 1, lastCol, group, "group");
    }
    writeRow(item, row++);
  }
  return row;
}
