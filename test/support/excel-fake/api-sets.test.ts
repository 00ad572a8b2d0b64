import * as fs from "fs";
import { TABLE_PATH, buildTable, renderTable } from "../../../scripts/gen-excel-api-sets";
import { NEWEST_EXCEL_API, createFakeExcel } from ".";
import { apiSetOf, excelClassOf } from "./api-sets";

describe("requirement sets from @types/office-js", () => {
  test("the committed table is what the generator makes from the installed types", () => {
    expect(fs.readFileSync(TABLE_PATH, "utf8")).toBe(renderTable(buildTable()));
  });

  test("the table holds the sets Microsoft documents for the members the add-in relies on", () => {
    expect(apiSetOf("RangeFormat", "indentLevel")).toBe("1.9");
    expect(apiSetOf("Range", "hyperlink")).toBe("1.7");
    expect(apiSetOf("Worksheet", "customProperties")).toBe("1.12");
    expect(apiSetOf("Worksheet", "pageLayout")).toBe("1.9");
    expect(apiSetOf("Range", "getMergedAreasOrNullObject")).toBe("1.13");
    expect(apiSetOf("Worksheet", "visibility")).toBe("1.1");
    expect(apiSetOf("Worksheet", "visibility=")).toBe("1.2");
    expect(NEWEST_EXCEL_API).toMatch(/^1\.(1[3-9]|[2-9]\d)$/);
  });

  test("a member above the fake's set is refused when used, and allowed from its set on", () => {
    const at17 = createFakeExcel({ sheets: [{ name: "S", values: [["a"]] }] }, { apiVersion: "1.7" });
    const range17 = at17.context.workbook.worksheets.getItem("S").getRange("A1");
    expect(() => {
      range17.format.indentLevel = 1;
    }).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    expect(() => at17.context.workbook.worksheets.getItem("S").pageLayout).toThrow(
      expect.objectContaining({ code: "ApiNotFound" }),
    );
    const at19 = createFakeExcel({ sheets: [{ name: "S", values: [["a"]] }] }, { apiVersion: "1.9" });
    const range19 = at19.context.workbook.worksheets.getItem("S").getRange("A1");
    expect(() => {
      range19.format.indentLevel = 1;
    }).not.toThrow();
  });

  test("loading a property above the fake's set fails at the sync", async () => {
    const at17 = createFakeExcel({ sheets: [{ name: "S", values: [["a"]] }] }, { apiVersion: "1.7" });
    at17.context.workbook.worksheets.getItem("S").getRange("A1").load("format/indentLevel");
    await expect(at17.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    const at19 = createFakeExcel({ sheets: [{ name: "S", values: [["a"]] }] }, { apiVersion: "1.9" });
    const r = at19.context.workbook.worksheets.getItem("S").getRange("A1").load("format/indentLevel");
    await at19.context.sync();
    expect(r.format.indentLevel).toBe(0);
  });

  test("a property written in a later set than it is read is checked on writing", () => {
    const at11 = createFakeExcel(
      {
        sheets: [
          { name: "S", values: [] },
          { name: "T", values: [] },
        ],
      },
      { apiVersion: "1.1" },
    );
    const ws = at11.context.workbook.worksheets.getItem("T");
    expect(() => {
      ws.visibility = "Hidden";
    }).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    ws.load("visibility"); // reading is 1.1
  });

  test("every fake object the context hands out stands for a known Office.js class", () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [] }] });
    const ws = fake.context.workbook.worksheets.getItem("S");
    const range = ws.getRange("A1");
    for (const [object, name] of [
      [fake.context.workbook.worksheets, "WorksheetCollection"],
      [ws, "Worksheet"],
      [range, "Range"],
      [range.format, "RangeFormat"],
      [range.format.font, "RangeFont"],
      [range.conditionalFormats, "ConditionalFormatCollection"],
      [ws.freezePanes, "WorksheetFreezePanes"],
      [ws.pageLayout, "PageLayout"],
      [ws.customProperties, "WorksheetCustomPropertyCollection"],
    ] as const)
      expect(excelClassOf(object)).toBe(name);
  });
});
