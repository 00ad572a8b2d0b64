import { createFakeExcel, FakeOfficeError } from "./index";

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as FakeOfficeError).code;
  }
  return "no error";
}

describe("cells, sheets and ranges like Excel", () => {
  test("strings starting with = + - @ become formulas; an apostrophe or the @ format keeps text", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [] }] });
    const ws = fake.context.workbook.worksheets.getItem("S");
    ws.getRange("A2:A3").numberFormat = [["@"], ["@"]];
    ws.getRange("A1:G1").values = [["=SUM(B2)", "+84", "- hộ nghèo", "@x", "'=abc", "1.326", "12/19"]];
    ws.getRange("A2").values = [["=SUM(B2)"]];
    await fake.context.sync();
    const s = fake.workbook.sheet("S");
    expect(s.cell("A1")?.formula).toBe("=SUM(B2)");
    expect(s.cell("B1")).toMatchObject({ value: 84, formula: "=+84" });
    expect(s.cell("C1")).toMatchObject({ value: "#NAME?", error: true });
    expect(s.cell("D1")?.error).toBe(true);
    expect(s.cell("E1")).toMatchObject({ value: "=abc", textPrefix: true });
    expect(s.cell("F1")?.value).toBe(1.326); // en-US Excel reads "1.326" as a number
    expect(typeof s.cell("G1")?.value).toBe("number"); // and "12/19" as a date
    expect(s.cell("A2")).toMatchObject({ value: "=SUM(B2)" });
    expect(s.cell("A2")?.formula).toBeUndefined();
  });

  test("error values read as their text with valueTypes Error; empty cells as '' / Empty", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [["#DIV/0!", null, true, 1.5]] }] });
    const r = fake.context.workbook.worksheets.getItem("S").getRange("A1:D1").load("values, valueTypes, text");
    await fake.context.sync();
    expect(r.values).toEqual([["#DIV/0!", "", true, 1.5]]);
    expect(r.valueTypes).toEqual([["Error", "Empty", "Boolean", "Double"]]);
    expect(r.text).toEqual([["#DIV/0!", "", "TRUE", "1.5"]]);
  });

  test("a values array of the wrong shape fails with InvalidArgument", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [] }] });
    fake.context.workbook.worksheets.getItem("S").getRange("A1:B2").values = [[1, 2]];
    expect(await codeOf(fake.context.sync())).toBe("InvalidArgument");
  });

  test("sheet names: at most 31 characters, none of : \\ / ? * [ ], unique without case", async () => {
    for (const bad of ["a".repeat(32), "a:b", "a/b", "a?b", "a*b", "a[b]", "a\\b", ""]) {
      const fake = createFakeExcel({ sheets: [{ name: "S", values: [] }] });
      fake.context.workbook.worksheets.add(bad);
      expect(await codeOf(fake.context.sync())).toBe("InvalidArgument");
    }
    const fake = createFakeExcel({ sheets: [{ name: "Tổng hợp", values: [] }] });
    fake.context.workbook.worksheets.add("TỔNG HỢP");
    expect(await codeOf(fake.context.sync())).toBe("ItemAlreadyExists");
    fake.context.workbook.worksheets.add("a".repeat(31));
    await fake.context.sync();
    expect(fake.workbook.sheetNames()).toHaveLength(2);
  });

  test("the last visible sheet cannot be deleted", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [] }] });
    fake.context.workbook.worksheets.getItem("S").delete();
    expect(await codeOf(fake.context.sync())).toBe("InvalidOperation");
  });

  test("used range: values-only or with formats; null object on a blank sheet", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [[null, "x"], [null, null, 3]], startCell: "B2" }, { name: "Blank", values: [] }] });
    const ws = fake.context.workbook.worksheets.getItem("S");
    ws.getRange("F9").format.fill.color = "#FF0000";
    const used = ws.getUsedRange(true).load("address, rowIndex, columnIndex, rowCount, columnCount");
    const all = ws.getUsedRange().load("address");
    const blank = fake.context.workbook.worksheets.getItem("Blank").getUsedRangeOrNullObject(true);
    const blankA1 = fake.context.workbook.worksheets.getItem("Blank").getUsedRange().load("address");
    await fake.context.sync();
    expect(used.address).toBe("S!C2:D3");
    expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([1, 2, 2, 2]);
    expect(all.address).toBe("S!C2:F9");
    expect(blank.isNullObject).toBe(true);
    expect(blankA1.address).toBe("Blank!A1");
  });

  test("merged areas (ExcelApi 1.13): RangeAreas with areas/items/address, or a null object", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [["T"], [1]], merges: ["A1:G1", "B3:C4"] }, { name: "N", values: [[1]] }] });
    const merged = fake.context.workbook.worksheets.getItem("S").getRange("A1:Z50").getMergedAreasOrNullObject();
    merged.load("address, areaCount");
    merged.areas.load("items/address");
    const none = fake.context.workbook.worksheets.getItem("N").getRange("A1").getMergedAreasOrNullObject();
    none.load("address");
    await fake.context.sync();
    expect(merged.areaCount).toBe(2);
    expect(merged.areas.items.map((r) => r.address)).toEqual(["S!A1:G1", "S!B3:C4"]);
    expect(none.isNullObject).toBe(true);
  });

  test("formats, merges, widths, conditional formats (add = top priority), charts, freeze, page layout, properties, settings", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [["", "a", "b"], ["x", 1, 2], ["y", 3, 4]] }] });
    const ws = fake.context.workbook.worksheets.getItem("S");
    const r = ws.getRange("A1:C1");
    r.format.font.bold = true;
    r.format.fill.color = "#9fd9b4";
    r.format.borders.getItem("EdgeTop").style = "Continuous";
    r.format.columnWidth = 60;
    r.merge();
    const first = ws.getRange("B2:C3").conditionalFormats.add("Custom");
    first.custom.rule.formula = "=B2>=100";
    first.custom.format.fill.color = "#00FF00";
    const second = ws.getRange("B2:C3").conditionalFormats.add("Custom");
    second.custom.rule.formula = "=B2<50";
    const chart = ws.charts.add("BarStacked", ws.getRange("A1:C3"), "Auto");
    chart.title.text = "Kết quả";
    chart.series.getItemAt(1).format.fill.setSolidColor("#E8898A");
    ws.freezePanes.freezeAt("A1:B2");
    ws.pageLayout.orientation = "Landscape";
    ws.pageLayout.setPrintTitleRows("$1:$1");
    ws.customProperties.add("commune-targets", "0.1.0");
    fake.context.workbook.settings.add("k", ["S"]);
    await fake.context.sync();
    const s = fake.workbook.sheet("S");
    expect(s.cell("B1")).toMatchObject({ font: { bold: true }, fill: "#9FD9B4", borders: { EdgeTop: { style: "Continuous" } } });
    expect(s.merges).toEqual(["A1:C1"]);
    expect([s.columnWidth(1), s.columnWidth(3), s.columnWidth(4)]).toEqual([60, 60, undefined]);
    expect(s.conditionalFormats.map((c) => c.formula)).toEqual(["=B2<50", "=B2>=100"]);
    expect(s.charts[0]).toMatchObject({ type: "BarStacked", source: "A1:C3", title: "Kết quả", seriesColors: { 1: "#E8898A" } });
    expect(s.freeze).toEqual({ rows: 2, columns: 2 });
    expect(s.pageLayout).toMatchObject({ orientation: "Landscape", printTitleRows: "$1:$1" });
    expect(s.customProperties).toEqual({ "commune-targets": "0.1.0" });
    expect(fake.workbook.settings()).toEqual({ k: ["S"] });
    chart.series.getItemAt(2).format.fill.setSolidColor("#000000");
    expect(await codeOf(fake.context.sync())).toBe("ItemNotFound");
  });
});
