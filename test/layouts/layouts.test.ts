/**
 * The layout corpus (cases.ts): every return read as it was typed. Each case's figures were worked
 * out by hand; the reader must give exactly those, from the grids the shells hand over and from the
 * .xlsx files through the command line's reader.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze, type Analysis } from "../../src/core/analyze";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readWorkbookFile } from "../../src/files/read-workbook";
import { CASES } from "./cases";
import { gridOfSheet, type ExpectedRow, type LayoutCase } from "./describe";
import { makeLayouts } from "./make-layouts";

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** What was read, per sheet, in the shape of the expectations. */
function readAs(analysis: Analysis, layout: LayoutCase) {
  const out: Record<string, unknown> = {};
  for (const sheet of layout.sheets) {
    const ret = analysis.returns.find((r) => r.ret.sheet === sheet.name)?.ret;
    if (ret === undefined) {
      out[sheet.name] = analysis.skipped.some((s) => s.sheet === sheet.name) ? "skipped" : "missing";
      continue;
    }
    out[sheet.name] = {
      area: ret.area,
      rows: ret.indicators.map((i): ExpectedRow => [i.name, i.planValue, i.actualValue, round1(i.achievement), i.band]),
    };
  }
  return out;
}

/** Problems that mean a layout was not understood. */
const NOT_UNDERSTOOD = new Set([
  "sheet-no-header",
  "sheet-no-plan-column",
  "sheet-no-actual-column",
  "row-without-name",
  "value-not-number",
]);

describe("the layout corpus", () => {
  it("has at least 40 layouts, each named once, each with a description and an expectation per sheet", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    for (const layout of CASES) {
      expect(layout.description.length).toBeGreaterThan(10);
      expect(Object.keys(layout.expect).sort()).toEqual(layout.sheets.map((s) => s.name).sort());
    }
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s: reads the figures a person reads", (_, layout) => {
    const analysis = analyze(
      [{ file: `${layout.name}.xlsx`, grids: layout.sheets.map(gridOfSheet), findings: [] }],
      DEFAULT_SETTINGS,
    );
    expect(readAs(analysis, layout)).toEqual(layout.expect);
    expect(analysis.problems.filter((p) => NOT_UNDERSTOOD.has(p.code)).map((p) => p.code)).toEqual(
      layout.problems ?? [],
    );
  });

  it("reads the same from the .xlsx files the generator writes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "layouts-"));
    try {
      const files = await makeLayouts(dir);
      expect(files).toHaveLength(CASES.length);
      for (const [i, layout] of CASES.entries()) {
        const source = await readWorkbookFile(files[i]);
        const analysis = analyze(
          [{ file: source.file, grids: source.grids, findings: source.findings }],
          DEFAULT_SETTINGS,
        );
        expect({ name: layout.name, read: readAs(analysis, layout) }).toEqual({
          name: layout.name,
          read: layout.expect,
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
