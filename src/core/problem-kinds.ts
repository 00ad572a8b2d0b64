/**
 * What kind of problem each finding is, so a clerk sees at a glance what a return needs: a cell to
 * fix ("Lỗi ô"), a column the reader did not find ("Thiếu cột"), a figure to check ("Cần xem số
 * liệu"), or only something worth knowing (the sheet's own % computed another way, indicators most
 * units have, text converted from an old encoding). Only the first group makes a return "Cần xem lại".
 */
import type { Finding, ProblemCode } from "./problems";
import type { Language } from "./settings";

export type ProblemKind =
  | "unreadable" // a file or the whole run gave nothing
  | "cell" // a figure cell holds text, an error value or a date
  | "column" // the plan, result or % column is not there
  | "figure" // a figure to check: unit slip, negative count, rate over 100 %, a repeated row, no plan
  | "percent" // the sheet's own % was computed another way; the recomputed one is used
  | "missing" // indicators most units have
  | "not-reported" // an expected unit has sent nothing
  | "skipped" // a sheet that is not a return
  | "note"; // worth knowing, nothing to fix

/** Display order, most urgent first. */
export const PROBLEM_KINDS: readonly ProblemKind[] = [
  "unreadable",
  "cell",
  "column",
  "figure",
  "percent",
  "missing",
  "not-reported",
  "skipped",
  "note",
];

const KIND_OF: Record<ProblemCode, ProblemKind> = {
  "file-unreadable": "unreadable",
  "file-encrypted": "unreadable",
  "file-not-found": "unreadable",
  "file-no-sheets": "unreadable",
  "file-not-regular": "unreadable",
  "file-too-many-sheets": "skipped",
  "no-returns": "unreadable",
  "excel-api-error": "unreadable",
  "sheet-empty": "skipped",
  "sheet-no-header": "skipped",
  "sheet-too-large": "skipped",
  "cells-outside-table": "note",
  "sheet-unit-summary": "skipped",
  "sheet-no-plan-column": "column",
  "sheet-no-actual-column": "column",
  "no-percent-column": "column",
  "value-not-number": "cell",
  "value-error": "cell",
  "value-date": "cell",
  "cell-text-too-long": "note",
  "plan-zero": "figure",
  "plan-missing": "figure",
  "negative-count": "figure",
  "percent-over-100": "figure",
  "suspect-unit": "figure",
  "duplicate-indicator": "figure",
  "unit-mismatch": "figure",
  "area-duplicate": "figure",
  "unit-summary-rows-differ": "figure",
  "unit-summary-total-differs": "figure",
  "sheet-percent-disagrees": "percent",
  "columns-percent-fits-other": "column",
  "indicator-missing": "missing",
  "area-not-reported": "not-reported",
  "legacy-encoding": "note",
  "formula-text": "note",
  "rate-plain-mean": "note",
  "total-row-skipped": "note",
  "row-without-name": "note",
  "return-parts-joined": "note",
};

export function problemKind(code: ProblemCode): ProblemKind {
  return KIND_OF[code];
}

/** The kinds that need the clerk to look at the return again (the rest are information). */
export function needsReview(kind: ProblemKind): boolean {
  return kind === "unreadable" || kind === "cell" || kind === "column" || kind === "figure";
}

const LABELS: Record<ProblemKind, Record<Language, string>> = {
  unreadable: { vi: "Không đọc được", en: "Unreadable" },
  cell: { vi: "Lỗi ô", en: "Cell errors" },
  column: { vi: "Thiếu cột", en: "Missing column" },
  figure: { vi: "Cần xem số liệu", en: "Figures to check" },
  percent: { vi: "Cột % của biểu tính khác", en: "Sheet's % computed differently" },
  missing: { vi: "Thiếu chỉ tiêu đa số đơn vị có", en: "Lacks indicators most units have" },
  "not-reported": { vi: "Chưa gửi báo cáo", en: "Not reported" },
  skipped: { vi: "Trang không phải biểu, bỏ qua", en: "Sheets skipped (not a return)" },
  note: { vi: "Ghi chú", en: "Notes" },
};

export function problemKindLabel(kind: ProblemKind, lang: Language): string {
  return LABELS[kind][lang];
}

/** How many findings of each kind, in display order, kinds with none left out. */
export function countByKind(findings: readonly Pick<Finding, "code">[]): Array<[ProblemKind, number]> {
  const counts = new Map<ProblemKind, number>();
  for (const f of findings) counts.set(problemKind(f.code), (counts.get(problemKind(f.code)) ?? 0) + 1);
  return PROBLEM_KINDS.filter((k) => counts.has(k)).map((k) => [k, counts.get(k)!]);
}

/** The kinds present, in display order. */
export function kindsOf(findings: readonly Pick<Finding, "code">[]): ProblemKind[] {
  return countByKind(findings).map(([kind]) => kind);
}
