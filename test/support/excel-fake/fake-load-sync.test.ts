import { createFakeExcel, FakeOfficeError, FIVE_MB } from "./index";

const sample = () =>
  createFakeExcel({
    sheets: [
      { name: "Xã A", values: [["Chỉ tiêu", "KH"], ["Thu ngân sách", 30]], merges: ["A1:B1"] },
      { name: "Sheet2", values: [] },
    ],
  });

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as FakeOfficeError).code;
  }
  return "no error";
}

describe("load and sync (Office.js proxy model)", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded with Office's message", async () => {
    const { context } = sample();
    const range = context.workbook.worksheets.getItem("Xã A").getRange("A1:B2");
    expect(() => range.values).toThrow(/The property 'values' is not available\. Before reading the property's value, call the load method/);
    range.load("address");
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(range.address).toBe("'Xã A'!A1:B2");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("load accepts a string list, an array and { select }", async () => {
    const { context } = sample();
    const ws = context.workbook.worksheets.getItem("Xã A");
    const a = ws.getRange("A2:B2").load("values, numberFormat");
    const b = ws.getRange("A2:B2").load(["rowIndex", "columnCount"]);
    const c = ws.getRange("A2:B2").load({ select: "valueTypes, address" });
    await context.sync();
    expect(a.values).toEqual([["Thu ngân sách", 30]]);
    expect(a.numberFormat).toEqual([["General", "General"]]);
    expect([b.rowIndex, b.columnCount]).toEqual([1, 2]);
    expect(c.valueTypes).toEqual([["String", "Double"]]);
  });

  test("navigation paths load collection items", async () => {
    const { context } = sample();
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    sheets.load("items/name");
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Xã A", "Sheet2"]);
    expect(() => sheets.items[0].visibility).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("writes are queued and applied at sync, in order; loaded values are as of their sync", async () => {
    const fake = sample();
    const { context } = fake;
    const cell = context.workbook.worksheets.getItem("Xã A").getRange("B2");
    cell.load("values");
    await context.sync();
    cell.values = [[40]];
    expect(fake.workbook.sheet("Xã A").values("B2")).toEqual([[30]]);
    expect(cell.values).toEqual([[30]]);
    cell.load("values");
    cell.values = [[50]];
    await context.sync();
    expect(cell.values).toEqual([[40]]); // the load ran before the second write
    expect(fake.workbook.sheet("Xã A").values("B2")).toEqual([[50]]);
  });

  test("getItem on a missing sheet fails the sync with ItemNotFound; getItemOrNullObject gives a null object", async () => {
    const { context } = sample();
    context.workbook.worksheets.getItem("Không có");
    expect(await codeOf(context.sync())).toBe("ItemNotFound");
    const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
    const present = context.workbook.worksheets.getItemOrNullObject("xã a");
    expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
  });

  test("an operation on a null object fails the sync", async () => {
    const { context } = sample();
    context.workbook.worksheets.getItemOrNullObject("Không có").getRange("A1").values = [[1]];
    expect(await codeOf(context.sync())).toBe("ItemNotFound");
  });

  test("a failed sync keeps what ran before the failure (no rollback)", async () => {
    const fake = sample();
    fake.context.workbook.worksheets.add("Mới");
    fake.context.workbook.worksheets.add("MỚI");
    expect(await codeOf(fake.context.sync())).toBe("ItemAlreadyExists");
    expect(fake.workbook.sheetNames()).toEqual(["Xã A", "Sheet2", "Mới"]);
  });

  test("counts syncs and request bytes; a request over 5 MB fails and applies nothing", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [] }] });
    const ws = fake.context.workbook.worksheets.getItem("S");
    ws.getRange("A1").values = [["x"]];
    await fake.context.sync();
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.requestBytes[0]).toBeGreaterThan(0);
    const big = Array.from({ length: 6000 }, () => ["y".repeat(1000)]);
    ws.getRange("A1:A6000").values = big;
    expect(await codeOf(fake.context.sync())).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.stats.requestBytes[1]).toBeGreaterThan(FIVE_MB);
    expect(fake.workbook.sheet("S").values("A1:A2")).toEqual([["x"], [""]]);
  });

  test("a response over 5 MB fails with ResponsePayloadSizeLimitExceeded and loads nothing", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: Array.from({ length: 6000 }, () => ["z".repeat(1000)]) }] });
    const r = fake.context.workbook.worksheets.getItem("S").getRange("A1:A6000").load("values");
    expect(await codeOf(fake.context.sync())).toBe("ResponsePayloadSizeLimitExceeded");
    expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("suspendApiCalculationUntilNextSync, activate and select are recorded", async () => {
    const fake = sample();
    fake.context.application.suspendApiCalculationUntilNextSync();
    const ws = fake.context.workbook.worksheets.getItem("Sheet2");
    ws.activate();
    ws.getRange("B3").select();
    await fake.context.sync();
    expect(fake.workbook.log()).toEqual(["suspendApiCalculationUntilNextSync", "activate Sheet2", "select Sheet2!B3"]);
    expect(fake.stats.calculationSuspendedSyncs).toEqual([1]);
    expect(fake.workbook.activeSheet()).toBe("Sheet2");
  });

  test("APIs newer than the fake's requirement set throw ApiNotFound", () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [] }] }, { apiVersion: "1.7" });
    const ws = fake.context.workbook.worksheets.getItem("S");
    expect(() => ws.customProperties).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    expect(() => ws.pageLayout).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    expect(() => ws.getRange("A1").getMergedAreasOrNullObject()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    expect(fake.api.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(fake.api.isSetSupported("ExcelApi", "1.9")).toBe(false);
  });
});
