/**
 * The layout corpus's language: a layout is described as sheets of rows (what the clerk typed, cell
 * by cell), merges and hidden rows, with the figures a person expects from it, worked out by hand
 * from the rules in ../shared/domain.md (never copied from the program's output). make-layouts.ts
 * turns the descriptions into .xlsx files; layouts.test.ts reads them back and compares.
 */
import type { BandId } from "../../src/core/model";
import type { CellValue, Grid } from "../../src/core/grid";
import { parseA1 } from "../../src/core/address";

export interface SheetDescription {
  name: string;
  rows: CellValue[][];
  /** Merged areas, A1 ranges ("A1:G1"). */
  merges?: string[];
  /** Sheet rows hidden by the clerk. */
  hidden?: number[];
}

/** [indicator name as shown after reading, plan, actual, achievement to one decimal (null: none), band]. */
export type ExpectedRow = [string, number | null, number | null, number | null, BandId];

export type SheetExpectation = { area: string | null; rows: ExpectedRow[] } | "skipped";

export interface LayoutCase {
  /** File name without ".xlsx". */
  name: string;
  /** What the layout is and which rule of domain.md it tries. */
  description: string;
  sheets: SheetDescription[];
  /** Per sheet name. */
  expect: Record<string, SheetExpectation>;
  /**
   * The "not understood" problems a person expects, by code, for a layout that cannot be read
   * whole and must say so ("sheet-no-actual-column"); none when absent.
   */
  problems?: string[];
}

/** A sheet description as the grid a shell would hand to the core. */
export function gridOfSheet(sheet: SheetDescription): Grid {
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const values = sheet.rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
  const grid: Grid = { sheet: sheet.name, top: 1, left: 1, values };
  if (sheet.merges) {
    grid.merges = sheet.merges.map((text) => {
      const [from, to = from] = text.split(":");
      const a = parseA1(from);
      const b = parseA1(to);
      if (!a || !b) throw new Error(`not a range: ${text}`);
      return { top: a.row, left: a.column, bottom: b.row, right: b.column };
    });
  }
  if (sheet.hidden) grid.hiddenRows = sheet.hidden;
  return grid;
}

// ---------- the standard indicators, with their expected figures worked by hand ----------

/** [STT, name, unit, plan, actual]. */
export type Row5 = [CellValue, string, string, CellValue, CellValue];

/**
 * Six indicators a commune reports, one per band and direction:
 * - 33 / 30 = 110 % (met); 347 / 400 = 86,75 % → shown 86,8 % (near); 17 / 25 = 68 % (mid);
 * - 20 / 50 = 40 % (low); poverty rate is lower-is-better without a baseline: 4 / 3,5 = 114,3 % (met);
 * - 73 / 46 = 158,7 % (met).
 */
export const STANDARD: Row5[] = [
  [1, "Thu ngân sách trên địa bàn", "triệu đồng", 30, 33],
  [2, "Tổng sản lượng lương thực có hạt", "tấn", 400, 347],
  [3, "Thu nhập bình quân đầu người", "triệu đồng", 25, 17],
  [4, "Diện tích trồng rừng mới", "ha", 50, 20],
  [5, "Tỷ lệ hộ nghèo", "%", 4, 3.5],
  [6, "Kết nạp đảng viên mới", "người", 46, 73],
];
export const STANDARD_EXPECTED: ExpectedRow[] = [
  ["Thu ngân sách trên địa bàn", 30, 33, 110, "met"],
  ["Tổng sản lượng lương thực có hạt", 400, 347, 86.8, "near"],
  ["Thu nhập bình quân đầu người", 25, 17, 68, "mid"],
  ["Diện tích trồng rừng mới", 50, 20, 40, "low"],
  ["Tỷ lệ hộ nghèo", 4, 3.5, 114.3, "met"],
  ["Kết nạp đảng viên mới", 46, 73, 158.7, "met"],
];

/**
 * A defence and security table: 12 / 12 = 100 % (met); violations are lower-is-better without a
 * baseline: 5 / 4 = 125 % (met); 9 / 10 = 90 % (near).
 */
export const DEFENCE: Row5[] = [
  [1, "Số thanh niên nhập ngũ", "người", 12, 12],
  [2, "Số vụ vi phạm pháp luật", "vụ", 5, 4],
  [3, "Số buổi tuyên truyền pháp luật", "buổi", 10, 9],
];
export const DEFENCE_EXPECTED: ExpectedRow[] = [
  ["Số thanh niên nhập ngũ", 12, 12, 100, "met"],
  ["Số vụ vi phạm pháp luật", 5, 4, 125, "met"],
  ["Số buổi tuyên truyền pháp luật", 10, 9, 90, "near"],
];

/** The standard header words, one row. */
export const HEADER = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "So sánh (%)", "Ghi chú"];

/** A title row for an area and period. */
export const title = (area: string, period = "NĂM 2024"): CellValue[] => [
  `BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI ${period} - ${area.toUpperCase()}`,
];

/** Rows [STT, name, unit, plan, actual] laid out in the order `order` names (keys of Row5 by role). */
export type Role = "code" | "name" | "unit" | "plan" | "actual";
const INDEX: Record<Role, number> = { code: 0, name: 1, unit: 2, plan: 3, actual: 4 };
export function arrange(rows: Row5[], order: Role[]): CellValue[][] {
  return rows.map((row) => order.map((role) => row[INDEX[role]]));
}
