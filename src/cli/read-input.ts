/**
 * Opens one input for reading, safely: only a regular file is read (a FIFO or a device named .xlsx
 * would block or never end), opened without blocking and checked on the open handle (no race between
 * the check and the read), and the add-in's own summaries are recognised before the full read.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from "fs";
import { inflateRawSync } from "zlib";
import type { Finding } from "../core/problems";
import { findOwnSummary, type Inflate, type OwnSummary } from "../files/own-summary";
import { fileFinding, readWorkbookBuffer } from "../files/read-workbook-buffer";
import type { WorkbookSource } from "../files/workbook-source";

export const nodeInflate: Inflate = (data, maxBytes) => {
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    return null;
  }
};

export type InputRead = { kind: "source"; source: WorkbookSource; ownSheets: string[] } | { kind: "own-summary" };

const failed = (file: string, finding: Finding): InputRead => ({
  kind: "source",
  source: { file, grids: [], findings: [finding] },
  ownSheets: [],
});

/**
 * The bytes of a regular file, or the finding that says why it was not read. Synchronous calls:
 * the command line reads one file at a time anyway, and the four thread-pool round trips per file
 * of the promise API cost about 30-80 ms of waiting on 100 returns (a few ms with these).
 */
export async function readRegularFile(file: string): Promise<Uint8Array | Finding> {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting forever.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return fileFinding("file-not-found");
    return fileFinding("file-unreadable", String(code ?? error));
  }
  try {
    if (!fstatSync(fd).isFile()) return fileFinding("file-not-regular");
    return readFileSync(fd);
  } catch (error) {
    return fileFinding("file-unreadable", String((error as NodeJS.ErrnoException).code ?? error));
  } finally {
    closeSync(fd);
  }
}

/** Reads `file` as a return, unless it is not a regular file or is wholly one of our summaries. */
export async function readInput(file: string): Promise<InputRead> {
  const bytes = await readRegularFile(file);
  if (!(bytes instanceof Uint8Array)) return failed(file, bytes);
  const own: OwnSummary = findOwnSummary(bytes, nodeInflate);
  if (own.wholeFile) return { kind: "own-summary" };
  const source = await readWorkbookBuffer(bytes, file);
  if (own.sheets.length === 0) return { kind: "source", source, ownSheets: [] };
  const skip = new Set(own.sheets.map((s) => s.toLowerCase()));
  const grids = source.grids.filter((g) => !skip.has(g.sheet.toLowerCase()));
  return { kind: "source", source: { ...source, grids }, ownSheets: own.sheets };
}

/** True when `file` is wholly one of our summaries (used to allow --out over a previous summary). */
export async function isOwnSummaryFile(file: string): Promise<boolean> {
  const bytes = await readRegularFile(file);
  return bytes instanceof Uint8Array && findOwnSummary(bytes, nodeInflate).wholeFile;
}
