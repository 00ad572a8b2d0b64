import fc from "fast-check";
import { parseDigits, parseNumberText } from "./parse-number-text";

describe("parseDigits", () => {
  it.each<[string, number | null]>([
    ["1326", 1326],
    ["1.326", 1326], // Vietnamese thousands dot wins over English 1.326
    ["1.234.567", 1234567],
    ["1,33", 1.33],
    ["1,250", 1.25], // one comma: decimal comma
    ["1.250,5", 1250.5],
    ["1.234.567,89", 1234567.89],
    ["1,250.5", 1250.5],
    ["1,234,567", 1234567],
    ["1,234,567.25", 1234567.25],
    ["12.5", 12.5],
    ["1.5", 1.5],
    ["0.500", 0.5],
    ["1234.567", 1234.567],
    [",5", 0.5],
    ["1.2.3", null],
    ["12,5.3", null],
    ["1.250,5,3", null],
    ["1.", null],
    ["1,234,56", null],
  ])("%s → %p", (text, expected) => {
    expect(parseDigits(text)).toBe(expected);
  });
});

describe("parseNumberText", () => {
  it.each<[string, number, boolean]>([
    ["4,04%", 4.04, true],
    ["79 %", 79, true],
    ["-5", -5, false],
    ["− 2,5", -2.5, false],
    ["+3", 3, false],
    ["~ 95", 95, false],
    [">95", 95, false],
    ["≥ 95%", 95, true],
    ["17 triệu", 17, false],
    ["33 triệu đồng", 33, false],
    ["12,5 tr.đ", 12.5, false],
    ["1.326 hộ", 1326, false],
    ["347 kg", 347, false],
    ["250 ha", 250, false],
    ["73 người", 73, false],
    ["1 326 000", 1326000, false],
    ["17 TRIỆU", 17, false],
    ["17 trieu", 17, false],
  ])("%s → %p (percent %p)", (text, value, percent) => {
    expect(parseNumberText(text)).toEqual({ value, percent });
  });

  it.each(["", "-", "abc", "1,5 tỷ", "5 năm", "12/19", "x5", "1.2.3", "5 %%"])("%j is no number", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it("reads back any Vietnamese-style formatted number", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const grouped = Math.abs(whole)
          .toString()
          .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
        const text = `${whole < 0 ? "-" : ""}${grouped},${String(cents).padStart(2, "0")}`;
        const expected = Math.sign(whole || 1) * (Math.abs(whole) + cents / 100);
        const parsed = parseNumberText(text);
        return parsed !== null && Math.abs(parsed.value - expected) < 1e-6 && !parsed.percent;
      }),
    );
  });
});
