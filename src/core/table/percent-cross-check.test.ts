// The sheet's own % column (so sánh) as a check on the plan and result columns chosen.
import { describeColumns } from "../columns-read";
import type { CellValue } from "../grid";
import { percentAgrees } from "./percent-cross-check";
import { readReturn } from "./read-return";
import { gridOf } from "./test-support";

const read = (rows: CellValue[][]) => readReturn(gridOf(rows));

describe("the sheet's own % column as a cross-check", () => {
  it("agrees either way round, in points or as a fraction, as rounded on a sheet", () => {
    expect(percentAgrees(33, 30, 110)).toBe(true);
    expect(percentAgrees(33, 30, 1.1)).toBe(true);
    expect(percentAgrees(3.5, 4, 114)).toBe(true); // 4 / 3.5 = 114.3 %: a down indicator's way round
    expect(percentAgrees(33, 30, 120)).toBe(false);
  });

  it("confirms the chosen pair without a warning", () => {
    const { findings, table } = read([
      ["Chỉ tiêu", "KH", "TH", "So sánh (%)"],
      ["Thu ngân sách", 30, 33, 110],
      ["Số hộ", 50, 40, 80],
    ]);
    expect(findings).toEqual([]);
    expect(describeColumns(table!, "vi").uncertain).toBe(false);
  });

  it("warns, naming the cells, when another pair of columns fits the % better, and keeps the words' choice", () => {
    // The header words say KH = B, TH = C; the sheet's % was computed from D / B (a period column
    // typed without a result word): 70 / 100 = 70 %, 45 / 50 = 90 %, 12 / 20 = 60 %.
    const { findings, table } = read([
      ["Chỉ tiêu", "KH năm", "Thực hiện", "Năm 2024", "So sánh (%)"],
      ["Thu ngân sách", 100, 20, 70, 70],
      ["Số hộ", 50, 10, 45, 90],
      ["Số lao động", 20, 5, 12, 60],
    ]);
    expect(table?.columns).toMatchObject({ plan: 2, actual: 3, percent: 5 });
    expect(findings).toEqual([
      {
        sheet: "Sheet1",
        cell: "E2",
        severity: "warning",
        code: "columns-percent-fits-other",
        params: { chosen: "C/B", other: "D/B", cells: "E2, E3, E4" },
      },
    ]);
    expect(table?.indicators[0].actual).toEqual({ kind: "number", value: 20, percent: false });
    expect(describeColumns(table!, "vi").text).toContain("cột % của biểu khớp cặp cột khác");
  });
});

describe("when the % column is not asked to choose", () => {
  const header = ["Chỉ tiêu", "KH năm", "Thực hiện", "Năm 2024", "So sánh (%)"];

  it("says nothing with fewer than two % cells", () => {
    expect(read([header, ["Thu ngân sách", 100, 20, 70, 70]]).findings).toEqual([]);
  });

  it("says nothing when the other pair explains fewer than half of the % cells", () => {
    const { findings } = read([
      header,
      ["Thu ngân sách", 100, 20, 70, 70],
      ["Số hộ", 50, 10, 45, 13],
      ["Số lao động", 20, 5, 12, 17],
      ["Số trường", 8, 2, 3, 19],
      ["Số trạm", 4, 1, 1, 11],
    ]);
    expect(findings).toEqual([]);
  });

  it("names at most three cells, and only those the chosen pair does not explain", () => {
    const { findings } = read([
      header,
      ["Thu ngân sách", 100, 20, 70, 70],
      ["Số hộ", 50, 45, 45, 90],
      ["Số lao động", 20, 5, 12, 60],
      ["Số trường", 10, 1, 3, 30],
      ["Số trạm", 4, 1, 2, 50],
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: "E2", params: { chosen: "C/B", other: "D/B", cells: "E2, E4, E5" } });
  });

  it("ignores % cells of 0 and rows whose figures are 0", () => {
    const { findings } = read([
      header,
      ["Thu ngân sách", 100, 20, 70, 0],
      ["Số hộ", 50, 0, 45, 90],
      ["Số lao động", 20, 5, 12, 25],
    ]);
    expect(findings).toEqual([]);
  });
});

describe("percentAgrees, at the rounding limit", () => {
  it("allows half a point plus 0.5 % of the figure shown, no more", () => {
    expect(percentAgrees(100.5, 100, 100)).toBe(true);
    expect(percentAgrees(101.1, 100, 100)).toBe(false);
    expect(percentAgrees(1005, 100, 1000)).toBe(true); // within 0.5 + 5 points
    expect(percentAgrees(1006, 100, 1000)).toBe(false);
  });
});
