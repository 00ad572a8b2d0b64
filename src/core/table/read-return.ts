/**
 * Reading one sheet as a commune return (báo cáo chỉ tiêu): find the header, decide the columns
 * (the user's corrections win), read title, area and period above it, then the indicator rows.
 */
import { a1 } from "../address";
import type { Grid } from "../grid";
import type { ColumnMap, ColumnRole, ReadResult, ReturnTable } from "../model";
import { parseFigure } from "../numbers/parse-figure";
import type { Finding } from "../problems";
import { createCellTextReader, isEmptyValue, type CellTextReader } from "./cell-text";
import { chooseColumns, type ChosenColumns } from "./choose-columns";
import { findHeader, HEADER_SCAN_ROWS, type HeaderFound } from "./find-header";
import { readRows } from "./read-rows";
import { periodYear, titleInfo } from "./title-info";

export interface ReadReturnOptions {
  /** Column roles the user corrected (absolute sheet columns); they override what was detected. */
  columns?: Partial<ColumnMap>;
}

function isEmptyGrid(grid: Grid): boolean {
  for (const row of grid.values) for (const value of row) if (!isEmptyValue(value)) return false;
  return true;
}

/** A row's non-empty cell texts (title rows). */
function rowTexts(grid: Grid, reader: CellTextReader, r: number): string[] {
  const texts: string[] = [];
  for (let c = 0; c < grid.values[r].length; c++) {
    const text = reader.text(r, c);
    if (text.length > 0) texts.push(text);
  }
  return texts;
}

/**
 * User corrections over detected columns. A column takes one role: giving a role a column that
 * another role had takes it away from the other. A role given as undefined is removed.
 */
export function applyColumnOverrides(detected: Partial<ColumnMap>, overrides: Partial<ColumnMap>): Partial<ColumnMap> {
  const columns: Partial<ColumnMap> = { ...detected };
  for (const [key, column] of Object.entries(overrides) as [ColumnRole, number | undefined][]) {
    if (column === undefined) {
      delete columns[key];
      continue;
    }
    for (const other of Object.keys(columns) as ColumnRole[]) {
      if (other !== key && columns[other] === column) delete columns[other];
    }
    columns[key] = column;
  }
  return columns;
}

/**
 * With no header found but a name column given by the user: the data starts at the first row with a
 * figure in the plan or actual column (within the header scan window), else at the top.
 */
function firstFigureRow(grid: Grid, columns: Partial<ColumnMap>): number {
  const limit = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    for (const column of [columns.plan, columns.actual]) {
      if (column === undefined) continue;
      const value = grid.values[r][column - grid.left];
      if (value === undefined) continue;
      const kind = parseFigure(value, grid.numberFormats?.[r]?.[column - grid.left] ?? null).kind;
      if (kind === "number" || kind === "fraction" || kind === "binary") return r;
    }
  }
  return 0;
}

function headersFor(columns: Partial<ColumnMap>, header: HeaderFound | null, chosen: ChosenColumns) {
  const headers: Partial<Record<ColumnRole, string>> = {};
  for (const role of Object.keys(columns) as ColumnRole[]) {
    const column = columns[role];
    const text =
      column === chosen.columns[role] ? chosen.headers[role] : header?.cells.find((c) => c.column === column)?.text;
    if (text !== undefined) headers[role] = text;
  }
  return headers;
}

export function readReturn(grid: Grid, options: ReadReturnOptions = {}): ReadResult {
  const sheet = grid.sheet;
  const sheetFinding = (code: Finding["code"], severity: Finding["severity"]): Finding => ({
    sheet,
    cell: "",
    severity,
    code,
  });
  if (isEmptyGrid(grid)) return { table: null, findings: [sheetFinding("sheet-empty", "warning")] };

  const reader = createCellTextReader(grid);
  const overrides = options.columns ?? {};
  const header = findHeader(grid, reader);
  if (header === null && overrides.name === undefined) {
    return { table: null, findings: [sheetFinding("sheet-no-header", "error")] };
  }

  const dataStart = header?.dataStart ?? firstFigureRow(grid, overrides);
  const titleEnd = header?.rows[0] ?? dataStart;
  const titleRows: string[][] = [];
  for (let r = 0; r < titleEnd; r++) titleRows.push(rowTexts(grid, reader, r));
  const info = titleInfo(titleRows, sheet);

  const chosen: ChosenColumns = header
    ? chooseColumns(header.cells, periodYear(info.period))
    : { columns: {}, headers: {} };
  const columns = applyColumnOverrides(chosen.columns, overrides);
  if (columns.name === undefined) return { table: null, findings: [sheetFinding("sheet-no-header", "error")] };
  const map: ColumnMap = { ...columns, name: columns.name };

  // A list with names but neither a plan nor a result column (a criteria checklist, a contact
  // list) is not a return: skip it, with a warning rather than an error.
  if (map.plan === undefined && map.actual === undefined && map.baseline === undefined)
    return { table: null, findings: [sheetFinding("sheet-no-header", "warning")] };

  const findings: Finding[] = [];
  if (map.plan === undefined) findings.push(sheetFinding("sheet-no-plan-column", "warning"));
  if (map.actual === undefined) findings.push(sheetFinding("sheet-no-actual-column", "warning"));

  const rows = readRows(grid, reader, map, dataStart);
  const legacy = reader.legacy();
  if (legacy !== null) {
    findings.push({
      sheet,
      cell: a1(grid.top + legacy.row, grid.left + legacy.col),
      severity: "warning",
      code: "legacy-encoding",
      params: { encoding: legacy.encoding },
    });
  }
  findings.push(...rows.findings);

  const table: ReturnTable = {
    sheet,
    title: info.title,
    area: info.area,
    period: info.period,
    headerRows: (header?.rows ?? []).map((r) => grid.top + r),
    columns: map,
    columnHeaders: headersFor(map, header, chosen),
    indicators: rows.indicators,
    legacyEncoding: legacy?.encoding ?? null,
  };
  return { table, findings };
}
