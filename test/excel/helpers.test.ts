import fc from "fast-check";
import { packSteps } from "../../src/excel/batches";
import { bounds } from "../../src/excel/render-cells";
import { columnWidthPoints } from "../../src/excel/render-layout";
import { placeSheets, renameSheetRefs, withSuffix } from "../../src/excel/sheet-names";
import { styleRectangles } from "../../src/excel/style-runs";
import { excelText, needsTextPrefix } from "../../src/excel/text-safety";
import { createFakeExcel } from "../support/excel-fake";

describe("excelText", () => {
  test("prefixes what Excel would reinterpret, and nothing else", () => {
    for (const t of ["=SUM(A1)", "- hộ nghèo", "+84", "@x", "1.326", "1,33", "12/19", "4,04%", "TRUE", "#N/A", "(5)", "1e5", "'quoted", "1.1"])
      expect(needsTextPrefix(t)).toBe(true);
    for (const t of ["Chỉ tiêu", "Kế hoạch năm 2022", "hộ", "I. KINH TẾ", "17 triệu", "đạt", ""]) expect(needsTextPrefix(t)).toBe(false);
  });

  test("any string written through excelText reads back unchanged from the fake Excel", async () => {
    const samples = fc.sample(fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom("=1", "+1", "-1", "@a", "1/2", "#REF!", "'x", "TRUE", "3%")), 300);
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [] }] });
    const column = samples.map((s) => [excelText(s)]);
    fake.context.workbook.worksheets.getItem("S").getRange(`A1:A${samples.length}`).values = column;
    await fake.context.sync();
    const back = fake.workbook.sheet("S").values(`A1:A${samples.length}`).map((r) => r[0]);
    expect(back).toEqual(samples);
  });
});

describe("styleRectangles", () => {
  test("joins runs in a row, then identical runs on consecutive rows", () => {
    const cells = [
      ...[2, 3, 4].flatMap((row) => [1, 2].map((col) => ({ row, col, value: 1, style: "a" }))),
      { row: 2, col: 4, value: 1, style: "a" },
      { row: 6, col: 1, value: 1, style: "a" },
      { row: 2, col: 3, value: 1, style: "b" },
      { row: 2, col: 5, value: 1 },
    ];
    const rects = styleRectangles(cells);
    expect(rects.get("a")).toEqual([
      { top: 2, left: 1, bottom: 4, right: 2 },
      { top: 2, left: 4, bottom: 2, right: 4 },
      { top: 6, left: 1, bottom: 6, right: 1 },
    ]);
    expect(rects.get("b")).toEqual([{ top: 2, left: 3, bottom: 2, right: 3 }]);
  });
});

describe("sheet placement", () => {
  const tags = (names: string[], tagged: string[]) => ({ names, tagged: new Set(tagged.map((t) => t.toLowerCase())), settingList: [] });

  test("free names are used, ours replaced, users' avoided with a suffix", () => {
    const p = placeSheets(["Tổng hợp", "Xã A", "Xã B"], tags(["Tổng hợp", "xã a", "Xã B (2)"], ["Xã A"]));
    expect([...p.finalNames.values()]).toEqual(["Tổng hợp (2)", "Xã A", "Xã B"]);
    expect(p.replace).toEqual(["xã a"]);
  });

  test("a suffix keeps the name within 31 characters; a generated suffixed sheet is reused", () => {
    expect(withSuffix("x".repeat(31), 2)).toBe(`${"x".repeat(27)} (2)`);
    const p = placeSheets(["Tổng hợp"], tags(["Tổng hợp", "Tổng hợp (2)"], ["Tổng hợp (2)"]));
    expect(p.finalNames.get("Tổng hợp")).toBe("Tổng hợp (2)");
    expect(p.replace).toEqual(["Tổng hợp (2)"]);
  });

  test("formula references follow renamed sheets", () => {
    const names = new Map([["Tổng hợp", "Tổng hợp (2)"], ["Data", "Data (2)"], ["Xã A", "Xã A"]]);
    expect(renameSheetRefs("'Tổng hợp'!B5+Data!C1+'Xã A'!A1+MyData!A1", names)).toBe("'Tổng hợp (2)'!B5+'Data (2)'!C1+'Xã A'!A1+MyData!A1");
  });
});

describe("packing and units", () => {
  test("steps are packed greedily under the byte limit", () => {
    const step = (bytes: number) => ({ bytes, queue: () => undefined });
    const batches = packSteps([step(400), step(400), step(400), step(100)], 1200);
    expect(batches.map((b) => b.map((s) => s.bytes))).toEqual([[400, 400], [400, 100]]);
  });

  test("column widths: 8.43 characters is Excel's default 48 pt", () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 1);
    expect(columnWidthPoints(0)).toBe(0);
  });
});

describe("bounds", () => {
  it("covers every cell and merge, even for a plan far larger than the call stack", () => {
    const cells = Array.from({ length: 300_000 }, (_, i) => ({ row: 5 + (i % 1000), col: 2 + Math.floor(i / 1000), value: i }));
    expect(bounds(cells, [{ top: 1, left: 1, bottom: 1, right: 8 }])).toEqual({ top: 1, left: 1, bottom: 1004, right: 301 });
    expect(bounds([], [])).toBeNull();
  });
});
