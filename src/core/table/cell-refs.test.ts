import { a1 } from "../address";
import { cellRef, sharedA1 } from "./cell-refs";

describe("cellRef", () => {
  it("joins column letters and row like a1", () => {
    expect(cellRef("E", 12)).toBe("E12");
    expect(cellRef("AB", 1)).toBe("AB1");
    expect(sharedA1(7, 28)).toBe(a1(7, 28));
  });

  it("gives the same reference for every call, also after other columns and rows", () => {
    const first = cellRef("C", 40);
    cellRef("C", 41);
    cellRef("D", 40);
    expect(cellRef("C", 40)).toBe(first);
    expect(cellRef("D", 40)).toBe("D40");
  });

  it("still answers for rows outside the cache", () => {
    expect(cellRef("B", 1_048_576)).toBe("B1048576");
    expect(cellRef("B", 0)).toBe("B0");
  });
});

describe("sharedA1", () => {
  it("agrees with a1 on columns inside and outside its letters cache", () => {
    for (const column of [1, 26, 27, 52, 703, 1000, 1001, 16384]) {
      expect(sharedA1(12, column)).toBe(a1(12, column));
      expect(sharedA1(12, column)).toBe(sharedA1(12, column));
    }
  });
});
