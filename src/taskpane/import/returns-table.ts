/**
 * The clerk's table of returns received (báo cáo đã nhận): one row per return read, then one per
 * file that gave no return (unreadable, or no indicator table), each with its problems and a status;
 * and the completeness count (số xã đã báo cáo / số xã phải báo cáo). Pure: no DOM, no Office.
 */
import type { Analysis } from "../../core/analyze";
import { missingExpected } from "../../core/consolidate/area-names";
import { needsReview, problemKind } from "../../core/problem-kinds";
import type { Problem } from "../../core/problems";

/** errors: nothing usable; warnings: "Cần xem lại" (a cell, column or figure to check); notes: only for information. */
export type ReturnStatus = "ok" | "notes" | "warnings" | "errors";

export interface ReturnRow {
  file: string;
  /** "" for a file that gave no return. */
  sheet: string;
  /** The area (xã/phường) the return names, null when it names none or no return was read. */
  area: string | null;
  period: string | null;
  /** Indicators (chỉ tiêu) read from the return; 0 when none. */
  indicators: number;
  status: ReturnStatus;
  problems: Problem[];
}

export function statusOf(problems: readonly Problem[]): ReturnStatus {
  if (problems.some((p) => p.severity === "error")) return "errors";
  if (problems.some((p) => needsReview(problemKind(p.code)))) return "warnings";
  return problems.length > 0 ? "notes" : "ok";
}

/**
 * Rows in the analysis' order. A return's problems are its file's problems on its sheet or on no
 * sheet; problems that belong to no file (an expected area missing, a unit mismatch across areas)
 * are in no row: they are about the consolidation, not a return.
 */
export function returnsTable(analysis: Analysis): ReturnRow[] {
  // Problems grouped once by file, then by sheet ("" = the whole file), in their original order, so
  // each row looks up its own instead of filtering the whole list (linear in returns + problems).
  const byFile = new Map<string, Map<string, Problem[]>>();
  for (const p of analysis.problems) {
    let sheets = byFile.get(p.file);
    if (!sheets) byFile.set(p.file, (sheets = new Map()));
    const list = sheets.get(p.sheet);
    if (list) list.push(p);
    else sheets.set(p.sheet, [p]);
  }
  const order = new Map(analysis.problems.map((p, i) => [p, i]));
  const rows: ReturnRow[] = analysis.returns.map(({ ret }) => {
    const sheets = byFile.get(ret.file);
    const own = sheets?.get(ret.sheet) ?? [];
    const fileWide = ret.sheet === "" ? [] : (sheets?.get("") ?? []);
    // Merge the two lists back into the analysis' order.
    const problems = fileWide.length === 0 ? own : [...own, ...fileWide].sort((x, y) => order.get(x)! - order.get(y)!);
    return {
      file: ret.file,
      sheet: ret.sheet,
      area: ret.area,
      period: ret.period,
      indicators: ret.indicators.length,
      status: statusOf(problems),
      problems,
    };
  });

  const withReturn = new Set(rows.map((row) => row.file));
  const without: string[] = [];
  const noted = new Set<string>();
  const note = (file: string) => {
    if (file !== "" && !withReturn.has(file) && !noted.has(file)) {
      noted.add(file);
      without.push(file);
    }
  };
  // problems follow the order the files were given in; then files whose sheets were all skipped
  analysis.problems.forEach((p) => note(p.file));
  analysis.skipped.forEach((s) => note(s.file));
  for (const file of without) {
    const sheets = byFile.get(file);
    const problems = sheets ? [...sheets.values()].flat().sort((x, y) => order.get(x)! - order.get(y)!) : [];
    rows.push({
      file,
      sheet: "",
      area: null,
      period: null,
      indicators: 0,
      // Nothing could be used from this file: an error for the clerk even if every finding is a warning.
      status: "errors",
      problems,
    });
  }
  return rows;
}

export interface Completeness {
  received: number;
  expected: number;
  /** Expected areas with no return, in the order expected. */
  missing: string[];
}

/**
 * How many of the expected areas have reported. Names match loosely (core's area-names): the unit
 * word (xã, phường, thị trấn, đặc khu) and case are ignored, exact diacritics first, then none.
 * `received` counts the expected areas found, so a return from an unexpected area does not count.
 */
export function completeness(expected: readonly string[], received: readonly string[]): Completeness {
  const unique = [...new Set(expected)];
  const missing = missingExpected(unique, received);
  return { received: unique.length - missing.length, expected: unique.length, missing };
}
