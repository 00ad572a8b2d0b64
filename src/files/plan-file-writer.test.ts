import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import type { PlanSheet } from "../core/plan/types";
import { DEFAULT_SETTINGS } from "../core/settings";
import { templateWorkbook } from "../core/templates/blank-return";
import { PlanFileWriter, writePlanSheetsFile } from "./plan-file-writer";
import { writePlanFile } from "./write-plan";

const dir = mkdtempSync(join(tmpdir(), "plan-file-writer-"));

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

// The content of the file against exceljs's in-memory writer: plan-file-writer.equivalence.test.ts.
describe("writing a plan sheet by sheet", () => {
  it.each([
    ["without finishing", false],
    ["with charts, page breaks and print areas", true],
  ])("finishes each sheet before it takes the next one from the source (%s)", async (_, finish) => {
    const plan = templateWorkbook(DEFAULT_SETTINGS);
    const file = join(dir, "one-by-one.xlsx");
    const writer = await PlanFileWriter.open(file, plan, { finish });
    const seen: number[] = [];
    function* lazily(): Generator<PlanSheet> {
      for (const sheet of plan.sheets) {
        seen.push(writer.sheetCount);
        yield sheet;
      }
    }
    for (const sheet of lazily()) await writer.addSheet(sheet);
    await writer.close();
    expect(seen).toEqual(plan.sheets.map((_, i) => i));
    expect((await readBack(file)).worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
  });

  it("refuses a second sheet of the same name (ignoring case) and leaves no partial file", async () => {
    const plan = templateWorkbook(DEFAULT_SETTINGS);
    const twice = { ...plan.sheets[0], name: plan.sheets[0].name.toUpperCase() };
    const file = join(dir, "twice.xlsx");
    await expect(writePlanSheetsFile(plan, [plan.sheets[0], twice], file)).rejects.toThrow(/already exists/);
    expect(existsSync(file)).toBe(false);
  });

  it("rejects, rather than hangs, when the file cannot be written", async () => {
    const plan = templateWorkbook(DEFAULT_SETTINGS);
    const folder = join(dir, "a-folder.xlsx");
    await writePlanFile(plan, join(folder, "inside.xlsx")); // makes the folder
    expect(statSync(folder).isDirectory()).toBe(true);
    await expect(writePlanFile(plan, folder)).rejects.toThrow();
  });
});
