/**
 * What Excel shows after writing. The fake computes the formulas the add-in writes (formulas.ts), so
 * the displayed value of every % and band cell can be compared with the engine's figure. In a
 * workbook set to manual calculation only the add-in's own recalculation makes them show anything.
 */
import { a1 } from "../../src/core/address";
import { analyze } from "../../src/core/analyze";
import { buildSummaryPlan } from "../../src/core/plan/build-summary";
import type { SummaryPlan } from "../../src/core/plan/types";
import { parseSettings } from "../../src/core/settings";
import { readWorkbookGrids } from "../../src/excel/read-grids";
import { renderPlan } from "../../src/excel/render-plan";
import { seedSheets } from "../../preview/seed";
import { type FakeExcel, NEWEST_EXCEL_API, createFakeExcel } from "../support/excel-fake";

const ctx = (fake: FakeExcel) => fake.context as unknown as Excel.RequestContext;
const settings = parseSettings({});

async function summaryOfTramTau(fake: FakeExcel): Promise<SummaryPlan> {
  const read = await readWorkbookGrids(ctx(fake), fake.api);
  const analysis = analyze([{ file: "xa-tram-tau.xlsx", grids: read.grids, findings: read.findings }], settings);
  return buildSummaryPlan(analysis, settings, { reservedNames: fake.workbook.sheetNames(), linkTo: "source" });
}

describe.each(["1.5", "1.7", NEWEST_EXCEL_API])("after writing on ExcelApi %s, in manual calculation", (apiVersion) => {
  test("every % and band formula shows the engine's figure, not 0", async () => {
    const fake = createFakeExcel({ sheets: seedSheets() }, { apiVersion });
    fake.workbook.raw.calculationMode = "Manual";
    const plan = await summaryOfTramTau(fake);
    const result = await renderPlan(ctx(fake), plan, fake.api);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    let checked = 0;
    let percents = 0;
    plan.sheets.forEach((planSheet, i) => {
      const written = fake.workbook.sheet(result.sheets[i]);
      for (const cell of planSheet.cells) {
        if (!cell.formula) continue;
        const got = written.cell(a1(cell.row, cell.col));
        const where = `${result.sheets[i]}!${a1(cell.row, cell.col)} =${cell.formula}`;
        if (typeof cell.value === "number") {
          percents++;
          expect([where, got?.value]).toEqual([where, expect.closeTo(cell.value, 9)]);
        } else expect([where, got?.value]).toEqual([where, cell.value ?? ""]);
        checked++;
      }
    });
    expect(percents).toBeGreaterThan(10);
    expect(checked).toBeGreaterThan(2 * percents - 1); // a band cell beside each % cell
  });
});

test("without a recalculation, manual calculation would leave the formulas showing 0 (the fake is not lenient)", async () => {
  const fake = createFakeExcel({ sheets: [{ name: "S", values: [[2, 3]] }] }, { apiVersion: NEWEST_EXCEL_API });
  fake.workbook.raw.calculationMode = "Manual";
  const range = fake.context.workbook.worksheets.getItem("S").getRange("C1");
  range.formulas = [["=B1/A1"]];
  await fake.context.sync();
  expect(fake.workbook.sheet("S").cell("C1")?.value).toBe(0);
  range.calculate();
  await fake.context.sync();
  expect(fake.workbook.sheet("S").cell("C1")?.value).toBe(1.5);
});
