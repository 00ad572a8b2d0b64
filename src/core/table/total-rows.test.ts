/**
 * Sum rows in a return ("Cộng", "Tổng cộng"): the sum of the rows above is not an indicator. It is
 * named in a note with its cell, left out of the indicators (so out of the band tally and of any
 * consolidation), and kept apart for a hand-typed summary of units, whose total row it is.
 */
import { createCellTextReader } from "./cell-text";
import { readReturn } from "./read-return";
import { readRows } from "./read-rows";
import { gridOf } from "./test-support";

const HEADER = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"];

describe("a return's sum rows", () => {
  const grid = gridOf(
    [
      ["BÁO CÁO KẾT QUẢ NĂM 2024 - XÃ TRẠM TẤU"],
      HEADER,
      ["I", "KINH TẾ"],
      [1, "Thu ngân sách", "triệu đồng", 30, 33],
      [2, "Tổng sản lượng lương thực", "tấn", 400, 347],
      [null, "Cộng", null, 430, 380],
      ["II", "XÃ HỘI"],
      [3, "Số hộ nghèo", "hộ", 120, 110],
      [null, "Trong đó:"],
      ["-", "Tổng số hộ nghèo mới", "hộ", 5, 4],
      [null, "- Tổng số", "hộ", 120, 110],
      [null, "TỔNG CỘNG", null, 555, 494],
    ],
    { sheet: "Bieu 1" },
  );
  const { table, findings } = readReturn(grid);

  it("are not indicators, and each is named with its cell", () => {
    expect(table?.indicators.map((i) => i.name)).toEqual([
      "Thu ngân sách",
      "Tổng sản lượng lương thực",
      "Số hộ nghèo",
      "Tổng số hộ nghèo mới",
      "- Tổng số",
    ]);
    // one note for the table, naming the first and every cell
    expect(findings.filter((f) => f.code === "total-row-skipped")).toEqual([
      {
        sheet: "Bieu 1",
        cell: "B6",
        severity: "warning",
        code: "total-row-skipped",
        params: { name: "Cộng", cells: "B6, B12", count: 2 },
      },
    ]);
  });

  it("a 'Tổng số' marked as a sub-row is a part of the row above, not a sum of the table", () => {
    const parts = table!.indicators.filter((i) => i.parent === 2).map((i) => i.name);
    expect(parts).toEqual(["Tổng số hộ nghèo mới", "- Tổng số"]);
  });

  it("are kept apart with their figures and cells", () => {
    expect(table?.totalRows?.map((t) => [t.name, t.cell, t.plan, t.actual])).toEqual([
      ["Cộng", "B6", { kind: "number", value: 430, percent: false }, { kind: "number", value: 380, percent: false }],
      [
        "TỔNG CỘNG",
        "B12",
        { kind: "number", value: 555, percent: false },
        { kind: "number", value: 494, percent: false },
      ],
    ]);
  });

  it("are left out by readRows alone too, when no one asks for them", () => {
    const rows = [HEADER, [1, "Thu ngân sách", "triệu đồng", 30, 33], [null, "Tổng cộng", null, 30, 33]];
    const grid = gridOf(rows, { sheet: "S" });
    const read = readRows(grid, createCellTextReader(grid), { code: 1, name: 2, unit: 3, plan: 4, actual: 5 }, 1);
    expect(read.indicators.map((i) => i.name)).toEqual(["Thu ngân sách"]);
    expect(read.findings.map((f) => f.code)).toEqual(["total-row-skipped"]);
  });

  it("a return without one has no sum rows", () => {
    const plain = readReturn(gridOf([HEADER, [1, "Thu ngân sách", "triệu đồng", 30, 33]], { sheet: "S" }));
    expect(plain.table?.totalRows).toBeUndefined();
    expect(plain.findings).toEqual([]);
  });
});
