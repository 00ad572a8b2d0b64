import { findGeneratedSheets } from "../../src/excel/generated-sheets";
import { renderPlan } from "../../src/excel/render-plan";
import { NEWEST_EXCEL_API, createFakeExcel } from "../support/excel-fake";
import { baseSheet, fullPlan, plan } from "./plan-fixture";

const ctx = (fake: ReturnType<typeof createFakeExcel>) => fake.context as unknown as Excel.RequestContext;
/** Tests of what needs more than ExcelApi 1.7 pin the newest set (the "excel-1.7" jest project runs the rest at 1.7). */
const NEWEST = { apiVersion: NEWEST_EXCEL_API };
const FOUR_MB = 4 * 1024 * 1024;

describe("renderPlan on the newest ExcelApi", () => {
  test("a small plan is written completely in one write sync", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] }, NEWEST);
    const result = await renderPlan(ctx(fake), fullPlan(), fake.api);
    expect(result).toEqual({ sheets: ["Tổng hợp", "Xã A"], findings: [] });
    // reads: names, then tags; writes: exactly one sync, with calculation suspended; then one small sync
    // that recalculates what was written and removes the unfinished marks
    expect(fake.stats.syncs).toBe(4);
    expect(fake.stats.calculationSuspendedSyncs).toEqual([3]);
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1", "Tổng hợp", "Xã A"]);
    expect(fake.workbook.activeSheet()).toBe("Tổng hợp");

    const s = fake.workbook.sheet("Tổng hợp");
    // texts that Excel would take for formulas, numbers or dates stay exactly the text
    for (const [address, text] of [["A4", "=SUM(A1)"], ["A5", "- hộ nghèo"], ["A6", "+84"], ["A7", "@x"], ["A8", "12/19"], ["A9", "1.326"]]) {
      expect(s.cell(address)).toMatchObject({ value: text, textPrefix: true });
      expect(s.cell(address)?.formula).toBeUndefined();
      expect(s.cell(address)?.error).toBeUndefined();
    }
    expect(fake.workbook.sheet("Xã A").cell("B5")?.value).toBe("TRUE");
    // a real formula, and numbers as numbers
    expect(s.cell("D4")?.formula).toBe("=C4/B4");
    expect(s.cell("B4")?.value).toBe(30);
    // font, styles, number formats, borders
    expect(s.cell("A1")?.font).toMatchObject({ name: "Times New Roman", size: 14, bold: true, color: "#1F3864" });
    expect(s.cell("B4")?.font).toMatchObject({ name: "Times New Roman", size: 12 });
    expect(s.cell("C3")).toMatchObject({ fill: "#D9D9D9", horizontal: "Center", vertical: "Center", wrap: true, font: { bold: true } });
    expect(s.cell("C3")?.borders?.EdgeTop).toMatchObject({ style: "Continuous", weight: "Thin" });
    expect(s.cell("D5")).toMatchObject({ numberFormat: "0.0%", horizontal: "Right" });
    expect(s.cell("A5")?.indent).toBe(1);
    // layout
    expect(s.merges).toEqual(["A1:D1"]);
    expect(s.columnWidth(1)).toBeCloseTo((40 * 7 + 5) * 0.75);
    expect(s.columnWidth(2)).toBe(s.columnWidth(3));
    expect(s.rowHeight(1)).toBe(30);
    expect(s.rowHeight(3)).toBe(32);
    expect(s.tabColor).toBe("#1F3864");
    expect(s.freeze).toEqual({ rows: 3, columns: 1 });
    // conditional formats: plan order = priority order, first match wins
    expect(s.conditionalFormats).toEqual([
      { range: "D4:D5", type: "Custom", formula: "=D4>=1", fill: "#9FD9B4", stopIfTrue: true },
      { range: "D4:D5", type: "Custom", formula: "=D4>=0.7", fill: "#FFE699", fontColor: "#000000", bold: true, stopIfTrue: true },
    ]);
    expect(s.charts).toEqual([
      expect.objectContaining({
        type: "BarStacked",
        source: "A12:C13",
        seriesBy: "Columns",
        title: "Kết quả theo xã",
        position: { start: "A15", end: "F30" },
        seriesColors: { 0: "#9FD9B4", 1: "#E8898A" },
      }),
    ]);
    expect(s.pageLayout).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$3:$3",
      centerFooter: "Trang &P / &N",
      // the margins the plan's page estimates assume, as the .xlsx writer writes them (inches × 72)
      margins: {
        leftMargin: 28.8,
        rightMargin: 28.8,
        topMargin: 43.2,
        bottomMargin: 43.2,
        headerMargin: 21.6,
        footerMargin: 21.6,
      },
    });
    expect(s.cell("A10")?.hyperlink).toEqual({ documentReference: "'Xã A'!B5", textToDisplay: "Xem chi tiết Xã A" });
    expect(s.cell("A10")?.value).toBe("Xem chi tiết Xã A");
    // tagged as ours
    expect(s.customProperties).toEqual({ "commune-targets": "0.1.0" });
    expect(await findGeneratedSheets(ctx(fake), fake.api)).toEqual(["Tổng hợp", "Xã A"]);
  });

  test("a plan of 3,321 rows × 20 columns is chunked so every request stays under 4 MB", async () => {
    const cells = [];
    for (let r = 1; r <= 3321; r++)
      for (let c = 1; c <= 20; c++)
        cells.push(
          c === 1
            ? { row: r, col: c, value: `Xã số ${r} – tỷ lệ hộ nghèo đa chiều theo chuẩn mới`, style: "text" }
            : {
                row: r,
                col: c,
                value: c % 2 ? r * c : `Chỉ tiêu ${r}.${c} đạt, vượt kế hoạch năm; ghi chú: số liệu ước thực hiện 6 tháng đầu năm`,
                style: c === 20 ? "percent" : undefined,
              },
        );
    const big = plan([baseSheet("Toàn tỉnh", cells, { columnWidths: new Array(20).fill(12) })]);
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] }, NEWEST);
    const result = await renderPlan(ctx(fake), big, fake.api);
    expect(result.findings).toEqual([]);
    const writes = fake.stats.calculationSuspendedSyncs;
    expect(writes.length).toBeGreaterThan(1);
    const writeBytes = writes.map((n) => fake.stats.requestBytes[n - 1]);
    expect(writeBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(FOUR_MB);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(FOUR_MB);
    const s = fake.workbook.sheet("Toàn tỉnh");
    expect(s.values("A3321:C3321")).toEqual([
      ["Xã số 3321 – tỷ lệ hộ nghèo đa chiều theo chuẩn mới", "Chỉ tiêu 3321.2 đạt, vượt kế hoạch năm; ghi chú: số liệu ước thực hiện 6 tháng đầu năm", 9963],
    ]);
    expect(s.cell("T3321")?.numberFormat).toBe("0.0%");
    expect(s.values().length).toBe(3321);
  });

  test("regenerating replaces exactly our sheets and never touches a user's sheet of the same name", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Tổng hợp", values: [["của người dùng"]] }] }, NEWEST);
    const first = await renderPlan(ctx(fake), fullPlan(), fake.api);
    expect(first.sheets).toEqual(["Tổng hợp (2)", "Xã A"]);
    // the link to the renamed summary follows it
    expect(fake.workbook.sheet("Xã A").cell("A6")?.hyperlink?.documentReference).toBe("'Tổng hợp (2)'!A1");
    const second = await renderPlan(ctx(fake), fullPlan(), fake.api);
    expect(second).toEqual({ sheets: ["Tổng hợp (2)", "Xã A"], findings: [] });
    expect(fake.workbook.sheetNames()).toEqual(["Tổng hợp", "Tổng hợp (2)", "Xã A"]);
    expect(fake.workbook.sheet("Tổng hợp").values()).toEqual([["của người dùng"]]);
    expect(fake.workbook.sheet("Tổng hợp").customProperties).toEqual({});
    expect(fake.workbook.sheet("Tổng hợp (2)").conditionalFormats).toHaveLength(2); // not doubled
    expect(await findGeneratedSheets(ctx(fake), fake.api)).toEqual(["Tổng hợp (2)", "Xã A"]);
  });

  test("replacing the only sheet of a workbook works (the old one is deleted after the new one exists)", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] }, NEWEST);
    const one = plan([baseSheet("Xã A", [{ row: 1, col: 1, value: "v1" }])]);
    await renderPlan(ctx(fake), one, fake.api);
    fake.workbook.raw.sheets.splice(0, 1); // the user deletes Sheet1
    const two = plan([baseSheet("Xã A", [{ row: 1, col: 1, value: "v2" }])]);
    const result = await renderPlan(ctx(fake), two, fake.api);
    expect(result.findings).toEqual([]);
    expect(fake.workbook.sheetNames()).toEqual(["Xã A"]);
    expect(fake.workbook.sheet("Xã A").values()).toEqual([["v2"]]);
  });

  test("an Office.js failure becomes an excel-api-error finding", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] }, NEWEST);
    const result = await renderPlan(ctx(fake), plan([baseSheet("Xã/Phường", [{ row: 1, col: 1, value: 1 }])]), fake.api);
    expect(result.sheets).toEqual([]);
    expect(result.findings).toEqual([expect.objectContaining({ code: "excel-api-error", severity: "error" })]);
    expect(String(result.findings[0].params?.message)).toMatch(/^InvalidArgument/);
  });
});

describe("renderPlan on ExcelApi 1.7", () => {
  test("tags sheets in a workbook setting and warns that page setup was skipped", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] }, { apiVersion: "1.7" });
    const result = await renderPlan(ctx(fake), fullPlan(), fake.api);
    expect(result.sheets).toEqual(["Tổng hợp", "Xã A"]);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: "excel-api-error", severity: "warning", params: { message: expect.stringMatching(/Page setup.*1\.9/) } }),
    ]);
    expect(fake.workbook.settings()).toEqual({ "commune-targets.sheets": JSON.stringify(["Tổng hợp", "Xã A"]) });
    expect(fake.workbook.sheet("Tổng hợp").pageLayout).toEqual({});
    expect(fake.workbook.sheet("Tổng hợp").freeze).toEqual({ rows: 3, columns: 1 });
    // one read sync (no custom properties), one write sync and the finishing sync
    expect(fake.stats.syncs).toBe(3);
    expect(await findGeneratedSheets(ctx(fake), fake.api)).toEqual(["Tổng hợp", "Xã A"]);
  });

  test("regenerating on 1.7 replaces the sheets listed in the setting and keeps the user's", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Xã A", values: [["của người dùng"]] }] }, { apiVersion: "1.7" });
    await renderPlan(ctx(fake), fullPlan(), fake.api);
    await renderPlan(ctx(fake), fullPlan(), fake.api);
    expect(fake.workbook.sheetNames()).toEqual(["Xã A", "Tổng hợp", "Xã A (2)"]);
    expect(fake.workbook.sheet("Xã A").values()).toEqual([["của người dùng"]]);
    expect(JSON.parse(fake.workbook.settings()["commune-targets.sheets"] as string)).toEqual(["Tổng hợp", "Xã A (2)"]);
    expect(fake.workbook.sheet("Tổng hợp").cell("A10")?.hyperlink?.documentReference).toBe("'Xã A (2)'!B5");
  });
});
