/**
 * Renders a SummaryPlan into the open workbook with Office.js. Call inside Excel.run:
 *   Excel.run((context) => renderPlan(context, plan))
 * Syncs: reading sheet names and tags takes 1 sync (2 with worksheet custom properties, ExcelApi 1.12);
 * all writes then go in ONE sync unless the estimated request exceeds `maxRequestBytes` (default 4 MB,
 * under Excel on the web's 5 MB limit), in which case values are cut into row chunks and the steps are
 * packed into as few syncs as fit. Every Office.js error becomes an "excel-api-error" finding.
 */
import type { PlanSheet, SummaryPlan } from "../core/plan/types";
import type { Finding } from "../core/problems";
import { apiErrorFinding, unsupportedFinding } from "./api-error";
import { ACTION_OVERHEAD_BYTES, type WriteStep, packSteps, runBatches } from "./batches";
import { SHEETS_SETTING, SHEET_TAG, type SheetTags, readSheetTags } from "./generated-sheets";
import { type SheetStepContext, linkSteps, styleSteps, valueSteps } from "./render-cells";
import { chartSteps, conditionalFormatSteps, freezeStep, mergeSteps, pageStep, sizeSteps, validationSteps } from "./render-layout";
import { type RequirementChecker, hasExcelApi, officeRequirements } from "./requirements";
import { placeSheets, renameSheetRefs, temporaryName } from "./sheet-names";

export const DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;

export interface RenderOptions {
  /** Largest estimated request per sync; default 4 MB. */
  maxRequestBytes?: number;
}

export interface RenderResult {
  /** The names the plan's sheets got, in plan order (empty when rendering failed). */
  sheets: string[];
  findings: Finding[];
}

interface Support {
  customProperties: boolean; // 1.12
  settings: boolean; // 1.4
  pageLayout: boolean; // 1.9
  v17: boolean; // freeze panes, tab colour, hyperlinks
  conditionalFormats: boolean; // 1.6
  dataValidation: boolean; // 1.8
}

function support(api: RequirementChecker): Support {
  return {
    customProperties: hasExcelApi(api, "1.12"),
    settings: hasExcelApi(api, "1.4"),
    pageLayout: hasExcelApi(api, "1.9"),
    v17: hasExcelApi(api, "1.7"),
    conditionalFormats: hasExcelApi(api, "1.6"),
    dataValidation: hasExcelApi(api, "1.8"),
  };
}

/** Warnings for what the plan asks and this Excel cannot do (each feature once). */
function unsupportedFindings(plan: SummaryPlan, s: Support): Finding[] {
  const out: Finding[] = [];
  const any = (test: (sheet: PlanSheet) => boolean): boolean => plan.sheets.some(test);
  if (!s.pageLayout) out.push(unsupportedFinding("Page setup (A4, orientation, fit to width, print titles, footer)", "1.9"));
  if (!s.v17 && any((x) => !!x.freeze && (x.freeze.rows > 0 || x.freeze.columns > 0))) out.push(unsupportedFinding("Freeze panes", "1.7"));
  if (!s.v17 && any((x) => x.cells.some((c) => c.link))) out.push(unsupportedFinding("Links between sheets", "1.7"));
  if (!s.v17 && any((x) => !!x.tabColor)) out.push(unsupportedFinding("Tab colours", "1.7"));
  if (!s.conditionalFormats && any((x) => x.conditionalFormats.length > 0)) out.push(unsupportedFinding("Conditional formats", "1.6"));
  if (!s.dataValidation && any((x) => (x.validations ?? []).length > 0)) out.push(unsupportedFinding("Dropdown lists", "1.8"));
  if (!s.customProperties && !s.settings) out.push(unsupportedFinding("Marking generated sheets", "1.4"));
  return out;
}

function sheetSteps(c: SheetStepContext, s: Support): WriteStep[] {
  return [
    ...valueSteps(c),
    ...styleSteps(c),
    ...mergeSteps(c),
    ...sizeSteps(c),
    ...(s.conditionalFormats ? conditionalFormatSteps(c) : []),
    ...chartSteps(c),
    ...(s.v17 ? freezeStep(c) : []),
    ...(s.pageLayout ? pageStep(c) : []),
    ...(s.v17 ? linkSteps(c) : []),
    ...(s.dataValidation ? validationSteps(c) : []),
  ];
}

export async function renderPlan(
  context: Excel.RequestContext,
  plan: SummaryPlan,
  api: RequirementChecker = officeRequirements(),
  options: RenderOptions = {},
): Promise<RenderResult> {
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const s = support(api);
  const findings = unsupportedFindings(plan, s);
  let tags: SheetTags;
  try {
    tags = await readSheetTags(context, api);
  } catch (error) {
    return { sheets: [], findings: [...findings, apiErrorFinding(error)] };
  }
  const { finalNames, replace } = placeSheets(
    plan.sheets.map((x) => x.name),
    tags,
  );
  const taken = new Set(tags.names.map((n) => n.toLowerCase()));
  const steps: WriteStep[] = [];

  // 1. Move the generated sheets being replaced out of the way (deleted at the end, once new ones exist).
  const old: Excel.Worksheet[] = [];
  replace.forEach((name, i) => {
    const temp = temporaryName(taken, i + 1);
    taken.add(temp);
    steps.push({
      bytes: 2 * ACTION_OVERHEAD_BYTES,
      queue: () => {
        const ws = context.workbook.worksheets.getItem(name);
        ws.name = temp;
        old.push(ws);
      },
    });
  });

  // 2. Each plan sheet: add, tag, tab colour, then its content.
  const added: Excel.Worksheet[] = [];
  for (const sheet of plan.sheets) {
    const name = finalNames.get(sheet.name) as string;
    let ws: Excel.Worksheet | undefined;
    steps.push({
      bytes: 4 * ACTION_OVERHEAD_BYTES,
      queue: () => {
        ws = context.workbook.worksheets.add(name);
        added.push(ws);
        if (s.customProperties) ws.customProperties.add(SHEET_TAG, plan.generator.version);
        if (s.v17 && sheet.tabColor) ws.tabColor = sheet.tabColor;
      },
    });
    const c: SheetStepContext = {
      plan,
      sheet,
      worksheet: () => ws as Excel.Worksheet,
      formula: (f) => renameSheetRefs(f, finalNames),
      sheetName: (planName) => finalNames.get(planName) ?? planName,
      chunkBytes: Math.max(16 * 1024, Math.floor(maxBytes / 4)),
      indentLevel: hasExcelApi(api, "1.9"),
    };
    steps.push(...sheetSteps(c, s));
  }

  // 3. Delete the replaced sheets, record the tag list where custom properties are missing, show the first sheet.
  const finalList = [...finalNames.values()];
  steps.push({
    bytes: (3 + replace.length) * ACTION_OVERHEAD_BYTES + 64 * finalList.length + 64 * tags.settingList.length,
    queue: () => {
      old.forEach((ws) => ws.delete());
      if (!s.customProperties && s.settings) {
        const replaced = new Set(replace.map((n) => n.toLowerCase()));
        const existing = new Set(tags.names.map((n) => n.toLowerCase()));
        const kept = tags.settingList.filter((n) => existing.has(n.toLowerCase()) && !replaced.has(n.toLowerCase()));
        const list = [...new Set([...kept, ...finalList])];
        context.workbook.settings.add(SHEETS_SETTING, JSON.stringify(list));
      }
      if (added[0]) added[0].activate();
    },
  });

  try {
    await runBatches(context, packSteps(steps, maxBytes), hasExcelApi(api, "1.6"));
  } catch (error) {
    return { sheets: [], findings: [...findings, apiErrorFinding(error)] };
  }
  return { sheets: finalList, findings };
}
