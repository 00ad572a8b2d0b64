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
import { createWriteStream } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { PassThrough, type Writable } from "node:stream";
import type { EventEmitter } from "node:events";
import { dirname } from "node:path";
import type * as ExcelJS from "exceljs";
import "./exceljs-fixes";
import type { PlanSheet, SummaryPlan } from "../core/plan/types";
import { fillSheet, type PlanLook } from "./fill-sheet";
import { finishedPackage, type SheetFinish } from "./package-finish";
import { PartCollector } from "./part-collector";
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
  /**
   * The package is finished (charts, page breaks, print areas: package-finish.ts) before it is
   * written: the parts are kept in memory, uncompressed, and the file is written once, at close,
   * each part compressed once. Called at close, when every sheet has been taken.
   */
  finish?: () => readonly SheetFinish[];
}

/**
 * exceljs's WorkbookWriter with a PartCollector for its zip: exceljs assigns its archiver to `zip`
 * in its constructor and appends the first parts (theme, relationships) there at once, so the
 * collector takes the archiver's place through the property itself.
 */
const collectors = new WeakMap<object, PartCollector>();
class CollectingWorkbookWriter extends WorkbookWriter {
  get zip(): PartCollector {
    let collector = collectors.get(this);
    if (!collector) {
      collector = new PartCollector();
      collectors.set(this, collector);
    }
    return collector;
  }

  set zip(_archiver: unknown) {
    // exceljs's own archiver: not used
  }

  get parts(): ReadonlyMap<string, Uint8Array> {
    return this.zip.parts;
  }
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
    private readonly out: Writable,
    private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly finish?: () => readonly SheetFinish[],
  ) {
    const zip = (workbook as unknown as WithZip).zip;
    this.failed = new Promise<never>((_, reject) => {
      out.once("error", reject);
      zip?.once("error", reject);
    });
    this.failed.catch(() => undefined); // surfaced by the next addSheet / close
  }

  /**
   * Creates the parent folders and opens `path` for writing (with `finish`, the file is written at
   * close, finished).
   */
  static async open(path: string, head: PlanFileHead, options: WriteOptions = {}): Promise<PlanFileWriter> {
    await mkdir(dirname(path), { recursive: true });
    const out = options.finish ? new PassThrough() : createWriteStream(path);
    const Writer = options.finish ? CollectingWorkbookWriter : WorkbookWriter;
    const workbook = new Writer({ stream: out, useStyles: true, useSharedStrings: true });
    workbook.creator = GENERATOR;
    workbook.lastModifiedBy = GENERATOR;
    workbook.description = `${head.generator.name} ${head.generator.version}`;
    return new PlanFileWriter(path, head, out, workbook, options.finish);
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

  /**
   * Writes the workbook parts (styles, shared strings, workbook with print titles) and closes the
   * file; with `finish`, finishes the package and writes the file.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.race([this.workbook.commit(), this.failed]);
    if (this.workbook instanceof CollectingWorkbookWriter && this.finish)
      await writeFile(this.path, finishedPackage(this.workbook.parts, this.finish()));
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
