// A hand-typed summary of units (bảng tổng hợp) read off a sheet: which sheets are one, its unit
// rows and total row, and its figure columns.
import type { CellValue } from "../grid";
import { readReturn } from "./read-return";
import { gridOf } from "./test-support";
import { mayBeUnitSummary, summaryColumns, unitSummaryOf } from "./unit-summary";

const HEADER: CellValue[] = ["STT", "Tên đơn vị", "Kế hoạch", "Thực hiện"];
const tableOf = (rows: CellValue[][], sheet = "Sheet1") => {
  const grid = gridOf(rows, { sheet });
  return { grid, table: readReturn(grid).table! };
};

describe("mayBeUnitSummary: the cheap first look", () => {
  it("is a sheet named or titled 'tổng hợp', or with two rows starting with a unit word", () => {
    expect(mayBeUnitSummary(tableOf([HEADER, [1, "Thu ngân sách", 30, 33]], "Tổng hợp").table)).toBe(true);
    expect(mayBeUnitSummary(tableOf([HEADER, [1, "Thu ngân sách", 30, 33]], "TH").table)).toBe(true);
    expect(mayBeUnitSummary(tableOf([["TỔNG HỢP KẾT QUẢ CÁC XÃ"], HEADER, [1, "Thu ngân sách", 30, 33]]).table)).toBe(
      true,
    );
    const twoUnits = [HEADER, [1, "Xã A Lù", 30, 33], [2, "Phường 5", 20, 18]];
    expect(mayBeUnitSummary(tableOf(twoUnits).table)).toBe(true);
  });

  it("is not a return with one row naming a commune", () => {
    const rows = [HEADER, [1, "Xã đạt chuẩn nông thôn mới", 1, 1], [2, "Thu ngân sách", 30, 33]];
    expect(mayBeUnitSummary(tableOf(rows).table)).toBe(false);
  });
});

describe("unitSummaryOf", () => {
  it("takes the unit rows and the total row of a titled summary", () => {
    const { table } = tableOf(
      [HEADER, [1, "Xã Trạm Tấu", 30, 33], [2, "Xã Bản Công", 20, 18], [null, "Tổng cộng", 50, 51]],
      "Tổng hợp",
    );
    const summary = unitSummaryOf(table)!;
    expect(summary.units.map((u) => u.name)).toEqual(["Xã Trạm Tấu", "Xã Bản Công"]);
    expect(summary.total?.name).toBe("Tổng cộng");
    expect(summary).toMatchObject({ sheet: "Tổng hợp", nameColumn: 2 });
  });

  it("needs, untitled, a total row or three units", () => {
    const two = [HEADER, [1, "Xã Trạm Tấu", 30, 33], [2, "Xã Bản Công", 20, 18]];
    expect(unitSummaryOf(tableOf(two).table)).toBeNull();
    expect(unitSummaryOf(tableOf([...two, [null, "Tổng số", 50, 51]]).table)?.units).toHaveLength(2);
    expect(unitSummaryOf(tableOf([...two, [3, "Thị trấn Mù Cang Chải", 5, 5]]).table)?.units).toHaveLength(3);
  });

  it("needs most rows to name units: a return mentioning communes is no summary", () => {
    const rows = [
      HEADER,
      [1, "Xã Trạm Tấu", 30, 33],
      [2, "Xã Bản Công", 20, 18],
      [3, "Thu ngân sách", 20, 18],
      [4, "Số hộ nghèo", 20, 18],
    ];
    expect(unitSummaryOf(tableOf(rows, "Tổng hợp").table)).toBeNull();
  });

  it("knows units named without their unit word from the workbook's other sheets", () => {
    const rows = [HEADER, [1, "Trạm Tấu", 30, 33], [2, "Bản Công", 20, 18], [null, "Cộng", 50, 51]];
    const { table } = tableOf(rows, "Tổng hợp");
    expect(unitSummaryOf(table)).toBeNull();
    expect(unitSummaryOf(table, () => new Set(["trạm tấu", "bản công"]))?.units).toHaveLength(2);
  });
});

describe("summaryColumns", () => {
  it("reads the plan and result columns with each unit's figure and the hand total", () => {
    const { grid, table } = tableOf(
      [HEADER, [1, "Xã Trạm Tấu", 30, 33], [2, "Xã Bản Công", 20, 18], [null, "Tổng cộng", 50, 52]],
      "Tổng hợp",
    );
    expect(summaryColumns(grid, unitSummaryOf(table)!)).toEqual([
      { column: 3, header: "Kế hoạch", indicator: null, role: "plan", values: [30, 20], total: 50 },
      { column: 4, header: "Thực hiện", indicator: null, role: "actual", values: [33, 18], total: 52 },
    ]);
  });

  it("reads an indicator's name over plan and result; leaves the % column out", () => {
    const grid = gridOf(
      [
        ["STT", "Tên đơn vị", "Thu ngân sách", null, "Tỷ lệ (%)"],
        [null, null, "KH", "TH", null],
        [1, "Xã Trạm Tấu", 30, 33, 110],
        [2, "Xã Bản Công", 20, 18, 90],
        [3, "Xã Pá Lau", 10, 9, 90],
      ],
      { sheet: "Tổng hợp", merges: ["C1:D1"] },
    );
    const columns = summaryColumns(grid, unitSummaryOf(readReturn(grid).table!)!);
    expect(columns.map((c) => [c.column, c.indicator, c.role, c.values, c.total])).toEqual([
      [3, "Thu ngân sách", "plan", [30, 20, 10], null],
      [4, "Thu ngân sách", "actual", [33, 18, 9], null],
    ]);
    expect(columns[1].header).toBe("Thu ngân sách TH");
  });
});
