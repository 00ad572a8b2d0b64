import { createCellTextReader, isEmptyValue } from "./cell-text";
import { createMergeLookup } from "./merges";
import { isColumnNumberRow } from "./column-numbers";
import { gridOf } from "./test-support";

describe("createCellTextReader", () => {
  it("tidies Unicode text and shows numbers, booleans and errors as text", () => {
    const grid = gridOf([["  Kế\u00a0 hoạch ".normalize("NFD"), 12.5, true, { error: "#REF!" }, null, "   "]]);
    const reader = createCellTextReader(grid);
    expect([0, 1, 2, 3, 4, 5].map((c) => reader.text(0, c))).toEqual(["Kế hoạch", "12.5", "TRUE", "#REF!", "", ""]);
    expect(reader.legacy()).toBeNull();
  });

  it("decodes TCVN3, names the sheet's first legacy cell in reading order, and decodes ambiguous words", () => {
    const grid = gridOf(
      [
        ["Tiªu ®Ò", "ChØ tiªu"],
        ["hé", "1.326"],
      ],
      { top: 3, left: 2 },
    );
    const reader = createCellTextReader(grid);
    expect(reader.text(0, 1)).toBe("Chỉ tiêu");
    expect(reader.legacy()).toEqual({ encoding: "tcvn3", row: 0, col: 0 });
    expect(reader.text(1, 0)).toBe("hộ");
    expect(reader.decodeRaw("1.326", 1, 1)).toBe("1.326");
  });

  it("decodes a word that reads well both ways even when it comes before the first plainly TCVN3 cell", () => {
    // "Ghi chó" is Unicode for "dog's note" and TCVN3 for "Ghi chú": the sheet's other cells decide.
    const grid = gridOf([
      ["Ghi chó", "KÕ ho¹ch", "ChØ tiªu"],
      [null, 899, "Sè vô tai n¹n giao th«ng"],
    ]);
    const reader = createCellTextReader(grid);
    expect(reader.text(0, 0)).toBe("Ghi chú");
    expect(reader.legacy()).toEqual({ encoding: "tcvn3", row: 0, col: 1 });
  });

  it("reads a short VNI word the VNI way in a VNI sheet, though it is TCVN3 too", () => {
    // "Coäng" is VNI for "Cộng" and TCVN3 for "Coọng"; the sheet's other cells are VNI
    const grid = gridOf([["Chæ tieâu", "Keá hoaïch", "Thöïc hieän"], ["Coäng", 455, 397]]);
    const reader = createCellTextReader(grid);
    expect(reader.text(1, 0)).toBe("Cộng");
    expect(reader.legacy()).toEqual({ encoding: "vni", row: 0, col: 0 });
  });

  it("takes the sheet's encoding from most of its legacy cells, not from the first", () => {
    // the first legacy cell reads as TCVN3, the three after it only as VNI
    const grid = gridOf([["Coäng"], ["Chæ tieâu"], ["Keá hoaïch"], ["Thöïc hieän"]]);
    const reader = createCellTextReader(grid);
    expect(reader.legacy()).toEqual({ encoding: "vni", row: 1, col: 0 });
    expect([0, 1, 2, 3].map((r) => reader.text(r, 0))).toEqual(["Cộng", "Chỉ tiêu", "Kế hoạch", "Thực hiện"]);
  });

  it("names a legacy cell met below the first 40 rows when the rows above are all Unicode", () => {
    const rows = Array.from({ length: 45 }, (_, i) => [`Chỉ tiêu ${i + 1}`, i + 1]);
    rows[42] = ["ChØ tiªu", 43];
    const reader = createCellTextReader(gridOf(rows));
    expect(reader.legacy()).toBeNull();
    expect(reader.text(42, 0)).toBe("Chỉ tiêu");
    expect(reader.legacy()).toEqual({ encoding: "tcvn3", row: 42, col: 0 });
    expect(reader.text(44, 0)).toBe("Chỉ tiêu 45");
    expect(reader.legacy()).toEqual({ encoding: "tcvn3", row: 42, col: 0 });
  });

  it("leaves a Unicode sheet's words as typed", () => {
    const reader = createCellTextReader(gridOf([["Ghi chó", "Chỉ tiêu"]]));
    expect(reader.text(0, 0)).toBe("Ghi chó");
    expect(reader.legacy()).toBeNull();
  });

  it("reads FALSE, whole and other numbers, and nothing outside the grid", () => {
    const grid = gridOf([[false, 7, 1000, -3, 0.25, 999, 0]]);
    const reader = createCellTextReader(grid);
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => reader.text(0, c))).toEqual([
      "FALSE",
      "7",
      "1000",
      "-3",
      "0.25",
      "999",
      "0",
    ]);
    expect(reader.text(0, 9)).toBe("");
    expect(reader.text(5, 0)).toBe("");
  });

  it("gives parseFigure a legacy figure decoded but not tidied", () => {
    const reader = createCellTextReader(gridOf([["ChØ tiªu"]]));
    expect(reader.text(0, 0)).toBe("Chỉ tiêu");
    expect(reader.decodeRaw("§¹t  ", 0, 0)).toBe("Đạt  ");
    expect(reader.decodeRaw("Đạt", 0, 0)).toBe("Đạt");
  });

  it("knows empty values", () => {
    expect([null, undefined, "", "  ", 0, "x"].map(isEmptyValue)).toEqual([true, true, true, true, false, false]);
    expect(["\u00a0", "\t\n", "\u3000 ", " x", "\u00a0Xã", "~", "Đạt"].map(isEmptyValue)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("createMergeLookup", () => {
  it("points every covered cell at the top-left cell, in grid indices", () => {
    const grid = gridOf(
      [
        ["a", null, null],
        [null, null, "b"],
      ],
      { top: 4, left: 2, merges: ["B4:C5"] },
    );
    const merges = createMergeLookup(grid, 0, 1);
    expect(merges.source(1, 1)).toEqual([0, 0]);
    expect(merges.source(1, 2)).toBeNull();
    expect(merges.rangeAt(0, 1)).toEqual({ top: 0, bottom: 1, left: 0, right: 1 });
  });
});

describe("isColumnNumberRow", () => {
  it("accepts letters, numbers and formulas like 3=2/1 only", () => {
    expect(isColumnNumberRow(["A", "B", "C", "1", "2", "3=2/1", ""])).toBe(true);
    expect(isColumnNumberRow(["(1)", "(2)", "(3)", "(4)=(3)/(2)"])).toBe(true);
    expect(isColumnNumberRow(["1", "Dân số", "người", "100"])).toBe(false);
    expect(isColumnNumberRow(["1", "", ""])).toBe(false);
  });
});
