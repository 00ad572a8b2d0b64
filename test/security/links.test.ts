/**
 * Links in generated sheets point only inside the workbook: every PlanCell.link names a sheet of
 * the plan (or, for links to the source, a source sheet) and a plain cell; in the written .xlsx,
 * every HYPERLINK formula targets "#'Sheet'!A1", sheet hyperlinks are locations, and no package
 * relationship targets anything outside the file (no http, file:, UNC \\server paths).
 */
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { a1 } from "../../src/core/address";
import type { SummaryPlan } from "../../src/core/plan/types";
import { renderPlan } from "../../src/excel/render-plan";
import { writePlanToWorkbook } from "../../src/files/write-plan";
import { createFakeExcel } from "../support/excel-fake";
import { hostileAnalysis, hostilePlan } from "./fixtures";

const CELL = /^\$?[A-Z]{1,3}\$?[1-9]\d*$/;
const EXTERNAL = /https?:|file:|ftp:|mailto:|\\\\|^\/\//i;

const plans: Array<[string, SummaryPlan, string[]]> = [
  ["links to the summary rows", hostilePlan({ linkTo: "summary" }), []],
  ["links to the source cells", hostilePlan({ linkTo: "source" }), ["Xã A", "Xã B"]],
];

describe.each(plans)("plan with %s", (_label, plan, sourceSheets) => {
  const names = new Set([...plan.sheets.map((s) => s.name), ...sourceSheets]);
  const links = plan.sheets.flatMap((s) =>
    s.cells.filter((c) => c.link).map((c) => c.link as { sheet: string; cell: string }),
  );

  it("every PlanCell.link names a sheet of this workbook and a cell address", () => {
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(names.has(link.sheet)).toBe(true);
      expect(link.cell).toMatch(CELL);
      expect(`${link.sheet}!${link.cell}`).not.toMatch(EXTERNAL);
    }
  });

  it("the .xlsx has only in-workbook HYPERLINK formulas and no external relationship", async () => {
    const buffer = (await writePlanToWorkbook(plan).xlsx.writeBuffer()) as ArrayBuffer;
    const zip = await JSZip.loadAsync(buffer);
    const files = Object.keys(zip.files).filter((f) => !zip.files[f].dir);
    let formulas = 0;
    for (const file of files) {
      const xml = await zip.files[file].async("string");
      if (file.endsWith(".rels")) {
        expect(xml).not.toMatch(/TargetMode="External"/i);
        for (const [, target] of xml.matchAll(/Target="([^"]*)"/g)) {
          expect({ file, target }).toEqual({ file, target: expect.not.stringMatching(EXTERNAL) });
          expect(target).not.toMatch(/^[a-z][a-z0-9+.-]*:/i); // no scheme at all: a part of this package
        }
      }
      if (/^xl\/worksheets\/sheet\d+\.xml$/.test(file)) {
        // <hyperlink> elements, if any, are locations inside the workbook (no r:id to a relationship)
        for (const [element] of xml.matchAll(/<hyperlink\b[^>]*>/g)) {
          expect(element).toMatch(/\blocation="/);
          expect(element).not.toMatch(/\br:id="/);
        }
        for (const [, body] of xml.matchAll(/<f>([^<]*)<\/f>/g)) {
          const f = body
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, "&")
            .replace(/&apos;/g, "'");
          if (!/HYPERLINK\(/i.test(f)) continue;
          formulas++;
          const m = /^HYPERLINK\("((?:[^"]|"")*)","(?:[^"]|"")*"\)$/.exec(f);
          expect(m).not.toBeNull();
          const target = (m as RegExpExecArray)[1].replace(/""/g, '"');
          expect(target).toMatch(/^#(?:'(?:[^']|'')+'|[^'!]+)!\$?[A-Z]{1,3}\$?\d+$/);
          const sheet = target
            .slice(1, target.lastIndexOf("!"))
            .replace(/^'(.*)'$/, "$1")
            .replace(/''/g, "'");
          expect(names.has(sheet)).toBe(true);
        }
      }
    }
    expect(formulas).toBe(links.length);

    // and as exceljs sees it: no cell carries a hyperlink of its own
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buffer);
    back.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.hyperlink ?? "").not.toMatch(EXTERNAL);
        }),
      ),
    );
  });

  it("the Office.js renderer sets only documentReference links to sheets of the workbook", async () => {
    const fake = createFakeExcel({ sheets: [...sourceSheets, "Sheet1"].map((name) => ({ name, values: [] })) });
    await renderPlan(fake.context as unknown as Excel.RequestContext, plan, fake.api);
    let count = 0;
    for (const sheet of plan.sheets)
      for (const cell of sheet.cells.filter((c) => c.link)) {
        const link = fake.workbook.sheet(sheet.name).cell(a1(cell.row, cell.col))?.hyperlink;
        expect(link?.address).toBeUndefined();
        const reference = link?.documentReference ?? "";
        const target = reference
          .slice(0, reference.lastIndexOf("!"))
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
        expect(fake.workbook.hasSheet(target)).toBe(true);
        expect(reference).not.toMatch(EXTERNAL);
        count++;
      }
    expect(count).toBe(links.length);
  });
});

it("the hostile fixture really carries an external URL in its names (so the checks above mean something)", () => {
  const names = hostileAnalysis().returns[0].ret.indicators.map((i) => i.name);
  expect(names.some((n) => /http:\/\/evil/.test(n))).toBe(true);
  expect(names.some((n) => /file:/.test(n))).toBe(true);
});
