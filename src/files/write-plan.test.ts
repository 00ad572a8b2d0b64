import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import type { PlanSheet, SummaryPlan } from "../core/plan/types";
import { footerCode } from "./sheet-setup";
import { hyperlinkFormula, writePlanFile, writePlanToWorkbook } from "./write-plan";

const FONT = { name: "Arial", size: 11 };

function basePage(): PlanSheet["page"] {
  return {
    paper: "A4",
    orientation: "landscape",
    fitToWidth: true,
    printTitleRows: { from: 3, to: 4 },
    footer: "Trang",
  };
}

function samplePlan(): SummaryPlan {
  const summary: PlanSheet = {
    name: "Tổng hợp",
    role: "consolidated",
    cells: [
      { row: 1, col: 1, value: "BÁO CÁO TỔNG HỢP", style: "title" },
      { row: 3, col: 1, value: "Chỉ tiêu", style: "header" },
      { row: 3, col: 2, value: "Kế hoạch", style: "header" },
      { row: 3, col: 3, value: "Thực hiện", style: "header" },
      { row: 3, col: 4, value: "% KH", style: "header" },
      { row: 5, col: 1, value: "=SUM(A1)", style: "name" },
      { row: 5, col: 2, value: 400, style: "number" },
      { row: 5, col: 3, value: 347, style: "number" },
      { row: 5, col: 4, value: 0.8675, formula: "C5/B5", style: "percent" },
      { row: 6, col: 1, value: "- hộ nghèo", style: "name" },
      { row: 6, col: 2, value: 30 },
      { row: 6, col: 3, value: true },
      { row: 7, col: 1, value: "Xã Trạm Tấu", link: { sheet: "Xã Trạm Tấu", cell: "B5" }, style: "link" },
      { row: 8, col: 1, value: "+ Trong đó: nữ" },
      { row: 8, col: 2, value: null, style: "number" },
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
    columnWidths: [40, 12, 12, 10],
    rowHeights: { 1: 30 },
    conditionalFormats: [
      {
        range: { top: 5, left: 4, bottom: 8, right: 4 },
        rules: [
          { formula: "AND(ISNUMBER($D5),$D5>=1)", fill: "#9FD9B4", band: "met" },
          { formula: "AND(ISNUMBER($D5),$D5>=0.7)", fill: "#FFE699", band: "near" },
          { formula: "ISNUMBER($D5)", fill: "#E8898A", color: "#000000", bold: true, band: "low" },
        ],
      },
    ],
    charts: [
      {
        type: "barStacked",
        title: "Bands",
        data: { top: 3, left: 1, bottom: 5, right: 4 },
        anchor: { top: 10, left: 1, bottom: 20, right: 6 },
      },
    ],
    freeze: { rows: 4, columns: 1 },
    page: basePage(),
    tabColor: "#1F4E79",
  };
  const commune: PlanSheet = {
    name: "Xã Trạm Tấu",
    role: "return",
    source: { file: "xa-tram-tau.xlsx", sheet: "Sheet1" },
    cells: [
      { row: 5, col: 2, value: "Thu ngân sách", style: "name" },
      { row: 5, col: 3, value: 33, style: "number" },
    ],
    merges: [],
    columnWidths: [],
    rowHeights: {},
    conditionalFormats: [],
    charts: [],
    freeze: null,
    page: { paper: "A4", orientation: "portrait", fitToWidth: false, printTitleRows: null, footer: null },
  };
  return {
    font: FONT,
    styles: {
      title: { bold: true, size: 14, horizontal: "center" },
      header: { bold: true, fill: "#DDEBF7", border: true, wrap: true, vertical: "middle", horizontal: "center" },
      name: { indent: 1, border: true },
      number: { numberFormat: "#,##0.##", border: true, horizontal: "right" },
      percent: { numberFormat: "0.0%", italic: true, color: "#C00000" },
      link: { underline: true, color: "#0563C1" },
    },
    sheets: [summary, commune],
    generator: { name: "commune-targets", version: "0.1.0" },
  };
}

describe("writePlanFile", () => {
  let book: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  const path = join(mkdtempSync(join(tmpdir(), "write-plan-")), "nested", "out", "tong-hop.xlsx");

  beforeAll(async () => {
    await writePlanFile(samplePlan(), path); // the parent folders do not exist yet
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    sheet = book.getWorksheet("Tổng hợp")!;
  });

  it("writes every sheet in order and marks the workbook as generated", () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Xã Trạm Tấu"]);
    expect(book.creator).toBe("commune-targets");
    expect(book.getWorksheet("Xã Trạm Tấu")!.getCell("C5").value).toBe(33);
  });

  it("keeps strings that look like formulas as text", () => {
    for (const address of ["A5", "A6", "A8"]) {
      const cell = sheet.getCell(address);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeFalsy();
    }
    expect(sheet.getCell("A5").value).toBe("=SUM(A1)");
    expect(sheet.getCell("A6").value).toBe("- hộ nghèo");
    expect(sheet.getCell("A8").value).toBe("+ Trong đó: nữ");
  });

  it("writes numbers, booleans and formulas with their cached result", () => {
    expect(sheet.getCell("B5").type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell("B5").value).toBe(400);
    expect(sheet.getCell("C6").value).toBe(true);
    const d5 = sheet.getCell("D5");
    expect(d5.type).toBe(ExcelJS.ValueType.Formula);
    expect(d5.formula).toBe("C5/B5");
    expect(d5.result).toBe(0.8675);
  });

  it("applies the plan font to every written cell, and the styles", () => {
    for (const address of ["A1", "A3", "A5", "B5", "D5", "C6", "A7", "B8"]) {
      expect(sheet.getCell(address).font?.name).toBe("Arial");
    }
    expect(sheet.getCell("A1").font?.size).toBe(14);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getCell("B5").font?.size).toBe(11);
    expect(sheet.getCell("D5").font?.italic).toBe(true);
    expect(sheet.getCell("D5").font?.color?.argb).toBe("FFC00000");
    expect(sheet.getCell("B5").numFmt).toBe("#,##0.##");
    expect(sheet.getCell("D5").numFmt).toBe("0.0%");
    const fill = sheet.getCell("B3").fill as ExcelJS.FillPattern;
    expect(fill.pattern).toBe("solid");
    expect(fill.fgColor?.argb).toBe("FFDDEBF7");
    expect(sheet.getCell("B3").alignment).toMatchObject({ wrapText: true, vertical: "middle", horizontal: "center" });
    expect(sheet.getCell("A5").alignment?.indent).toBe(1);
    expect(sheet.getCell("A5").border?.left?.style).toBe("thin");
    expect(sheet.getCell("A5").border?.bottom?.style).toBe("thin");
  });

  it("writes merges, column widths and row heights", () => {
    expect(sheet.model.merges).toEqual(["A1:D1"]);
    expect(sheet.getColumn(1).width).toBe(40);
    expect(sheet.getColumn(4).width).toBe(10);
    expect(sheet.getRow(1).height).toBe(30);
  });

  it("writes an in-workbook hyperlink", () => {
    const cell = sheet.getCell("A7");
    expect(cell.type).toBe(ExcelJS.ValueType.Formula);
    expect(cell.formula).toBe(`HYPERLINK("#'Xã Trạm Tấu'!B5","Xã Trạm Tấu")`);
    expect(cell.result).toBe("Xã Trạm Tấu"); // what a viewer that does not recalculate shows
    expect(cell.font?.underline).toBe(true);
  });

  it("writes conditional formats as expression rules, first rule first", () => {
    const formats = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(formats).toHaveLength(1);
    expect(formats[0].ref).toBe("D5:D8");
    const rules = formats[0].rules as Array<ExcelJS.ExpressionRuleType>;
    expect(rules.map((r) => r.type)).toEqual(["expression", "expression", "expression"]);
    expect(rules.map((r) => r.formulae?.[0])).toEqual([
      "AND(ISNUMBER($D5),$D5>=1)",
      "AND(ISNUMBER($D5),$D5>=0.7)",
      "ISNUMBER($D5)",
    ]);
    const priorities = rules.map((r) => r.priority);
    expect([...priorities].sort((a, b) => a - b)).toEqual(priorities);
    expect(new Set(priorities).size).toBe(3);
    const fills = rules.map((r) => (r.style?.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb);
    expect(fills).toEqual(["FF9FD9B4", "FFFFE699", "FFE8898A"]);
    expect(rules[2].style?.font?.bold).toBe(true);
  });

  it("freezes panes and sets the tab colour", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 4 });
    expect(sheet.properties.tabColor?.argb).toBe("FF1F4E79");
    expect((book.getWorksheet("Xã Trạm Tấu")!.views ?? []).some((v) => v.state === "frozen")).toBe(false);
  });

  it("sets up the printed page", () => {
    const page = sheet.pageSetup;
    expect(page.paperSize).toBe(9);
    expect(page.orientation).toBe("landscape");
    expect(page.fitToPage).toBe(true);
    expect(page.fitToWidth).toBe(1);
    expect(page.fitToHeight).toBe(0);
    expect(page.printTitlesRow).toBe("3:4");
    expect(page.margins?.left).toBeGreaterThan(0);
    expect(sheet.headerFooter.oddFooter).toBe("&CTrang &P / &N");
    const other = book.getWorksheet("Xã Trạm Tấu")!;
    expect(other.pageSetup.orientation).toBe("portrait");
    expect(other.pageSetup.paperSize).toBe(9);
    expect(other.pageSetup.fitToPage).toBeFalsy();
    expect(other.headerFooter?.oddFooter).toBeFalsy();
  });
});

describe("writePlanToWorkbook", () => {
  it("does not draw charts (exceljs cannot) and still writes the sheet", () => {
    const book = writePlanToWorkbook(samplePlan());
    expect(book.getWorksheet("Tổng hợp")!.getCell("A1").value).toBe("BÁO CÁO TỔNG HỢP");
  });

  it("writes a formula without a cached result when the value is null", () => {
    const plan = samplePlan();
    plan.sheets[1].cells.push({ row: 6, col: 3, value: null, formula: "=C5*2" });
    const cell = writePlanToWorkbook(plan).getWorksheet("Xã Trạm Tấu")!.getCell("C6");
    expect(cell.formula).toBe("C5*2");
    expect(cell.result).toBeUndefined();
  });
});

describe("hyperlinkFormula", () => {
  it("quotes the sheet name and doubles quotes in the text", () => {
    expect(hyperlinkFormula({ sheet: "Xã Bản Công", cell: "C7" }, 'Bản "Công"')).toBe(
      `HYPERLINK("#'Xã Bản Công'!C7","Bản ""Công""")`,
    );
    expect(hyperlinkFormula({ sheet: "O'Neil", cell: "A1" }, "x")).toBe(`HYPERLINK("#'O''Neil'!A1","x")`);
  });
});

describe("footerCode", () => {
  it("centres the page number after the text, or keeps the text's own codes", () => {
    expect(footerCode("Trang")).toBe("&CTrang &P / &N");
    expect(footerCode("")).toBe("&C&P / &N");
    expect(footerCode("Trang &P/&N")).toBe("&CTrang &P/&N");
    expect(footerCode("A & B")).toBe("&CA && B &P / &N");
  });
});
