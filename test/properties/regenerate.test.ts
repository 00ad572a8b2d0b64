/**
 * Property: regenerating the summary is idempotent. The same returns give deep-equal plans, and
 * rendering a plan twice into the same workbook replaces the first run: the same sheets, in the
 * same order, with the same cells, and the user's own sheet untouched.
 */
import fc from "fast-check";
import { analyze, type SourceWorkbook } from "../../src/core/analyze";
import { buildSummaryPlan } from "../../src/core/plan/build-summary";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/core/settings";
import { renderPlan } from "../../src/excel/render-plan";
import { syntheticReturn } from "../../scripts/synthetic-returns";
import { createFakeExcel, type FakeExcel } from "../support/excel-fake";

const ctx = (fake: FakeExcel) => fake.context as unknown as Excel.RequestContext;

function sources(first: number, count: number, indicators: number): SourceWorkbook[] {
  return Array.from({ length: count }, (_, i) => ({
    file: `xa-${first + i}.xlsx`,
    grids: [syntheticReturn(first + i, indicators)],
    findings: [],
  }));
}

/** Every sheet's name and its used range's values. */
function snapshot(fake: FakeExcel) {
  return fake.workbook.sheetNames().map((name) => ({ name, values: fake.workbook.sheet(name).values() }));
}

const input = fc.record({
  first: fc.integer({ min: 0, max: 100 }),
  count: fc.integer({ min: 1, max: 4 }),
  indicators: fc.integer({ min: 1, max: 15 }),
  language: fc.constantFrom("vi" as const, "en" as const),
});

describe("regenerating the summary", () => {
  it("analyze + buildSummaryPlan twice gives deep-equal plans", () => {
    fc.assert(
      fc.property(input, ({ first, count, indicators, language }) => {
        const settings = parseSettings({ language });
        const once = buildSummaryPlan(analyze(sources(first, count, indicators), settings), settings);
        const twice = buildSummaryPlan(analyze(sources(first, count, indicators), settings), settings);
        expect(twice).toEqual(once);
        expect(once.sheets.length).toBe(count >= 2 ? count + 1 : count);
      }),
      { numRuns: 40 },
    );
  });

  it("renderPlan twice into the same workbook leaves identical sheets: the second run replaces the first", async () => {
    await fc.assert(
      fc.asyncProperty(input, async ({ first, count, indicators }) => {
        const settings = DEFAULT_SETTINGS;
        const own = { name: "Sheet1", values: [["Số liệu của tôi", 42]] };
        const fake = createFakeExcel({ sheets: [own] });
        const plan = () =>
          buildSummaryPlan(analyze(sources(first, count, indicators), settings), settings, {
            reservedNames: ["Sheet1"],
          });

        const one = await renderPlan(ctx(fake), plan(), fake.api);
        expect(one.findings).toEqual([]);
        const afterOne = snapshot(fake);
        const two = await renderPlan(ctx(fake), plan(), fake.api);
        expect(two.findings).toEqual([]);
        expect(two.sheets).toEqual(one.sheets);
        const afterTwo = snapshot(fake);

        expect(afterTwo).toEqual(afterOne);
        expect(fake.workbook.sheetNames()).toEqual(["Sheet1", ...one.sheets]);
        expect(fake.workbook.sheet("Sheet1").values()).toEqual([["Số liệu của tôi", 42]]);
        // the same as one run into a fresh workbook: nothing of the first run is left over
        const fresh = createFakeExcel({ sheets: [own] });
        await renderPlan(ctx(fresh), plan(), fresh.api);
        expect(snapshot(fresh)).toEqual(afterTwo);
        expect(afterTwo.slice(1).every((s) => s.values.length > 0)).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});
