/**
 * The two templates through the .xlsx writer: dropdowns, formulas and number formats in the file,
 * the blank return read back by the engine, and a LibreOffice render of a filled-in copy (LibreOffice
 * recalculates, so the count, the "Xã đạt …/19" line, the linked NTM actual and the % formulas are checked
 * as printed).
 */
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import * as ExcelJS from "exceljs";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readReturn } from "../../src/core/table/read-return";
import { RETURN_COL, blankReturnTemplate, templateWorkbook } from "../../src/core/templates/blank-return";
import { RETURN_GROUPS, UNIT_LIST } from "../../src/core/templates/return-catalogue";
import { writePlanFile, writePlanToWorkbook } from "../../src/files/write-plan";
import { readWorkbookFile } from "../../src/files/read-workbook";
import { hasLibreOffice, pngContainsColour, renderWithLibreOffice } from "../support/render";

const dir = mkdtempSync(join(tmpdir(), "ct-templates-"));
const indicatorCount = RETURN_GROUPS.reduce((n, g) => n + g.indicators.length, 0);
const plan = templateWorkbook(DEFAULT_SETTINGS);
const rowOf = (name: string) => plan.sheets[0].cells.find((c) => c.value === name)!.row;

describe("templates written to .xlsx", () => {
  const file = join(dir, "mau.xlsx");
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    await writePlanFile(plan, file);
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
  });

  test("the checklist has the Đạt / Chưa đạt dropdown on C5:C23 and the COUNTIF count", () => {
    const ws = book.getWorksheet("Tiêu chí NTM")!;
    for (const row of [5, 14, 23])
      expect(ws.getCell(row, 3).dataValidation).toMatchObject({ type: "list", allowBlank: true, formulae: ['"Đạt,Chưa đạt"'] });
    expect(ws.getCell(24, 3).dataValidation).toBeUndefined();
    expect(ws.getCell(4, 3).dataValidation).toBeUndefined();
    expect((ws.getCell(24, 3).value as ExcelJS.CellFormulaValue).formula).toBe('COUNTIF(C5:C23,"Đạt")');
  });

  test("the return has the unit dropdown, the % formulas, number formats and the link to the count", () => {
    const ws = book.getWorksheet("Mẫu báo cáo")!;
    const row = rowOf("Tỷ lệ hộ nghèo");
    expect(ws.getCell(row, RETURN_COL.unit).dataValidation).toMatchObject({ type: "list", formulae: [`"${UNIT_LIST.join(",")}"`] });
    expect((ws.getCell(row, RETURN_COL.pct).value as ExcelJS.CellFormulaValue).formula).toMatch(/^IF\(AND\(ISNUMBER\(D\d+\),ISNUMBER\(E\d+\)\)/);
    expect(ws.getCell(row, RETURN_COL.pct).numFmt).toBe("0.0%");
    expect(ws.getCell(row, RETURN_COL.plan).numFmt).toBe("0.00");
    const ntm = ws.getCell(rowOf("Số tiêu chí nông thôn mới đạt"), RETURN_COL.actual).value as ExcelJS.CellFormulaValue;
    expect(ntm.formula).toBe(`IF(COUNTA('Tiêu chí NTM'!C5:C23)=0,"",'Tiêu chí NTM'!C24)`);
  });

  test("read back from the file, the blank return is a return with every indicator and no figures", async () => {
    const source = await readWorkbookFile(file);
    expect(source.findings).toEqual([]);
    const grid = source.grids.find((g) => g.sheet === "Mẫu báo cáo")!;
    const { table } = readReturn(grid);
    expect(table?.columns).toMatchObject({ code: 1, name: 2, unit: 3, plan: 4, actual: 5, percent: 6, note: 7 });
    expect(table?.indicators).toHaveLength(indicatorCount);
    expect(table?.indicators.every((i) => i.plan.kind === "blank" && i.actual.kind === "blank")).toBe(true);
  });

  test("a plan without validations writes none (the field is optional)", async () => {
    const only = blankReturnTemplate(DEFAULT_SETTINGS);
    delete only.sheets[0].validations;
    const ws = writePlanToWorkbook(only).getWorksheet("Mẫu báo cáo")!;
    expect(ws.getCell(rowOf("Tỷ lệ hộ nghèo"), RETURN_COL.unit).dataValidation).toBeUndefined();
  });
});

describe("templates rendered by LibreOffice", () => {
  test("a filled-in copy prints the recalculated count, the linked NTM actual and the achievements", async () => {
    expect(hasLibreOffice()).toBe(true);
    const book = writePlanToWorkbook(plan);
    const checklist = book.getWorksheet("Tiêu chí NTM")!;
    for (let row = 5; row <= 23; row++) checklist.getCell(row, 3).value = row < 17 ? "Đạt" : "Chưa đạt"; // 12 met
    const ret = book.getWorksheet("Mẫu báo cáo")!;
    ret.getCell(rowOf("Số tiêu chí nông thôn mới đạt"), RETURN_COL.plan).value = 19;
    ret.getCell(rowOf("Thu ngân sách nhà nước trên địa bàn"), RETURN_COL.plan).value = 30;
    ret.getCell(rowOf("Thu ngân sách nhà nước trên địa bàn"), RETURN_COL.actual).value = 33;
    ret.getCell(rowOf("Tỷ lệ hộ nghèo"), RETURN_COL.plan).value = 4;
    ret.getCell(rowOf("Tỷ lệ hộ nghèo"), RETURN_COL.actual).value = 5;
    const file = join(dir, "filled.xlsx");
    await book.xlsx.writeFile(file);
    const { pdf, pngs } = await renderWithLibreOffice(file, join(dir, "rendered"));
    const { stdout } = await promisify(execFile)("pdftotext", ["-layout", pdf, "-"]);
    const text = stdout.replace(/\s+/g, " ");
    expect(text).toContain("Xã đạt 12/19 tiêu chí");
    expect(text).toMatch(/Số tiêu chí nông thôn mới đạt tiêu chí 19 12 63[.,]2%/);
    expect(text).toMatch(/Thu ngân sách nhà nước trên địa bàn triệu đồng 30[.,]0 33[.,]0 110[.,]0%/);
    expect(text).toMatch(/Tỷ lệ hộ nghèo % 4[.,]00 5[.,]00 80[.,]0%/);
    expect(text).toContain("BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI");
    expect(text).toContain("NGƯỜI LẬP BIỂU");
    // One page per sheet (fit to width, portrait), the header fill and the bands painted on the % column.
    expect(pngs).toHaveLength(2);
    expect(pngContainsColour(pngs[0], "#DDEBF7", 6)).toBe(true);
    expect(pngContainsColour(pngs[0], DEFAULT_SETTINGS.colours.met, 6)).toBe(true); // 110 %
    expect(pngContainsColour(pngs[0], DEFAULT_SETTINGS.colours.mid, 6)).toBe(true); // 63,2 %
    expect(pngContainsColour(pngs[1], DEFAULT_SETTINGS.colours.met, 6)).toBe(true); // "Đạt" cells
    expect(pngContainsColour(pngs[1], DEFAULT_SETTINGS.colours.low, 6)).toBe(true); // "Chưa đạt" cells
  }, 180_000);
});
