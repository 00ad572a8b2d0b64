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
 * Syncs: one to read the cells (values, formulas, number formats of the % column's rows), the sheet id and
 * the parts' ids; one to read the record when a part exists; one to write. At most three.
 */
import { columnLetters, parseA1 } from "../core/address";
import type { ScoredReturn } from "../core/model";
import {
  type CellContent,
  type WriteRecord,
  percentColumnCells,
  percentTargets,
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

export interface PercentWriteBackResult {
  written: number;
  /** Stale % the add-in wrote earlier, emptied because their indicator has no achievement now. */
  cleared: number;
  skipped: number;
  findings: Finding[];
}

export function recordsToXml(records: WriteRecords): string {
  return jsonPartXml("percentWriteBack", WRITE_BACK_NAMESPACE, WRITE_BACK_FORMAT_VERSION, records);
}

/** The stored records; anything unreadable counts as no record (so nothing is taken for ours). */
export function recordsFromXml(xml: string): WriteRecords {
  const json = jsonTextFromPartXml("percentWriteBack", xml);
  if (json === null) return {};
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return {};
  }
  const out: WriteRecords = {};
  if (!data || typeof data !== "object" || Array.isArray(data)) return out;
  for (const [sheetId, cells] of Object.entries(data as Record<string, unknown>)) {
    if (!cells || typeof cells !== "object" || Array.isArray(cells)) continue;
    const record: WriteRecord = {};
    for (const [cell, value] of Object.entries(cells as Record<string, unknown>))
      if (parseA1(cell) && typeof value === "number" && Number.isFinite(value)) record[cell] = value;
    out[sheetId] = record;
  }
  return out;
}

const sameRecord = (a: WriteRecord, b: WriteRecord): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/**
 * Writes the return's achievements into its % column, strictly as `planPercentWriteBack` allows.
 * Never throws: Office.js errors become findings (nothing counted as written).
 */
export async function writePercentsBack(
  context: Excel.RequestContext,
  ret: ScoredReturn,
  settings: Settings,
  api: RequirementChecker,
): Promise<PercentWriteBackResult> {
  const column = ret.table.columns.percent;
  const targets = percentTargets(ret);
  if (column === undefined || targets.length === 0) {
    const plan = planPercentWriteBack(ret, settings, {}, {});
    return { written: 0, cleared: 0, skipped: plan.skipped.length, findings: plan.findings };
  }
  const canRecord = hasExcelApi(api, "1.5");
  const findings: Finding[] = canRecord
    ? []
    : [unsupportedFinding("Remembering which % cells the add-in wrote", "1.5", ret.sheet)];
  // Every indicator row's % cell in the % column (the convention is judged on all of them).
  const cells = percentColumnCells(ret).filter((cell) => parseA1(cell)?.column === column);
  const rows = cells.map((cell) => (parseA1(cell) as { row: number }).row);
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const letters = columnLetters(column);
  try {
    // Sync 1: the % column's rows as they are now, the sheet's id, our parts.
    const sheet = context.workbook.worksheets.getItem(ret.sheet);
    sheet.load("id");
    const range = sheet.getRange(`${letters}${top}:${letters}${bottom}`);
    range.load(["values", "formulas", "numberFormat"]);
    const parts = canRecord ? context.workbook.customXmlParts.getByNamespace(WRITE_BACK_NAMESPACE) : null;
    parts?.load("items/id");
    await context.sync();

    const current: Record<string, CellContent> = {};
    for (const cell of cells) {
      const r = (parseA1(cell) as { row: number }).row - top;
      current[cell] = {
        value: range.values[r][0] as CellContent["value"],
        formula: range.formulas[r][0] as CellContent["formula"],
        numberFormat: String(range.numberFormat[r][0] ?? "General"),
      };
    }

    // Sync 2 (only when a record exists): its XML.
    const ids = parts ? parts.items.map((p) => p.id) : [];
    let records: WriteRecords = {};
    if (ids.length > 0) {
      const xml = context.workbook.customXmlParts.getItem(ids[0]).getXml();
      await context.sync();
      // ClientResult: its value is filled by the sync above (no load() exists for it).
      records = recordsFromXml(xml.value);
    }
    const sheetId = sheet.id;
    const previous = records[sheetId] ?? {};
    const plan = planPercentWriteBack(ret, settings, current, previous);
    findings.push(...plan.findings);
    const recordChanged = canRecord && !sameRecord(plan.record, previous);
    const nothingToDo = plan.writes.length === 0 && plan.clears.length === 0 && !recordChanged;
    if (nothingToDo) return { written: 0, cleared: 0, skipped: plan.skipped.length, findings };

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
    if (canRecord) queuePartReplace(context, ids, recordsToXml({ ...records, [sheetId]: plan.record }));
    await context.sync();
    return { written: plan.writes.length, cleared: plan.clears.length, skipped: plan.skipped.length, findings };
  } catch (error) {
    return { written: 0, cleared: 0, skipped: 0, findings: [...findings, apiErrorFinding(error, ret.sheet)] };
  }
}
