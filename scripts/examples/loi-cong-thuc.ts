/**
 * xa-loi-cong-thuc.xlsx: a return with broken formulas whose cached results are errors
 * (#DIV/0!, #REF!, #N/A, #VALUE!), a text in a number cell ("khoảng 50"), plans of 0, a negative
 * count, a rate over 100 % and an indicator row typed twice.
 */
import type * as ExcelJS from "exceljs";
import { indicatorsFor, type IndicatorSpec } from "./indicators";
import { newWorkbook, writeStandardReturn, type Override } from "./sheet-kit";

const KEYS = [
  "grain",
  "grainPerHead",
  "rice",
  "forest",
  "livestock",
  "income",
  "budget",
  "ntm",
  "povertyRate",
  "poorHouseholds",
  "households",
  "leftPoverty",
  "vaccination",
  "insurance",
  "jobs",
  "childMarriage",
  "recruits",
  "partyMembers",
];

const error = (formula: string, code: string): ExcelJS.CellValue =>
  ({ formula, result: { error: code } }) as ExcelJS.CellValue;

export function buildLoiCongThuc(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("Phình Hồ");
  const overrides: Record<string, Partial<IndicatorSpec>> = {
    forest: { plan: 0, actual: 5 }, // plan 0 for an up indicator
    leftPoverty: { actual: -3 }, // a negative count
    insurance: { actual: 120 }, // a rate over 100 %
    jobs: { actual: "khoảng 50" }, // text in a number cell
    childMarriage: { plan: 0, actual: 1 },
  };
  const indicators = indicatorsFor("Phình Hồ", KEYS).map((s) => ({ ...s, ...overrides[s.key] }));
  const budget = indicators.find((s) => s.key === "budget")!;
  const actualOverride: Record<string, Override> = {
    grainPerHead: error("SUM(#REF!)", "#REF!"), // a deleted source sheet
    income: error('VLOOKUP("Thu nhập",$I$1:$J$2,2,FALSE)', "#N/A"),
  };
  const percentOverride: Record<string, Override> = {
    forest: (row) => error(`ROUND(E${row}/D${row}*100,1)`, "#DIV/0!"),
    childMarriage: (row) => error(`ROUND(E${row}/D${row}*100,1)`, "#DIV/0!"),
    jobs: (row) => error(`ROUND(E${row}/D${row}*100,1)`, "#VALUE!"),
    grainPerHead: (row) => error(`ROUND(E${row}/D${row}*100,1)`, "#REF!"),
    income: (row) => error(`ROUND(E${row}/D${row}*100,1)`, "#N/A"),
  };
  writeStandardReturn(sheet, {
    sheetName: "Phình Hồ",
    communeCaps: "XÃ PHÌNH HỒ",
    place: "Phình Hồ",
    subtitle: "(Kèm theo Báo cáo số 52/BC-UBND ngày 15/6/2022 của UBND xã Phình Hồ)",
    indicators,
    // The budget row pasted twice, with a different figure the second time.
    extraAfter: { budget: [{ ...budget, key: "budgetAgain", actual: 29 }] },
    actualOverride,
    percentOverride,
  });
  return workbook;
}
