import { localizeProblem } from "../i18n/messages";
import { DEFAULT_SETTINGS } from "../settings";
import { scoreReturn } from "./score-return";
import { sheetPercentReason } from "./sheet-percent-reason";
import { returnTable, type IndicatorInput } from "./test-support";

/** The sheet-percent finding's reason for one row, and its message. */
function reasonOf(input: IndicatorInput, lang: "vi" | "en" = "vi") {
  const ret = scoreReturn(returnTable("Xã A", [input]), DEFAULT_SETTINGS, "a.xlsx");
  const finding = ret.findings.find((f) => f.code === "sheet-percent-disagrees");
  return { reason: finding?.params?.reason, message: finding ? localizeProblem(finding, "a.xlsx", lang).message : "" };
}

describe("why the sheet's own % differs", () => {
  it("a lower-is-better indicator the sheet divided actual by plan", () => {
    const { reason, message } = reasonOf({
      name: "Tỷ lệ hộ nghèo",
      unit: "%",
      plan: 30,
      actual: 25.3,
      sheetPercent: 84.3,
    });
    expect(reason).toBe("actual-over-plan-for-down");
    expect(message).toBe(
      "Tệp a.xlsx, trang “Xã A”, ô G5: Cột so sánh của báo cáo ghi 84,3%, tính lại được 118,6%: biểu tính thực hiện/kế hoạch; chỉ tiêu này càng thấp càng tốt nên tính kế hoạch/thực hiện; đã dùng số tính lại.",
    );
    expect(
      reasonOf({ name: "Tỷ lệ hộ nghèo", unit: "%", plan: 30, actual: 25.3, sheetPercent: 84.3 }, "en").message,
    ).toContain("the sheet computes actual/plan; lower is better for this indicator, so plan/actual is used");
  });

  it("the same as a plain ratio (0,843), with a baseline, and the other way round for higher-is-better", () => {
    expect(reasonOf({ name: "Tỷ lệ hộ nghèo", unit: "%", plan: 30, actual: 25.3, sheetPercent: 0.843 }).reason).toBe(
      "actual-over-plan-for-down",
    );
    const withBaseline = reasonOf({
      name: "Số hộ nghèo",
      unit: "hộ",
      baseline: 412,
      plan: 365,
      actual: 376,
      sheetPercent: 103,
    });
    expect(withBaseline.reason).toBe("actual-over-plan-for-down-baseline");
    expect(withBaseline.message).toContain("(cùng kỳ − thực hiện)/(cùng kỳ − kế hoạch)");
    expect(
      reasonOf({ name: "Số hộ nghèo", unit: "hộ", baseline: 412, plan: 365, actual: 376, sheetPercent: 97.1 }).reason,
    ).toBe("plan-over-actual-for-down-baseline");
    expect(
      reasonOf({ name: "Thu ngân sách", unit: "triệu đồng", plan: 30, actual: 33, sheetPercent: 90.9 }).reason,
    ).toBe("plan-over-actual-for-up");
  });

  it("a whole percent cut from the figure is rounding; anything else is said to match no formula", () => {
    expect(reasonOf({ name: "Kết nạp đảng viên", plan: 46, actual: 73, sheetPercent: 158 }).reason).toBe("rounded");
    const typed = reasonOf({
      name: "Thu nhập bình quân đầu người",
      unit: "triệu đồng",
      plan: 25,
      actual: 17,
      sheetPercent: 70,
    });
    expect(typed.reason).toBe("unexplained");
    expect(typed.message).toContain("có thể gõ tay hoặc tính từ cột khác");
  });
});

describe("sheetPercentReason, row by row", () => {
  const row = (part: Partial<Parameters<typeof sheetPercentReason>[0]>) => ({
    direction: "down" as const,
    kind: "amount" as const,
    planValue: 30,
    actualValue: 25.3,
    baselineValue: null,
    achievement: null,
    ...part,
  });

  it("tries the other formulas only on figures: criteria, or a blank plan or actual, stay unexplained", () => {
    expect(sheetPercentReason(row({ kind: "criteria" }), 84.3, 0.5, false)).toBe("unexplained");
    expect(sheetPercentReason(row({ direction: "up", planValue: null, actualValue: 25 }), 0, 0.5, false)).toBe(
      "unexplained",
    );
    expect(sheetPercentReason(row({ planValue: 30, actualValue: null }), 0, 0.5, false)).toBe("unexplained");
  });

  it("reads actual/plan as a lower-is-better mistake only for a lower-is-better indicator", () => {
    expect(sheetPercentReason(row({}), 84.3, 0.5, false)).toBe("actual-over-plan-for-down");
    expect(sheetPercentReason(row({ direction: "up" }), 84.3, 0.5, false)).toBe("unexplained");
  });

  it("counts a baseline only when it is above the plan", () => {
    expect(sheetPercentReason(row({ baselineValue: 30 }), 84.3, 0.5, false)).toBe("actual-over-plan-for-down");
    expect(sheetPercentReason(row({ baselineValue: 31 }), 84.3, 0.5, false)).toBe("actual-over-plan-for-down-baseline");
  });

  it("reads plan/actual for a higher-is-better indicator even when it has a baseline above the plan", () => {
    const up = row({ direction: "up", planValue: 30, actualValue: 33, baselineValue: 40 });
    expect(sheetPercentReason(up, 90.9, 0.5, false)).toBe("plan-over-actual-for-up");
  });

  it("matches at exactly the tolerance, in points and as a plain ratio", () => {
    const quarterOff = row({ planValue: 4, actualValue: 3 }); // actual/plan = 75 %
    expect(sheetPercentReason(quarterOff, 75.5, 0.5, false)).toBe("actual-over-plan-for-down");
    expect(sheetPercentReason(quarterOff, 0.8, 5, true)).toBe("actual-over-plan-for-down");
  });

  it("calls a whole percent within one point of the achievement rounded, a plain ratio included", () => {
    const scored = row({ kind: "criteria", achievement: 86.8 });
    expect(sheetPercentReason(scored, 87, 0.5, false)).toBe("rounded");
    expect(sheetPercentReason(scored, 0.87, 0.5, true)).toBe("rounded");
    expect(sheetPercentReason(row({ kind: "criteria", achievement: 86 }), 87, 0.5, false)).toBe("unexplained");
    expect(sheetPercentReason(row({ kind: "criteria", achievement: 1000.4 }), 10, 0.5, true)).toBe("rounded");
    expect(sheetPercentReason(row({ kind: "criteria", achievement: null }), 0, 0.5, false)).toBe("unexplained");
  });
});
