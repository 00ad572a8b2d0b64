// The rules that tell a hand-typed summary of units (bảng tổng hợp) from a return, and read its
// figure columns.
import type { CellValue } from "../grid";
import { readReturn } from "./read-return";
import { gridOf, type GridOptions } from "./test-support";
import { mayBeUnitSummary, summaryColumns, unitSummaryOf, type UnitSummary } from "./unit-summary";

const HEADER: CellValue[] = ["STT", "Tên đơn vị", "Kế hoạch", "Thực hiện"];
const tableOf = (rows: CellValue[][], sheet = "Sheet1") => readReturn(gridOf(rows, { sheet })).table!;
const rowsNaming = (...names: string[]): CellValue[][] => [HEADER, ...names.map((name, i) => [i + 1, name, 30, 33])];

/** The summary read off a grid and its figure columns, as [column, indicator, role, values, total]. */
function columnsOf(rows: CellValue[][], options: GridOptions) {
  const grid = gridOf(rows, options);
  const summary = unitSummaryOf(readReturn(grid).table!);
  expect(summary).not.toBeNull();
  return summaryColumns(grid, summary!).map((c) => [c.column, c.indicator, c.role, c.values, c.total]);
}

describe("the cheap first look (mayBeUnitSummary)", () => {
  it("does not look at a return whose rows mention communes after their first word", () => {
    const rows = rowsNaming("Số xã đạt chuẩn nông thôn mới", "Số xã có đường ô tô đến trung tâm", "Thu ngân sách");
    expect(mayBeUnitSummary(tableOf(rows))).toBe(false);
  });

  it("takes a sheet named exactly 'Tổng hợp', 'TH', 'Tổng hợp các xã' or 'Biểu tổng hợp', not one merely starting or ending so", () => {
    const rows = rowsNaming("Thu ngân sách", "Số hộ nghèo");
    for (const sheet of ["Tổng hợp", "TH", "Tổng hợp các xã", "Biểu tổng hợp"])
      expect([sheet, mayBeUnitSummary(tableOf(rows, sheet))]).toEqual([sheet, true]);
    // A return for six months, a commune's sheet, the instructions for the summary.
    for (const sheet of ["TH 6 tháng", "Thạch Bàn", "Hướng dẫn tổng hợp"])
      expect([sheet, mayBeUnitSummary(tableOf(rows, sheet))]).toEqual([sheet, false]);
  });
});

describe("which rows name units", () => {
  it("a district return listing 'Xã đạt chuẩn…' rows is a return: after the unit word comes a name, with a capital", () => {
    const rows = rowsNaming(
      "Xã đạt chuẩn nông thôn mới",
      "Xã đạt chuẩn nông thôn mới nâng cao",
      "Xã đạt chuẩn nông thôn mới kiểu mẫu",
    );
    expect(mayBeUnitSummary(tableOf(rows))).toBe(true);
    expect(unitSummaryOf(tableOf(rows))).toBeNull();
    // "Xã hội" (society) is no commune either.
    const socialisation = rowsNaming("Xã hội hóa giáo dục", "Xã hội hóa y tế", "Xã hội hóa thể thao");
    expect(unitSummaryOf(tableOf(socialisation))).toBeNull();
  });

  it("reads the unit word in any case, and a name starting with a digit", () => {
    const rows = rowsNaming("XÃ TRẠM TẤU", "xã  Bản Công", "Phường 5", "Thị trấn Mù Cang Chải");
    expect(unitSummaryOf(tableOf(rows))?.units.map((u) => u.name)).toEqual([
      "XÃ TRẠM TẤU",
      "xã Bản Công",
      "Phường 5",
      "Thị trấn Mù Cang Chải",
    ]);
  });

  it("does not take works located in communes for units", () => {
    const rows = rowsNaming("Đường giao thông xã Trạm Tấu", "Trường mầm non xã Bản Công", "Trạm y tế xã Pá Lau");
    expect(unitSummaryOf(tableOf(rows, "Tổng hợp"))).toBeNull();
  });

  it("with the workbook's areas known, still counts rows naming none of them as other rows", () => {
    const rows = rowsNaming("Trạm Tấu", "Bản Công", "Thu ngân sách", "Số hộ nghèo");
    const known = () => new Set(["trạm tấu", "bản công"]);
    // Two units of four rows: not most of them.
    expect(unitSummaryOf(tableOf(rows, "Tổng hợp"), known)).toBeNull();
    expect(unitSummaryOf(tableOf(rows.slice(0, 3), "Tổng hợp"), known)?.units).toHaveLength(2);
  });

  it("asks for the workbook's areas only of a sheet that may be a summary", () => {
    const known = jest.fn(() => new Set(["trạm tấu", "bản công", "pá lau"]));
    expect(unitSummaryOf(tableOf(rowsNaming("Trạm Tấu", "Bản Công", "Pá Lau")), known)).toBeNull();
    expect(known).not.toHaveBeenCalled();
    expect(unitSummaryOf(tableOf(rowsNaming("Trạm Tấu", "Bản Công", "Pá Lau"), "Tổng hợp"), known)).not.toBeNull();
    expect(known).toHaveBeenCalledTimes(1);
  });
});

describe("when a table is a summary", () => {
  it("takes the first total row as the total; a subtotal below it is neither unit nor total", () => {
    const rows: CellValue[][] = [
      HEADER,
      [null, "Tổng cộng", 60, 66],
      [null, "Cộng các xã vùng cao", 40, 44],
      [1, "Xã Trạm Tấu", 20, 22],
      [2, "Xã Bản Công", 20, 22],
      [3, "Xã Pá Lau", 20, 22],
    ];
    const summary = unitSummaryOf(tableOf(rows, "Tổng hợp"));
    expect(summary?.total?.name).toBe("Tổng cộng");
    expect(summary?.units.map((u) => u.name)).toEqual(["Xã Trạm Tấu", "Xã Bản Công", "Xã Pá Lau"]);
  });

  it("needs two units at least, even on a sheet named 'Tổng hợp' with a total", () => {
    const rows: CellValue[][] = [HEADER, [1, "Xã Trạm Tấu", 30, 33], [null, "Tổng cộng", 30, 33]];
    expect(unitSummaryOf(tableOf(rows, "Tổng hợp"))).toBeNull();
  });

  it("is one when units are 60 % of the rows exactly (three of five)", () => {
    const rows = rowsNaming("Xã Trạm Tấu", "Xã Bản Công", "Xã Pá Lau", "Các cơ quan khối huyện", "Doanh nghiệp");
    expect(unitSummaryOf(tableOf(rows, "Tổng hợp"))?.units).toHaveLength(3);
  });
});

describe("a summary's figure columns (summaryColumns)", () => {
  const UNITS: CellValue[][] = [
    [1, "Xã Trạm Tấu", 30, 33],
    [2, "Xã Bản Công", 20, 18],
    [3, "Xã Pá Lau", 10, 9],
  ];

  it("reads none from a sheet with no header", () => {
    const summary: UnitSummary = unitSummaryOf(tableOf([HEADER, ...UNITS], "Tổng hợp"))!;
    expect(summary).not.toBeNull();
    expect(summaryColumns(gridOf(UNITS, { sheet: "Tổng hợp" }), summary)).toEqual([]);
  });

  it("reads the header words, not the column numbers typed under them", () => {
    const rows: CellValue[][] = [HEADER, ["(1)", "(2)", "(3)", "(4)"], ...UNITS];
    expect(columnsOf(rows, { sheet: "Tổng hợp" })).toEqual([
      [3, null, "plan", [30, 20, 10], null],
      [4, null, "actual", [33, 18, 9], null],
    ]);
  });

  it("does not take a merged title above a one-row header for an indicator's name", () => {
    const rows: CellValue[][] = [["TỔNG HỢP KẾT QUẢ THU NGÂN SÁCH CÁC XÃ"], HEADER, ...UNITS];
    expect(columnsOf(rows, { sheet: "Tổng hợp", merges: ["A1:D1"] })).toEqual([
      [3, null, "plan", [30, 20, 10], null],
      [4, null, "actual", [33, 18, 9], null],
    ]);
  });

  it("gives each KH | TH pair the indicator merged over it, not the title above or the signature below", () => {
    const rows: CellValue[][] = [
      ["TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2026"],
      ["STT", "Tên đơn vị", "Thu ngân sách", null, "Số hộ nghèo", null, "Trồng rừng", null],
      [null, null, "KH", "TH", "KH", "TH", "KH", "TH"],
      [1, "Xã Trạm Tấu", 30, 33, 12, 10, 5, 6],
      [2, "Xã Bản Công", 20, 18, 8, 9, 4, 4],
      [3, "Xã Pá Lau", 10, 9, 6, 5, 3, 2],
      [null, "Tổng cộng", 60, 60, 26, 24, 12, 12],
      ["Người lập biểu"],
    ];
    // The merges in an order that puts every wrong candidate before the right one.
    const merges = ["A8:H8", "A1:H1", "E2:F2", "C2:D2", "G2:H2"];
    expect(
      columnsOf(rows, { sheet: "Tổng hợp", merges }).map(([column, indicator, role]) => [column, indicator, role]),
    ).toEqual([
      [3, "Thu ngân sách", "plan"],
      [4, "Thu ngân sách", "actual"],
      [5, "Số hộ nghèo", "plan"],
      [6, "Số hộ nghèo", "actual"],
      [7, "Trồng rừng", "plan"],
      [8, "Trồng rừng", "actual"],
    ]);
  });

  it("takes an indicator's name typed (not merged) over its plan column, and no name over a column with none above", () => {
    const rows: CellValue[][] = [["STT", "Tên đơn vị", "Thu ngân sách", null], [null, null, "KH", "TH"], ...UNITS];
    expect(
      columnsOf(rows, { sheet: "Tổng hợp" }).map(([column, indicator, role]) => [column, indicator, role]),
    ).toEqual([
      [3, "Thu ngân sách", "plan"],
      [4, null, "actual"],
    ]);
  });

  it("names no indicator after a group heading that is itself a result word ('Kết quả năm 2025')", () => {
    const rows: CellValue[][] = [["STT", "Tên đơn vị", "Kết quả năm 2025", null], [null, null, "KH", "TH"], ...UNITS];
    expect(
      columnsOf(rows, { sheet: "Tổng hợp", merges: ["C1:D1"] }).map(([column, indicator, role]) => [
        column,
        indicator,
        role,
      ]),
    ).toEqual([
      [3, null, "plan"],
      [4, null, "actual"],
    ]);
  });

  it("reads indicators' names under 'Kế hoạch' / 'Thực hiện' as their plan and result", () => {
    const grouped: CellValue[][] = [
      ["STT", "Tên đơn vị", "Kế hoạch", null, "Thực hiện", null],
      [null, null, "Thu ngân sách", "Số hộ nghèo", "Thu ngân sách", "Số hộ nghèo"],
      [1, "Xã Trạm Tấu", 30, 12, 33, 10],
      [2, "Xã Bản Công", 20, 8, 18, 9],
      [3, "Xã Pá Lau", 10, 6, 9, 5],
    ];
    const grid = gridOf(grouped, { sheet: "Tổng hợp", merges: ["C1:D1", "E1:F1"] });
    const columns = summaryColumns(grid, unitSummaryOf(readReturn(grid).table!)!);
    expect(columns.map((c) => [c.column, c.header, c.indicator, c.role])).toEqual([
      [3, "Kế hoạch Thu ngân sách", "Thu ngân sách", "plan"],
      [4, "Kế hoạch Số hộ nghèo", "Số hộ nghèo", "plan"],
      [5, "Thực hiện Thu ngân sách", "Thu ngân sách", "actual"],
      [6, "Thực hiện Số hộ nghèo", "Số hộ nghèo", "actual"],
    ]);
  });

  it("keeps a column with some figures or only a hand total; leaves out one with nothing typed", () => {
    const rows: CellValue[][] = [
      ["STT", "Tên đơn vị", "Kế hoạch", "Thực hiện", "Thu ngân sách", "Số hộ nghèo"],
      [1, "Xã Trạm Tấu", 30, 33, null, null],
      [2, "Xã Bản Công", 20, null, null, null],
      [3, "Xã Pá Lau", 10, "-", null, null],
      [null, "Tổng cộng", 60, null, null, 12],
    ];
    const grid = gridOf(rows, { sheet: "Tổng hợp" });
    const columns = summaryColumns(grid, unitSummaryOf(readReturn(grid).table!)!);
    expect(columns.map((c) => c.column)).toEqual([3, 4, 6]);
    // Not a number ("-": not reported yet) is null, like a blank.
    expect(columns[1].values).toStrictEqual([33, null, null]);
    expect(columns[1].total).toBeNull();
    // An indicator's name alone over its figures: its result.
    expect(columns[2]).toMatchObject({
      header: "Số hộ nghèo",
      indicator: "Số hộ nghèo",
      role: "actual",
      values: [null, null, null],
      total: 12,
    });
  });

  it("reads rates typed as fractions under a % format as the sheet shows them (0.052 is 5.2)", () => {
    const rows: CellValue[][] = [
      ["STT", "Tên đơn vị", "Kế hoạch", "Thực hiện", "Ghi chú"],
      [1, "Xã Trạm Tấu", 0.05, 0.052, null],
      [2, "Xã Bản Công", 0.04, 0.039, null],
      [3, "Xã Pá Lau", 0.06, 0.061, null],
    ];
    const formats = Object.fromEntries(["C2", "C3", "C4", "D2", "D3", "D4"].map((cell) => [cell, "0.0%"]));
    expect(columnsOf(rows, { sheet: "Tổng hợp", formats })).toEqual([
      [3, null, "plan", [5, 4, 6], null],
      [4, null, "actual", [5.2, 3.9, 6.1], null],
    ]);
  });
});
