/**
 * Returns typed in the legacy TCVN3 (ABC) encoding with ".VnTime" fonts, as older commune computers
 * still produce: "Chỉ tiêu" is stored as "ChØ tiªu".
 * - xa-tcvn3.xlsx: Xà Hồ, as an .xlsx.
 * - xa-ta-xi-lang.xls: Tà Xi Láng, an old Excel 97–2003 file, the common case for such returns;
 *   built as an .xlsx, then saved as .xls by LibreOffice (to-xls.ts), so the .xls is written by a
 *   real spreadsheet, not by our own reader's assumptions.
 */
import type * as ExcelJS from "exceljs";
import { encodeTcvn3 } from "../../src/core/text/legacy";
import { indicatorsFor } from "./indicators";
import { newWorkbook, writeStandardReturn } from "./sheet-kit";

function tcvn3Return(communeCaps: string, place: string, subtitle: string): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("Sheet1");
  writeStandardReturn(sheet, {
    sheetName: "Sheet1",
    communeCaps,
    place,
    subtitle,
    indicators: indicatorsFor(place),
    style: { font: ".VnTime", capsFont: ".VnTimeH", text: encodeTcvn3 },
  });
  return workbook;
}

export function buildTcvn3(): ExcelJS.Workbook {
  return tcvn3Return("XÃ XÀ HỒ", "Xà Hồ", "(Kèm theo Báo cáo số 38/BC-UBND ngày 14/6/2022 của UBND xã Xà Hồ)");
}

export function buildTaXiLang(): ExcelJS.Workbook {
  return tcvn3Return(
    "XÃ TÀ XI LÁNG",
    "Tà Xi Láng",
    "(Kèm theo Báo cáo số 41/BC-UBND ngày 16/6/2022 của UBND xã Tà Xi Láng)",
  );
}
