/**
 * From the blocks of cells a reader fetched (each a small dense rectangle), the grid of the sheet's
 * table region: the filled cells decide the region (src/core/table-region.ts), cells far outside it
 * become one "cells-outside-table" problem, a region over the cap is "sheet-too-large", and text over
 * Excel's 32,767 characters is cut with "cell-text-too-long". Pure: no Office.js.
 */
import { a1 } from "../core/address";
import type { CellRange, CellValue, Grid } from "../core/grid";
import { MAX_CELL_TEXT } from "../core/limits";
import type { Finding } from "../core/problems";
import { type FilledCell, findTableRegion, outsideTableFinding, sheetTooLargeFinding } from "../core/table-region";

/** A dense rectangle of cells as read: values[r][c] is the cell at (top + r, left + c). */
export interface CellBlock {
  top: number;
  left: number;
  values: CellValue[][];
  formats: (string | null)[][];
}

const filled = (v: CellValue): boolean => v !== null && v !== "";

function sheetFinding(sheet: string, cell: string, code: Finding["code"], params: Finding["params"]): Finding {
  return { sheet, cell, severity: "warning", code, params };
}

/** Cuts text over MAX_CELL_TEXT in place, one finding per cell cut. */
export function cutLongText(grid: Grid): Finding[] {
  const findings: Finding[] = [];
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "string" && v.length > MAX_CELL_TEXT) {
        row[c] = v.slice(0, MAX_CELL_TEXT);
        findings.push(
          sheetFinding(grid.sheet, a1(grid.top + r, grid.left + c), "cell-text-too-long", { length: v.length }),
        );
      }
    }),
  );
  return findings;
}

function filledCells(blocks: readonly CellBlock[]): FilledCell[] {
  const cells: FilledCell[] = [];
  for (const b of blocks)
    b.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (filled(v)) cells.push({ row: b.top + r, column: b.left + c });
      }),
    );
  return cells;
}

const overlaps = (a: CellRange, b: CellRange): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/**
 * The grid of the table region found in `blocks` (null when the region has more than `maxCells`
 * cells), with the findings about cells outside it, its size and over-long text.
 */
export function regionGrid(
  sheet: string,
  blocks: readonly CellBlock[],
  merges: CellRange[] | undefined,
  maxCells: number,
): { grid: Grid | null; findings: Finding[] } {
  const withMerges = (g: Grid, region: CellRange | null): Grid =>
    merges ? { ...g, merges: region ? merges.filter((m) => overlaps(m, region)) : [] } : g;
  const { region, outside } = findTableRegion(filledCells(blocks));
  if (!region)
    return { grid: withMerges({ sheet, top: 1, left: 1, values: [], numberFormats: [] }, null), findings: [] };
  const findings: Finding[] = outside.length ? [outsideTableFinding(sheet, outside)] : [];
  const height = region.bottom - region.top + 1;
  const width = region.right - region.left + 1;
  if (height * width > maxCells) {
    findings.push(sheetTooLargeFinding(sheet, height * width));
    return { grid: null, findings };
  }
  const only = blocks.length === 1 ? blocks[0] : null;
  let grid: Grid;
  if (
    only &&
    only.top === region.top &&
    only.left === region.left &&
    only.values.length === height &&
    only.values[0]?.length === width
  ) {
    grid = { sheet, top: region.top, left: region.left, values: only.values, numberFormats: only.formats };
  } else {
    const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
    const numberFormats: (string | null)[][] = Array.from({ length: height }, () =>
      new Array<string | null>(width).fill(null),
    );
    for (const b of blocks)
      b.values.forEach((row, r) => {
        const y = b.top + r - region.top;
        if (y < 0 || y >= height) return;
        row.forEach((v, c) => {
          const x = b.left + c - region.left;
          if (x < 0 || x >= width) return;
          values[y][x] = v;
          numberFormats[y][x] = b.formats[r]?.[c] ?? null;
        });
      });
    grid = { sheet, top: region.top, left: region.left, values, numberFormats };
  }
  grid = withMerges(grid, region);
  findings.push(...cutLongText(grid));
  return { grid, findings };
}
