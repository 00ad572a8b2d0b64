/**
 * Writes a summary plan to an .xlsx file one sheet at a time, with exceljs's streaming writer:
 * each sheet is filled, committed and compressed into the file before the next is taken, so the
 * memory used is one sheet's, not the whole workbook's (the in-memory exceljs workbook costs about
 * 0.5 MB per sheet; a 1,000-commune summary would hold 1,001 of them).
 *
 * The output is the same workbook as writePlanToWorkbook's: values, formulas with cached results,
 * text kept as text (shared strings), styles, merges, conditional formats (with their dxf styles),
 * dropdowns, frozen panes, tab colours, page setup with print titles, footers. Charts are skipped,
 * as in the in-memory writer (exceljs cannot draw them).
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import type { EventEmitter } from "node:events";
import { dirname } from "node:path";
import type * as ExcelJS from "exceljs";
import "./exceljs-fixes";
import type { PlanSheet, SummaryPlan } from "../core/plan/types";
import { fillSheet, type PlanLook } from "./fill-sheet";
import { sheetOptions } from "./sheet-setup";

export const GENERATOR = "commune-targets";

/**
 * exceljs's streaming writer alone: the package's entry point also loads the in-memory workbook,
 * the streaming reader and the CSV reader with their dependencies, about 100 ms of the command
 * line's 0.4 s start that it never uses.
 */
const WorkbookWriter = require("exceljs/lib/stream/xlsx/workbook-writer") as typeof ExcelJS.stream.xlsx.WorkbookWriter;

/** What the file needs besides its sheets: the look every sheet shares and who generated it. */
export type PlanFileHead = PlanLook & Pick<SummaryPlan, "generator">;

export interface WriteOptions {
  /** Parts written uncompressed (archiver's STORE), to be compressed once by finishPackage. */
  store?: boolean;
}

/** exceljs's WorkbookWriter keeps its archiver (the zip being written) as `zip`. */
type WithZip = { zip?: EventEmitter };
/**
 * exceljs's WorksheetWriter keeps the model of every formula cell it wrote in `_formulae` (to
 * resolve shared formulas within the sheet) for as long as the workbook lives: about 50 KB a
 * summary sheet. Nothing reads it once the sheet is committed.
 */
type WithFormulae = { _formulae?: Record<string, unknown> };

export class PlanFileWriter {
  private readonly names = new Set<string>();
  /** Rejects on the first error of the file or the zip; awaited beside every step. */
  private readonly failed: Promise<never>;
  private closed = false;

  private constructor(
    private readonly path: string,
    private readonly head: PlanFileHead,
    private readonly out: WriteStream,
    private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  ) {
    const zip = (workbook as unknown as WithZip).zip;
    this.failed = new Promise<never>((_, reject) => {
      out.once("error", reject);
      zip?.once("error", reject);
    });
    this.failed.catch(() => undefined); // surfaced by the next addSheet / close
  }

  /**
   * Creates the parent folders and opens `path` for writing. With `store`, the parts are written
   * uncompressed, for finishPackage (package-finish.ts) to finish and compress once.
   */
  static async open(path: string, head: PlanFileHead, options: WriteOptions = {}): Promise<PlanFileWriter> {
    await mkdir(dirname(path), { recursive: true });
    const out = createWriteStream(path);
    const workbook = new WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: true,
      ...(options.store ? { zip: { store: true } } : {}),
    });
    workbook.creator = GENERATOR;
    workbook.lastModifiedBy = GENERATOR;
    workbook.description = `${head.generator.name} ${head.generator.version}`;
    return new PlanFileWriter(path, head, out, workbook);
  }

  /** Sheets written so far. */
  get sheetCount(): number {
    return this.names.size;
  }

  /** Writes one sheet and waits until it is compressed into the file; the sheet can then be dropped. */
  async addSheet(planSheet: PlanSheet): Promise<void> {
    if (this.closed) throw new Error("PlanFileWriter: the file is already closed");
    const key = planSheet.name.toLowerCase();
    // The in-memory workbook refuses a duplicate name; so does this one.
    if (this.names.has(key)) throw new Error(`Worksheet name already exists: ${planSheet.name}`);
    this.names.add(key);
    const sheet = this.workbook.addWorksheet(planSheet.name, sheetOptions(planSheet));
    fillSheet(sheet, this.head, planSheet, { shareStyles: true });
    const written = this.entryWritten(`xl/worksheets/sheet${sheet.id}.xml`);
    sheet.commit();
    const committed = sheet as unknown as WithFormulae;
    if (committed._formulae && typeof committed._formulae === "object") committed._formulae = {};
    await Promise.race([written, this.failed]);
  }

  /** Writes the workbook parts (styles, shared strings, workbook with print titles) and closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.race([this.workbook.commit(), this.failed]);
  }

  /** Stops writing and removes the partial file. */
  async abort(): Promise<void> {
    this.closed = true;
    this.out.destroy();
    await rm(this.path, { force: true });
  }

  /** Resolves when the archiver has written the zip entry `name` (archiver emits "entry" per entry). */
  private entryWritten(name: string): Promise<void> {
    const zip = (this.workbook as unknown as WithZip).zip;
    if (!zip) return new Promise((resolve) => setImmediate(resolve));
    return new Promise((resolve) => {
      const onEntry = (entry: { name?: string }): void => {
        if (entry.name?.replace(/^\/+/, "") !== name) return;
        zip.off("entry", onEntry);
        resolve();
      };
      zip.on("entry", onEntry);
    });
  }
}

/** Writes every sheet of `plan` to `path` (.xlsx), creating the parent folders. */
export async function writePlanSheetsFile(
  head: PlanFileHead,
  sheets: Iterable<PlanSheet>,
  path: string,
  options: WriteOptions = {},
): Promise<number> {
  const writer = await PlanFileWriter.open(path, head, options);
  try {
    for (const sheet of sheets) await writer.addSheet(sheet);
    await writer.close();
  } catch (error) {
    await writer.abort();
    throw error;
  }
  return writer.sheetCount;
}
