/**
 * Reads every worksheet's table (values only) into Grids for the core. Call inside Excel.run:
 *   Excel.run((context) => readWorkbookGrids(context))
 * Never requests more than a bounded number of cells for one sheet, whatever its used range: a stray
 * value at XFD1048576 makes the used range the whole sheet, and loading it would fail or exhaust memory.
 * - Sync 1 loads the sheet names (at most MAX_SHEETS_PER_FILE are read; the rest are named in a problem).
 * - Sync 2 loads, for every sheet, its used range's size and the values of the used part of a fixed head
 *   window (HEAD_ROWS × HEAD_COLUMNS from A1). A sheet whose values all lie in that window is done: an
 *   ordinary workbook takes 2 syncs whatever the number of sheets.
 * - Any other sheet is located in bounded requests (locate-cells.ts: bands asked for their own used
 *   range until each box is small), the boxes' values are read in syncs of at most `maxCellsPerSync`
 *   cells (halved and retried when a response is still too large), and region-grid.ts keeps the table
 *   region, reporting cells far outside it ("cells-outside-table"), a region over the cap
 *   ("sheet-too-large") and text over 32,767 characters ("cell-text-too-long").
 * Office.js: getUsedRangeOrNullObject (ExcelApi 1.4), getRange (1.1); merged areas on 1.13.
 */
import type { CellRange, CellValue, Grid } from "../core/grid";
import { rangeAt } from "./range-at";
import { parseA1 } from "../core/address";
import { MAX_CELLS_PER_SHEET, MAX_SHEETS_PER_FILE } from "../core/limits";
import type { Finding } from "../core/problems";
import { sheetTooLargeFinding } from "../core/table-region";
import { apiErrorFinding, isPayloadLimitError } from "./api-error";
import { LOCATE_LIMITS, type LocateLimits, locateBoxes } from "./locate-cells";
import { type CellBlock, regionGrid } from "./region-grid";
import { type RequirementChecker, hasExcelApi, officeRequirements } from "./requirements";

export interface ReadOptions {
  /** Cells read per sync once chunking is needed; default 50,000 (about 4 MB at 80 bytes a cell). */
  maxCellsPerSync?: number;
  /** Cells of one sheet's table region at most; default MAX_CELLS_PER_SHEET. */
  maxCellsPerSheet?: number;
  /** Sheets read at most; default MAX_SHEETS_PER_FILE. */
  maxSheets?: number;
  /** How the large sheets are located (tests make it smaller). */
  locate?: LocateLimits;
}

/** The head window read with the sizes in sync 2: 500 rows × 52 columns (A1:AZ500) at most per sheet. */
export const HEAD_ROWS = 500;
export const HEAD_COLUMNS = 52;

const USED_PROPS = "rowIndex, columnIndex, rowCount, columnCount";
const DATA_PROPS = "values, numberFormat, valueTypes";
/** "Sheet1!A1:G1" or "'Xã A'!B3" → an absolute CellRange. */
export function parseRangeAddress(address: string): CellRange | null {
  const plain = address.slice(address.lastIndexOf("!") + 1);
  const [first, second = first] = plain.split(":");
  const start = parseA1(first);
  const end = parseA1(second);
  if (!start || !end) return null;
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}

/** Excel's values into CellValues: "" → null, an "Error" value type → { error }. */
export function toCellValues(values: unknown[][], valueTypes: string[][]): CellValue[][] {
  return values.map((row, r) =>
    row.map((v, c): CellValue => {
      if (valueTypes[r]?.[c] === "Error") return { error: String(v) };
      if (v === "" || v === null || v === undefined) return null;
      if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
      return String(v);
    }),
  );
}

interface SheetProbe {
  used: Excel.Range;
  head: Excel.Range | null;
  merged: Excel.RangeAreas | null;
}

function probe(sheet: Excel.Worksheet, withMerges: boolean, withHead: boolean): SheetProbe {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(USED_PROPS);
  let head: Excel.Range | null = null;
  if (withHead) {
    head = rangeAt(sheet, 1, 1, HEAD_ROWS, HEAD_COLUMNS).getUsedRangeOrNullObject(true);
    head.load(`${USED_PROPS}, ${DATA_PROPS}`);
  }
  // Merged areas of the head window only: the used range of a sheet with a stray cell is the whole sheet,
  // and so could be its merges. A larger sheet's merges are asked for its table region once it is known.
  const merged = withMerges ? mergedAreas(sheet, { top: 1, left: 1, bottom: HEAD_ROWS, right: HEAD_COLUMNS }) : null;
  return { used, head, merged };
}

function mergedAreas(sheet: Excel.Worksheet, r: CellRange): Excel.RangeAreas {
  const merged = rangeAt(sheet, r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1).getMergedAreasOrNullObject();
  merged.areas.load("items/address");
  return merged;
}

function addressesOf(merged: Excel.RangeAreas | null): CellRange[] | undefined {
  if (!merged) return undefined;
  if (merged.isNullObject) return [];
  return merged.areas.items.map((r) => parseRangeAddress(r.address)).filter((r): r is CellRange => r !== null);
}

const mergesOf = (p: SheetProbe): CellRange[] | undefined =>
  p.used.isNullObject && p.merged ? [] : addressesOf(p.merged);

const rectOf = (r: Excel.Range): CellRange => ({
  top: r.rowIndex + 1,
  left: r.columnIndex + 1,
  bottom: r.rowIndex + r.rowCount,
  right: r.columnIndex + r.columnCount,
});

const blockOf = (range: Excel.Range, rect: CellRange): CellBlock => ({
  top: rect.top,
  left: rect.left,
  values: toCellValues(range.values, range.valueTypes),
  formats: range.numberFormat as string[][],
});

const inHead = (r: CellRange): boolean => r.bottom <= HEAD_ROWS && r.right <= HEAD_COLUMNS;

/** The sheets to read: not very hidden (add-ins' internals), at most `max`; the rest named in a problem. */
function sheetsToRead(all: Excel.Worksheet[], max: number): { sheets: Excel.Worksheet[]; findings: Finding[] } {
  const visible = all.filter((ws) => ws.visibility !== "VeryHidden");
  if (visible.length <= max) return { sheets: visible, findings: [] };
  const finding: Finding = {
    sheet: "",
    cell: "",
    severity: "warning",
    code: "file-too-many-sheets",
    params: { read: max, total: visible.length },
  };
  return { sheets: visible.slice(0, max), findings: [finding] };
}

export async function readWorkbookGrids(
  context: Excel.RequestContext,
  api: RequirementChecker = officeRequirements(),
  options: ReadOptions = {},
): Promise<{ grids: Grid[]; findings: Finding[] }> {
  const withMerges = hasExcelApi(api, "1.13");
  const maxCells = options.maxCellsPerSheet ?? MAX_CELLS_PER_SHEET;
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name, items/visibility");
    await context.sync();
    const { sheets, findings } = sheetsToRead(worksheets.items, options.maxSheets ?? MAX_SHEETS_PER_FILE);
    const names = sheets.map((ws) => ws.name);

    let probes = sheets.map((ws) => probe(ws, withMerges, true));
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error)) throw error;
      // Too many full heads for one response: sizes only, and every sheet read in bounded blocks.
      probes = sheets.map((ws) => probe(ws, withMerges, false));
      await context.sync();
    }
    const results: Array<Grid | null> = names.map(() => null);
    const large: number[] = [];
    probes.forEach((p, i) => {
      if (p.used.isNullObject) {
        results[i] = regionGrid(names[i], [], mergesOf(p), maxCells).grid;
        return;
      }
      const used = rectOf(p.used);
      if (p.head && !p.head.isNullObject && inHead(used)) {
        const read = regionGrid(names[i], [blockOf(p.head, rectOf(p.head))], mergesOf(p), maxCells);
        results[i] = read.grid;
        findings.push(...read.findings);
      } else large.push(i);
    });
    if (large.length > 0) {
      const located = await locateBoxes(
        context,
        large.map((i) => sheets[i]),
        large.map((i) => rectOf(probes[i].used)),
        options.locate ?? LOCATE_LIMITS,
      );
      const blocks = await readBoxes(context, large, located, sheets, maxCells, options.maxCellsPerSync ?? 50_000);
      large.forEach((index, k) => {
        const boxes = located[k];
        const cells = boxes.reduce((n, b) => n + (b.bottom - b.top + 1) * (b.right - b.left + 1), 0);
        if (cells > maxCells) {
          findings.push(sheetTooLargeFinding(names[index], cells));
          return;
        }
        const read = regionGrid(names[index], blocks[k], undefined, maxCells);
        results[index] = read.grid;
        findings.push(...read.findings);
      });
      if (withMerges) await addRegionMerges(context, sheets, large, results);
    }
    return { grids: results.filter((g): g is Grid => g !== null), findings };
  } catch (error) {
    return { grids: [], findings: [apiErrorFinding(error)] };
  }
}

/**
 * The values of every box, in syncs of at most `maxCells` cells (a box is never split: each is at most
 * TABLE_GAP × TABLE_GAP cells, or the sheet was too scattered to follow and is skipped when over the cap).
 */
async function readBoxes(
  context: Excel.RequestContext,
  large: readonly number[],
  located: readonly CellRange[][],
  sheets: readonly Excel.Worksheet[],
  maxSheetCells: number,
  maxCellsPerSync: number,
): Promise<CellBlock[][]> {
  const blocks: CellBlock[][] = located.map(() => []);
  const pending: Array<{ k: number; box: CellRange }> = [];
  located.forEach((boxes, k) => {
    const cells = boxes.reduce((n, b) => n + area(b), 0);
    if (cells <= maxSheetCells) for (const box of boxes) pending.push({ k, box });
  });
  let budget = Math.max(1, maxCellsPerSync);
  while (pending.length > 0) {
    const batch: Array<{ k: number; box: CellRange; range: Excel.Range }> = [];
    let cells = 0;
    while (pending.length > 0 && (batch.length === 0 || cells + area(pending[0].box) <= budget)) {
      const { k, box } = pending.shift() as { k: number; box: CellRange };
      const range = rangeAt(sheets[large[k]], box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1);
      range.load(DATA_PROPS);
      batch.push({ k, box, range });
      cells += area(box);
    }
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error) || batch.length === 1) throw error;
      budget = Math.max(1, Math.floor(cells / 2)); // too big after all: retry these boxes in halves
      pending.unshift(...batch.map(({ k, box }) => ({ k, box })));
      continue;
    }
    for (const { k, box, range } of batch) blocks[k].push(blockOf(range, box));
  }
  return blocks;
}

/** The merged areas within each large sheet's table region (ExcelApi 1.13): one sync for all of them. */
async function addRegionMerges(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  large: readonly number[],
  results: Array<Grid | null>,
): Promise<void> {
  const asked = large.flatMap((index) => {
    const grid = results[index];
    if (!grid || grid.values.length === 0) return [];
    const region = {
      top: grid.top,
      left: grid.left,
      bottom: grid.top + grid.values.length - 1,
      right: grid.left + grid.values[0].length - 1,
    };
    return [{ grid, merged: mergedAreas(sheets[index], region) }];
  });
  if (asked.length === 0) return;
  await context.sync();
  for (const { grid, merged } of asked) grid.merges = addressesOf(merged) ?? [];
}

const area = (b: CellRange): number => (b.bottom - b.top + 1) * (b.right - b.left + 1);
