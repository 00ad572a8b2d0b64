/**
 * Reads an .xlsx file from disk (read-only: the file is only ever opened for reading).
 * The byte-level work is in read-workbook-buffer.ts, which the browser can use on its own.
 */
import { readFile } from "node:fs/promises";
import { fileFinding, readWorkbookBuffer } from "./read-workbook-buffer";
import type { WorkbookSource } from "./workbook-source";

export { readWorkbookBuffer } from "./read-workbook-buffer";
export type { WorkbookSource } from "./workbook-source";

export async function readWorkbookFile(path: string): Promise<WorkbookSource> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path, { flag: "r" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      return { file: path, grids: [], findings: [fileFinding("file-not-found")] };
    }
    return { file: path, grids: [], findings: [fileFinding("file-unreadable", String(code ?? error))] };
  }
  return readWorkbookBuffer(bytes, path);
}
