import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze, type Analysis } from "../core/analyze";
import { buildSummaryPlan } from "../core/plan/build-summary";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";
import { readWorkbookFile } from "../files/read-workbook";
import { makeExamples } from "../../scripts/make-examples";
import { summaryHead, summarySheetCount, summarySheets } from "./summary-sheets";

let analysis: Analysis;
const english: Settings = { ...DEFAULT_SETTINGS, language: "en" };

beforeAll(async () => {
  const files = await makeExamples(mkdtempSync(join(tmpdir(), "summary-sheets-")));
  const sources = [];
  for (const file of files) {
    const source = await readWorkbookFile(file);
    sources.push({ file: source.file, grids: source.grids, findings: source.findings });
  }
  analysis = analyze(sources, DEFAULT_SETTINGS);
});

describe("summarySheets", () => {
  it("gives the sheets of buildSummaryPlan, in order, and the same head", () => {
    const plan = buildSummaryPlan(analysis, DEFAULT_SETTINGS);
    expect(plan.sheets.length).toBeGreaterThan(3);
    expect([...summarySheets(analysis, DEFAULT_SETTINGS)]).toEqual(plan.sheets);
    expect(summaryHead(DEFAULT_SETTINGS)).toEqual({ font: plan.font, styles: plan.styles, generator: plan.generator });
    expect(summarySheetCount(analysis)).toBe(plan.sheets.length);
  });

  it("names the sheets in the language asked for", () => {
    const names = [...summarySheets(analysis, english)].map((s) => s.name);
    expect(names).toEqual(buildSummaryPlan(analysis, english).sheets.map((s) => s.name));
    expect(names[0]).toBe("Consolidated");
    const plan = buildSummaryPlan(analysis, english);
    expect(summaryHead(english)).toEqual({ font: plan.font, styles: plan.styles, generator: plan.generator });
  });

  it("builds a sheet only when it is asked for", () => {
    const sheets = summarySheets(analysis, DEFAULT_SETTINGS);
    const first = sheets.next();
    expect(first.done).toBe(false);
    expect(first.value?.role).toBe("consolidated");
    const second = sheets.next();
    expect(second.value?.role).toBe("return");
  });

  it("gives one return sheet and no consolidated sheet for a single return", () => {
    const one: Analysis = { ...analysis, returns: analysis.returns.slice(0, 1), consolidation: null };
    const sheets = [...summarySheets(one, DEFAULT_SETTINGS)];
    expect(sheets.map((s) => s.role)).toEqual(["return"]);
    expect(sheets).toEqual(buildSummaryPlan(one, DEFAULT_SETTINGS).sheets);
    expect(summarySheetCount(one)).toBe(1);
  });
});
