import type { CellValue, Grid } from "../grid";
import type { ColumnMap } from "../model";
import type { Finding } from "../problems";
import { applyColumnOverrides, readReturn } from "./read-return";
import { gridOf } from "./test-support";

const codes = (findings: Finding[]) => findings.map((f) => f.code);

describe("readReturn: a standard return", () => {
  const grid = gridOf(
    [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2022 - XÃ TRẠM TẤU"],
      ["(Kèm theo báo cáo số 45/BC-UBND ngày 20 tháng 6 năm 2022)"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "So sánh (%)", "Ghi chú"],
      [1, "  Thu ngân sách  ", "triệu đồng", 30, 33, 110, "Vượt"],
      [2, "Tỷ lệ hộ nghèo", "%", 4, 3.5, null, null],
    ],
    { sheet: "Bieu 1", merges: ["A1:G1", "A2:G2"] },
  );
  // Read inside each test, not while the file loads: Stryker counts code run at load as covered by
  // no test ("static") and retries each of its mutants against every test (npm run mutate).

  it("reads title, area, period and the header", () => {
    const { table, findings } = readReturn(grid);
    expect(findings).toEqual([]);
    expect(table?.title).toBe(
      "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2022 - XÃ TRẠM TẤU",
    );
    expect(table?.area).toBe("Xã Trạm Tấu");
    expect(table?.period).toBe("6 tháng đầu năm 2022");
    expect(table?.headerRows).toEqual([4]);
    expect(table?.columns).toEqual({ code: 1, name: 2, unit: 3, plan: 4, actual: 5, percent: 6, note: 7 });
    expect(table?.columnHeaders.percent).toBe("So sánh (%)");
    expect(table?.legacyEncoding).toBeNull();
  });

  it("reads each indicator with its cells", () => {
    const { table } = readReturn(grid);
    expect(table?.indicators).toHaveLength(2);
    const first = table!.indicators[0];
    expect(first).toMatchObject({
      sheet: "Bieu 1",
      row: 5,
      cell: "B5",
      code: "1",
      group: null,
      parent: null,
      name: "Thu ngân sách",
      unit: "triệu đồng",
      plan: { kind: "number", value: 30 },
      actual: { kind: "number", value: 33 },
      baseline: { kind: "blank" },
      sheetPercent: { kind: "number", value: 110 },
      note: "Vượt",
      direction: null,
    });
    expect(first.cells).toEqual({
      code: "A5",
      name: "B5",
      unit: "C5",
      plan: "D5",
      actual: "E5",
      percent: "F5",
      note: "G5",
    });
    expect(table!.indicators[1]).toMatchObject({
      row: 6,
      name: "Tỷ lệ hộ nghèo",
      note: null,
      sheetPercent: { kind: "blank" },
    });
  });
});

describe("readReturn: layouts", () => {
  it("reads a two-row merged header with a column-number row", () => {
    const grid = gridOf(
      [
        ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2022"],
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2022", null, "Ghi chú"],
        [null, null, null, "Kế hoạch", "Thực hiện", null],
        ["A", "B", "C", 1, 2, 3],
        [1, "Dân số trung bình", "người", 5000, 5100, null],
      ],
      { merges: ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"] },
    );
    const { table } = readReturn(grid);
    expect(table?.headerRows).toEqual([2, 3, 4]);
    expect(table?.columns).toEqual({ code: 1, name: 2, unit: 3, plan: 4, actual: 5, note: 6 });
    expect(table?.columnHeaders.plan).toBe("Năm 2022 Kế hoạch");
    expect(table?.indicators.map((i) => [i.row, i.name])).toEqual([[5, "Dân số trung bình"]]);
  });

  it("reads years in a two-row header: last year's actual is the baseline", () => {
    const grid = gridOf(
      [
        ["UBND XÃ NẬM CÓ", null, null, null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2022"],
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2021", "Năm 2022", null, "So sánh (%)", null],
        [null, null, null, "Thực hiện", "Kế hoạch", "Ước TH", "TH/KH", "TH/CK"],
        ["A", "B", "C", 1, 2, 3, "4=3/2", "5=3/1"],
        ["I", "KINH TẾ"],
        [1, "Tổng sản lượng lương thực", "tấn", 3000, 3200, 3100, 96.9, 103],
        [null, "Trong đó: thóc", "tấn", 2000, 2100, 2050, null, null],
        [null, "Nậm Có, ngày 20 tháng 12 năm 2022"],
        [2, "Not read: below the date line", "tấn", 1, 2, 3],
      ],
      { merges: ["A1:C1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "E3:F3", "G3:H3"], sheet: "Nam Co" },
    );
    const { table } = readReturn(grid);
    expect(table).toMatchObject({ area: "Xã Nậm Có", period: "năm 2022", headerRows: [3, 4, 5] });
    expect(table?.columns).toEqual({ code: 1, name: 2, unit: 3, baseline: 4, plan: 5, actual: 6, percent: 7 });
    expect(table?.columnHeaders).toMatchObject({ baseline: "Năm 2021 Thực hiện", percent: "So sánh (%) TH/KH" });
    expect(table?.indicators.map((i) => [i.name, i.parent, i.baseline])).toEqual([
      ["Tổng sản lượng lương thực", null, { kind: "number", value: 3000, percent: false }],
      ["Trong đó: thóc", 0, { kind: "number", value: 2000, percent: false }],
    ]);
  });

  it("sets groups from Roman rows and parents for sub-rows", () => {
    const grid = gridOf([
      ["TT", "Chỉ tiêu", "ĐVT", "KH", "TH"],
      ["I", "KINH TẾ", null, null, null],
      [1, "Sản lượng lương thực", "tấn", 3000, 2800],
      [null, "Trong đó:", null, null, null],
      ["-", "Lúa", "tấn", 2000, 1900],
      [null, "+ Ngô", "tấn", 1000, 900],
      [2, "Thu ngân sách", "triệu đồng", 30, 33],
      ["a", "Thu thuế", "triệu đồng", 10, 12],
      [null, null, null, null, null],
      [null, "II. VĂN HÓA - XÃ HỘI", null, null, null],
      [1, "Tỷ lệ hộ nghèo", "%", 4, 3.5],
      ["1.1", "Hộ nghèo", "hộ", 40, 35],
    ]);
    const { table, findings } = readReturn(grid);
    expect(findings).toEqual([]);
    expect(table?.indicators.map((i) => [i.name, i.group, i.parent])).toEqual([
      ["Sản lượng lương thực", "I. KINH TẾ", null],
      ["Lúa", "I. KINH TẾ", 0],
      ["+ Ngô", "I. KINH TẾ", 0],
      ["Thu ngân sách", "I. KINH TẾ", null],
      ["Thu thuế", "I. KINH TẾ", 3],
      ["Tỷ lệ hộ nghèo", "II. VĂN HÓA - XÃ HỘI", null],
      ["Hộ nghèo", "II. VĂN HÓA - XÃ HỘI", 5],
    ]);
  });

  it("treats un-marked rows after 'Trong đó:' as sub-rows until a top-level code", () => {
    const grid = gridOf([
      ["STT", "Nội dung", "ĐVT", "Kế hoạch", "Thực hiện"],
      [1, "Tổng số hộ", "hộ", 1000, 1010],
      [null, "Trong đó:", null, null, null],
      [null, "Hộ nghèo", "hộ", 40, 35],
      [2, "Số lao động", "người", 500, 520],
    ]);
    expect(readReturn(grid).table?.indicators.map((i) => i.parent)).toEqual([null, 0, null]);
  });

  it("decodes TCVN3 headers, names and units, and says so once", () => {
    const grid = gridOf([
      ["STT", "ChØ tiªu", "§¬n vÞ tÝnh", "KÕ ho¹ch", "Thùc hiÖn"],
      [1, "Tû lÖ hé nghÌo", "%", 4, 3.5],
      [2, "Sè hé nghÌo", "hé", 40, 35],
    ]);
    const { table, findings } = readReturn(grid);
    expect(table?.columns).toMatchObject({ name: 2, unit: 3, plan: 4, actual: 5 });
    expect(table?.columnHeaders.name).toBe("Chỉ tiêu");
    expect(table?.indicators.map((i) => [i.name, i.unit])).toEqual([
      ["Tỷ lệ hộ nghèo", "%"],
      ["Số hộ nghèo", "hộ"],
    ]);
    expect(table?.legacyEncoding).toBe("tcvn3");
    expect(findings.filter((f) => f.code === "legacy-encoding")).toEqual([
      { sheet: "Sheet1", cell: "B1", severity: "warning", code: "legacy-encoding", params: { encoding: "tcvn3" } },
    ]);
  });

  it("finds a header far below the top, skips notes and stops at the signature block", () => {
    const rows: (string | number | null)[][] = [];
    for (let i = 0; i < 11; i++) rows.push(i === 4 ? ["ỦY BAN NHÂN DÂN XÃ BẢN CÔNG"] : []);
    rows.push(["Số TT", "Tên chỉ tiêu", "Đơn vị", "Chỉ tiêu giao", "Kết quả"]); // row 12
    rows.push([1, "Số người tham gia BHYT", "người", 900, 850]);
    rows.push([
      "Ghi chú: số liệu ước thực hiện đến hết tháng 6, sẽ được cập nhật lại khi có số liệu chính thức của ngành",
    ]);
    rows.push([2, "Số trẻ em được tiêm chủng đầy đủ", "trẻ", 50, 48]);
    rows.push([]);
    rows.push([null, "NGƯỜI LẬP BIỂU", null, "TM. ỦY BAN NHÂN DÂN"]);
    rows.push([null, "Nguyễn Văn A", null, "Lò Văn B"]);
    const { table } = readReturn(gridOf(rows, { sheet: "Sheet3" }));
    expect(table?.headerRows).toEqual([12]);
    expect(table?.area).toBe("Xã Bản Công");
    expect(table?.indicators.map((i) => i.row)).toEqual([13, 15]);
  });

  it("takes 'Chỉ tiêu Nghị quyết' as the name column and 'NQ giao' as the plan", () => {
    const grid = gridOf([
      ["TT", "Chỉ tiêu Nghị quyết", "ĐVT", "NQ giao", "Ước TH năm", "Tỷ lệ đạt"],
      [1, "Thu nhập bình quân đầu người", "triệu đồng", 25, 17, "68%"],
    ]);
    const { table } = readReturn(grid);
    expect(table?.columns).toEqual({ code: 1, name: 2, unit: 3, plan: 4, actual: 5, percent: 6 });
    expect(table?.indicators[0].name).toBe("Thu nhập bình quân đầu người");
  });

  it("reads the baseline and an explicit direction column", () => {
    const grid = gridOf([
      ["Chỉ tiêu", "Cùng kỳ năm trước", "Kế hoạch", "Thực hiện", "Chiều"],
      ["Số vụ tai nạn giao thông", 5, 3, 2, "giảm"],
      ["Thu ngân sách", 25, 30, 33, "tăng"],
    ]);
    const { table } = readReturn(grid);
    expect(table?.indicators.map((i) => [i.baseline, i.direction, i.cells.baseline])).toEqual([
      [{ kind: "number", value: 5, percent: false }, "down", "B2"],
      [{ kind: "number", value: 25, percent: false }, "up", "B3"],
    ]);
  });

  it("reads hidden rows like any other", () => {
    const grid = gridOf(
      [
        ["Chỉ tiêu", "KH", "TH"],
        ["Dân số", 100, 90],
        ["Số hộ", 50, 45],
      ],
      { hiddenRows: [3] },
    );
    expect(readReturn(grid).table?.indicators.map((i) => i.row)).toEqual([2, 3]);
  });

  it("gives addresses on the sheet when the grid does not start at A1", () => {
    const grid = gridOf(
      [
        ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
        [1, "Dân số", 100, "nhiều"],
      ],
      { top: 7, left: 3 },
    );
    const { table, findings } = readReturn(grid);
    expect(table?.headerRows).toEqual([7]);
    expect(table?.columns).toEqual({ code: 3, name: 4, plan: 5, actual: 6 });
    expect(table?.indicators[0]).toMatchObject({ row: 8, cell: "D8" });
    expect(table?.indicators[0].cells).toEqual({ code: "C8", name: "D8", plan: "E8", actual: "F8" });
    expect(findings).toEqual([
      {
        sheet: "Sheet1",
        cell: "F8",
        severity: "warning",
        code: "value-not-number",
        params: { column: "actual", text: "nhiều" },
      },
    ]);
  });
});

describe("readReturn: findings", () => {
  it("reports an empty sheet", () => {
    expect(readReturn(gridOf([[null, "  "], []]))).toEqual({
      table: null,
      findings: [{ sheet: "Sheet1", cell: "", severity: "warning", code: "sheet-empty" }],
    });
    expect(readReturn(gridOf([])).table).toBeNull();
  });

  it("reports a sheet without a header", () => {
    const result = readReturn(gridOf([["Danh sách cán bộ xã"], ["Nguyễn Văn A", "Chủ tịch", 1970]]));
    expect(result.table).toBeNull();
    expect(codes(result.findings)).toEqual(["sheet-no-header"]);
  });

  it("reports a missing plan or actual column but still reads the table", () => {
    const { table, findings } = readReturn(
      gridOf([
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"],
        [1, "Dân số", "người", 5000],
      ]),
    );
    expect(codes(findings)).toEqual(["sheet-no-plan-column"]);
    expect(table?.indicators[0].plan).toEqual({ kind: "blank" });
    expect(
      codes(
        readReturn(
          gridOf([
            ["Chỉ tiêu", "ĐVT", "Kế hoạch"],
            ["Dân số", "người", 5000],
          ]),
        ).findings,
      ),
    ).toEqual(["sheet-no-actual-column"]);
  });

  it("reports error values and text in figure columns at their cells and reads the other rows", () => {
    const grid = gridOf([
      ["STT", "Chỉ tiêu", "KH", "TH", "Cùng kỳ"],
      [1, "Thu ngân sách", { error: "#DIV/0!" }, 33, "không rõ"],
      [2, "Dân số", "khoảng trăm", 5100, 5000],
      [3, "Số hộ", 1000, 1010, 990],
    ]);
    const { table, findings } = readReturn(grid);
    expect(table?.indicators.map((i) => i.plan.kind)).toEqual(["invalid", "invalid", "number"]);
    expect(findings).toEqual([
      {
        sheet: "Sheet1",
        cell: "C2",
        severity: "warning",
        code: "value-error",
        params: { column: "plan", error: "#DIV/0!" },
      },
      {
        sheet: "Sheet1",
        cell: "E2",
        severity: "warning",
        code: "value-not-number",
        params: { column: "baseline", text: "không rõ" },
      },
      {
        sheet: "Sheet1",
        cell: "C3",
        severity: "warning",
        code: "value-not-number",
        params: { column: "plan", text: "khoảng trăm" },
      },
    ]);
  });

  it("reports a date where a figure belongs", () => {
    const grid = gridOf(
      [
        ["Chỉ tiêu", "KH", "TH"],
        ["Dân số", 100, 44927],
      ],
      { formats: { C2: "dd/mm/yyyy" } },
    );
    expect(readReturn(grid).findings).toEqual([
      {
        sheet: "Sheet1",
        cell: "C2",
        severity: "warning",
        code: "value-date",
        params: { column: "actual", text: "01/01/2023" },
      },
    ]);
  });

  it("reports a duplicate indicator, pointing at the first", () => {
    const grid = gridOf([
      ["STT", "Chỉ tiêu", "KH", "TH"],
      [1, "Thu ngân sách", 30, 33],
      [2, "Dân số", 100, 90],
      [1, "THU  NGÂN SÁCH ", 30, 31],
      [3, "Dân số", 100, 90], // another code: not the same indicator
      [3, "dân số", 100, 91], // the same as the row above, not as the first "Dân số"
      ["II", "VĂN HÓA - XÃ HỘI", null, null],
      [1, "Thu ngân sách", 30, 33], // another group: not the same indicator
    ]);
    const { findings, table } = readReturn(grid);
    expect(table?.indicators).toHaveLength(6);
    const duplicate = (cell: string, name: string, first: string) => ({
      sheet: "Sheet1",
      cell,
      severity: "warning",
      code: "duplicate-indicator",
      params: { name, first },
    });
    expect(findings).toEqual([duplicate("B4", "THU NGÂN SÁCH", "B2"), duplicate("B6", "dân số", "B5")]);
  });
});

describe("readReturn: user corrections", () => {
  const rows = [
    ["STT", "Chỉ tiêu", "KH năm", "KH 6 tháng", "TH 6 tháng"],
    [1, "Thu ngân sách", 60, 30, 33],
  ];

  it("overrides detected roles", () => {
    const detected = readReturn(gridOf(rows)).table;
    expect(detected?.columns).toMatchObject({ plan: 3, actual: 5 });
    const { table } = readReturn(gridOf(rows), { columns: { plan: 4 } });
    expect(table?.columns).toEqual({ code: 1, name: 2, plan: 4, actual: 5 });
    expect(table?.columnHeaders.plan).toBe("KH 6 tháng");
    expect(table?.indicators[0].plan).toMatchObject({ kind: "number", value: 30 });
  });

  it("reads a sheet without a recognisable header when the user names the columns", () => {
    const grid = gridOf([["Biểu số liệu"], ["Thu ngân sách", 30, 33], ["Dân số", 100, 90]]);
    expect(readReturn(grid).table).toBeNull();
    const { table, findings } = readReturn(grid, { columns: { name: 1, plan: 2, actual: 3 } });
    expect(findings).toEqual([]);
    expect(table?.headerRows).toEqual([]);
    expect(table?.title).toBe("Biểu số liệu");
    expect(table?.indicators.map((i) => i.name)).toEqual(["Thu ngân sách", "Dân số"]);
  });

  it("moves a column to its new role", () => {
    expect(applyColumnOverrides({ name: 2, plan: 3, actual: 4 }, { plan: 4 })).toEqual({ name: 2, plan: 4 });
    expect(applyColumnOverrides({ name: 2, percent: 6 }, { percent: undefined })).toEqual({ name: 2 });
  });
});

describe("readReturn: a sheet without a header, read with the columns the user names", () => {
  const names = (grid: Grid, columns: Partial<ColumnMap>) =>
    readReturn(grid, { columns }).table?.indicators.map((i) => i.name);

  it("reads from the top when the named plan and result columns hold no figure yet", () => {
    expect(names(gridOf([["Thu ngân sách"], ["Dân số"]]), { name: 1, plan: 2, actual: 3 })).toEqual([
      "Thu ngân sách",
      "Dân số",
    ]);
  });

  it("looks for the first figure only in the first 30 rows, as for a header", () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 34; i++) rows.push([`Dòng giới thiệu ${i + 1}`]);
    rows.push(["Thu ngân sách", 30, 33]);
    const read = names(gridOf(rows), { name: 1, plan: 2, actual: 3 });
    expect(read).toHaveLength(35);
    expect(read?.[0]).toBe("Dòng giới thiệu 1");
  });

  it("starts at the first row with a count (12/19) or đạt/không đạt in the named columns; the rows above are the title", () => {
    const grid = (figure: CellValue) =>
      gridOf([["BIỂU TIÊU CHÍ NÔNG THÔN MỚI"], ["Xã đạt chuẩn nông thôn mới", null, figure]]);
    for (const figure of ["12/19", "Đạt", "không đạt"]) {
      const { table } = readReturn(grid(figure), { columns: { name: 1, plan: 2, actual: 3 } });
      expect([table?.title, table?.indicators.map((i) => i.name)]).toEqual([
        "BIỂU TIÊU CHÍ NÔNG THÔN MỚI",
        ["Xã đạt chuẩn nông thôn mới"],
      ]);
    }
  });

  it("does not take a date in a named column for a figure: the report's date line stays above the table", () => {
    const grid = gridOf(
      [
        ["Báo cáo ngày", null, 45000],
        ["Thu ngân sách", 30, 33],
      ],
      { left: 3, formats: { E1: "dd/mm/yyyy" } },
    );
    const { table } = readReturn(grid, { columns: { name: 3, plan: 4, actual: 5 } });
    expect(table?.indicators.map((i) => [i.name, i.cell])).toEqual([["Thu ngân sách", "C2"]]);
  });

  it("reads a grid whose number formats stop above the table", () => {
    const grid = { ...gridOf([["Biểu số liệu"], ["Thu ngân sách", 30, 33]]), numberFormats: [[]] };
    expect(names(grid, { name: 1, plan: 2, actual: 3 })).toEqual(["Thu ngân sách"]);
  });

  it("says a missing plan column without a header row or header texts to name", () => {
    const { table, findings } = readReturn(gridOf([["Thu ngân sách", 33]]), { columns: { name: 1, actual: 2 } });
    expect(findings.map((f) => [f.code, f.cell, f.params])).toEqual([
      ["sheet-no-plan-column", "", { row: "", headers: "" }],
    ]);
    expect(table?.headerRows).toEqual([]);
    expect(table?.regions?.[0].headerRows).toEqual([]);
  });
});

describe("readReturn: what is not a return", () => {
  const noHeader = (severity: string) => ({
    table: null,
    findings: [{ sheet: "Sheet1", cell: "", severity, code: "sheet-no-header" }],
  });

  it("refuses, as an error, a sheet with no header", () => {
    expect(readReturn(gridOf([["Danh sách cán bộ xã"], ["Nguyễn Văn A", "Chủ tịch", 1970]]))).toEqual(
      noHeader("error"),
    );
  });

  it("refuses, as an error, a table whose header names no indicator column", () => {
    expect(
      readReturn(
        gridOf([
          ["Kế hoạch", "Thực hiện"],
          [30, 33],
        ]),
      ),
    ).toEqual(noHeader("error"));
  });

  it("skips, with a warning, a list with names but no plan, result or last year's column", () => {
    expect(
      readReturn(
        gridOf([
          ["STT", "Nội dung", "Ghi chú"],
          [1, "Rà soát hộ nghèo", "Xong"],
        ]),
      ),
    ).toEqual(noHeader("warning"));
  });

  it("reads a table with last year's column only, saying that plan and result are missing", () => {
    const { table, findings } = readReturn(
      gridOf([
        ["STT", "Chỉ tiêu", "Cùng kỳ năm trước"],
        [1, "Dân số", 5000],
      ]),
    );
    expect(table?.indicators[0].baseline).toEqual({ kind: "number", value: 5000, percent: false });
    expect(codes(findings)).toEqual(["sheet-no-plan-column", "sheet-no-actual-column"]);
  });
});

describe("readReturn: titles, headers and addresses", () => {
  it("gives no title to a sheet that starts with its header row", () => {
    const { table } = readReturn(
      gridOf([
        ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
        [1, "Thu ngân sách", 30, 33],
      ]),
    );
    expect(table?.title).toBeNull();
  });

  it("names the first TCVN3 cell at its place on the sheet when the table does not start at A1", () => {
    const grid = gridOf(
      [
        ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024"],
        ["STT", "ChØ tiªu", "KÕ ho¹ch", "Thùc hiÖn"],
        [1, "Tû lÖ hé nghÌo", 4, 3.5],
      ],
      { top: 5, left: 2 },
    );
    expect(readReturn(grid).findings).toEqual([
      { sheet: "Sheet1", cell: "C6", severity: "warning", code: "legacy-encoding", params: { encoding: "tcvn3" } },
    ]);
  });

  it("gives no header text to a column the user picks whose header cell is blank", () => {
    const grid = gridOf([
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", null],
      [1, "Thu ngân sách", 30, 33, 35],
    ]);
    const { table } = readReturn(grid, { columns: { actual: 5 } });
    expect(table?.indicators[0].actual).toEqual({ kind: "number", value: 35, percent: false });
    expect(table?.columnHeaders).toEqual({ code: "STT", name: "Chỉ tiêu", plan: "Kế hoạch" });
    expect(Object.keys(table?.columnHeaders ?? {})).not.toContain("actual");
  });
});

describe("readReturn: user corrections and the columns offered instead", () => {
  it("offers the other candidate columns, not the one the user chose", () => {
    const grid = gridOf([
      ["STT", "Chỉ tiêu", "KH năm", "KH 6 tháng", "KH quý II", "TH 6 tháng", "Ước TH năm", "TH quý II"],
      [1, "Thu ngân sách", 60, 30, 15, 33, 65, 16],
    ]);
    const detected = readReturn(grid).table?.regions?.[0].alternatives;
    expect(detected?.plan).toContain(4);
    expect(detected?.actual).toContain(7);
    const chosen = readReturn(grid, { columns: { plan: 4, actual: 7 } }).table?.regions?.[0].alternatives;
    expect(chosen?.plan).toContain(5);
    expect(chosen?.plan).not.toContain(4);
    expect(chosen?.actual).toContain(8);
    expect(chosen?.actual).not.toContain(7);
  });

  it("leaves a later table laid out otherwise as detected, even where the correction names one of its columns", () => {
    const grid = gridOf([
      ["Chỉ tiêu", "KH năm", "KH 6 tháng", "TH 6 tháng"],
      ["Thu ngân sách", 60, 30, 33],
      [],
      ["Chỉ tiêu", "KH năm", "TH 6 tháng"],
      ["Thu thuế", 80, 44],
    ]);
    const { table } = readReturn(grid, { columns: { plan: 3 } });
    expect(table?.indicators.map((i) => [i.name, i.cells.plan, i.cells.actual])).toEqual([
      ["Thu ngân sách", "C2", "D2"],
      ["Thu thuế", "B5", "C5"],
    ]);
  });

  it("removes a role given as undefined rather than keeping it as an empty key", () => {
    expect(Object.keys(applyColumnOverrides({ name: 2, percent: 6 }, { percent: undefined }))).toEqual(["name"]);
  });
});
