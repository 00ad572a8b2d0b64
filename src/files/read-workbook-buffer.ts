/**
 * Reads an .xlsx from bytes. No Node APIs beyond what exceljs itself needs, so the task pane can
 * reuse it in the browser (it accepts an ArrayBuffer or a Uint8Array; a Node Buffer is one).
 * Failures become findings on sheet "" / cell "", never exceptions.
 */
import * as ExcelJS from "exceljs";
import type { Finding, ProblemCode } from "../core/problems";
import { sniffFileKind } from "./sniff";
import type { WorkbookSource } from "./workbook-source";
import { worksheetToGrid } from "./worksheet-grid";

export function fileFinding(code: ProblemCode, reason?: string): Finding {
  const finding: Finding = { sheet: "", cell: "", severity: "error", code };
  if (reason) finding.params = { reason };
  return finding;
}

function failed(file: string, code: ProblemCode, reason?: string): WorkbookSource {
  return { file, grids: [], findings: [fileFinding(code, reason)] };
}

function asBytes(buffer: ArrayBuffer | Uint8Array): Uint8Array {
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}

export async function readWorkbookBuffer(buffer: ArrayBuffer | Uint8Array, file: string): Promise<WorkbookSource> {
  const bytes = asBytes(buffer);
  switch (sniffFileKind(bytes)) {
    case "encrypted":
      return failed(file, "file-encrypted");
    case "ole": {
      // An Excel 97–2003 .xls: its reader is loaded only when one arrives (its own chunk in the pane).
      const { readXlsBuffer } = await import("./xls/read-xls");
      return readXlsBuffer(bytes, file);
    }
    case "empty":
      return failed(file, "file-unreadable", "empty file");
    case "other":
      return failed(file, "file-unreadable", "not-xlsx: not a zip");
    case "zip":
      break;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types say Buffer, but JSZip underneath takes any ArrayBuffer / Uint8Array.
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed(file, "file-unreadable", message.slice(0, 200));
  }
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  const grids = workbook.worksheets.map((sheet) => worksheetToGrid(sheet, date1904));
  return { file, grids, findings: [] };
}
