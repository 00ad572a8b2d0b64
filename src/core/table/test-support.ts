/**
 * Building grids in tests: rows of values padded to one width, placed at top/left on the sheet,
 * with merges (A1 ranges such as "A1:F1") and number formats.
 */
import { parseA1 } from "../address";
import type { CellRange, CellValue, Grid } from "../grid";

export interface GridOptions {
  sheet?: string;
  /** 1-based sheet row of the first row (default 1). */
  top?: number;
  /** 1-based sheet column of the first column (default 1). */
  left?: number;
  /** Merged areas as absolute A1 ranges: "A1:F1". */
  merges?: string[];
  /** Number formats by absolute A1 address: { "D5": "0.0%" }. */
  formats?: Record<string, string>;
  hiddenRows?: number[];
}

function range(text: string): CellRange {
  const [from, to = from] = text.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (a === null || b === null) throw new Error(`not a range: ${text}`);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

export function gridOf(rows: CellValue[][], opts: GridOptions = {}): Grid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
  const top = opts.top ?? 1;
  const left = opts.left ?? 1;
  const grid: Grid = { sheet: opts.sheet ?? "Sheet1", top, left, values };
  if (opts.merges) grid.merges = opts.merges.map(range);
  if (opts.formats) {
    const formats: (string | null)[][] = values.map((r) => r.map(() => null));
    for (const [address, format] of Object.entries(opts.formats)) {
      const at = parseA1(address);
      if (at === null) throw new Error(`not an address: ${address}`);
      formats[at.row - top][at.column - left] = format;
    }
    grid.numberFormats = formats;
  }
  if (opts.hiddenRows) grid.hiddenRows = opts.hiddenRows;
  return grid;
}
