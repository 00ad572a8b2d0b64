/**
 * Reads an Excel 97–2003 .xls (BIFF8 in an OLE compound file; Excel 5.0/95's BIFF5 too) into the same WorkbookSource an
 * .xlsx gives. Loaded only when an .xls arrives (read-workbook-buffer.ts imports it on demand), so
 * the pane's chunks without one never carry it. Damage, a password or a pre-97 format become one
 * localised finding about the file, never an exception; a damaged file never stops the others.
 *
 * Why our own reader rather than a library: the files are untrusted, and the one full parser on
 * the registry that reads .xls (SheetJS `xlsx`) is 0.18.5 there, with prototype-pollution and
 * ReDoS advisories; its fixed releases are published off the registry or by third-party
 * republishers, and it parses dozens of formats we never need. What the core needs from an .xls
 * is small (values, cached formula results, number formats, merges, hidden rows), so this reader
 * reads just that, with every length checked and its work linear in the file's size.
 */
import type { Grid } from "../../core/grid";
import { MAX_SHEETS_PER_FILE } from "../../core/limits";
import type { Finding, ProblemCode } from "../../core/problems";
import type { WorkbookSource } from "../workbook-source";
import { BiffError, EncryptedError, OldBiffError, readBiffWorkbook } from "./biff-workbook";
import { CfbError, openCompoundFile } from "./cfb";
import { sheetToGrid } from "./sheet-grid";

/** Reasons given with "file-unreadable"; src/core/i18n/messages.ts words them for the user. */
export const XLS_REASON = {
  notWorkbook: "not-xlsx: an OLE file that is not an Excel workbook",
  tooOld: "old-xls: Excel 4.0 or older",
} as const;

function fileProblem(file: string, code: ProblemCode, reason?: string): WorkbookSource {
  const finding: Finding = { sheet: "", cell: "", severity: "error", code };
  if (reason) finding.params = { reason };
  return { file, grids: [], findings: [finding] };
}

export function readXlsBuffer(bytes: Uint8Array, file: string): WorkbookSource {
  let workbook;
  try {
    const compound = openCompoundFile(bytes);
    // "Workbook": Excel 97–2003 (BIFF8); "Book": Excel 5.0/95 (BIFF5).
    const stream = compound.stream("Workbook") ?? compound.stream("Book");
    if (!stream) return fileProblem(file, "file-unreadable", XLS_REASON.notWorkbook);
    workbook = readBiffWorkbook(stream, MAX_SHEETS_PER_FILE);
  } catch (error) {
    if (error instanceof EncryptedError) return fileProblem(file, "file-encrypted");
    if (error instanceof OldBiffError) return fileProblem(file, "file-unreadable", XLS_REASON.tooOld);
    if (error instanceof CfbError || error instanceof BiffError) {
      return fileProblem(file, "file-unreadable", `xls: ${error.message}`);
    }
    // Anything else is a bug of ours, but one file must still not stop the others.
    return fileProblem(file, "file-unreadable", `xls: ${error instanceof Error ? error.message : String(error)}`);
  }
  const grids: Grid[] = [];
  const findings: Finding[] = [];
  for (const sheet of workbook.sheets) {
    const result = sheetToGrid(sheet);
    if (result.grid) grids.push(result.grid);
    findings.push(...result.findings);
  }
  if (workbook.worksheetCount > workbook.sheets.length) {
    findings.push({
      sheet: "",
      cell: "",
      severity: "warning",
      code: "file-too-many-sheets",
      params: { read: workbook.sheets.length, total: workbook.worksheetCount },
    });
  }
  return { file, grids, findings };
}
