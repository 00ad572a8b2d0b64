import { findTableRegion, outsideTableFinding, sheetTooLargeFinding } from "./table-region";

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

describe("the problems the shells report about a region", () => {
  it("names the first ten cells left outside the table, then how many in all", () => {
    const outside = Array.from({ length: 12 }, (_, i) => ({ row: 200 + i, column: 3 }));
    const finding = outsideTableFinding("Biểu 01", outside);
    expect(finding).toMatchObject({ sheet: "Biểu 01", cell: "C200", code: "cells-outside-table", severity: "warning" });
    expect(finding.params).toEqual({
      cells: "C200, C201, C202, C203, C204, C205, C206, C207, C208, C209, …",
      count: 12,
    });
    expect(outsideTableFinding("S", [{ row: 1, column: 16384 }]).params).toEqual({ cells: "XFD1", count: 1 });
  });

  it("skips a sheet whose region is over the cap as an error naming its size", () => {
    expect(sheetTooLargeFinding("Lớn", 3_500_000)).toEqual({
      sheet: "Lớn",
      cell: "",
      severity: "error",
      code: "sheet-too-large",
      params: { cells: 3_500_000 },
    });
  });
});
