/**
 * Writing the computed achievement back into the return's own % column (cột "So sánh (%)") — the one
 * place the add-in changes the user's source sheet, so the rules are strict (issue 4):
 * - only indicators with an achievement and a % cell on their row;
 * - a cell is written only when it is empty, or when it still holds exactly what the add-in wrote
 *   there before (the record); anything else (typed by the user, edited since, a formula) is skipped;
 * - the value follows the column's convention: percent-formatted fractions (0.868 shown "86,8%") when
 *   the column's numbers are like that, else the percent number (86.8) with a "0.0" format;
 * - the value is rounded to `settings.decimals` (as shown), the fill is the band's colour;
 * - a cell the add-in wrote before, still holding exactly that, whose indicator has no achievement any
 *   more (its plan or result was cleared, say) is emptied and its fill removed: a stale % would
 *   contradict the row's own figures. Only such cells: the user's values are never cleared.
 * - before anything is written the user is told how many cells will be filled, how many hold a typed
 *   value and how many of those disagree with the computed % (as the sheet-percent check judges it);
 *   asked to (`replaceDisagreeing`), those disagreeing typed values are replaced too — a formula
 *   never — and what each written cell held is returned, so the shell can keep it for "Hoàn tác".
 * Pure: the caller reads the cells and the record, and writes what this returns.
 */
import type { ScoredIndicator, ScoredReturn } from "../model";
import type { Finding } from "../problems";
import type { Settings } from "../settings";
import { roundTo } from "../numbers/format-vi";

/** A target cell as freshly read from the sheet: Range.values / numberFormat / formulas of that cell. */
export interface CellContent {
  value: string | number | boolean | null;
  numberFormat: string;
  /** Range.formulas of the cell: "=D5/C5" for a formula, else the constant (or absent). */
  formula?: string | number | boolean | null;
}

/** What the add-in wrote into a sheet before: A1 address → the number written. */
export type WriteRecord = Record<string, number>;

export interface PercentWrite {
  cell: string; // A1 on the return's sheet
  value: number;
  numberFormat: string;
  fill: string; // "#RRGGBB", settings.colours[band]
}

/** "user-value": the cell holds something the add-in did not write; "not-read": its contents are unknown. */
export type SkipReason = "user-value" | "not-read";

export interface PercentWriteBack {
  writes: PercentWrite[];
  /** Target cells holding a value the user typed (not a formula, not the add-in's own). */
  typed: string[];
  /** Of `typed`, those whose value differs from the computed % by more than the tolerance. */
  disagreeing: string[];
  /** Target cells holding a formula: never written. */
  formulas: string[];
  /** Each written cell and what it held before (empty, the add-in's own earlier %, or a replaced typed value). */
  previous: Array<{ cell: string; content: CellContent }>;
  /** Cells to empty (value and fill): ours, unchanged, on a row whose indicator has no achievement now. */
  clears: string[];
  skipped: Array<{ cell: string; reason: SkipReason }>;
  findings: Finding[];
  /** The record to save for this sheet after the writes: cells still ours plus the new writes. */
  record: WriteRecord;
}

/** How the column holds percentages: fractions with a % format (0.868, "0.0%") or points (86.8). */
export type PercentConvention = "fraction" | "points";

/** The indicators that would be written: with an achievement and a % cell on their row. */
export function percentTargets(ret: ScoredReturn): Array<{ indicator: ScoredIndicator; cell: string }> {
  if (ret.table.columns.percent === undefined) return [];
  const out: Array<{ indicator: ScoredIndicator; cell: string }> = [];
  for (const indicator of ret.indicators) {
    const cell = indicator.cells.percent;
    if (cell && indicator.achievement !== null && Number.isFinite(indicator.achievement)) out.push({ indicator, cell });
  }
  return out;
}

/** Every indicator row's % cell (scored or not): the cells whose numbers tell the column's convention. */
export function percentColumnCells(ret: ScoredReturn): string[] {
  if (ret.table.columns.percent === undefined) return [];
  const out: string[] = [];
  for (const indicator of ret.indicators) if (indicator.cells.percent) out.push(indicator.cells.percent);
  return out;
}

/** True when a cell holds nothing: no value (Office.js reads "" for an empty cell) and no formula. */
export function isEmptyCell(content: CellContent): boolean {
  return (content.value === null || content.value === "") && !isFormula(content);
}

export function isFormula(content: CellContent): boolean {
  return typeof content.formula === "string" && content.formula.startsWith("=");
}

/** The same number, allowing only the last-bit noise of a double's round trip. */
function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** True when the cell still holds what the record says the add-in wrote (and no formula). */
export function isOurs(content: CellContent, recorded: number | undefined): boolean {
  return (
    recorded !== undefined &&
    !isFormula(content) &&
    typeof content.value === "number" &&
    sameNumber(content.value, recorded)
  );
}

/**
 * The column's convention, judged on its numeric cells: fractions when most of them have a "%" format.
 * A column with no numbers yet takes percent points (86.8), the way the field's "So sánh (%)" reads.
 */
export function percentConvention(cells: Iterable<CellContent>): PercentConvention {
  let percentFormatted = 0;
  let plain = 0;
  for (const cell of cells) {
    if (typeof cell.value !== "number") continue;
    if (/%/.test(stripQuoted(cell.numberFormat))) percentFormatted++;
    else plain++;
  }
  return percentFormatted > plain ? "fraction" : "points";
}

/** A number format without its quoted literals and escapes: `0.0"%"` shows a % sign but does not scale. */
function stripQuoted(format: string): string {
  return format.replace(/"[^"]*"/g, "").replace(/\\./g, "");
}

/** "0.0%" / "0.0" with `decimals` places ("0%" / "0" for none). */
export function percentNumberFormat(convention: PercentConvention, decimals: number): string {
  const base = decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
  return convention === "fraction" ? `${base}%` : base;
}

/** The value to write for an achievement (86.75 → 0.868 or 86.8 with one decimal), rounded as shown. */
export function percentValue(achievement: number, convention: PercentConvention, decimals: number): number {
  return convention === "fraction" ? roundTo(achievement / 100, decimals + 2) : roundTo(achievement, decimals);
}

/**
 * True when a typed value says the same as the computed achievement (points), within `tolerance`:
 * as percent points (86,8), or as a fraction (0,868) whether or not it has a % format.
 */
export function typedAgrees(content: CellContent, achievement: number, tolerance: number): boolean {
  const v = content.value;
  if (typeof v !== "number") return false;
  return Math.abs(v - achievement) <= tolerance || Math.abs(v * 100 - achievement) <= tolerance;
}

export interface PercentWriteBackOptions {
  /** Replace typed values that disagree with the computed % (never a formula). */
  replaceDisagreeing?: boolean;
}

/**
 * What to write into the return's % column. `current` holds the indicator rows' % cells as freshly read
 * (by A1 address; see percentColumnCells); a target missing from it is never written. `record` is what the add-in wrote on this sheet
 * before. A return without a % column gives no writes and a "no-percent-column" warning.
 */
export function planPercentWriteBack(
  ret: ScoredReturn,
  settings: Settings,
  current: Readonly<Record<string, CellContent>>,
  record: Readonly<WriteRecord>,
  options: PercentWriteBackOptions = {},
): PercentWriteBack {
  if (ret.table.columns.percent === undefined)
    return {
      writes: [],
      typed: [],
      disagreeing: [],
      formulas: [],
      previous: [],
      clears: [],
      skipped: [],
      findings: [{ sheet: ret.sheet, cell: "", severity: "warning", code: "no-percent-column" }],
      record: { ...record },
    };
  const targets = percentTargets(ret);
  const columnCells = percentColumnCells(ret);
  const convention = percentConvention(
    columnCells.map((cell) => current[cell]).filter((c): c is CellContent => c !== undefined),
  );
  const numberFormat = percentNumberFormat(convention, settings.decimals);

  // Cells still holding what we wrote stay ours; cells the user changed since are theirs from now on.
  const nextRecord: WriteRecord = {};
  for (const [cell, value] of Object.entries(record)) {
    const content = current[cell];
    if (content === undefined || isOurs(content, value)) nextRecord[cell] = value;
  }

  const writes: PercentWrite[] = [];
  const skipped: PercentWriteBack["skipped"] = [];
  const typed: string[] = [];
  const disagreeing: string[] = [];
  const formulas: string[] = [];
  const previous: PercentWriteBack["previous"] = [];
  for (const { indicator, cell } of targets) {
    const content = current[cell];
    if (content === undefined) {
      skipped.push({ cell, reason: "not-read" });
      continue;
    }
    const achievement = indicator.achievement as number;
    if (!isEmptyCell(content) && !isOurs(content, record[cell])) {
      const formula = isFormula(content);
      const disagrees = !formula && !typedAgrees(content, achievement, settings.sheetPercentTolerance);
      if (formula) formulas.push(cell);
      else typed.push(cell);
      if (disagrees) disagreeing.push(cell);
      if (!(disagrees && options.replaceDisagreeing === true)) {
        skipped.push({ cell, reason: "user-value" });
        continue;
      }
    }
    const value = percentValue(achievement, convention, settings.decimals);
    writes.push({ cell, value, numberFormat, fill: settings.colours[indicator.band] });
    previous.push({ cell, content });
    nextRecord[cell] = value;
  }

  // The % we wrote earlier on a row that has no achievement now: stale, so emptied (and forgotten).
  const targetCells = new Set(targets.map((t) => t.cell));
  const clears: string[] = [];
  for (const cell of columnCells) {
    const content = current[cell];
    if (targetCells.has(cell) || content === undefined || !isOurs(content, record[cell])) continue;
    clears.push(cell);
    delete nextRecord[cell];
  }
  return { writes, typed, disagreeing, formulas, previous, clears, skipped, findings: [], record: nextRecord };
}

/** A written cell's earlier contents, kept to undo the write ("Hoàn tác"): value, format and fill. */
export interface UndoEntry {
  value: string | number | boolean | null;
  numberFormat: string;
  /** "#RRGGBB", or null for no fill. */
  fill: string | null;
  /** The value was the add-in's own earlier % (so it is the add-in's again once restored). */
  wasOurs: boolean;
}
export type UndoRecord = Record<string, UndoEntry>;

/**
 * Undoing the last write-back: each cell that still holds exactly what the add-in wrote gets back what
 * it held; a cell changed since is left alone (counted in `skipped`). The record forgets restored cells.
 */
export function planPercentUndo(
  undo: Readonly<UndoRecord>,
  current: Readonly<Record<string, CellContent>>,
  record: Readonly<WriteRecord>,
): { restores: Array<{ cell: string; entry: UndoEntry }>; skipped: string[]; record: WriteRecord } {
  const restores: Array<{ cell: string; entry: UndoEntry }> = [];
  const skipped: string[] = [];
  const nextRecord: WriteRecord = { ...record };
  for (const [cell, entry] of Object.entries(undo)) {
    const content = current[cell];
    if (content === undefined || !isOurs(content, record[cell])) {
      skipped.push(cell);
      continue;
    }
    restores.push({ cell, entry });
    // the cell holds the user's (or nothing) again; an earlier % of ours restored stays ours
    const earlier = entry.value;
    if (typeof earlier === "number" && entry.wasOurs) nextRecord[cell] = earlier;
    else delete nextRecord[cell];
  }
  return { restores, skipped, record: nextRecord };
}
