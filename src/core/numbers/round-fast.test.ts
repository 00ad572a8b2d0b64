import { formatNumber, formatPercent, roundTo, roundToExact } from "./format-vi";

describe("roundTo's shortcut", () => {
  it("gives exactly the exact rounding on halves, near-halves and ordinary figures", () => {
    const cases: Array<[number, number]> = [
      [86.75, 1], [0.8675 * 100, 1], [-86.75, 1], [2.5, 0], [-2.5, 0], [1.005, 2], [-0.04, 1], [-0.05, 1],
      [99.95, 1], [99.949999, 1], [123456.785, 2], [1e9, 1], [12345678.95, 1], [0.1 + 0.2, 1], [1 / 3, 6], [2 / 3, 0],
    ];
    for (const [value, decimals] of cases) {
      expect([value, decimals, roundTo(value, decimals)]).toEqual([value, decimals, roundToExact(value, decimals)]);
      expect(Object.is(roundTo(value, decimals), roundToExact(value, decimals))).toBe(true);
    }
  });

  it("agrees with the exact rounding on many achievements and amounts", () => {
    let seed = 11;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let mismatches = 0;
    for (let i = 0; i < 30000; i++) {
      const actual = Math.round(next() * 100000) / 100;
      const plan = Math.round(next() * 100000) / 100 + 0.01;
      const values = [(actual / plan) * 100, (plan / actual) * 100, -actual, actual * 1000, Math.round(actual * 20) / 40];
      for (const value of values)
        for (let d = 0; d <= 7; d++) if (!Object.is(roundTo(value, d), roundToExact(value, d))) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it("writes numbers and percents as the exact rounding, with the decimals asked for", () => {
    let seed = 5;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const read = (text: string): number => Number(text.replace(/,/g, "").replace("%", ""));
    const wrong: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const value = (next() - 0.3) * 10 ** Math.floor(next() * 7);
      const halfway = Math.round(value * 100) / 100 + 0.005; // a half at two decimals
      for (const v of [value, halfway, (value / 7) * 3]) {
        for (let d = 0; d <= 3; d++) {
          const pct = formatPercent(v, "en", d);
          const exact = roundToExact(v, d);
          const shownDecimals = pct.includes(".") ? pct.split(".")[1].length - 1 : 0;
          if (read(pct) !== exact || shownDecimals !== d) wrong.push(`${v} ${d} ${pct}`);
          if (read(formatNumber(v, "en", d)) !== exact) wrong.push(`${v} ${d} ${formatNumber(v, "en", d)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(formatPercent(86.75, "vi", 1)).toBe("86,8%");
    expect(formatPercent(-0.04, "en", 1)).toBe("0.0%");
    expect(formatNumber(1326.5, "vi", 0)).toBe("1.327");
  });
});
