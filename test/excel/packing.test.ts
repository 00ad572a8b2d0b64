/**
 * Packing write requests by what is really sent. Every sync is a network round trip in Excel on the
 * web, so batches should be nearly full; none may pass the cap as the fake counts the bytes.
 */
import { analyze } from "../../src/core/analyze";
import { buildSummaryPlan } from "../../src/core/plan/build-summary";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readWorkbookGrids } from "../../src/excel/read-grids";
import { renderPlan } from "../../src/excel/render-plan";
import { syntheticReturn } from "../../scripts/synthetic-returns";
import { type FakeExcel, NEWEST_EXCEL_API, createFakeExcel } from "../support/excel-fake";

const ctx = (fake: FakeExcel) => fake.context as unknown as Excel.RequestContext;

function communes(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const grid = syntheticReturn(i, 60);
    const values = grid.values.map((row) => row.map((v) => (v === null || typeof v === "object" ? null : v)));
    return {
      name: grid.sheet,
      values,
      numberFormats: values.map((row) => row.map((v) => (typeof v === "string" ? "@" : "General"))),
    };
  });
}

test.each([60_000, 250_000])(
  "12 communes under a %s-byte cap: every request within it, batches at least half full",
  async (cap) => {
    const fake = createFakeExcel({ sheets: communes(12) }, { apiVersion: NEWEST_EXCEL_API });
    const scan = await readWorkbookGrids(ctx(fake), fake.api);
    const analysis = analyze([{ file: "w", grids: scan.grids, findings: scan.findings }], DEFAULT_SETTINGS);
    const plan = buildSummaryPlan(analysis, DEFAULT_SETTINGS, {
      reservedNames: fake.workbook.sheetNames(),
      linkTo: "source",
    });
    const firstWrite = fake.stats.syncs + 3; // names, tags (custom properties), then writes
    const result = await renderPlan(ctx(fake), plan, fake.api, { maxRequestBytes: cap });
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    const writes = fake.stats.requestBytes.slice(firstWrite - 1, -1); // the last, finishing sync is small
    expect(writes.length).toBeGreaterThan(2);
    expect(Math.max(...writes)).toBeLessThanOrEqual(cap);
    const total = writes.reduce((a, b) => a + b, 0);
    // nearly full batches: no more syncs than the bytes need at half the cap, plus one
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(total / (cap / 2)) + 1);
  },
);
