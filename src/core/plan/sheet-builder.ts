/** Accumulates one plan sheet's cells, merges and row heights. */
import type { CellRange } from "../grid";
import type { PageSetup, PlanCell, PlanSheet, PlanValue } from "./types";

export class SheetBuilder {
  readonly cells: PlanCell[] = [];
  readonly merges: CellRange[] = [];
  readonly rowHeights: Record<number, number> = {};

  set(row: number, col: number, value: PlanValue, style?: string, extra?: Partial<PlanCell>): void {
    // One literal per common shape (no properties added afterwards): large plans hold 10^6 cells.
    if (!extra) {
      this.cells.push(style ? { row, col, value, style } : { row, col, value });
      return;
    }
    const cell: PlanCell = style ? { row, col, value, style } : { row, col, value };
    Object.assign(cell, extra);
    this.cells.push(cell);
  }

  /**
   * `set` for cells that recur unchanged on many sheets (a code, a name, a unit, a band's name with
   * its formula, a note): the same frozen cell object is shared. Plans of thousands of returns with
   * one layout would otherwise hold millions of identical cells. Values are compared with ===.
   */
  setShared(row: number, col: number, value: PlanValue, style: string, formula?: string): void {
    this.cells.push(sharedCell(row, col, value, style, formula));
  }

  /** A cell with a formula (its cached value in `value`), the common case of `set` with extras. */
  setFormula(row: number, col: number, value: PlanValue, style: string, formula: string): void {
    this.cells.push({ row, col, value, style, formula });
  }

  /** A merged row of text across columns left..right, written in the left cell. */
  banner(row: number, left: number, right: number, value: PlanValue, style: string, height?: number): void {
    this.set(row, left, value, style);
    // The empty cells under a merge are alike on every sheet with the same layout: shared.
    for (let c = left + 1; c <= right; c++) this.setShared(row, c, null, style);
    if (right > left) this.merges.push({ top: row, left, bottom: row, right });
    if (height) this.rowHeights[row] = height;
  }

  build(fields: Omit<PlanSheet, "cells" | "merges" | "rowHeights">): PlanSheet {
    return { ...fields, cells: this.cells, merges: this.merges, rowHeights: this.rowHeights };
  }
}

/** Position (row × 2^14 + column) → value → shared cell, per style and formula. */
type SharedCells = Map<number, Map<PlanValue, PlanCell>>;
const sharedByStyle = new Map<string, SharedCells>();
const sharedByFormula = new Map<string, Map<string, SharedCells>>();
let sharedCount = 0;
const SHARED_LIMIT = 100_000;
// Sheets of one layout share their first rows; a single 100,000-row sheet has nothing to share and
// would only fill (and keep clearing) the cache.
const MAX_SHARED_ROW = 4_096;
const COLUMN_SPAN = 1 << 14; // Excel's last column is 16,384

function sharedCell(row: number, col: number, value: PlanValue, style: string, formula?: string): PlanCell {
  if (!(row >= 1 && row < MAX_SHARED_ROW && col >= 1 && col <= COLUMN_SPAN && Number.isInteger(row + col))) {
    return formula === undefined ? { row, col, value, style } : { row, col, value, style, formula };
  }
  if (sharedCount >= SHARED_LIMIT) {
    sharedByStyle.clear();
    sharedByFormula.clear();
    sharedCount = 0;
  }
  let byStyle: Map<string, SharedCells> | undefined = sharedByStyle;
  if (formula !== undefined) {
    byStyle = sharedByFormula.get(formula);
    if (byStyle === undefined) {
      byStyle = new Map();
      sharedByFormula.set(formula, byStyle);
    }
  }
  let byPosition = byStyle.get(style);
  if (byPosition === undefined) {
    byPosition = new Map();
    byStyle.set(style, byPosition);
  }
  const position = row * COLUMN_SPAN + col;
  let byValue = byPosition.get(position);
  if (byValue === undefined) {
    byValue = new Map();
    byPosition.set(position, byValue);
  }
  let cell = byValue.get(value);
  if (cell === undefined) {
    cell = Object.freeze(
      formula === undefined ? { row, col, value, style } : { row, col, value, style, formula },
    ) as PlanCell;
    byValue.set(value, cell);
    sharedCount++;
  }
  return cell;
}

/** Row height (points) for wrapped text of `chars` characters in a cell `widthChars` wide. */
export function wrappedHeight(chars: number, widthChars: number, lineHeight = 15.75): number {
  const lines = Math.max(1, Math.ceil((chars * 1.1) / Math.max(10, widthChars)));
  return Math.min(409, Math.round(lines * lineHeight * 100) / 100);
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
      b.banner(row++, 1, lastCol, group, "group");
    }
    writeRow(item, row++);
  }
  return row;
}
