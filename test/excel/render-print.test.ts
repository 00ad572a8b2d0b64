/**
 * The Office.js writer prints what the .xlsx writer prints (issue 15): the print area stops before
 * the working notes, a page starts at each planned break, and the summary's charts are drawn with
 * the band colours; verified on the strict Excel fake.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../../src/core/analyze";
import { buildSummaryPlan } from "../../src/core/plan/build-summary";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { renderPlan } from "../../src/excel/render-plan";
import { readWorkbookFile } from "../../src/files/read-workbook";
import { makeExamples } from "../../scripts/make-examples";
import { NEWEST_EXCEL_API, createFakeExcel } from "../support/excel-fake";
import { baseSheet, plan } from "./plan-fixture";

const ctx = (fake: ReturnType<typeof createFakeExcel>) => fake.context as unknown as Excel.RequestContext;

test("print area and page breaks reach the worksheet", async () => {
  const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] }, { apiVersion: NEWEST_EXCEL_API });
  const sheet = baseSheet("KQ Xã A", [
    { row: 1, col: 1, value: "Xã A" },
    { row: 40, col: 9, value: "Biểu 01!E20" },
  ]);
  sheet.page = { ...sheet.page, printColumns: 8, rowBreaks: [25] };
  await renderPlan(ctx(fake), plan([sheet]), fake.api);
  expect(fake.workbook.sheet("KQ Xã A").pageLayout).toMatchObject({ printArea: "A1:H40", rowBreaks: [25] });
});

test("the demo's summary: a chart on every sheet, band colours per series, print area and title rows", async () => {
  const files = await makeExamples(mkdtempSync(join(tmpdir(), "render-print-")));
  const sources = [];
  for (const file of files) sources.push(await readWorkbookFile(file));
  const summary = buildSummaryPlan(analyze(sources, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
  const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] }, { apiVersion: NEWEST_EXCEL_API });
  await renderPlan(ctx(fake), summary, fake.api);
  const colours = Object.fromEntries(Object.values(DEFAULT_SETTINGS.colours).map((c, i) => [i, c]));
  for (const planSheet of summary.sheets) {
    const s = fake.workbook.sheet(planSheet.name);
    expect(s.charts).toHaveLength(1);
    expect(s.charts[0]).toMatchObject({ seriesBy: "Columns", seriesColors: colours });
    expect(s.charts[0].type).toBe(planSheet.role === "return" ? "ColumnClustered" : "BarStacked");
    const header = planSheet.page.printTitleRows!.from;
    expect(s.pageLayout.printTitleRows).toBe(`$${header}:$${header}`);
    if (planSheet.role === "return") expect(s.pageLayout.printArea).toMatch(/^A1:H\d+$/);
    // the scale the plan chose to print on fewer pages, else the width fit; breaks as planned
    expect(s.pageLayout.zoom).toEqual(
      planSheet.page.scale !== undefined
        ? { scale: planSheet.page.scale }
        : planSheet.page.fitToWidth
          ? { horizontalFitToPages: 1, verticalFitToPages: 0 }
          : {},
    );
    expect(s.pageLayout.rowBreaks ?? []).toEqual(planSheet.page.rowBreaks ?? []);
  }
  // the 34-indicator communes print at a chosen scale (two pages), not all sheets at the width fit
  expect(summary.sheets.some((sheet) => sheet.page.scale !== undefined)).toBe(true);
}, 120_000);
