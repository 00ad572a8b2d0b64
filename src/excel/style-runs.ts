/**
 * Groups plan cells by style into rectangles, so each style is written with a few ranges instead of
 * one request per cell: runs of neighbouring columns in a row, then identical runs on consecutive rows.
 */
import type { CellRange } from "../core/grid";
import type { PlanCell } from "../core/plan/types";

export function styleRectangles(cells: readonly PlanCell[]): Map<string, CellRange[]> {
  // style → row → sorted columns
  const byStyle = new Map<string, Map<number, number[]>>();
  for (const cell of cells) {
    if (!cell.style) continue;
    const rows = byStyle.get(cell.style) ?? new Map<number, number[]>();
    byStyle.set(cell.style, rows);
    rows.set(cell.row, [...(rows.get(cell.row) ?? []), cell.col]);
  }
  const out = new Map<string, CellRange[]>();
  for (const [style, rows] of byStyle) {
    const rects: CellRange[] = [];
    const open = new Map<string, CellRange>(); // "left:right" → rectangle still growing downwards
    for (const row of [...rows.keys()].sort((a, b) => a - b)) {
      const runs = toRuns([...new Set(rows.get(row))].sort((a, b) => a - b));
      const next = new Map<string, CellRange>();
      for (const [left, right] of runs) {
        const key = `${left}:${right}`;
        const rect = open.get(key);
        if (rect && rect.bottom === row - 1) {
          rect.bottom = row;
          next.set(key, rect);
        } else {
          const fresh = { top: row, left, bottom: row, right };
          rects.push(fresh);
          next.set(key, fresh);
        }
      }
      open.clear();
      for (const [k, v] of next) open.set(k, v);
    }
    out.set(style, rects);
  }
  return out;
}

function toRuns(columns: number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}
