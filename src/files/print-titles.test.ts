import { promises as fs } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import JSZip from "jszip";
import type { PlanSheet, SummaryPlan } from "../core/plan/types";
import { baseSheet } from "../../test/excel/plan-fixture";
import { requoteSheetRange } from "./exceljs-fixes";
import { writePlanFile, writePlanToWorkbook } from "./write-plan";

const page = {
  paper: "A4",
  orientation: "landscape",
  fitToWidth: true,
  printTitleRows: { from: 9, to: 9 },
  footer: null,
} as const;
const sheet = (name: string): PlanSheet =>
  baseSheet(name, [{ row: 1, col: 1, value: "STT" }], { role: "return", page });

const plan: SummaryPlan = {
  font: { name: "Times New Roman", size: 12 },
  styles: {},
  sheets: [sheet("Tổng hợp"), sheet("Xã Ia H'Drai"), sheet("O'Neil's")],
  generator: { name: "commune-targets", version: "0.1.0" },
};

async function definedNames(bytes: Buffer | ArrayBuffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
  return [...xml.matchAll(/<definedName [^>]*>([^<]*)<\/definedName>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
}

describe("print titles of a sheet whose name holds an apostrophe", () => {
  test("the defined name quotes the sheet name with the apostrophe doubled (exceljs does not)", async () => {
    const expected = ["'Tổng hợp'!$9:$9", "'Xã Ia H''Drai'!$9:$9", "'O''Neil''s'!$9:$9"];
    const file = path.join(await fs.mkdtemp(path.join(tmpdir(), "ct-titles-")), "t.xlsx");
    await writePlanFile(plan, file); // the streaming writer of the command line
    expect(await definedNames(await fs.readFile(file))).toEqual(expected);
    const buffer = await writePlanToWorkbook(plan).xlsx.writeBuffer(); // the in-memory writer
    expect(await definedNames(buffer as ArrayBuffer)).toEqual(expected);
  });

  test("requoting leaves other ranges alone", () => {
    expect(requoteSheetRange("'Tổng hợp'!$1:$2", "Tổng hợp")).toBe("'Tổng hợp'!$1:$2");
    expect(requoteSheetRange("'A'B'!$1:$2", "A'B")).toBe("'A''B'!$1:$2");
  });
});
