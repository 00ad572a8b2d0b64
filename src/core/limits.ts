/**
 * How much one input may hold before the engine stops reading it and says so. Returns come from
 * outside (e-mail, chat), so every shell (files, Office.js, the pane's worker) holds to these.
 */

/** Cells read for one sheet's table region at most (rows × columns of the window a shell builds). */
export const MAX_CELLS_PER_SHEET = 2_000_000;

/** Sheets read from one workbook at most; the rest are named in one problem. */
export const MAX_SHEETS_PER_FILE = 500;

/** Excel's own limit for the text of one cell; longer text is cut here with a problem. */
export const MAX_CELL_TEXT = 32_767;

/** Empty rows or columns that separate a stray cell from the table it does not belong to. */
export const TABLE_GAP = 64;

/**
 * Uncompressed bytes one part of a zipped workbook (a sheet's XML, the shared strings) may hold, and
 * all the parts read from one file together. A zip bomb stops here, before it is inflated further.
 * A real commune return's largest part is well under 1 MB; 10 million cells of XML are about 250 MB.
 */
export const MAX_PART_BYTES = 128 * 1024 * 1024;
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;
