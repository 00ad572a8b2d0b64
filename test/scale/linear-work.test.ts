/**
 * "No quadratic step", checked by counting work rather than timing it: the inputs are wrapped in
 * proxies that count every property read, and ten times the input must cost about ten times the
 * reads. Linear work gives a ratio of ≈ 10, n·log n sorting a little more, a step that rescans the
 * input for every row or area ≈ 100. The bound below (12) leaves room for sorting only; measured: 9.9 (rows), 9.8 (consolidate), 9.1 (plan).
 */
import { analyze } from "../../src/core/analyze";
import { consolidate } from "../../src/core/consolidate/consolidate";
import type { ScoredReturn } from "../../src/core/model";
import { buildSummaryPlan } from "../../src/core/plan/build-summary";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { scoreReturn } from "../../src/core/scoring/score-return";
import { readReturn } from "../../src/core/table/read-return";
import { syntheticLongReturn, syntheticReturns } from "../../scripts/synthetic-returns";

const LINEAR_BOUND = 12;

/** Wraps `root` so that every property read on it, or on any object reached through it, adds 1 to `count.reads`. */
function counted<T extends object>(root: T, count: { reads: number }): T {
  const proxies = new WeakMap<object, object>();
  const wrap = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null) return value;
    const cached = proxies.get(value);
    if (cached) return cached;
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        count.reads++;
        return wrap(Reflect.get(target, key, receiver));
      },
    });
    proxies.set(value, proxy);
    return proxy;
  };
  return wrap(root) as T;
}

function readsTo<T extends object, R>(input: T, work: (input: T) => R): { reads: number; result: R } {
  const count = { reads: 0 };
  const result = work(counted(input, count));
  return { reads: count.reads, result };
}

function scored(areas: number): ScoredReturn[] {
  return syntheticReturns(areas, 60).map((grid) => scoreReturn(readReturn(grid).table!, DEFAULT_SETTINGS, "x.xlsx"));
}

test("the proxy counts honestly: an all-pairs step over the input shows as ≈ 100×", () => {
  const allPairs = (xs: number[]): number => xs.reduce((s, x) => s + xs.filter((y) => y < x).length, 0);
  const small = readsTo(
    Array.from({ length: 100 }, (_, i) => i),
    allPairs,
  );
  const large = readsTo(
    Array.from({ length: 1000 }, (_, i) => i),
    allPairs,
  );
  expect(small.result).toBe(4950);
  expect(large.reads / small.reads).toBeGreaterThan(50);
});

test("reading and scoring a sheet reads its grid linearly in the number of rows", () => {
  const run = (rows: number) =>
    readsTo(syntheticLongReturn(rows), (grid) =>
      analyze([{ file: "x.xlsx", grids: [grid], findings: [] }], DEFAULT_SETTINGS),
    );
  const small = run(1000);
  const large = run(10_000);
  expect(small.result.returns[0].ret.indicators).toHaveLength(1000);
  expect(large.result.returns[0].ret.indicators).toHaveLength(10_000);
  expect(large.reads / small.reads).toBeLessThan(LINEAR_BOUND);
});

test("consolidation reads the scored returns linearly in the number of areas", () => {
  const run = (areas: number) => readsTo(scored(areas), (returns) => consolidate(returns, DEFAULT_SETTINGS));
  const small = run(30);
  const large = run(300);
  expect(small.result.areas).toHaveLength(30);
  expect(large.result.areas).toHaveLength(300);
  expect(large.result.indicators.every((i) => i.reported === 300)).toBe(true);
  expect(large.reads / small.reads).toBeLessThan(LINEAR_BOUND);
});

test("the summary plan reads the analysis linearly in the number of areas", () => {
  const run = (areas: number) => {
    const analysis = analyze([{ file: "x.xlsx", grids: syntheticReturns(areas, 60), findings: [] }], DEFAULT_SETTINGS);
    return readsTo(analysis, (a) => buildSummaryPlan(a, DEFAULT_SETTINGS));
  };
  const small = run(30);
  const large = run(300);
  expect(small.result.sheets).toHaveLength(31);
  expect(large.result.sheets).toHaveLength(301);
  expect(large.reads / small.reads).toBeLessThan(LINEAR_BOUND);
});
