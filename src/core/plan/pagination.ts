/**
 * An estimate of where printed pages break (A4 landscape, fitted to the printed columns' width), so
 * the plan can keep the signature with a few rows of its table: no last page holding one row and
 * the signature. The estimate uses Excel's column-width rule and the rows' heights; a real printer
 * may differ by a row or two, which the margin of rows kept together absorbs.
 */

/** A4 landscape minus the margins of sheet-setup.ts (0.4" each side, 0.6" top and bottom), in points. */
const PRINTABLE_WIDTH = 842 - 0.8 * 72;
const PRINTABLE_HEIGHT = 595 - 1.2 * 72;
export const DEFAULT_ROW_HEIGHT = 15.75;
/** Table rows printed with the signature at least. */
export const ROWS_WITH_SIGNATURE = 3;

/** Points of a column `chars` wide (Excel: 7 px a character plus 5 px padding, 0.75 pt a pixel). */
function columnPoints(chars: number): number {
  return (Math.trunc(chars * 7) + 5) * 0.75;
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
): number | null {
  const starts = pageStarts(heights, 1, end, scale, header);
  const last = starts[starts.length - 1];
  if (starts.length < 2 || last <= lastTableRow - ROWS_WITH_SIGNATURE + 1) return null;
  const at = lastTableRow - ROWS_WITH_SIGNATURE + 1;
  return at > header + 1 ? at : null;
}
