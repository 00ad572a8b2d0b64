/**
 * Where the values on a large sheet actually are, found with requests of bounded size: a box (at first
 * the sheet's used range) larger than TABLE_GAP on a side is cut into up to 16 bands along its longer
 * side, and each band is asked for its own used range (values only), which drops the empty space. A
 * stray cell at XFD1048576 beside a table at A1:H40 takes two rounds: the bands that hold nothing
 * vanish, and the two boxes left are exactly the table and the cell. Boxes no larger than TABLE_GAP
 * on either side are final: any two cells in one are near enough to belong to the same table.
 * Every round is one sync for all sheets; the number of probes per sync and boxes per sheet is capped.
 * Office.js: Worksheet.getRange (ExcelApi 1.1), Range.getUsedRangeOrNullObject (1.4).
 */
import type { CellRange } from "../core/grid";
import { rangeAt } from "./range-at";
import { TABLE_GAP } from "../core/limits";

export interface LocateLimits {
  /** A box at most this many rows and columns is final. */
  side: number;
  /** Probes (used-range requests) per sync. */
  probesPerSync: number;
  /** Boxes per sheet; past it, boxes are kept as they are (coarser, still bounded). */
  boxesPerSheet: number;
}

export const LOCATE_LIMITS: LocateLimits = { side: TABLE_GAP, probesPerSync: 2000, boxesPerSheet: 4096 };

const PIECES = 16;

const height = (b: CellRange) => b.bottom - b.top + 1;
const width = (b: CellRange) => b.right - b.left + 1;

/** `box` cut into at most PIECES bands along its longer side (each band at least `side` long). */
export function splitBox(box: CellRange, side: number): CellRange[] {
  const alongRows = height(box) >= width(box);
  const length = alongRows ? height(box) : width(box);
  const pieces = Math.min(PIECES, Math.ceil(length / side));
  const step = Math.ceil(length / pieces);
  const out: CellRange[] = [];
  for (let from = 0; from < length; from += step) {
    const to = Math.min(length, from + step) - 1;
    out.push(
      alongRows
        ? { ...box, top: box.top + from, bottom: box.top + to }
        : { ...box, left: box.left + from, right: box.left + to },
    );
  }
  return out;
}

interface Probe {
  sheet: number;
  range: Excel.Range;
}

/**
 * The boxes holding every value of each sheet, starting from `starts[i]` (the used range of
 * `sheets[i]`). Each box is the used range (values only) of its band, so it is tight.
 */
export async function locateBoxes(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  starts: readonly CellRange[],
  limits: LocateLimits = LOCATE_LIMITS,
): Promise<CellRange[][]> {
  const done: CellRange[][] = starts.map(() => []);
  const pending: Array<{ sheet: number; box: CellRange }> = [];
  const queued = starts.map(() => 0);
  const isFinal = (b: CellRange) => height(b) <= limits.side && width(b) <= limits.side;
  const place = (sheet: number, box: CellRange) => {
    if (isFinal(box)) done[sheet].push(box);
    else {
      pending.push({ sheet, box });
      queued[sheet]++;
    }
  };
  starts.forEach((box, sheet) => place(sheet, box));
  while (pending.length > 0) {
    const probes: Probe[] = [];
    const inFlight = starts.map(() => 0);
    while (pending.length > 0 && probes.length + PIECES <= limits.probesPerSync) {
      const { sheet, box } = pending.shift() as { sheet: number; box: CellRange };
      queued[sheet]--;
      if (done[sheet].length + queued[sheet] + inFlight[sheet] + PIECES > limits.boxesPerSheet) {
        done[sheet].push(box); // too scattered to follow further: keep the box as it is
        continue;
      }
      inFlight[sheet] += PIECES;
      for (const band of splitBox(box, limits.side)) {
        const range = rangeAt(sheets[sheet], band.top, band.left, height(band), width(band)).getUsedRangeOrNullObject(
          true,
        );
        range.load("rowIndex, columnIndex, rowCount, columnCount");
        probes.push({ sheet, range });
      }
    }
    if (probes.length === 0) continue;
    await context.sync();
    for (const { sheet, range } of probes) {
      if (range.isNullObject) continue;
      const top = range.rowIndex + 1;
      const left = range.columnIndex + 1;
      place(sheet, { top, left, bottom: top + range.rowCount - 1, right: left + range.columnCount - 1 });
    }
  }
  return done.map((boxes) => boxes.sort((a, b) => a.top - b.top || a.left - b.left));
}
