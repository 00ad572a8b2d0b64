import { describeColumns } from "./columns-read";
import type { CellValue } from "./grid";
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
