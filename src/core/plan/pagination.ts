/**
 * An estimate of where printed pages break (A4 landscape, fitted to the printed columns' width), so
 * the plan can keep the signature with a few rows of its table: no last page holding one row and
 * the signature. The estimate uses Excel's column-width rule and the rows' heights; a real printer
 * may differ by a row or two, which the margin of rows kept together absorbs.
 */

import type { PageMargins } from "./types";

/** Margins in inches: narrow enough for a wide table, wide enough for a printer (both writers use them). */
export const PAGE_MARGINS: Readonly<PageMargins> = Object.freeze({
  left: 0.4,
  right: 0.4,
  top: 0.6,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
});
/** A4 landscape minus the margins, in points. */
const PRINTABLE_WIDTH = 842 - (PAGE_MARGINS.left + PAGE_MARGINS.right) * 72;
const PRINTABLE_HEIGHT = 595 - (PAGE_MARGINS.top + PAGE_MARGINS.bottom) * 72;
/**
 * The smallest scale the plan prints at to save a page: 12 pt text prints at 8,4 pt, 10 pt notes
 * at 7 pt, still readable on paper. Below it a sheet takes the pages it needs at the width fit.
 */
export const MIN_SCALE = 0.7;
/**
 * The share of a page the estimate may fill when it picks a scale: LibreOffice and Excel lay rows
 * out a little differently from the estimate (rounding, default heights).
 */
export const SAFE_FILL = 0.98;
export const DEFAULT_ROW_HEIGHT = 15.75;
/** Table rows printed with the signature at least. */
export const ROWS_WITH_SIGNATURE = 3;

/** Points of a column `chars` wide (Excel: 7 px a character plus 5 px padding, 0.75 pt a pixel). */
function columnPoints(chars: number): number {
  return (Math.trunc(chars * 7) + 5) * 0.75;
}

/** How many leading columns print on one page width at full scale (one at least). */
export function columnsFitting(widths: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < widths.length; i++) {
    total += columnPoints(widths[i]);
    if (total > PRINTABLE_WIDTH * SAFE_FILL) return Math.max(1, i);
  }
  return widths.length;
}

/** The print scale when the columns are fitted to the page width. */
export function fitScale(widths: readonly number[]): number {
  const total = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  return total <= PRINTABLE_WIDTH ? 1 : PRINTABLE_WIDTH / total;
}

const heightOf = (heights: Record<number, number>, row: number) => heights[row] ?? DEFAULT_ROW_HEIGHT;

/**
 * The first row of each printed page from `from` (a page starts there) to `to`, with `titleRow`
 * repeated at the top of every page that starts below it (LibreOffice and Excel print repeated rows
 * only from the page where they first appear).
 */
export function pageStarts(
  heights: Record<number, number>,
  from: number,
  to: number,
  scale: number,
  titleRow: number | null,
  breaks: readonly number[] = [],
): number[] {
  const room = PRINTABLE_HEIGHT / scale;
  const title = titleRow === null ? 0 : heightOf(heights, titleRow);
  const starts = [from];
  let used = 0;
  for (let row = from; row <= to; row++) {
    const h = heightOf(heights, row);
    if (row > from && (used + h > room || breaks.includes(row))) {
      starts.push(row);
      used = titleRow !== null && row > titleRow ? title : 0;
    }
    used += h;
  }
  return starts;
}

/**
 * The extra page break, if any, that keeps ROWS_WITH_SIGNATURE table rows with the signature:
 * the sheet prints from row 1; `header` is the table's header (repeated on the pages after the one
 * it starts on), `lastTableRow` the table's last row, `end` the signature's last row.
 */
export function keepWithSignature(
  heights: Record<number, number>,
  header: number,
  lastTableRow: number,
  end: number,
  scale: number,
  breaks: readonly number[] = [],
): number | null {
  const starts = pageStarts(heights, 1, end, scale, header, breaks);
  const last = starts[starts.length - 1];
  if (starts.length < 2 || last <= lastTableRow - ROWS_WITH_SIGNATURE + 1) return null;
  const at = lastTableRow - ROWS_WITH_SIGNATURE + 1;
  return at > header + 1 ? at : null;
}

/** Table rows printed under the table's header on its first page, at least. */
export const ROWS_UNDER_HEADER = 3;

/**
 * A page break before the table's header when its page would end within ROWS_UNDER_HEADER rows
 * under it (a header and a row at the foot of a page, the rest overleaf), else null.
 */
export function keepHeaderWithRows(
  heights: Record<number, number>,
  header: number,
  lastTableRow: number,
  scale: number,
): number | null {
  const last = Math.min(lastTableRow, header + ROWS_UNDER_HEADER);
  const starts = pageStarts(heights, 1, last, scale, null);
  return starts.some((start) => start > header && start <= last) ? header : null;
}

/**
 * The page breaks of a sheet at this scale: the table's header with rows, the signature with rows.
 * A printer lays rows out a little denser or looser than the estimate, so each break is placed if
 * the estimate calls for it at the scale give or take SAFE_FILL (a break where none was needed costs
 * only some space at the foot of a page).
 */
export function sheetBreaks(
  heights: Record<number, number>,
  header: number,
  lastTableRow: number,
  end: number,
  scale: number,
): number[] {
  const scales = [scale * SAFE_FILL, scale, scale / SAFE_FILL];
  const breaks: number[] = [];
  if (scales.some((s) => keepHeaderWithRows(heights, header, lastTableRow, s) !== null)) breaks.push(header);
  for (const s of scales) {
    const keep = keepWithSignature(heights, header, lastTableRow, end, s, breaks);
    if (keep !== null) {
      breaks.push(keep);
      break;
    }
  }
  return breaks;
}

/** The scale a page setup prints at (0..1): its own scale, else the width fit of the printed columns. */
export function printScale(page: { scale?: number; fitToWidth: boolean }, printedWidths: readonly number[]): number {
  if (page.scale !== undefined) return page.scale / 100;
  return page.fitToWidth ? fitScale(printedWidths) : 1;
}

export interface PageFit {
  /** The print scale in percent (writers print at it rather than fit to the width themselves). */
  scale: number;
  /** The breaks that keep the table's header and the signature with rows of the table (sheetBreaks). */
  rowBreaks: number[];
}

/**
 * The share of the page width the columns may fill by Excel's width rule: LibreOffice draws the
 * same columns about 2–4 % wider (and fits to the width at a scale about 4 % below Excel's), so a
 * scale with this much to spare prints on one page width in both, and rows fall as estimated.
 */
export const WIDTH_SPARE = 0.96;

/**
 * How to print a sheet (rows 1..end, its table's header `header` repeated, its last row
 * `lastTableRow`, then the signature) on at most `pages` pages: the largest whole-percent scale, from
 * the one that fits the columns to the width (with WIDTH_SPARE) down to MIN_SCALE, at which the
 * estimate gives that many pages; if none does, the width scale on the pages it needs. Either way
 * the table's header and the signature keep rows of the table with them (sheetBreaks). The scale is
 * always given, so Excel and LibreOffice print at the scale the estimate assumed.
 */
export function fitPages(
  heights: Record<number, number>,
  header: number,
  lastTableRow: number,
  end: number,
  widthScale: number,
  pages: number,
): PageFit {
  const at = (pct: number): { breaks: number[]; count: number } => {
    const breaks = sheetBreaks(heights, header, lastTableRow, end, pct / 100);
    return { breaks, count: pageStarts(heights, 1, end, pct / 100 / SAFE_FILL, header, breaks).length };
  };
  const top = Math.max(10, Math.floor(widthScale * WIDTH_SPARE * 100));
  // pages are at least the rows' height over a page's room: scales that cannot do are not laid out
  let total = 0;
  for (let row = 1; row <= end; row++) total += heightOf(heights, row);
  for (let pct = top; pct >= Math.round(MIN_SCALE * 100); pct--) {
    if ((total * pct) / 100 / SAFE_FILL > pages * PRINTABLE_HEIGHT) continue;
    const tried = at(pct);
    if (tried.count <= pages) return { scale: pct, rowBreaks: tried.breaks };
  }
  return { scale: top, rowBreaks: at(top).breaks };
}
