/**
 * What reading one .xlsx file gives: one grid per worksheet, plus findings about the file itself
 * (unreadable, encrypted, missing), which use sheet "" and cell "".
 */
import type { Grid } from "../core/grid";
import type { Finding } from "../core/problems";

export interface WorkbookSource {
  /** The file as the user named it (path or display name). */
  file: string;
  /** One grid per worksheet, in workbook order; empty when the file could not be read. */
  grids: Grid[];
  findings: Finding[];
}
