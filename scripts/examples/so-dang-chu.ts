/**
 * xa-so-dang-chu.xlsx: every figure typed as text, the way people type them: thousands dots
 * ("1.326"), decimal commas ("1,33"), "4,04%", "12/19", "17 triệu", "-", "đạt". The sheet is
 * named after the commune.
 */
import type * as ExcelJS from "exceljs";
import { indicator, type IndicatorSpec } from "./indicators";
import { newWorkbook, writeStandardReturn } from "./sheet-kit";

/** key → [plan, actual, the sheet's own % as typed] */
const TYPED: Array<[string, string, string, string]> = [
  ["grain", "2.450", "1.250,5", "51,04"],
  ["grainPerHead", "400", "347", "86,75"],
  ["rice", "310", "296,5", ""],
  ["income", "25 triệu", "17 triệu", "68"],
  ["budget", "30", "33,5", "111,7"],
  ["ntm", "19", "12/19", "63,2"],
  ["roads", "5", "1,33", "26,6"],
  ["povertyRate", "30%", "30,3%", ""],
  ["poorHouseholds", "398", "402", ""],
  ["households", "1.326", "1.326", "100"],
  ["povertyCut", "4%", "4,04%", "101"],
  ["vaccination", "96%", "79%", "82,3"],
  ["schools", "2", "-", ""],
  ["jobs", "120", "68", "56,7"],
  ["recruits", "đạt", "đạt", ""],
  ["partyMembers", "15", "9", "60"],
];

export function buildSoDangChu(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("Pá Lau");
  const indicators: IndicatorSpec[] = TYPED.map(([key, plan, actual]) => ({
    ...indicator(key),
    plan,
    actual,
    note: undefined,
  }));
  const percentOverride: Record<string, ExcelJS.CellValue> = {};
  for (const [key, , , percent] of TYPED) percentOverride[key] = percent === "" ? null : percent;
  writeStandardReturn(sheet, {
    sheetName: "Pá Lau",
    communeCaps: "XÃ PÁ LAU",
    place: "Pá Lau",
    subtitle: "(Kèm theo Báo cáo số 27/BC-UBND ngày 13/6/2022 của UBND xã Pá Lau)",
    indicators,
    percentOverride,
  });
  return workbook;
}
