import { findTableRegion } from "./table-region";

describe("findTableRegion", () => {
  it("is the bounding box of a table with no stray cells", () => {
    const cells = [
      { row: 3, column: 2 },
      { row: 4, column: 5 },
      { row: 20, column: 3 },
    ];
    expect(findTableRegion(cells)).toEqual({ region: { top: 3, left: 2, bottom: 20, right: 5 }, outside: [] });
  });

  it("leaves a far corner cell outside the table and names it", () => {
    const table = [];
    for (let r = 1; r <= 30; r++) for (let c = 1; c <= 6; c++) table.push({ row: r, column: c });
    const stray = { row: 1_048_576, column: 16_384 };
    const result = findTableRegion([...table, stray]);
    expect(result.region).toEqual({ top: 1, left: 1, bottom: 30, right: 6 });
    expect(result.outside).toEqual([stray]);
  });

  it("leaves a stray cell far to the right of the table's rows outside", () => {
    const cells = [
      { row: 1, column: 1 },
      { row: 2, column: 2 },
      { row: 2, column: 900 },
    ];
    const result = findTableRegion(cells);
    expect(result.region).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(result.outside).toEqual([{ row: 2, column: 900 }]);
  });

  it("keeps two tables a few blank rows apart in one region", () => {
    const cells = [
      { row: 1, column: 1 },
      { row: 10, column: 1 },
      { row: 40, column: 3 },
    ];
    expect(findTableRegion(cells).region).toEqual({ top: 1, left: 1, bottom: 40, right: 3 });
  });

  it("has no region when nothing is filled", () => {
    expect(findTableRegion([])).toEqual({ region: null, outside: [] });
  });
});
