// The rules of a consolidated total (domain.md, "Consolidation across communes"), one indicator at a
// time: each area below is one commune's return holding that indicator.
import type { ScoredIndicator } from "../model";
import { DEFAULT_SETTINGS } from "../settings";
import { scoreReturn } from "../scoring/score-return";
import { returnTable, type IndicatorInput } from "../scoring/test-support";
import { binaryTotals, criteriaTotals, meanTotals, SideSums, sumTotals, weightedTotals } from "./totals";

/** The indicator as each commune's return scored it, in area order. */
function communes(...inputs: Omit<IndicatorInput, "name">[]): ScoredIndicator[] {
  return inputs.map(
    (input, i) =>
      scoreReturn(returnTable(`Xã ${i + 1}`, [{ name: "Chỉ tiêu", ...input }]), DEFAULT_SETTINGS, `xa-${i + 1}.xlsx`)
        .indicators[0],
  );
}

function sumsOf(entries: readonly ScoredIndicator[]): SideSums {
  const sums = new SideSums();
  for (const entry of entries) sums.add(entry);
  return sums;
}

const summed = (...inputs: Omit<IndicatorInput, "name">[]) => sumTotals(sumsOf(communes(...inputs)));
const averaged = (...inputs: Omit<IndicatorInput, "name">[]) => meanTotals(sumsOf(communes(...inputs)));

describe("a summed total (households, revenue, tonnes)", () => {
  it("adds the plans of the communes that have one and the actuals of those that have one", () => {
    expect(summed({ plan: 100, actual: 80 }, { plan: 50 }, { actual: 30 })).toEqual({
      plan: 150,
      actual: 110,
      baseline: null,
    });
  });

  it("has no plan total when no commune gave a plan, rather than a plan of 0", () => {
    expect(summed({ actual: 5 }, { actual: 7 })).toMatchObject({ plan: null, actual: 12 });
  });

  it("has no actual total when no commune has reported a result yet, rather than 0", () => {
    expect(summed({ plan: 5 }, { plan: 7 })).toMatchObject({ plan: 12, actual: null });
  });

  it("keeps a real total of 0 when the communes' figures are 0", () => {
    expect(summed({ plan: 0, actual: 0, baseline: 0 }, { plan: 0, actual: 0, baseline: 0 })).toEqual({
      plan: 0,
      actual: 0,
      baseline: 0,
    });
  });

  it("gives a baseline total when every commune with a result has last year's figure", () => {
    expect(summed({ plan: 3, actual: 4, baseline: 5 }, { plan: 1, actual: 2, baseline: 3 }).baseline).toBe(8);
  });

  it("a return with no baseline for one commune has no baseline total", () => {
    expect(summed({ plan: 3, actual: 4, baseline: 5 }, { plan: 1, actual: 2 }).baseline).toBeNull();
    expect(summed({ plan: 1, actual: 2 }, { plan: 3, actual: 4, baseline: 5 }).baseline).toBeNull();
  });

  it("a commune that gave last year's figure but no result yet does not stop the baseline total", () => {
    expect(summed({ plan: 3, actual: 4, baseline: 5 }, { plan: 1, baseline: 3 }).baseline).toBe(8);
  });

  it("has no baseline total when no commune has a result, whatever baselines were given", () => {
    expect(summed({ plan: 3, baseline: 5 }, { plan: 1, baseline: 3 }).baseline).toBeNull();
  });
});

describe("a plain mean (a rate with no known denominator)", () => {
  it("averages each side over the communes that have it", () => {
    expect(averaged({ plan: 4, actual: 5, baseline: 6 }, { plan: 8, actual: 9, baseline: 10 }, { plan: 6 })).toEqual({
      plan: 6,
      actual: 7,
      baseline: 8,
    });
  });

  it("has no mean where no commune has the figure, and no baseline mean when one commune lacks it", () => {
    expect(averaged({ actual: 5, baseline: 6 }, { actual: 7 })).toEqual({ plan: null, actual: 6, baseline: null });
    expect(averaged({ plan: 5 })).toEqual({ plan: 5, actual: null, baseline: null });
  });
});

describe("a weighted rate (poverty rate weighted by households)", () => {
  it("is Σ rate × households ÷ Σ households, not the mean of the rates", () => {
    // 10 % of 1,000 households and 2 % of 4,000: 100 + 80 poor households of 5,000 = 3,6 %
    const rates = communes({ unit: "%", plan: 8, actual: 10 }, { unit: "%", plan: 1, actual: 2 });
    const totals = weightedTotals(rates, [1000, 4000], [1000, 4000]);
    expect(totals.actual).toBeCloseTo(3.6, 10);
    expect(totals.plan).toBeCloseTo((8 * 1000 + 1 * 4000) / 5000, 10);
    expect(totals.baseline).toBeNull();
  });

  it("weights the plan by the planned denominator and the result by the actual one", () => {
    const rates = communes({ unit: "%", plan: 10, actual: 10 }, { unit: "%", plan: 20, actual: 20 });
    const totals = weightedTotals(rates, [3, 1], [1, 3]);
    expect(totals.plan).toBeCloseTo(12.5, 10);
    expect(totals.actual).toBeCloseTo(17.5, 10);
  });

  it("leaves out a commune whose weight is zero, negative or blank", () => {
    const rates = communes(
      { unit: "%", plan: 50, actual: 50 },
      { unit: "%", plan: 60, actual: 60 },
      { unit: "%", plan: 70, actual: 70 },
      { unit: "%", plan: 4, actual: 5 },
    );
    expect(weightedTotals(rates, [0, -100, null, 200], [0, -100, null, 200])).toEqual({
      plan: 4,
      actual: 5,
      baseline: null,
    });
  });

  it("leaves out a commune without the figure even when its weight is known", () => {
    const rates = communes({ unit: "%", actual: 50 }, { unit: "%", plan: 4, actual: 5 });
    expect(weightedTotals(rates, [1000, 200], [1000, 200]).plan).toBe(4);
  });

  it("has no total when no commune has a usable weight", () => {
    const rates = communes({ unit: "%", plan: 4, actual: 5 }, { unit: "%", plan: 3, actual: 2 });
    expect(weightedTotals(rates, [null, 0], [-1, null])).toEqual({ plan: null, actual: null, baseline: null });
  });

  it("weights last year's rate by this year's denominator, only when every commune with a result has one", () => {
    const complete = communes(
      { unit: "%", plan: 3, actual: 4, baseline: 6 },
      { unit: "%", plan: 1, actual: 2, baseline: 3 },
    );
    expect(weightedTotals(complete, [1, 1], [1, 2]).baseline).toBeCloseTo(4, 10);
    const partial = communes({ unit: "%", plan: 3, actual: 4, baseline: 6 }, { unit: "%", plan: 1, actual: 2 });
    expect(weightedTotals(partial, [1, 1], [1, 2]).baseline).toBeNull();
    const noResult = communes({ unit: "%", plan: 3, baseline: 6 }, { unit: "%", plan: 1, baseline: 3 });
    expect(weightedTotals(noResult, [1, 1], [1, 2]).baseline).toBeNull();
  });
});

describe("a criteria count (nông thôn mới, 19 criteria)", () => {
  const ntm = (...inputs: Omit<IndicatorInput, "name">[]) => {
    const entries = communes(...inputs.map((input) => ({ unit: "tiêu chí", ...input })));
    return criteriaTotals(entries);
  };

  it("counts the communes meeting the full standard (19/19) and how many criteria each met", () => {
    const totals = ntm({ plan: 19, actual: "19/19" }, { plan: 19, actual: "12/19" }, { plan: 19, actual: "19/19" });
    expect(totals.standard).toEqual({ meeting: 2, total: 3, distribution: { "12": 1, "19": 2 } });
    // the consolidated row counts units: 2 of the 3 reporting communes are at the full standard
    expect(totals.plan).toBe(3);
    expect(totals.actual).toBe(2);
  });

  it("takes the full standard from the figure's own total, then from the plan's fraction, then from the plan", () => {
    // 15 of 15 meets a standard of 15, whatever the plan says
    expect(ntm({ plan: 19, actual: "15/15" }).standard?.meeting).toBe(1);
    // 18 against a plan written "19/19" falls short; 19 against it meets it
    expect(ntm({ plan: "19/19", actual: 18 }).standard?.meeting).toBe(0);
    expect(ntm({ plan: "19/19", actual: 19 }).standard?.meeting).toBe(1);
    // a commune that reached its plan of 18 of the 19 criteria has not met the full standard
    expect(ntm({ plan: "18/19", actual: 18 }).standard?.meeting).toBe(0);
    // a plain count against a plain plan: the plan is the standard
    expect(ntm({ plan: 17, actual: 17 }, { plan: 17, actual: 16 }).standard).toMatchObject({ meeting: 1, total: 2 });
  });

  it("does not count a commune as meeting the standard when nothing says what the standard is", () => {
    expect(ntm({ actual: 19 }).standard).toEqual({ meeting: 0, total: 1, distribution: { "19": 1 } });
  });

  it("counts only the communes that reported a count", () => {
    const totals = ntm({ plan: 19, actual: "19/19" }, { plan: 19 });
    expect(totals.standard).toEqual({ meeting: 1, total: 1, distribution: { "19": 1 } });
    expect(totals.plan).toBe(1);
    expect(totals.actual).toBe(1);
  });

  it("has no figures at all when no commune reported a count", () => {
    expect(ntm({ plan: 19 }, { plan: 19 })).toMatchObject({ plan: null, actual: null, baseline: null });
  });

  it("gives no baseline: a count of units has no last-year figure to compare", () => {
    expect(
      ntm({ plan: 19, actual: "15/19", baseline: 13 }, { plan: 19, actual: "17/19", baseline: 15 }).baseline,
    ).toBeNull();
  });
});

describe("a met / not-met indicator (đạt / không đạt)", () => {
  it("counts the communes that reported it as the plan and those that met it as the result", () => {
    expect(
      binaryTotals(communes({ plan: true, actual: true }, { plan: true, actual: false }, { actual: true })),
    ).toEqual({
      plan: 3,
      actual: 2,
      baseline: null,
    });
  });

  it("leaves out a commune that wrote a number or nothing instead of đạt / không đạt", () => {
    expect(binaryTotals(communes({ plan: true, actual: 1 }, { plan: true }, { plan: true, actual: true }))).toEqual({
      plan: 1,
      actual: 1,
      baseline: null,
    });
  });

  it("has no totals when no commune reported it, rather than 0 of 0", () => {
    expect(binaryTotals(communes({ plan: true }, { plan: true }))).toEqual({
      plan: null,
      actual: null,
      baseline: null,
    });
  });

  it("counts a not-met commune as reporting, so none met gives 0 of n", () => {
    expect(binaryTotals(communes({ actual: false }, { actual: false }))).toEqual({
      plan: 2,
      actual: 0,
      baseline: null,
    });
  });
});
