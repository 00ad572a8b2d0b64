/**
 * Writes the computed % into the return's own % column ("So sánh (%)"), after the user confirmed (issue 4).
 * The only change the add-in ever makes to a user's source sheet, so: the target cells are read fresh,
 * `planPercentWriteBack` (core) decides which may be written (empty, or still holding what the add-in
 * wrote), and only those cells get a value, a number format and the band fill. A % the add-in wrote
 * earlier whose indicator has no achievement now is emptied (value and fill), if nobody changed it.
 *
 * What the add-in wrote is remembered in a custom XML part of its own namespace
 * (`urn:commune-targets:percent-write-back`, pattern of settings-store.ts), keyed by worksheet id (stable
 * across renames) then A1 address. Without custom XML parts (ExcelApi < 1.5) nothing can be remembered,
 * as settings-store.ts falls back: only empty cells are written, with a warning that the next run will
 * treat them as the user's.
 *
 * Before anything is written the dialog shows `previewPercentsBack`: how many cells will be filled, how
 * many hold a typed value and how many of those disagree. Asked to, the disagreeing typed values are
 * replaced too (never a formula). What every written cell held (value, number format, fill) is kept in
 * the same part, under "~undo" by worksheet id, so `undoPercentsBack` ("Hoàn tác") puts it back in each
 * cell that still holds what the add-in wrote.
 *
 * Syncs: one to read the cells (values, formulas, number formats and fills of the % column's rows), the
 * sheet id and the parts' ids; one to read the record when a part exists; one to write. At most three.
 */
import { columnLetters, parseA1 } from "../core/address";
import type { ScoredReturn } from "../core/model";
import {
  type CellContent,
  type PercentWriteBackOptions,
  type UndoRecord,
  type WriteRecord,
  isOurs,
  percentColumnCells,
  percentTargets,
  planPercentUndo,
  planPercentWriteBack,
} from "../core/plan/percent-write-back";
import type { Finding } from "../core/problems";
import type { Settings } from "../core/settings";
import { apiErrorFinding, unsupportedFinding } from "./api-error";
import { jsonPartXml, jsonTextFromPartXml, queuePartReplace } from "./json-xml-part";
import { type RequirementChecker, hasExcelApi } from "./requirements";

export const WRITE_BACK_NAMESPACE = "urn:commune-targets:percent-write-back";
export const WRITE_BACK_FORMAT_VERSION = 1;

/** Every sheet's record: worksheet id → (A1 → number written). */
export type WriteRecords = Record<string, WriteRecord>;
/** Every sheet's undo: worksheet id → (A1 → what the cell held before the last write-back). */
export type UndoRecords = Record<string, UndoRecord>;

/** The key of the undo entries in the part's JSON: not a worksheet id (ids never start with "~"). */
const UNDO_KEY = "~undo";

export interface PercentWriteBackResult {
  written: number;
  /** Stale % the add-in wrote earlier, emptied because their indicator has no achievement now. */
  cleared: number;
  skipped: number;
  /** Typed values replaced (asked for), their old values kept for "Hoàn tác". */
  replaced: number;
  findings: Finding[];
}

/** What a write-back would do, for the dialog, before anything is written. */
export interface PercentWriteBackPreview {
  /** Empty cells, or cells still holding the add-in's own %: written. */
  fill: number;
  /** Cells holding a value the user typed. */
  typed: number;
  /** Of those, the ones that differ from the computed %: replaced only if the user asks. */
  disagreeing: number;
  /** Cells holding a formula: never written. */
  formulas: number;
  findings: Finding[];
}

export interface PercentUndoResult {
  restored: number;
  /** Cells changed since the write-back: left as they are. */
  skipped: number;
  findings: Finding[];
}

export function recordsToXml(records: WriteRecords, undo: UndoRecords = {}): string {
  const data: Record<string, unknown> = { ...records };
  if (Object.keys(undo).length > 0) data[UNDO_KEY] = undo;
  return jsonPartXml("percentWriteBack", WRITE_BACK_NAMESPACE, WRITE_BACK_FORMAT_VERSION, data);
}

function partData(xml: string): Record<string, unknown> {
  const json = jsonTextFromPartXml("percentWriteBack", xml);
  if (json === null) return {};
  try {
    const data: unknown = JSON.parse(json);
    return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** The stored records; anything unreadable counts as no record (so nothing is taken for ours). */
export function recordsFromXml(xml: string): WriteRecords {
  const out: WriteRecords = {};
  for (const [sheetId, cells] of Object.entries(partData(xml))) {
    if (sheetId === UNDO_KEY || !isObject(cells)) continue;
    const record: WriteRecord = {};
    for (const [cell, value] of Object.entries(cells))
      if (parseA1(cell) && typeof value === "number" && Number.isFinite(value)) record[cell] = value;
    out[sheetId] = record;
  }
  return out;
}

/** The stored undo entries; an entry not of the expected shape is dropped (never half-restored). */
export function undoFromXml(xml: string): UndoRecords {
  const undo = partData(xml)[UNDO_KEY];
  const out: UndoRecords = {};
  if (!isObject(undo)) return out;
  for (const [sheetId, cells] of Object.entries(undo)) {
    if (!isObject(cells)) continue;
    const record: UndoRecord = {};
    for (const [cell, e] of Object.entries(cells)) {
      if (!parseA1(cell) || !isObject(e)) continue;
      const { value, numberFormat, fill, wasOurs } = e;
      const okValue = value === null || ["string", "number", "boolean"].includes(typeof value);
      if (!okValue || typeof numberFormat !== "string" || !(fill === null || typeof fill === "string")) continue;
      record[cell] = { value: value as UndoRecord[string]["value"], numberFormat, fill, wasOurs: wasOurs === true };
    }
    out[sheetId] = record;
  }
  return out;
}

const sameRecord = (a: WriteRecord, b: WriteRecord): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/** The % column's cells as they are now, the record and the undo entries: two syncs at most. */
interface SheetState {
  sheet: Excel.Worksheet;
  sheetId: string;
  current: Record<string, CellContent>;
  /** Each cell's fill now ("#RRGGBB"; Excel reads "#FFFFFF" for none). */
  fills: Record<string, string>;
  ids: string[];
  records: WriteRecords;
  undo: UndoRecords;
}

async function readSheetState(
  context: Excel.RequestContext,
  ret: ScoredReturn,
  column: number,
  canRecord: boolean,
): Promise<SheetState> {
  // Every indicator row's % cell in the % column (the convention is judged on all of them).
  const cells = percentColumnCells(ret).filter((cell) => parseA1(cell)?.column === column);
  const rows = cells.map((cell) => (parseA1(cell) as { row: number }).row);
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const letters = columnLetters(column);
  // Sync 1: the % column's rows as they are now, their fills, the sheet's id, our parts.
  const sheet = context.workbook.worksheets.getItem(ret.sheet);
  sheet.load("id");
  const range = sheet.getRange(`${letters}${top}:${letters}${bottom}`);
  range.load(["values", "formulas", "numberFormat"]);
  const fillOf = cells.map((cell) => {
    const one = sheet.getRange(cell);
    one.load("format/fill/color");
    return one;
  });
  const parts = canRecord ? context.workbook.customXmlParts.getByNamespace(WRITE_BACK_NAMESPACE) : null;
  parts?.load("items/id");
  await context.sync();

  const current: Record<string, CellContent> = {};
  const fills: Record<string, string> = {};
  cells.forEach((cell, i) => {
    const r = (parseA1(cell) as { row: number }).row - top;
    current[cell] = {
      value: range.values[r][0] as CellContent["value"],
      formula: range.formulas[r][0] as CellContent["formula"],
      numberFormat: String(range.numberFormat[r][0] ?? "General"),
    };
    fills[cell] = fillOf[i].format.fill.color;
  });

  // Sync 2 (only when a record exists): its XML.
  const ids = parts ? parts.items.map((p) => p.id) : [];
  let records: WriteRecords = {};
  let undo: UndoRecords = {};
  if (ids.length > 0) {
    const xml = context.workbook.customXmlParts.getItem(ids[0]).getXml();
    await context.sync();
    // ClientResult: its value is filled by the sync above (no load() exists for it).
    records = recordsFromXml(xml.value);
    undo = undoFromXml(xml.value);
  }
  return { sheet, sheetId: sheet.id, current, fills, ids, records, undo };
}

/** What `writePercentsBack` would do, counted for the dialog; writes nothing. Never throws. */
export async function previewPercentsBack(
  context: Excel.RequestContext,
  ret: ScoredReturn,
  settings: Settings,
  api: RequirementChecker,
): Promise<PercentWriteBackPreview> {
  const column = ret.table.columns.percent;
  if (column === undefined || percentTargets(ret).length === 0) {
    const plan = planPercentWriteBack(ret, settings, {}, {});
    return { fill: 0, typed: 0, disagreeing: 0, formulas: 0, findings: plan.findings };
  }
  try {
    const state = await readSheetState(context, ret, column, hasExcelApi(api, "1.5"));
    const plan = planPercentWriteBack(ret, settings, state.current, state.records[state.sheetId] ?? {});
    return {
      fill: plan.writes.length,
      typed: plan.typed.length,
      disagreeing: plan.disagreeing.length,
      formulas: plan.formulas.length,
      findings: plan.findings,
    };
  } catch (error) {
    return { fill: 0, typed: 0, disagreeing: 0, formulas: 0, findings: [apiErrorFinding(error, ret.sheet)] };
  }
}

/**
 * Writes the return's achievements into its % column, strictly as `planPercentWriteBack` allows.
 * Never throws: Office.js errors become findings (nothing counted as written).
 */
export async function writePercentsBack(
  context: Excel.RequestContext,
  ret: ScoredReturn,
  settings: Settings,
  api: RequirementChecker,
  options: PercentWriteBackOptions = {},
): Promise<PercentWriteBackResult> {
  const column = ret.table.columns.percent;
  const targets = percentTargets(ret);
  if (column === undefined || targets.length === 0) {
    const plan = planPercentWriteBack(ret, settings, {}, {});
    return { written: 0, cleared: 0, skipped: plan.skipped.length, replaced: 0, findings: plan.findings };
  }
  const canRecord = hasExcelApi(api, "1.5");
  const findings: Finding[] = canRecord
    ? []
    : [unsupportedFinding("Remembering which % cells the add-in wrote", "1.5", ret.sheet)];
  // Without a record nothing typed may be replaced: it could not be undone.
  const asked: PercentWriteBackOptions = canRecord ? options : {};
  try {
    const state = await readSheetState(context, ret, column, canRecord);
    const { sheet, sheetId, records, ids } = state;
    const previous = records[sheetId] ?? {};
    const plan = planPercentWriteBack(ret, settings, state.current, previous, asked);
    findings.push(...plan.findings);
    const recordChanged = canRecord && !sameRecord(plan.record, previous);
    const nothingToDo = plan.writes.length === 0 && plan.clears.length === 0 && !recordChanged;
    const replaced = plan.previous.filter((p) => plan.typed.includes(p.cell)).length;
    if (nothingToDo) return { written: 0, cleared: 0, skipped: plan.skipped.length, replaced: 0, findings };

    // Sync 3: format first (a cell formatted as text would keep a number as text), then value, then fill.
    for (const write of plan.writes) {
      const cell = sheet.getRange(write.cell);
      cell.numberFormat = [[write.numberFormat]];
      cell.values = [[write.value]];
      cell.format.fill.color = write.fill;
    }
    for (const address of plan.clears) {
      const cell = sheet.getRange(address);
      cell.values = [[""]];
      cell.format.fill.clear();
    }
    if (canRecord) {
      // What each written cell held, for "Hoàn tác"; a run that writes nothing keeps the last undo.
      const sheetUndo: UndoRecord = {};
      for (const { cell, content } of plan.previous) {
        const fill = state.fills[cell];
        sheetUndo[cell] = {
          value: content.value,
          numberFormat: content.numberFormat,
          fill: !fill || fill.toUpperCase() === "#FFFFFF" ? null : fill,
          wasOurs: isOurs(content, previous[cell]),
        };
      }
      const undo = plan.writes.length > 0 ? { ...state.undo, [sheetId]: sheetUndo } : state.undo;
      queuePartReplace(context, ids, recordsToXml({ ...records, [sheetId]: plan.record }, undo));
    }
    await context.sync();
    return {
      written: plan.writes.length,
      cleared: plan.clears.length,
      skipped: plan.skipped.length,
      replaced,
      findings,
    };
  } catch (error) {
    return {
      written: 0,
      cleared: 0,
      skipped: 0,
      replaced: 0,
      findings: [...findings, apiErrorFinding(error, ret.sheet)],
    };
  }
}

/**
 * "Hoàn tác": puts back what the last write-back on this return's sheet replaced or filled, in every
 * cell that still holds what the add-in wrote (value, number format, fill). Never throws.
 */
export async function undoPercentsBack(
  context: Excel.RequestContext,
  ret: ScoredReturn,
  api: RequirementChecker,
): Promise<PercentUndoResult> {
  const column = ret.table.columns.percent;
  if (column === undefined || !hasExcelApi(api, "1.5")) return { restored: 0, skipped: 0, findings: [] };
  try {
    const state = await readSheetState(context, ret, column, true);
    const { sheet, sheetId, records, ids } = state;
    const undo = state.undo[sheetId] ?? {};
    const plan = planPercentUndo(undo, state.current, records[sheetId] ?? {});
    if (Object.keys(undo).length === 0) return { restored: 0, skipped: 0, findings: [] };
    for (const { cell: address, entry } of plan.restores) {
      const cell = sheet.getRange(address);
      cell.numberFormat = [[entry.numberFormat]];
      // a typed value that looked like a formula was text: written back as text, never as a formula
      const text = typeof entry.value === "string" && /^[=+\-@]/.test(entry.value);
      cell.values = [[entry.value === null ? "" : text ? `'${entry.value as string}` : entry.value]];
      if (entry.fill) cell.format.fill.color = entry.fill;
      else cell.format.fill.clear();
    }
    const rest = { ...state.undo };
    delete rest[sheetId];
    queuePartReplace(context, ids, recordsToXml({ ...records, [sheetId]: plan.record }, rest));
    await context.sync();
    return { restored: plan.restores.length, skipped: plan.skipped.length, findings: [] };
  } catch (error) {
    return { restored: 0, skipped: 0, findings: [apiErrorFinding(error, ret.sheet)] };
  }
}
