/**
 * From the header cells to one column per role, resolving the cases where several columns could
 * take a role:
 * - a "Thực hiện"/"TH" column with a year before the newest year on the header or in the title's
 *   period ("TH năm 2021" beside "KH năm 2022") is the baseline (cùng kỳ), not the actual;
 * - plan: the first plan column ("KH năm" before "KH 6 tháng");
 * - actual: the actual column closest after the plan column, else the closest before it;
 * - percent: the first percent column after the actual, else the first;
 * - every other role: the first column that names it.
 * A blank name header is inferred: the unnamed column right after the code column, or right
 * before the unit column.
 */
import type { ColumnMap, ColumnRole } from "../model";
import type { HeaderCell } from "./find-header";

export interface ChosenColumns {
  columns: Partial<ColumnMap>;
  headers: Partial<Record<ColumnRole, string>>;
}

const ROLES: readonly ColumnRole[] = ["code", "name", "unit", "plan", "actual", "baseline", "percent", "note", "direction"];

/** Each cell's role once years are resolved (an older "TH năm 2021" becomes the baseline). */
function resolveRoles(cells: readonly HeaderCell[], referenceYear: number | null): (ColumnRole | null)[] {
  let newest = referenceYear ?? 0;
  for (const cell of cells) {
    if ((cell.role === "plan" || cell.role === "actual") && cell.year !== null) newest = Math.max(newest, cell.year);
  }
  return cells.map((cell) =>
    cell.role === "actual" && cell.year !== null && cell.year < newest ? "baseline" : cell.role,
  );
}

function closest(columns: readonly number[], after: number | undefined): number | undefined {
  if (columns.length === 0) return undefined;
  if (after === undefined) return columns[0];
  const later = columns.filter((c) => c > after);
  if (later.length > 0) return later[0];
  return columns[columns.length - 1];
}

export function chooseColumns(cells: readonly HeaderCell[], referenceYear: number | null = null): ChosenColumns {
  const roles = resolveRoles(cells, referenceYear);
  const byRole = new Map<ColumnRole, number[]>();
  roles.forEach((role, i) => {
    if (role === null) return;
    const list = byRole.get(role) ?? [];
    list.push(cells[i].column);
    byRole.set(role, list);
  });

  const columns: Partial<ColumnMap> = {};
  for (const role of ROLES) {
    const candidates = byRole.get(role) ?? [];
    if (candidates.length === 0) continue;
    if (role === "actual") columns.actual = closest(candidates, columns.plan);
    else if (role === "percent") columns.percent = closest(candidates, columns.actual);
    else columns[role] = candidates[0];
  }

  if (columns.name === undefined) {
    const named = new Set(cells.filter((_, i) => roles[i] !== null).map((c) => c.column));
    const texted = new Set(cells.map((c) => c.column));
    const free = (column: number) => column > 0 && !named.has(column) && !texted.has(column);
    if (columns.code !== undefined && free(columns.code + 1)) columns.name = columns.code + 1;
    else if (columns.unit !== undefined && free(columns.unit - 1)) columns.name = columns.unit - 1;
  }

  const headers: Partial<Record<ColumnRole, string>> = {};
  for (const role of ROLES) {
    const column = columns[role];
    const cell = column === undefined ? undefined : cells.find((c) => c.column === column);
    if (cell !== undefined) headers[role] = cell.text;
  }
  return { columns, headers };
}
