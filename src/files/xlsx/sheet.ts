/**
 * One worksheet's XML → the core's Grid, sparse first: the filled cells are collected (row, column,
 * value, style), cells covered by a merge (not its top-left) are emptied as Excel shows them, the
 * table's region is found from the filled cells (core/table-region), and only that window is built.
 * Filled cells far outside it become one "cells-outside-table" finding; a region or a sheet with
 * more cells than MAX_CELLS_PER_SHEET is skipped with "sheet-too-large"; text over Excel's limit is
 * cut with "cell-text-too-long". Values are what Office.js would give: cached formula results,
 * rich text as plain text, dates as serial numbers in the file's own date system.
 */
import { a1 } from "../../core/address";
import type { CellRange, CellValue, Grid } from "../../core/grid";
import { MAX_CELLS_PER_SHEET, MAX_CELL_TEXT, TABLE_GAP } from "../../core/limits";
import type { Finding } from "../../core/problems";
import { type RegionResult, findTableRegion, outsideTableFinding, sheetTooLargeFinding } from "../../core/table-region";
import { readStringItem } from "./parts";
import { Token, XmlScanner, attributes, rawAttribute } from "./xml";

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
/** Merged areas kept per sheet at most (a real return has tens). */
const MAX_MERGES = 10_000;
/** Hidden rows listed per sheet at most (like merges, all are kept as the sheet has them, up to this). */
const MAX_HIDDEN_ROWS = 100_000;
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;
const DATE_1904_OFFSET = 1462;

export interface SheetContext {
  name: string;
  part: string;
  sharedStrings: readonly string[];
  cellFormats: readonly (string | null)[];
  date1904: boolean;
}

export interface SheetResult {
  grid: Grid | null;
  findings: Finding[];
}

/** Sparse cells in the order the XML gives them. */
interface Cells {
  rows: number[];
  columns: number[];
  values: CellValue[];
  styles: number[];
  /** Filled cells seen, including any not kept past the cap. */
  seen: number;
}

/** "B12" → [12, 2]; null when it is no cell reference in the sheet's bounds. */
export function parseCellRef(ref: string): [number, number] | null {
  let i = 0;
  let column = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    const upper = c >= 97 ? c - 32 : c;
    if (upper < 65 || upper > 90) break;
    column = column * 26 + (upper - 64);
  }
  if (i === 0 || i > 3 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  if (row < 1 || row > MAX_ROW || column > MAX_COLUMN) return null;
  return [row, column];
}

function parseRange(ref: string): CellRange | null {
  const [a, b = a] = ref.split(":");
  const from = parseCellRef(a.replace(/\$/g, ""));
  const to = parseCellRef(b.replace(/\$/g, ""));
  if (!from || !to) return null;
  return {
    top: Math.min(from[0], to[0]),
    left: Math.min(from[1], to[1]),
    bottom: Math.max(from[0], to[0]),
    right: Math.max(from[1], to[1]),
  };
}

function isoToSerial(text: string, date1904: boolean): CellValue {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return { error: "#VALUE!" };
  const serial = UNIX_EPOCH_SERIAL + ms / MS_PER_DAY - (date1904 ? DATE_1904_OFFSET : 0);
  return Math.round(serial * 1e9) / 1e9;
}

/** A cell's value from its type attribute and the raw text of <v> (or an inline string). */
function cellValue(type: string | undefined, v: string | null, inline: string | null, ctx: SheetContext): CellValue {
  switch (type) {
    case "s": {
      if (v === null) return null;
      const s = ctx.sharedStrings[parseInt(v, 10)];
      return s === undefined ? null : s;
    }
    case "inlineStr":
      return inline ?? v;
    case "str":
      return v;
    case "b":
      return v === null ? null : v.trim() === "1" || v.trim() === "true";
    case "e":
      return v === null ? null : { error: v };
    case "d":
      return v === null ? null : isoToSerial(v, ctx.date1904);
    default: {
      if (v === null || v.trim() === "") return null;
      const n = parseFloat(v);
      return Number.isFinite(n) ? n : { error: "#NUM!" };
    }
  }
}

function readCells(scanner: XmlScanner, ctx: SheetContext, hiddenRows: number[], merges: CellRange[]): Cells {
  const cells: Cells = { rows: [], columns: [], values: [], styles: [], seen: 0 };
  let row = 0;
  let column = 0;
  let inSheetData = false;
  for (let t = scanner.next(); t !== Token.End; t = scanner.next()) {
    if (t === Token.Close) {
      if (scanner.name === "sheetData") inSheetData = false;
      continue;
    }
    if (t !== Token.Open) continue;
    const name = scanner.name;
    if (name === "sheetData") inSheetData = !scanner.selfClosing;
    else if (inSheetData && name === "row") {
      const a = { r: rawAttribute(scanner.attrs, "r"), hidden: rawAttribute(scanner.attrs, "hidden") };
      const r = a.r !== undefined ? Number(a.r) : row + 1;
      if (!Number.isInteger(r) || r < 1 || r > MAX_ROW) scanner.fail(`bad row number "${a.r}"`);
      row = r;
      column = 0;
      if ((a.hidden === "1" || a.hidden === "true") && hiddenRows.length < MAX_HIDDEN_ROWS) hiddenRows.push(row);
    } else if (inSheetData && name === "c") {
      const raw = scanner.attrs;
      const a = { r: rawAttribute(raw, "r"), s: rawAttribute(raw, "s"), t: rawAttribute(raw, "t") };
      if (a.r !== undefined) {
        const at = parseCellRef(a.r);
        if (!at) scanner.fail(`bad cell reference "${a.r.slice(0, 20)}"`);
        [row, column] = at;
      } else {
        column++;
        if (row === 0) row = 1;
        if (column > MAX_COLUMN) scanner.fail("too many cells in a row");
      }
      if (scanner.selfClosing) continue;
      let v: string | null = null;
      let inline: string | null = null;
      for (let depth = 1; depth > 0;) {
        const u = scanner.next();
        if (u === Token.End) scanner.fail("unclosed cell");
        if (u === Token.Close) depth--;
        else if (u === Token.Open) {
          if (scanner.name === "v") v = scanner.readText();
          else if (scanner.name === "is") inline = readStringItem(scanner);
          else scanner.skipElement();
        }
      }
      const value = cellValue(a.t, v, inline, ctx);
      if (value === null || value === "") continue;
      cells.seen++;
      if (cells.seen > MAX_CELLS_PER_SHEET) continue; // counted, not kept: the sheet is skipped
      cells.rows.push(row);
      cells.columns.push(column);
      cells.values.push(value);
      cells.styles.push(a.s !== undefined ? parseInt(a.s, 10) : 0);
    } else if (name === "mergeCell") {
      const ref = attributes(scanner.attrs, ctx.part).ref;
      const range = ref !== undefined ? parseRange(ref) : null;
      if (range && merges.length < MAX_MERGES) merges.push(range);
    }
  }
  return cells;
}

/** Empties cells covered by a merge other than its top-left, as Excel shows them. */
function clearMergedCells(cells: Cells, merges: readonly CellRange[]): void {
  if (merges.length === 0) return;
  // Index the filled cells by row so each merge looks only at the rows it spans.
  const byRow = new Map<number, number[]>();
  cells.rows.forEach((r, i) => {
    const list = byRow.get(r);
    if (list) list.push(i);
    else byRow.set(r, [i]);
  });
  const filledRows = [...byRow.keys()].sort((a, b) => a - b);
  for (const m of merges) {
    let lo = 0;
    let hi = filledRows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (filledRows[mid] < m.top) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < filledRows.length && filledRows[k] <= m.bottom; k++) {
      for (const i of byRow.get(filledRows[k])!) {
        const c = cells.columns[i];
        if (c < m.left || c > m.right) continue;
        if (cells.rows[i] === m.top && c === m.left) continue;
        cells.values[i] = null;
      }
    }
  }
}

/**
 * The common case, found without sorting: when no run of more than TABLE_GAP empty rows or columns
 * splits the filled cells, findTableRegion's answer is their bounding box with nothing outside.
 * Null otherwise (then findTableRegion decides).
 */
function boundingBoxWithoutGaps(cells: Cells, filled: readonly number[]): RegionResult | null {
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  for (const i of filled) {
    const r = cells.rows[i];
    const c = cells.columns[i];
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  const noGap = (from: number, to: number, at: (i: number) => number): boolean => {
    if (to - from <= TABLE_GAP) return true;
    if (to - from + 1 > 1 << 20) return false;
    const seen = new Uint8Array(to - from + 1);
    for (const i of filled) seen[at(i) - from] = 1;
    let empty = 0;
    for (let k = 0; k < seen.length; k++) {
      empty = seen[k] ? 0 : empty + 1;
      if (empty > TABLE_GAP) return false;
    }
    return true;
  };
  if (!noGap(top, bottom, (i) => cells.rows[i]) || !noGap(left, right, (i) => cells.columns[i])) return null;
  return { region: { top, left, bottom, right }, outside: [] };
}

export function readSheet(xml: string, ctx: SheetContext): SheetResult {
  const findings: Finding[] = [];
  const scanner = new XmlScanner(xml, ctx.part);
  const hiddenRows: number[] = [];
  const merges: CellRange[] = [];
  const cells = readCells(scanner, ctx, hiddenRows, merges);
  const empty: Grid = { sheet: ctx.name, top: 1, left: 1, values: [], numberFormats: [], merges, hiddenRows };
  if (cells.seen > MAX_CELLS_PER_SHEET) {
    findings.push(sheetTooLargeFinding(ctx.name, cells.seen));
    return { grid: null, findings };
  }
  clearMergedCells(cells, merges);
  const filled: number[] = [];
  for (let i = 0; i < cells.values.length; i++) if (cells.values[i] !== null) filled.push(i);
  if (filled.length === 0) return { grid: empty, findings };
  const { region, outside } =
    boundingBoxWithoutGaps(cells, filled) ??
    findTableRegion(filled.map((i) => ({ row: cells.rows[i], column: cells.columns[i] })));
  if (!region) return { grid: empty, findings };
  if (outside.length > 0) findings.push(outsideTableFinding(ctx.name, outside));
  const height = region.bottom - region.top + 1;
  const width = region.right - region.left + 1;
  if (height * width > MAX_CELLS_PER_SHEET) {
    findings.push(sheetTooLargeFinding(ctx.name, height * width));
    return { grid: null, findings };
  }
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () =>
    new Array<string | null>(width).fill(null),
  );
  for (const i of filled) {
    const r = cells.rows[i] - region.top;
    const c = cells.columns[i] - region.left;
    if (r < 0 || r >= height || c < 0 || c >= width) continue;
    let value = cells.values[i];
    if (typeof value === "string" && value.length > MAX_CELL_TEXT) {
      findings.push({
        sheet: ctx.name,
        cell: a1(cells.rows[i], cells.columns[i]),
        severity: "warning",
        code: "cell-text-too-long",
        params: { length: value.length },
      });
      value = value.slice(0, MAX_CELL_TEXT);
    }
    values[r][c] = value;
    numberFormats[r][c] = ctx.cellFormats[cells.styles[i]] ?? null;
  }
  return {
    grid: {
      sheet: ctx.name,
      top: region.top,
      left: region.left,
      values,
      numberFormats,
      merges: merges.sort((a, b) => a.top - b.top || a.left - b.left),
      hiddenRows,
    },
    findings,
  };
}
