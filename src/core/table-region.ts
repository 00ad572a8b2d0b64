/**
 * The table's region on a sheet, found from the cells that are really filled, so that a stray cell
 * far from the table (XFD1048576) never makes a shell build or request a huge rectangle.
 * Pure: the shells hand in the filled cells' positions (sparse), and get back the window to read
 * plus the cells left outside it, which they report as one problem ("cells-outside-table").
 */
import { a1 } from "./address";
import { TABLE_GAP } from "./limits";
import { cellsFinding, type Finding } from "./problems";

export interface FilledCell {
  row: number;
  column: number;
}

export interface TableRegion {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RegionResult {
  /** null when nothing is filled. */
  region: TableRegion | null;
  /** Filled cells outside the region, in row then column order. */
  outside: FilledCell[];
}

/** Groups sorted positions into runs whose neighbours are at most `gap` apart. */
function clusters(sorted: number[], gap: number): { from: number; to: number; count: number }[] {
  const out: { from: number; to: number; count: number }[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p - last.to <= gap) {
      last.to = p;
      last.count++;
    } else out.push({ from: p, to: p, count: 1 });
  }
  return out;
}

function largest(runs: { from: number; to: number; count: number }[]): { from: number; to: number } {
  let best = runs[0];
  for (const r of runs) if (r.count > best.count) best = r;
  return best;
}

/**
 * The region holding most filled cells: rows are grouped into runs separated by more than
 * `gap` empty rows, the run with most cells is kept, then the same for columns within it.
 * Cells in other runs are "outside". With no stray cells this is the filled cells' bounding box.
 */
export function findTableRegion(cells: readonly FilledCell[], gap = TABLE_GAP): RegionResult {
  if (cells.length === 0) return { region: null, outside: [] };
  const rows = largest(
    clusters(
      cells.map((c) => c.row).sort((a, b) => a - b),
      gap,
    ),
  );
  const inRows = cells.filter((c) => c.row >= rows.from && c.row <= rows.to);
  const columns = largest(
    clusters(
      inRows.map((c) => c.column).sort((a, b) => a - b),
      gap,
    ),
  );
  const inside = (c: FilledCell) =>
    c.row >= rows.from && c.row <= rows.to && c.column >= columns.from && c.column <= columns.to;
  let top = Infinity;
  let bottom = -Infinity;
  for (const c of cells) {
    if (!inside(c)) continue;
    if (c.row < top) top = c.row;
    if (c.row > bottom) bottom = c.row;
  }
  const outside = cells.filter((c) => !inside(c)).sort((a, b) => a.row - b.row || a.column - b.column);
  return { region: { top, left: columns.from, bottom, right: columns.to }, outside };
}

/** Cells named in the "cells-outside-table" problem at most; its count says how many there are. */
const OUTSIDE_NAMED = 10;

/** The one problem naming the filled cells left outside the table region (the first ten, and the count). */
export function outsideTableFinding(sheet: string, outside: readonly FilledCell[]): Finding {
  const cells = outside.slice(0, OUTSIDE_NAMED + 1).map((c) => a1(c.row, c.column));
  return cellsFinding(sheet, "cells-outside-table", cells, outside.length, OUTSIDE_NAMED);
}

/** A sheet skipped because its table region holds more than the cap's cells. */
export function sheetTooLargeFinding(sheet: string, cells: number): Finding {
  return { sheet, cell: "", severity: "error", code: "sheet-too-large", params: { cells } };
}
