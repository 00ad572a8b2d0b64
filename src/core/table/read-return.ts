/**
 * Reading one sheet as a commune return (báo cáo chỉ tiêu), in steps: find the first table's header,
 * read title, area and period above it, decide each table's columns (the user's corrections win),
 * read the tables one after another (read-regions.ts), then say what could not be read.
 */
import { a1 } from "../address";
import type { Grid } from "../grid";
import type { ColumnMap, ColumnRole, ReadResult, ReturnTable, TableRegion } from "../model";
import { parseFigure } from "../numbers/parse-figure";
import type { Finding } from "../problems";
import { createCellTextReader, isEmptyValue, type CellTextReader } from "./cell-text";
import { findHeader, HEADER_SCAN_ROWS, type HeaderFound } from "./find-header";
import { detectColumns, readRegions, type DecideColumns, type RegionColumns, type RegionRead } from "./read-regions";
import { periodYear, titleInfo, type TitleInfo } from "./title-info";

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
  // Stryker disable next-line EqualityOperator: one step past the row's end reads "", which is skipped
  for (let c = 0; c < grid.values[r].length; c++) {
    const text = reader.text(r, c);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a redundant guard; titleInfo drops empty texts itself
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
      // Stryker disable next-line ConditionalExpression: a fast path; an unnamed column reads undefined, skipped just below
      if (column === undefined) continue;
      const value = grid.values[r][column - grid.left];
      // Stryker disable next-line ConditionalExpression: a fast path; parseFigure reads undefined as blank, which is no figure
      if (value === undefined) continue;
      const kind = parseFigure(value, grid.numberFormats?.[r]?.[column - grid.left] ?? null).kind;
      if (kind === "number" || kind === "fraction" || kind === "binary") return r;
    }
  }
  return 0;
}

/** The header texts over the columns the user moved: the header cell's text at the new column. */
function headersFor(
  columns: Partial<ColumnMap>,
  header: HeaderFound | null,
  detected: RegionColumns,
): Partial<Record<ColumnRole, string>> {
  const headers: Partial<Record<ColumnRole, string>> = {};
  for (const role of Object.keys(columns) as ColumnRole[]) {
    const column = columns[role];
    const text =
      // Stryker disable next-line ConditionalExpression: a fast path; a detected role's header is the text of the header cell at its column, found either way
      column === detected.columns[role] ? detected.headers[role] : header?.cells.find((c) => c.column === column)?.text;
    if (text !== undefined) headers[role] = text;
  }
  return headers;
}

/** Title, area and period from the rows above the first table. */
function readTitle(grid: Grid, reader: CellTextReader, titleEnd: number): TitleInfo {
  const titleRows: string[][] = [];
  for (let r = 0; r < titleEnd; r++) titleRows.push(rowTexts(grid, reader, r));
  return titleInfo(titleRows, grid.sheet);
}

/**
 * How each table's columns are decided: detected from its own header; the user's corrections
 * (absolute sheet columns, one set per sheet) apply to the first table and to any later table laid
 * out like it, never to a table whose header puts the columns elsewhere.
 */
function columnDecider(referenceYear: number | null, overrides: Partial<ColumnMap>): DecideColumns {
  let firstLayout: string | null = null;
  return (header, index) => {
    const detected = detectColumns(header, referenceYear);
    const layout = JSON.stringify(detected.columns);
    if (index === 0) firstLayout = layout;
    if (index > 0 && layout !== firstLayout) return detected;
    const columns = applyColumnOverrides(detected.columns, overrides);
    const alternatives = {
      plan: detected.alternatives.plan.filter((c) => c !== columns.plan),
      actual: detected.alternatives.actual.filter((c) => c !== columns.actual),
    };
    return { detected: detected.columns, columns, headers: headersFor(columns, header, detected), alternatives };
  };
}

/** The texts of a header, as the user sees them in a message: «STT» «Chỉ tiêu» «ĐVT» … */
function headerTexts(header: HeaderFound | null): string {
  return (header?.cells ?? []).map((c) => `«${c.text}»`).join(" ");
}

/** A table without a plan or an actual column: said once per table, naming its header row and texts. */
function missingColumnFindings(grid: Grid, regions: readonly RegionRead[]): Finding[] {
  const findings: Finding[] = [];
  for (const region of regions) {
    const params = {
      row: region.header ? grid.top + region.header.rows[0] : "",
      headers: headerTexts(region.header),
    };
    const at = { sheet: grid.sheet, cell: "", severity: "warning" as const, params };
    if (region.columns.plan === undefined) findings.push({ ...at, code: "sheet-no-plan-column" });
    if (region.columns.actual === undefined) findings.push({ ...at, code: "sheet-no-actual-column" });
  }
  return findings;
}

/** The return's own regions, as the model keeps them (sheet rows; the reading's details dropped). */
function tableRegions(grid: Grid, regions: readonly RegionRead[]): TableRegion[] {
  return regions.map((region) => ({
    headerRows: (region.header?.rows ?? []).map((r) => grid.top + r),
    columns: region.columns,
    columnHeaders: region.headers,
    alternatives: region.alternatives,
    percentFitsOther: region.percentFitsOther,
    title: region.title,
    firstIndicator: region.firstIndicator,
    indicatorCount: region.indicatorCount,
  }));
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
  // Stryker disable next-line ConditionalExpression,BlockStatement: a fast path; with no header and no name column given, the columns decided below have no name either and are refused with the same error
  if (header === null && overrides.name === undefined) {
    return { table: null, findings: [sheetFinding("sheet-no-header", "error")] };
  }

  const dataStart = header?.dataStart ?? firstFigureRow(grid, overrides);
  const info = readTitle(grid, reader, header?.rows[0] ?? dataStart);
  const decide = columnDecider(periodYear(info.period), overrides);
  const firstDecided = decide(header, 0);
  const firstColumns = firstDecided.columns;
  if (firstColumns.name === undefined) return { table: null, findings: [sheetFinding("sheet-no-header", "error")] };

  // A list with names but neither a plan nor a result column (a criteria checklist, a contact
  // list) is not a return: skip it, with a warning rather than an error.
  if (firstColumns.plan === undefined && firstColumns.actual === undefined && firstColumns.baseline === undefined)
    return { table: null, findings: [sheetFinding("sheet-no-header", "warning")] };

  // Stryker disable next-line ConditionalExpression: deciding the first table's columns again gives the same columns
  const read = readRegions(grid, reader, header, dataStart, (h, i) => (i === 0 ? firstDecided : decide(h, i)));
  const findings: Finding[] = missingColumnFindings(grid, read.regions);
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
  findings.push(...read.findings);

  const first = read.regions[0];
  const table: ReturnTable = {
    sheet,
    title: info.title,
    area: info.area,
    period: info.period,
    headerRows: (header?.rows ?? []).map((r) => grid.top + r),
    columns: first.columns,
    columnHeaders: first.headers,
    indicators: read.indicators,
    ...(read.totals.length > 0 ? { totalRows: read.totals } : {}),
    legacyEncoding: legacy?.encoding ?? null,
    regions: tableRegions(grid, read.regions),
  };
  return { table, findings };
}
