import { createCellTextReader } from "./cell-text";
import { findHeader } from "./find-header";
import { readReturn } from "./read-return";
import { gridOf, type GridOptions } from "./test-support";
import type { CellValue } from "../grid";

function find(rows: CellValue[][], opts?: GridOptions) {
  const grid = gridOf(rows, opts);
  return findHeader(grid, createCellTextReader(grid));
}

describe("findHeader", () => {
  it("finds a one-row header below the title rows", () => {
    const found = find([
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2022"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"],
      [1, "Dân số", "người", 100, 90, null],
    ]);
    expect(found?.rows).toEqual([2]);
    expect(found?.dataStart).toBe(3);
    expect(found?.cells.map((c) => c.role)).toEqual(["code", "name", "unit", "plan", "actual", "note"]);
  });

  it("keeps a short first header when a fuller header of a second table follows its data", () => {
    const found = find([
      ["Chỉ tiêu", "KH", "TH"],
      ["Thu ngân sách", 30, 33],
      [],
      ["Biểu số 2: QUỐC PHÒNG - AN NINH"],
      ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Kế hoạch", "Ghi chú"],
      [1, "Số thanh niên nhập ngũ", "người", 12, 12, null],
    ]);
    expect(found?.rows).toEqual([0]);
    expect(found?.cells.map((c) => c.role)).toEqual(["name", "plan", "actual"]);
  });

  it("returns null when no row reads as a header", () => {
    expect(find([["Danh sách cán bộ"], ["Nguyễn Văn A", "Chủ tịch"]])).toBeNull();
  });

  it("joins a merged group header with the row below, and takes the column-number row", () => {
    const found = find(
      [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2022", null, "Ghi chú"],
        [null, null, null, "Kế hoạch", "Thực hiện", null],
        ["A", "B", "C", 1, 2, 3],
        [1, "Dân số", "người", 100, 90, null],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2"] },
    );
    expect(found?.rows).toEqual([0, 1, 2]);
    expect(found?.dataStart).toBe(3);
    const plan = found?.cells.find((c) => c.role === "plan");
    expect(plan).toEqual({ column: 4, text: "Năm 2022 Kế hoạch", role: "plan", year: 2022 });
    expect(found?.cells.find((c) => c.role === "name")?.text).toBe("Chỉ tiêu");
  });

  it("joins two header rows without merge information when together they say more", () => {
    const found = find([
      ["STT", "Chỉ tiêu", "ĐVT", "Năm 2022", null],
      [null, null, null, "Kế hoạch", "Thực hiện"],
      [1, "Dân số", "người", 100, 90],
    ]);
    expect(found?.rows).toEqual([0, 1]);
    expect(found?.cells.map((c) => c.role)).toEqual(["code", "name", "unit", "plan", "actual"]);
  });

  it("does not join a title merged across the table, nor a group row below", () => {
    const found = find(
      [
        ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2022 - XÃ TRẠM TẤU", null, null, null],
        ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
        ["I", "KINH TẾ", null, null],
        [1, "Thu ngân sách", 30, 33],
      ],
      { merges: ["A1:D1", "B3:D3"] },
    );
    expect(found?.rows).toEqual([1]);
  });

  it("reads TCVN3 headers", () => {
    const found = find([["STT", "ChØ tiªu", "§¬n vÞ tÝnh", "KÕ ho¹ch", "Thùc hiÖn"]]);
    expect(found?.cells.map((c) => [c.text, c.role])).toEqual([
      ["STT", "code"],
      ["Chỉ tiêu", "name"],
      ["Đơn vị tính", "unit"],
      ["Kế hoạch", "plan"],
      ["Thực hiện", "actual"],
    ]);
  });

  it("gives absolute columns for a grid that does not start at A1", () => {
    const found = find([["Chỉ tiêu", "KH", "TH"]], { top: 5, left: 3 });
    expect(found?.cells.map((c) => c.column)).toEqual([3, 4, 5]);
  });
});

describe("a data row is never the second half of a header", () => {
  it("keeps the first indicator when a table beside it has a header word in that row", () => {
    const grid = gridOf([
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", null, null, null, "Chỉ tiêu", "Thực hiện"],
      [1, "Tổng sản lượng lương thực", "tấn", 1200, 1100, null, null, null, "Lúa", "(năm trước)"],
      [2, "Thu ngân sách", "triệu đồng", 30, 33, null, null, null, null, null],
    ]);
    const read = readReturn(grid);
    expect(read.table?.headerRows).toEqual([1]);
    expect(read.table?.indicators.map((i) => i.name)).toEqual(["Tổng sản lượng lương thực", "Thu ngân sách"]);
  });
});
