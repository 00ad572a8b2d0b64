/**
 * From the header cells to one column per role, resolving the cases where several columns could
 * take a role:
 * - of two or more result columns of different years ("KH 2026 | TH 2026 | TH 2025"), the earlier
 *   ones are the baseline (cùng kỳ); a result column without a year counts as of the title's period,
 *   else of the plan's year. A lone result column is the actual whatever its year: in a mid-term
 *   review "Kết quả năm 2027" is the actual against "Mục tiêu đến năm 2030";
 * - plan: the adjusted plan ("KH điều chỉnh") where there is one, else the first plan column
 *   ("KH năm" before "KH 6 tháng");
 * - actual: the result column closest after the plan column, else the closest before it; but a
 *   period's own figure ("Thực hiện quý III") gives way to a cumulative column beside it ("Lũy kế
 *   đến hết quý III"), as a clerk reads them against the year's plan;
 * - percent: the first percent column after the actual, else the first;
 * - every other role: the first column that names it.
 * A blank name header is inferred: the unnamed column right after the code column, or right
 * before the unit column.
 */
import { COLUMN_ROLES, type ColumnMap, type ColumnRole } from "../model";
import type { HeaderCell } from "./find-header";
import { foldHeader, isCumulativeHeader } from "./header-vocabulary";

export interface ChosenColumns {
  columns: Partial<ColumnMap>;
  headers: Partial<Record<ColumnRole, string>>;
  /** Other columns whose header names the plan or a result too: the choice a person may want to check. */
  alternatives: { plan: number[]; actual: number[] };
}

const ROLES = COLUMN_ROLES;

/**
 * Each cell's role once years are resolved: of result columns of different years, the earlier
 * ones become the baseline ("TH năm 2021" beside "Ước TH năm 2022").
 */
function resolveRoles(cells: readonly HeaderCell[], referenceYear: number | null): (ColumnRole | null)[] {
  cells = withBareYearResults(cells, referenceYear);
  // A one-year plan dates the undated results ("KH 2026 | TH | TH 2025"); a target over years
  // ("Mục tiêu đến năm 2030") does not: its year is the horizon, not the year of any result.
  let planYear: number | null = null;
  for (const cell of cells)
    if (cell.role === "plan" && cell.year !== null && !TARGET_OVER_YEARS.test(foldHeader(cell.text)))
      planYear = Math.max(planYear ?? 0, cell.year);
  const yearOf = (cell: HeaderCell): number | null => cell.year ?? referenceYear ?? planYear;
  let newest: number | null = null;
  let results = 0;
  for (const cell of cells) {
    if (cell.role !== "actual") continue;
    results++;
    const year = yearOf(cell);
    // Stryker disable next-line ConditionalExpression: with no dated result every year is null and nothing becomes the baseline, whether newest is null or 0
    if (year !== null) newest = Math.max(newest ?? 0, year);
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a fast path; with one result nothing is older than the newest, and with no year nothing is older at all
  if (results < 2 || newest === null) return cells.map((cell) => cell.role);
  return cells.map((cell) => {
    const year = cell.role === "actual" ? yearOf(cell) : null;
    return year !== null && year < (newest as number) ? "baseline" : cell.role;
  });
}

/** "Năm 2027", "2027": a header that is a year and nothing else. */
const BARE_YEAR = /^(năm\s+)?(19[5-9]\d|20\d\d)$/i;

/** A plan that is a target over years ("Mục tiêu đến năm 2030", "NQ giai đoạn 2020-2025", "nhiệm kỳ"). */
const TARGET_OVER_YEARS = /\b(den|giai doan|nhiem ky)\b|\d{4} ?- ?\d{4}/;

/**
 * A review's result column may be headed by its year alone ("Mục tiêu đến năm 2030 | Năm 2027"):
 * with a plan column and no result column, bare-year headers are the results (the latest one the
 * actual, as with two result years). Against a one-year plan ("Kế hoạch năm 2024"), or in a report
 * of a later year, a bare earlier year ("Năm 2023") is last year's figure: the baseline, never the
 * actual.
 */
function withBareYearResults(cells: readonly HeaderCell[], referenceYear: number | null): readonly HeaderCell[] {
  const plans = cells.filter((c) => c.role === "plan");
  if (plans.length === 0 || cells.some((c) => c.role === "actual")) return cells;
  // Stryker disable next-line all: a fast path; the map below changes only the same bare-year cells
  if (!cells.some((c) => c.role === null && BARE_YEAR.test(c.text))) return cells;
  const target = plans.some((c) => TARGET_OVER_YEARS.test(foldHeader(c.text)));
  let planYear: number | null = null;
  for (const c of plans) if (c.year !== null) planYear = Math.max(planYear ?? 0, c.year);
  const current = target ? null : (planYear ?? referenceYear);
  return cells.map((c) => {
    if (c.role !== null || !BARE_YEAR.test(c.text)) return c;
    const earlier = current !== null && c.year !== null && c.year < current;
    return { ...c, role: earlier ? "baseline" : "actual" };
  });
}

/**
 * The result column a clerk reads against the plan: the chosen one, unless it is a period's own
 * figure with a cumulative column beside it ("Thực hiện quý III" | "Lũy kế đến hết quý III").
 */
function cumulativeBeside(cells: readonly HeaderCell[], candidates: readonly number[], chosen: number): number {
  // Stryker disable next-line StringLiteral,OptionalChaining: only columns of the header's own cells are asked, so the cell is always found
  const cumulative = (column: number) => isCumulativeHeader(cells.find((c) => c.column === column)?.text ?? "");
  if (cumulative(chosen)) return chosen;
  for (const column of [chosen + 1, chosen - 1]) if (candidates.includes(column) && cumulative(column)) return column;
  return chosen;
}

/** True when the header over `column` is "Đơn vị" alone (not "ĐVT", "Đơn vị tính"). */
function isBareUnitWord(cells: readonly HeaderCell[], column: number): boolean {
  const text = cells.find((c) => c.column === column)?.text ?? "";
  return foldHeader(text) === "don vi";
}

/** "Chỉ tiêu NQ", "Chỉ tiêu Nghị quyết": the name column alone, the target beside another name column. */
const RESOLUTION = /\b(nq|nghi quyet)\b/;

/**
 * "Chỉ tiêu | ĐVT | Chỉ tiêu NQ | Kết quả": with no plan column, a later "Chỉ tiêu Nghị quyết" beside
 * the name column is the resolution's target, not a second list of names.
 */
function resolutionTargetBesideName(cells: readonly HeaderCell[], byRole: Map<ColumnRole, number[]>): void {
  const names = byRole.get("name") ?? [];
  if (byRole.has("plan") || names.length < 2) return;
  const target = names
    .slice(1)
    .find((column) => RESOLUTION.test(foldHeader(cells.find((c) => c.column === column)?.text ?? "")));
  if (target === undefined) return;
  byRole.set(
    "name",
    names.filter((column) => column !== target),
  );
  byRole.set("plan", [target]);
}

/** "KH điều chỉnh", "Kế hoạch sau điều chỉnh"; not "Điều chỉnh tăng, giảm" (a difference). */
const ADJUSTED = /\bdieu chinh\b/;
const ADJUSTMENT_AMOUNT = /\b(tang|giam)\b/;

/**
 * The adjusted plan among several plan columns ("KH đầu năm | KH điều chỉnh | TH"): once the council
 * adjusts a plan, the result is measured against the adjusted one, not the plan first given.
 */
function adjustedPlan(cells: readonly HeaderCell[], candidates: readonly number[]): number | undefined {
  if (candidates.length < 2) return undefined;
  return candidates.find((column) => {
    const text = foldHeader(cells.find((c) => c.column === column)?.text ?? "");
    return ADJUSTED.test(text) && !ADJUSTMENT_AMOUNT.test(text);
  });
}

function closest(columns: readonly number[], after: number | undefined): number | undefined {
  // Stryker disable next-line ConditionalExpression: a redundant guard, only called with candidates; columns[0] of none is undefined too
  if (columns.length === 0) return undefined;
  if (after === undefined) return columns[0];
  // Stryker disable next-line EqualityOperator: two roles never share a column, so c is never equal to after
  const later = columns.filter((c) => c > after);
  if (later.length > 0) return later[0];
  return columns[columns.length - 1];
}

export function chooseColumns(cells: readonly HeaderCell[], referenceYear: number | null = null): ChosenColumns {
  const roles = resolveRoles(cells, referenceYear);
  const byRole = new Map<ColumnRole, number[]>();
  roles.forEach((role, i) => {
    // Stryker disable next-line ConditionalExpression: columns of no role would be listed under null, which no role reads
    if (role === null) return;
    const list = byRole.get(role) ?? [];
    list.push(cells[i].column);
    byRole.set(role, list);
  });

  resolutionTargetBesideName(cells, byRole);

  const columns: Partial<ColumnMap> = {};
  for (const role of ROLES) {
    const candidates = byRole.get(role) ?? [];
    if (candidates.length === 0) continue;
    if (role === "actual") {
      const nearest = closest(candidates, columns.plan) as number;
      columns.actual = cumulativeBeside(cells, candidates, nearest);
    } else if (role === "percent") columns.percent = closest(candidates, columns.actual);
    else if (role === "plan") columns.plan = adjustedPlan(cells, candidates) ?? candidates[0];
    else columns[role] = candidates[0];
  }

  // "Đơn vị" with no "Chỉ tiêu" column beside it heads the list of units (xã, phường) of a summary
  // typed by hand, not the units of measure: it is the name column (unit-summary.ts then skips it).
  if (columns.name === undefined && columns.unit !== undefined && isBareUnitWord(cells, columns.unit)) {
    columns.name = columns.unit;
    delete columns.unit;
  }
  if (columns.name === undefined) {
    // Stryker disable next-line all: a redundant set; every named column is a header cell, so in texted too
    const named = new Set(cells.filter((_, i) => roles[i] !== null).map((c) => c.column));
    const texted = new Set(cells.map((c) => c.column));
    const free = (column: number) => column > 0 && !named.has(column) && !texted.has(column);
    if (columns.code !== undefined && free(columns.code + 1)) columns.name = columns.code + 1;
    else if (columns.unit !== undefined && free(columns.unit - 1)) columns.name = columns.unit - 1;
  }

  const headers: Partial<Record<ColumnRole, string>> = {};
  for (const role of ROLES) {
    const column = columns[role];
    // Stryker disable next-line ConditionalExpression: a fast path; no header cell has an undefined column
    const cell = column === undefined ? undefined : cells.find((c) => c.column === column);
    if (cell !== undefined) headers[role] = cell.text;
  }
  const others = (role: "plan" | "actual") => (byRole.get(role) ?? []).filter((c) => c !== columns[role]);
  return { columns, headers, alternatives: { plan: others("plan"), actual: others("actual") } };
}
