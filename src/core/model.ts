/**
 * The domain model shared by the reader, scoring, consolidation and the summary plan.
 * Vietnamese terms in comments: see ../../shared/domain.md (glossary).
 */
import type { Figure } from "./figures";
import type { Finding } from "./problems";

export type Direction = "up" | "down"; // higher is better | lower is better
export type DirectionSource = "setting" | "column" | "catalogue" | "default";
export type BandId = "met" | "near" | "mid" | "low" | "none";
export const BAND_IDS: readonly BandId[] = ["met", "near", "mid", "low", "none"];
export type Flag = "lagging" | "priority" | "suspect-unit" | "regressed" | "missing" | "pace";

/** How an indicator is scored. */
export type IndicatorKind =
  | "amount" // plain number, higher or lower is better
  | "percent" // a rate in percent points
  | "criteria" // "12/19" tiêu chí
  | "binary" // đạt / không đạt
  | "unscored"; // no usable figure

/** The columns found in a return, as absolute 1-based sheet column numbers. */
export interface ColumnMap {
  code?: number; // STT / TT
  name: number; // chỉ tiêu
  unit?: number; // đơn vị tính (ĐVT)
  plan?: number; // kế hoạch (KH)
  actual?: number; // thực hiện (TH)
  baseline?: number; // cùng kỳ (năm trước)
  percent?: number; // the sheet's own so sánh (%) column: shown, never trusted
  note?: number; // ghi chú
  direction?: number; // an explicit direction column, if the sheet has one
}
export type ColumnRole = keyof ColumnMap;
/** Every role, in the order of a return's columns. */
export const COLUMN_ROLES: readonly ColumnRole[] = [
  "code",
  "name",
  "unit",
  "plan",
  "actual",
  "baseline",
  "percent",
  "note",
  "direction",
];

/** One indicator row as read from the sheet, before scoring. */
export interface SourceIndicator {
  sheet: string;
  /** Sheet row, as Excel numbers it. */
  row: number;
  /** A1 address of the name cell. */
  cell: string;
  code: string | null; // STT as written: "1", "1.1", "a", "-", "+"
  group: string | null; // the Roman-numeral group title above, e.g. "I. KINH TẾ"
  /** Index (in the return's indicator list) of the row this one is a sub-row of ("Trong đó", "- ", "+ "). */
  parent: number | null;
  name: string; // decoded Unicode NFC, spaces tidied
  unit: string | null;
  plan: Figure; // kế hoạch
  actual: Figure; // thực hiện
  baseline: Figure; // cùng kỳ; BLANK when no such column
  sheetPercent: Figure | null; // the sheet's own %, when it has the column
  note: string | null; // ghi chú
  /** An explicit direction from the sheet's own column, if any. */
  direction: Direction | null;
  /** A1 addresses of the cells each figure came from. */
  cells: Partial<Record<ColumnRole, string>>;
}

/** One sheet read as a commune return. */
export interface ReturnTable {
  sheet: string;
  title: string | null; // the first title row, decoded
  area: string | null; // e.g. "Xã Trạm Tấu"
  period: string | null; // e.g. "6 tháng đầu năm 2022"
  headerRows: number[]; // sheet rows of the header (1 or 2), plus a column-number row if any
  columns: ColumnMap;
  /** The header text found for each column (decoded), to show the user what was matched. */
  columnHeaders: Partial<Record<ColumnRole, string>>;
  indicators: SourceIndicator[];
  /** Sum rows ("Tổng cộng", "Cộng"): read, not scored; a hand-typed summary of units checks its total row. */
  totalRows?: SourceIndicator[];
  legacyEncoding: "tcvn3" | "vni" | null;
  /**
   * The sheet's tables, in order, each with its own header and columns (a return may hold the
   * economic table and, below it, "Biểu số 2" with its columns in another order). `headerRows`,
   * `columns` and `columnHeaders` above are the first table's. Absent on tables made by hand.
   */
  regions?: TableRegion[];
}

/** One table of a sheet: its header rows, its columns, the title naming its group, its indicators. */
export interface TableRegion {
  headerRows: number[];
  columns: ColumnMap;
  columnHeaders: Partial<Record<ColumnRole, string>>;
  /** Other columns whose header names the plan or a result too (sheet columns): a choice to check. */
  alternatives: { plan: number[]; actual: number[] };
  /** True when the sheet's own % column agrees better with another pair of columns than the chosen one. */
  percentFitsOther: boolean;
  /** The title between this table and the one above ("CHỈ TIÊU QUỐC PHÒNG - AN NINH"); null for the first. */
  title: string | null;
  /** Index of the table's first indicator in `indicators`, and how many it has. */
  firstIndicator: number;
  indicatorCount: number;
}

export interface ReadResult {
  table: ReturnTable | null; // null: not a return (the findings say why)
  findings: Finding[];
}

/** Why an indicator has no achievement. */
export type NoScoreReason = "no-plan" | "plan-zero" | "no-actual" | "invalid" | "not-comparable";

export interface ScoredIndicator extends SourceIndicator {
  direction: Direction;
  directionSource: DirectionSource;
  /** True when the name starts with "Giảm": a reduction amount, scored as up. */
  reduction: boolean;
  kind: IndicatorKind;
  planValue: number | null;
  actualValue: number | null;
  baselineValue: number | null;
  /** Percent of plan, unrounded (86.75 for 86,75 %), or null. */
  achievement: number | null;
  noScoreReason: NoScoreReason | null;
  band: BandId;
  flags: Flag[];
}

export type BandCounts = Record<BandId, number>;

export interface ScoredReturn {
  file: string;
  sheet: string;
  title: string | null;
  area: string | null;
  period: string | null;
  table: ReturnTable;
  indicators: ScoredIndicator[];
  counts: BandCounts;
  findings: Finding[];
}

/** How an indicator is rolled up across areas (domain.md, "Consolidation"). */
export type Aggregation =
  | "sum" // amounts and counts
  | "weighted" // rates weighted by their denominator
  | "mean" // a plain mean: no denominator known (a warning says so)
  | "criteria" // criteria counts: how many areas meet the full standard
  | "binary"; // đạt / không đạt: how many areas met

/** One area's figures for a consolidated indicator, as in the JSON report's byArea. */
export interface AreaFigures {
  plan: number | null;
  actual: number | null;
  achievement: number | null;
  band: BandId;
}

/** What a reader of one area's figure for a consolidated indicator gets: that area's scored indicator. */
export interface AreaFigureView {
  readonly planValue: number | null;
  readonly actualValue: number | null;
  readonly achievement: number | null;
  readonly band: BandId;
  /** What the summary table needs to word a figure a % would misstate (plan/table-verdict.ts). */
  readonly flags?: readonly Flag[];
  readonly direction?: Direction;
  readonly reduction?: boolean;
}

export interface ConsolidatedIndicator {
  key: string; // the match key (normalised name, and code where present)
  name: string;
  unit: string | null;
  code: string | null;
  group: string | null;
  /** The name of the row this one is a sub-row of ("Trong đó: nữ" under "Giải quyết việc làm mới"), in the first return that has it. */
  parent: string | null;
  direction: Direction;
  aggregation: Aggregation;
  plan: number | null;
  actual: number | null;
  achievement: number | null;
  band: BandId;
  flags: Flag[];
  reported: number; // areas that reported it
  missing: string[]; // areas (among those that sent a return) lacking it
  /**
   * Each area's figures, by index in `Consolidation.areas` (undefined where that area lacks it).
   * By index, not by name: with thousands of areas a dictionary per indicator cost more to build
   * than the rest of the consolidation. The JSON report's `byArea` is made from this (`byAreaRecord`).
   */
  figures: ReadonlyArray<AreaFigureView | undefined>;
  /** Criteria indicators: areas meeting the full standard (e.g. 19/19), and the distribution of counts met. */
  standard?: { meeting: number; total: number; distribution: Record<string, number> };
}

export interface Consolidation {
  areas: string[]; // areas that sent a return, in input order
  expected: string[]; // areas expected (settings), or the areas received when none is set
  missingAreas: string[]; // expected but not received
  indicators: ConsolidatedIndicator[];
  bandCounts: Record<string, BandCounts>; // per area
  findings: Finding[];
}
