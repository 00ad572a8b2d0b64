import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { templateWorkbook } from "../../src/core/templates/blank-return";
import { UNIT_LIST } from "../../src/core/templates/return-catalogue";
import { findGeneratedSheets } from "../../src/excel/generated-sheets";
import { insertTemplate } from "../../src/excel/insert-template";
import { renderPlan } from "../../src/excel/render-plan";
import { NEWEST_EXCEL_API, createFakeExcel } from "../support/excel-fake";

const ctx = (fake: ReturnType<typeof createFakeExcel>) => fake.context as unknown as Excel.RequestContext;
const plan = templateWorkbook(DEFAULT_SETTINGS);

describe("insertTemplate (Office.js, on the fake)", () => {
  test("writes both templates with their dropdowns and formulas, not marked as generated", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] }, { apiVersion: NEWEST_EXCEL_API });
    const result = await insertTemplate(ctx(fake), plan, fake.api);
    expect(result).toEqual({ sheets: ["Mẫu báo cáo", "Tiêu chí NTM"], findings: [] });
    const checklist = fake.workbook.sheet("Tiêu chí NTM");
    expect(checklist.dataValidations).toEqual([{ range: "C5:C23", list: "Đạt,Chưa đạt", inCellDropDown: true, showAlert: false }]);
    expect(checklist.cell("C24")?.formula).toBe('=COUNTIF(C5:C23,"Đạt")');
    const ret = fake.workbook.sheet("Mẫu báo cáo");
    expect(ret.dataValidations).toHaveLength(1);
    expect(ret.dataValidations[0].list).toBe(UNIT_LIST.join(","));
    expect(ret.cell("A4")?.value).toBe("STT");
    expect(checklist.customProperties).toEqual({});
    expect(await findGeneratedSheets(ctx(fake), fake.api)).toEqual([]);
  });

  test("inserting again never overwrites a filled-in template", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] });
    await insertTemplate(ctx(fake), plan, fake.api);
    const sheet = fake.context.workbook.worksheets.getItem("Tiêu chí NTM");
    sheet.getRange("C5").values = [["Đạt"]];
    await fake.context.sync();
    const again = await insertTemplate(ctx(fake), plan, fake.api);
    expect(again.sheets).toEqual(["Mẫu báo cáo (2)", "Tiêu chí NTM (2)"]);
    expect(fake.workbook.sheet("Tiêu chí NTM").cell("C5")?.value).toBe("Đạt");
  });

  test("plain renderPlan would have marked them as generated (why insertTemplate untags)", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] });
    await renderPlan(ctx(fake), plan, fake.api);
    expect(await findGeneratedSheets(ctx(fake), fake.api)).toEqual(["Mẫu báo cáo", "Tiêu chí NTM"]);
  });

  test("on ExcelApi 1.7: no dropdowns and a warning; the workbook-setting tag is removed too", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] }, { apiVersion: "1.7" });
    const result = await insertTemplate(ctx(fake), plan, fake.api);
    expect(result.sheets).toEqual(["Mẫu báo cáo", "Tiêu chí NTM"]);
    expect(result.findings.map((f) => f.params?.message)).toContainEqual(expect.stringMatching(/Dropdown lists needs ExcelApi 1\.8/));
    expect(fake.workbook.sheet("Tiêu chí NTM").dataValidations).toEqual([]);
    expect(fake.workbook.sheet("Tiêu chí NTM").cell("C24")?.formula).toBe('=COUNTIF(C5:C23,"Đạt")');
    expect(await findGeneratedSheets(ctx(fake), fake.api)).toEqual([]);
  });
});
