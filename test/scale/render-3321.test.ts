/**
 * Scale on the strict Excel fake: a consolidation of all 3,321 commune-level units written through
 * Office.js. Only the consolidated sheet is rendered (the plan's 3,321 return sheets are dropped:
 * rendering them all on the fake takes minutes); that sheet alone is ~200,000 cells, far over the
 * 5 MB request limit in one piece, so it must be cut into chunks of under 4 MB each.
 */
import { columnLetters } from "../../src/core/address";
import { analyze } from "../../src/core/analyze";
import { buildSummaryPlan } from "../../src/core/plan/build-summary";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { renderPlan } from "../../src/excel/render-plan";
import { createFakeExcel } from "../support/excel-fake";
import { syntheticReturns } from "../../scripts/synthetic-returns";

const AREAS = 3321;
const FOUR_MB = 4 * 1024 * 1024;

test("a 3,321-area consolidated sheet is written in requests under 4 MB each", async () => {
  const analysis = analyze([{ file: "tinh.xlsx", grids: syntheticReturns(AREAS, 60), findings: [] }], DEFAULT_SETTINGS);
  expect(analysis.consolidation?.consolidation.areas).toHaveLength(AREAS);
  const plan = buildSummaryPlan(analysis, DEFAULT_SETTINGS, { reservedNames: ["Sheet1"] });
  expect(plan.sheets).toHaveLength(AREAS + 1);
  plan.sheets = plan.sheets.filter((s) => s.role === "consolidated");
  const sheet = plan.sheets[0];
  const planBytes = JSON.stringify(sheet.cells).length;
  expect(planBytes).toBeGreaterThan(5 * 1024 * 1024); // one request could not hold it

  const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] });
  const result = await renderPlan(fake.context as unknown as Excel.RequestContext, plan, fake.api);
  expect(result).toEqual({ sheets: [sheet.name], findings: [] });
  // every request under 4 MB (the fake would have thrown RequestPayloadSizeLimitExceeded over 5 MB)
  expect(fake.stats.requestBytes.length).toBeGreaterThan(2);
  expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(FOUR_MB);
  // the write needed more than one sync: it was chunked
  expect(fake.stats.calculationSuspendedSyncs.length).toBeGreaterThan(1);

  // what arrived: every area's header, the last one in column J + 3,320, and its figures
  const view = fake.workbook.sheet(sheet.name);
  expect(fake.workbook.sheetNames()).toEqual(["Sheet1", sheet.name]);
  const lastCol = columnLetters(10 + AREAS - 1);
  const h = sheet.page.printTitleRows!.from; // the table's header row
  expect(view.cell(`J${h}`)?.value).toBe("Xã Số 1");
  expect(view.cell(`${lastCol}${h}`)?.value).toBe(`Xã Số ${AREAS}`);
  expect(view.cell(`${columnLetters(10 + AREAS)}${h}`)?.value).toBe("Ghi chú");
  const headerRow = view.values(`J${h}:${lastCol}${h}`)[0];
  expect(headerRow).toEqual(Array.from({ length: AREAS }, (_, i) => `Xã Số ${i + 1}`));
  const planned = sheet.cells.filter((c) => c.col === 10 + AREAS - 1 && c.row > h && typeof c.value === "number");
  expect(planned.length).toBe(60);
  for (const cell of planned) expect(view.cell(`${lastCol}${cell.row}`)?.value).toBeCloseTo(cell.value as number, 9);
}, 300_000);
