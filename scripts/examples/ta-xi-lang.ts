/**
 * xa-ta-xi-lang.xls: an old Excel 97–2003 return typed in TCVN3 with ".VnTime" fonts, the common case
 * for files from older commune computers. Built as an .xlsx here, then saved as .xls by LibreOffice
 * (to-xls.ts), so the .xls is written by a real spreadsheet, not by our own reader's assumptions.
 */
import type * as ExcelJS from "exceljs";
import { encodeTcvn3 } from "../../src/core/text/legacy";
import { indicatorsFor } from "./indicators";
import { newWorkbook, writeStandardReturn } from "./sheet-kit";

export function buildTaXiLang(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("Sheet1");
  writeStandardReturn(sheet, {
    sheetName: "Sheet1",
    communeCaps: "XÃ TÀ XI LÁNG",
    place: "Tà Xi Láng",
    subtitle: "(Kèm theo Báo cáo số 41/BC-UBND ngày 16/6/2022 của UBND xã Tà Xi Láng)",
    indicators: indicatorsFor("Tà Xi Láng"),
    style: { font: ".VnTime", capsFont: ".VnTimeH", text: encodeTcvn3 },
  });
  return workbook;
}
