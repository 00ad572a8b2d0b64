import type { AreaFigureView, ScoredReturn } from "../model";
import { DEFAULT_SETTINGS, parseSettings } from "../settings";
import { scoreReturn } from "../scoring/score-return";
import { returnTable, type IndicatorInput } from "../scoring/test-support";
import { byAreaRecord } from "../report";
import { consolidate } from "./consolidate";

const scored = (
  area: string | null,
  inputs: IndicatorInput[],
  settings = DEFAULT_SETTINGS,
  sheet?: string,
): ScoredReturn => scoreReturn(returnTable(area, inputs, sheet), settings, `${area ?? sheet}.xlsx`);

describe("consolidate: sums, rates, criteria", () => {
  const a = scored("Xã A", [
    { name: "Thu ngân sách", unit: "triệu đồng", plan: 30, actual: 33 },
    { name: "Tổng số hộ", unit: "hộ", plan: 1000, actual: 1000 },
    { name: "Số hộ nghèo", unit: "hộ", plan: 40, actual: 50 },
    { name: "Tỷ lệ hộ nghèo", unit: "%", plan: 4, actual: 5 },
    {
      name: "Tỷ lệ trẻ em được tiêm chủng đầy đủ",
      unit: "%",
      plan: "%96",
      actual: "%79",
    },
    {
      name: "Xây dựng nông thôn mới",
      unit: "tiêu chí",
      plan: 19,
      actual: "19/19",
    },
    { name: "Đạt chuẩn phổ cập giáo dục", plan: true, actual: true },
  ]);
  const b = scored("Xã B", [
    { name: "THU NGÂN SÁCH", unit: "Triệu đồng", plan: 20, actual: 10 },
    { name: "Tổng số hộ", unit: "hộ", plan: 3000, actual: 3000 },
    { name: "Số hộ nghèo", unit: "hộ", plan: 270, actual: 300 },
    { name: "Tỷ lệ hộ nghèo", unit: "%", plan: 9, actual: 10 },
    {
      name: "Tỷ lệ trẻ em được tiêm chủng đầy đủ",
      unit: "%",
      plan: "%90",
      actual: "%91",
    },
    {
      name: "Xây dựng nông thôn mới",
      unit: "tiêu chí",
      plan: 19,
      actual: "12/19",
    },
    { name: "Đạt chuẩn phổ cập giáo dục", plan: true, actual: false },
  ]);
  const c = scored("Xã C", [
    { name: "Thu ngân sách", unit: "triệu đồng", plan: 50, actual: 40 },
    { name: "Tổng số hộ", unit: "hộ", plan: 500, actual: 500 },
    { name: "Tỷ lệ hộ nghèo", unit: "%", plan: 2, actual: 2 },
    {
      name: "Tỷ lệ trẻ em được tiêm chủng đầy đủ",
      unit: "%",
      plan: "%95",
      actual: "%95",
    },
    {
      name: "Xây dựng nông thôn mới",
      unit: "tiêu chí",
      plan: "19/19",
      actual: "19/19",
    },
  ]);
  const result = consolidate([a, b, c], DEFAULT_SETTINGS);
  const get = (name: string) => {
    const found = result.indicators.find((i) => i.name === name);
    if (!found) throw new Error(`no ${name}`);
    return found;
  };

  it("lists areas and indicators in order of first appearance", () => {
    expect(result.areas).toEqual(["Xã A", "Xã B", "Xã C"]);
    expect(result.expected).toEqual(["Xã A", "Xã B", "Xã C"]);
    expect(result.missingAreas).toEqual([]);
    expect(result.indicators.map((i) => i.name)).toEqual([
      "Thu ngân sách",
      "Tổng số hộ",
      "Số hộ nghèo",
      "Tỷ lệ hộ nghèo",
      "Tỷ lệ trẻ em được tiêm chủng đầy đủ",
      "Xây dựng nông thôn mới",
      "Đạt chuẩn phổ cập giáo dục",
    ]);
  });

  it("sums amounts: plan 100, actual 83 → 83 %, near; each area's figures are kept", () => {
    const revenue = get("Thu ngân sách");
    expect(revenue).toMatchObject({
      aggregation: "sum",
      plan: 100,
      actual: 83,
      achievement: 83,
      band: "near",
      reported: 3,
      missing: [],
    });
    expect(revenue.flags).toEqual(["priority"]);
    expect(byAreaRecord(result.areas, revenue.figures)["Xã B"]).toEqual({
      plan: 20,
      actual: 10,
      achievement: 50,
      band: "mid",
    });
  });

  it("weights the poverty rate by households: Σ poor / Σ households, between the parts", () => {
    const rate = get("Tỷ lệ hộ nghèo");
    expect(rate.aggregation).toBe("weighted");
    // (5×1000 + 10×3000 + 2×500) / 4500
    expect(rate.actual).toBeCloseTo(((50 + 300 + 10) / 4500) * 100, 10);
    expect(rate.plan).toBeCloseTo(((40 + 270 + 10) / 4500) * 100, 10);
    expect(rate.actual as number).toBeGreaterThanOrEqual(2);
    expect(rate.actual as number).toBeLessThanOrEqual(10);
    expect(rate.actual).not.toBeCloseTo((5 + 10 + 2) / 3, 3);
    expect(rate.direction).toBe("down");
    expect(rate.achievement).toBeCloseTo(((rate.plan as number) / (rate.actual as number)) * 100, 10);
    expect(result.findings.filter((f) => f.code === "rate-plain-mean").map((f) => f.params?.name)).toEqual([
      "Tỷ lệ trẻ em được tiêm chủng đầy đủ",
    ]);
  });

  it("a rate with no denominator is a plain mean, with a warning", () => {
    const vaccinated = get("Tỷ lệ trẻ em được tiêm chủng đầy đủ");
    expect(vaccinated.aggregation).toBe("mean");
    expect(vaccinated.actual).toBeCloseTo((79 + 91 + 95) / 3, 10);
    expect(result.findings).toContainEqual({
      sheet: "",
      cell: "",
      severity: "warning",
      code: "rate-plain-mean",
      params: { name: "Tỷ lệ trẻ em được tiêm chủng đầy đủ" },
    });
  });

  it("criteria: units meeting the full standard out of units reporting, and the distribution; never a mean", () => {
    const ntm = get("Xây dựng nông thôn mới");
    expect(ntm.aggregation).toBe("criteria");
    expect(ntm.standard).toEqual({
      meeting: 2,
      total: 3,
      distribution: { "19": 2, "12": 1 },
    });
    expect(ntm.plan).toBe(3); // units reporting
    expect(ntm.actual).toBe(2); // units at 19/19
    expect(ntm.achievement).toBeCloseTo((2 / 3) * 100, 10);
  });

  it("binary: areas met out of areas reporting", () => {
    expect(get("Đạt chuẩn phổ cập giáo dục")).toMatchObject({
      aggregation: "binary",
      plan: 2,
      actual: 1,
      achievement: 50,
      band: "mid",
    });
  });

  it("an indicator missing in an area: flag, missing list, one finding per area naming all it lacks", () => {
    const poor = get("Số hộ nghèo");
    expect(poor).toMatchObject({
      reported: 2,
      missing: ["Xã C"],
      plan: 310,
      actual: 350,
    });
    expect(poor.flags).toContain("missing");
    expect(result.findings).toContainEqual({
      file: "Xã C.xlsx",
      sheet: "Xã C",
      cell: "",
      severity: "warning",
      code: "indicator-missing",
      params: { area: "Xã C", count: 2, names: "“Số hộ nghèo”, “Đạt chuẩn phổ cập giáo dục”" },
    });
    expect(result.findings.filter((f) => f.code === "indicator-missing")).toHaveLength(1);
  });

  it("band counts per area", () => {
    expect(result.bandCounts["Xã A"]).toEqual(a.counts);
    expect(Object.keys(result.bandCounts)).toEqual(["Xã A", "Xã B", "Xã C"]);
  });

  it("weights from the count when total households are missing: households = poor × 100 / rate", () => {
    const x = scored("Xã X", [
      { name: "Số hộ nghèo", plan: 40, actual: 50 },
      { name: "Tỷ lệ hộ nghèo", unit: "%", plan: 4, actual: 5 },
    ]);
    const y = scored("Xã Y", [
      { name: "Số hộ nghèo", plan: 270, actual: 300 },
      { name: "Tỷ lệ hộ nghèo", unit: "%", plan: 9, actual: 10 },
    ]);
    const rate = consolidate([x, y], DEFAULT_SETTINGS).indicators[1];
    expect(rate.aggregation).toBe("weighted");
    expect(rate.actual).toBeCloseTo((350 / 4000) * 100, 10);
  });

  it("falls back to a mean when one area has no denominator", () => {
    const x = scored("Xã X", [
      { name: "Tổng số hộ", plan: 1000, actual: 1000 },
      { name: "Tỷ lệ hộ nghèo", unit: "%", plan: 4, actual: 5 },
    ]);
    const y = scored("Xã Y", [{ name: "Tỷ lệ hộ nghèo", unit: "%", plan: 9, actual: 10 }]);
    const out = consolidate([x, y], DEFAULT_SETTINGS);
    expect(out.indicators[1]).toMatchObject({
      aggregation: "mean",
      actual: 7.5,
    });
    expect(out.findings.map((f) => f.code)).toContain("rate-plain-mean");
  });
});

describe("consolidate: areas", () => {
  const one = [{ name: "Thu ngân sách", plan: 10, actual: 10 }];

  it("an expected area that has not reported: missingAreas and a finding", () => {
    const settings = parseSettings({
      expectedAreas: ["Trạm Tấu", "Bản Mù", "Xã Hát Lừu"],
    });
    const out = consolidate([scored("Xã Trạm Tấu", one, settings), scored("Xã Hát Lừu", one, settings)], settings);
    expect(out.expected).toEqual(["Trạm Tấu", "Bản Mù", "Xã Hát Lừu"]);
    expect(out.missingAreas).toEqual(["Bản Mù"]);
    expect(out.findings).toEqual([
      {
        sheet: "",
        cell: "",
        severity: "warning",
        code: "area-not-reported",
        params: { area: "Bản Mù" },
      },
    ]);
  });

  it("two returns for one area are both kept, the second as (2), with a finding", () => {
    const out = consolidate([scored("Xã A", one), scored("xã  A", one, DEFAULT_SETTINGS, "Sheet2")], DEFAULT_SETTINGS);
    expect(out.areas).toEqual(["Xã A", "xã  A (2)"]);
    expect(out.indicators[0]).toMatchObject({ plan: 20, reported: 2 });
    expect(out.findings).toEqual([
      {
        file: "xã  A.xlsx",
        sheet: "Sheet2",
        cell: "",
        severity: "warning",
        code: "area-duplicate",
        params: { area: "Xã A", first: "Xã A.xlsx (Xã A)" },
      },
    ]);
  });

  it("a return without an area is named by its sheet", () => {
    expect(consolidate([scored(null, one, DEFAULT_SETTINGS, "TH xã C")], DEFAULT_SETTINGS).areas).toEqual(["TH xã C"]);
  });

  it("different units for one indicator: unit-mismatch", () => {
    const out = consolidate(
      [
        scored("Xã A", [{ name: "Sản lượng lương thực", unit: "tấn", plan: 10, actual: 10 }]),
        scored("Xã B", [{ name: "Sản lượng lương thực", unit: "kg", plan: 10, actual: 10 }]),
        scored("Xã C", [{ name: "Sản lượng lương thực", unit: "Tấn", plan: 1, actual: 1 }]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(out.findings).toEqual([
      {
        sheet: "",
        cell: "",
        severity: "warning",
        code: "unit-mismatch",
        params: { name: "Sản lượng lương thực", units: "tấn, kg" },
      },
    ]);
  });

  it("a down indicator consolidates with its direction and baseline; suspect areas flag the total", () => {
    const out = consolidate(
      [
        scored("Xã A", [{ name: "Số vụ tai nạn giao thông", plan: 3, actual: 4, baseline: 5 }]),
        scored("Xã B", [{ name: "Số vụ tai nạn giao thông", plan: 1, actual: 2, baseline: 3 }]),
        scored("Xã C", [
          {
            name: "Tỷ lệ tăng dân số tự nhiên",
            unit: "%",
            plan: 0.2,
            actual: 7.7,
          },
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    // (8 − 6) / (8 − 4) = 50 %
    expect(out.indicators[0]).toMatchObject({
      direction: "down",
      plan: 4,
      actual: 6,
      achievement: 50,
      band: "mid",
    });
    expect(out.indicators[0].flags).toEqual(["lagging", "missing"]);
    expect(out.indicators[1].flags).toEqual(["lagging", "suspect-unit", "missing"]);
  });

  it("an empty input gives an empty consolidation", () => {
    expect(consolidate([], DEFAULT_SETTINGS)).toEqual({
      areas: [],
      expected: [],
      missingAreas: [],
      indicators: [],
      bandCounts: {},
      findings: [],
    });
  });
});

describe("consolidate: each area's figures, by area index", () => {
  const a = scored("Xã A", [
    { name: "Thu ngân sách", unit: "triệu đồng", plan: 30, actual: 33 },
    { name: "Số hộ nghèo", unit: "hộ", plan: 40, actual: 50 },
  ]);
  const b = scored("Xã B", [{ name: "Thu ngân sách", unit: "triệu đồng", plan: 20, actual: 10 }]);
  const view = (f: AreaFigureView | undefined) => f && [f.planValue, f.actualValue, f.achievement, f.band];

  it("holds each area's scored figures at its index in areas, undefined where it lacks the indicator", () => {
    const cons = consolidate([a, b], DEFAULT_SETTINGS);
    const [revenue, poor] = cons.indicators;
    expect(cons.areas).toEqual(["Xã A", "Xã B"]);
    expect(revenue.figures.map(view)).toEqual([
      [30, 33, a.indicators[0].achievement, "met"],
      [20, 10, 50, "mid"],
    ]);
    expect(revenue.figures[1]).toBe(b.indicators[0]);
    expect(poor.figures.map(view)).toEqual([[40, 50, 80, "near"], undefined]);
  });

  it("becomes the report's byArea: by name, in area order, only the areas that reported it", () => {
    const cons = consolidate([a, b], DEFAULT_SETTINGS);
    const [revenue, poor] = cons.indicators;
    const json = JSON.parse(JSON.stringify(byAreaRecord(cons.areas, revenue.figures)));
    expect(Object.keys(json)).toEqual(["Xã A", "Xã B"]);
    expect(json["Xã B"]).toEqual({ plan: 20, actual: 10, achievement: 50, band: "mid" });
    expect(Object.keys(byAreaRecord(cons.areas, poor.figures))).toEqual(["Xã A"]);
  });

  it("keeps returns apart by index, each under its own name", () => {
    // A second return of Xã A is "Xã A (2)"; a third really named "Xã A (2)" is numbered on.
    const a2 = scored("Xã A", [{ name: "Thu ngân sách", unit: "triệu đồng", plan: 10, actual: 1 }]);
    const named2 = scored("Xã A (2)", [{ name: "Thu ngân sách", unit: "triệu đồng", plan: 10, actual: 9 }]);
    const cons = consolidate([a, a2, named2], DEFAULT_SETTINGS);
    expect(cons.areas).toEqual(["Xã A", "Xã A (2)", "Xã A (2) (2)"]);
    const revenue = cons.indicators[0];
    expect(revenue.figures.map((f) => f?.actualValue)).toEqual([33, 1, 9]);
    expect(Object.values(byAreaRecord(cons.areas, revenue.figures)).map((f) => f.actual)).toEqual([33, 1, 9]);
    expect(Object.keys(cons.bandCounts)).toEqual(cons.areas);
  });
});

/** A commune's return with a poverty rate [plan, actual] (last row) and the rows that may weigh it. */
const povertyReturn = (area: string, [plan, actual]: [number | undefined, number], ...rows: IndicatorInput[]) =>
  scored(area, [...rows, { name: "Tỷ lệ hộ nghèo", unit: "%", plan, actual }]);
const povertyRate = (returns: ScoredReturn[]) =>
  consolidate(returns, DEFAULT_SETTINGS).indicators.find((i) => i.name === "Tỷ lệ hộ nghèo")!;

describe("consolidate: the weight of each commune in a weighted rate", () => {
  it("skips a household total of zero for the next name of the households", () => {
    const x = povertyReturn(
      "Xã X",
      [4, 5],
      { name: "Tổng số hộ", plan: 0, actual: 0 },
      { name: "Số hộ gia đình", plan: 1000, actual: 1000 },
    );
    const y = povertyReturn("Xã Y", [9, 10], { name: "Tổng số hộ", plan: 3000, actual: 3000 });
    const rate = povertyRate([x, y]);
    expect(rate.aggregation).toBe("weighted");
    expect(rate.actual).toBeCloseTo((5 * 1000 + 10 * 3000) / 4000, 10);
    expect(rate.plan).toBeCloseTo((4 * 1000 + 9 * 3000) / 4000, 10);
  });

  it("weighs both sides by a household total given on one side only", () => {
    const x = povertyReturn("Xã X", [4, 5], { name: "Tổng số hộ", plan: 1000 });
    const y = povertyReturn("Xã Y", [9, 10], { name: "Tổng số hộ", actual: 3000 });
    const rate = povertyRate([x, y]);
    expect(rate.aggregation).toBe("weighted");
    expect(rate.actual).toBeCloseTo((5 * 1000 + 10 * 3000) / 4000, 10);
    expect(rate.plan).toBeCloseTo((4 * 1000 + 9 * 3000) / 4000, 10);
  });

  it("weighs one commune by its households and another by its poor count on the same scale", () => {
    const x = povertyReturn("Xã X", [4, 5], { name: "Tổng số hộ", plan: 1000, actual: 1000 });
    const y = povertyReturn("Xã Y", [9, 10], { name: "Số hộ nghèo", plan: 270, actual: 300 });
    const rate = povertyRate([x, y]);
    expect(rate.aggregation).toBe("weighted");
    expect(rate.actual).toBeCloseTo((5 * 1000 + 10 * 3000) / 4000, 10);
  });

  it("takes a plain mean, with a warning, when a poor count cannot give households (a rate of 0)", () => {
    const x = povertyReturn("Xã X", [4, 0], { name: "Số hộ nghèo", plan: 40, actual: 50 });
    const y = povertyReturn("Xã Y", [9, 10], { name: "Số hộ nghèo", plan: 270, actual: 300 });
    const out = consolidate([x, y], DEFAULT_SETTINGS);
    const rate = out.indicators.find((i) => i.name === "Tỷ lệ hộ nghèo")!;
    expect(rate.aggregation).toBe("mean");
    expect(rate.actual).toBe(5);
    expect(out.findings.map((f) => f.code)).toContain("rate-plain-mean");
  });

  it("needs no weight on a side where a commune has no figure", () => {
    const x = povertyReturn("Xã X", [undefined, 5], { name: "Tổng số hộ", actual: 1000 });
    const y = povertyReturn("Xã Y", [9, 10], { name: "Tổng số hộ", plan: 3000, actual: 3000 });
    const rate = povertyRate([x, y]);
    expect(rate.aggregation).toBe("weighted");
    expect(rate.plan).toBeCloseTo(9, 10);
    expect(rate.actual).toBeCloseTo((5 * 1000 + 10 * 3000) / 4000, 10);
  });
});

describe("consolidate: which communes count", () => {
  it("names exactly the communes that lack an indicator", () => {
    const out = consolidate(
      [
        scored("Xã A", [
          { name: "Thu ngân sách", unit: "triệu đồng", plan: 30, actual: 33 },
          { name: "Số hộ nghèo", unit: "hộ", plan: 40, actual: 50 },
        ]),
        scored("Xã B", [{ name: "Thu ngân sách", unit: "triệu đồng", plan: 20, actual: 10 }]),
        scored("Xã C", [
          { name: "Thu ngân sách", unit: "Triệu đồng", plan: 10, actual: 10 },
          { name: "Số hộ nghèo", unit: "Hộ", plan: 270, actual: 300 },
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    const poor = out.indicators.find((i) => i.name === "Số hộ nghèo")!;
    expect(poor.missing).toStrictEqual(["Xã B"]);
    expect(poor.flags).toContain("missing");
    expect(out.indicators.find((i) => i.name === "Thu ngân sách")!.missing).toEqual([]);
    // one unit spelt two ways is no mismatch
    expect(out.findings.map((f) => f.code)).not.toContain("unit-mismatch");
  });

  it("counts a row a return repeats once, also when it is the return's first row", () => {
    const out = consolidate(
      [
        scored("Xã A", [
          { name: "Thu ngân sách", plan: 30, actual: 33 },
          { name: "Số hộ nghèo", plan: 40, actual: 50 },
          { name: "Thu ngân sách", plan: 30, actual: 33 },
        ]),
        scored("Xã B", [{ name: "Thu ngân sách", plan: 20, actual: 10 }]),
      ],
      DEFAULT_SETTINGS,
    );
    const revenue = out.indicators.filter((i) => i.name === "Thu ngân sách");
    expect(revenue).toHaveLength(1);
    expect(revenue[0]).toMatchObject({ plan: 50, actual: 43, reported: 2 });
  });

  it("a commune that does not report a rate lends no households to another", () => {
    const x = povertyReturn("Xã X", [4, 5], { name: "Tổng số hộ", plan: 1000, actual: 1000 });
    const y = scored("Xã Y", [{ name: "Tổng số hộ", plan: 9000, actual: 9000 }]);
    const z = povertyReturn("Xã Z", [9, 10], { name: "Tổng số hộ", plan: 3000, actual: 3000 });
    const rate = povertyRate([x, y, z]);
    expect(rate.aggregation).toBe("weighted");
    expect(rate.actual).toBeCloseTo((5 * 1000 + 10 * 3000) / 4000, 10);
    expect(rate.missing).toEqual(["Xã Y"]);
  });

  it("weighs the plan by the planned households and the result by the households counted", () => {
    const x = povertyReturn("Xã X", [4, 5], { name: "Tổng số hộ", plan: 1000, actual: 3000 });
    const y = povertyReturn("Xã Y", [9, 10], { name: "Tổng số hộ", plan: 3000, actual: 1000 });
    const rate = povertyRate([x, y]);
    expect(rate.plan).toBeCloseTo((4 * 1000 + 9 * 3000) / 4000, 10);
    expect(rate.actual).toBeCloseTo((5 * 3000 + 10 * 1000) / 4000, 10);
  });
});

describe("consolidate: weights from blank totals and poor counts, binary and criteria totals", () => {
  it("a blank household total gives way to the next name of the households", () => {
    const x = povertyReturn(
      "Xã X",
      [4, 5],
      { name: "Tổng số hộ" },
      { name: "Số hộ gia đình", plan: 1000, actual: 1000 },
    );
    const y = povertyReturn("Xã Y", [9, 10], { name: "Tổng số hộ", plan: 3000, actual: 3000 });
    const rate = povertyRate([x, y]);
    expect(rate.aggregation).toBe("weighted");
    expect(rate.actual).toBeCloseTo((5 * 1000 + 10 * 3000) / 4000, 10);
  });

  it("turns a poor count into households with the rate of the same side", () => {
    // plan: 40 poor at 4 % = 1,000 households; result: 60 poor at 5 % = 1,200 households
    const x = povertyReturn("Xã X", [4, 5], { name: "Số hộ nghèo", plan: 40, actual: 60 });
    const y = povertyReturn("Xã Y", [9, 10], { name: "Tổng số hộ", plan: 3000, actual: 3000 });
    const rate = povertyRate([x, y]);
    expect(rate.plan).toBeCloseTo((4 * 1000 + 9 * 3000) / 4000, 10);
    expect(rate.actual).toBeCloseTo((5 * 1200 + 10 * 3000) / 4200, 10);
  });

  it("needs no plan weight from a commune that gives no plan at all", () => {
    const x = povertyReturn("Xã X", [undefined, 5], { name: "Số hộ nghèo", actual: 50 });
    const y = povertyReturn("Xã Y", [9, 10], { name: "Tổng số hộ", plan: 3000, actual: 3000 });
    const rate = povertyRate([x, y]);
    expect(rate.aggregation).toBe("weighted");
    expect(rate.plan).toBeCloseTo(9, 10);
    expect(rate.actual).toBeCloseTo((5 * 1000 + 10 * 3000) / 4000, 10);
  });

  it("a yes/no indicator totals the communes that met it out of those that reported, and counts up", () => {
    const out = consolidate(
      [
        scored("Xã A", [{ name: "Đạt chuẩn phổ cập giáo dục", plan: true, actual: true, direction: "down" }]),
        scored("Xã B", [{ name: "Đạt chuẩn phổ cập giáo dục", plan: true, actual: false }]),
        scored("Xã C", [{ name: "Đạt chuẩn phổ cập giáo dục", plan: true, actual: true }]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(out.indicators[0]).toMatchObject({ aggregation: "binary", plan: 3, actual: 2, direction: "up" });
  });

  it("a criteria indicator counts up whatever its first row says", () => {
    const out = consolidate(
      [
        scored("Xã A", [
          { name: "Xây dựng nông thôn mới", unit: "tiêu chí", plan: 19, actual: "19/19", direction: "down" },
        ]),
        scored("Xã B", [{ name: "Xây dựng nông thôn mới", unit: "tiêu chí", plan: 19, actual: "15/19" }]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(out.indicators[0]).toMatchObject({ aggregation: "criteria", direction: "up" });
  });
});
