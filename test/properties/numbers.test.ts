/**
 * Property: Vietnamese number formatting reads back exactly. A figure the add-in writes as text
 * ("1.326", "1.234,567", "-0,5", "86,750%") must parse to the same number (domain.md: thousands
 * dot, decimal comma).
 */
import fc from "fast-check";
import { formatNumber, formatPercent } from "../../src/core/numbers/format-vi";
import { parseFigure } from "../../src/core/numbers/parse-figure";

/** Finite numbers with at most 3 decimals, |n| < 10^9: k / 1000 is the double nearest the decimal. */
const threeDecimals = fc.integer({ min: -1e12, max: 1e12 }).map((k) => k / 1000);

describe("formatNumber(n, 'vi', 3) → parseFigure", () => {
  it("gives back n for bounded numbers with ≤ 3 decimals", () => {
    fc.assert(
      fc.property(threeDecimals, (n) => {
        const text = formatNumber(n, "vi", 3);
        expect(parseFigure(text)).toEqual({ kind: "number", value: n, percent: false });
      }),
      { numRuns: 2000 },
    );
  });

  it("gives back n for the awkward cases: 3-digit fractions that look like thousands", () => {
    // "1,326" is 1.326 (one comma: decimal), "1.326" is 1326 (thousands dot)
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), (whole, fraction) => {
        const n = (whole * 1000 + fraction) / 1000; // the double nearest the decimal
        expect(parseFigure(formatNumber(n, "vi", 3))).toEqual({ kind: "number", value: n, percent: false });
        const m = whole * 1000 + fraction;
        expect(parseFigure(formatNumber(m, "vi", 3))).toEqual({ kind: "number", value: m, percent: false });
      }),
    );
  });

  it("with a '%' suffix gives back n as percent points", () => {
    fc.assert(
      fc.property(threeDecimals, (n) => {
        expect(parseFigure(`${formatNumber(n, "vi", 3)}%`)).toEqual({ kind: "number", value: n, percent: true });
        // formatPercent keeps trailing zeros ("12,500%"): still the same number
        expect(parseFigure(formatPercent(n, "vi", 3))).toEqual({ kind: "number", value: n, percent: true });
      }),
      { numRuns: 2000 },
    );
  });

  it("rounds numbers with more decimals to the nearest 3-decimal value, which then reads back", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (n) => {
        const text = formatNumber(n, "vi", 3);
        const figure = parseFigure(text);
        if (figure.kind !== "number") throw new Error(`${n} → ${text} → ${JSON.stringify(figure)}`);
        expect(Math.abs(figure.value - n)).toBeLessThanOrEqual(0.0005 + 1e-9);
      }),
      { numRuns: 1000 },
    );
  });
});
