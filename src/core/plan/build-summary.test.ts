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
    expect(summaryHead(english)).toEqual({
      font: plan.font,
      styles: buildSummaryPlan(analysis, english).styles,
      generator: plan.generator,
    });
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

  it("gives a row two lines where its unit or aggregation wraps, not only its name or note", () => {
    const plan = buildSummaryPlan(analysis, DEFAULT_SETTINGS);
    const [consolidated, firstReturn] = plan.sheets;
    expect(firstReturn.role).toBe("return");
    const rowsWith = (sheet: typeof consolidated, col: number, text: string) =>
      sheet.cells.filter((c) => c.col === col && c.value === text).map((c) => c.row);
    const weighted = rowsWith(consolidated, 4, "Bình quân gia quyền");
    const money = rowsWith(consolidated, 3, "triệu đồng"); // 9 characters wide there
    expect(weighted.length).toBeGreaterThan(0);
    expect(money.length).toBeGreaterThan(0);
    for (const row of weighted) expect(consolidated.rowHeights[row]).toBeGreaterThanOrEqual(30);
    for (const row of money) expect(consolidated.rowHeights[row]).toBeGreaterThanOrEqual(30);
    // in a return's 10-wide unit column "triệu đồng" fits one line: such a row with a short name and
    // no note keeps the default height
    const oneLine = plan.sheets
      .filter((sheet) => sheet.role === "return")
      .flatMap((sheet) => {
        const at = (row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col)?.value ?? null;
        return rowsWith(sheet, 3, "triệu đồng")
          .filter((row) => String(at(row, 2)).length < 30 && at(row, 8) === null)
          .map((row) => sheet.rowHeights[row]);
      });
    expect(oneLine.length).toBeGreaterThan(0);
    expect(oneLine.filter((height) => height !== undefined)).toEqual([]);
  });
});
