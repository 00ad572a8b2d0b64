/**
 * An .xlsx's bytes → one Grid per worksheet (in workbook order) and findings about the file, in one
 * synchronous step: no timers, no streams, so a browser worker reads a file in one task.
 * Damage (truncated zip, wrong CRC, duplicate entry, invalid UTF-8, a DTD, a zip bomb) becomes one
 * "file-unreadable" finding for the file, with no grids: none of its figures are used.
 */
import { MAX_SHEETS_PER_FILE } from "../../core/limits";
import type { Finding } from "../../core/problems";
import type { WorkbookSource } from "../workbook-source";
import { XlsxDamage } from "./damage";
import { readCellFormats, readPart, readSharedStrings, readWorkbookInfo, workbookPart } from "./parts";
import { readSheet } from "./sheet";
import { ZipReader } from "./zip";

/** A file-level finding (sheet "" and cell ""): `reason` picks the sentence, `detail` is for --verbose. */
export function fileProblem(reason: string, extra: Record<string, string> = {}): Finding {
  return { sheet: "", cell: "", severity: "error", code: "file-unreadable", params: { reason, ...extra } };
}

export function damageFinding(damage: XlsxDamage): Finding {
  if (damage.kind === "too-large") return fileProblem("too-large", { part: damage.part, detail: damage.message });
  return fileProblem("damaged", { damage: damage.kind, part: damage.part, detail: damage.message });
}

/** What a zip that is no .xlsx workbook is: an .xlsb, an .ods, or something else (a .docx…). */
function otherZipKind(zip: ZipReader): string {
  if (zip.has("xl/workbook.bin")) return "xlsb";
  const mimetype = zip.entry("mimetype");
  if (mimetype && mimetype.size < 200) {
    const text = new TextDecoder().decode(zip.read("mimetype"));
    if (text.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
  }
  return "not-workbook";
}

function readZippedWorkbook(bytes: Uint8Array, file: string): WorkbookSource {
  const zip = new ZipReader(bytes);
  const part = workbookPart(zip);
  if (!part) return { file, grids: [], findings: [fileProblem(otherZipKind(zip))] };
  const info = readWorkbookInfo(zip, part);
  const cellFormats = readCellFormats(zip, info.styles);
  const sharedStrings = readSharedStrings(zip, info.sharedStrings);
  const findings: Finding[] = [];
  const worksheets = info.sheets.filter((s) => s.part !== null);
  if (worksheets.length > MAX_SHEETS_PER_FILE) {
    findings.push({
      sheet: "",
      cell: "",
      severity: "warning",
      code: "file-too-many-sheets",
      params: { read: MAX_SHEETS_PER_FILE, total: worksheets.length },
    });
  }
  const grids = [];
  for (const sheet of worksheets.slice(0, MAX_SHEETS_PER_FILE)) {
    const xml = readPart(zip, sheet.part!)!;
    const result = readSheet(xml, {
      name: sheet.name,
      part: sheet.part!,
      sharedStrings,
      cellFormats,
      date1904: info.date1904,
    });
    if (result.grid) grids.push(result.grid);
    findings.push(...result.findings);
  }
  return { file, grids, findings };
}

/** Reads a zipped workbook; damage becomes a finding, never an exception. */
export function readXlsx(bytes: Uint8Array, file: string): WorkbookSource {
  try {
    return readZippedWorkbook(bytes, file);
  } catch (error) {
    if (error instanceof XlsxDamage) return { file, grids: [], findings: [damageFinding(error)] };
    // A defect of this reader, not of the file: still one finding for this file only.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      file,
      grids: [],
      findings: [fileProblem("damaged", { damage: "bad-xml", part: "", detail: detail.slice(0, 300) })],
    };
  }
}
