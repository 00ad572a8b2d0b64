/**
 * "Say what was read": how a return's columns were chosen, for a person to check at a glance —
 * "Kế hoạch = cột D «Mục tiêu đến năm 2030»; Thực hiện = cột E «Kết quả đến tháng 6/2027»" — per
 * table of the sheet, and whether the choice was uncertain (another column's header named the plan
 * or a result too, the sheet's own % fits another pair better, or no plan or result column was
 * found). The JSON report, the command line (--verbose, and always when uncertain) and the pane's
 * return card show it.
 */
import { columnLetters } from "./address";
import { roleLabel } from "./i18n/labels";
import type { ColumnMap, ReturnTable, TableRegion } from "./model";
import type { Language } from "./settings";

const SHOWN: readonly ("plan" | "actual" | "baseline" | "percent")[] = ["plan", "actual", "baseline", "percent"];

export type ColumnDoubt = "several-plans" | "several-results" | "percent-fits-other" | "no-plan" | "no-actual";

export interface ColumnRead {
  role: "plan" | "actual" | "baseline" | "percent";
  /** Column letters on the sheet ("D"). */
  column: string;
  header: string | null;
}

export interface TableColumnsRead {
  /** The sheet row of the table's (first) header row; null when the user named the columns. */
  headerRow: number | null;
  title: string | null;
  columns: ColumnRead[];
  doubts: ColumnDoubt[];
}

export interface ColumnsRead {
  tables: TableColumnsRead[];
  uncertain: boolean;
  /** One line in the user's language; tables after the first are numbered. */
  text: string;
}

/** The regions of a table, or one made of its own columns (a table made by hand, without regions). */
function regionsOf(table: ReturnTable): TableRegion[] {
  if (table.regions && table.regions.length > 0) return table.regions;
  return [
    {
      headerRows: table.headerRows,
      columns: table.columns,
      columnHeaders: table.columnHeaders,
      alternatives: { plan: [], actual: [] },
      percentFitsOther: false,
      title: null,
      firstIndicator: 0,
      indicatorCount: table.indicators.length,
    },
  ];
}

function doubtsOf(region: TableRegion): ColumnDoubt[] {
  const doubts: ColumnDoubt[] = [];
  if (region.columns.plan === undefined) doubts.push("no-plan");
  if (region.columns.actual === undefined) doubts.push("no-actual");
  if (region.alternatives.plan.length > 0) doubts.push("several-plans");
  if (region.alternatives.actual.length > 0) doubts.push("several-results");
  if (region.percentFitsOther) doubts.push("percent-fits-other");
  return doubts;
}

function columnsOf(columns: ColumnMap, headers: TableRegion["columnHeaders"]): ColumnRead[] {
  const out: ColumnRead[] = [];
  for (const role of SHOWN) {
    const column = columns[role];
    if (column !== undefined) out.push({ role, column: columnLetters(column), header: headers[role] ?? null });
  }
  return out;
}

const WORDS = {
  vi: {
    column: "cột",
    table: "Bảng",
    row: "dòng",
    none: "không tìm thấy cột Kế hoạch, Thực hiện",
    check: "cần kiểm tra",
  },
  en: { column: "column", table: "Table", row: "row", none: "no plan or result column found", check: "please check" },
};

const DOUBT_WORDS: Record<ColumnDoubt, { vi: string; en: string }> = {
  "several-plans": { vi: "có nhiều cột kế hoạch", en: "several plan columns" },
  "several-results": { vi: "có nhiều cột thực hiện", en: "several result columns" },
  "percent-fits-other": { vi: "cột % của biểu khớp cặp cột khác", en: "the sheet's % fits another pair" },
  "no-plan": { vi: "không có cột kế hoạch", en: "no plan column" },
  "no-actual": { vi: "không có cột thực hiện", en: "no result column" },
};

/** "Kế hoạch = cột D «Mục tiêu đến năm 2030»; Thực hiện = cột E «…»" for one table. */
function tableText(table: TableColumnsRead, lang: Language): string {
  const w = WORDS[lang];
  const parts = table.columns.map(
    (c) => `${roleLabel(c.role, lang)} = ${w.column} ${c.column}${c.header ? ` «${c.header}»` : ""}`,
  );
  if (parts.length === 0) return w.none;
  const doubts = table.doubts.map((d) => DOUBT_WORDS[d][lang]).join(", ");
  return table.doubts.length > 0 ? `${parts.join("; ")} (${w.check}: ${doubts})` : parts.join("; ");
}

export function describeColumns(table: ReturnTable, lang: Language): ColumnsRead {
  const tables = regionsOf(table).map((region): TableColumnsRead => ({
    headerRow: region.headerRows[0] ?? null,
    title: region.title,
    columns: columnsOf(region.columns, region.columnHeaders),
    doubts: doubtsOf(region),
  }));
  const w = WORDS[lang];
  const text =
    tables.length === 1
      ? tableText(tables[0], lang)
      : tables
          .map(
            (t, i) =>
              `${w.table} ${i + 1}${t.headerRow !== null ? `, ${w.row} ${t.headerRow}` : ""}: ${tableText(t, lang)}`,
          )
          .join(" | ");
  return { tables, uncertain: tables.some((t) => t.doubts.length > 0), text };
}
