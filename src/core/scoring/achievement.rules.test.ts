// How the percent of plan is decided for the figures a return can hold (domain.md, "Achievement").
import { downAchievement, kindOf, unitClass } from "./achievement";
import { fig, scoreFigures, type FigureInput } from "./test-support";

const score = scoreFigures;

const kind = (plan: FigureInput, actual: FigureInput, baseline: FigureInput = null, unit: string | null = null) =>
  kindOf({ plan: fig(plan), actual: fig(actual), baseline: fig(baseline) }, unit);

describe("what kind of indicator the figures describe", () => {
  it("a % written on any one figure makes it a percent indicator", () => {
    expect(kind("%96", 79)).toBe("percent");
    expect(kind(96, "%79")).toBe("percent");
    expect(kind(96, 79, "%80")).toBe("percent");
    expect(kind(96, 79, 80)).toBe("amount");
  });

  it("the unit decides when no figure says: %, (%) and tiêu chí", () => {
    expect(kind(96, 79, null, "%")).toBe("percent");
    expect(kind(96, 79, null, "(%)")).toBe("percent");
    expect(kind(19, 15, null, " Tiêu chí ")).toBe("criteria");
    expect(kind(19, 15, null, "tiêu chí/xã")).toBe("amount");
    expect(kind(96, 79, null, "ha")).toBe("amount");
  });

  it("a fraction on any figure, even last year's, makes it a criteria count", () => {
    expect(kind(19, 15, "12/19")).toBe("criteria");
    expect(kind("19/19", 15)).toBe("criteria");
    expect(kind("%96", "12/19")).toBe("criteria");
  });

  it("đạt / không đạt on the plan or the result makes it binary, whatever the unit", () => {
    expect(kind(true, null)).toBe("binary");
    expect(kind(null, false, null, "%")).toBe("binary");
  });

  it("only last year's figure, with no usable plan or result, is not scored", () => {
    expect(kind(null, null, 5)).toBe("unscored");
    expect(kind("abc", "#N/A", null, "%")).toBe("unscored");
    expect(kind(null, 5)).toBe("amount");
    expect(kind(5, "abc")).toBe("amount");
  });

  it("reads units with any case and spaces, and no unit as other", () => {
    expect(unitClass("%")).toBe("percent");
    expect(unitClass("( % )")).toBe("percent");
    expect(unitClass("ha")).toBe("other");
    expect(unitClass("TIÊU CHÍ")).toBe("criteria");
    expect(unitClass("")).toBe("other");
    expect(unitClass(null)).toBe("other");
    expect(unitClass(undefined)).toBe("other");
  });
});

describe("criteria counts (nông thôn mới)", () => {
  it("a criteria count with an unreadable plan or result has no score, said to be invalid", () => {
    expect(score("#REF!", "12/19")).toMatchObject({
      kind: "criteria",
      achievement: null,
      reason: "invalid",
      actual: 12,
    });
    expect(score(19, "abc", "up", null, "tiêu chí")).toMatchObject({
      kind: "criteria",
      plan: 19,
      achievement: null,
      reason: "invalid",
    });
  });

  it("a criteria count answered with đạt is not comparable with a count", () => {
    expect(score("19/19", true)).toMatchObject({
      kind: "criteria",
      plan: 19,
      achievement: null,
      reason: "not-comparable",
    });
  });

  it("a criteria count not yet reported stays a criteria count, not yet evaluated", () => {
    expect(score(19, null, "up", null, "tiêu chí")).toMatchObject({
      kind: "criteria",
      plan: 19,
      actual: null,
      reason: "no-actual",
    });
  });

  it("a count of criteria with neither a plan nor a total has no plan", () => {
    expect(score(null, 15, "up", null, "tiêu chí")).toMatchObject({
      kind: "criteria",
      plan: null,
      actual: 15,
      achievement: null,
      reason: "no-plan",
    });
  });

  it("a plan of 0 criteria gives no score (plan-zero)", () => {
    expect(score(0, "12/19")).toMatchObject({ plan: 0, achievement: null, reason: "plan-zero" });
  });

  it("is scored as up even when the direction says down, and keeps last year's count", () => {
    const r = score(19, "12/19", "down", 10);
    expect(r).toMatchObject({ kind: "criteria", baseline: 10, reason: null });
    expect(r.achievement).toBeCloseTo((12 / 19) * 100, 10);
    expect(score(19, "12/19", "up", "10/19").baseline).toBe(10);
  });

  it("a plan written as a fraction is its count: 16 of a plan 18/19 is 88,9 %", () => {
    expect(score("18/19", "16/19").achievement).toBeCloseTo((16 / 18) * 100, 10);
    expect(score("18/19", 16).achievement).toBeCloseTo((16 / 18) * 100, 10);
  });
});

describe("up indicators", () => {
  it("a negative plan cannot be compared with (not-comparable), a plan of 0 is plan-zero", () => {
    expect(score(-5, 3)).toMatchObject({ plan: -5, actual: 3, achievement: null, reason: "not-comparable" });
    expect(score(0, 3)).toMatchObject({ achievement: null, reason: "plan-zero" });
  });

  it("a negative result against a positive plan is a negative percent, kept", () => {
    expect(score(100, -50)).toMatchObject({ achievement: -50, reason: null });
  });

  it("an unreadable figure wins over a missing one: the reason is invalid", () => {
    expect(score("#DIV/0!", null)).toMatchObject({ reason: "invalid" });
    expect(score(null, "#VALUE!")).toMatchObject({ reason: "invalid" });
  });

  it("a blank result wins over a missing plan: not yet evaluated", () => {
    expect(score(null, null, "up", 5)).toMatchObject({ reason: "no-actual", baseline: 5 });
  });
});

describe("down indicators (lower is better)", () => {
  it("an unreadable baseline is scored as no baseline", () => {
    expect(score(3, 4, "down", "#N/A").achievement).toBeCloseTo(75, 10);
  });

  it("a result of 0 or below the plan's sign is met; a result below zero above a negative plan is not comparable", () => {
    expect(downAchievement(2, -1, null)).toBe(100);
    expect(downAchievement(-2, -3, null)).toBe(100);
    expect(downAchievement(-2, -1, null)).toBeNull();
    expect(score(-2, -1, "down")).toMatchObject({ achievement: null, reason: "not-comparable" });
  });

  it("plan / result never goes below 0", () => {
    expect(downAchievement(-2, 4, null)).toBe(0);
  });

  it("with a baseline, a result halfway between baseline and plan is 50 %", () => {
    expect(downAchievement(2, 4, 6)).toBe(50);
    expect(downAchievement(2, 6, 6)).toBe(0);
    expect(downAchievement(2, 2, 6)).toBe(100);
  });

  it("a baseline equal to the plan: met at or under the plan, 0 above it", () => {
    expect(downAchievement(3, 3, 3)).toBe(100);
    expect(downAchievement(3, 2, 3)).toBe(100);
    expect(downAchievement(3, 3.5, 3)).toBe(0);
  });

  it("a baseline below the plan is ignored: plan / result", () => {
    expect(downAchievement(4, 8, 3)).toBe(50);
  });
});

describe("đạt / không đạt", () => {
  it("a number where đạt / không đạt is expected is not comparable, and keeps the number", () => {
    expect(score(true, 1)).toMatchObject({
      kind: "binary",
      plan: 1,
      actual: 1,
      achievement: null,
      reason: "not-comparable",
    });
  });

  it("an unreadable result or plan is invalid", () => {
    expect(score(true, "#N/A")).toMatchObject({ kind: "binary", actual: null, achievement: null, reason: "invalid" });
    expect(score("#N/A", true)).toMatchObject({ kind: "binary", achievement: null, reason: "invalid" });
  });

  it("a numeric plan is kept as the plan; met is still 100 %", () => {
    expect(score(5, true)).toMatchObject({ kind: "binary", plan: 5, actual: 1, achievement: 100, reason: null });
  });

  it("a đạt / không đạt not yet reported stays binary, not yet evaluated", () => {
    expect(score(true, null)).toMatchObject({
      kind: "binary",
      plan: 1,
      actual: null,
      achievement: null,
      reason: "no-actual",
    });
  });

  it("never carries last year's figure", () => {
    expect(score(true, false, "up", 1)).toMatchObject({ baseline: null, achievement: 0 });
  });
});
