import fc from "fast-check";
import { analyze } from "../analyze";
import { MAX_CELL_TEXT } from "../limits";
import { DEFAULT_SETTINGS } from "../settings";
import { buildSummaryPlan } from "./build-summary";
import { cutCellText, fitCellTexts } from "./cell-text-limit";
import type { PlanCell, PlanSheet } from "./types";
import { LONG_NAME, longTextGrid as longGrid } from "../../../test/support/long-text-return";

const texts = (sheet: PlanSheet): string[] =>
  sheet.cells.flatMap((c) => (typeof c.value === "string" ? [c.value] : []));

describe("text over Excel's 32,767 characters in a cell", () => {
  test("any text: at most the limit, a prefix of the text, unchanged when it fits, no surrogate half left", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.nat(MAX_CELL_TEXT + 20), (piece, pad) => {
        const text = "a".repeat(pad) + piece;
        const cut = cutCellText(text);
        expect(cut.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
        expect(text.startsWith(cut)).toBe(true);
        if (text.length <= MAX_CELL_TEXT) expect(cut).toBe(text);
        else expect(cut.length).toBeGreaterThanOrEqual(MAX_CELL_TEXT - 1);
        expect(/[\uD800-\uDBFF]$/.test(cut)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  test("a shared, frozen cell is replaced by a cut copy, never changed; one finding per cell cut", () => {
    const shared: PlanCell = Object.freeze({ row: 9, col: 8, value: "x".repeat(40_000), style: "note" });
    const cells: PlanCell[] = [shared, { row: 10, col: 2, value: "ngắn" }, { row: 11, col: 3, value: 5 }];
    const findings = fitCellTexts("KQ Xã A", cells);
    expect(shared.value).toHaveLength(40_000);
    expect(cells[0]).toEqual({ row: 9, col: 8, value: "x".repeat(MAX_CELL_TEXT), style: "note" });
    expect(cells.slice(1)).toEqual([
      { row: 10, col: 2, value: "ngắn" },
      { row: 11, col: 3, value: 5 },
    ]);
    expect(findings).toEqual([
      { sheet: "KQ Xã A", cell: "H9", severity: "warning", code: "cell-text-too-long", params: { length: 40_000 } },
    ]);
  });

  test("a 50,000-character name and note: every cell of the plan within the limit, each cut one named", () => {
    const analysis = analyze(
      [
        { file: "a.xlsx", grids: [longGrid("Xã A")], findings: [] },
        { file: "b.xlsx", grids: [longGrid("Xã B")], findings: [] },
      ],
      DEFAULT_SETTINGS,
    );
    const plan = buildSummaryPlan(analysis, DEFAULT_SETTINGS);
    expect(plan.sheets).toHaveLength(3);
    for (const sheet of plan.sheets) {
      for (const text of texts(sheet)) expect(text.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
      const cut = sheet.cells.filter((c) => typeof c.value === "string" && c.value.length === MAX_CELL_TEXT);
      // the name (on every sheet) and, on a return's sheet, the note
      expect(cut.length).toBeGreaterThanOrEqual(sheet.role === "return" ? 2 : 1);
      const findings = sheet.findings ?? [];
      expect(findings.map((f) => f.cell).sort()).toEqual(cut.map((c) => `${"ABCDEFGHIJ"[c.col - 1]}${c.row}`).sort());
      for (const f of findings) {
        expect(f).toMatchObject({ sheet: sheet.name, code: "cell-text-too-long", severity: "warning" });
        expect(Number(f.params?.length)).toBeGreaterThan(MAX_CELL_TEXT);
      }
      const name = sheet.cells.find((c) => typeof c.value === "string" && c.value.startsWith("Số hộ được hỗ trợ"));
      expect(name?.value).toBe(cutCellText(LONG_NAME));
    }
  });

  test("a plan within the limit has no findings", () => {
    const grid = longGrid("Xã A");
    grid.values[5][1] = "Số hộ được hỗ trợ";
    grid.values[5][5] = "ghi chú";
    const plan = buildSummaryPlan(
      analyze([{ file: "a.xlsx", grids: [grid], findings: [] }], DEFAULT_SETTINGS),
      DEFAULT_SETTINGS,
    );
    for (const sheet of plan.sheets) expect(sheet.findings).toBeUndefined();
  });
});
