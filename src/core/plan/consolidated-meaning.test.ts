/** The consolidated sheet says what it means (issue 15): criteria as units, sub-rows under parents, a fair ranking. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Analysis, analyze } from "../analyze";
import { DEFAULT_SETTINGS } from "../settings";
import { readWorkbookFile } from "../../files/read-workbook";
import { makeExamples } from "../../../scripts/make-examples";
import { buildSummaryPlan } from "./build-summary";
import { rankUnits } from "./ranking";
import type { PlanSheet } from "./types";

let analysis: Analysis;
let sheet: PlanSheet;
const at = (row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col)?.value ?? null;
/** Cells of a column holding `value`, the main table's (the last one on the sheet) first. */
const rowsOf = (col: number, value: string) =>
  sheet.cells.filter((c) => c.col === col && c.value === value).sort((a, b) => b.row - a.row);

beforeAll(async () => {
  const files = await makeExamples(mkdtempSync(join(tmpdir(), "cons-meaning-")));
  const sources = [];
  for (const file of files) sources.push(await readWorkbookFile(file));
  analysis = analyze(sources, DEFAULT_SETTINGS);
  sheet = buildSummaryPlan(analysis, DEFAULT_SETTINGS).sheets[0];
});

describe("criteria indicators report units meeting the full standard", () => {
  it("units at 19/19 out of units reporting, under a label that says so, with the distribution", () => {
    const [ntm] = rowsOf(2, "Xây dựng nông thôn mới");
    expect(at(ntm.row, 4)).toBe("Số đơn vị đạt đủ tiêu chí / số đơn vị báo cáo");
    const ind = analysis.consolidation!.consolidation.indicators.find((i) => i.name === "Xây dựng nông thôn mới")!;
    expect(at(ntm.row, 5)).toBe(ind.standard!.total);
    expect(at(ntm.row, 6)).toBe(ind.standard!.meeting);
    expect(Number.isInteger(at(ntm.row, 5))).toBe(true);
    expect(Number.isInteger(at(ntm.row, 6))).toBe(true);
    const note = String(at(ntm.row, sheet.columnWidths.length));
    expect(note).toMatch(/\d+\/\d+ đơn vị đạt đủ tiêu chí; phân bố: 12 tiêu chí: \d+ đơn vị/);
    expect(sheet.cells.some((c) => c.value === "Số đơn vị đạt chuẩn")).toBe(false);
  });
});

describe("sub-rows stay under their parent", () => {
  it("one banner per group title, and each sub-row right under its parent's rows", () => {
    const banners = sheet.cells.filter((c) => c.style === "group" && c.value !== null).map((c) => String(c.value));
    expect(new Set(banners).size).toBe(banners.length);
    const [poor] = rowsOf(2, "Số hộ nghèo");
    const [near] = rowsOf(2, "- hộ cận nghèo");
    expect(near.row).toBe(poor.row + 1);
    const [jobs] = rowsOf(2, "Giải quyết việc làm mới");
    const [women] = rowsOf(2, "+ Trong đó: nữ");
    expect(women.row).toBe(jobs.row + 1);
  });
});

describe("the ranking is fair or absent", () => {
  const counts = (met: number, near: number, mid: number, low: number, none: number) => ({ met, near, mid, low, none });

  it("ranks by the share of scored indicators met; not-yet-evaluated counts neither way", () => {
    const units = rankUnits(
      ["Xã A", "Xã B", "Xã C"],
      { "Xã A": counts(10, 10, 0, 0, 0), "Xã B": counts(12, 6, 0, 0, 2), "Xã C": counts(5, 15, 0, 0, 0) },
      [0, 0, 0],
      "vi",
    );
    expect(units.map((u) => [u.area, u.rank, u.reported, u.scored])).toEqual([
      ["Xã B", 1, 20, 18],
      ["Xã A", 2, 20, 20],
      ["Xã C", 3, 20, 20],
    ]);
  });

  it("puts apart, never first, a unit with unreadable cells or far fewer indicators, with the reason", () => {
    const units = rankUnits(
      ["Xã Ít", "Xã Lỗi", "Xã A", "Xã B"],
      {
        "Xã Ít": counts(5, 0, 0, 0, 0), // 100 % of only 5
        "Xã Lỗi": counts(20, 0, 0, 0, 0),
        "Xã A": counts(10, 10, 0, 0, 0),
        "Xã B": counts(8, 12, 0, 0, 0),
      },
      [0, 3, 0, 0],
      "vi",
    );
    expect(units.map((u) => u.area)).toEqual(["Xã A", "Xã B", "Xã Ít", "Xã Lỗi"]);
    expect(units[0].rank).toBe(1);
    expect(units[2]).toMatchObject({ rank: null, apart: "chỉ báo cáo 5 chỉ tiêu (thường là 20)" });
    expect(units[3]).toMatchObject({ rank: null, apart: "3 ô không đọc được: cần kiểm tra biểu" });
  });

  it("the sheet says the rule under the table and shows reported / scored for every unit", () => {
    expect(sheet.cells.some((c) => String(c.value).startsWith("Cách xếp hạng: theo tỷ lệ chỉ tiêu đạt"))).toBe(true);
    const header = rowsOf(8, "Số chỉ tiêu báo cáo / đánh giá được").at(-1)!.row;
    for (let r = header + 1; r <= header + analysis.consolidation!.consolidation.areas.length; r++)
      expect(String(at(r, 8))).toMatch(/^\d+ \/ \d+$/);
    // the demo's return with broken formulas is not ranked
    const apart = sheet.cells.find((c) => c.col === 9 && /ô không đọc được/.test(String(c.value)));
    expect(apart).toBeDefined();
    expect(at(apart!.row, 1)).toBeNull();
  });
});
