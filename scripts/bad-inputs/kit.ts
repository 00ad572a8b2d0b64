/**
 * Building blocks for the bad-input corpus: a case (workbook or raw bytes + what must be reported)
 * and a small "return" writer — title, one header row, indicator rows — so each case only says
 * what is wrong with it. Everything is deterministic (fixed dates; zip times fixed by the caller).
 */
import * as ExcelJS from "exceljs";
import { newWorkbook } from "../examples/sheet-kit";

/** The same fixed author and dates as the examples, so the corpus is byte-stable. */
export { newWorkbook };

/** A problem the engine MUST report for the case: its code, sheet and A1 cell ("" for file/sheet level). */
export interface ExpectedProblem {
  code: string;
  sheet: string;
  cell: string;
}

export interface Expectation {
  description: string;
  problems: ExpectedProblem[];
  /** Indicators that must still be scored (achievement computed) across the file. */
  minScored: number;
  /** The CLI's exit code for this file alone: 0 a summary is written, 1 nothing readable. */
  exitCode: 0 | 1;
}

export interface BadCase {
  /** File name without extension; the file is `<name>.xlsx`. */
  name: string;
  expect: Expectation;
  /** A workbook to write, or the raw bytes of the file. */
  build: () => ExcelJS.Workbook | Uint8Array;
}

/** One indicator row: [STT, Chỉ tiêu, ĐVT, Kế hoạch, Thực hiện, Ghi chú]. */
export type Row = ExcelJS.CellValue[];

/** Three ordinary indicators, all scorable; most cases add their bad rows after these. */
export const GOOD_ROWS: Row[] = [
  ["1", "Tổng sản lượng lương thực", "tấn", 1200, 1100, null],
  ["2", "Thu ngân sách trên địa bàn", "triệu đồng", 30, 33, null],
  ["3", "Số hộ được dùng nước sạch", "hộ", 400, 352, null],
];

export const HEADERS = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2022", "Thực hiện 6 tháng", "Ghi chú"];

export interface ReturnOptions {
  commune?: string;
  /** Rows written before the header (default: the title on row 1, blank row 2, header on row 3). */
  title?: string | null;
  headers?: ExcelJS.CellValue[];
  /** First column of the table (1 = A). */
  left?: number;
  /** First row of the title (1 by default). */
  top?: number;
}

/**
 * Writes a return on `sheet`: title at row `top` (1), header at `top + 2` (3), rows from `top + 3` (4).
 * Returns the sheet row of each written data row, in order.
 */
export function writeReturn(sheet: ExcelJS.Worksheet, rows: Row[], options: ReturnOptions = {}): number[] {
  const top = options.top ?? 1;
  const left = options.left ?? 1;
  const commune = options.commune ?? "XÃ TRẠM TẤU";
  const title =
    options.title === undefined
      ? `BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2022 - ${commune}`
      : options.title;
  if (title !== null) sheet.getCell(top, left).value = title;
  (options.headers ?? HEADERS).forEach((h, i) => (sheet.getCell(top + 2, left + i).value = h));
  const at: number[] = [];
  rows.forEach((row, r) => {
    const sheetRow = top + 3 + r;
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) sheet.getCell(sheetRow, left + c).value = v;
    });
    at.push(sheetRow);
  });
  return at;
}

/** A workbook with one sheet holding a return. */
export function singleReturn(sheetName: string, rows: Row[], options: ReturnOptions = {}): ExcelJS.Workbook {
  const workbook = newWorkbook();
  writeReturn(workbook.addWorksheet(sheetName), rows, options);
  return workbook;
}

/** The A1 address of column letter `col` on the row where data row `index` (0-based) lands. */
export function dataCell(col: string, index: number, top = 1): string {
  return `${col}${top + 3 + index}`;
}
