/**
 * A summary typed by hand (bảng tổng hợp) inside a workbook of communes: a sheet "Tổng hợp" whose
 * rows are the units ("Xã Trạm Tấu", "Phường 5", or the names of the other sheets' communes) with a
 * "Tổng cộng" row. It is not a return: read as one, it became a commune with no name whose
 * "indicators" were communes. Recognised here from the table read off it; its figure columns
 * (with the indicator each names) are read so that its totals can be checked against the returns.
 */
import { areaKey } from "../consolidate/area-names";
import type { Grid } from "../grid";
import type { ReturnTable, SourceIndicator } from "../model";
import { parseFigure } from "../numbers/parse-figure";
import { foldForMatch } from "../text/normalize";
import { createCellTextReader, type CellTextReader } from "./cell-text";
import { isColumnNumberRow } from "./column-numbers";
import { findHeader } from "./find-header";
import { headerRole } from "./header-vocabulary";

/**
 * "Xã Trạm Tấu", "XÃ TRẠM TẤU", "Phường 5", "Thị trấn Mù Cang Chải", "Đặc khu Phú Quốc": a unit word
 * in any case, then a name starting with a capital or a digit ("Xã đạt chuẩn nông thôn mới" is an
 * indicator). The name's first character is tested apart: under the `i` flag, \p{Lu} matches "đ" too.
 */
const UNIT_NAME = /^(xã|phường|thị trấn|đặc khu)\s+(\S)/iu;
const NAME_START = /[\p{Lu}\d]/u;
const UNIT_START = /^(xã|phường|thị trấn|đặc khu)\s/i;
/** "Tổng cộng", "Tổng số", "Cộng", "Toàn xã", "Tổng" (folded). */
const TOTAL = /^(tong cong|tong so|tong|cong|toan (huyen|tinh|xa|phuong|khu vuc))\b/;
/** "TỔNG HỢP ... CÁC XÃ", a sheet named "Tổng hợp" / "TH" (folded). */
const SUMMARY_TITLE = /\btong hop\b/;
const SUMMARY_SHEET = /^(tong hop|th|tong hop cac xa|bieu tong hop)$/;
const NO_AREAS: ReadonlySet<string> = new Set();

function isTitledSummary(table: ReturnTable): boolean {
  // Stryker disable next-line StringLiteral: a table with no title; any text without "tổng hợp" in it gives the same answer
  return SUMMARY_TITLE.test(foldForMatch(table.title ?? "")) || SUMMARY_SHEET.test(foldForMatch(table.sheet));
}

/**
 * The cheap first test: a sheet titled or named "tổng hợp", or with two rows or more starting with
 * a unit word (a return's indicator names rarely do). Only such sheets are looked at further.
 */
export function mayBeUnitSummary(table: ReturnTable): boolean {
  if (isTitledSummary(table)) return true;
  let starts = 0;
  for (const indicator of table.indicators) if (UNIT_START.test(indicator.name) && ++starts >= 2) return true;
  return false;
}
/** Share of rows (other than the total) that must name units. */
const UNIT_SHARE = 0.6;

export interface UnitSummary {
  sheet: string;
  /** The rows naming units, in order. */
  units: SourceIndicator[];
  /** The "Tổng cộng" row, when there is one. */
  total: SourceIndicator | null;
  /** The column holding the unit names. */
  nameColumn: number;
}

function isUnitName(name: string, knownAreaKeys: ReadonlySet<string>): boolean {
  return NAME_START.test(UNIT_NAME.exec(name)?.[2] ?? "") || knownAreaKeys.has(areaKey(name));
}

/**
 * The table as a hand-typed summary of units, or null when it is a return. Rows naming units must
 * be at least two and most of the rows; and the title or sheet name says "tổng hợp", or there is a
 * total row, or three units or more. `knownAreaKeys` gives the areaKey of the areas of the workbook's
 * other sheets (a summary may list "Trạm Tấu" without "Xã"); asked only of a likely summary.
 */
export function unitSummaryOf(
  table: ReturnTable,
  knownAreaKeys: () => ReadonlySet<string> = () => NO_AREAS,
): UnitSummary | null {
  if (!mayBeUnitSummary(table)) return null;
  const titled = isTitledSummary(table);
  const known = knownAreaKeys();
  const units: SourceIndicator[] = [];
  let total: SourceIndicator | null = null;
  let others = 0;
  // The sum rows the reader kept apart ("Tổng cộng") take their place among the rows again.
  const rows = table.totalRows
    ? [...table.indicators, ...table.totalRows].sort((a, b) => a.row - b.row)
    : table.indicators;
  for (const indicator of rows) {
    if (total === null && TOTAL.test(foldForMatch(indicator.name))) total = indicator;
    else if (isUnitName(indicator.name, known)) units.push(indicator);
    else others++;
  }
  if (units.length < 2 || units.length < UNIT_SHARE * (units.length + others)) return null;
  if (!titled && total === null && units.length < 3) return null;
  return { sheet: table.sheet, units, total, nameColumn: table.columns.name };
}

/** One figure column of a summary: what it holds, each unit's figure and the hand total. */
export interface SummaryColumn {
  /** Absolute sheet column, and its header text (group and own joined). */
  column: number;
  header: string;
  /** The words naming the indicator ("Thu ngân sách"), or null when the header names only plan/actual. */
  indicator: string | null;
  role: "plan" | "actual";
  /** Figures of the unit rows, in the order of `UnitSummary.units` (null where not a number). */
  values: (number | null)[];
  total: number | null;
}

/**
 * The figure columns of a summary sheet, from its header: "Kế hoạch" / "Thực hiện" (the indicator
 * named by the title), an indicator's name over "KH | TH", or an indicator's name alone (its
 * result). The unit and code columns, notes and % columns are left out.
 */
export function summaryColumns(grid: Grid, summary: UnitSummary): SummaryColumn[] {
  const reader = createCellTextReader(grid);
  const header = findHeader(grid, reader);
  if (header === null) return [];
  const named = header.rows.filter((r) => !isColumnNumberRow(rowTexts(reader, grid, r)));
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a one-row header as its own upper row reads each cell's own text as its group, which splitHeader reads as no group
  const upper = named.length > 1 ? named[0] : null;
  const lower = named[named.length - 1];
  const columns: SummaryColumn[] = [];
  // Stryker disable next-line EqualityOperator,OptionalChaining: a header was found, so the grid has rows; one step past the end reads an empty header, which is no figure column
  for (let c = 0; c < (grid.values[0]?.length ?? 0); c++) {
    const column = grid.left + c;
    // Stryker disable next-line ConditionalExpression: a fast path; the name column's cells (units and the total row) hold names, not numbers, so it is skipped below as a column with no figure
    if (column === summary.nameColumn) continue;
    const own = reader.text(lower, c);
    const group = upper === null ? "" : groupText(grid, reader, upper, c);
    const split = splitHeader(group, own);
    if (split === null) continue;
    const values = summary.units.map((unit) => numberAt(grid, unit.row, column));
    const total = summary.total ? numberAt(grid, summary.total.row, column) : null;
    if (values.every((v) => v === null) && total === null) continue;
    columns.push({ column, header: [split.group, own].filter(Boolean).join(" "), ...split.what, values, total });
  }
  return columns;
}

function rowTexts(reader: CellTextReader, grid: Grid, row: number): string[] {
  return grid.values[row].map((_, c) => reader.text(row, c));
}

/** The upper header row's text over column c: its own, or the text of the merged group it lies under. */
function groupText(grid: Grid, reader: CellTextReader, row: number, c: number): string {
  const own = reader.text(row, c);
  if (own.length > 0) return own;
  const sheetRow = grid.top + row;
  const sheetColumn = grid.left + c;
  // Stryker disable next-line ArrayDeclaration: a merge that is not a range has undefined bounds and covers no cell
  for (const merge of grid.merges ?? []) {
    if (merge.top <= sheetRow && merge.bottom >= sheetRow && merge.left <= sheetColumn && merge.right >= sheetColumn)
      return reader.text(merge.top - grid.top, merge.left - grid.left);
  }
  return "";
}

/** What a figure column's header says: which indicator (if any) and plan or actual; null for other columns. */
function splitHeader(
  group: string,
  own: string,
): { group: string; what: { indicator: string | null; role: "plan" | "actual" } } | null {
  const ownRole = headerRole(own);
  const groupRole = headerRole(group);
  if (ownRole === "plan" || ownRole === "actual") {
    const named = group.length > 0 && groupRole === null ? group : null;
    return { group: named ?? "", what: { indicator: named, role: ownRole } };
  }
  if (ownRole !== null || own.length === 0) return null;
  // An indicator's name alone over its figures: its result.
  if (groupRole === "plan" || groupRole === "actual") return { group, what: { indicator: own, role: groupRole } };
  return { group: "", what: { indicator: own, role: "actual" } };
}

function numberAt(grid: Grid, sheetRow: number, sheetColumn: number): number | null {
  // Stryker disable next-line OptionalChaining: the unit and total rows are rows of the grid
  const value = grid.values[sheetRow - grid.top]?.[sheetColumn - grid.left];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a fast path; parseFigure reads null and undefined as blank, which is no number
  if (value === undefined || value === null) return null;
  // Stryker disable next-line OptionalChaining: numberFormats, when given, has the shape of values
  const figure = parseFigure(value, grid.numberFormats?.[sheetRow - grid.top]?.[sheetColumn - grid.left] ?? null);
  return figure.kind === "number" ? figure.value : null;
}
