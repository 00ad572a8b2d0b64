/**
 * xa-tcvn3.xlsx: the standard form typed in the legacy TCVN3 (ABC) encoding with ".VnTime"
 * fonts, as older commune computers still produce: "Chỉ tiêu" is stored as "ChØ tiªu".
 */
import type * as ExcelJS from "exceljs";
import { encodeTcvn3 } from "../../src/core/text/legacy";
import { indicatorsFor } from "./indicators";
import { newWorkbook, writeStandardReturn } from "./sheet-kit";

export function buildTcvn3(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("Sheet1");
  writeStandardReturn(sheet, {
    sheetName: "Sheet1",
    communeCaps: "XÃ XÀ HỒ",
    place: "Xà Hồ",
    subtitle: "(Kèm theo Báo cáo số 38/BC-UBND ngày 14/6/2022 của UBND xã Xà Hồ)",
    indicators: indicatorsFor("Xà Hồ"),
    style: { font: ".VnTime", capsFont: ".VnTimeH", text: encodeTcvn3 },
  });
  return workbook;
}
