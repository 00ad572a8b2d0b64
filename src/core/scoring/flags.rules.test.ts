// What a leader must see first (domain.md, "Flags"): each flag and warning as it shows on one
// commune's return. The return's columns: D plan, E actual, F baseline, G the sheet's own %.
import { DEFAULT_SETTINGS, parseSettings } from "../settings";

/** Every counting unit, as people type them (domain.md's units: hộ, người, tiêu chí, xã, thôn/bản …). */
const COUNT_UNITS_AS_WRITTEN = [
  "hộ",
  "người",
  "xã",
  "phường",
  "thôn",
  "bản",
  "xóm",
  "tổ",
  "tiêu chí",
  "lao động",
  "học sinh",
  "trẻ",
  "cháu",
  "con",
  "chiếc",
  "cái",
  "vụ",
  "công trình",
  "trường",
  "lớp",
  "đảng viên",
  "hội viên",
  "đoàn viên",
  "cơ sở",
  "doanh nghiệp",
  "hợp tác xã",
  "cặp",
  "ca",
  "lượt",
];
import { isCountUnit, isRateName, isRegressed } from "./flags";
import { scoreReturn } from "./score-return";
import { returnTable, type IndicatorInput } from "./test-support";

const scoreOne = (input: IndicatorInput, settings = DEFAULT_SETTINGS) => {
  const scored = scoreReturn(returnTable("Xã Trạm Tấu", [input]), settings, "tram-tau.xlsx");
  return { ind: scored.indicators[0], findings: scored.findings };
};
const flagsOf = (input: IndicatorInput, settings = DEFAULT_SETTINGS) => scoreOne(input, settings).ind.flags;
const codesOf = (input: IndicatorInput, settings = DEFAULT_SETTINGS) =>
  scoreOne(input, settings).findings.map((f) => `${f.code} ${f.cell}`);

describe("lagging", () => {
  it("flags an indicator below 70 %, not one at 70 % or one not yet evaluated", () => {
    expect(flagsOf({ name: "Trồng rừng", plan: 100, actual: 69 })).toEqual(["lagging"]);
    expect(flagsOf({ name: "Trồng rừng", plan: 100, actual: 30 })).toEqual(["lagging"]);
    expect(flagsOf({ name: "Trồng rừng", plan: 100, actual: 70 })).toEqual([]);
    expect(flagsOf({ name: "Trồng rừng", plan: 100, actual: null })).toEqual([]);
  });
});

describe("priority", () => {
  it("matches a cue as whole words, whatever the case and diacritics", () => {
    expect(flagsOf({ name: "SỐ HỘ NGHÈO", plan: 10, actual: 10 })).toEqual(["priority"]);
    expect(flagsOf({ name: "So ho ngheo", plan: 10, actual: 10 })).toEqual(["priority"]);
    expect(flagsOf({ name: "Thu ngân sáchxã", plan: 10, actual: 10 })).toEqual([]);
  });

  it("follows each settings' own cues", () => {
    const forest = parseSettings({ priority: ["trồng rừng"] });
    const roads = parseSettings({ priority: ["giao thông"] });
    expect(flagsOf({ name: "Trồng rừng", plan: 10, actual: 10 }, forest)).toEqual(["priority"]);
    expect(flagsOf({ name: "Trồng rừng", plan: 10, actual: 10 }, roads)).toEqual([]);
    expect(flagsOf({ name: "Đường giao thông", plan: 10, actual: 10 }, roads)).toEqual(["priority"]);
  });
});

describe("warnings about the plan", () => {
  it("a plan of 0 and a missing plan are each reported at the plan's cell", () => {
    expect(codesOf({ name: "Trồng rừng", plan: 0, actual: 5 })).toEqual(["plan-zero D5"]);
    expect(codesOf({ name: "Trồng rừng", actual: 5 })).toEqual(["plan-missing D5"]);
    expect(codesOf({ name: "Trồng rừng", plan: 5, actual: 5 })).toEqual([]);
  });
});

describe("suspect unit: plan and result 10 times apart or more", () => {
  it("flags 10× either way, negatives included, and says by how much at the result's cell", () => {
    const { ind, findings } = scoreOne({ name: "Tăng dân số tự nhiên", unit: "%", plan: 0.2, actual: 7.7 });
    expect(ind.flags).toContain("suspect-unit");
    expect(findings).toContainEqual({
      sheet: "Xã Trạm Tấu",
      cell: "E5",
      severity: "warning",
      code: "suspect-unit",
      params: { plan: 0.2, actual: 7.7, ratio: 38.5 },
    });
    expect(flagsOf({ name: "Trồng cây", plan: 100, actual: 10 })).toContain("suspect-unit");
    // a negative figure is not judged by the tenfold rule: a negative count is its own problem
    expect(flagsOf({ name: "Chênh lệch thu chi", plan: -10, actual: 100 })).not.toContain("suspect-unit");
    expect(flagsOf({ name: "Chênh lệch thu chi", plan: 10, actual: -100 })).not.toContain("suspect-unit");
  });

  it("does not flag figures less than 10 times apart", () => {
    expect(flagsOf({ name: "Trồng cây", plan: 100, actual: 10.01 })).not.toContain("suspect-unit");
    expect(flagsOf({ name: "Trồng cây", plan: 10, actual: 99.9 })).not.toContain("suspect-unit");
  });

  it("does not compare with a figure of 0 (no unit can be judged from it)", () => {
    expect(codesOf({ name: "Trồng cây", plan: 100, actual: 0 })).toEqual([]);
    expect(codesOf({ name: "Trồng cây", plan: 0, actual: 100 })).toEqual(["plan-zero D5"]);
  });

  it("does not compare a percent-free đạt / không đạt or a criteria count", () => {
    expect(flagsOf({ name: "Thôn đạt chuẩn", plan: 19, actual: "1/19" })).not.toContain("suspect-unit");
    expect(flagsOf({ name: "Phổ cập giáo dục", plan: 30, actual: true })).not.toContain("suspect-unit");
  });

  it("compares percent figures too", () => {
    expect(flagsOf({ name: "Tăng trưởng", unit: "%", plan: 8, actual: 80 })).toContain("suspect-unit");
  });
});

describe("suspect unit: a rate above 100 %", () => {
  it("reports each column of a rate above 100 % at its own cell", () => {
    const { ind, findings } = scoreOne({
      name: "Tỉ lệ che phủ rừng",
      unit: "%",
      plan: 101,
      actual: 102,
      baseline: 103,
    });
    expect(ind.flags).toContain("suspect-unit");
    expect(findings.map((f) => [f.code, f.cell, f.params])).toEqual([
      ["percent-over-100", "D5", { column: "plan", value: 101 }],
      ["percent-over-100", "E5", { column: "actual", value: 102 }],
      ["percent-over-100", "F5", { column: "baseline", value: 103 }],
    ]);
  });

  it("accepts a rate of exactly 100 %, and a percent above 100 that is no rate (growth)", () => {
    expect(flagsOf({ name: "Tỷ lệ trẻ em đi học", unit: "%", plan: 100, actual: 100 })).not.toContain("suspect-unit");
    expect(flagsOf({ name: "Tốc độ tăng trưởng", unit: "%", plan: 105, actual: 110 })).not.toContain("suspect-unit");
  });

  it("checks only percent figures: a count named 'tỷ lệ' above 100 is no rate above 100 %", () => {
    expect(codesOf({ name: "Tỷ lệ hộ được hỗ trợ", unit: "hộ", plan: 150, actual: 120 })).toEqual([]);
  });

  it("does not read 'tỷ lệ' inside a longer word as a rate", () => {
    expect(isRateName("Tỷ lệ hộ nghèo")).toBe(true);
    expect(isRateName("TỈ LỆ che phủ")).toBe(true);
    expect(isRateName("Số hộ nghèo")).toBe(false);
  });
});

describe("suspect unit: a negative count", () => {
  it("reports a negative number of households, people or criteria at its cell, and keeps the score", () => {
    const { ind, findings } = scoreOne({ name: "Hộ làm nhà mới", unit: "hộ", plan: -2, actual: 3, baseline: -1 });
    expect(ind.flags).toContain("suspect-unit");
    expect(findings.map((f) => [f.code, f.cell, f.params])).toEqual([
      ["negative-count", "D5", { column: "plan", value: -2 }],
      ["negative-count", "F5", { column: "baseline", value: -1 }],
    ]);
  });

  it("accepts a count of 0, and a negative figure that counts nothing (ha, %)", () => {
    expect(flagsOf({ name: "Hộ làm nhà mới", unit: "hộ", plan: 2, actual: 0 })).not.toContain("suspect-unit");
    expect(flagsOf({ name: "Diện tích lúa", unit: "ha", plan: 20, actual: -5 })).not.toContain("suspect-unit");
  });

  it("knows every unit that counts things", () => {
    for (const unit of COUNT_UNITS_AS_WRITTEN) expect([unit, isCountUnit(unit)]).toEqual([unit, true]);
  });

  it("does not check a đạt / không đạt indicator as a count", () => {
    expect(codesOf({ name: "Thôn đạt chuẩn văn hóa", unit: "thôn", plan: -1, actual: true })).toEqual([]);
  });

  it("knows counting units written in several ways", () => {
    for (const unit of [
      "hộ",
      "Hộ gia đình",
      "người/năm",
      "người / năm",
      "(người)",
      "lao động",
      "Lao động nông thôn",
      "Học sinh",
      "Học sinh tiểu học",
      "Đảng viên",
      "tiêu chí",
      "Hợp tác xã",
    ])
      expect([unit, isCountUnit(unit)]).toEqual([unit, true]);
    for (const unit of ["ha", "%", "triệu đồng", "tấn", "", null])
      expect([unit, isCountUnit(unit)]).toEqual([unit, false]);
  });
});

describe("regressed", () => {
  const regressed = (
    kind: "criteria" | "amount" | "percent" | "binary",
    direction: "up" | "down",
    actual: number | null,
    baseline: number | null,
  ) => isRegressed({ kind, direction, actualValue: actual, baselineValue: baseline });

  it("fewer criteria met than last period, never the same number", () => {
    expect(regressed("criteria", "up", 15, 16)).toBe(true);
    expect(regressed("criteria", "up", 16, 16)).toBe(false);
    expect(regressed("criteria", "up", 17, 16)).toBe(false);
  });

  it("a lower-is-better figure above last year's, as an amount or a rate", () => {
    expect(regressed("amount", "down", 6, 5)).toBe(true);
    expect(regressed("percent", "down", 6, 5)).toBe(true);
    expect(regressed("percent", "down", 5, 5)).toBe(false);
    expect(regressed("amount", "down", 4, 5)).toBe(false);
  });

  it("never for a higher-is-better figure, đạt / không đạt, or without both figures", () => {
    expect(regressed("amount", "up", 4, 5)).toBe(false);
    expect(regressed("amount", "up", 6, 5)).toBe(false);
    expect(regressed("binary", "down", 1, 0)).toBe(false);
    expect(regressed("amount", "down", null, 5)).toBe(false);
    expect(regressed("criteria", "up", 15, null)).toBe(false);
    expect(regressed("criteria", "up", null, 16)).toBe(false);
    expect(regressed("amount", "down", 5, null)).toBe(false);
  });

  it("shows on the scored indicator", () => {
    expect(flagsOf({ name: "Tỷ lệ hộ nghèo", unit: "%", plan: 3, actual: 6, baseline: 5 })).toContain("regressed");
    expect(flagsOf({ name: "Tỷ lệ hộ nghèo", unit: "%", plan: 3, actual: 4, baseline: 5 })).not.toContain("regressed");
  });
});

describe("pace (off by default)", () => {
  const on = parseSettings({ pace: { enabled: true, elapsed: 0.5 } });

  it("flags a higher-is-better amount behind the share of the year elapsed, not one exactly on it", () => {
    expect(flagsOf({ name: "Trồng rừng", plan: 100, actual: 49 }, on)).toContain("pace");
    expect(flagsOf({ name: "Trồng rừng", plan: 100, actual: 50 }, on)).not.toContain("pace");
  });

  it("does not judge lower-is-better figures, a plan of 0, or a figure not yet reported", () => {
    expect(flagsOf({ name: "Số vụ tai nạn giao thông", plan: 100, actual: 10 }, on)).not.toContain("pace");
    expect(flagsOf({ name: "Trồng rừng", plan: 0, actual: -1 }, on)).not.toContain("pace");
    expect(flagsOf({ name: "Trồng rừng", plan: -100, actual: -90 }, on)).not.toContain("pace");
    expect(flagsOf({ name: "Trồng rừng", plan: 100 }, on)).not.toContain("pace");
    expect(flagsOf({ name: "Trồng rừng", actual: 10 }, on)).not.toContain("pace");
  });
});

describe("the sheet's own %", () => {
  it("accepts a sheet % within the tolerance either way, and reports one beyond it with both figures", () => {
    expect(codesOf({ name: "Lương thực", plan: 400, actual: 347, sheetPercent: 87.25 })).toEqual([]);
    expect(codesOf({ name: "Lương thực", plan: 400, actual: 347, sheetPercent: 86.25 })).toEqual([]);
    const off = scoreOne({ name: "Lương thực", plan: 400, actual: 347, sheetPercent: 86.04 });
    expect(off.findings).toEqual([
      {
        sheet: "Xã Trạm Tấu",
        cell: "G5",
        severity: "warning",
        code: "sheet-percent-disagrees",
        params: { sheet: 86, computed: 86.8, reason: "unexplained" },
      },
    ]);
    expect(codesOf({ name: "Lương thực", plan: 400, actual: 347, sheetPercent: 87.3 })).toEqual([
      "sheet-percent-disagrees G5",
    ]);
  });

  it("accepts a plain ratio (0,8675 for 86,75 %) but not the same written as 0,87 %", () => {
    expect(codesOf({ name: "Lương thực", plan: 400, actual: 347, sheetPercent: 0.8675 })).toEqual([]);
    expect(codesOf({ name: "Lương thực", plan: 400, actual: 347, sheetPercent: "%0.8675" })).toEqual([
      "sheet-percent-disagrees G5",
    ]);
  });

  it("says nothing when either figure is missing or the sheet's % is text", () => {
    expect(codesOf({ name: "Lương thực", plan: 400, actual: null, sheetPercent: 50 })).toEqual([]);
    expect(codesOf({ name: "Lương thực", plan: 400, actual: 347, sheetPercent: "đạt" })).toEqual([]);
  });
});
