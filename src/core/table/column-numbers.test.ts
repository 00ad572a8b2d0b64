// The row of column numbers under a header ("A | B | 1 | 2 | 3=2/1", "(1) | (2)"): never an indicator.
import { isColumnNumberRow, isColumnNumberToken } from "./column-numbers";

describe("isColumnNumberToken", () => {
  it.each(["B", "2", "12", "(3)", "(A)", "(12)", "3=2/1", "3 = 2/1", "5=4/3*100", "(4)=(3)/(2)", "C=B x 100%"])(
    "%j numbers a column",
    (text) => expect(isColumnNumberToken(text)).toBe(true),
  );

  it.each(["Tổng số", "Số hộ nghèo", "Dân số", "AB", "ab)", "123", "1a", "(Ab)", "Xã A", "", "3=", "= 2/1"])(
    "%j does not",
    (text) => expect(isColumnNumberToken(text)).toBe(false),
  );
});

describe("isColumnNumberRow", () => {
  it("is two or more tokens and nothing else, blanks aside", () => {
    expect(isColumnNumberRow(["1", "2"])).toBe(true);
    expect(isColumnNumberRow(["", "A", "", "B", ""])).toBe(true);
    expect(isColumnNumberRow(["(1)", "(2)", "(3) = (2)/(1)"])).toBe(true);
  });

  it("is not one token alone, nor a row with a word in it", () => {
    expect(isColumnNumberRow(["1"])).toBe(false);
    expect(isColumnNumberRow(["", "2", ""])).toBe(false);
    expect(isColumnNumberRow([])).toBe(false);
    expect(isColumnNumberRow(["1", "2", "Ghi chú"])).toBe(false);
    expect(isColumnNumberRow(["Tổng", "1", "2"])).toBe(false);
  });
});
