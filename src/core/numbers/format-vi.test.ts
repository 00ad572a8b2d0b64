import fc from "fast-check";
import { formatNumber, formatPercent, roundTo, roundToExact } from "./format-vi";

describe("roundTo", () => {
  it.each<[number, number, number]>([
    [86.75, 1, 86.8],
    [86.74999999999999, 1, 86.8], // 86,75 % computed in binary: Excel shows 86,8 %
    [0.8675 * 100, 1, 86.8],
    [(347 / 400) * 100, 1, 86.8],
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-86.75, 1, -86.8],
    [-0.04, 1, 0],
    [99.95, 1, 100],
    [99.949, 1, 99.9],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [1234567.891, 2, 1234567.89],
    [1e-7, 2, 0],
    [123, 0, 123],
    [1e21, 2, 1e21],
  ])("roundTo(%p, %p) = %p", (value, decimals, expected) => {
    expect(Object.is(roundTo(value, decimals), expected)).toBe(true);
  });

  it("never moves a value by more than half a unit of the last place", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, d) => {
        return Math.abs(roundTo(v, d) - v) <= 0.5 * 10 ** -d + 1e-9;
      }),
    );
  });

  it("agrees with exact decimal rounding on decimal inputs", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (n) => {
        // n / 1000 has three decimals; rounding to two is decided by the last digit.
        const value = n / 1000;
        const lastDigit = Math.abs(n) % 10;
        const down = Math.trunc(n / 10);
        const expected = (lastDigit >= 5 ? down + Math.sign(n) : down) / 100;
        return roundTo(value, 2) === expected + 0;
      }),
    );
  });
});

describe("roundToExact", () => {
  it("leaves a value that is not a number as it is", () => {
    expect(roundToExact(Number.NaN, 1)).toBeNaN();
    expect(roundToExact(Number.NEGATIVE_INFINITY, 2)).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe("formatNumber", () => {
  it.each<[number, string, string]>([
    [1326, "1.326", "1,326"],
    [1.33, "1,33", "1.33"],
    [1.3333, "1,33", "1.33"],
    [1234567.5, "1.234.567,5", "1,234,567.5"],
    [17, "17", "17"],
    [0.1, "0,1", "0.1"],
    [-1326.456, "-1.326,46", "-1,326.46"],
    [-0.001, "0", "0"],
    [999.999, "1.000", "1,000"],
  ])("%p → vi %s, en %s", (value, vi, en) => {
    expect(formatNumber(value, "vi")).toBe(vi);
    expect(formatNumber(value, "en")).toBe(en);
  });

  it("honours maxDecimals", () => {
    expect(formatNumber(1.23456, "vi", 4)).toBe("1,2346");
    expect(formatNumber(1.5, "vi", 0)).toBe("2");
  });

  it("keeps a zero inside the decimals: 1,05 is not 1,5", () => {
    expect(formatNumber(1.05, "vi")).toBe("1,05");
    expect(formatNumber(3.0405, "en", 4)).toBe("3.0405");
  });

  it("shows a figure of 15 digits in full, grouped", () => {
    expect(formatNumber(123456789012345, "vi")).toBe("123.456.789.012.345");
    expect(formatNumber(-123456789012345, "en")).toBe("-123,456,789,012,345");
  });

  it("cuts a large figure to 15 significant digits before rounding, as Excel shows it", () => {
    // 1234567890.1234567 has 17 significant digits: Excel shows 1234567890.12346, not …123457.
    expect(formatNumber(1234567890.1234567, "vi", 6)).toBe("1.234.567.890,12346");
  });

  it("shows a small negative figure that rounds to nothing as 0, never -0", () => {
    expect(formatNumber(-0.0049999, "vi")).toBe("0");
    expect(formatPercent(-0.049999, "en")).toBe("0.0%");
  });

  it("gives an empty string for non-finite values", () => {
    expect(formatNumber(Number.NaN, "vi")).toBe("");
    expect(formatPercent(Number.POSITIVE_INFINITY, "en")).toBe("");
  });
});

describe("formatPercent", () => {
  it.each<[number, string, string]>([
    [86.75, "86,8%", "86.8%"],
    [86.8, "86,8%", "86.8%"],
    [100, "100,0%", "100.0%"],
    [99.96, "100,0%", "100.0%"],
    [63.1578947368, "63,2%", "63.2%"],
    [1580.5, "1.580,5%", "1,580.5%"],
    [0, "0,0%", "0.0%"],
  ])("%p → vi %s, en %s", (points, vi, en) => {
    expect(formatPercent(points, "vi")).toBe(vi);
    expect(formatPercent(points, "en")).toBe(en);
  });

  it("always shows exactly `decimals` decimals", () => {
    expect(formatPercent(87.5, "vi", 2)).toBe("87,50%");
    expect(formatPercent(87.5, "vi", 0)).toBe("88%");
  });

  it("shows the same value roundTo gives", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (p) => {
        return (
          formatPercent(p, "en") ===
          `${roundTo(p, 1)
            .toFixed(1)
            .replace(/\B(?=(\d{3})+(?!\d))/g, ",")}%`
        );
      }),
    );
  });
});
