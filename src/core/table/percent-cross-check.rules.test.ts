// The rules of the % cross-check (so sánh): which % cells count, which columns may form the other
// pair, and when a pair is good enough to be named in a warning.
import type { CellValue } from "../grid";
import { createCellTextReader } from "./cell-text";
import { findHeader } from "./find-header";
import { percentAgrees, percentCrossCheck } from "./percent-cross-check";
import { readReturn } from "./read-return";
import { gridOf, type GridOptions } from "./test-support";

const read = (rows: CellValue[][], options?: GridOptions) => readReturn(gridOf(rows, options));
const warningOf = (rows: CellValue[][], options?: GridOptions) =>
  read(rows, options).findings.filter((f) => f.code === "columns-percent-fits-other");

/** The sheet's % was computed from "Năm 2024" / "KH năm" (D / B), not from the result column C. */
const FITS_D_OVER_B: CellValue[][] = [
  ["Chỉ tiêu", "KH năm", "Thực hiện", "Năm 2024", "So sánh (%)"],
  ["Thu ngân sách", 100, 20, 70, 70],
  ["Số hộ", 50, 10, 45, 90],
  ["Số lao động", 20, 5, 12, 60],
];

/** The parts percentCrossCheck is called with, read off a sheet. */
function partsOf(rows: CellValue[][]) {
  const grid = gridOf(rows);
  const table = readReturn(grid).table!;
  return { grid, header: findHeader(grid, createCellTextReader(grid)), columns: table.columns, table };
}

describe("what the cross-check needs", () => {
  it("needs a header and the % , plan and result columns; without any of them it names nothing", () => {
    const { grid, header, columns, table } = partsOf(FITS_D_OVER_B);
    expect(percentCrossCheck(grid, header, columns, table.indicators)).toMatchObject({ params: { other: "D/B" } });
    expect(percentCrossCheck(grid, null, columns, table.indicators)).toBeNull();
    expect(percentCrossCheck(grid, header, { ...columns, percent: undefined }, table.indicators)).toBeNull();
    expect(percentCrossCheck(grid, header, { ...columns, plan: undefined }, table.indicators)).toBeNull();
    expect(percentCrossCheck(grid, header, { ...columns, actual: undefined }, table.indicators)).toBeNull();
  });
});

describe("which % cells count", () => {
  it("counts only % cells holding a number other than 0: blank, '-', 'Đạt' and 0 do not outvote the other pair", () => {
    // Two % cells explained by D / B; six more rows with no usable %. Two of two is enough.
    const warning = warningOf([
      FITS_D_OVER_B[0],
      ["Thu ngân sách", 100, 20, 70, 70],
      ["Số hộ", 50, 10, 45, 90],
      ["Số trường", 8, 2, 3, null],
      ["Số trạm", 4, 1, 1, "-"],
      ["Xã đạt chuẩn", 1, 1, 1, "Đạt"],
      ["Số thôn", 6, 2, 3, 0],
      ["Số tổ dân phố", 6, 2, 3, 0],
      ["Số hợp tác xã", 6, 2, 3, 0],
    ]);
    expect(warning).toEqual([
      expect.objectContaining({ cell: "E2", params: expect.objectContaining({ cells: "E2, E3" }) }),
    ]);
  });

  it("counts an indicator with no % figure at all (null) as no % cell", () => {
    const others = ["Số trường", "Số trạm", "Số thôn", "Số hợp tác xã"].map((name) => [name, 8, 2, 3, 50]);
    const { grid, header, columns, table } = partsOf([...FITS_D_OVER_B, ...others]);
    // The last four rows would outvote D / B (3 of 7, less than half); without a % they do not count.
    expect(percentCrossCheck(grid, header, columns, table.indicators)).toBeNull();
    const withoutTheirPercent = table.indicators.map((i) => (i.row >= 5 ? { ...i, sheetPercent: null } : i));
    expect(percentCrossCheck(grid, header, columns, withoutTheirPercent)).toMatchObject({
      params: { other: "D/B", cells: "E2, E3, E4" },
    });
  });
});

describe("a blank figure explains no %", () => {
  // % typed as fractions below half a point (0.45 for 45 %): a blank read as 0 would be "within
  // half a point" of them.
  it("a blank result does not confirm the chosen pair", () => {
    const warning = warningOf([
      FITS_D_OVER_B[0],
      ["Thu ngân sách", 100, null, 45, 0.45],
      ["Số hộ", 50, null, 15, 0.3],
      ["Số lao động", 20, null, 4, 0.2],
    ]);
    expect(warning).toEqual([expect.objectContaining({ params: expect.objectContaining({ other: "D/B" }) })]);
  });

  it("a blank plan does not confirm the chosen pair", () => {
    const warning = warningOf([
      FITS_D_OVER_B[0],
      ["Thu ngân sách", null, 100, 45, 0.45],
      ["Số hộ", null, 50, 15, 0.3],
      ["Số lao động", null, 20, 4, 0.2],
    ]);
    expect(warning).toEqual([expect.objectContaining({ params: expect.objectContaining({ other: "D/C" }) })]);
  });

  it("an empty column beside the figures is no half of another pair", () => {
    const { table, findings } = read([
      ["Chỉ tiêu", "KH năm", "Năm 2024", "Thực hiện", "So sánh (%)"],
      ["Thu ngân sách", 100, null, 30, 0.45],
      ["Số hộ", 50, null, 40, 0.3],
      ["Số lao động", 20, null, 10, 0.2],
    ]);
    expect(table?.columns).toMatchObject({ plan: 2, actual: 4, percent: 5 });
    expect(findings.filter((f) => f.code === "columns-percent-fits-other")).toEqual([]);
  });
});

describe("which columns may form the other pair", () => {
  it("never the % column itself: a plan of 100 (%) on every row does not 'explain' a stale %", () => {
    // KH = 100 on every row: % / KH × 100 is the % itself. The % disagrees with TH / KH and no
    // other column is there, so there is nothing to name.
    expect(
      warningOf([
        ["Chỉ tiêu", "KH", "TH", "So sánh (%)"],
        ["Tỷ lệ hộ dùng nước sạch", 100, 90, 85],
        ["Tỷ lệ trẻ em tiêm chủng", 100, 95, 90],
        ["Tỷ lệ lao động qua đào tạo", 100, 80, 70],
      ]),
    ).toEqual([]);
  });

  it("never the % column the clerk chose, even when its header names no %", () => {
    // "Tỷ lệ" alone names no role; the clerk set it as the % column. KH = 100: % / KH is the %.
    const { table, findings } = readReturn(
      gridOf([
        ["Chỉ tiêu", "KH", "TH", "Tỷ lệ"],
        ["Tỷ lệ hộ dùng nước sạch", 100, 90, 85],
        ["Tỷ lệ trẻ em tiêm chủng", 100, 95, 90],
        ["Tỷ lệ lao động qua đào tạo", 100, 80, 70],
      ]),
      { columns: { percent: 4 } },
    );
    expect(table?.columns).toMatchObject({ plan: 2, actual: 3, percent: 4 });
    expect(table?.indicators[0].sheetPercent).toMatchObject({ kind: "number", value: 85 });
    expect(findings.filter((f) => f.code === "columns-percent-fits-other")).toEqual([]);
  });

  it("never a column with itself: a % of 100 on rows whose result falls short is not explained", () => {
    expect(
      warningOf([
        ["Chỉ tiêu", "KH", "TH", "So sánh (%)"],
        ["Thu ngân sách", 50, 40, 100],
        ["Số hộ", 20, 10, 100],
      ]),
    ).toEqual([]);
  });

  it.each([
    ["Mã số", "code"],
    ["ĐVT", "unit"],
    ["Ghi chú", "note"],
    ["Chiều hướng", "direction"],
    ["Tỷ lệ đạt (%)", "percent"],
    ["Nội dung", "name"],
  ])("never a column headed %s (%s), even holding numbers that fit the %", (words, role) => {
    // The column holds the % itself, and KH is 100: it / KH would explain the % exactly.
    const rows: CellValue[][] = [
      ["Chỉ tiêu", "KH năm", "Thực hiện", words, "So sánh (%)"],
      ["Tỷ lệ hộ dùng nước sạch", 100, 20, 70, 70],
      ["Tỷ lệ trẻ em tiêm chủng", 100, 45, 90, 90],
      ["Tỷ lệ lao động qua đào tạo", 100, 30, 60, 60],
    ];
    const { grid, header, columns, table } = partsOf(rows);
    expect(header?.cells.find((cell) => cell.column === 4)?.role).toBe(role);
    expect(columns).toMatchObject({ plan: 2, actual: 3 });
    expect(percentCrossCheck(grid, header, columns, table.indicators)).toBeNull();
  });

  it("never the row numbers (STT), even where the % is a multiple of them", () => {
    // KH / STT is 200 % on every row; TH / KH is not.
    expect(
      warningOf([
        ["STT", "Chỉ tiêu", "KH", "TH", "So sánh (%)"],
        [1, "Thu ngân sách", 2, 1, 200],
        [2, "Số hộ", 4, 1, 200],
        [3, "Số lao động", 6, 1, 200],
      ]),
    ).toEqual([]);
  });

  // The % was computed against "Năm 2024" (last year): 40 / 50 = 80 %, 30 / 25 = 120 %, 18 / 12 = 150 %
  // (the result against it), or 120 / 100, 66 / 60, 30 / 20 (this year's plan against it).
  it.each([
    [
      "the result column, last year to its right",
      ["KH năm", "Thực hiện", "Năm 2024"],
      [
        [100, 40, 50, 80],
        [60, 30, 25, 120],
        [20, 18, 12, 150],
      ],
      { plan: 2, actual: 3, chosen: "C/B", other: "D/C" },
    ],
    [
      "the result column, last year to its left",
      ["KH năm", "Năm 2024", "Thực hiện"],
      [
        [100, 50, 40, 80],
        [60, 25, 30, 120],
        [20, 12, 18, 150],
      ],
      { plan: 2, actual: 4, chosen: "D/B", other: "D/C" },
    ],
    [
      "the plan column, last year to its left",
      ["Năm 2024", "KH năm", "Thực hiện"],
      [
        [100, 120, 40, 120],
        [60, 66, 30, 110],
        [20, 30, 18, 150],
      ],
      { plan: 3, actual: 4, chosen: "D/C", other: "C/B" },
    ],
  ])("may share %s", (_, headers, figures, expected) => {
    const names = ["Thu ngân sách", "Số hộ", "Số lao động"];
    const { table, findings } = read([
      ["Chỉ tiêu", ...headers, "So sánh (%)"],
      ...figures.map((row, i) => [names[i], ...row]),
    ]);
    expect(table?.columns).toMatchObject({ plan: expected.plan, actual: expected.actual, percent: 5 });
    expect(findings).toEqual([
      expect.objectContaining({
        cell: "E2",
        params: { chosen: expected.chosen, other: expected.other, cells: "E2, E3, E4" },
      }),
    ]);
  });

  it("reads a figure under a % format as the sheet shows it (0.7 under '0%' is 70)", () => {
    // "Năm 2024" holds fractions shown as 70 %, 90 %, 60 %; against KH = 100 they are the %.
    const rows: CellValue[][] = [
      ["Chỉ tiêu", "KH năm", "Thực hiện", "Năm 2024", "So sánh (%)"],
      ["Tỷ lệ hộ dùng nước sạch", 100, 20, 0.7, 70],
      ["Tỷ lệ trẻ em tiêm chủng", 100, 10, 0.9, 90],
      ["Tỷ lệ lao động qua đào tạo", 100, 5, 0.6, 60],
    ];
    const formats = { D2: "0%", D3: "0%", D4: "0%" };
    expect(warningOf(rows, { formats })).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ other: "D/B" }) }),
    ]);
  });
});

describe("when another pair is named", () => {
  const header = ["Chỉ tiêu", "KH năm", "Thực hiện", "Năm 2024", "So sánh (%)"];

  it("is named when it explains exactly half of the % cells and more than the chosen pair", () => {
    const warning = warningOf([
      header,
      ["Thu ngân sách", 100, 20, 70, 70],
      ["Số hộ", 50, 10, 45, 90],
      ["Số lao động", 20, 5, 12, 17],
      ["Số trường", 8, 2, 3, 19],
    ]);
    expect(warning).toEqual([expect.objectContaining({ params: expect.objectContaining({ cells: "E2, E3" }) })]);
  });

  it("of two other pairs that fit alike, the one further left is named", () => {
    // "Năm 2024" and "Năm 2023" hold the same figures: D / B and E / B explain the same cells.
    const warning = warningOf([
      ["Chỉ tiêu", "KH năm", "Thực hiện", "Năm 2024", "Năm 2023", "So sánh (%)"],
      ["Thu ngân sách", 100, 20, 70, 70, 70],
      ["Số hộ", 50, 10, 45, 45, 90],
      ["Số lao động", 20, 5, 12, 12, 60],
    ]);
    expect(warning).toEqual([expect.objectContaining({ params: expect.objectContaining({ other: "D/B" }) })]);
  });
});

describe("percentAgrees, at the rounding limit exactly", () => {
  it("a % shown as 200 agrees with 201.5 / 100: half a point plus 0.5 % of 200 is 1.5 points", () => {
    expect(percentAgrees(201.5, 100, 200)).toBe(true);
    expect(percentAgrees(201.6, 100, 200)).toBe(false);
    expect(percentAgrees(101, 100, 100)).toBe(true);
    expect(percentAgrees(101.02, 100, 100)).toBe(false); // 1.02 and 1.01 points off either way round
  });
});
