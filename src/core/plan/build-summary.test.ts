import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Analysis, analyze } from "../analyze";
import { DEFAULT_SETTINGS, type Settings } from "../settings";
import { readWorkbookFile } from "../../files/read-workbook";
import { makeExamples } from "../../../scripts/make-examples";
import { buildSummaryPlan, summaryHead, summarySheetCount, summarySheets } from "./build-summary";

let analysis: Analysis;
const english: Settings = { ...DEFAULT_SETTINGS, language: "en" };

beforeAll(async () => {
  const files = await makeExamples(mkdtempSync(join(tmpdir(), "build-summary-")));
  const sources = [];
  for (const file of files) sources.push(await readWorkbookFile(file));
  analysis = analyze(sources, DEFAULT_SETTINGS);
});

describe("the summary plan", () => {
  it("puts the consolidated sheet first, then one sheet per return, named in the language asked for", () => {
    const plan = buildSummaryPlan(analysis, DEFAULT_SETTINGS);
    expect(plan.sheets.map((s) => s.role)).toEqual(["consolidated", ...analysis.returns.map(() => "return")]);
    expect(plan.sheets[0].name).toBe("Tổng hợp");
    expect(plan.sheets[1].name).toBe(`KQ ${analysis.returns[0].ret.area}`);
    expect(buildSummaryPlan(analysis, english).sheets[0].name).toBe("Consolidated");
    expect(summarySheetCount(analysis)).toBe(plan.sheets.length);
    expect(summaryHead(english)).toEqual({ font: plan.font, styles: buildSummaryPlan(analysis, english).styles, generator: plan.generator });
  });

  it("keeps clear of reserved names (the user's own sheets), whatever their case", () => {
    const area = analysis.returns[0].ret.area;
    const plan = buildSummaryPlan(analysis, DEFAULT_SETTINGS, { reservedNames: ["tổng hợp", `KQ ${area}`] });
    const names = plan.sheets.map((s) => s.name);
    expect(names).not.toContain("Tổng hợp");
    expect(names).not.toContain(`KQ ${area}`);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("builds each sheet only when the writer asks for it", () => {
    const touched: number[] = [];
    const returns = new Proxy(analysis.returns, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) touched.push(Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    const sheets = summarySheets({ ...analysis, returns }, DEFAULT_SETTINGS);
    expect(sheets.next().value?.role).toBe("consolidated");
    expect(touched).toEqual([]);
    expect(sheets.next().value?.role).toBe("return");
    expect(touched).toEqual([0]);
  });

  it("gives one return sheet and no consolidated sheet for a single return", () => {
    const one: Analysis = { ...analysis, returns: analysis.returns.slice(0, 1), consolidation: null };
    expect([...summarySheets(one, DEFAULT_SETTINGS)].map((s) => s.role)).toEqual(["return"]);
    expect(summarySheetCount(one)).toBe(1);
  });
});
