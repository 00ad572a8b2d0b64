/**
 * The plan writer's own SpreadsheetML (sheetml/) against exceljs's in-memory writer
 * (writePlanToWorkbook, the oracle): the same plans written both ways, both files loaded back with
 * exceljs and with our reader, and compared cell by cell (value, formula, cached result, type,
 * style) and sheet by sheet (merges, conditional formats, dropdowns, views, page setup, margins,
 * footer, widths, heights, print titles and areas, names and order).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { analyze } from "../core/analyze";
import { buildSummaryPlan } from "../core/plan/build-summary";
import type { SummaryPlan } from "../core/plan/types";
import { DEFAULT_SETTINGS } from "../core/settings";
import { templateWorkbook } from "../core/templates/blank-return";
import { makeExamples } from "../../scripts/make-examples";
import { syntheticReturns } from "../../scripts/synthetic-returns";
import { sheetFinish } from "./package-finish";
import { writePlanSheetsFile } from "./plan-file-writer";
import { readWorkbookFile } from "./read-workbook";
import { writePlanFile, writePlanToWorkbook } from "./write-plan";
import { readXlsx } from "./xlsx/read-xlsx";
import { hostilePlan } from "../../test/support/hostile-plan";

const dir = mkdtempSync(join(tmpdir(), "plan-file-equivalence-"));

type Internal = { conditionalFormattings: unknown[] };

/** Everything a reader of the file sees, sheet by sheet, as plain data to compare. */
function dump(book: ExcelJS.Workbook): unknown {
  const sheets = book.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Null && !cell.dataValidation) return;
        cells.push({
          at: [r, c],
          type: cell.type,
          value: cell.value,
          formula: cell.formula,
          result: cell.result,
          font: cell.font,
          fill: cell.fill,
          border: cell.border,
          alignment: cell.alignment,
          numFmt: cell.numFmt,
          dataValidation: cell.dataValidation,
        });
      });
    });
    const heights: Array<[number, number]> = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height) heights.push([r, row.height]);
    });
    return {
      name: ws.name,
      state: ws.state,
      tabColor: ws.properties.tabColor,
      defaultRowHeight: ws.properties.defaultRowHeight,
      views: (ws.views ?? []).map((v) => ({ ...v })),
      pageSetup: ws.pageSetup,
      headerFooter: ws.headerFooter,
      merges: [...ws.model.merges].sort(),
      // exceljs's writer (the oracle) leaves a width of 9 out, as its default; the plan writer writes it
      widths: (ws.columns ?? []).map((col) => col.width ?? 9),
      heights,
      conditionalFormats: (ws as unknown as Internal).conditionalFormattings,
      cells,
    };
  });
  return { creator: book.creator, lastModifiedBy: book.lastModifiedBy, description: book.description, sheets };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return book;
}

let counter = 0;

/** The plan written by the plan writer (finished, as the command line writes it, or without finishing). */
async function written(plan: SummaryPlan, finished = true): Promise<Uint8Array> {
  const file = join(dir, `new-${counter++}.xlsx`);
  if (finished) await writePlanFile(plan, file);
  else await writePlanSheetsFile(plan, plan.sheets, file);
  return readFileSync(file);
}

async function oracle(plan: SummaryPlan): Promise<Uint8Array> {
  return new Uint8Array(await writePlanToWorkbook(plan).xlsx.writeBuffer());
}

/** `unfinished`: also the file without charts, page breaks and print areas. */
async function expectSameWorkbook(plan: SummaryPlan, unfinished = true): Promise<void> {
  const expected = await oracle(plan);
  for (const finished of unfinished ? [true, false] : [true]) {
    const actual = await written(plan, finished);
    const [a, b] = [dump(await load(actual)), dump(await load(expected))];
    if (finished) expect(a).toEqual(b);
    else {
      // Without finishing: no print areas (package-finish.ts adds them).
      const strip = (d: unknown) =>
        JSON.parse(JSON.stringify(d), (k, v: unknown) => (k === "printArea" ? undefined : v)) as unknown;
      expect(strip(a)).toEqual(strip(b));
    }
    expect(readXlsx(actual, "x.xlsx")).toEqual(readXlsx(expected, "x.xlsx"));
  }
}

async function summaryOfExamples(): Promise<SummaryPlan> {
  const files = await makeExamples(join(dir, "examples"));
  const sources = [];
  for (const file of files) {
    const source = await readWorkbookFile(file);
    sources.push({ file: source.file, grids: source.grids, findings: source.findings });
  }
  return buildSummaryPlan(analyze(sources, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
}

function consolidatedOf100(): SummaryPlan {
  const sources = syntheticReturns(100, 30).map((grid, i) => ({
    file: `xa-${String(i + 1).padStart(3, "0")}.xlsx`,
    grids: [grid],
    findings: [],
  }));
  return buildSummaryPlan(analyze(sources, DEFAULT_SETTINGS), DEFAULT_SETTINGS);
}

describe("the plan writer's SpreadsheetML gives the workbook exceljs's in-memory writer gives", () => {
  it("on the summary of the examples (charts, links, formulas, bands, print titles)", async () => {
    const plan = await summaryOfExamples();
    plan.sheets[0].tabColor = "#1F4E79"; // the plan may colour tabs; the builders do not yet
    await expectSameWorkbook(plan);
    // Sanity: the comparison holds what it is about (links, formulas, rules, print titles).
    const book = await load(await written(plan));
    expect(book.creator).toBe("commune-targets");
    expect(book.worksheets).toHaveLength(plan.sheets.length);
    const summary = book.getWorksheet("Tổng hợp")!;
    expect(summary.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    expect((summary as unknown as Internal).conditionalFormattings.length).toBeGreaterThan(0);
    expect(summary.properties.tabColor?.argb).toBe("FF1F4E79");
    expect(summary.views[0]).toMatchObject({ state: "frozen" });
  });

  it("on hostile texts and every sheet option a plan can ask for", async () => {
    const plan = hostilePlan();
    await expectSameWorkbook(plan);
    // Sanity: the comparison is about something.
    const book = await load(await written(plan));
    const ws = book.getWorksheet("Tổng hợp")!;
    expect(ws.getCell("A2").value).toBe("=SUM(A1)");
    expect(ws.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("A8").value).toBe("abcdef");
    expect(ws.getCell("B9").result).toBe("Đạt <100%>");
    expect(ws.getCell("B8").numFmt).toBe("0.0%");
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1 });
    expect(ws.pageSetup.printArea).toBe("A1:D30");
    expect(book.getWorksheet("Xã Ia H'Drai")!.pageSetup.printTitlesRow).toBe("2:3");
  });

  it("on the templates, with their dropdowns", async () => {
    await expectSameWorkbook(templateWorkbook(DEFAULT_SETTINGS));
  });

  it("on the consolidated summary of 100 returns", async () => {
    const plan = consolidatedOf100();
    expect(plan.sheets.length).toBe(101);
    await expectSameWorkbook(plan, false);
  });
});

describe("the plan writer's own parts", () => {
  it("keeps a text that looks like Excel's escape (_x0041_) as typed; exceljs's writer let it become 'A'", async () => {
    const plan = hostilePlan();
    plan.sheets = [{ ...plan.sheets[3], cells: [{ row: 1, col: 1, value: "_x0041_ and _x00e9_" }] }];
    const bytes = await written(plan);
    expect((await load(bytes)).worksheets[0].getCell("A1").value).toBe("_x0041_ and _x00e9_");
    expect(readXlsx(bytes, "x.xlsx").grids[0].values[0][0]).toBe("_x0041_ and _x00e9_");
  });

  it("writes every column width the plan gives, 9 included (exceljs left 9 out, so it printed at 8.43)", async () => {
    const plan = consolidatedOf100();
    plan.sheets = [plan.sheets.find((s) => s.role === "consolidated")!];
    const sheet = (await load(await written(plan))).worksheets[0];
    const widths = plan.sheets[0].columnWidths;
    expect(widths.filter((w) => w === 9).length).toBeGreaterThan(100);
    widths.forEach((width, i) => {
      if (width > 0) expect({ column: i + 1, width: sheet.getColumn(i + 1).width }).toEqual({ column: i + 1, width });
    });
  });

  it("says stopIfTrue on every rule (first rule wins, as the pane's writer says), with a dxf per look", async () => {
    const bytes = await written(hostilePlan());
    const parts = unzipSync(bytes);
    const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
    const rules = sheet.match(/<cfRule [^>]*>/g) ?? [];
    expect(rules).toHaveLength(4);
    for (const rule of rules) expect(rule).toContain('stopIfTrue="1"');
    expect(rules.map((r) => /priority="(\d+)"/.exec(r)![1])).toEqual(["1", "2", "3", "4"]);
    // the first and the last rule look the same: one dxf
    const styles = strFromU8(parts["xl/styles.xml"]);
    expect(styles).toMatch(/<dxfs count="3">/);
  });

  it("finishes the sheets as package-finish.ts asks: row breaks, print areas, charts", async () => {
    const plan = hostilePlan();
    plan.sheets[2].charts = [
      {
        type: "columnClustered",
        title: "Số",
        data: { top: 1, left: 1, bottom: 3, right: 2 },
        anchor: { top: 32, left: 1, bottom: 45, right: 6 },
      },
    ];
    const bytes = await written(plan);
    const parts = unzipSync(bytes);
    const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
    expect(sheet).toMatch(/<\/headerFooter><rowBreaks count="2" manualBreakCount="2">.*<\/rowBreaks><\/worksheet>$/);
    const third = strFromU8(parts["xl/worksheets/sheet3.xml"]);
    expect(third).toMatch(/<pageSetup [^>]*\/><drawing r:id="rIdDrawing1"\/><\/worksheet>$/);
    expect(strFromU8(parts["xl/worksheets/_rels/sheet3.xml.rels"])).toContain('Target="../drawings/drawing1.xml"');
    expect(strFromU8(parts["xl/drawings/_rels/drawing1.xml.rels"])).toContain('Target="../charts/chart1.xml"');
    expect(strFromU8(parts["xl/charts/chart1.xml"])).toContain("&apos;Cột&apos;!$A$2:$A$3".replace(/&apos;/g, "'"));
    expect(strFromU8(parts["[Content_Types].xml"])).toContain('<Override PartName="/xl/charts/chart1.xml"');
    expect(sheetFinish(plan.sheets[0]).printArea).toEqual({ right: 4, bottom: 30 });
    expect(strFromU8(parts["xl/workbook.xml"])).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Xã Ia H&apos;&apos;Drai&apos;!$2:$3</definedName>',
    );
  });
});
