/**
 * Which sheets the add-in generated. A generated sheet is tagged with the worksheet custom property
 * `commune-targets` = generator version (ExcelApi 1.12); on older Excel the workbook setting
 * `commune-targets.sheets` (ExcelApi 1.4) holds a JSON list of their names instead. Both are read back.
 */
import { type RequirementChecker, hasExcelApi, officeRequirements } from "./requirements";

export const SHEET_TAG = "commune-targets";
export const SHEETS_SETTING = "commune-targets.sheets";

export interface SheetTags {
  /** Every sheet name in the workbook, in order. */
  names: string[];
  /** Lower-cased names of the sheets tagged as ours. */
  tagged: Set<string>;
  /** The names listed in the workbook setting (may name sheets that no longer exist). */
  settingList: string[];
}

/** The sheet-name list kept in the workbook setting (JSON text or an array); anything else is empty. */
export function parseSheetList(value: unknown): string[] {
  try {
    const list: unknown = typeof value === "string" ? JSON.parse(value) : value;
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/**
 * Reads sheet names and tags: one sync, plus one when custom properties are supported and some of
 * `candidates` (default: every sheet) exist.
 */
export async function readSheetTags(
  context: Excel.RequestContext,
  api: RequirementChecker,
  candidates?: readonly string[],
): Promise<SheetTags> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const setting = hasExcelApi(api, "1.4") ? context.workbook.settings.getItemOrNullObject(SHEETS_SETTING) : null;
  setting?.load("value");
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  const settingList = setting && !setting.isNullObject ? parseSheetList(setting.value) : [];
  const lower = new Set(names.map((n) => n.toLowerCase()));
  const tagged = new Set(settingList.map((n) => n.toLowerCase()).filter((n) => lower.has(n)));
  if (hasExcelApi(api, "1.12")) {
    const wanted = new Set((candidates ?? names).map((n) => n.toLowerCase()));
    const probes = sheets.items
      .filter((ws) => wanted.has(ws.name.toLowerCase()))
      .map((ws) => ({ name: ws.name, prop: ws.customProperties.getItemOrNullObject(SHEET_TAG).load("value") }));
    if (probes.length > 0) {
      await context.sync();
      for (const p of probes) if (!p.prop.isNullObject) tagged.add(p.name.toLowerCase());
    }
  }
  return { names, tagged, settingList };
}

/** The names of the sheets this add-in generated (custom property or workbook-setting tag). */
export async function findGeneratedSheets(
  context: Excel.RequestContext,
  api: RequirementChecker = officeRequirements(),
): Promise<string[]> {
  const tags = await readSheetTags(context, api);
  return tags.names.filter((n) => tags.tagged.has(n.toLowerCase()));
}
