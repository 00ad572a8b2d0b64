/**
 * Writes a summary plan to an .xlsx file one sheet at a time: each PlanSheet becomes its worksheet
 * XML at once (sheetml/worksheet-xml.ts) and can then be dropped, so the memory used is one sheet's
 * plus the sheet parts' bytes, not a workbook model (the in-memory exceljs workbook costs about
 * 0.5 MB per sheet; a 1,000-commune summary would hold 1,001 of them).
 *
 * The output is the same workbook as writePlanToWorkbook's (exceljs, in memory; the equivalence
 * test compares the two cell by cell): values, formulas with cached results, text kept as text
 * (shared strings), styles, merges, conditional formats (with their dxf styles), dropdowns, frozen
 * panes, tab colours, page setup with print titles, footers; with `finish`, the charts, page breaks
 * and print areas (package-finish.ts). Each part is deflated into the file as it is made.
 *
 * Before, exceljs's streaming WorkbookWriter made these parts: about a third of the command line's
 * time on 100 returns went to its cell, row and style models and its XML stream, rebuilt per cell
 * from the plan that already says everything the XML says.
 */
import { mkdir, open as openFile, rm, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import { Zip } from "fflate";
import type { PlanSheet, SummaryPlan } from "../core/plan/types";
import type { PlanLook } from "./fill-sheet";
import { PackageFinisher, sheetFinish } from "./package-finish";
import { addDeflated } from "./package-zip";
import { SharedStrings } from "./sheetml/shared-strings";
import { StyleBook } from "./sheetml/style-book";
import {
  ROOT_RELS_XML,
  THEME_XML,
  appPropsXml,
  contentTypesXml,
  corePropsXml,
  sheetPartName,
  workbookRelsXml,
  workbookXml,
  type WorkbookSheet,
} from "./sheetml/workbook-parts";
import { worksheetXml } from "./sheetml/worksheet-xml";

export const GENERATOR = "commune-targets";

/** What the file needs besides its sheets: the look every sheet shares and who generated it. */
export type PlanFileHead = PlanLook & Pick<SummaryPlan, "generator">;

export interface WriteOptions {
  /** Add each sheet's charts, page breaks and print area (package-finish.ts). */
  finish?: boolean;
}

/**
 * The compressed bytes gathered before they are written to the file. Measured on 1,000 returns
 * (bench-scale manyFiles, 1,001 sheets, about 5,000 parts): a write per part took 3.7-4.1 s, peak
 * RSS 295-299 MB; per 64 KB 2.8-2.9 s, 296-300 MB; per megabyte 2.7-3.0 s but 341 MB.
 */
const WRITE_CHUNK = 1 << 16;

/**
 * Each part deflated (zlib) into the zip as it is added, and the zip's bytes written to the file
 * some 64 KB at a time.
 */
class PartSink {
  private readonly pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private failure: Error | null = null;
  private readonly zip = new Zip((error, chunk) => {
    if (error) this.failure = error;
    else {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
    }
  });

  constructor(private readonly file: FileHandle) {}

  async add(name: string, xml: string): Promise<void> {
    addDeflated(this.zip, name, Buffer.from(xml, "utf8"));
    if (this.failure) throw this.failure;
    if (this.pendingBytes >= WRITE_CHUNK) await this.flush();
  }

  async end(): Promise<void> {
    this.zip.end();
    await this.flush();
    await this.file.close();
  }

  async abort(): Promise<void> {
    await this.file.close().catch(() => undefined);
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    const bytes = Buffer.concat(this.pending.splice(0));
    this.pendingBytes = 0;
    for (let at = 0; at < bytes.length;) at += (await this.file.write(bytes, at)).bytesWritten;
  }
}

/** The name exceljs gave a sheet (it checked the same), so the file names its sheets as before. */
function sheetName(name: string): string {
  if (name === "") throw new Error("The name can't be empty.");
  if (name === "History") throw new Error('The name "History" is protected. Please use a different name.');
  if (/[*?:/\\[\]]/.test(name))
    throw new Error(`Worksheet name ${name} cannot include any of the following characters: * ? : \\ / [ ]`);
  if (/(^')|('$)/.test(name))
    throw new Error(`The first or last character of worksheet name cannot be a single quotation mark: ${name}`);
  return name.length > 31 ? name.slice(0, 31) : name;
}

export class PlanFileWriter {
  private readonly names = new Set<string>();
  private readonly sheets: WorkbookSheet[] = [];
  private readonly finisher: PackageFinisher | null;
  private readonly styles: StyleBook;
  private readonly strings = new SharedStrings();
  private closed = false;

  private constructor(
    private readonly path: string,
    private readonly head: PlanFileHead,
    private readonly sink: PartSink,
    finish: boolean,
  ) {
    this.styles = new StyleBook(head);
    this.finisher = finish ? new PackageFinisher() : null;
  }

  /** Creates the parent folders and opens `path` for writing. */
  static async open(path: string, head: PlanFileHead, options: WriteOptions = {}): Promise<PlanFileWriter> {
    await mkdir(dirname(path), { recursive: true });
    return new PlanFileWriter(path, head, new PartSink(await openFile(path, "w")), options.finish === true);
  }

  /** Sheets written so far. */
  get sheetCount(): number {
    return this.sheets.length;
  }

  /** Writes one sheet into the package; the sheet can then be dropped. */
  async addSheet(planSheet: PlanSheet): Promise<void> {
    if (this.closed) throw new Error("PlanFileWriter: the file is already closed");
    const name = sheetName(planSheet.name);
    const key = name.toLowerCase();
    // The in-memory workbook refuses a duplicate name; so does this one.
    if (this.names.has(key)) throw new Error(`Worksheet name already exists: ${name}`);
    this.names.add(key);
    this.sheets.push({ name, printTitleRows: planSheet.page.printTitleRows });
    const part = sheetPartName(this.sheets.length);
    const finished = this.finisher?.sheet(sheetFinish(planSheet), this.sheets.length - 1, part);
    for (const [partName, xml] of finished?.parts ?? []) await this.sink.add(partName, xml);
    await this.sink.add(part, worksheetXml(planSheet, this.styles, this.strings, finished?.sheetTail));
  }

  /** Writes the workbook parts (styles, shared strings, workbook with print titles and areas) and closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const count = this.sheets.length;
    const description = `${this.head.generator.name} ${this.head.generator.version}`;
    const parts: Array<[string, string]> = [
      ["[Content_Types].xml", contentTypesXml(count, this.finisher?.contentTypeOverrides)],
      ["_rels/.rels", ROOT_RELS_XML],
      ["docProps/app.xml", appPropsXml(this.sheets.map((s) => s.name))],
      ["docProps/core.xml", corePropsXml(GENERATOR, description, new Date())],
      ["xl/workbook.xml", workbookXml(this.sheets, this.finisher?.definedNames)],
      ["xl/_rels/workbook.xml.rels", workbookRelsXml(count)],
      ["xl/theme/theme1.xml", THEME_XML],
      ["xl/styles.xml", this.styles.toXml()],
      ["xl/sharedStrings.xml", this.strings.toXml()],
    ];
    for (const [name, xml] of parts) await this.sink.add(name, xml);
    await this.sink.end();
  }

  /** Stops writing and removes the partial file. */
  async abort(): Promise<void> {
    this.closed = true;
    await this.sink.abort();
    await rm(this.path, { force: true });
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
