/**
 * Text over Excel's 32,767 characters through the Office.js writer: the fake refuses it as Excel does,
 * and a summary built from a 50,000-character name and note is written cut, each cut cell named.
 */
import { analyze } from "../../src/core/analyze";
import { MAX_CELL_TEXT } from "../../src/core/limits";
import { buildSummaryPlan } from "../../src/core/plan/build-summary";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { renderPlan } from "../../src/excel/render-plan";
import { createFakeExcel } from "../support/excel-fake";
import { longTextGrid } from "../support/long-text-return";
import { baseSheet, plan } from "./plan-fixture";

const ctx = (fake: ReturnType<typeof createFakeExcel>) => fake.context as unknown as Excel.RequestContext;

test("the fake refuses a cell text over 32,767 characters, as Excel does", async () => {
  const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] });
  const raw = plan([baseSheet("Tổng hợp", [{ row: 1, col: 1, value: "x".repeat(MAX_CELL_TEXT + 1) }])]);
  const result = await renderPlan(ctx(fake), raw, fake.api);
  expect(result.sheets).toEqual([]);
  expect(result.findings).toContainEqual(expect.objectContaining({ code: "excel-api-error", severity: "error" }));
});

test("a 50,000-character name and note: written cut to the limit, each cut cell named on its sheet", async () => {
  const analysis = analyze(
    [
      { file: "", grids: [longTextGrid("Xã A")], findings: [] },
      { file: "b.xlsx", grids: [longTextGrid("Xã B")], findings: [] },
    ],
    DEFAULT_SETTINGS,
  );
  const summary = buildSummaryPlan(analysis, DEFAULT_SETTINGS, { reservedNames: ["Xã A"] });
  const fake = createFakeExcel({ sheets: [{ name: "Xã A", values: [] }] });
  const result = await renderPlan(ctx(fake), summary, fake.api);
  expect(result.sheets).toEqual(summary.sheets.map((s) => s.name));
  const cut = result.findings.filter((f) => f.code === "cell-text-too-long");
  expect(cut.length).toBeGreaterThanOrEqual(summary.sheets.length);
  for (const finding of cut) {
    const text = fake.workbook.sheet(finding.sheet).cell(finding.cell)?.value;
    expect(typeof text === "string" && text.length).toBe(MAX_CELL_TEXT);
  }
  expect(new Set(cut.map((f) => f.sheet))).toEqual(new Set(result.sheets));
});
