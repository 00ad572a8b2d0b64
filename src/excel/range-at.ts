/**
 * A rectangle of a worksheet by 1-based position, through `Worksheet.getRange(address)` (ExcelApi 1.1)
 * rather than `getRangeByIndexes` (1.7), so reading a workbook needs nothing above what the
 * conditional formats and custom XML parts ask for.
 */
import { rangeA1 } from "../core/address";

export function rangeAt(sheet: Excel.Worksheet, top: number, left: number, rows: number, columns: number): Excel.Range {
  return sheet.getRange(rangeA1(top, left, top + rows - 1, left + columns - 1));
}
