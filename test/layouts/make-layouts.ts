/**
 * Writes the layout corpus (cases.ts) as .xlsx files, as a clerk's Excel would hold them: values as
 * typed (text stays text), merged areas, hidden rows. Run it to look at the files:
 *   node -r ./scripts/ts-register.js test/layouts/make-layouts.ts out/layouts
 * The tests write them to a temporary folder and read them back through the command line's reader.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { isCellError } from "../../src/core/grid";
import { CASES } from "./cases";
import type { LayoutCase } from "./describe";

export function layoutWorkbook(layout: LayoutCase): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(Date.UTC(2024, 11, 20));
  workbook.modified = workbook.created;
  for (const sheet of layout.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        ws.getCell(r + 1, c + 1).value = isCellError(value)
          ? { error: value.error as ExcelJS.CellErrorValue["error"] }
          : value;
      });
    });
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
    for (const row of sheet.hidden ?? []) ws.getRow(row).hidden = true;
  }
  return workbook;
}

/** Writes every case to `dir`; returns the file paths. */
export async function makeLayouts(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const layout of CASES) {
    const file = join(dir, `${layout.name}.xlsx`);
    await layoutWorkbook(layout).xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}

if (require.main === module) {
  const dir = process.argv[2] ?? "out/layouts";
  makeLayouts(dir).then((files) => process.stdout.write(`${files.length} layouts written to ${dir}\n`));
}
