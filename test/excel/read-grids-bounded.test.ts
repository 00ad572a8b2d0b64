/**
 * One stray cell must not take everything down inside Excel: the reader never requests more than a
 * bounded number of cells for a sheet, finds the table among what is filled, and names the cells
 * outside it. Proven on the strict fake, which counts the cells every sync reads and refuses a read of
 * more than 5 million cells (as Excel does).
 */
import fc from "fast-check";
import { a1 } from "../../src/core/address";
import { TABLE_GAP } from "../../src/core/limits";
import { readWorkbookGrids } from "../../src/excel/read-grids";
import { createFakeExcel, type InitialSheet } from "../support/excel-fake";

type Fake = ReturnType<typeof createFakeExcel>;
const ctx = (fake: Fake) => fake.context as unknown as Excel.RequestContext;

const TABLE = [
  ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
  [1, "Thu ngân sách trên địa bàn", "triệu đồng", 30, 33],
  [2, "Tỷ lệ hộ nghèo", "%", 5, 4.2],
];

/** Writes single cells through the API (as a user would type them), then forgets the stats of doing so. */
async function put(fake: Fake, sheet: string, cells: Record<string, string | number>): Promise<void> {
  const ws = fake.context.workbook.worksheets.getItem(sheet);
  for (const [address, value] of Object.entries(cells)) ws.getRange(address).values = [[value]];
  await fake.context.sync();
  Object.assign(fake.stats, { syncs: 0, requestBytes: [], responseBytes: [], cellsRead: 0 });
}

describe.each(["1.7", "1.13"])("bounded reads on ExcelApi %s", (apiVersion) => {
  test("a single cell at XFD1048576 beside the table: the table read, the cell named, a few thousand cells read", async () => {
    const fake = createFakeExcel(
      {
        sheets: [
          { name: "Xã A", values: TABLE },
          { name: "Xã B", values: TABLE },
        ],
      },
      { apiVersion },
    );
    await put(fake, "Xã A", { XFD1048576: "x" });
    const { grids, findings } = await readWorkbookGrids(ctx(fake), fake.api);
    expect(grids.map((g) => [g.sheet, g.top, g.left, g.values])).toEqual([
      ["Xã A", 1, 1, TABLE],
      ["Xã B", 1, 1, TABLE],
    ]);
    expect(findings).toEqual([
      {
        sheet: "Xã A",
        cell: "XFD1048576",
        severity: "warning",
        code: "cells-outside-table",
        params: { cells: "XFD1048576", count: 1 },
      },
    ]);
    // names, sizes + heads, one round locating (16 bands: the first holds the table, the last the cell), one read
    // (and on 1.13 one more: the merged areas of the table region, never of the whole used range)
    expect(fake.stats.syncs).toBe(apiVersion === "1.13" ? 5 : 4);
    expect(fake.stats.cellsRead).toBeLessThan(3 * 100);
    expect(Math.max(...fake.stats.requestBytes, ...fake.stats.responseBytes)).toBeLessThan(20_000);
  });

  test("a table far down the sheet and a note in A1: the table found by its cells, the note reported", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: TABLE, startCell: "C5000" }] }, { apiVersion });
    await put(fake, "S", { A1: "Ghi chú: số liệu tạm tính" });
    const { grids, findings } = await readWorkbookGrids(ctx(fake), fake.api);
    expect(grids[0]).toMatchObject({ sheet: "S", top: 5000, left: 3, values: TABLE });
    expect(findings).toEqual([
      expect.objectContaining({ code: "cells-outside-table", cell: "A1", params: { cells: "A1", count: 1 } }),
    ]);
    expect(fake.stats.cellsRead).toBeLessThan(3 * 100);
  });

  test("three hundred stray cells all over the sheet: bounded syncs and cells, ten named and the count", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: TABLE }] }, { apiVersion });
    const strays: Record<string, number> = {};
    for (let i = 0; i < 300; i++) strays[a1(1000 + ((i * 7919) % 1_000_000), 100 + ((i * 104729) % 16000))] = i;
    await put(fake, "S", strays);
    const { grids, findings } = await readWorkbookGrids(ctx(fake), fake.api);
    expect(grids[0].values).toEqual(TABLE);
    const outside = findings.find((f) => f.code === "cells-outside-table");
    expect(outside?.params?.count).toBe(300);
    expect(String(outside?.params?.cells).split(", ")).toHaveLength(11); // ten addresses and "…"
    expect(fake.stats.syncs).toBeLessThan(15);
    expect(fake.stats.cellsRead).toBeLessThan(3 * 20_000);
    expect(Math.max(...fake.stats.requestBytes, ...fake.stats.responseBytes)).toBeLessThan(5 * 1024 * 1024);
  });
});

test("merged areas: those of the table region, not of the whole used range (ExcelApi 1.13)", async () => {
  const fake = createFakeExcel(
    {
      sheets: [{ name: "S", values: TABLE, startCell: "C5000", merges: ["C5000:D5000", "XFA1:XFD2"] }],
    },
    { apiVersion: "1.13" },
  );
  await put(fake, "S", { XFA1: "chú thích" });
  const { grids } = await readWorkbookGrids(ctx(fake), fake.api);
  expect(grids[0]).toMatchObject({ top: 5000, left: 3, merges: [{ top: 5000, left: 3, bottom: 5000, right: 4 }] });
});

describe("caps", () => {
  test("a table region over the cell cap is skipped with sheet-too-large; other sheets are read", async () => {
    const big = Array.from({ length: 700 }, (_, r) => Array.from({ length: 5 }, (_, c) => r * 5 + c));
    const fake = createFakeExcel({
      sheets: [
        { name: "Lớn", values: big },
        { name: "Xã", values: TABLE },
      ],
    });
    const { grids, findings } = await readWorkbookGrids(ctx(fake), fake.api, { maxCellsPerSheet: 3000 });
    expect(grids.map((g) => g.sheet)).toEqual(["Xã"]);
    expect(findings).toEqual([
      expect.objectContaining({ sheet: "Lớn", code: "sheet-too-large", params: { cells: 3500 } }),
    ]);
  });

  test("more sheets than the cap: the first ones read, one problem names how many", async () => {
    const sheets: InitialSheet[] = Array.from({ length: 503 }, (_, i) => ({ name: `Xã ${i + 1}`, values: [["a", i]] }));
    const fake = createFakeExcel({ sheets });
    const { grids, findings } = await readWorkbookGrids(ctx(fake), fake.api);
    expect(grids).toHaveLength(500);
    expect(grids[499].sheet).toBe("Xã 500");
    expect(findings).toEqual([
      { sheet: "", cell: "", severity: "warning", code: "file-too-many-sheets", params: { read: 500, total: 503 } },
    ]);
    expect(fake.stats.syncs).toBe(2);
  });

  test("text over 32,767 characters is cut, with a problem naming the cell", async () => {
    const long = "Thu ngân sách ".repeat(3000); // 42,000 characters: more than Excel lets a cell hold
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [...TABLE, [3, long, "", 1, 1]] }] });
    const { grids, findings } = await readWorkbookGrids(ctx(fake), fake.api);
    expect(grids[0].values[3][1]).toBe(long.slice(0, 32_767));
    expect(findings).toEqual([
      { sheet: "S", cell: "B4", severity: "warning", code: "cell-text-too-long", params: { length: long.length } },
    ]);
  });
});

describe("any table with any stray cells far from it (generated)", () => {
  test("the table is read exactly, every stray counted, the cells read bounded", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 200 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 1_048_576 }), fc.integer({ min: 1, max: 16_384 })), {
          maxLength: 12,
        }),
        async (top, left, candidates) => {
          const far = (row: number, column: number) =>
            row < top - TABLE_GAP - 1 ||
            row > top + TABLE.length + TABLE_GAP ||
            column < left - TABLE_GAP - 1 ||
            column > left + 5 + TABLE_GAP;
          const strays = [...new Set(candidates.filter(([r, c]) => far(r, c)).map(([r, c]) => a1(r, c)))];
          const fake = createFakeExcel(
            { sheets: [{ name: "S", values: TABLE, startCell: a1(top, left) }] },
            { apiVersion: "1.7" },
          );
          if (strays.length) await put(fake, "S", Object.fromEntries(strays.map((s) => [s, "x"])));
          const { grids, findings } = await readWorkbookGrids(ctx(fake), fake.api);
          expect(grids[0]).toMatchObject({ top, left, values: TABLE });
          expect(findings.filter((f) => f.code === "cells-outside-table").map((f) => f.params?.count)).toEqual(
            strays.length ? [strays.length] : [],
          );
          expect(fake.stats.cellsRead ?? 0).toBeLessThan(3 * (500 * 52 + 64 * 64 * (strays.length + 2)));
        },
      ),
      { numRuns: 40 },
    );
  });
});
