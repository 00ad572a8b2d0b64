import { createFakeExcel } from ".";

describe("fake data validation (ExcelApi 1.8)", () => {
  test("a list rule and its error alert are stored on the range; clear removes it", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [] }] });
    const range = fake.context.workbook.worksheets.getItem("S").getRange("B2:B5");
    range.dataValidation.rule = { list: { inCellDropDown: true, source: "Đạt,Chưa đạt" } };
    range.dataValidation.errorAlert = { showAlert: false };
    const type = range.dataValidation.load("type");
    await fake.context.sync();
    expect(type.type).toBe("List");
    expect(fake.workbook.sheet("S").dataValidations).toEqual([{ range: "B2:B5", list: "Đạt,Chưa đạt", inCellDropDown: true, showAlert: false }]);
    // a new rule over part of it replaces it
    fake.context.workbook.worksheets.getItem("S").getRange("B3").dataValidation.rule = { list: { inCellDropDown: false, source: "a,b" } };
    await fake.context.sync();
    expect(fake.workbook.sheet("S").dataValidations).toEqual([{ range: "B3", list: "a,b", inCellDropDown: false, showAlert: true }]);
    fake.context.workbook.worksheets.getItem("S").getRange("A1:C9").dataValidation.clear();
    await fake.context.sync();
    expect(fake.workbook.sheet("S").dataValidations).toEqual([]);
  });

  test("strictness: long list sources, non-list rules, alerts without a rule, and old Excel fail", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [] }] });
    const ws = fake.context.workbook.worksheets.getItem("S");
    ws.getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "x".repeat(256) } };
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    ws.getRange("A1").dataValidation.rule = { wholeNumber: { formula1: 1, operator: "GreaterThan" } };
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    ws.getRange("A2").dataValidation.errorAlert = { showAlert: false };
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    const old = createFakeExcel({ sheets: [{ name: "S", values: [] }] }, { apiVersion: "1.7" });
    expect(() => old.context.workbook.worksheets.getItem("S").getRange("A1").dataValidation).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
  });
});
