/**
 * The Office.js writer as Office 2019 (ExcelApi 1.7) and the newest Excel see it. The fake refuses any
 * member above its set (from @types/office-js), so a feature used without an isSetSupported check fails here.
 */
import { renderPlan } from "../../src/excel/render-plan";
import { indentNumberFormat } from "../../src/excel/indent";
import { NEWEST_EXCEL_API, createFakeExcel } from "../support/excel-fake";
import { baseSheet, fullPlan, plan } from "./plan-fixture";

const ctx = (fake: ReturnType<typeof createFakeExcel>) => fake.context as unknown as Excel.RequestContext;

describe.each(["1.7", "1.9", NEWEST_EXCEL_API])("renderPlan on ExcelApi %s", (apiVersion) => {
  test("writes every sheet with no Office.js error; what the set lacks is only warned about", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] }, { apiVersion });
    const result = await renderPlan(ctx(fake), fullPlan(), fake.api);
    expect(result.sheets).toEqual(["Tổng hợp", "Xã A"]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    const s = fake.workbook.sheet("Tổng hợp");
    expect(s.cell("A5")).toMatchObject({ value: "- hộ nghèo", textPrefix: true });
    if (apiVersion === "1.7") {
      // no indentLevel below 1.9: the indent is shown by the number format, the value unchanged
      expect(s.cell("A5")?.indent).toBeUndefined();
      expect(s.cell("A5")?.numberFormat).toBe(indentNumberFormat(1));
    } else {
      expect(s.cell("A5")?.indent).toBe(1);
      expect(s.cell("A5")?.numberFormat).toBeUndefined();
    }
    expect(s.cell("D5")?.numberFormat).toBe("0.0%"); // a style's own number format wins over the indent
  });

  test("a link whose text starts with -, +, = or @ shows that text as plain text", async () => {
    const texts = ["- Trong đó: nữ", "+ Tăng thêm", "=Tổng", "@xã"];
    const cells = texts.map((value, i) => ({ row: i + 1, col: 1, value, link: { sheet: "Đích", cell: "A1" } }));
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] }, { apiVersion });
    const result = await renderPlan(
      ctx(fake),
      plan([baseSheet("Liên kết", cells), baseSheet("Đích", [{ row: 1, col: 1, value: 1 }])]),
      fake.api,
    );
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    const s = fake.workbook.sheet("Liên kết");
    texts.forEach((text, i) => {
      const cell = s.cell(`A${i + 1}`);
      expect(cell).toMatchObject({ value: text, textPrefix: true });
      expect(cell?.formula).toBeUndefined();
      expect(cell?.error).toBeUndefined();
      expect(cell?.hyperlink).toEqual({ documentReference: "'Đích'!A1", textToDisplay: text });
    });
  });
});
