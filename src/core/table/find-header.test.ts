import { createCellTextReader } from "./cell-text";
import { findHeader, isHeaderRow } from "./find-header";
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

describe("which rows read as a header", () => {
  it("needs the name column and one more role, or both figures", () => {
    expect(isHeaderRow(["Chỉ tiêu", "ĐVT"])).toBe(true);
    expect(isHeaderRow(["Chỉ tiêu", "Ghi chú"])).toBe(true);
    expect(isHeaderRow(["Chỉ tiêu", "Cùng kỳ"])).toBe(true);
    expect(isHeaderRow(["Chỉ tiêu", "Chiều hướng"])).toBe(true);
    expect(isHeaderRow(["Chỉ tiêu", "So sánh TH/KH (%)"])).toBe(true);
    expect(isHeaderRow(["STT", "Chỉ tiêu"])).toBe(true);
    expect(isHeaderRow(["", "Kế hoạch", "Thực hiện"])).toBe(true);
  });

  it("is not a name alone, nor one figure with other columns", () => {
    expect(isHeaderRow(["Chỉ tiêu"])).toBe(false);
    expect(isHeaderRow(["Kế hoạch", "ĐVT", "Ghi chú"])).toBe(false);
    expect(isHeaderRow(["Thực hiện", "Cùng kỳ", "Ghi chú"])).toBe(false);
    expect(isHeaderRow(["STT", "ĐVT", "Ghi chú", "Chiều hướng"])).toBe(false);
    expect(isHeaderRow(["", "", ""])).toBe(false);
  });
});

describe("findHeader on edge grids", () => {
  it("finds nothing in an empty sheet or past its last row", () => {
    expect(find([])).toBeNull();
    expect(find([[]])).toBeNull();
    const grid = gridOf([["Chỉ tiêu", "KH", "TH"]]);
    expect(findHeader(grid, createCellTextReader(grid), { from: 1 })).toBeNull();
  });

  it("finds a later table's header from the row the reading stopped at", () => {
    const grid = gridOf([
      ["Chỉ tiêu", "KH", "TH"],
      ["Thu ngân sách", 30, 33],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"],
      [1, "Số thanh niên nhập ngũ", "người", 12],
    ]);
    const found = findHeader(grid, createCellTextReader(grid), { from: 2 });
    expect(found?.rows).toEqual([3]);
    expect(found?.dataStart).toBe(4);
    expect(found?.cells.map((c) => c.role)).toEqual(["code", "name", "unit", "actual"]);
  });

  it("does not take a row above the floor into the header, merged or not", () => {
    const grid = gridOf(
      [
        ["Chỉ tiêu", "Năm 2022", null],
        [null, "Kế hoạch", "Thực hiện"],
        ["Thu ngân sách", 300, 330],
      ],
      { merges: ["A1:A2", "B1:C1"] },
    );
    const reader = createCellTextReader(grid);
    expect(findHeader(grid, reader, { from: 1, floor: 1 })?.rows).toEqual([1]);
    expect(findHeader(grid, reader, { from: 1 })?.rows).toEqual([0, 1]);
  });

  it("looks at the first 30 rows from where it starts, no further", () => {
    const blank: CellValue[][] = Array.from({ length: 29 }, () => ["ghi nhận"]);
    expect(find([...blank, ["Chỉ tiêu", "KH", "TH"]])?.rows).toEqual([29]);
    expect(find([...blank, ["ghi nhận"], ["Chỉ tiêu", "KH", "TH"]])).toBeNull();
  });
});

describe("choosing among header-like rows", () => {
  const weak: CellValue[] = ["Chỉ tiêu", "ĐVT", null, null];
  const full: CellValue[] = ["Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"];
  const note: CellValue[] = ["(số liệu đến 15/6)"];

  it("takes a fuller header up to four rows below the first header-like row", () => {
    expect(find([weak, note, note, note, full])?.rows).toEqual([4]);
    expect(find([weak, note, note, note, note, full])?.rows).toEqual([0]);
  });

  it("of two equally full header rows keeps the first", () => {
    const found = find([full, note, ["Nội dung", "Đơn vị", "KH", "TH"]]);
    expect(found?.rows).toEqual([0]);
    expect(found?.cells.map((c) => c.text)).toEqual(["Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"]);
  });

  it("a row of years typed as numbers under a group header is part of the header, not data", () => {
    const found = find(
      [
        ["STT", "Chỉ tiêu", "Kế hoạch", null, "Thực hiện"],
        [null, null, 2022, 2023, 2022],
        [1, "Thu ngân sách", 30, 35, 33],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:E2"] },
    );
    expect(found?.rows).toEqual([0, 1]);
    expect(found?.cells.map((c) => [c.text, c.role, c.year])).toEqual([
      ["STT", "code", null],
      ["Chỉ tiêu", "name", null],
      ["Kế hoạch 2022", "plan", 2022],
      ["Kế hoạch 2023", "plan", 2023],
      ["Thực hiện", "actual", null],
    ]);
  });

  it("a row with one number is no data row: the scan goes on past it", () => {
    expect(find([weak, ["Biểu số", 2], full])?.rows).toEqual([2]);
  });
});

describe("two-row headers", () => {
  it("joins a group header in the row above the fuller row", () => {
    const found = find(
      [
        [null, null, null, "Năm 2022", null],
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        [1, "Dân số", "người", 100, 90],
      ],
      { merges: ["D1:E1"] },
    );
    expect(found?.rows).toEqual([0, 1]);
    expect(found?.cells.map((c) => [c.text, c.role, c.year])).toEqual([
      ["STT", "code", null],
      ["Chỉ tiêu", "name", null],
      ["ĐVT", "unit", null],
      ["Năm 2022 Kế hoạch", "plan", 2022],
      ["Năm 2022 Thực hiện", "actual", 2022],
    ]);
  });

  it("joins the row below when the header's cells are merged down, not the title above", () => {
    const found = find(
      [
        ["BÁO CÁO CHỈ TIÊU NĂM 2022"],
        ["STT", "Chỉ tiêu", "Kế hoạch", null],
        [null, null, "Năm", "6 tháng"],
        [1, "Thu ngân sách", 30, 15],
      ],
      { merges: ["A2:A3", "B2:B3", "C2:D2"] },
    );
    expect(found?.rows).toEqual([1, 2]);
    expect(found?.dataStart).toBe(3);
    expect(found?.cells.map((c) => [c.text, c.role])).toEqual([
      ["STT", "code"],
      ["Chỉ tiêu", "name"],
      ["Kế hoạch Năm", "plan"],
      ["Kế hoạch 6 tháng", "plan"],
    ]);
  });

  it("a long title merged over part of the header is no group header", () => {
    const found = find(
      [
        ["BÁO CÁO CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI XÃ TRẠM TẤU", null, null, null],
        ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
        [1, "Thu ngân sách", 30, 33],
      ],
      { merges: ["A1:C1"] },
    );
    expect(found?.rows).toEqual([1]);
  });

  it("a long group header that names a role still joins", () => {
    const found = find(
      [
        [null, null, "Kết quả thực hiện 6 tháng đầu năm 2022 của xã", null, null],
        ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Ghi chú"],
        [1, "Thu ngân sách", 30, 33, null],
      ],
      { merges: ["C1:D1"] },
    );
    expect(found?.rows).toEqual([0, 1]);
  });

  it("a group merged over one text only is no group header", () => {
    const found = find(
      [
        [null, null, "Năm 2022", null],
        ["STT", "Chỉ tiêu", "Kế hoạch", null],
        [1, "Thu ngân sách", 30, 33],
      ],
      { merges: ["C1:D1"] },
    );
    expect(found?.rows).toEqual([1]);
  });

  it("a last-year group over an actual column is the baseline", () => {
    const found = find(
      [
        ["STT", "Chỉ tiêu", "Cùng kỳ", "Năm 2022", null],
        [null, null, "Thực hiện", "Kế hoạch", "Thực hiện"],
        [1, "Thu ngân sách", 28, 30, 33],
      ],
      { merges: ["A1:A2", "B1:B2", "D1:E1"] },
    );
    expect(found?.cells.map((c) => [c.text, c.role])).toEqual([
      ["STT", "code"],
      ["Chỉ tiêu", "name"],
      ["Cùng kỳ Thực hiện", "baseline"],
      ["Năm 2022 Kế hoạch", "plan"],
      ["Năm 2022 Thực hiện", "actual"],
    ]);
  });

  it("takes a column-number row under a one-row header, but not a row of one number", () => {
    expect(
      find([
        ["Chỉ tiêu", "KH", "TH"],
        ["(1)", "(2)", "(3)"],
        ["Dân số", 100, 90],
      ])?.rows,
    ).toEqual([0, 1]);
    expect(
      find([
        ["Chỉ tiêu", "KH", "TH"],
        ["1", null, null],
        ["Dân số", 100, 90],
      ])?.rows,
    ).toEqual([0]);
  });
});

describe("the scan for the header row", () => {
  const weak: CellValue[] = ["Chỉ tiêu", "ĐVT", null, null];
  const full: CellValue[] = ["Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"];
  const note: CellValue[] = ["(số liệu đến 15/6)"];

  it("is not stopped by figures above the header (a summary line under the title)", () => {
    const found = find([
      ["Tổng số hộ", 1200, 1250],
      ["STT", "Chỉ tiêu", "KH", "TH"],
      [1, "Dân số", 5200, 5350],
    ]);
    expect(found?.rows).toEqual([1]);
  });

  it("finds nothing when no row has the name and another role, or both figures", () => {
    expect(
      find([
        ["Kế hoạch", "ĐVT"],
        ["Dân số", 100],
      ]),
    ).toBeNull();
  });

  it("counts the four rows from the first header-like row, not from each later one", () => {
    expect(find([weak, note, note, weak, note, note, note, full])?.rows).toEqual([0]);
  });

  it("stops at a row of large figures (not years) after the first header-like row", () => {
    expect(find([weak, ["Dân số", "người", 5200, 5350], full])?.rows).toEqual([0]);
  });
});

describe("joining header rows", () => {
  it("joins a second row under cells merged down over both, even when it names no new column", () => {
    const found = find(
      [
        ["STT", "Chỉ tiêu", null, "Kế hoạch", "Thực hiện"],
        [null, null, null, "năm 2022", "6 tháng"],
        [1, "Thu ngân sách", null, 300, 150],
      ],
      { merges: ["A1:A2", "B1:B2"] },
    );
    expect(found?.rows).toEqual([0, 1]);
    expect(found?.cells.map((c) => [c.column, c.text, c.role, c.year])).toEqual([
      [1, "STT", "code", null],
      [2, "Chỉ tiêu", "name", null],
      [4, "Kế hoạch năm 2022", "plan", 2022],
      [5, "Thực hiện 6 tháng", "actual", null],
    ]);
  });

  it("joins texts with one space, and keeps a text alone where the other row is empty", () => {
    const found = find([
      ["STT", "Chỉ tiêu", "ĐVT", "Năm 2022", null],
      [null, null, null, "Kế hoạch", "Thực hiện"],
      [1, "Dân số", "người", 1000, 900],
    ]);
    expect(found?.cells.map((c) => c.text)).toEqual(["STT", "Chỉ tiêu", "ĐVT", "Năm 2022 Kế hoạch", "Thực hiện"]);
  });

  it("a name merged across two columns joins neither the title above nor the group row below", () => {
    const found = find(
      [
        ["BÁO CÁO CHỈ TIÊU NĂM 2022"],
        ["STT", "Chỉ tiêu", null, "Kế hoạch", "Thực hiện"],
        ["I", "KINH TẾ", null, null, null],
        [1, "Thu ngân sách", null, 300, 330],
      ],
      { merges: ["B2:C2"] },
    );
    expect(found?.rows).toEqual([1]);
  });

  it("a comparison group over KH and CK is the % column, not a second plan", () => {
    const found = find(
      [
        ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "So sánh (%)", null],
        [null, null, null, null, "KH", "CK"],
        [1, "Thu ngân sách", 300, 330, 110, 105],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1"] },
    );
    expect(found?.cells.filter((c) => c.role === "plan").map((c) => c.text)).toEqual(["Kế hoạch"]);
    expect(found?.cells.find((c) => c.text === "So sánh (%) KH")?.role).toBe("percent");
  });

  it("a title merged over the header's columns is no group header, even beside a spare column", () => {
    const found = find(
      [
        ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2022", null, null, null, null],
        ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", null],
        [1, "Thu ngân sách", 300, 330, null],
      ],
      { merges: ["A1:D1"] },
    );
    expect(found?.rows).toEqual([1]);
  });
});

describe("merged blocks above the header", () => {
  it("the agency's name merged over two rows at the top left is no group header", () => {
    const found = find(
      [
        ["UBND XÃ TRẠM TẤU", null, null, null, null],
        [null, null, null, null, null],
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        [1, "Thu ngân sách", "triệu đồng", 300, 330],
      ],
      { merges: ["A1:C2"] },
    );
    expect(found?.rows).toEqual([2]);
  });

  it("an empty merged band above the header is not joined", () => {
    const found = find(
      [
        [null, null, null, null, null],
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        [1, "Thu ngân sách", "triệu đồng", 300, 330],
      ],
      { merges: ["C1:E1"] },
    );
    expect(found?.rows).toEqual([1]);
  });
});
