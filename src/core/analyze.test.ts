import { analyze } from "./analyze";
import type { CellValue, Grid } from "./grid";
import { DEFAULT_SETTINGS } from "./settings";

/** A one-sheet return of `area` with [name, plan, actual] rows under a title and a header. */
function areaGrid(area: string, rows: Array<[string, number, number]>): Grid {
  const values: CellValue[][] = [
    [`BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024 - ${area.toUpperCase()}`, null, null, null, null],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
    ...rows.map(([name, plan, actual], i): CellValue[] => [i + 1, name, "ha", plan, actual]),
  ];
  return { sheet: area, top: 1, left: 1, values };
}

describe("analyze: consolidation problems name the file they are in", () => {
  const rows: Array<[string, number, number]> = [
    ["Diện tích trồng lúa", 100, 90],
    ["Diện tích trồng rừng mới", 20, 10],
    ["Diện tích nuôi trồng thủy sản", 30, 30],
  ];
  const sources = [
    // Xã A lacks the second indicator
    { file: "a.xlsx", grids: [areaGrid("Xã A", [rows[0], rows[2]])], findings: [] },
    { file: "b.xlsx", grids: [areaGrid("Xã B", rows)], findings: [] },
    // a second return for Xã A, shown as "Xã A (2)", lacking the third
    { file: "c.xlsx", grids: [areaGrid("Xã A", rows.slice(0, 2))], findings: [] },
  ];
  const problems = analyze(sources, DEFAULT_SETTINGS).problems;

  it("a second return for an area: the problem is in the second return's file", () => {
    const duplicate = problems.filter((p) => p.code === "area-duplicate");
    expect(duplicate.map((p) => [p.file, p.sheet, p.params?.area])).toEqual([["c.xlsx", "Xã A", "Xã A"]]);
    expect(duplicate[0].message).toContain("c.xlsx");
  });

  it("an indicator missing: the problem is in the file of the return lacking it, duplicates too", () => {
    const missing = problems.filter((p) => p.code === "indicator-missing");
    // one per area, in the areas' order; each indicator is reported by 2 of the 3 returns
    expect(missing.map((p) => [p.file, p.params?.area, p.params?.names])).toEqual([
      ["a.xlsx", "Xã A", "“Diện tích trồng rừng mới”"],
      ["c.xlsx", "Xã A (2)", "“Diện tích nuôi trồng thủy sản”"],
    ]);
    expect(missing.map((p) => p.message.includes(p.file))).toEqual([true, true]);
  });
});
