/** The benchmark's return files: synthetic 60-indicator returns written by exceljs, one per file. */
import { promises as fs } from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { syntheticReturn } from "./synthetic-returns";

export async function writeReturnFiles(dir: string, count: number): Promise<string[]> {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const grid = syntheticReturn(i, 60);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(grid.sheet);
    grid.values.forEach((row) => ws.addRow(row.map((v) => (v === null ? undefined : v))));
    const file = path.join(dir, `xa-${String(i + 1).padStart(3, "0")}.xlsx`);
    await wb.xlsx.writeFile(file);
    paths.push(file);
  }
  return paths;
}
