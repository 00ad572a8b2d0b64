/** The test's window on the fake workbook: what Excel now holds, read directly (no load, no sync). */
import { rangeA1 } from "../../../src/core/address";
import { type CellState, readValue } from "./cells";
import { type ChartState, type PageLayoutState, type SheetState, type WorkbookState, cellAt, findSheet, parseRange, usedBounds } from "./state";

export interface SheetView {
  name: string;
  visibility: string;
  tabColor: string;
  /** The cell's full state (a copy), or undefined when never touched. */
  cell(address: string): CellState | undefined;
  /** Range.values of the address (default: the used range). */
  values(address?: string): Array<Array<string | number | boolean>>;
  merges: string[];
  /** Column width in points, by 1-based column; undefined = default. */
  columnWidth(column: number): number | undefined;
  rowHeight(row: number): number | undefined;
  /** In priority order (top first). */
  conditionalFormats: Array<{ range: string; type: string; formula?: string; fill?: string; fontColor?: string; bold?: boolean; stopIfTrue?: boolean }>;
  charts: Array<Omit<ChartState, "source"> & { source: string }>;
  freeze: { rows: number; columns: number } | null;
  pageLayout: PageLayoutState;
  customProperties: Record<string, string>;
  /** List validations (ExcelApi 1.8). */
  dataValidations: Array<{ range: string; list: string; inCellDropDown: boolean; showAlert: boolean }>;
}

export interface WorkbookInspector {
  sheetNames(): string[];
  sheet(name: string): SheetView;
  hasSheet(name: string): boolean;
  settings(): Record<string, unknown>;
  /** Custom XML parts (copies), in the order they were added. */
  customXmlParts(): Array<{ id: string; namespaceUri: string; xml: string }>;
  activeSheet(): string | undefined;
  /** suspendApiCalculationUntilNextSync, activate, select, in order. */
  log(): string[];
  /** Direct edits for test set-up (bypass the API). */
  raw: WorkbookState;
}

const addr = (r: { top: number; left: number; bottom: number; right: number }): string => rangeA1(r.top, r.left, r.bottom, r.right);

function view(sheet: SheetState): SheetView {
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    cell(address) {
      const r = parseRange(address);
      const c = cellAt(sheet, r.top, r.left);
      return c ? (JSON.parse(JSON.stringify(c)) as CellState) : undefined;
    },
    values(address) {
      const r = address ? parseRange(address) : usedBounds(sheet, true);
      if (!r) return [];
      const out: Array<Array<string | number | boolean>> = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: Array<string | number | boolean> = [];
        for (let col = r.left; col <= r.right; col++) line.push(readValue(cellAt(sheet, row, col)));
        out.push(line);
      }
      return out;
    },
    merges: sheet.merges.map(addr),
    columnWidth: (c) => sheet.columnWidths.get(c),
    rowHeight: (r) => sheet.rowHeights.get(r),
    conditionalFormats: sheet.conditionalFormats.map(({ range, ...rest }) => ({ range: addr(range), ...withoutId(rest) })),
    charts: sheet.charts.map((c) => ({ ...c, source: addr(c.source) })),
    freeze: sheet.freeze ? { ...sheet.freeze } : null,
    pageLayout: JSON.parse(JSON.stringify(sheet.pageLayout)) as PageLayoutState,
    customProperties: Object.fromEntries(sheet.customProperties),
    dataValidations: (sheet.dataValidations ?? []).map(({ range, ...rest }) => ({ range: addr(range), ...rest })),
  };
}

export function inspector(state: WorkbookState): WorkbookInspector {
  return {
    sheetNames: () => state.sheets.map((s) => s.name),
    hasSheet: (name) => !!findSheet(state, name),
    sheet(name) {
      const s = findSheet(state, name);
      if (!s) throw new Error(`no sheet ${name}; sheets: ${state.sheets.map((x) => x.name).join(", ")}`);
      return view(s);
    },
    settings: () => Object.fromEntries(state.settings),
    customXmlParts: () => (state.customXmlParts ?? []).map((p) => ({ ...p })),
    activeSheet: () => state.sheets.find((s) => s.id === state.activeSheetId)?.name,
    log: () => [...state.log],
    raw: state,
  };
}

/** A conditional format as tests compare it: without the fake's internal id. */
function withoutId<T extends { id?: unknown }>(format: T): Omit<T, "id"> {
  const copy = { ...format };
  delete copy.id;
  return copy;
}
