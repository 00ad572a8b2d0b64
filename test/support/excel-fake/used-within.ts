/**
 * Range.getUsedRange(valuesOnly) as Excel does it: the bounding box of the used cells WITHIN the range
 * (not the sheet's used range clipped to it). Walks whichever is smaller, the range or the sheet's
 * stored cells, so a probe of a band of A1:XFD1048576 with a few cells costs a few steps.
 */
import type { CellRange } from "../../../src/core/grid";
import { hasFormat, hasValue } from "./cells";
import { type SheetState, cellAt, unkey } from "./state";

export function usedBoundsWithin(sheet: SheetState, rect: CellRange, valuesOnly: boolean): CellRange | null {
  let r: CellRange | null = null;
  const add = (row: number, column: number) => {
    if (!r) r = { top: row, left: column, bottom: row, right: column };
    else {
      r.top = Math.min(r.top, row);
      r.left = Math.min(r.left, column);
      r.bottom = Math.max(r.bottom, row);
      r.right = Math.max(r.right, column);
    }
  };
  const used = (cell: Parameters<typeof hasValue>[0] | undefined) =>
    cell !== undefined && (hasValue(cell) || (!valuesOnly && hasFormat(cell)));
  const area = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
  if (area <= sheet.cells.size) {
    for (let row = rect.top; row <= rect.bottom; row++)
      for (let column = rect.left; column <= rect.right; column++)
        if (used(cellAt(sheet, row, column))) add(row, column);
  } else {
    for (const [k, cell] of sheet.cells) {
      if (!used(cell)) continue;
      const { row, column } = unkey(k);
      if (row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right) add(row, column);
    }
  }
  return r;
}
