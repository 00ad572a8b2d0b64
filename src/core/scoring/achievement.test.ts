import { kindOf } from "./achievement";
import { fig, scoreFigures } from "./test-support";

const score = scoreFigures;

describe("computeAchievement: seed figures (domain.md)", () => {
  it("food per person 347 of 400 → 86.75 (unrounded)", () => {
    expect(score(400, 347)).toEqual({
      kind: "amount",
      plan: 400,
      actual: 347,
      baseline: null,
      achievement: 86.75,
      reason: null,
    });
  });
  it("income 17 of 25 → 68; revenue 33 of 30 → 110; 73 of 46 → 158.69…", () => {
    expect(score(25, 17).achievement).toBeCloseTo(68, 10);
    expect(score(30, 33).achievement).toBeCloseTo(110, 10);
    expect(score(46, 73).achievement).toBeCloseTo(158.695652, 5);
  });
  it("vaccinated 79 % of 96 % → 82.29, kind percent", () => {
    const r = score("%96", "%79");
    expect(r.kind).toBe("percent");
    expect(r.achievement).toBeCloseTo(82.2917, 4);
  });
  it("NTM 12/19 against plan 19 → 63.157…", () => {
    const r = score(19, "12/19");
    expect(r).toMatchObject({ kind: "criteria", plan: 19, actual: 12 });
    expect(r.achievement).toBeCloseTo((12 / 19) * 100, 10);
  });
  it("criteria plan from a fraction's value, else from the actual's total", () => {
    expect(score("19/19", "12/19").plan).toBe(19);
    expect(score(null, "16/19")).toMatchObject({
      plan: 19,
      actual: 16,
      reason: null,
    });
    expect(score(null, "16/19").achievement).toBeCloseTo((16 / 19) * 100, 10);
    expect(score(19, 15, "up", null, "tiêu chí").kind).toBe("criteria");
  });
  it("natural population growth 7,7 vs plan 0,2, down → 2.6 %", () => {
    expect(score(0.2, 7.7, "down").achievement).toBeCloseTo((0.2 / 7.7) * 100, 10);
  });
  it("reduction 'Giảm tỷ lệ hộ nghèo' plan 4 actual 3.5, scored up → 87.5", () => {
    expect(score(4, 3.5, "up").achievement).toBe(87.5);
  });
});

describe("computeAchievement: down", () => {
  it("with a baseline: (baseline − actual) / (baseline − plan)", () => {
    // poverty 5 % last year, plan 3 %, actual 3.5 % → 75 % of the planned reduction
    expect(score(3, 3.5, "down", 5).achievement).toBeCloseTo(75, 10);
    expect(score(3, 2.5, "down", 5).achievement).toBeCloseTo(125, 10);
  });
  it("worse than the baseline shows 0, not a negative percent", () => {
    expect(score(3, 6, "down", 5).achievement).toBe(0);
  });
  it("baseline equal to plan: met when actual ≤ plan, else 0", () => {
    expect(score(2, 2, "down", 2).achievement).toBe(100);
    expect(score(2, 2.1, "down", 2).achievement).toBe(0);
  });
  it("baseline below plan: scored as without baseline", () => {
    expect(score(4, 5, "down", 3).achievement).toBeCloseTo(80, 10);
  });
  it("without a baseline: plan / actual", () => {
    expect(score(3, 4, "down").achievement).toBeCloseTo(75, 10);
  });
  it("actual 0 with plan ≥ 0 is met (100), also plan 0", () => {
    expect(score(2, 0, "down").achievement).toBe(100);
    expect(score(0, 0, "down").achievement).toBe(100);
    expect(score(0, 3, "down").achievement).toBe(0);
  });
  it("plan 0 on a down indicator is not plan-zero", () => {
    expect(score(0, 0, "down").reason).toBeNull();
  });
});

describe("computeAchievement: binary, blanks and reasons", () => {
  it("binary met → 100, not met → 0", () => {
    expect(score(true, true)).toMatchObject({
      kind: "binary",
      achievement: 100,
      plan: 1,
      actual: 1,
    });
    expect(score(null, false)).toMatchObject({
      kind: "binary",
      achievement: 0,
      actual: 0,
      reason: null,
    });
  });
  it("blank actual → no-actual, never 0 %", () => {
    expect(score(400, null)).toMatchObject({
      achievement: null,
      reason: "no-actual",
    });
    expect(score(true, null)).toMatchObject({
      achievement: null,
      reason: "no-actual",
    });
    expect(score(19, null, "up", null, "tiêu chí")).toMatchObject({
      achievement: null,
      reason: "no-actual",
    });
  });
  it("plan missing → no-plan; plan 0 up → plan-zero; invalid → invalid", () => {
    expect(score(null, 12)).toMatchObject({
      achievement: null,
      reason: "no-plan",
    });
    expect(score(0, 12)).toMatchObject({
      achievement: null,
      reason: "plan-zero",
    });
    expect(score("#DIV/0!", 12)).toMatchObject({
      achievement: null,
      reason: "invalid",
    });
    expect(score(12, "abc")).toMatchObject({
      achievement: null,
      reason: "invalid",
    });
  });
  it("kind unscored when neither plan nor actual is usable", () => {
    expect(kindOf({ plan: fig(null), actual: fig(null), baseline: fig(null) })).toBe("unscored");
    expect(score(null, null)).toMatchObject({
      kind: "unscored",
      reason: "no-actual",
    });
  });
  it("unit % makes a percent kind", () => {
    expect(score(50, 40, "up", null, "%").kind).toBe("percent");
  });
});
