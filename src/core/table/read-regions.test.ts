import type { CellValue } from "../grid";
import { createCellTextReader } from "./cell-text";
import { titleBetween } from "./read-regions";
import { readReturn } from "./read-return";
import { gridOf } from "./test-support";

const figures = (table: ReturnType<typeof readReturn>["table"]) =>
  table?.indicators.map((i) => [
    i.group,
    i.name,
    i.unit,
    i.plan.kind === "number" ? i.plan.value : i.plan.kind,
    i.actual.kind === "number" ? i.actual.value : i.actual.kind,
  ]);

describe("readReturn: several tables on one sheet", () => {
  const twoTables: CellValue[][] = [
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024 - XÃ TRẠM TẤU"],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
    [1, "Thu ngân sách", "triệu đồng", 30, 33],
    [2, "Tỷ lệ hộ nghèo", "%", 4, 3.5],
    [],
    ["Biểu số 2: CHỈ TIÊU QUỐC PHÒNG - AN NINH"],
    ["STT", "Nội dung", "Thực hiện", "ĐVT", "Kế hoạch"],
    [1, "Số thanh niên nhập ngũ", 10, "người", 12],
    [2, "Số vụ vi phạm pháp luật", 3, "vụ", 5],
  ];

  it("reads each table with its own header: the second one's columns in another order", () => {
    const { table, findings } = readReturn(gridOf(twoTables));
    expect(findings).toEqual([]);
    expect(figures(table)).toEqual([
      [null, "Thu ngân sách", "triệu đồng", 30, 33],
      [null, "Tỷ lệ hộ nghèo", "%", 4, 3.5],
      ["CHỈ TIÊU QUỐC PHÒNG - AN NINH", "Số thanh niên nhập ngũ", "người", 12, 10],
      ["CHỈ TIÊU QUỐC PHÒNG - AN NINH", "Số vụ vi phạm pháp luật", "vụ", 5, 3],
    ]);
    expect(table?.indicators[2].cells).toMatchObject({ name: "B8", actual: "C8", unit: "D8", plan: "E8" });
    expect(table?.regions?.map((r) => [r.headerRows, r.columns, r.title, r.firstIndicator, r.indicatorCount])).toEqual([
      [[2], { code: 1, name: 2, unit: 3, plan: 4, actual: 5 }, null, 0, 2],
      [[7], { code: 1, name: 2, actual: 3, unit: 4, plan: 5 }, "CHỈ TIÊU QUỐC PHÒNG - AN NINH", 2, 2],
    ]);
    // the first table's columns stay the return's columns
    expect(table?.columns).toEqual({ code: 1, name: 2, unit: 3, plan: 4, actual: 5 });
  });

  it("never reads a header row as an indicator, even right under the table above", () => {
    const rows = twoTables.filter((_, i) => i !== 4 && i !== 5);
    const { table, findings } = readReturn(gridOf(rows));
    expect(findings).toEqual([]);
    expect(table?.indicators.map((i) => i.name)).not.toContain("Nội dung");
    expect(figures(table)?.slice(2)).toEqual([
      [null, "Số thanh niên nhập ngũ", "người", 12, 10],
      [null, "Số vụ vi phạm pháp luật", "vụ", 5, 3],
    ]);
  });

  it("reads a later table's two-row merged header with its column-number row, and its Roman groups", () => {
    const grid = gridOf(
      [
        ["STT", "Chỉ tiêu", "ĐVT", "KH", "TH"],
        [1, "Thu ngân sách", "triệu đồng", 30, 33],
        [],
        ["PHỤ LỤC 2"],
        ["TT", "Nội dung", "ĐVT", "Năm 2024", null],
        [null, null, null, "Thực hiện", "Kế hoạch"],
        ["A", "B", "C", 1, 2],
        ["I", "QUỐC PHÒNG"],
        [1, "Số thanh niên nhập ngũ", "người", 10, 12],
        ["II", "AN NINH"],
        [1, "Số vụ vi phạm pháp luật", "vụ", 3, 5],
      ],
      { merges: ["A5:A6", "B5:B6", "C5:C6", "D5:E5", "A4:E4"] },
    );
    const { table, findings } = readReturn(grid);
    expect(findings).toEqual([]);
    expect(table?.regions?.[1]).toMatchObject({ headerRows: [5, 6, 7], title: "PHỤ LỤC 2" });
    expect(figures(table)).toEqual([
      [null, "Thu ngân sách", "triệu đồng", 30, 33],
      ["I. QUỐC PHÒNG", "Số thanh niên nhập ngũ", "người", 12, 10],
      ["II. AN NINH", "Số vụ vi phạm pháp luật", "vụ", 5, 3],
    ]);
  });

  it("reads three tables, and stops at the signature block after the last", () => {
    const grid = gridOf([
      ["Chỉ tiêu", "KH", "TH"],
      ["Dân số", 1, 2],
      ["Biểu 2. VĂN HÓA - XÃ HỘI"],
      ["Chỉ tiêu", "TH", "KH"],
      ["Số hộ", 3, 4],
      ["Biểu 3. QUỐC PHÒNG"],
      ["Nội dung", "Kế hoạch", "Kết quả"],
      ["Số vụ cháy", 5, 6],
      [null, "NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN"],
      ["Không đọc", 7, 8],
    ]);
    const { table } = readReturn(grid);
    expect(figures(table)).toEqual([
      [null, "Dân số", null, 1, 2],
      ["VĂN HÓA - XÃ HỘI", "Số hộ", null, 4, 3],
      ["QUỐC PHÒNG", "Số vụ cháy", null, 5, 6],
    ]);
    // each table counts its own indicators once the next table's numbered title is taken off
    expect(table?.regions?.map((r) => [r.title, r.firstIndicator, r.indicatorCount])).toEqual([
      [null, 0, 1],
      ["VĂN HÓA - XÃ HỘI", 1, 1],
      ["QUỐC PHÒNG", 2, 1],
    ]);
  });

  it("keeps an indicator with no figures yet at the end of the table above", () => {
    const grid = gridOf([
      ["Chỉ tiêu", "KH", "TH"],
      ["Dân số", 1, 2],
      ["Số người tham gia bảo hiểm xã hội"],
      [],
      ["Chỉ tiêu", "TH", "KH"],
      ["Số hộ", 3, 4],
    ]);
    expect(figures(readReturn(grid).table)).toEqual([
      [null, "Dân số", null, 1, 2],
      [null, "Số người tham gia bảo hiểm xã hội", null, "blank", "blank"],
      [null, "Số hộ", null, 4, 3],
    ]);
  });

  it("says which later table lacks a plan column, naming its header row and texts", () => {
    const grid = gridOf([
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      [1, "Thu ngân sách", 30, 33],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"],
      [1, "Số vụ cháy rừng", "vụ", 0],
    ]);
    const { table, findings } = readReturn(grid);
    expect(table?.indicators).toHaveLength(2);
    expect(findings).toEqual([
      {
        sheet: "Sheet1",
        cell: "",
        severity: "warning",
        code: "sheet-no-plan-column",
        params: { row: 4, headers: "«STT» «Chỉ tiêu» «ĐVT» «Thực hiện»" },
      },
    ]);
  });

  it("applies the user's corrections to tables laid out like the first, not to one laid out otherwise", () => {
    const sameLayout = gridOf([
      ["Chỉ tiêu", "KH năm", "KH 6 tháng", "TH 6 tháng"],
      ["Thu ngân sách", 60, 30, 33],
      [],
      ["Chỉ tiêu", "KH năm", "KH 6 tháng", "TH 6 tháng"],
      ["Thu thuế", 80, 40, 44],
    ]);
    expect(readReturn(sameLayout, { columns: { plan: 3 } }).table?.indicators.map((i) => i.plan)).toEqual([
      { kind: "number", value: 30, percent: false },
      { kind: "number", value: 40, percent: false },
    ]);
    const otherLayout = gridOf([
      ["Chỉ tiêu", "KH năm", "KH 6 tháng", "TH 6 tháng"],
      ["Thu ngân sách", 60, 30, 33],
      [],
      ["Chỉ tiêu", "TH 6 tháng", "KH năm"],
      ["Thu thuế", 44, 80],
    ]);
    expect(readReturn(otherLayout, { columns: { plan: 3 } }).table?.indicators.map((i) => [i.plan, i.actual])).toEqual([
      [
        { kind: "number", value: 30, percent: false },
        { kind: "number", value: 33, percent: false },
      ],
      [
        { kind: "number", value: 80, percent: false },
        { kind: "number", value: 44, percent: false },
      ],
    ]);
  });
});

describe("titleBetween", () => {
  const title = (rows: CellValue[][]) => {
    const grid = gridOf(rows);
    return titleBetween(grid, createCellTextReader(grid), 0, rows.length);
  };
  it("takes the first title row, its table number dropped", () => {
    expect(title([[], ["Biểu số 2: CHỈ TIÊU QUỐC PHÒNG - AN NINH"], ["(Kèm theo báo cáo số 12)"]])).toBe(
      "CHỈ TIÊU QUỐC PHÒNG - AN NINH",
    );
    expect(title([["(Đơn vị tính: triệu đồng)"], ["II. VĂN HÓA - XÃ HỘI"]])).toBe("II. VĂN HÓA - XÃ HỘI");
    expect(title([["Biểu số 02"], ["CÁC CHỈ TIÊU AN NINH"]])).toBe("CÁC CHỈ TIÊU AN NINH");
    expect(title([["Biểu số 02"]])).toBe("Biểu số 02");
    expect(title([[], ["Ghi chú: số liệu ước"]])).toBeNull();
  });

  it("keeps a title's words when a table number or a bracket comes later in it", () => {
    expect(title([["KẾT QUẢ THEO BIỂU 2"]])).toBe("KẾT QUẢ THEO BIỂU 2");
    expect(title([["AN NINH (ƯỚC TÍNH)"]])).toBe("AN NINH (ƯỚC TÍNH)");
  });

  it("drops a table number typed without spaces or with a letter", () => {
    expect(title([["Biểu 2a: AN NINH"]])).toBe("AN NINH");
    expect(title([["Biểu số2: AN NINH"]])).toBe("AN NINH");
    expect(title([["Biểu2. AN NINH"]])).toBe("AN NINH");
  });

  it("joins a title typed across cells with spaces", () => {
    expect(title([["VĂN HÓA", "XÃ HỘI"]])).toBe("VĂN HÓA XÃ HỘI");
  });
});

describe("rows between two tables", () => {
  it("a title typed in the name column after a blank row is the next table's title, not an indicator", () => {
    const grid = gridOf([
      ["Chỉ tiêu", "KH", "TH"],
      ["Dân số", 1000, 1200],
      [],
      ["VĂN HÓA - XÃ HỘI"],
      ["Chỉ tiêu", "TH", "KH"],
      ["Số hộ", 300, 400],
    ]);
    const { table } = readReturn(grid);
    expect(figures(table)).toEqual([
      [null, "Dân số", null, 1000, 1200],
      ["VĂN HÓA - XÃ HỘI", "Số hộ", null, 400, 300],
    ]);
    expect(table?.regions?.map((r) => [r.title, r.firstIndicator, r.indicatorCount])).toEqual([
      [null, 0, 1],
      ["VĂN HÓA - XÃ HỘI", 1, 1],
    ]);
  });

  it("a numbered row with no figures yet above the next table stays an indicator", () => {
    const grid = gridOf([
      ["STT", "Chỉ tiêu", "KH", "TH"],
      [1, "Dân số", 1000, 1200],
      [],
      [2, "Số hộ mới thành lập"],
      ["STT", "Chỉ tiêu", "TH", "KH"],
      [1, "Số hộ", 300, 400],
    ]);
    const { table } = readReturn(grid);
    expect(figures(table)?.map((f) => f[1])).toEqual(["Dân số", "Số hộ mới thành lập", "Số hộ"]);
    expect(table?.regions?.[1].title).toBeNull();
  });

  it("a header at the sheet's end, with no rows under it, gives a last table with no indicators", () => {
    const grid = gridOf([["Chỉ tiêu", "KH", "TH"], ["Dân số", 1000, 1200], [], ["Chỉ tiêu", "TH", "KH"]]);
    const { table } = readReturn(grid);
    expect(figures(table)).toEqual([[null, "Dân số", null, 1000, 1200]]);
    expect(table?.regions?.map((r) => r.indicatorCount)).toEqual([1, 0]);
  });
});

describe("a row with only a name above the next table", () => {
  const withRow = (row: CellValue[]) =>
    readReturn(
      gridOf([
        ["Chỉ tiêu", "ĐVT", "Cùng kỳ", "KH", "TH", "Tỷ lệ đạt (%)"],
        ["Dân số", "người", 900, 1000, 1200, 120],
        [],
        row,
        ["Chỉ tiêu", "TH", "KH"],
        ["Số hộ", 300, 400],
      ]),
    ).table;

  it("is the next table's title when it has nothing else", () => {
    const table = withRow(["Số hộ mới"]);
    expect(table?.indicators.map((i) => i.name)).toEqual(["Dân số", "Số hộ"]);
    expect(table?.regions?.[1].title).toBe("Số hộ mới");
  });

  it.each([
    ["a unit", ["Số hộ mới", "hộ"]],
    ["last year's figure", ["Số hộ mới", null, 5]],
    ["a plan", ["Số hộ mới", null, null, 5]],
    ["a result", ["Số hộ mới", null, null, null, 5]],
    ["a % of the plan", ["Số hộ mới", null, null, null, null, 50]],
  ])("stays an indicator when it has %s", (_, row) => {
    const table = withRow(row);
    expect(table?.indicators.map((i) => i.name)).toEqual(["Dân số", "Số hộ mới", "Số hộ"]);
    expect(table?.regions?.[1].title).toBeNull();
  });

  it("stays an indicator right under a row that has figures, even with some cells empty", () => {
    const table = readReturn(
      gridOf([
        ["Chỉ tiêu", "KH", "TH"],
        ["Dân số", 1000, null],
        ["Số hộ mới"],
        [],
        ["Chỉ tiêu", "TH", "KH"],
        ["Số hộ", 300, 400],
      ]),
    ).table;
    expect(table?.indicators.map((i) => i.name)).toEqual(["Dân số", "Số hộ mới", "Số hộ"]);
  });
});

describe("a later table without a name header", () => {
  it("takes the name column of the table above", () => {
    const grid = gridOf([
      ["Chỉ tiêu", "KH", "TH"],
      ["Dân số", 1000, 1200],
      [],
      [null, "Thực hiện", "Kế hoạch"],
      ["Số hộ", 300, 400],
    ]);
    const { table } = readReturn(grid);
    expect(figures(table)).toEqual([
      [null, "Dân số", null, 1000, 1200],
      [null, "Số hộ", null, 400, 300],
    ]);
    expect(table?.regions?.map((r) => r.columns.name)).toEqual([1, 1]);
  });
});
