/**
 * Property: header detection does not depend on where the columns sit or how many title rows sit
 * above the header. A standard return (scripts/synthetic-returns.ts) with its columns shuffled and
 * 0–3 title rows inserted reads as the same indicators, each with cell addresses that point at the
 * cells the figures really are in.
 */
import fc from "fast-check";
import { parseA1 } from "../../src/core/address";
import type { CellValue, Grid } from "../../src/core/grid";
import type { SourceIndicator } from "../../src/core/model";
import { readReturn } from "../../src/core/table/read-return";
import { syntheticReturn } from "../../scripts/synthetic-returns";

/** Title and subtitle lines as communes write them above the table (never header words). */
const TITLES = [
  "ỦY BAN NHÂN DÂN XÃ TRẠM TẤU",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "(Kèm theo báo cáo số 125/BC-UBND ngày 15/6/2024)",
  "Biểu số 01",
  null,
];

interface Variant {
  grid: Grid;
  /** New 0-based column of each original column. */
  position: number[];
}

/** `grid` with its columns permuted by `order` (order[new] = old) and `titles` inserted at the top. */
function variant(grid: Grid, order: number[], titles: (string | null)[], top: number, left: number): Variant {
  const width = order.length;
  const titleRows: CellValue[][] = titles.map((t) => [t, ...Array<CellValue>(width - 1).fill(null)]);
  const body = grid.values.map((row) => order.map((old) => row[old]));
  const position: number[] = [];
  order.forEach((old, now) => (position[old] = now));
  return { grid: { sheet: grid.sheet, top, left, values: [...titleRows, ...body] }, position };
}

/** The value of the cell at an A1 address of the grid's sheet. */
function at(grid: Grid, address: string | undefined): CellValue | undefined {
  const p = address ? parseA1(address) : null;
  if (!p) return undefined;
  return grid.values[p.row - grid.top]?.[p.column - grid.left];
}

const essentials = (i: SourceIndicator) => ({
  name: i.name,
  unit: i.unit,
  plan: i.plan,
  actual: i.actual,
  code: i.code,
});

describe("readReturn on shuffled columns and extra title rows", () => {
  const arb = fc.record({
    area: fc.integer({ min: 0, max: 50 }),
    indicators: fc.integer({ min: 3, max: 20 }),
    order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6], { minLength: 7, maxLength: 7 }),
    titles: fc.array(fc.constantFrom(...TITLES), { minLength: 0, maxLength: 3 }),
    top: fc.integer({ min: 1, max: 5 }),
    left: fc.integer({ min: 1, max: 4 }),
  });

  it("finds the same indicators, with addresses of the cells they came from", () => {
    fc.assert(
      fc.property(arb, ({ area, indicators, order, titles, top, left }) => {
        const original = syntheticReturn(area, indicators);
        const expected = readReturn(original).table;
        if (!expected) throw new Error("the standard return must read");
        expect(expected.indicators).toHaveLength(indicators);

        const { grid, position } = variant(original, order, titles, top, left);
        const table = readReturn(grid).table;
        if (!table) throw new Error(`no table: order ${order.join(",")}, ${titles.length} title rows`);
        expect(table.indicators.map(essentials)).toEqual(expected.indicators.map(essentials));

        // columns: where the original's columns went
        const column = (role: "name" | "plan" | "actual" | "unit") =>
          position[(expected.columns[role] as number) - 1] + left;
        expect(table.columns).toMatchObject({
          name: column("name"),
          plan: column("plan"),
          actual: column("actual"),
          unit: column("unit"),
        });

        // each address holds the figure read from it
        table.indicators.forEach((ind, i) => {
          const source = expected.indicators[i];
          expect(ind.row).toBe(source.row - original.top + titles.length + top);
          expect(at(grid, ind.cell)).toBe(at(original, source.cell));
          expect(at(grid, ind.cells.name)).toBe(at(original, source.cells.name));
          expect(at(grid, ind.cells.plan)).toBe(at(original, source.cells.plan));
          expect(at(grid, ind.cells.actual)).toBe(at(original, source.cells.actual));
          expect(at(grid, ind.cells.plan)).toBeDefined();
          expect(at(grid, ind.cells.actual)).toBeDefined();
        });
      }),
      { numRuns: 150 },
    );
  });
});
