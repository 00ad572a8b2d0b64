import { describeColumns } from "./columns-read";
import type { CellValue } from "./grid";
import { percentAgrees } from "./table/percent-cross-check";
import { readReturn } from "./table/read-return";
import { gridOf } from "./table/test-support";

const read = (rows: CellValue[][]) => readReturn(gridOf(rows));

describe("describeColumns: what was read, said plainly", () => {
  it("names each figure column with its letter and header text (vi and en)", () => {
    const table = read([
      ["STT", "Chỉ tiêu", "ĐVT", "Mục tiêu đến năm 2030", "Kết quả đến tháng 6/2027"],
      [1, "Thu ngân sách", "triệu đồng", 30, 20],
    ]).table!;
    const vi = describeColumns(table, "vi");
    expect(vi.text).toBe("Kế hoạch = cột D «Mục tiêu đến năm 2030»; Thực hiện = cột E «Kết quả đến tháng 6/2027»");
    expect(vi.uncertain).toBe(false);
    expect(vi.tables).toEqual([
      {
        headerRow: 1,
        title: null,
        columns: [
          { role: "plan", column: "D", header: "Mục tiêu đến năm 2030" },
          { role: "actual", column: "E", header: "Kết quả đến tháng 6/2027" },
        ],
        doubts: [],
      },
    ]);
    expect(describeColumns(table, "en").text).toBe(
      "Plan = column D «Mục tiêu đến năm 2030»; Actual = column E «Kết quả đến tháng 6/2027»",
    );
  });

  it("is uncertain when another header names the plan or a result too, and says so", () => {
    const table = read([
      ["Chỉ tiêu", "KH năm", "TH quý III", "Lũy kế 9 tháng"],
      ["Thu ngân sách", 100, 20, 70],
    ]).table!;
    const described = describeColumns(table, "vi");
    expect(described.uncertain).toBe(true);
    expect(described.text).toBe(
      "Kế hoạch = cột B «KH năm»; Thực hiện = cột D «Lũy kế 9 tháng» (cần kiểm tra: có nhiều cột thực hiện)",
    );
  });

  it("numbers the tables of a sheet and their header rows", () => {
    const table = read([
      ["Chỉ tiêu", "KH", "TH"],
      ["Thu ngân sách", 30, 33],
      [],
      ["Chỉ tiêu", "TH", "KH"],
      ["Số hộ nghèo", 35, 40],
    ]).table!;
    expect(describeColumns(table, "en").text).toBe(
      "Table 1, row 1: Plan = column B «KH»; Actual = column C «TH» | Table 2, row 4: Plan = column C «KH»; Actual = column B «TH»",
    );
  });
});

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
