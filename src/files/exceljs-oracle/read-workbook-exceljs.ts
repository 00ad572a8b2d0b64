/**
 * The old reader: exceljs's whole workbook model, then each worksheet as a dense Grid. Kept only as
 * the oracle the new reader (src/files/xlsx/) is compared with, cell by cell, in
 * test/files/reader-equality.test.ts, and as "exceljs load" in the benchmark. Never used to read
 * a user's file: it has no limits (a far corner cell or a zip bomb takes the process down).
 */
import * as ExcelJS from "exceljs";
import type { WorkbookSource } from "../workbook-source";
import { worksheetToGrid } from "./worksheet-grid";

export async function readWorkbookWithExceljs(bytes: Uint8Array, file: string): Promise<WorkbookSource> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types say Buffer, but JSZip underneath takes any ArrayBuffer / Uint8Array.
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  return { file, grids: workbook.worksheets.map((sheet) => worksheetToGrid(sheet, date1904)), findings: [] };
}
