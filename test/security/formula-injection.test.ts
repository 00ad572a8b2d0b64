/**
 * Formula injection: indicator names and notes beginning with "=", "+", "-", "@", tab or carriage
 * return must reach the generated workbook as text, never as formulas, through both writers: the
 * .xlsx writer (exceljs, read back) and the Office.js renderer (on the strict fake, which converts
 * input the way Excel does).
 */
import * as ExcelJS from "exceljs";
import { a1 } from "../../src/core/address";
import type { PlanCell, SummaryPlan } from "../../src/core/plan/types";
import { renderPlan } from "../../src/excel/render-plan";
import { writePlanToWorkbook } from "../../src/files/write-plan";
import { createFakeExcel } from "../support/excel-fake";
import { PAYLOADS, formulaLike, hostileAnalysis, hostilePlan } from "./fixtures";

const plan = hostilePlan();
const address = (cell: PlanCell) => a1(cell.row, cell.col);

/** Plan cells holding formula-like text, with their sheet. */
function risky(p: SummaryPlan): Array<{ sheet: string; cell: PlanCell; text: string }> {
  const out = [];
  for (const sheet of p.sheets)
    for (const cell of sheet.cells)
      if (typeof cell.value === "string" && formulaLike(cell.value) && !cell.formula)
        out.push({ sheet: sheet.name, cell, text: cell.value });
  return out;
}

/** A direct plan with the payloads exactly as given (the reader trims a leading tab or CR). */
function directPlan(): SummaryPlan {
  const base = plan.sheets[plan.sheets.length - 1];
  const cells: PlanCell[] = PAYLOADS.map((p, i) => ({ row: i + 1, col: 1, value: p }));
  return { ...plan, sheets: [{ ...base, name: "Trực tiếp", cells, merges: [], conditionalFormats: [], charts: [] }] };
}

describe("the pipeline keeps hostile text as data", () => {
  it("reads the payloads as indicator names and notes, and puts them in the plan as plain values", () => {
    const names = hostileAnalysis().returns[0].ret.indicators.map((i) => i.name);
    // the reader tidies spaces, so a leading tab or CR is dropped: "\t=1+1 tab" is read as "=1+1 tab"
    expect(names).toEqual([...PAYLOADS.map((p) => p.trim()), "- hộ cận nghèo"]);
    const texts = risky(plan).map((r) => r.text);
    for (const p of PAYLOADS) expect(texts).toContain(p.trim());
    // links keep the name as display text only; formulas are the add-in's own (no payload in them)
    for (const sheet of plan.sheets)
      for (const cell of sheet.cells)
        if (cell.formula) for (const p of PAYLOADS) expect(cell.formula).not.toContain(p.trim());
  });
});

describe(".xlsx writer", () => {
  async function roundTrip(p: SummaryPlan): Promise<ExcelJS.Workbook> {
    const buffer = await writePlanToWorkbook(p).xlsx.writeBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buffer as ArrayBuffer);
    return back;
  }

  it("writes every formula-like name and note as a string cell, with no formula", async () => {
    const back = await roundTrip(plan);
    const found = risky(plan);
    expect(found.length).toBeGreaterThanOrEqual(PAYLOADS.length * 3);
    for (const { sheet, cell, text } of found) {
      const c = back.getWorksheet(sheet)?.getCell(address(cell));
      if (!c) throw new Error(`no ${sheet}!${address(cell)}`);
      if (cell.link) {
        // an in-workbook link: HYPERLINK("#'Sheet'!B5", "<the text as a string literal>")
        expect(c.type).toBe(ExcelJS.ValueType.Formula);
        const m = /^HYPERLINK\("((?:[^"]|"")*)","((?:[^"]|"")*)"\)$/.exec(c.formula);
        expect(m).not.toBeNull();
        const [, target, shown] = m as RegExpExecArray;
        expect(target).toMatch(/^#'(?:[^']|'')+'!\$?[A-Z]{1,3}\$?\d+$|^#[^'!"]+![A-Z]{1,3}\d+$/);
        expect(shown.replace(/""/g, '"')).toBe(text);
        expect(c.result).toBe(text);
      } else {
        expect({ at: `${sheet}!${address(cell)}`, type: c.type, formula: c.formula, value: c.value }).toEqual({
          at: `${sheet}!${address(cell)}`,
          type: ExcelJS.ValueType.String,
          formula: undefined,
          value: text,
        });
      }
    }
  });

  it("keeps tab- and CR-led text as text too", async () => {
    const back = await roundTrip(directPlan());
    const sheet = back.getWorksheet("Trực tiếp");
    PAYLOADS.forEach((p, i) => {
      const c = sheet?.getCell(`A${i + 1}`);
      expect(c?.type).toBe(ExcelJS.ValueType.String);
      expect(c?.formula).toBeUndefined();
      // XML turns a raw CR into LF when read (exceljs does not write it as &#xD;): still text
      expect(c?.value).toBe(p.replace(/\r/g, "\n"));
    });
  });
});

describe("Office.js renderer (fake Excel)", () => {
  const ctx = (fake: ReturnType<typeof createFakeExcel>) => fake.context as unknown as Excel.RequestContext;

  it("stores every formula-like name and note as text (apostrophe prefix), with no formula and no error", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] });
    const result = await renderPlan(ctx(fake), plan, fake.api);
    expect(result.findings).toEqual([]);
    const found = risky(plan);
    for (const { sheet, cell, text } of found) {
      const c = fake.workbook.sheet(sheet).cell(address(cell));
      expect({ at: `${sheet}!${address(cell)}`, value: c?.value, formula: c?.formula, error: c?.error }).toEqual({
        at: `${sheet}!${address(cell)}`,
        value: text,
        formula: undefined,
        error: undefined,
      });
      expect(c?.textPrefix).toBe(true);
      if (cell.link) expect(c?.hyperlink?.textToDisplay).toBe(text);
    }
  });

  it("keeps tab- and CR-led text as text too", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [] }] });
    await renderPlan(ctx(fake), directPlan(), fake.api);
    PAYLOADS.forEach((p, i) => {
      const c = fake.workbook.sheet("Trực tiếp").cell(`A${i + 1}`);
      expect(c?.value).toBe(p);
      expect(c?.formula).toBeUndefined();
      expect(c?.error).toBeUndefined();
    });
  });
});
