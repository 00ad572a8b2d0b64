/**
 * Reads a workbook from bytes: the one entry point every shell uses (the command line, the pane's
 * import worker and its main-thread fallback). It tells what the bytes are (src/files/sniff.ts) and
 * hands them to the reader for that format; anything it cannot read becomes a finding for this file
 * (sheet "" / cell ""), never an exception, so the other files are still read.
 * Pure: no Node APIs (it accepts an ArrayBuffer or a Uint8Array; a Node Buffer is one).
 */
import type { Finding, ProblemCode } from "../core/problems";
import { describeText, sniffFileKind } from "./sniff";
import type { WorkbookSource } from "./workbook-source";
import { readXlsx } from "./xlsx/read-xlsx";

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
  if (sniffFileKind(bytes) === "ole") {
    // An Excel 97–2003 .xls: its reader is loaded only when one arrives (its own chunk in the pane).
    const { readXlsBuffer } = await import("./xls/read-xls");
    return readXlsBuffer(bytes, file);
  }
  return readWorkbookBytes(bytes, file);
}

/**
 * The same, synchronously, for everything but an .xls (an .xlsx is read in one step; the .xls
 * reader is loaded on demand, so readWorkbookBuffer is the entry point that reads every kind).
 */
export function readWorkbookBytes(bytes: Uint8Array, file: string): WorkbookSource {
  switch (sniffFileKind(bytes)) {
    case "encrypted":
      return failed(file, "file-encrypted");
    case "ole":
      return failed(file, "file-unreadable", "not-xlsx: an .xls goes through readWorkbookBuffer");
    case "empty":
      return failed(file, "file-unreadable", "empty file");
    case "other":
      return failed(file, "file-unreadable", describeText(bytes));
    case "zip":
      return readXlsx(bytes, file);
  }
}
