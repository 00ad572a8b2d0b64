/** xa-tram-tau.xlsx: the standard form, one header row, seed figures from domain.md. */
import type * as ExcelJS from "exceljs";
import { INDICATORS } from "./indicators";
import { newWorkbook, writeStandardReturn } from "./sheet-kit";

export function buildTramTau(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("Biểu 01");
  writeStandardReturn(sheet, {
    sheetName: "Biểu 01",
    communeCaps: "XÃ TRẠM TẤU",
    place: "Trạm Tấu",
    subtitle: "(Kèm theo Báo cáo số 45/BC-UBND ngày 15/6/2022 của UBND xã)",
    indicators: INDICATORS,
    // Typed by hand instead of a formula, and a little off (17/25 is 68 %).
    percentOverride: { income: 70 },
  });
  return workbook;
}
