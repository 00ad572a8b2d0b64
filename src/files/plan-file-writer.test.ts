import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { analyze } from "../core/analyze";
import { buildSummaryPlan } from "../core/plan/build-summary";
import type { PlanSheet, SummaryPlan } from "../core/plan/types";
import { DEFAULT_SETTINGS } from "../core/settings";
import { templateWorkbook } from "../core/templates/blank-return";
import { makeExamples } from "../../scripts/make-examples";
import { PlanFileWriter, writePlanSheetsFile } from "./plan-file-writer";
import { readWorkbookFile } from "./read-workbook";
import { writePlanFile, writePlanToWorkbook } from "./write-plan";

const dir = mkdtempSync(join(tmpdir(), "plan-file-writer-"));

async function summaryOfExamples(): Promise<SummaryPlan> {
  const files = await makeExamples(join(dir, "examples"));
  const sources = [];
  for (const file of files) {
    const source = await readWorkbookFile(file);
    sources.push({ file: source.file, grids: source.grids, findings: source.findings });
  }
  return buildSummaryPlan(analyze(sources, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
}

type Internal = { conditionalFormattings: unknown[] };

/** Everything a reader of the file sees, sheet by sheet, as plain data to compare. */
function dump(book: ExcelJS.Workbook): unknown[] {
  return book.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        cells.push({
          at: [r, c],
          type: cell.type,
          value: cell.value,
          style: cell.style,
          dataValidation: cell.dataValidation,
        });
      });
    });
    return {
      name: ws.name,
      state: ws.state,
      tabColor: ws.properties.tabColor,
      views: ws.views,
      pageSetup: ws.pageSetup,
      headerFooter: ws.headerFooter,
      merges: [...ws.model.merges].sort(),
      widths: (ws.columns ?? []).map((col) => col.width),
      heights: ws.getSheetValues().map((_, r) => ws.getRow(r).height),
      conditionalFormats: (ws as unknown as Internal).conditionalFormattings,
      cells,
    };
  });
}

async function readBack(source: string | Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  if (typeof source === "string") await book.xlsx.readFile(source);
  else await book.xlsx.load(source as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return book;
}

async function inMemoryCopy(plan: SummaryPlan): Promise<ExcelJS.Workbook> {
  return readBack(Buffer.from(await writePlanToWorkbook(plan).xlsx.writeBuffer()));
}

describe("writing a plan sheet by sheet", () => {
  it("gives the same workbook as the in-memory writer: the summary of the examples", async () => {
    const plan = await summaryOfExamples();
    plan.sheets[0].tabColor = "#1F4E79"; // the plan may colour tabs; the builders do not yet
    const file = join(dir, "summary.xlsx");
    await writePlanFile(plan, file);
    const streamed = await readBack(file);
    expect(streamed.creator).toBe("commune-targets");
    expect(streamed.worksheets).toHaveLength(plan.sheets.length);
    // Sanity: the dump holds what the comparison is about (links, formulas, rules, print titles).
    const summary = streamed.getWorksheet("Tổng hợp")!;
    expect(summary.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    expect((summary as unknown as Internal).conditionalFormattings.length).toBeGreaterThan(0);
    expect(summary.properties.tabColor?.argb).toBe("FF1F4E79");
    expect(summary.views[0]).toMatchObject({ state: "frozen" });
    expect(dump(streamed)).toEqual(dump(await inMemoryCopy(plan)));
  });

  it("gives the same workbook as the in-memory writer: the templates, with their dropdowns", async () => {
    const plan = templateWorkbook(DEFAULT_SETTINGS);
    const file = join(dir, "templates.xlsx");
    await writePlanFile(plan, file);
    const streamed = await readBack(file);
    const withDropdown = dump(streamed).flatMap((s) => (s as { cells: Array<{ dataValidation?: unknown }> }).cells);
    expect(withDropdown.some((c) => c.dataValidation)).toBe(true);
    expect(dump(streamed)).toEqual(dump(await inMemoryCopy(plan)));
  });

  it.each([
    ["streamed into the file", undefined],
    ["kept for finishing", () => []],
  ])("finishes each sheet before it takes the next one from the source (%s)", async (_, finish) => {
    const plan = templateWorkbook(DEFAULT_SETTINGS);
    const file = join(dir, "one-by-one.xlsx");
    const writer = await PlanFileWriter.open(file, plan, { finish });
    const seen: number[] = [];
    function* lazily(): Generator<PlanSheet> {
      for (const sheet of plan.sheets) {
        seen.push(writer.sheetCount);
        yield sheet;
      }
    }
    for (const sheet of lazily()) await writer.addSheet(sheet);
    await writer.close();
    expect(seen).toEqual(plan.sheets.map((_, i) => i));
    expect((await readBack(file)).worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
  });

  it("refuses a second sheet of the same name (ignoring case) and leaves no partial file", async () => {
    const plan = templateWorkbook(DEFAULT_SETTINGS);
    const twice = { ...plan.sheets[0], name: plan.sheets[0].name.toUpperCase() };
    const file = join(dir, "twice.xlsx");
    await expect(writePlanSheetsFile(plan, [plan.sheets[0], twice], file)).rejects.toThrow(/already exists/);
    expect(existsSync(file)).toBe(false);
  });

  it("rejects, rather than hangs, when the file cannot be written", async () => {
    const plan = templateWorkbook(DEFAULT_SETTINGS);
    const folder = join(dir, "a-folder.xlsx");
    await writePlanFile(plan, join(folder, "inside.xlsx")); // makes the folder
    expect(statSync(folder).isDirectory()).toBe(true);
    await expect(writePlanFile(plan, folder)).rejects.toThrow();
  });
});
