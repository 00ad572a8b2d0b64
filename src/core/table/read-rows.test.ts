import type { CellValue } from "../grid";
import { createCellTextReader } from "./cell-text";
import { readReturn } from "./read-return";
import { parseDirection, readRows } from "./read-rows";
import { gridOf } from "./test-support";

describe("readRows: cell references shared between returns", () => {
  const grid = (area: string, columns: string[]) =>
    gridOf(
      [
        [`BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU - ${area.toUpperCase()}`],
        columns,
        [1, "Thu ngân sách", "triệu đồng", 100, 80],
        [2, "Tỷ lệ hộ nghèo", "%", 4, 5],
      ],
      { sheet: area },
    );

  it("gives returns with one layout the same frozen cells object per row", () => {
    const a = readReturn(grid("Xã A", ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"])).table!;
    const b = readReturn(grid("Xã B", ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"])).table!;
    expect(a.indicators[0].cells).toEqual({ code: "A3", name: "B3", unit: "C3", plan: "D3", actual: "E3" });
    expect(a.indicators[0].cells).toBe(b.indicators[0].cells);
    expect(a.indicators[1].cells).toBe(b.indicators[1].cells);
    expect(a.indicators[1].cells.actual).toBe("E4");
    expect(Object.isFrozen(a.indicators[0].cells)).toBe(true);
    expect(a.indicators[0].code).toBe("1");
  });

  it("keeps another layout's cells apart", () => {
    const a = readReturn(grid("Xã A", ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"])).table!;
    const c = readReturn(grid("Xã C", ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Kế hoạch"])).table!;
    expect(c.indicators[0].cells).toEqual({ code: "A3", name: "B3", unit: "C3", plan: "E3", actual: "D3" });
    expect(c.indicators[0].cells).not.toBe(a.indicators[0].cells);
    expect(c.indicators[0].plan).toEqual({ kind: "number", value: 80, percent: false });
  });
});

/** Each indicator as [name, parent]: which row a sub-row belongs to. */
const parents = (rows: CellValue[][]) => readReturn(gridOf(rows)).table?.indicators.map((i) => [i.name, i.parent]);
const HEADER: CellValue[] = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"];
/** A total with a "Trong đó:" line and one unmarked sub-row under it. */
const OF_WHICH_LIST: CellValue[][] = [
  HEADER,
  [1, "Tổng số hộ", "hộ", 1000, 1010],
  [null, "Trong đó:", null, null, null],
  [null, "Hộ nghèo", "hộ", 40, 35],
];

describe("readRows: which rows are sub-rows", () => {
  it("reads an unnumbered first indicator as top-level, with a '- ' row under it as its child", () => {
    expect(
      parents([
        ["Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        ["Tổng số hộ", "hộ", 1000, 1010],
        ["- Hộ nghèo", "hộ", 40, 35],
      ]),
    ).toEqual([
      ["Tổng số hộ", null],
      ["- Hộ nghèo", 0],
    ]);
  });

  it("reads an unnumbered row outside a 'Trong đó' list as an indicator of its own", () => {
    expect(
      parents([HEADER, [1, "Dân số trung bình", "người", 5000, 5100], [null, "Số hộ gia đình", "hộ", 1200, 1210]]),
    ).toEqual([
      ["Dân số trung bình", null],
      ["Số hộ gia đình", null],
    ]);
  });

  it("reads items numbered '(1)', '1)', '(a)' under 'Trong đó:' as parts of the row above, the list going on", () => {
    expect(
      parents([
        ...OF_WHICH_LIST.slice(0, 3), // a total and its "Trong đó:"
        ["(1)", "Hộ nghèo", "hộ", 40, 35],
        ["2)", "Hộ cận nghèo", "hộ", 60, 58],
        ["(a)", "Hộ mới thoát nghèo", "hộ", 10, 12],
        [null, "Hộ nghèo dân tộc thiểu số", "hộ", 20, 18],
        [2, "Số lao động", "người", 500, 520],
        ["(1)", "Lao động nữ", "người", 200, 210],
      ]),
    ).toEqual([
      ["Tổng số hộ", null],
      ["Hộ nghèo", 0],
      ["Hộ cận nghèo", 0],
      ["Hộ mới thoát nghèo", 0],
      ["Hộ nghèo dân tộc thiểu số", 0],
      ["Số lao động", null],
      ["Lao động nữ", null], // no "Trong đó:" above it: a numbering of its own
    ]);
  });

  it("ends a 'Trong đó' list at a blank row: an unnumbered row below it is top-level again", () => {
    expect(
      parents([...OF_WHICH_LIST, [null, "  ", null, null, null], [null, "Số lao động", "người", 500, 520]]),
    ).toEqual([
      ["Tổng số hộ", null],
      ["Hộ nghèo", 0],
      ["Số lao động", null],
    ]);
  });

  it("ends a 'Trong đó' list at the next numbered indicator: unnumbered rows after it are top-level", () => {
    expect(
      parents([
        ...OF_WHICH_LIST,
        [2, "Số lao động", "người", 500, 520],
        [null, "Số người có việc làm mới", "người", 50, 60],
      ]),
    ).toEqual([
      ["Tổng số hộ", null],
      ["Hộ nghèo", 0],
      ["Số lao động", null],
      ["Số người có việc làm mới", null],
    ]);
  });

  it("ends a 'Trong đó' list at a group title: the first row of the new group is top-level", () => {
    const indicators = readReturn(
      gridOf([
        ...OF_WHICH_LIST,
        ["II", "VĂN HÓA - XÃ HỘI", null, null, null],
        [null, "Số trường học", "trường", 5, 5],
        ["-", "Trường đạt chuẩn quốc gia", "trường", 3, 4],
      ]),
    ).table?.indicators;
    expect(indicators?.map((i) => [i.name, i.group, i.parent])).toEqual([
      ["Tổng số hộ", null, null],
      ["Hộ nghèo", null, 0],
      ["Số trường học", "II. VĂN HÓA - XÃ HỘI", null],
      ["Trường đạt chuẩn quốc gia", "II. VĂN HÓA - XÃ HỘI", 2],
    ]);
  });
});

describe("readRows: a row with any figure is an indicator", () => {
  it("reads a Roman-numbered row with a figure in any one figure column as an indicator, not a group title", () => {
    const { table, findings } = readReturn(
      gridOf([
        ["STT", "Chỉ tiêu", "ĐVT", "Cùng kỳ năm trước", "Kế hoạch", "Thực hiện", "So sánh (%)"],
        ["I", "Tổng thu ngân sách", "triệu đồng", null, 5000, null, null],
        ["II", "Tổng chi ngân sách", "triệu đồng", null, null, 4800, null],
        ["III", "Vốn đầu tư phát triển", "triệu đồng", 2500, null, null, null],
        ["IV", "Tỷ lệ giải ngân", "%", null, null, null, 95],
        ["V", "VĂN HÓA - XÃ HỘI", null, null, null, null, null],
        [1, "Số trường học", "trường", 5, 5, 5, 100],
      ]),
    );
    expect(findings).toEqual([]);
    expect(table?.indicators.map((i) => [i.code, i.name, i.group])).toEqual([
      ["I", "Tổng thu ngân sách", null],
      ["II", "Tổng chi ngân sách", null],
      ["III", "Vốn đầu tư phát triển", null],
      ["IV", "Tỷ lệ giải ngân", null],
      ["1", "Số trường học", "V. VĂN HÓA - XÃ HỘI"],
    ]);
  });

  it("counts an error value (#DIV/0!) or a date as a figure: the row stays an indicator, its cell reported", () => {
    const { table, findings } = readReturn(
      gridOf(
        [
          ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
          ["I", "Tổng thu ngân sách", "triệu đồng", { error: "#DIV/0!" }, null],
          ["II", "Ngày hoàn thành kế hoạch", null, null, 45000],
        ],
        { formats: { E3: "dd/mm/yyyy" } },
      ),
    );
    expect(table?.indicators.map((i) => [i.name, i.group])).toEqual([
      ["Tổng thu ngân sách", null],
      ["Ngày hoàn thành kế hoạch", null],
    ]);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([
      ["value-error", "D2"],
      ["value-date", "E3"],
    ]);
  });

  it("reads an indicator whose texts sound like a header (“Kế hoạch hóa gia đình”, “Thực hiện tốt”) when it has figures", () => {
    const { table, findings } = readReturn(
      gridOf([
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"],
        [1, "Kế hoạch hóa gia đình", "%", 95, 96, "Thực hiện tốt"],
        [2, "Tỷ lệ tiêm chủng đầy đủ", "%", 98, 97, null],
      ]),
    );
    expect(findings).toEqual([]);
    expect(table?.indicators.map((i) => [i.name, i.note])).toEqual([
      ["Kế hoạch hóa gia đình", "Thực hiện tốt"],
      ["Tỷ lệ tiêm chủng đầy đủ", null],
    ]);
    expect(table?.regions).toHaveLength(1);
  });
});

describe("readRows: figures and findings", () => {
  it("reports text in last year's column at its cell even when plan and result are fine", () => {
    const { findings } = readReturn(
      gridOf([
        ["STT", "Chỉ tiêu", "Cùng kỳ", "Kế hoạch", "Thực hiện"],
        [1, "Thu ngân sách", "không rõ", 30, 33],
      ]),
    );
    expect(findings.map((f) => [f.code, f.cell, f.params])).toEqual([
      ["value-not-number", "C2", { column: "baseline", text: "không rõ" }],
    ]);
  });

  it("reads “đạt” typed in TCVN3 in a figure column as met", () => {
    const { table } = readReturn(
      gridOf([
        ["STT", "ChØ tiªu", "KÕ ho¹ch", "Thùc hiÖn"],
        [1, "X· ®¹t chuÈn n«ng th«n míi", "®¹t", "Kh«ng ®¹t"],
      ]),
    );
    expect(table?.indicators[0]).toMatchObject({
      name: "Xã đạt chuẩn nông thôn mới",
      plan: { kind: "binary", met: true },
      actual: { kind: "binary", met: false },
    });
  });

  it("gives no sheet % (null, not a blank) to a return without a % column", () => {
    const { table } = readReturn(gridOf([HEADER, [1, "Thu ngân sách", "triệu đồng", 30, 33]]));
    expect(table?.indicators[0].sheetPercent).toBeNull();
  });

  it("reads no % figure from a % column the user names beyond the sheet's filled columns", () => {
    const rows = [HEADER, [1, "Thu ngân sách", "triệu đồng", 30, 33]];
    for (const [column, cell] of [
      [6, "F2"],
      [9, "I2"],
    ] as const) {
      const { table } = readReturn(gridOf(rows), { columns: { percent: column } });
      expect(table?.columns.percent).toBe(column);
      expect(table?.indicators[0]).toMatchObject({ sheetPercent: null, cells: { percent: cell } });
    }
  });

  it("reads figures, a % and a date finding from the sheet's first column", () => {
    const grid = gridOf(
      [
        ["So sánh (%)", "Kế hoạch", "Thực hiện", "Chỉ tiêu"],
        [110, 30, 33, "Thu ngân sách"],
        [45000, 30, 33, "Dân số"],
      ],
      { formats: { A3: "dd/mm/yyyy" } },
    );
    const read = readRows(grid, createCellTextReader(grid), { percent: 1, plan: 2, actual: 3, name: 4 }, 1);
    expect(read.indicators.map((i) => i.sheetPercent)).toEqual([
      { kind: "number", value: 110, percent: false },
      { kind: "invalid", reason: "date", raw: "15/03/2023" },
    ]);
    const plans = readRows(grid, createCellTextReader(grid), { plan: 1, actual: 2, name: 4 }, 1);
    expect(plans.indicators[0].plan).toEqual({ kind: "number", value: 110, percent: false });
    expect(plans.findings.map((f) => [f.code, f.cell, f.params])).toEqual([
      ["value-date", "A3", { column: "plan", text: "15/03/2023" }],
    ]);
  });

  it("reads a grid whose number formats stop above the last rows", () => {
    const grid = { ...gridOf([HEADER, [1, "Thu ngân sách", "triệu đồng", 30, 33]]), numberFormats: [[]] };
    expect(readReturn(grid).table?.indicators[0].plan).toEqual({ kind: "number", value: 30, percent: false });
  });

  it("finds a duplicate whose name differs only by a full stop", () => {
    const { findings } = readReturn(
      gridOf([
        ["STT", "Chỉ tiêu", "KH", "TH"],
        [1, "Thu ngân sách", 30, 33],
        [1, "Thu ngân sách.", 30, 33],
      ]),
    );
    expect(findings.map((f) => [f.code, f.cell, f.params?.first])).toEqual([["duplicate-indicator", "B3", "B2"]]);
  });
});

describe("parseDirection", () => {
  it("reads the words a direction column holds", () => {
    expect(["tăng", "Tăng", "up", "↑", "cao hơn là tốt", "higher"].map(parseDirection)).toEqual(Array(6).fill("up"));
    expect(["giảm", "GIẢM", "down", "↓", "thấp hơn là tốt", "lower"].map(parseDirection)).toEqual(
      Array(6).fill("down"),
    );
  });

  it("leaves a direction it does not know unknown, rather than guessing from a word inside it", () => {
    expect(["ổn định", "không tăng", "không giảm", "x", "-"].map(parseDirection)).toEqual(Array(5).fill(null));
  });
});

describe("readRows: where the reading stops", () => {
  const read = (rows: CellValue[][], start = 1) => {
    const grid = gridOf(rows);
    return readRows(grid, createCellTextReader(grid), { code: 1, name: 2, unit: 3, plan: 4, actual: 5 }, start);
  };

  it("reads to the sheet's end into a new list when given none", () => {
    const result = read([HEADER, [1, "Thu ngân sách", "triệu đồng", 30, 33], []]);
    expect(result.indicators.map((i) => i.name)).toEqual(["Thu ngân sách"]);
    expect(result.findings).toEqual([]);
    expect(result.stop).toEqual({ reason: "end", row: 3 });
    expect(result.lastIndicatorRow).toBe(1);
  });

  it("stops at the signature block, naming its row", () => {
    const result = read([
      HEADER,
      [1, "Thu ngân sách", "triệu đồng", 30, 33],
      [],
      [null, "NGƯỜI LẬP BIỂU", null, "TM. ỦY BAN NHÂN DÂN"],
    ]);
    expect(result.stop).toEqual({ reason: "signature", row: 3 });
    expect(result.lastIndicatorRow).toBe(1);
  });

  it("says no indicator was read (-1) when the rows hold none, and reads nothing from an empty grid", () => {
    const notes = read([HEADER, [null, "Ghi chú: số liệu ước thực hiện"]]);
    expect(notes.indicators).toEqual([]);
    expect(notes.lastIndicatorRow).toBe(-1);
    expect(notes.stop).toEqual({ reason: "end", row: 2 });
    expect(read([], 0)).toEqual({
      indicators: [],
      findings: [],
      stop: { reason: "end", row: 0 },
      lastIndicatorRow: -1,
    });
  });
});
