import type { ScoredReturn } from "../../src/core/model";
import { parseSettings } from "../../src/core/settings";
import { readReturn } from "../../src/core/table/read-return";
import { scoreReturn } from "../../src/core/scoring/score-return";
import { readWorkbookGrids } from "../../src/excel/read-grids";
import {
  WRITE_BACK_NAMESPACE,
  previewPercentsBack,
  recordsFromXml,
  recordsToXml,
  undoFromXml,
  undoPercentsBack,
  writePercentsBack,
} from "../../src/excel/percent-write-back";
import { type InitialSheet, createFakeExcel } from "../support/excel-fake";

type FakeExcel = ReturnType<typeof createFakeExcel>;
const ctx = (fake: FakeExcel) => fake.context as unknown as Excel.RequestContext;
const SHEET = "Xã Trạm Tấu";
const settings = parseSettings({});

/** A commune return, % column F (rows 4–8); `percent` fills F4..F8, `formats` their number formats. */
function returnSheet(
  percent: Array<string | number | null> = [null, null, null, null, null],
  formats?: string[],
): InitialSheet {
  const rows: Array<Array<string | number | null>> = [
    [1, "Thu ngân sách", "triệu đồng", 30, 33], // 110 %
    [2, "Sản lượng lương thực bình quân đầu người", "kg", 400, 347], // 86.75 %
    [3, "Thu nhập bình quân đầu người", "triệu đồng", 25, 17], // 68 %
    [4, "Xây dựng nông thôn mới", "tiêu chí", 19, "'12/19"], // 63.2 % (apostrophe: text, as typed in Excel)
    [5, "Tỷ lệ trẻ em tiêm chủng đầy đủ", "%", 96, "chưa đánh giá"], // no achievement
  ];
  const values = [
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2022", null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "So sánh (%)", "Ghi chú"],
    ...rows.map((r, i) => [...r, percent[i], i === 0 ? "vượt" : null]),
  ];
  const numberFormats = values.map((row, r) =>
    row.map((_, c) => (c === 5 && r >= 3 ? (formats?.[r - 3] ?? "General") : "General")),
  );
  return { name: SHEET, values, numberFormats };
}

function newFake(sheet: InitialSheet = returnSheet(), apiVersion = "1.13"): FakeExcel {
  return createFakeExcel({ sheets: [sheet, { name: "Khác", values: [["không phải biểu", 1]] }] }, { apiVersion });
}

/** The return as the pane gets it: read from the fake, scored. */
async function scan(fake: FakeExcel): Promise<ScoredReturn> {
  const { grids } = await readWorkbookGrids(ctx(fake), fake.api);
  const grid = grids.find((g) => g.sheet === SHEET);
  if (!grid) throw new Error("sheet not scanned");
  const read = readReturn(grid);
  if (!read.table) throw new Error(JSON.stringify(read.findings));
  return scoreReturn(read.table, settings, "");
}

/** Every cell of every sheet except the given addresses on SHEET, as JSON (values and formats). */
function snapshotExcept(fake: FakeExcel, except: string[]): string {
  const out: Record<string, unknown> = {};
  for (const name of fake.workbook.sheetNames())
    for (let r = 1; r <= 12; r++)
      for (let c = 1; c <= 10; c++) {
        const address = `${String.fromCharCode(64 + c)}${r}`;
        if (name === SHEET && except.includes(address)) continue;
        out[`${name}!${address}`] = fake.workbook.sheet(name).cell(address) ?? null;
      }
  return JSON.stringify(out);
}

const TARGETS = ["F4", "F5", "F6", "F7"];

describe("writePercentsBack on the strict fake", () => {
  test("writes into empty % cells: values, 0.0 format, band fills; nothing else changes; ≤ 3 syncs", async () => {
    const fake = newFake();
    const ret = await scan(fake);
    const before = snapshotExcept(fake, TARGETS);
    const syncs = fake.stats.syncs;
    const result = await writePercentsBack(ctx(fake), ret, settings, fake.api);
    expect(result).toEqual({ written: 4, cleared: 0, skipped: 0, replaced: 0, findings: [] });
    expect(fake.stats.syncs - syncs).toBeLessThanOrEqual(3);
    const sheet = fake.workbook.sheet(SHEET);
    expect(sheet.values("F4:F8")).toEqual([[110], [86.8], [68], [63.2], [""]]);
    expect(TARGETS.map((a) => sheet.cell(a)?.numberFormat)).toEqual(["0.0", "0.0", "0.0", "0.0"]);
    expect(TARGETS.map((a) => sheet.cell(a)?.fill)).toEqual(
      [settings.colours.met, settings.colours.near, settings.colours.mid, settings.colours.mid].map((c) =>
        c.toUpperCase(),
      ),
    );
    expect(sheet.cell("F8")?.fill).toBeUndefined();
    expect(snapshotExcept(fake, TARGETS)).toBe(before);
    const parts = fake.workbook.customXmlParts();
    expect(parts.map((p) => p.namespaceUri)).toEqual([WRITE_BACK_NAMESPACE]);
    expect(Object.values(recordsFromXml(parts[0].xml))).toEqual([{ F4: 110, F5: 86.8, F6: 68, F7: 63.2 }]);
  });

  test("rewrites its own earlier cells, never one the user typed or edited after our write", async () => {
    const fake = newFake();
    await writePercentsBack(ctx(fake), await scan(fake), settings, fake.api);
    // The user edits F5 and clears F6; then the plan of row 4 changes and the user asks again.
    const sheet = fake.context.workbook.worksheets.getItem(SHEET);
    sheet.getRange("F5").values = [[90]];
    sheet.getRange("F6").values = [[""]];
    sheet.getRange("D4").values = [[40]];
    await fake.context.sync();
    const ret = await scan(fake);
    const before = snapshotExcept(fake, ["F4", "F6", "F7"]);
    const syncs = fake.stats.syncs;
    const result = await writePercentsBack(ctx(fake), ret, settings, fake.api);
    expect(fake.stats.syncs - syncs).toBeLessThanOrEqual(3);
    expect(result).toEqual({ written: 3, cleared: 0, skipped: 1, replaced: 0, findings: [] });
    const view = fake.workbook.sheet(SHEET);
    expect(view.values("F4:F7")).toEqual([[82.5], [90], [68], [63.2]]);
    expect(view.cell("F4")?.fill).toBe(settings.colours.near.toUpperCase());
    expect(snapshotExcept(fake, ["F4", "F6", "F7"])).toBe(before); // F5 (the user's 90) untouched
    // F5 is the user's now: it left the record, and a third run still skips it.
    const record = Object.values(recordsFromXml(fake.workbook.customXmlParts()[0].xml))[0];
    expect(record).toEqual({ F4: 82.5, F6: 68, F7: 63.2 });
    expect(await writePercentsBack(ctx(fake), await scan(fake), settings, fake.api)).toEqual({
      written: 3,
      cleared: 0,
      skipped: 1,
      replaced: 0,
      findings: [],
    });
    expect(fake.workbook.sheet(SHEET).values("F5")).toEqual([[90]]);
  });

  test("empties its own % on a row that lost its achievement, value and fill; nothing else changes", async () => {
    const fake = newFake();
    await writePercentsBack(ctx(fake), await scan(fake), settings, fake.api);
    // The plan of row 6 is deleted (no achievement now), and the user types their own number over F5.
    const sheet = fake.context.workbook.worksheets.getItem(SHEET);
    sheet.getRange("D6").values = [[""]];
    sheet.getRange("F5").values = [[90]];
    await fake.context.sync();
    const ret = await scan(fake);
    expect(ret.indicators[2].achievement).toBeNull();
    const before = snapshotExcept(fake, ["F4", "F6", "F7"]);
    const syncs = fake.stats.syncs;
    const result = await writePercentsBack(ctx(fake), ret, settings, fake.api);
    expect(result).toEqual({ written: 2, cleared: 1, skipped: 1, replaced: 0, findings: [] });
    expect(fake.stats.syncs - syncs).toBeLessThanOrEqual(3);
    const view = fake.workbook.sheet(SHEET);
    expect(view.values("F4:F7")).toEqual([[110], [90], [""], [63.2]]);
    expect(view.cell("F6")?.fill).toBeUndefined();
    expect(snapshotExcept(fake, ["F4", "F6", "F7"])).toBe(before);
    const record = Object.values(recordsFromXml(fake.workbook.customXmlParts()[0].xml))[0];
    expect(record).toEqual({ F4: 110, F7: 63.2 });
    // Once the plan is back, F6 is empty and written again.
    sheet.getRange("D6").values = [[25]];
    await fake.context.sync();
    const again = await writePercentsBack(ctx(fake), await scan(fake), settings, fake.api);
    expect(again).toEqual({ written: 3, cleared: 0, skipped: 1, replaced: 0, findings: [] });
    expect(fake.workbook.sheet(SHEET).values("F6")).toEqual([[68]]);
  });

  test("never writes over values or formulas the user put in the % column", async () => {
    const fake = newFake(returnSheet([110, "đạt", null, null, null]));
    const sheet = fake.context.workbook.worksheets.getItem(SHEET);
    sheet.getRange("F6").formulas = [["=E6/D6*100"]];
    await fake.context.sync();
    const before = snapshotExcept(fake, ["F7"]);
    const result = await writePercentsBack(ctx(fake), await scan(fake), settings, fake.api);
    expect(result).toEqual({ written: 1, cleared: 0, skipped: 3, replaced: 0, findings: [] });
    expect(snapshotExcept(fake, ["F7"])).toBe(before);
    expect(fake.workbook.sheet(SHEET).values("F7")).toEqual([[63.2]]);
  });

  test("a column of percent-formatted fractions gets fractions with a % format", async () => {
    const fake = newFake(
      returnSheet([null, null, null, null, 0.5], ["General", "General", "General", "General", "0%"]),
    );
    const two = parseSettings({ decimals: 2 });
    const result = await writePercentsBack(ctx(fake), await scan(fake), two, fake.api);
    expect(result.written).toBe(4);
    const view = fake.workbook.sheet(SHEET);
    expect(view.values("F4:F8")).toEqual([[1.1], [0.8675], [0.68], [0.6316], [0.5]]);
    expect(view.cell("F5")?.numberFormat).toBe("0.00%");
    expect(view.cell("F8")?.numberFormat).toBe("0%");
  });

  test("a return without a % column: no sync, nothing written, a finding", async () => {
    const values = returnSheet().values.map((row) => [...row.slice(0, 5), row[6]]);
    const fake = newFake({ name: SHEET, values });
    const ret = await scan(fake);
    expect(ret.table.columns.percent).toBeUndefined();
    const syncs = fake.stats.syncs;
    const result = await writePercentsBack(ctx(fake), ret, settings, fake.api);
    expect(result.written).toBe(0);
    expect(result.findings.map((f) => f.code)).toEqual(["no-percent-column"]);
    expect(fake.stats.syncs).toBe(syncs);
  });

  test("on ExcelApi 1.4 (no custom XML parts): only empty cells, nothing remembered, a warning", async () => {
    const fake = newFake(returnSheet([null, 86.8, null, null, null]), "1.4");
    const result = await writePercentsBack(ctx(fake), await scan(fake), settings, fake.api);
    expect(result.written).toBe(3);
    expect(result.skipped).toBe(1);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ code: "excel-api-error", severity: "warning" });
    expect(String(result.findings[0].params?.message)).toMatch(/1\.5/);
    expect(fake.workbook.sheet(SHEET).values("F5")).toEqual([[86.8]]);
  });

  test("a sheet renamed or deleted since the scan: a finding, nothing written", async () => {
    const fake = newFake();
    const ret = await scan(fake);
    fake.context.workbook.worksheets.getItem(SHEET).name = "Đổi tên";
    await fake.context.sync();
    const result = await writePercentsBack(ctx(fake), ret, settings, fake.api);
    expect(result.written).toBe(0);
    expect(result.findings[0]).toMatchObject({ code: "excel-api-error", sheet: SHEET });
  });

  test("the record survives XML escaping and ignores anything malformed", () => {
    const records = { "{sheet-1}": { F4: 110, B2: 0.5 }, "a<b&c": { C3: 1 } };
    expect(recordsFromXml(recordsToXml(records))).toEqual(records);
    expect(recordsFromXml("<other/>")).toEqual({});
    expect(recordsFromXml(`<percentWriteBack xmlns="${WRITE_BACK_NAMESPACE}">{not json</percentWriteBack>`)).toEqual(
      {},
    );
    expect(recordsFromXml(`<percentWriteBack>{"s":{"F4":"110","nope":1,"F5":2}}</percentWriteBack>`)).toEqual({
      s: { F5: 2 },
    });
  });
});

describe("typed values: told before, replaced only when asked, undone with Hoàn tác", () => {
  // F4 typed 110 (agrees), F5 typed 80 (disagrees with 86,8), F6 a formula, F7 empty, F8 no achievement
  async function typedFake(): Promise<FakeExcel> {
    const fake = newFake(returnSheet([110, 80, null, null, null]));
    const sheet = fake.context.workbook.worksheets.getItem(SHEET);
    sheet.getRange("F6").formulas = [["=E6/D6*100"]];
    sheet.getRange("F5").format.fill.color = "#FFFF00"; // the user's own highlight
    await fake.context.sync();
    return fake;
  }

  test("the preview counts what will be filled, what is typed and what disagrees, and writes nothing", async () => {
    const fake = await typedFake();
    const before = snapshotExcept(fake, []);
    const syncs = fake.stats.syncs;
    const preview = await previewPercentsBack(ctx(fake), await scan(fake), settings, fake.api);
    expect(preview).toEqual({ fill: 1, typed: 2, disagreeing: 1, formulas: 1, findings: [] });
    expect(snapshotExcept(fake, [])).toBe(before);
    expect(fake.stats.syncs - syncs).toBeLessThanOrEqual(4); // the scan's 2 + at most 2 to read
  });

  test("asked to, replaces the disagreeing typed value only; Hoàn tác puts back value, format and fill", async () => {
    const fake = await typedFake();
    const ret = await scan(fake);
    const before = snapshotExcept(fake, []);
    const othersBefore = snapshotExcept(fake, ["F5", "F7"]);
    const result = await writePercentsBack(ctx(fake), ret, settings, fake.api, { replaceDisagreeing: true });
    expect(result).toEqual({ written: 2, cleared: 0, skipped: 2, replaced: 1, findings: [] });
    const view = fake.workbook.sheet(SHEET);
    expect([view.values("F4:F5"), view.values("F7")]).toEqual([[[110], [86.8]], [[63.2]]]);
    expect(view.cell("F6")?.formula).toBe("=E6/D6*100"); // a formula is never replaced (the fake does not compute it)
    expect(snapshotExcept(fake, ["F5", "F7"])).toBe(othersBefore);
    const undo = Object.values(undoFromXml(fake.workbook.customXmlParts()[0].xml))[0];
    expect(undo).toEqual({
      F5: { value: 80, numberFormat: "General", fill: "#FFFF00", wasOurs: false },
      F7: { value: "", numberFormat: "General", fill: null, wasOurs: false },
    });

    const undone = await undoPercentsBack(ctx(fake), await scan(fake), fake.api);
    expect(undone).toEqual({ restored: 2, skipped: 0, findings: [] });
    expect(snapshotExcept(fake, [])).toBe(before);
    // nothing left to undo, and the record no longer claims the restored cells
    expect(await undoPercentsBack(ctx(fake), await scan(fake), fake.api)).toEqual({
      restored: 0,
      skipped: 0,
      findings: [],
    });
    expect(Object.values(recordsFromXml(fake.workbook.customXmlParts()[0].xml))[0]).toEqual({});
  });

  test("Hoàn tác leaves a cell the user changed after the write", async () => {
    const fake = await typedFake();
    await writePercentsBack(ctx(fake), await scan(fake), settings, fake.api, { replaceDisagreeing: true });
    fake.context.workbook.worksheets.getItem(SHEET).getRange("F7").values = [[65]];
    await fake.context.sync();
    const undone = await undoPercentsBack(ctx(fake), await scan(fake), fake.api);
    expect(undone).toEqual({ restored: 1, skipped: 1, findings: [] });
    expect([fake.workbook.sheet(SHEET).values("F5"), fake.workbook.sheet(SHEET).values("F7")]).toEqual([
      [[80]],
      [[65]],
    ]);
  });

  test("without custom XML parts (ExcelApi 1.4) a typed value is never replaced: it could not be undone", async () => {
    const fake = newFake(returnSheet([110, 80, null, null, null]), "1.4");
    const result = await writePercentsBack(ctx(fake), await scan(fake), settings, fake.api, {
      replaceDisagreeing: true,
    });
    expect(result.replaced).toBe(0);
    expect(fake.workbook.sheet(SHEET).values("F5")).toEqual([[80]]);
  });

  test("undo entries survive the XML and drop anything malformed", () => {
    const undo = { s1: { F5: { value: "=a", numberFormat: "@", fill: null, wasOurs: false } } };
    const xml = recordsToXml({ s1: { F5: 1 } }, undo);
    expect(undoFromXml(xml)).toEqual(undo);
    expect(recordsFromXml(xml)).toEqual({ s1: { F5: 1 } }); // "~undo" is not a sheet
    expect(
      undoFromXml(`<percentWriteBack>{"~undo":{"s":{"F5":{"value":{},"numberFormat":"0"}}}}</percentWriteBack>`),
    ).toEqual({ s: {} });
  });
});
