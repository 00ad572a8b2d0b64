import { readWorkbookGrids } from "../../src/excel/read-grids";
import { createFakeExcel, type InitialSheet } from "../support/excel-fake";

const ctx = (fake: ReturnType<typeof createFakeExcel>) => fake.context as unknown as Excel.RequestContext;

function sheets(n: number): InitialSheet[] {
  return Array.from({ length: n }, (_, i) => ({ name: `Xã ${i + 1}`, values: [["Chỉ tiêu", "KH", "TH"], ["Thu ngân sách", 30, i]] }));
}

describe("readWorkbookGrids", () => {
  test.each([1, 10, 100])("reads %i sheets in 2 syncs", async (n) => {
    const fake = createFakeExcel({ sheets: sheets(n) });
    const { grids, findings } = await readWorkbookGrids(ctx(fake), fake.api);
    expect(findings).toEqual([]);
    expect(fake.stats.syncs).toBe(2);
    expect(grids).toHaveLength(n);
    expect(grids[n - 1]).toMatchObject({ sheet: `Xã ${n}`, top: 1, left: 1, values: [["Chỉ tiêu", "KH", "TH"], ["Thu ngân sách", 30, n - 1]] });
  });

  test("keeps the position, turns errors into CellError and empty cells into null, keeps number formats", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "Xã Trạm Tấu",
          startCell: "B3",
          values: [["Tỷ lệ hộ nghèo", "#DIV/0!", null], ["Thu", 1326, "#N/A"]],
          numberFormats: [["General", "0.0%", "General"], ["@", "#,##0", "General"]],
        },
      ],
    });
    const { grids } = await readWorkbookGrids(ctx(fake), fake.api);
    expect(grids[0].top).toBe(3);
    expect(grids[0].left).toBe(2);
    expect(grids[0].values).toEqual([["Tỷ lệ hộ nghèo", { error: "#DIV/0!" }, null], ["Thu", 1326, { error: "#N/A" }]]);
    expect(grids[0].numberFormats?.[1]).toEqual(["@", "#,##0", "General"]);
  });

  test("merged areas are read on ExcelApi 1.13 and absent on 1.7", async () => {
    const init = { sheets: [{ name: "S", values: [["BÁO CÁO"], ["a", 1]], merges: ["A1:B1"] }, { name: "Trống", values: [] }] };
    const v113 = createFakeExcel(init, { apiVersion: "1.13" });
    const r113 = await readWorkbookGrids(ctx(v113), v113.api);
    expect(r113.grids[0].merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect(r113.grids[1]).toEqual({ sheet: "Trống", top: 1, left: 1, values: [], numberFormats: [], merges: [] });
    const v17 = createFakeExcel(init, { apiVersion: "1.7" });
    const r17 = await readWorkbookGrids(ctx(v17), v17.api);
    expect(r17.findings).toEqual([]);
    expect(r17.grids[0].merges).toBeUndefined();
    expect(r17.grids[0].values).toEqual([["BÁO CÁO", null], ["a", 1]]);
    expect(v17.stats.syncs).toBe(2);
  });

  test("skips very hidden sheets", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "A", values: [[1]] }, { name: "Internal", values: [[2]], visibility: "VeryHidden" }] });
    const { grids } = await readWorkbookGrids(ctx(fake), fake.api);
    expect(grids.map((g) => g.sheet)).toEqual(["A"]);
  });

  test("a sheet larger than the head window is read in bounded blocks, batched across sheets, within the limit", async () => {
    const rows = 30000;
    const big = Array.from({ length: rows }, (_, r) => Array.from({ length: 8 }, (_, c) => (c === 0 ? `Chỉ tiêu số ${r}` : r * 10 + c)));
    const fake = createFakeExcel({ sheets: [{ name: "Lớn", values: big, merges: ["A1:C1"] }, { name: "Nhỏ", values: [["x", 1]] }] }, { apiVersion: "1.13" });
    const { grids, findings } = await readWorkbookGrids(ctx(fake), fake.api, { maxCellsPerSync: 60000 });
    expect(findings).toEqual([]);
    expect(grids[0].values).toHaveLength(rows);
    expect(grids[0].values[rows - 1]).toEqual(big[rows - 1]);
    expect(grids[0].values[12345]).toEqual(big[12345]);
    expect(grids[0].merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(grids[1].values).toEqual([["x", 1]]);
    // 1 names + 1 sizes and heads + 3 rounds locating the values + ceil(240,000 / 60,000) reads + 1 merges
    expect(fake.stats.syncs).toBe(2 + 3 + 4 + 1);
    expect(Math.max(...fake.stats.responseBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);
    // Each cell read once (values, number format, value type), plus the head window's 500 rows.
    expect(fake.stats.cellsRead).toBe(3 * (rows * 8 + 500 * 8 + 2));
  });

  test("a chunk still too large is halved and retried", async () => {
    const big = Array.from({ length: 2000 }, (_, r) => [`${"x".repeat(500)}${r}`]);
    const fake = createFakeExcel({ sheets: [{ name: "S", values: big }] }, { maxResponseBytes: 300_000 });
    const { grids, findings } = await readWorkbookGrids(ctx(fake), fake.api, { maxCellsPerSync: 2000 });
    expect(findings).toEqual([]);
    expect(grids[0].values.map((r) => r[0])).toEqual(big.map((r) => r[0]));
  });

  test("Office.js errors become excel-api-error findings", async () => {
    const fake = createFakeExcel({ sheets: sheets(1) });
    fake.context.sync = () => Promise.reject(Object.assign(new Error("boom"), { code: "GeneralException" }));
    const { grids, findings } = await readWorkbookGrids(ctx(fake), fake.api);
    expect(grids).toEqual([]);
    expect(findings).toEqual([
      { sheet: "", cell: "", severity: "error", code: "excel-api-error", params: { message: "GeneralException: boom" } },
    ]);
  });

  test("the fake refuses reads the code did not load (strictness the reader relies on)", async () => {
    const fake = createFakeExcel({ sheets: sheets(1) });
    const ws = fake.context.workbook.worksheets.getItem("Xã 1");
    const used = ws.getUsedRange(true).load("address");
    await fake.context.sync();
    expect(used.address).toBe("'Xã 1'!A1:C2");
    expect(() => used.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });
});
