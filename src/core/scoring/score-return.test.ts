import type { ScoredIndicator } from "../model";
import { DEFAULT_SETTINGS, parseSettings } from "../settings";
import { laggingFirst } from "./lagging-first";
import { scoreReturn } from "./score-return";
import { returnTable, type IndicatorInput } from "./test-support";

const scoreOne = (input: IndicatorInput, settings = DEFAULT_SETTINGS) => {
  const scored = scoreReturn(returnTable("Xã Trạm Tấu", [input]), settings, "tram-tau.xlsx");
  return { ind: scored.indicators[0], findings: scored.findings, ret: scored };
};

describe("scoreReturn: the seed review (domain.md)", () => {
  const table = returnTable("Xã Trạm Tấu", [
    {
      name: "Sản lượng lương thực bình quân đầu người",
      unit: "kg",
      plan: 400,
      actual: 347,
    },
    {
      name: "Thu nhập bình quân đầu người",
      unit: "triệu đồng",
      plan: 25,
      actual: 17,
    },
    {
      name: "Thu ngân sách trên địa bàn",
      unit: "triệu đồng",
      plan: 30,
      actual: 33,
    },
    {
      name: "Xây dựng nông thôn mới",
      unit: "tiêu chí",
      plan: 19,
      actual: "12/19",
    },
    {
      name: "Tỷ lệ trẻ em được tiêm chủng đầy đủ",
      unit: "%",
      plan: "%96",
      actual: "%79",
    },
    { name: "Kết nạp đảng viên mới", unit: "đảng viên", plan: 46, actual: 73 },
    { name: "Tỷ lệ tăng dân số tự nhiên", unit: "%", plan: 0.2, actual: 7.7 },
    { name: "Giảm tỷ lệ hộ nghèo", unit: "%", plan: 4, actual: 3.5 },
    { name: "Số xã đạt chuẩn an toàn thực phẩm", plan: null, actual: null },
  ]);
  const ret = scoreReturn(table, DEFAULT_SETTINGS, "tram-tau.xlsx");
  const by = (name: string) => ret.indicators.find((i) => i.name === name) as ScoredIndicator;

  it("bands each seed figure", () => {
    expect(ret.indicators.map((i) => i.band)).toEqual([
      "near",
      "mid",
      "met",
      "mid",
      "near",
      "met",
      "low",
      "near",
      "none",
    ]);
    expect(by("Sản lượng lương thực bình quân đầu người").achievement).toBe(86.75);
  });

  it("population growth 7,7 vs 0,2: down, low, flagged suspect-unit with a warning, score kept", () => {
    const growth = by("Tỷ lệ tăng dân số tự nhiên");
    expect(growth).toMatchObject({
      direction: "down",
      directionSource: "catalogue",
      band: "low",
    });
    expect(growth.achievement).toBeCloseTo((0.2 / 7.7) * 100, 8);
    expect(growth.flags).toEqual(expect.arrayContaining(["lagging", "suspect-unit"]));
    expect(ret.findings).toContainEqual({
      sheet: "Xã Trạm Tấu",
      cell: "E11",
      severity: "warning",
      code: "suspect-unit",
      params: { plan: 0.2, actual: 7.7, ratio: 38.5 },
    });
  });

  it("reduction 'Giảm tỷ lệ hộ nghèo' is up, 87.5, priority (hộ nghèo)", () => {
    expect(by("Giảm tỷ lệ hộ nghèo")).toMatchObject({
      direction: "up",
      reduction: true,
      achievement: 87.5,
      band: "near",
    });
    expect(by("Giảm tỷ lệ hộ nghèo").flags).toEqual(["priority"]);
  });

  it("counts bands over the scored indicators", () => {
    expect(ret.counts).toEqual({ met: 2, near: 3, mid: 2, low: 1, none: 1 });
    expect(ret).toMatchObject({
      file: "tram-tau.xlsx",
      sheet: "Xã Trạm Tấu",
      area: "Xã Trạm Tấu",
      period: "6 tháng đầu năm 2022",
    });
  });

  it("NTM criteria is lagging AND priority, and heads the lagging list", () => {
    const order = laggingFirst(ret.indicators).map((i) => i.name);
    expect(order).toEqual(["Xây dựng nông thôn mới", "Tỷ lệ tăng dân số tự nhiên", "Thu nhập bình quân đầu người"]);
  });
});

describe("flags and findings", () => {
  it("plan 0 on up: no achievement, band none, finding plan-zero at the plan cell", () => {
    const { ind, findings } = scoreOne({
      name: "Thu ngân sách",
      plan: 0,
      actual: 12,
    });
    expect(ind).toMatchObject({
      achievement: null,
      noScoreReason: "plan-zero",
      band: "none",
    });
    expect(findings).toEqual([
      {
        sheet: "Xã Trạm Tấu",
        cell: "D5",
        severity: "warning",
        code: "plan-zero",
      },
    ]);
  });

  it("actual without plan → plan-missing; blank actual → band none and no finding", () => {
    expect(scoreOne({ name: "Trồng rừng", plan: null, actual: 5 }).findings.map((f) => f.code)).toEqual([
      "plan-missing",
    ]);
    const blank = scoreOne({ name: "Trồng rừng", plan: 5, actual: null });
    expect(blank.ind).toMatchObject({
      band: "none",
      achievement: null,
      noScoreReason: "no-actual",
    });
    expect(blank.findings).toEqual([]);
  });

  it("a rate above 100 % is suspect (percent-over-100), a plain amount above 100 is not", () => {
    const rate = scoreOne({
      name: "Tỷ lệ hộ dùng nước sạch",
      unit: "%",
      plan: 95,
      actual: 120,
    });
    expect(rate.ind.flags).toContain("suspect-unit");
    expect(rate.findings).toContainEqual({
      sheet: "Xã Trạm Tấu",
      cell: "E5",
      severity: "warning",
      code: "percent-over-100",
      params: { column: "actual", value: 120 },
    });
    expect(
      scoreOne({
        name: "Thu ngân sách",
        unit: "triệu đồng",
        plan: 95,
        actual: 120,
      }).ind.flags,
    ).not.toContain("suspect-unit");
  });

  it("a negative count is suspect (negative-count), score kept", () => {
    const { ind, findings } = scoreOne({
      name: "Số hộ làm nhà mới",
      unit: "hộ",
      plan: 10,
      actual: -3,
    });
    expect(ind.flags).toContain("suspect-unit");
    expect(ind.achievement).toBeCloseTo(-30, 10);
    expect(findings).toContainEqual({
      sheet: "Xã Trạm Tấu",
      cell: "E5",
      severity: "warning",
      code: "negative-count",
      params: { column: "actual", value: -3 },
    });
  });

  it("the ratio check uses settings.suspectRatio and ignores criteria", () => {
    expect(scoreOne({ name: "Trồng cây", plan: 10, actual: 95 }).ind.flags).not.toContain("suspect-unit");
    expect(scoreOne({ name: "Trồng cây", plan: 10, actual: 100 }).ind.flags).toContain("suspect-unit");
    expect(
      scoreOne({ name: "Trồng cây", plan: 10, actual: 50 }, parseSettings({ suspectRatio: 5 })).ind.flags,
    ).toContain("suspect-unit");
    expect(scoreOne({ name: "Thôn đạt chuẩn", plan: 19, actual: "1/19" }).ind.flags).not.toContain("suspect-unit");
  });

  it("regressed: fewer criteria than the baseline; a down indicator worse than its baseline", () => {
    expect(
      scoreOne({
        name: "Xây dựng nông thôn mới",
        plan: 19,
        actual: "15/19",
        baseline: "16/19",
      }).ind.flags,
    ).toContain("regressed");
    expect(
      scoreOne({
        name: "Xây dựng nông thôn mới",
        plan: 19,
        actual: "17/19",
        baseline: "16/19",
      }).ind.flags,
    ).not.toContain("regressed");
    const worse = scoreOne({
      name: "Số vụ tai nạn giao thông",
      plan: 3,
      actual: 6,
      baseline: 5,
    }).ind;
    expect(worse).toMatchObject({
      direction: "down",
      achievement: 0,
      band: "low",
    });
    expect(worse.flags).toContain("regressed");
    expect(
      scoreOne({
        name: "Số vụ tai nạn giao thông",
        plan: 3,
        actual: 4,
        baseline: 5,
      }).ind.flags,
    ).not.toContain("regressed");
  });

  it("pace only when enabled: up amount below plan × elapsed", () => {
    const input = { name: "Thu ngân sách", plan: 100, actual: 40 };
    expect(scoreOne(input).ind.flags).not.toContain("pace");
    const on = parseSettings({ pace: { enabled: true, elapsed: 0.5 } });
    expect(scoreOne(input, on).ind.flags).toContain("pace");
    expect(scoreOne({ ...input, actual: 55 }, on).ind.flags).not.toContain("pace");
    expect(scoreOne({ name: "Tỷ lệ tiêm chủng", unit: "%", plan: 96, actual: 40 }, on).ind.flags).not.toContain("pace");
  });

  it("priority cues come from settings", () => {
    expect(scoreOne({ name: "Thu ngân sách nhà nước", plan: 10, actual: 10 }).ind.flags).toEqual(["priority"]);
    const custom = parseSettings({ priority: ["trồng rừng"] });
    expect(scoreOne({ name: "Thu ngân sách nhà nước", plan: 10, actual: 10 }, custom).ind.flags).toEqual([]);
    expect(scoreOne({ name: "TRỒNG RỪNG tập trung", plan: 10, actual: 10 }, custom).ind.flags).toEqual(["priority"]);
  });

  it("the sheet's own % is checked against ours (points, percent figure, or a plain ratio)", () => {
    const off = scoreOne({
      name: "Kết nạp đảng viên",
      plan: 46,
      actual: 73,
      sheetPercent: 158,
    });
    expect(off.findings).toEqual([
      {
        sheet: "Xã Trạm Tấu",
        cell: "G5",
        severity: "warning",
        code: "sheet-percent-disagrees",
        params: { sheet: 158, computed: 158.7, reason: "rounded" },
      },
    ]);
    expect(
      scoreOne({
        name: "Lương thực",
        plan: 400,
        actual: 347,
        sheetPercent: 86.8,
      }).findings,
    ).toEqual([]);
    expect(
      scoreOne({
        name: "Lương thực",
        plan: 400,
        actual: 347,
        sheetPercent: "%86.75",
      }).findings,
    ).toEqual([]);
    expect(
      scoreOne({
        name: "Lương thực",
        plan: 400,
        actual: 347,
        sheetPercent: 0.8675,
      }).findings,
    ).toEqual([]);
    expect(
      scoreOne(
        { name: "Lương thực", plan: 400, actual: 347, sheetPercent: 87 },
        parseSettings({ sheetPercentTolerance: 0.1 }),
      ).findings.map((f) => f.code),
    ).toEqual(["sheet-percent-disagrees"]);
  });

  it("a direction setting wins over the catalogue in scoring", () => {
    const settings = parseSettings({
      directions: { "số vụ tai nạn giao thông": "up" },
    });
    const { ind } = scoreOne({ name: "Số vụ tai nạn giao thông", plan: 4, actual: 2 }, settings);
    expect(ind).toMatchObject({
      direction: "up",
      directionSource: "setting",
      achievement: 50,
      band: "mid",
    });
    expect(scoreOne({ name: "Số vụ tai nạn giao thông", plan: 4, actual: 2 }).ind).toMatchObject({
      direction: "down",
      achievement: 200,
      band: "met",
    });
  });

  it("binary indicators and sub-rows are scored and counted", () => {
    const ret = scoreReturn(
      returnTable("Xã A", [
        { name: "Đạt chuẩn phổ cập giáo dục", plan: true, actual: true },
        { name: "Đạt chuẩn quốc gia về y tế", plan: true, actual: false },
        { name: "Hộ nghèo", unit: "hộ", plan: 100, actual: 120 },
        { name: "- Hộ cận nghèo", unit: "hộ", plan: 50, actual: 50, parent: 2 },
      ]),
      DEFAULT_SETTINGS,
      "a.xlsx",
    );
    expect(ret.indicators.map((i) => [i.kind, i.achievement])).toEqual([
      ["binary", 100],
      ["binary", 0],
      ["amount", (100 / 120) * 100],
      ["amount", 100],
    ]);
    expect(ret.counts).toEqual({ met: 2, near: 1, mid: 0, low: 1, none: 0 });
  });
});

describe("laggingFirst", () => {
  it("lagging only, priority first, then by achievement ascending, ties in input order", () => {
    const mk = (name: string, achievement: number, flags: ScoredIndicator["flags"]) => ({ name, achievement, flags });
    const list = [
      mk("a", 60, ["lagging"]),
      mk("b", 20, ["lagging"]),
      mk("c", 65, ["lagging", "priority"]),
      mk("d", 95, ["priority"]),
      mk("e", 40, ["priority", "lagging"]),
      mk("f", 20, ["lagging"]),
    ];
    expect(laggingFirst(list).map((i) => i.name)).toEqual(["e", "c", "b", "f", "a"]);
  });
});

describe("scoreReturn: what the scored return keeps", () => {
  it("takes the period from the settings when one is set, else from the sheet", () => {
    const table = {
      ...returnTable("Xã Trạm Tấu", [{ name: "Thu ngân sách", plan: 30, actual: 33 }]),
      period: "6 tháng đầu năm 2024",
    };
    expect(scoreReturn(table, DEFAULT_SETTINGS, "a.xlsx").period).toBe("6 tháng đầu năm 2024");
    expect(scoreReturn(table, parseSettings({ period: "Năm 2024" }), "a.xlsx").period).toBe("Năm 2024");
  });

  it("keeps the table read, with its indicators scored", () => {
    const table = returnTable("Xã Trạm Tấu", [{ name: "Thu ngân sách", plan: 30, actual: 33 }]);
    const scored = scoreReturn(table, DEFAULT_SETTINGS, "a.xlsx");
    expect(scored.table).toMatchObject({ sheet: table.sheet, area: "Xã Trạm Tấu", columns: table.columns });
    expect(scored.table.indicators).toBe(scored.indicators);
  });
});
