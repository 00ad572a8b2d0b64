/**
 * Names under a "Chỉ tiêu" header merged over two columns, and rows with figures but no name.
 */
import { nameAcross, nameSpanEnd } from "./name-span";
import { readReturn } from "./read-return";
import { gridOf } from "./test-support";

const at = (texts: string[]) => (c: number) => texts[c] ?? "";

describe("nameSpanEnd", () => {
  const grid = { top: 1, left: 1 };
  // header on sheet row 3 (grid row 2), data from grid row 3; "Chỉ tiêu" is column B (index 1)
  it("reaches the right edge of the header merge starting at the name column", () => {
    expect(nameSpanEnd([{ top: 3, left: 2, bottom: 3, right: 3 }], grid, 1, 3, [0, 3, 4, 5], 6)).toBe(2);
    // merged down over a two-row header too
    expect(nameSpanEnd([{ top: 2, left: 2, bottom: 3, right: 4 }], grid, 1, 3, [0, 4, 5], 6)).toBe(3);
  });

  it("counts the merge's own right edge, wherever the grid starts", () => {
    expect(nameSpanEnd([{ top: 3, left: 2, bottom: 3, right: 4 }], grid, 1, 3, [], 10)).toBe(3);
    expect(nameSpanEnd([{ top: 5, left: 4, bottom: 5, right: 6 }], { top: 3, left: 3 }, 1, 3, [], 10)).toBe(3);
    // a name column in the sheet's first column
    expect(nameSpanEnd([{ top: 3, left: 1, bottom: 3, right: 2 }], grid, 0, 3, [], 10)).toBe(1);
  });

  it("takes a header merge ending up to four rows above the data, not in the data's first row", () => {
    // header ending on grid row 2, then a column-number row and blanks: data from grid row 6
    expect(nameSpanEnd([{ top: 3, left: 2, bottom: 3, right: 3 }], grid, 1, 6, [], 10)).toBe(2);
    expect(nameSpanEnd([{ top: 2, left: 2, bottom: 2, right: 3 }], grid, 1, 6, [], 10)).toBe(1);
    // a long name merged over B:C in the first row of figures
    expect(nameSpanEnd([{ top: 4, left: 2, bottom: 4, right: 3 }], grid, 1, 3, [], 10)).toBe(1);
  });

  it("stops before another role's column and at the grid's edge", () => {
    expect(nameSpanEnd([{ top: 3, left: 2, bottom: 3, right: 4 }], grid, 1, 3, [3], 10)).toBe(2);
    expect(nameSpanEnd([{ top: 3, left: 2, bottom: 3, right: 5 }], grid, 1, 3, [0, 3, 4], 6)).toBe(2);
    expect(nameSpanEnd([{ top: 3, left: 2, bottom: 3, right: 9 }], grid, 1, 3, [], 4)).toBe(3);
  });

  it("is the name column alone without such a merge", () => {
    expect(nameSpanEnd(undefined, grid, 1, 3, [], 6)).toBe(1);
    // a title merged across the whole sheet far above the header is not the name's header
    expect(nameSpanEnd([{ top: 1, left: 1, bottom: 1, right: 6 }], grid, 0, 8, [], 6)).toBe(0);
    // a merge in the data (a long name over B:C) is not either
    expect(nameSpanEnd([{ top: 5, left: 2, bottom: 5, right: 3 }], grid, 1, 3, [], 6)).toBe(1);
    // a merge starting left of the name column
    expect(nameSpanEnd([{ top: 3, left: 1, bottom: 3, right: 3 }], grid, 1, 3, [], 6)).toBe(1);
    expect(nameSpanEnd([{ top: 3, left: 2, bottom: 3, right: 3 }], grid, -1, 3, [], 6)).toBe(-1);
  });
});

describe("nameAcross", () => {
  it("joins 'Trong đó' to the name typed beside it", () => {
    expect(nameAcross(at(["", "Trong đó", "Hộ nghèo dân tộc thiểu số"]), 1, 2)).toEqual({
      name: "Trong đó: Hộ nghèo dân tộc thiểu số",
      column: 1,
    });
    expect(nameAcross(at(["", "Trong đó:", "nữ"]), 1, 2).name).toBe("Trong đó: nữ");
    expect(nameAcross(at(["", "Trong đó -", "nữ"]), 1, 2).name).toBe("Trong đó: nữ");
    expect(nameAcross(at(["", "Trong đó :", "nữ"]), 1, 2).name).toBe("Trong đó: nữ");
    // more words after "Trong đó", or before it, are a name of their own
    expect(nameAcross(at(["", "Trong đó có", "nữ"]), 1, 2).name).toBe("Trong đó có nữ");
    expect(nameAcross(at(["", "Số hộ trong đó", "nữ"]), 1, 2).name).toBe("Số hộ trong đó nữ");
  });

  it("takes a name typed in the second column alone, with its own column", () => {
    expect(nameAcross(at(["", "", "- Hộ cận nghèo"]), 1, 2)).toEqual({ name: "- Hộ cận nghèo", column: 2 });
  });

  it("joins other texts with a space, and gives nothing for an empty span", () => {
    expect(nameAcross(at(["", "Tỷ lệ hộ nghèo", "(chuẩn mới)"]), 1, 2).name).toBe("Tỷ lệ hộ nghèo (chuẩn mới)");
    expect(nameAcross(at(["", "", ""]), 1, 2)).toEqual({ name: "", column: 1 });
  });
});

describe("a return whose 'Chỉ tiêu' header is merged over two columns", () => {
  const rows = [
    ["STT", "Chỉ tiêu", null, "ĐVT", "Kế hoạch", "Thực hiện"],
    [1, "Tỷ lệ hộ nghèo", null, "%", 5.2, 4.9],
    [null, "Trong đó", "Hộ nghèo dân tộc thiểu số", "%", 8, 7.5],
    [null, null, "- Hộ cận nghèo", "%", 6, 6.5],
  ];
  it("reads each name across the two columns, with the cell it is typed in", () => {
    const { table, findings } = readReturn(gridOf(rows, { sheet: "S", merges: ["B1:C1", "B2:C2"] }));
    expect(table?.indicators.map((i) => [i.name, i.cell, i.parent])).toEqual([
      ["Tỷ lệ hộ nghèo", "B2", null],
      ["Trong đó: Hộ nghèo dân tộc thiểu số", "B3", 0],
      ["- Hộ cận nghèo", "C4", 0],
    ]);
    expect(findings).toEqual([]);
  });

  it("never reads another column's text into a name: the merge stops at the unit column the clerk named", () => {
    // "Chỉ tiêu" merged over B:D hides "ĐVT"; the clerk names D the unit column in the pane
    const { table } = readReturn(gridOf(rows, { sheet: "S", merges: ["B1:D1"] }), { columns: { unit: 4 } });
    expect(table?.columns.unit).toBe(4);
    expect(table?.indicators.map((i) => i.name)).toEqual([
      "Tỷ lệ hộ nghèo",
      "Trong đó: Hộ nghèo dân tộc thiểu số",
      "- Hộ cận nghèo",
    ]);
  });

  it("without the merge, a name typed in the second column alone is a row without a name", () => {
    const { table, findings } = readReturn(gridOf(rows, { sheet: "S" }));
    expect(table?.indicators.map((i) => i.name)).toEqual(["Tỷ lệ hộ nghèo", "Trong đó"]);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([["row-without-name", "B4"]]);
  });
});

describe("rows with figures and no name", () => {
  it("are skipped and named by their name cells in one note", () => {
    const rows = [
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
      [1, "Thu ngân sách", "triệu đồng", 30, 33],
      [null, null, null, 455, 397],
      [2, "Tỷ lệ hộ nghèo", "%", 4, 3.5],
      [null, null, null, 12.5, 10.25],
    ];
    const { table, findings } = readReturn(gridOf(rows, { sheet: "S" }));
    expect(table?.indicators.map((i) => i.name)).toEqual(["Thu ngân sách", "Tỷ lệ hộ nghèo"]);
    expect(findings).toEqual([
      { sheet: "S", cell: "B3", severity: "warning", code: "row-without-name", params: { cells: "B3, B5", count: 2 } },
    ]);
  });

  it("are not a column-number row with its name cell left blank", () => {
    const rows = [
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
      ["A", null, "C", 1, 2],
      [1, "Thu ngân sách", "triệu đồng", 30, 33],
    ];
    const { table, findings } = readReturn(gridOf(rows, { sheet: "S" }));
    expect(table?.indicators.map((i) => i.name)).toEqual(["Thu ngân sách"]);
    expect(findings).toEqual([]);
  });

  it("are listed five at most", () => {
    const rows = [
      ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["Thu ngân sách", 30, 33],
      ...Array.from({ length: 7 }, (_, i) => [null, 100 + i, 90.5]),
    ];
    const { findings } = readReturn(gridOf(rows, { sheet: "S" }));
    expect(findings.map((f) => f.params)).toEqual([{ cells: "A3, A4, A5, A6, A7, …", count: 7 }]);
  });
});
