/**
 * Merged areas in grid terms: a merged cell gives its value (the top-left cell's) to every
 * cell it covers. Only the header window needs this, so the lookup is built for a row window.
 */
import type { CellRange, Grid } from "../grid";

export interface MergeLookup {
  /** Grid indices [row, col] of the cell whose value (row, col) shows, or null when not merged. */
  source(row: number, col: number): [number, number] | null;
  /** The merge (in grid indices) covering (row, col), or null. */
  rangeAt(row: number, col: number): CellRange | null;
}

/** Builds the lookup for grid rows fromRow..toRow (0-based, inclusive). */
export function createMergeLookup(grid: Grid, fromRow: number, toRow: number): MergeLookup {
  const width = grid.values[0]?.length ?? 0;
  const byCell = new Map<number, CellRange>();
  // Stryker disable next-line ArrayDeclaration: a merge that is not a range gives NaN bounds and covers no cell
  for (const merge of grid.merges ?? []) {
    // To grid indices, clipped to the grid and the window.
    const range: CellRange = {
      top: merge.top - grid.top,
      bottom: merge.bottom - grid.top,
      left: merge.left - grid.left,
      right: merge.right - grid.left,
    };
    const top = Math.max(range.top, fromRow, 0);
    const bottom = Math.min(range.bottom, toRow, grid.values.length - 1);
    const left = Math.max(range.left, 0);
    const right = Math.min(range.right, width - 1);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) byCell.set(r * width + c, range);
    }
  }
  return {
    source(row, col) {
      const range = byCell.get(row * width + col);
      if (range === undefined || range.top < 0 || range.left < 0) return null;
      return [range.top, range.left];
    },
    rangeAt(row, col) {
      return byCell.get(row * width + col) ?? null;
    },
  };
}
