/**
 * A commune's return split over sheets of one workbook ("Biểu 01" economic, "Biểu 02" social) is
 * one unit of the consolidation; two returns of one commune are not.
 */
import { analyze, analyzeSource, type SourceWorkbook } from "../analyze";
import { joinReturnParts } from "./return-parts";
import type { CellValue } from "../grid";
import { DEFAULT_SETTINGS } from "../settings";
import { gridOf } from "../table/test-support";

const HEADER = ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"];

function sheet(name: string, area: string, period: string, rows: CellValue[][]) {
  return gridOf([[`UBND ${area.toUpperCase()}`], [`BÁO CÁO KẾT QUẢ ${period.toUpperCase()}`], HEADER, ...rows], {
    sheet: name,
  });
}

const ECONOMY: CellValue[][] = [
  [1, "Thu ngân sách", "triệu đồng", 1000, 900],
  [2, "Sản lượng lương thực", "tấn", 1200, 1300],
];
const SOCIETY: CellValue[][] = [
  [1, "Tỷ lệ hộ nghèo", "%", 4, 3.5],
  [2, "Kết nạp đảng viên", "người", 10, 4],
];

function source(file: string, grids: ReturnType<typeof gridOf>[]): SourceWorkbook {
  return { file, grids, findings: [] };
}

describe("a commune's return over several sheets", () => {
  const analysis = analyze(
    [
      source("phu-my.xlsx", [
        sheet("Biểu 01", "Xã Phú Mỹ", "năm 2025", ECONOMY),
        sheet("Biểu 02", "Xã Phú Mỹ", "năm 2025", SOCIETY),
      ]),
      source("tan-lap.xlsx", [sheet("Sheet1", "Xã Tân Lập", "năm 2025", [...ECONOMY, ...SOCIETY])]),
    ],
    DEFAULT_SETTINGS,
  );
  const cons = analysis.consolidation!.consolidation;

  it("is one unit received, with all its indicators in its column", () => {
    expect(cons.areas).toEqual(["Xã Phú Mỹ", "Xã Tân Lập"]);
    expect(analysis.consolidation!.narrative).toContain("2/2");
    const column = cons.indicators.map((i) => [i.name, i.figures[0]?.actualValue ?? null]);
    expect(column).toEqual([
      ["Thu ngân sách", 900],
      ["Sản lượng lương thực", 1300],
      ["Tỷ lệ hộ nghèo", 3.5],
      ["Kết nạp đảng viên", 4],
    ]);
    // its band counts are both sheets' together: 1 met + 1 near, 1 met + 1 low
    expect(cons.bandCounts["Xã Phú Mỹ"]).toEqual({ met: 2, near: 1, mid: 0, low: 1, none: 0 });
  });

  it("is said in one note naming its sheets, and not called a second return", () => {
    const codes = analysis.problems.map((p) => p.code);
    expect(codes).not.toContain("area-duplicate");
    const note = analysis.problems.find((p) => p.code === "return-parts-joined");
    expect(note?.file).toBe("phu-my.xlsx");
    expect(note?.message).toBe(
      "Tệp phu-my.xlsx: Các trang “Biểu 01”, “Biểu 02” của Xã Phú Mỹ là các biểu của cùng một báo cáo (cùng kỳ, không trùng chỉ tiêu); được tổng hợp như một đơn vị.",
    );
  });

  it("keeps a summary per sheet", () => {
    expect(analysis.returns.map((r) => r.ret.sheet)).toEqual(["Biểu 01", "Biểu 02", "Sheet1"]);
  });

  it("alone is one commune: no consolidation of one unit", () => {
    const alone = analyze(
      [
        source("phu-my.xlsx", [
          sheet("Biểu 01", "Xã Phú Mỹ", "năm 2025", ECONOMY),
          sheet("Biểu 02", "Xã Phú Mỹ", "năm 2025", SOCIETY),
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(alone.consolidation).toBeNull();
    expect(alone.returns).toHaveLength(2);
  });
});

describe("two returns of one commune stay two", () => {
  const areasOf = (sources: SourceWorkbook[]) => {
    const analysis = analyze(sources, DEFAULT_SETTINGS);
    return {
      areas: analysis.consolidation?.consolidation.areas,
      codes: analysis.problems.map((p) => p.code).filter((c) => c === "area-duplicate" || c === "return-parts-joined"),
    };
  };

  it("when the sheets share an indicator (the same return twice, or a corrected copy)", () => {
    expect(
      areasOf([
        source("phu-my.xlsx", [
          sheet("Bản cũ", "Xã Phú Mỹ", "năm 2025", ECONOMY),
          sheet("Bản sửa", "Xã Phú Mỹ", "năm 2025", [ECONOMY[0], SOCIETY[0]]),
        ]),
      ]),
    ).toEqual({ areas: ["Xã Phú Mỹ", "Xã Phú Mỹ (2)"], codes: ["area-duplicate"] });
  });

  it("when the sheets are of different periods", () => {
    expect(
      areasOf([
        source("phu-my.xlsx", [
          sheet("6 tháng", "Xã Phú Mỹ", "6 tháng đầu năm 2025", ECONOMY),
          sheet("Cả năm", "Xã Phú Mỹ", "năm 2025", SOCIETY),
        ]),
      ]),
    ).toEqual({ areas: ["Xã Phú Mỹ", "Xã Phú Mỹ (2)"], codes: ["area-duplicate"] });
  });

  it("when they come in two files (two returns sent)", () => {
    expect(
      areasOf([
        source("phu-my-1.xlsx", [sheet("Biểu 01", "Xã Phú Mỹ", "năm 2025", ECONOMY)]),
        source("phu-my-2.xlsx", [sheet("Biểu 02", "Xã Phú Mỹ", "năm 2025", SOCIETY)]),
      ]),
    ).toEqual({ areas: ["Xã Phú Mỹ", "Xã Phú Mỹ (2)"], codes: ["area-duplicate"] });
  });

  it("when the sheets name no area (each is its own unit, named by its sheet)", () => {
    const noArea = (name: string, rows: CellValue[][]) => gridOf([HEADER, ...rows], { sheet: name });
    expect(areasOf([source("x.xlsx", [noArea("Biểu 01", ECONOMY), noArea("Biểu 02", SOCIETY)])])).toEqual({
      areas: ["Biểu 01", "Biểu 02"],
      codes: [],
    });
  });
});

describe("joinReturnParts", () => {
  const scored = (grids: ReturnType<typeof gridOf>[]) =>
    analyzeSource(source("phu-my.xlsx", grids), DEFAULT_SETTINGS).scored;
  const SOCIETY_WITH_PARTS: CellValue[][] = [
    [1, "Số hộ nghèo", "hộ", 120, 130],
    ["-", "Hộ nghèo dân tộc thiểu số", "hộ", 40, 100],
    [2, "Kết nạp đảng viên", "người", 10, 6],
    [3, "Số thôn có nhà văn hóa", "thôn", 12, "chưa có số liệu"],
    [4, "Số công trình mới", "công trình", 0, 3],
  ];

  it("adds the parts' indicators, band counts and findings; a sub-row keeps its own parent", () => {
    const parts = scored([
      sheet("Biểu 01", "Xã Phú Mỹ", "năm 2025", ECONOMY),
      sheet("Biểu 02", "Xã Phú Mỹ", "năm 2025", SOCIETY_WITH_PARTS),
    ]);
    const { returns, findings } = joinReturnParts(parts);
    expect(returns).toHaveLength(1);
    const [one] = returns;
    expect(one.indicators.map((i) => [i.name, i.parent, i.sheet])).toEqual([
      ["Thu ngân sách", null, "Biểu 01"],
      ["Sản lượng lương thực", null, "Biểu 01"],
      ["Số hộ nghèo", null, "Biểu 02"],
      ["Hộ nghèo dân tộc thiểu số", 2, "Biểu 02"],
      ["Kết nạp đảng viên", null, "Biểu 02"],
      ["Số thôn có nhà văn hóa", null, "Biểu 02"],
      ["Số công trình mới", null, "Biểu 02"],
    ]);
    const sum = (k: keyof (typeof one)["counts"]) => parts[0].counts[k] + parts[1].counts[k];
    expect(one.counts).toEqual({
      met: sum("met"),
      near: sum("near"),
      mid: sum("mid"),
      low: sum("low"),
      none: sum("none"),
    });
    // each part brings counts of its own to add: near and none only in the second, low in both
    expect(parts[1].counts.near + parts[1].counts.mid + parts[1].counts.none).toBeGreaterThan(0);
    expect(one.findings).toEqual([...parts[0].findings, ...parts[1].findings]);
    expect(parts[1].findings.length).toBeGreaterThan(0);
    expect(one.sheet).toBe("Biểu 01");
    expect(findings).toEqual([
      {
        file: "phu-my.xlsx",
        sheet: "",
        cell: "",
        severity: "warning",
        code: "return-parts-joined",
        params: { area: "Xã Phú Mỹ", sheets: "“Biểu 01”, “Biểu 02”" },
      },
    ]);
  });

  it("joins parts that name no period alike", () => {
    const undated = (name: string, rows: CellValue[][]) =>
      gridOf([["UBND XÃ PHÚ MỸ"], ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"], HEADER, ...rows], { sheet: name });
    const parts = scored([undated("Biểu 01", ECONOMY), undated("Biểu 02", SOCIETY)]);
    expect(parts.map((p) => p.period)).toEqual([null, null]);
    expect(joinReturnParts(parts).returns).toHaveLength(1);
  });

  it("leaves a return of one sheet as it is", () => {
    const parts = scored([sheet("Biểu 01", "Xã Phú Mỹ", "năm 2025", ECONOMY)]);
    expect(joinReturnParts(parts)).toEqual({ returns: parts, findings: [] });
  });
});
