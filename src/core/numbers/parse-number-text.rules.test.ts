// How figures typed as text are read (domain.md, "Sheet layouts seen in the field": "1.326",
// "1,33", "4,04%", "17 triệu"): each rule as a clerk would see it in a return.
import { parseDigits, parseNumberText } from "./parse-number-text";

const read = (text: string) => parseNumberText(text);

describe("thousands and decimal marks", () => {
  it("reads a dot followed by exactly three digits as thousands, and any other single dot as a decimal point", () => {
    expect(parseDigits("1.326")).toBe(1326);
    expect(parseDigits("1.2345")).toBe(1.2345); // four digits after the dot: no thousands group
    expect(parseDigits("1.23")).toBe(1.23);
    expect(parseDigits("12.5")).toBe(12.5);
    expect(parseDigits("1234.567")).toBe(1234.567); // a first group of four digits is no thousands group
  });

  it("never reads 0.326 as three hundred and twenty-six: a lone 0 starts no thousands group", () => {
    expect(parseDigits("0.326")).toBe(0.326);
    expect(parseDigits("0,326")).toBe(0.326);
  });

  it("reads several dots only as thousands groups of three", () => {
    expect(parseDigits("1.000.000")).toBe(1000000);
    expect(parseDigits("12.345.678")).toBe(12345678);
    expect(parseDigits("1.000.00")).toBeNull();
    expect(parseDigits("1.0000.000")).toBeNull();
    expect(parseDigits("1234.567.890")).toBeNull();
  });

  it("reads several commas only as English thousands groups", () => {
    expect(parseDigits("1,000,000")).toBe(1000000);
    expect(parseDigits("1,00,000")).toBeNull();
  });

  it("with both marks, the last is the decimal mark and the other must group thousands properly", () => {
    expect(parseDigits("1.326,5")).toBe(1326.5);
    expect(parseDigits("1,326.5")).toBe(1326.5);
    expect(parseDigits("12,34.5")).toBeNull();
    expect(parseDigits("12.34,5")).toBeNull();
    expect(parseDigits("1.326,5,1")).toBeNull();
    expect(parseDigits("1,326.5.1")).toBeNull();
  });

  it("reads a figure that starts with its decimal mark, and refuses one that ends with a mark", () => {
    expect(parseDigits(".5")).toBe(0.5);
    expect(parseDigits(",25")).toBe(0.25);
    expect(parseDigits("15,")).toBeNull();
    expect(parseDigits("15.")).toBeNull();
    expect(parseDigits("1.326.")).toBeNull();
  });

  it("reads plain digits as they are", () => {
    expect(parseDigits("0")).toBe(0);
    expect(parseDigits("347")).toBe(347);
  });
});

describe("signs and approximate marks", () => {
  it.each([
    ["~95", 95],
    ["≈ 95", 95],
    [">= 95", 95],
    ["<=5", 5],
    ["< 5", 5],
    ["≤5", 5],
    ["≥95", 95],
    ["> 95", 95],
  ])("keeps the figure written after %s", (text, value) => {
    expect(read(text)).toEqual({ value, percent: false });
  });

  it.each([
    ["-5", -5],
    ["- 5", -5],
    ["−5", -5],
    ["–5", -5],
    ["-1.326", -1326],
    ["-0,5%", -0.5],
  ])("reads %s as negative", (text, value) => {
    expect(read(text)?.value).toBe(value);
  });

  it("reads a leading plus as positive, with or without a space", () => {
    expect(read("+3")).toEqual({ value: 3, percent: false });
    expect(read("+ 3")).toEqual({ value: 3, percent: false });
  });

  it("reads minus zero as plain zero", () => {
    expect(Object.is(read("-0")?.value, 0)).toBe(true);
  });

  it("refuses a sign with nothing after it and text around a figure", () => {
    for (const text of ["+", "-", "~", "+ -3", "5 5", "a5", "5a"]) expect(read(text)).toBeNull();
  });

  it("refuses a range, which is no single figure", () => {
    for (const text of ["10-15", "10 - 15", "5~7", "5>3", "90–95%"]) expect(read(text)).toBeNull();
  });
});

describe("space-grouped thousands", () => {
  it("reads 1 326 000 as one number, also before a % or a unit", () => {
    expect(read("1 326 000")).toEqual({ value: 1326000, percent: false });
    expect(read("12 345 hộ")).toEqual({ value: 12345, percent: false });
    expect(read("1 000%")).toEqual({ value: 1000, percent: true });
    expect(read("-1 326")).toEqual({ value: -1326, percent: false });
  });

  it("does not join figures whose groups are not of three digits", () => {
    expect(read("1 23")).toBeNull();
    expect(read("1 2345")).toBeNull();
    expect(read("1234 567")).toBeNull();
  });
});

describe("percent signs and unit words", () => {
  it("marks a figure with a % sign as a percent, and one without as a plain number", () => {
    expect(read("4,04%")).toEqual({ value: 4.04, percent: true });
    expect(read("4,04")).toEqual({ value: 4.04, percent: false });
    expect(read("79 % ")).toEqual({ value: 79, percent: true });
    expect(read("12% hộ")).toEqual({ value: 12, percent: true });
    expect(read(",25%")).toEqual({ value: 0.25, percent: true });
    expect(read(".5")).toEqual({ value: 0.5, percent: false });
  });

  it.each([
    "triệu đồng",
    "triệu",
    "tr.đ",
    "tr.đồng",
    "trđ",
    "tr đ",
    "đồng",
    "ha",
    "hộ",
    "người",
    "tiêu chí",
    "tấn",
    "kg",
    "km",
    "xã",
    "thôn",
    "bản",
    "lượt",
    "con",
    "m2",
    "m²",
    "km2",
    "km²",
  ])("drops the unit word %s after a figure", (unit) => {
    expect(read(`12 ${unit}`)).toEqual({ value: 12, percent: false });
  });

  it("refuses a figure followed by a multiplier or a word that is no unit", () => {
    for (const text of ["1,5 tỷ", "5 nghìn", "12 năm", "12 hộ nghèo", "5%5"]) expect(read(text)).toBeNull();
  });
});
