/**
 * A sheet as a sequence of tables (vùng bảng), each with its own header and columns, read one after
 * another: the economic table, then below it "Biểu số 2" with the defence table, whose columns may
 * stand in another order. The first header is found among the sheet's first rows; a later one where
 * the rows of the table above stop at a header row (a header row is never an indicator). The title
 * between two tables names the group of the rows below it, until a group row says otherwise.
 */
import type { Grid } from "../grid";
import type { ColumnMap, ColumnRole, SourceIndicator } from "../model";
import type { Finding } from "../problems";
import { foldForMatch } from "../text/normalize";
import { isEmptyValue, type CellTextReader } from "./cell-text";
import { chooseColumns } from "./choose-columns";
import { findHeader, type HeaderFound } from "./find-header";
import { percentCrossCheck } from "./percent-cross-check";
import { readRows } from "./read-rows";

/** One table of a sheet as read: its header, the columns chosen and the indicators it gave. */
export interface RegionRead {
  /** Null for a sheet read without a header (the user named its columns). */
  header: HeaderFound | null;
  /** Columns as detected from this table's own header, before the user's corrections. */
  detected: Partial<ColumnMap>;
  columns: ColumnMap;
  /** The header text over each column the table uses. */
  headers: Partial<Record<ColumnRole, string>>;
  /** Other columns the header names as plan or result. */
  alternatives: { plan: number[]; actual: number[] };
  /** The title above the table naming its group (later tables only). */
  title: string | null;
  /** True when the sheet's % column agrees better with another pair of columns (percent-cross-check.ts). */
  percentFitsOther: boolean;
  /** Index of the table's first indicator in the return's list, and how many it has. */
  firstIndicator: number;
  indicatorCount: number;
}

export interface RegionColumns {
  detected: Partial<ColumnMap>;
  columns: Partial<ColumnMap>;
  headers: Partial<Record<ColumnRole, string>>;
  /** Other columns the header names as plan or result (chooseColumns). */
  alternatives: { plan: number[]; actual: number[] };
}

/** How one table's columns are decided (the caller applies the user's corrections). */
export type DecideColumns = (header: HeaderFound | null, index: number) => RegionColumns;

export interface RegionsRead {
  regions: RegionRead[];
  indicators: SourceIndicator[];
  /** Sum rows ("Tổng cộng"), not indicators (read-rows.ts). */
  totals: SourceIndicator[];
  findings: Finding[];
}

/** A table's columns from its own header cells (the user's corrections are the caller's). */
export function detectColumns(header: HeaderFound | null, referenceYear: number | null): RegionColumns {
  const chosen = header
    ? chooseColumns(header.cells, referenceYear)
    : { columns: {}, headers: {}, alternatives: { plan: [], actual: [] } };
  return {
    detected: chosen.columns,
    columns: chosen.columns,
    headers: chosen.headers,
    alternatives: chosen.alternatives,
  };
}

/**
 * Reads the tables from the first header (or `start` without one) to the signature block or the
 * sheet's end. A later table without a name column of its own takes the one before's.
 */
export function readRegions(
  grid: Grid,
  reader: CellTextReader,
  first: HeaderFound | null,
  start: number,
  decide: DecideColumns,
): RegionsRead {
  const into = {
    indicators: [] as SourceIndicator[],
    findings: [] as Finding[],
    group: null as string | null,
    totals: [] as SourceIndicator[],
  };
  const regions: RegionRead[] = [];
  let header = first;
  let dataStart = first?.dataStart ?? start;
  let title: string | null = null;
  for (;;) {
    const decided = decide(header, regions.length);
    const name = decided.columns.name ?? regions[regions.length - 1]?.columns.name;
    if (name === undefined) break;
    const columns: ColumnMap = { ...decided.columns, name };
    const firstIndicator = into.indicators.length;
    into.group = title;
    const rows = readRows(grid, reader, columns, dataStart, into);
    const check =
      // Stryker disable next-line ConditionalExpression: a fast path; percentCrossCheck returns null itself when there is no % column
      columns.percent === undefined
        ? null
        : percentCrossCheck(grid, header, columns, into.indicators.slice(firstIndicator));
    if (check !== null) into.findings.push(check);
    regions.push({
      header,
      detected: decided.detected,
      columns,
      headers: decided.headers,
      alternatives: decided.alternatives,
      title,
      percentFitsOther: check !== null,
      firstIndicator,
      indicatorCount: into.indicators.length - firstIndicator,
    });
    if (rows.stop.reason !== "header") break;
    const floor = dropTitleRows(grid, into.indicators, firstIndicator, rows.lastIndicatorRow);
    regions[regions.length - 1].indicatorCount = into.indicators.length - firstIndicator;
    const next = findHeader(grid, reader, { from: rows.stop.row, floor });
    if (next === null || next.dataStart <= rows.stop.row) break;
    title = titleBetween(grid, reader, floor, next.rows[0]);
    header = next;
    dataStart = next.dataStart;
  }
  return { regions, indicators: into.indicators, totals: into.totals, findings: into.findings };
}

/** True for a row read as an indicator that holds nothing but its name: no code, unit or figure. */
function isBareName(indicator: SourceIndicator): boolean {
  return (
    indicator.code === null &&
    indicator.unit === null &&
    indicator.plan.kind === "blank" &&
    indicator.actual.kind === "blank" &&
    indicator.baseline.kind === "blank" &&
    (indicator.sheetPercent === null || indicator.sheetPercent.kind === "blank")
  );
}

/**
 * Rows right above the next table's header that hold only a name are that table's title, not
 * indicators, when they say so ("Biểu 2. Văn hóa - xã hội" typed in the name column) or stand apart
 * from the table above after a blank row: taken off the list. An indicator with no figures yet,
 * inside the table above, stays. Returns the grid row where the title between the tables starts.
 */
function dropTitleRows(grid: Grid, indicators: SourceIndicator[], first: number, lastRow: number): number {
  let floor = lastRow + 1;
  for (;;) {
    const last = indicators.length > first ? indicators[indicators.length - 1] : undefined;
    if (last === undefined || !isBareName(last)) break;
    const row = last.row - grid.top;
    const apart = row > 0 && grid.values[row - 1].every(isEmptyValue);
    if (!apart && !TABLE_NUMBER.test(foldForMatch(last.name))) break;
    indicators.pop();
    floor = row;
  }
  return floor;
}

// "Biểu số 2:", "Bảng 2 -", "Phụ lục 02." before a table's title: the numbering, not the name.
const TABLE_NUMBER = /^(bieu|bang|phu luc|mau)\s*(so)?\s*[0-9ivx]+[a-z]?\s*[:.\-–)]?\s*/;
const NOTE_OR_SUBTITLE = /^(\(|ghi chu|luu y|nguon|don vi tinh|dvt)/;

/**
 * The title of a table from the rows between the table above and its header: the first row that
 * is not a subtitle in brackets or a note, its table number dropped ("Biểu số 2: CHỈ TIÊU QUỐC
 * PHÒNG - AN NINH" → "CHỈ TIÊU QUỐC PHÒNG - AN NINH"); null when there is none.
 */
export function titleBetween(grid: Grid, reader: CellTextReader, from: number, to: number): string | null {
  let numberOnly: string | null = null;
  for (let r = Math.max(0, from); r < to; r++) {
    const texts: string[] = [];
    // Stryker disable next-line EqualityOperator: one step past the row's end reads "", which is skipped
    for (let c = 0; c < grid.values[r].length; c++) {
      const text = reader.text(r, c);
      if (text.length > 0) texts.push(text);
    }
    if (texts.length === 0) continue;
    const text = texts.join(" ");
    const folded = foldForMatch(text);
    if (NOTE_OR_SUBTITLE.test(folded)) continue;
    const number = TABLE_NUMBER.exec(folded);
    if (number === null) return text;
    const rest = dropPrefix(text, number[0].length);
    if (rest.length > 0) return rest;
    numberOnly ??= text;
  }
  return numberOnly;
}

/** `text` without its first `length` characters as folded (folding keeps NFC text's length). */
function dropPrefix(text: string, length: number): string {
  const nfc = text.normalize("NFC");
  return nfc.length === foldForMatch(nfc).length ? nfc.slice(length).trim() : nfc;
}
