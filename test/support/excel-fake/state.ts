/** The fake workbook's state: what Excel holds after each sync. Proxies read and change it only inside sync. */
import type { CellRange } from "../../../src/core/grid";
import { a1, parseA1, rangeA1 } from "../../../src/core/address";
import { type CellState, type Scalar, enterValue, hasFormat, hasValue } from "./cells";
import { officeError } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface ConditionalFormatState {
  id: number;
  type: string; // Excel.ConditionalFormatType: "Custom", ...
  range: CellRange;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  stopIfTrue?: boolean;
}

export interface ChartState {
  id: number;
  type: string; // Excel.ChartType: "BarStacked", ...
  source: CellRange;
  seriesBy: string;
  title?: string;
  position?: { start: string; end?: string };
  seriesColors: Record<number, string>;
}

export interface PageLayoutState {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
  centerFooter?: string;
  printArea?: string;
  /** Rows a printed page starts at (horizontal page breaks). */
  rowBreaks?: number[];
  /** Margins set, in points, by PageLayout property name ("leftMargin"…). */
  margins?: Partial<
    Record<"leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "headerMargin" | "footerMargin", number>
  >;
}

export interface SheetState {
  id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<number, CellState>;
  merges: CellRange[];
  columnWidths: Map<number, number>; // points
  rowHeights: Map<number, number>; // points
  conditionalFormats: ConditionalFormatState[]; // index 0 = top priority
  charts: ChartState[];
  freeze: { rows: number; columns: number } | null;
  pageLayout: PageLayoutState;
  customProperties: Map<string, string>;
  tabColor: string;
  /** Data validations (ExcelApi 1.8), created on first use: see data-validation.ts. */
  dataValidations?: Array<{ range: CellRange; list: string; inCellDropDown: boolean; showAlert: boolean }>;
}

export interface WorkbookState {
  sheets: SheetState[];
  activeSheetId: number;
  settings: Map<string, unknown>;
  /** Custom XML parts (ExcelApi 1.5), created on first use: see custom-xml.ts. */
  customXmlParts?: Array<{ id: string; namespaceUri: string; xml: string }>;
  nextId: number;
  /** Excel's calculation mode; "Automatic" (the default) recalculates at the end of each unsuspended sync that wrote. */
  calculationMode?: "Automatic" | "Manual";
  /** Events worth asserting: suspended calculation, activations, selections. */
  log: string[];
}

export const key = (row: number, column: number): number => row * (MAX_COLUMNS + 1) + column;
export const unkey = (k: number): { row: number; column: number } => ({
  row: Math.floor(k / (MAX_COLUMNS + 1)),
  column: k % (MAX_COLUMNS + 1),
});

export function cellAt(sheet: SheetState, row: number, column: number, create: true): CellState;
export function cellAt(sheet: SheetState, row: number, column: number, create?: false): CellState | undefined;
export function cellAt(sheet: SheetState, row: number, column: number, create = false): CellState | undefined {
  const k = key(row, column);
  let cell = sheet.cells.get(k);
  if (!cell && create) {
    cell = { value: null };
    sheet.cells.set(k, cell);
  }
  return cell;
}

/** Parses "A1", "A1:G30", "$A$1:$B$2", "3:4" (whole rows) or "C:D" (whole columns) on one sheet. */
export function parseRange(address: string): CellRange {
  const plain = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [first, second = first] = plain.replace(/\$/g, "").split(":");
  const rows = /^\d+$/;
  const cols = /^[A-Za-z]{1,3}$/;
  if (rows.test(first) && rows.test(second)) return { top: +first, left: 1, bottom: +second, right: MAX_COLUMNS };
  if (cols.test(first) && cols.test(second)) {
    const l = parseA1(`${first}1`);
    const r = parseA1(`${second}1`);
    if (l && r) return { top: 1, left: l.column, bottom: MAX_ROWS, right: r.column };
  }
  const start = parseA1(first);
  const end = parseA1(second);
  if (!start || !end) throw officeError("InvalidArgument", `bad address ${address}`);
  const r: CellRange = {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
  checkBounds(r);
  return r;
}

export function checkBounds(r: CellRange): void {
  if (r.top < 1 || r.left < 1 || r.bottom > MAX_ROWS || r.right > MAX_COLUMNS || r.top > r.bottom || r.left > r.right)
    throw officeError("InvalidArgument", "range outside the grid");
}

/** "Sheet1!A1:G30", quoting the sheet name when Excel does. */
export function fullAddress(sheetName: string, r: CellRange): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${quoted}!${rangeA1(r.top, r.left, r.bottom, r.right)}`;
}

export function usedBounds(sheet: SheetState, valuesOnly: boolean): CellRange | null {
  let r: CellRange | null = null;
  for (const [k, cell] of sheet.cells) {
    if (!hasValue(cell) && (valuesOnly || !hasFormat(cell))) continue;
    const { row, column } = unkey(k);
    if (!r) r = { top: row, left: column, bottom: row, right: column };
    else {
      r.top = Math.min(r.top, row);
      r.left = Math.min(r.left, column);
      r.bottom = Math.max(r.bottom, row);
      r.right = Math.max(r.right, column);
    }
  }
  return r;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'"))
    throw officeError("InvalidArgument", `bad sheet name ${JSON.stringify(name)}`);
}

export function findSheet(wb: WorkbookState, name: string): SheetState | undefined {
  const folded = name.toLocaleLowerCase();
  return wb.sheets.find((s) => s.name.toLocaleLowerCase() === folded);
}

export function newSheet(wb: WorkbookState, name: string): SheetState {
  checkSheetName(name);
  if (findSheet(wb, name)) throw officeError("ItemAlreadyExists", `sheet ${name}`);
  const sheet: SheetState = {
    id: wb.nextId++,
    name,
    visibility: "Visible",
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    conditionalFormats: [],
    charts: [],
    freeze: null,
    pageLayout: {},
    customProperties: new Map(),
    tabColor: "",
  };
  wb.sheets.push(sheet);
  return sheet;
}

export interface InitialSheet {
  name: string;
  values: Scalar[][];
  numberFormats?: string[][];
  merges?: string[];
  startCell?: string;
  visibility?: SheetState["visibility"];
}

export function createWorkbookState(sheets: InitialSheet[]): WorkbookState {
  const wb: WorkbookState = { sheets: [], activeSheetId: 0, settings: new Map(), nextId: 1, log: [] };
  for (const init of sheets.length ? sheets : [{ name: "Sheet1", values: [] }]) {
    const sheet = newSheet(wb, init.name);
    sheet.visibility = init.visibility ?? "Visible";
    const start = parseA1(init.startCell ?? "A1");
    if (!start) throw new Error(`bad startCell ${init.startCell}`);
    init.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const fmt = init.numberFormats?.[r]?.[c];
        if (v === null && !fmt) return;
        const cell = cellAt(sheet, start.row + r, start.column + c, true);
        if (fmt) cell.numberFormat = fmt;
        enterValue(cell, v);
      }),
    );
    sheet.merges = (init.merges ?? []).map(parseRange);
  }
  wb.activeSheetId = wb.sheets[0].id;
  return wb;
}

export { a1 };
