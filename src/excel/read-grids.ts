/**
 * Reads every worksheet's used range (values only) into Grids for the core. Call inside Excel.run:
 *   Excel.run((context) => readWorkbookGrids(context))
 * Syncs do not grow with the number of sheets: sync 1 loads the sheet names, sync 2 loads every used
 * range's address, values, number formats and value types (and merged areas on ExcelApi 1.13) at once.
 * Big sheets: when that response is too large (Excel on the web limits a response to 5 MB), the reader
 * loads only the used-range sizes (sync 3), then reads the values in row chunks of at most
 * `maxCellsPerSync` cells per sync, batched across sheets; a chunk still too large is halved and retried.
 */
import type { CellRange, CellValue, Grid } from "../core/grid";
import { parseA1 } from "../core/address";
import type { Finding } from "../core/problems";
import { apiErrorFinding, isPayloadLimitError } from "./api-error";
import { type RequirementChecker, hasExcelApi, officeRequirements } from "./requirements";

export interface ReadOptions {
  /** Cells read per sync once chunking is needed; default 50,000 (about 4 MB at 80 bytes a cell). */
  maxCellsPerSync?: number;
}

const USED_PROPS = "address, rowIndex, columnIndex, rowCount, columnCount";
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
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

function probe(sheet: Excel.Worksheet, withMerges: boolean, props: string): SheetProbe {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(props);
  let merged: Excel.RangeAreas | null = null;
  if (withMerges) {
    merged = used.getMergedAreasOrNullObject();
    merged.areas.load("items/address");
  }
  return { sheet, used, merged };
}

function mergesOf(p: SheetProbe): CellRange[] | undefined {
  if (!p.merged) return undefined;
  if (p.used.isNullObject || p.merged.isNullObject) return [];
  return p.merged.areas.items.map((r) => parseRangeAddress(r.address)).filter((r): r is CellRange => r !== null);
}

function emptyGrid(name: string, merges: CellRange[] | undefined): Grid {
  return { sheet: name, top: 1, left: 1, values: [], numberFormats: [], ...(merges ? { merges } : {}) };
}

export async function readWorkbookGrids(
  context: Excel.RequestContext,
  api: RequirementChecker = officeRequirements(),
  options: ReadOptions = {},
): Promise<{ grids: Grid[]; findings: Finding[] }> {
  const withMerges = hasExcelApi(api, "1.13");
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name, items/visibility");
    await context.sync();
    // Very hidden sheets are add-ins' internals, never a user's return.
    const sheets = worksheets.items.filter((ws) => ws.visibility !== "VeryHidden");
    const names = sheets.map((ws) => ws.name);

    const probes = sheets.map((ws) => probe(ws, withMerges, `${USED_PROPS}, ${DATA_PROPS}`));
    try {
      await context.sync();
      const grids = probes.map((p, i): Grid => {
        if (p.used.isNullObject) return emptyGrid(names[i], mergesOf(p));
        const merges = mergesOf(p);
        return {
          sheet: names[i],
          top: p.used.rowIndex + 1,
          left: p.used.columnIndex + 1,
          values: toCellValues(p.used.values, p.used.valueTypes),
          numberFormats: p.used.numberFormat as string[][],
          ...(merges ? { merges } : {}),
        };
      });
      return { grids, findings: [] };
    } catch (error) {
      if (!isPayloadLimitError(error)) throw error;
    }
    return { grids: await readInChunks(context, sheets, names, withMerges, options.maxCellsPerSync ?? 50_000), findings: [] };
  } catch (error) {
    return { grids: [], findings: [apiErrorFinding(error)] };
  }
}

interface Chunk {
  index: number; // sheet index
  rowOffset: number; // from the used range's first row
  rows: number;
}

async function readInChunks(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  names: string[],
  withMerges: boolean,
  maxCells: number,
): Promise<Grid[]> {
  const probes = sheets.map((ws) => probe(ws, withMerges, USED_PROPS));
  await context.sync();
  const grids: Grid[] = probes.map((p, i) =>
    p.used.isNullObject
      ? emptyGrid(names[i], mergesOf(p))
      : {
          sheet: names[i],
          top: p.used.rowIndex + 1,
          left: p.used.columnIndex + 1,
          values: [],
          numberFormats: [],
          ...(withMerges ? { merges: mergesOf(p) } : {}),
        },
  );
  let budget = Math.max(1, maxCells);
  const pending: Chunk[] = [];
  probes.forEach((p, index) => {
    if (!p.used.isNullObject) pending.push({ index, rowOffset: 0, rows: p.used.rowCount });
  });
  const results = new Map<number, Array<{ rowOffset: number; values: CellValue[][]; formats: string[][] }>>();
  while (pending.length > 0) {
    // Take chunks until the cell budget is spent, splitting a sheet's rows where needed.
    const batch: Chunk[] = [];
    let cells = 0;
    while (pending.length > 0 && cells < budget) {
      const next = pending[0];
      const cols = probes[next.index].used.columnCount;
      const room = Math.floor((budget - cells) / cols);
      if (room < 1 && batch.length > 0) break;
      const rows = Math.max(1, Math.min(next.rows, room));
      batch.push({ index: next.index, rowOffset: next.rowOffset, rows });
      cells += rows * cols;
      if (rows === next.rows) pending.shift();
      else pending[0] = { ...next, rowOffset: next.rowOffset + rows, rows: next.rows - rows };
    }
    const loads = batch.map((chunk) => {
      const used = probes[chunk.index].used;
      const range = sheets[chunk.index].getRangeByIndexes(used.rowIndex + chunk.rowOffset, used.columnIndex, chunk.rows, used.columnCount);
      return { chunk, range: range.load(DATA_PROPS) };
    });
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error) || budget <= 1) throw error;
      budget = Math.max(1, Math.floor(budget / 2)); // too big after all: retry these rows in halves
      pending.unshift(...mergeBack(batch));
      continue;
    }
    for (const { chunk, range } of loads) {
      const list = results.get(chunk.index) ?? [];
      list.push({ rowOffset: chunk.rowOffset, values: toCellValues(range.values, range.valueTypes), formats: range.numberFormat as string[][] });
      results.set(chunk.index, list);
    }
  }
  for (const [index, parts] of results) {
    parts.sort((a, b) => a.rowOffset - b.rowOffset);
    grids[index].values = parts.flatMap((p) => p.values);
    grids[index].numberFormats = parts.flatMap((p) => p.formats);
  }
  return grids;
}

/** Neighbouring chunks of the same sheet, joined again before they are re-split with a smaller budget. */
function mergeBack(batch: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (const c of batch) {
    const last = out[out.length - 1];
    if (last && last.index === c.index && last.rowOffset + last.rows === c.rowOffset) last.rows += c.rows;
    else out.push({ ...c });
  }
  return out;
}
