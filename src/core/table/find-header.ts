/**
 * Finding the header of an indicator table: the row among the first ~30 that best matches the
 * header vocabulary, joined with the row above or below when the two form one header (a merged
 * group header "Năm 2022" over "Kế hoạch | Thực hiện", or "STT" / "Chỉ tiêu" merged over both),
 * plus a column-number row right below.
 */
import type { CellValue, Grid } from "../grid";
import type { ColumnRole } from "../model";
import type { CellTextReader } from "./cell-text";
import { isColumnNumberRow } from "./column-numbers";
import { headerRole, headerYear } from "./header-vocabulary";
import { createMergeLookup, type MergeLookup } from "./merges";

export const HEADER_SCAN_ROWS = 30;
/** Rows looked at below the first header-like row. */
const LOOK_FURTHER = 4;

/** One header cell: the (combined) text over a column and the role it names. */
export interface HeaderCell {
  /** Absolute sheet column. */
  column: number;
  text: string;
  role: ColumnRole | null;
  year: number | null;
}

export interface HeaderFound {
  /** Grid row indices (0-based) of the header rows, then the column-number row if any. */
  rows: number[];
  /** The non-empty header cells, left to right. */
  cells: HeaderCell[];
  /** Grid index of the first row below the header. */
  dataStart: number;
}

const WEIGHT: Record<ColumnRole, number> = {
  name: 3,
  plan: 2,
  actual: 2,
  code: 1,
  unit: 1,
  baseline: 1,
  percent: 1,
  note: 1,
  direction: 1,
};

const ROLE_BIT: Record<ColumnRole, number> = {
  name: 1,
  plan: 2,
  actual: 4,
  code: 8,
  unit: 16,
  baseline: 32,
  percent: 64,
  note: 128,
  direction: 256,
};

/** Bit, weight, bit, weight, …: each role's bit with its weight. */
const ROLE_WEIGHTS: number[] = (Object.keys(ROLE_BIT) as ColumnRole[]).flatMap((role) => [
  ROLE_BIT[role],
  WEIGHT[role],
]);

/** The roles named by a row's texts, as bits (ROLE_BIT). */
function rolesOfTexts(texts: readonly string[]): number {
  let roles = 0;
  for (const text of texts) {
    const role = headerRole(text); // "" → null
    // Stryker disable next-line ConditionalExpression: ROLE_BIT[null] is undefined, and roles | undefined leaves the roles as they are
    if (role !== null) roles |= ROLE_BIT[role];
  }
  return roles;
}

function scoreOfRoles(roles: number): number {
  let total = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads ROLE_WEIGHTS[length], undefined, and roles & undefined adds nothing
  for (let i = 0; i < ROLE_WEIGHTS.length; i += 2) if (roles & ROLE_WEIGHTS[i]) total += ROLE_WEIGHTS[i + 1];
  return total;
}

/** A header needs the name column and one more role, or both figures (the name header may be blank). */
function isHeader(roles: number): boolean {
  if (scoreOfRoles(roles) < 4) return false;
  return (roles & ROLE_BIT.name) !== 0 || ((roles & ROLE_BIT.plan) !== 0 && (roles & ROLE_BIT.actual) !== 0);
}

/** True when a row's texts read as a table header ("STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện"). */
export function isHeaderRow(texts: readonly string[]): boolean {
  return isHeader(rolesOfTexts(texts));
}

export interface FindHeaderOptions {
  /** Grid row to start looking at (a later table's header: the row the reading stopped at). */
  from?: number;
  /** The first grid row that may belong to the header (rows above belong to the table before). */
  floor?: number;
}

export function findHeader(grid: Grid, reader: CellTextReader, options: FindHeaderOptions = {}): HeaderFound | null {
  const height = grid.values.length;
  const width = grid.values[0]?.length ?? 0;
  const from = options.from ?? 0;
  const floor = Math.min(options.floor ?? 0, from);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a fast path; with no rows, no columns or a start at or past the last row the scan below finds no header and returns null too
  if (height === 0 || width === 0 || from >= height) return null;
  const scanEnd = Math.min(height, from + HEADER_SCAN_ROWS);
  // Stryker disable next-line MethodExpression: a wider window of merges; only rows from floor to scanEnd + 1 are ever looked up
  const merges = createMergeLookup(grid, Math.max(0, floor - 1), Math.min(height - 1, scanEnd + 1));

  const textAt = (row: number, col: number): string => {
    const source = merges.source(row, col);
    return source === null ? reader.text(row, col) : reader.text(source[0], source[1]);
  };
  const memo = new Map<number, string[]>();
  const rowTexts = (row: number): string[] => {
    let out = memo.get(row);
    // Stryker disable next-line ConditionalExpression: the memo; reading a row's texts again gives the same texts
    if (out === undefined) {
      out = [];
      for (let c = 0; c < width; c++) out.push(textAt(row, c));
      memo.set(row, out);
    }
    return out;
  };
  // While scanning, only the roles of each row (as bits) are needed: the HeaderCell objects, with
  // their years, are made for the chosen header alone (every sheet's title and first data rows are
  // new texts, which would otherwise each be looked up and remembered).
  const single = (row: number): HeaderCell[] => {
    const cells: HeaderCell[] = [];
    rowTexts(row).forEach((text, c) => {
      if (text.length > 0) cells.push({ column: grid.left + c, text, role: headerRole(text), year: headerYear(text) });
    });
    return cells;
  };

  // Scan the first rows; once a header is found, look only a few rows further for a better one
  // (the second row of a two-row header), and never past a row of figures: that is the table's
  // data, and a header below it belongs to another table (a first table of one indicator must not
  // lose its header to a fuller "Biểu số 2" header a few rows down).
  let best = -1;
  let bestScore = 0;
  let end = scanEnd;
  for (let r = from; r < end; r++) {
    if (best >= 0 && holdsFigures(grid.values[r])) break;
    const roles = rolesOfTexts(rowTexts(r));
    if (!isHeader(roles)) continue;
    const s = scoreOfRoles(roles);
    if (best < 0) end = Math.min(scanEnd, r + 1 + LOOK_FURTHER);
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  if (best < 0) return null;

  let rows = [best];
  let cells: HeaderCell[] | null = null;
  for (const partner of [best - 1, best + 1]) {
    if (partner < floor || partner >= height || holdsFigures(grid.values[partner])) continue;
    // Stryker disable next-line EqualityOperator: the partner is best - 1 or best + 1, never best itself
    const [upper, lower] = partner < best ? [partner, best] : [best, partner];
    if (
      linkedByMerge(merges, best, partner, width) ||
      hasGroupMerge(merges, upper, rowTexts(upper), rowTexts(lower)) ||
      scoreOfRoles(combinedRoles(rowTexts(upper), rowTexts(lower))) > bestScore
    ) {
      rows = [upper, lower];
      cells = combineRows(rowTexts(upper), rowTexts(lower), grid.left);
      break;
    }
  }
  cells ??= single(best);

  const next = rows[rows.length - 1] + 1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a row past the grid reads as blanks, which are no column-number row
  if (next < height && isColumnNumberRow(rowTexts(next))) rows = [...rows, next];
  return { rows, cells, dataStart: rows[rows.length - 1] + 1 };
}

/**
 * A row with two or more numbers (other than years, which group headers carry) is data, never the
 * other half of a header: a text cell beside it, e.g. a second table's "(năm trước)", must not
 * swallow an indicator row.
 */
function holdsFigures(row: readonly CellValue[] | undefined): boolean {
  let figures = 0;
  // Stryker disable next-line ArrayDeclaration: only a row past the grid is undefined, and a text in its place is no figure either
  for (const value of row ?? [])
    if (typeof value === "number" && !(Number.isInteger(value) && value >= 1900 && value <= 2100)) figures++;
  return figures >= 2;
}

/**
 * Two header rows as one. Where both rows have (different) text the texts are joined
 * ("Năm 2022 Kế hoạch"); the lower text names the role, except that a baseline or percent group
 * above wins ("Cùng kỳ" over "Thực hiện", "So sánh (%)" over "TH/CK"); an unnamed lower cell takes
 * the group's role ("Kế hoạch" over "Năm | 6 tháng").
 */
function combineRows(upper: readonly string[], lower: readonly string[], left: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let c = 0; c < upper.length; c++) {
    const top = upper[c];
    const bottom = lower[c];
    const text = bottom.length === 0 || top === bottom ? top : top.length === 0 ? bottom : `${top} ${bottom}`;
    if (text.length > 0)
      cells.push({ column: left + c, text, role: combinedRole(top, bottom), year: headerYear(text) });
  }
  return cells;
}

/** The role of one column of two header rows combined (see combineRows). */
function combinedRole(top: string, bottom: string): ColumnRole | null {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a fast path; with the lower text empty or the same, the lines below give the upper text's role too
  if (bottom.length === 0 || top === bottom) return headerRole(top);
  // Stryker disable next-line ConditionalExpression: a fast path; with the upper text empty, headerRole(top) is null and the line below gives the lower text's role too
  if (top.length === 0) return headerRole(bottom);
  const topRole = headerRole(top);
  return topRole === "baseline" || topRole === "percent" ? topRole : (headerRole(bottom) ?? topRole);
}

/** The roles (bits) of two header rows combined, without making their cells. */
function combinedRoles(upper: readonly string[], lower: readonly string[]): number {
  let roles = 0;
  for (let c = 0; c < upper.length; c++) {
    const role = combinedRole(upper[c], lower[c]);
    // Stryker disable next-line ConditionalExpression: ROLE_BIT[null] is undefined, and roles | undefined leaves the roles as they are
    if (role !== null) roles |= ROLE_BIT[role];
  }
  return roles;
}

/** True when a merge covers both rows (e.g. "STT" merged vertically over the two header rows). */
function linkedByMerge(merges: MergeLookup, row: number, partner: number, width: number): boolean {
  const low = Math.min(row, partner);
  const high = Math.max(row, partner);
  // Stryker disable next-line EqualityOperator: one step past the last column finds the merge of the next row's first column; one that spans both rows covers this row's first column too and was found there
  for (let c = 0; c < width; c++) {
    const range = merges.rangeAt(row, c);
    if (range !== null && range.top <= low && range.bottom >= high) return true;
  }
  return false;
}

/** Group headers are short: "Năm 2022", "Kế hoạch", "Ước thực hiện 6 tháng đầu năm 2022". */
const MAX_GROUP_TEXT = 40;

/**
 * True when the upper row holds a group header: a one-row merge over several columns, with short
 * text and text under it in the lower row, that does not span the whole header (a title merged
 * across the table is not a group header, nor is a group row "I. KINH TẾ" below a one-row header).
 */
function hasGroupMerge(
  merges: MergeLookup,
  upper: number,
  upperTexts: readonly string[],
  lowerTexts: readonly string[],
): boolean {
  // Stryker disable next-line EqualityOperator: one step past the last column finds the merge of the next row's first column, which does not start at that column and is skipped
  for (let c = 0; c < upperTexts.length; c++) {
    const range = merges.rangeAt(upper, c);
    if (range === null || range.left !== c || range.top !== upper || range.bottom !== upper) continue;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; a one-column merge has at most one text under it, refused by under >= 2 below
    if (range.right <= range.left) continue;
    const text = upperTexts[c];
    if (text.length === 0 || (text.length > MAX_GROUP_TEXT && headerRole(text) === null)) continue;
    let under = 0;
    for (let i = range.left; i <= range.right; i++) if (lowerTexts[i]?.length) under++;
    const outside = lowerTexts.some((t, i) => t.length > 0 && (i < range.left || i > range.right));
    if (under >= 2 && outside) return true;
  }
  return false;
}
