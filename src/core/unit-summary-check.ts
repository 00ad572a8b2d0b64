/**
 * Checking a hand-typed summary sheet (table/unit-summary.ts) against what it sums up: its total row
 * against the sum of its own unit rows, and against the sum of the same indicator in the units'
 * returns, where the two line up (an indicator summed across areas, every listed unit with a
 * return that has a figure). A hand total that does not match is what a clerk wants to know.
 */
import { areaKey } from "./consolidate/area-names";
import { a1 } from "./address";
import type { ConsolidatedIndicator, Consolidation } from "./model";
import type { Finding } from "./problems";
import { foldForMatch, matchKey } from "./text/normalize";
import type { SummaryColumn, UnitSummary } from "./table/unit-summary";

export interface UnitSummarySheet {
  summary: UnitSummary;
  columns: SummaryColumn[];
  /** The sheet's title, which may name the indicator ("TỔNG HỢP THU NGÂN SÁCH CÁC XÃ"). */
  title: string | null;
  file: string;
}

/** Equal as a clerk's figures are: to the cent, whatever the floating point noise. */
function differ(a: number, b: number): boolean {
  return Math.abs(a - b) > 0.005 + 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** The consolidated indicator a summary column is about: named by its header, else by the sheet's title. */
function indicatorOf(
  column: SummaryColumn,
  title: string | null,
  indicators: readonly ConsolidatedIndicator[],
): ConsolidatedIndicator | undefined {
  if (column.indicator !== null) {
    const key = matchKey(column.indicator);
    const exact = indicators.find((i) => matchKey(i.name) === key);
    if (exact) return exact;
  }
  // The longest indicator name the header (or the title) contains: "Thu ngân sách (triệu đồng)".
  const text = ` ${foldForMatch(column.indicator ?? title ?? "")} `;
  let best: ConsolidatedIndicator | undefined;
  for (const indicator of indicators) {
    const name = foldForMatch(indicator.name);
    if (name.length >= 4 && text.includes(` ${name} `) && name.length > (best ? best.name.length : 0)) best = indicator;
  }
  return best;
}

/** The hand total against the sum of the sheet's own unit rows. */
function rowsFinding(sheet: UnitSummarySheet, column: SummaryColumn, cell: string): Finding | null {
  if (column.total === null || column.values.some((v) => v === null)) return null;
  const sum = column.values.reduce<number>((s, v) => s + (v as number), 0);
  if (!differ(column.total, sum)) return null;
  return {
    sheet: sheet.summary.sheet,
    cell,
    severity: "warning",
    code: "unit-summary-rows-differ",
    params: { column: column.header, hand: column.total, sum },
    file: sheet.file,
  };
}

/** The hand total against the sum of the units' own returns, when every unit listed has the figure. */
function returnsFinding(
  sheet: UnitSummarySheet,
  column: SummaryColumn,
  cell: string,
  cons: Consolidation,
): Finding | null {
  if (column.total === null) return null;
  const indicator = indicatorOf(column, sheet.title, cons.indicators);
  if (indicator === undefined || indicator.aggregation !== "sum") return null;
  const areaIndex = new Map(cons.areas.map((area, i) => [areaKey(area), i]));
  let computed = 0;
  for (const unit of sheet.summary.units) {
    const i = areaIndex.get(areaKey(unit.name));
    const figure = i === undefined ? undefined : indicator.figures[i];
    const value = column.role === "plan" ? figure?.planValue : figure?.actualValue;
    if (value === null || value === undefined) return null; // not lined up: a unit without the figure
    computed += value;
  }
  if (!differ(column.total, computed)) return null;
  return {
    sheet: sheet.summary.sheet,
    cell,
    severity: "warning",
    code: "unit-summary-total-differs",
    params: {
      column: column.header,
      indicator: indicator.name,
      hand: column.total,
      computed,
      units: sheet.summary.units.length,
    },
    file: sheet.file,
  };
}

/** Findings for a hand-typed summary's totals; none where nothing lines up. */
export function checkUnitSummary(sheet: UnitSummarySheet, cons: Consolidation | null): Finding[] {
  const total = sheet.summary.total;
  if (total === null) return [];
  const findings: Finding[] = [];
  for (const column of sheet.columns) {
    const cell = a1(total.row, column.column);
    const own = rowsFinding(sheet, column, cell);
    if (own) findings.push(own);
    const computed = cons ? returnsFinding(sheet, column, cell, cons) : null;
    if (computed) findings.push(computed);
  }
  return findings;
}
