/**
 * Inserts a template (src/core/templates) into the open workbook for the user to fill. Rendered by
 * `renderPlan`, then UNTAGGED: renderPlan marks its sheets as generated, and generated sheets are
 * replaced on the next generation and left out when the workbook is scanned as a source — a filled-in
 * template must be neither. An existing sheet of the same name is never overwritten (it is the user's;
 * the template gets "Mẫu báo cáo (2)").
 */
import type { SummaryPlan } from "../core/plan/types";
import { apiErrorFinding } from "./api-error";
import { SHEETS_SETTING, SHEET_TAG, parseSheetList } from "./generated-sheets";
import { type RenderResult, renderPlan } from "./render-plan";
import { type RequirementChecker, hasExcelApi, officeRequirements } from "./requirements";

/** Removes the generated-sheet marks from `names` (custom property and workbook-setting list). One sync, two when tagged both ways. */
export async function untagSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  api: RequirementChecker,
): Promise<void> {
  const props = hasExcelApi(api, "1.12")
    ? names.map((name) =>
        context.workbook.worksheets.getItem(name).customProperties.getItemOrNullObject(SHEET_TAG).load("key"),
      )
    : [];
  const setting = hasExcelApi(api, "1.4")
    ? context.workbook.settings.getItemOrNullObject(SHEETS_SETTING).load("value")
    : null;
  await context.sync();
  let changed = false;
  for (const prop of props)
    if (!prop.isNullObject) {
      prop.delete();
      changed = true;
    }
  if (setting && !setting.isNullObject) {
    const drop = new Set(names.map((n) => n.toLowerCase()));
    const list = parseSheetList(setting.value);
    const kept = list.filter((n) => !drop.has(n.toLowerCase()));
    if (kept.length !== list.length) {
      context.workbook.settings.add(SHEETS_SETTING, JSON.stringify(kept));
      changed = true;
    }
  }
  if (changed) await context.sync();
}

export async function insertTemplate(
  context: Excel.RequestContext,
  plan: SummaryPlan,
  api: RequirementChecker = officeRequirements(),
): Promise<RenderResult> {
  const result = await renderPlan(context, plan, api);
  if (result.sheets.length === 0) return result;
  try {
    await untagSheets(context, result.sheets, api);
    return result;
  } catch (error) {
    return { sheets: result.sheets, findings: [...result.findings, apiErrorFinding(error, "", "warning")] };
  }
}
