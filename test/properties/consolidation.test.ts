/**
 * Properties of consolidation across communes (domain.md, "Consolidation"): amounts add up, and a
 * rate rolled up over areas, weighted or plain, lies between the smallest and largest area's rate.
 */
import fc from "fast-check";
import { consolidate } from "../../src/core/consolidate/consolidate";
import type { ConsolidatedIndicator, Consolidation } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { scoreReturn } from "../../src/core/scoring/score-return";
import { returnTable, type IndicatorInput } from "../../src/core/scoring/test-support";

interface AreaInput {
  revenuePlan: number; // triệu đồng
  revenueActual: number;
  households: number; // tổng số hộ
  poorPlan: number; // số hộ nghèo
  poorActual: number;
  ratePlan: number; // tỷ lệ hộ nghèo, %
  rateActual: number;
}

const area: fc.Arbitrary<AreaInput> = fc.record({
  revenuePlan: fc.integer({ min: 1, max: 1_000_000 }),
  revenueActual: fc.integer({ min: 0, max: 2_000_000 }),
  households: fc.integer({ min: 50, max: 20_000 }),
  poorPlan: fc.integer({ min: 0, max: 2_000 }),
  poorActual: fc.integer({ min: 0, max: 2_000 }),
  ratePlan: fc.integer({ min: 1, max: 6000 }).map((k) => k / 100),
  rateActual: fc.integer({ min: 1, max: 6000 }).map((k) => k / 100),
});

function run(areas: AreaInput[], withHouseholds: boolean): Consolidation {
  const returns = areas.map((a, i) => {
    const inputs: IndicatorInput[] = [
      { name: "Thu ngân sách trên địa bàn", unit: "triệu đồng", plan: a.revenuePlan, actual: a.revenueActual },
      { name: "Số hộ nghèo", unit: "hộ", plan: a.poorPlan, actual: a.poorActual },
      { name: "Tỷ lệ hộ nghèo", unit: "%", plan: a.ratePlan, actual: a.rateActual },
    ];
    if (withHouseholds) inputs.push({ name: "Tổng số hộ", unit: "hộ", plan: a.households, actual: a.households });
    return scoreReturn(returnTable(`Xã Số ${i + 1}`, inputs), DEFAULT_SETTINGS, `xa-${i + 1}.xlsx`);
  });
  return consolidate(returns, DEFAULT_SETTINGS);
}

function find(c: Consolidation, name: string): ConsolidatedIndicator {
  const ind = c.indicators.find((i) => i.name === name);
  if (!ind) throw new Error(`no ${name}: ${c.indicators.map((i) => i.name).join(", ")}`);
  return ind;
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
/** Within [min, max] up to a rounding hair (the weighted mean is a ratio of sums of doubles). */
function expectBetween(value: number | null, parts: number[]): void {
  expect(value).not.toBeNull();
  const eps = 1e-9 * Math.max(1, ...parts.map(Math.abs));
  expect(value as number).toBeGreaterThanOrEqual(Math.min(...parts) - eps);
  expect(value as number).toBeLessThanOrEqual(Math.max(...parts) + eps);
}

describe("consolidate", () => {
  const areas = fc.array(area, { minLength: 2, maxLength: 8 });

  it("sums amounts and counts: the total is the sum of the parts, every area counted", () => {
    fc.assert(
      fc.property(areas, fc.boolean(), (parts, withHouseholds) => {
        const c = run(parts, withHouseholds);
        const revenue = find(c, "Thu ngân sách trên địa bàn");
        expect(revenue.aggregation).toBe("sum");
        expect(revenue.plan).toBe(sum(parts.map((p) => p.revenuePlan)));
        expect(revenue.actual).toBe(sum(parts.map((p) => p.revenueActual)));
        expect(revenue.reported).toBe(parts.length);
        const poor = find(c, "Số hộ nghèo");
        expect(poor.aggregation).toBe("sum");
        expect(poor.plan).toBe(sum(parts.map((p) => p.poorPlan)));
        expect(poor.actual).toBe(sum(parts.map((p) => p.poorActual)));
        // each part's figures are kept as they were, in order
        expect(revenue.figures.map((f) => f?.actualValue)).toEqual(parts.map((p) => p.revenueActual));
      }),
      { numRuns: 300 },
    );
  });

  it("weights the poverty rate by households: Σ rate × households / Σ households, between the parts", () => {
    fc.assert(
      fc.property(areas, (parts) => {
        const rate = find(run(parts, true), "Tỷ lệ hộ nghèo");
        expect(rate.aggregation).toBe("weighted");
        const weighted = (pick: (p: AreaInput) => number) =>
          sum(parts.map((p) => pick(p) * p.households)) / sum(parts.map((p) => p.households));
        expect(rate.actual).toBeCloseTo(
          weighted((p) => p.rateActual),
          8,
        );
        expect(rate.plan).toBeCloseTo(
          weighted((p) => p.ratePlan),
          8,
        );
        expectBetween(
          rate.actual,
          parts.map((p) => p.rateActual),
        );
        expectBetween(
          rate.plan,
          parts.map((p) => p.ratePlan),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("falls back to a plain mean without households, still between the parts", () => {
    fc.assert(
      fc.property(areas, (parts) => {
        const c = run(parts, false);
        const rate = find(c, "Tỷ lệ hộ nghèo");
        expectBetween(
          rate.actual,
          parts.map((p) => p.rateActual),
        );
        expectBetween(
          rate.plan,
          parts.map((p) => p.ratePlan),
        );
        if (rate.aggregation === "mean") expect(c.findings.some((f) => f.code === "rate-plain-mean")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
