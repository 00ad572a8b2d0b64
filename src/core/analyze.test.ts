import fc from "fast-check";
import { laggingOrder } from "./analyze";

/** The order laggingOrder must give: the comparator it replaced. */
function byComparator(priority: readonly number[], achievement: readonly number[]): number[] {
  return achievement
    .map((_, i) => i)
    .sort((x, y) => priority[y] - priority[x] || achievement[x] - achievement[y] || x - y);
}

describe("laggingOrder", () => {
  it("puts priority pairs first, then the lowest achievement, ties in table order", () => {
    expect(laggingOrder([0, 1, 0, 1, 0], [40, 60, 10, 20, 40])).toEqual([3, 1, 2, 0, 4]);
  });

  it("orders negatives, -0, 0, fractions and infinities as the comparator does", () => {
    const achievement = [0, -0, -5.5, Infinity, 1e-300, -Infinity, 0, 49.99, -0, Infinity];
    const priority = achievement.map(() => 0);
    expect(laggingOrder(priority, achievement)).toEqual(byComparator(priority, achievement));
    expect(laggingOrder(priority, achievement).slice(0, 2)).toEqual([5, 2]);
  });

  it("leaves a NaN to the comparator", () => {
    const achievement = [30, NaN, 10];
    expect(laggingOrder([0, 0, 1], achievement)).toEqual(byComparator([0, 0, 1], achievement));
  });

  it("equals the comparator's order on random pairs with many ties", () => {
    const pairs = fc.array(
      fc.record({
        priority: fc.constantFrom(0, 1),
        achievement: fc.oneof(
          fc.constantFrom(0, -0, 10, 49.5, Infinity, -Infinity),
          fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
        ),
      }),
      { maxLength: 300 },
    );
    fc.assert(
      fc.property(pairs, (list) => {
        const priority = list.map((p) => p.priority);
        const achievement = list.map((p) => p.achievement);
        expect(laggingOrder(priority, achievement)).toEqual(byComparator(priority, achievement));
      }),
      { numRuns: 500 },
    );
  });
});
