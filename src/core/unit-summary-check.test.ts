/**
 * A hand-typed "Tổng hợp" sheet in a workbook of communes: recognised, skipped with one line, its
 * totals checked against its own rows and against the communes' returns. The expected figures are
 * worked by hand: 30 + 20 + 10 = 60 planned, 33 + 18 + 9 = 60 done; the sheet's hand total says 61.
 */
import { analyze } from "./analyze";
import type { CellValue, Grid } from "./grid";
import { DEFAULT_SETTINGS } from "./settings";
import { gridOf } from "./table/test-support";
import { unitSummaryOf } from "./table/unit-summary";
import { readReturn } from "./table/read-return";

function commune(area: string, budget: [number, number], poor: [number, number]): Grid {
  return gridOf(
    [
      [`BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024 - ${area.toUpperCase()}`],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
      [1, "Thu ngân sách", "triệu đồng", ...budget],
      [2, "Số hộ nghèo", "hộ", ...poor],
    ],
    { sheet: area },
  );
}

const communes = [
  commune("Xã Trạm Tấu", [30, 33], [40, 35]),
  commune("Xã Bản Công", [20, 18], [25, 24]),
  commune("Phường Hà Giang 2", [10, 9], [5, 5]),
];

describe("a hand-typed summary of units", () => {
  it("is skipped with one line, and its totals are checked (rows and returns)", () => {
    const summary = gridOf(
      [
        ["TỔNG HỢP KẾT QUẢ THU NGÂN SÁCH CÁC XÃ NĂM 2024"],
        ["STT", "Tên đơn vị", "Kế hoạch", "Thực hiện"],
        [1, "Xã Trạm Tấu", 30, 33],
        [2, "Xã Bản Công", 20, 18],
        [3, "Phường Hà Giang 2", 10, 9],
        [null, "Tổng cộng", 60, 61],
      ],
      { sheet: "Tổng hợp" },
    );
    const analysis = analyze([{ file: "xa.xlsx", grids: [...communes, summary], findings: [] }], DEFAULT_SETTINGS);
    expect(analysis.returns.map((r) => r.ret.area)).toEqual(["Xã Trạm Tấu", "Xã Bản Công", "Phường Hà Giang 2"]);
    expect(analysis.skipped).toEqual([{ file: "xa.xlsx", sheet: "Tổng hợp" }]);
    const onSummary = analysis.problems.filter((p) => p.sheet === "Tổng hợp");
    expect(onSummary.map((p) => [p.code, p.cell, p.params])).toEqual([
      ["sheet-unit-summary", "", { units: 3 }],
      ["unit-summary-rows-differ", "D6", { column: "Thực hiện", hand: 61, sum: 60 }],
      [
        "unit-summary-total-differs",
        "D6",
        { column: "Thực hiện", indicator: "Thu ngân sách", hand: 61, computed: 60, units: 3 },
      ],
    ]);
    expect(onSummary[0].message).toContain("bảng tổng hợp gõ tay");
    expect(onSummary[2].message).toContain("61");
    // the consolidation has the three communes, not a fourth with no name
    expect(analysis.consolidation?.consolidation.areas).toEqual(["Xã Trạm Tấu", "Xã Bản Công", "Phường Hà Giang 2"]);
    expect(analysis.consolidation?.consolidation.missingAreas).toEqual([]);
  });

  it("reads indicator columns under a two-row header, with units named as the other sheets name them", () => {
    const summary = gridOf(
      [
        ["BIỂU TỔNG HỢP"],
        ["STT", "Tên xã", "Thu ngân sách", null, "Số hộ nghèo", null],
        [null, null, "KH", "TH", "KH", "TH"],
        [1, "Trạm Tấu", 30, 33, 40, 35],
        [2, "Bản Công", 20, 18, 25, 24],
        [3, "Hà Giang 2", 10, 9, 5, 5],
        [null, "Tổng cộng", 60, 60, 70, 64],
      ],
      { sheet: "TH", merges: ["A2:A3", "B2:B3", "C2:D2", "E2:F2"] },
    );
    const analysis = analyze([{ file: "xa.xlsx", grids: [...communes, summary], findings: [] }], DEFAULT_SETTINGS);
    const onSummary = analysis.problems.filter((p) => p.sheet === "TH");
    // 40 + 25 + 5 = 70 planned poor households agrees; 35 + 24 + 5 = 64 done agrees; the budget agrees
    expect(onSummary.map((p) => p.code)).toEqual(["sheet-unit-summary"]);

    const wrong = gridOf(
      summary.values.map((row, r) => (r === 6 ? [null, "Tổng cộng", 60, 60, 75, 64] : row)),
      { sheet: "TH", merges: ["A2:A3", "B2:B3", "C2:D2", "E2:F2"] },
    );
    const checked = analyze([{ file: "xa.xlsx", grids: [...communes, wrong], findings: [] }], DEFAULT_SETTINGS);
    expect(checked.problems.filter((p) => p.sheet === "TH").map((p) => [p.code, p.cell, p.params?.column])).toEqual([
      ["sheet-unit-summary", "", undefined],
      ["unit-summary-rows-differ", "E7", "Số hộ nghèo KH"],
      ["unit-summary-total-differs", "E7", "Số hộ nghèo KH"],
    ]);
  });

  it("keeps a sheet that only looked like a summary in its place among the returns, problems too", () => {
    // named "TH" (as a summary may be) but a commune's own return, with a problem in it
    const looksLikeOne = gridOf(
      [
        ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024 - XÃ NẬM CÓ"],
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        [1, "Thu ngân sách", "triệu đồng", 0, 5],
      ],
      { sheet: "TH" },
    );
    const later = commune("Xã Bản Công", [0, 5], [25, 24]); // a problem here too: plan 0
    const grids = [communes[0], looksLikeOne, later];
    const analysis = analyze([{ file: "xa.xlsx", grids, findings: [] }], DEFAULT_SETTINGS);
    expect(analysis.returns.map((r) => r.ret.sheet)).toEqual(["Xã Trạm Tấu", "TH", "Xã Bản Công"]);
    expect(analysis.skipped).toEqual([]);
    const planZero = analysis.problems.filter((p) => p.code === "plan-zero").map((p) => p.sheet);
    expect(planZero).toEqual(["TH", "Xã Bản Công"]);
  });

  it("leaves a return whose indicators merely mention communes alone", () => {
    const rows: CellValue[][] = [
      ["BÁO CÁO TỔNG HỢP KẾT QUẢ NĂM 2024 - HUYỆN TRẠM TẤU"],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
      [1, "Số xã đạt chuẩn nông thôn mới", "xã", 3, 2],
      [2, "Thu ngân sách", "triệu đồng", 30, 33],
      [3, "Xã Trạm Tấu đạt chuẩn văn hóa", "xã", 1, 1],
    ];
    const table = readReturn(gridOf(rows)).table!;
    expect(unitSummaryOf(table, () => new Set(["trạm tấu"]))).toBeNull();
  });
});
