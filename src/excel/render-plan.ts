/**
 * Renders a SummaryPlan into the open workbook with Office.js. Call inside Excel.run:
 *   Excel.run((context) => renderPlan(context, plan))
 * Syncs: reading sheet names and tags takes 1 sync (2 with worksheet custom properties, ExcelApi 1.12),
 * plus 1 to list the charts of our sheets being rewritten; the writes then go in as few syncs as keep
 * each request under `maxRequestBytes` (default 4 MB, under Excel on the web's 5 MB limit), with
 * calculation suspended, and one last small sync recalculates what was written and removes the marks.
 *
 * Regenerating rewrites our own sheets IN PLACE (same sheet objects, contents cleared and written
 * again), so a user's formula like ='Tổng hợp'!E12 keeps working; nothing is renamed away or deleted
 * until the last step. Excel has no rollback: a run that fails part-way leaves every sheet it touched
 * tagged as ours and visibly marked unfinished (unfinished-mark.ts), and the next run finishes the job
 * in place. Every Office.js error becomes an "excel-api-error" finding.
 */
import { columnLetters, parseA1 } from "../core/address";
import type { PlanSheet, SummaryPlan } from "../core/plan/types";
import type { Finding } from "../core/problems";
import { apiErrorFinding, unsupportedFinding } from "./api-error";
import { ACTION_OVERHEAD_BYTES, type WriteStep, jsonBytes, packSteps, runBatches } from "./batches";
import { SHEETS_SETTING, SHEET_TAG, type SheetTags, readSheetTags } from "./generated-sheets";
import { type SheetStepContext, linkSteps, styleSteps, valueSteps } from "./render-cells";
import { chartSteps, conditionalFormatSteps, freezeStep, mergeSteps, pageStep, sizeSteps, validationSteps } from "./render-layout";
import { type RequirementChecker, hasExcelApi, officeRequirements } from "./requirements";
import { placeSheets, renameSheetRefs } from "./sheet-names";
import { queueRecalculation } from "./recalculate";
import { UNFINISHED_TEXT, markAddress, queueMark, queueUnmark } from "./unfinished-mark";

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

/** The whole sheet except one cell of row 1, as up to three ranges: "A1:E1", "G1:XFD1", "2:1048576". */
function around(cell: string): string[] {
  const index = parseA1(cell)?.column ?? 1;
  const out: string[] = [];
  if (index > 1) out.push(`A1:${columnLetters(index - 1)}1`);
  if (index < 16384) out.push(`${columnLetters(index + 1)}1:XFD1`);
  out.push("2:1048576");
  return out;
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}

/** Our sheets left renamed "~ct-old-N" by versions that replaced sheets instead of rewriting them. */
function legacySheets(tags: SheetTags): string[] {
  return tags.names.filter((n) => /^~ct-old-\d+$/.test(n) && tags.tagged.has(n.toLowerCase()));
}

/** The charts of the sheets to rewrite (one sync, only when there are such sheets). */
async function loadCharts(context: Excel.RequestContext, names: readonly string[]): Promise<Map<string, Excel.ChartCollection>> {
  const out = new Map<string, Excel.ChartCollection>();
  if (names.length === 0) return out;
  for (const name of names) out.set(name.toLowerCase(), context.workbook.worksheets.getItem(name).charts.load("items/name"));
  await context.sync();
  return out;
}

/**
 * Empties one of our sheets in place, around the unfinished mark: values, formats, merges, links,
 * conditional formats, dropdowns, charts and frozen panes.
 */
function clearSheet(
  ws: Excel.Worksheet,
  current: string,
  name: string,
  mark: string,
  charts: Excel.ChartCollection | undefined,
  s: Support,
): void {
  if (current !== name) ws.name = name; // the plan's spelling; Excel rewrites references to it
  for (const address of around(mark)) ws.getRange(address).clear();
  const all = ws.getRange();
  if (s.conditionalFormats) all.conditionalFormats.clearAll();
  if (s.dataValidation) all.dataValidation.clear();
  if (s.v17) ws.freezePanes.unfreeze();
  for (const chart of charts?.items ?? []) chart.delete();
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
  const finalList = [...finalNames.values()];
  // Text the plan had to cut to Excel's cell limit, named on the sheet it is written to.
  for (const sheet of plan.sheets)
    for (const finding of sheet.findings ?? [])
      findings.push({ ...finding, sheet: finalNames.get(sheet.name) ?? sheet.name });
  const reused = new Map(replace.map((name) => [name.toLowerCase(), name]));
  let charts: Map<string, Excel.ChartCollection>;
  try {
    charts = await loadCharts(context, replace);
  } catch (error) {
    return { sheets: [], findings: [...findings, apiErrorFinding(error)] };
  }
  const steps: WriteStep[] = [];

  // 1. Tag first: the workbook setting lists every sheet this run may touch, before any is added, so a
  //    run that fails part-way never leaves a sheet that is not known as ours.
  const legacy = legacySheets(tags);
  const listed = (extra: readonly string[]): string => {
    const existing = new Set(tags.names.map((n) => n.toLowerCase()));
    const kept = tags.settingList.filter((n) => existing.has(n.toLowerCase()) && !legacy.includes(n));
    return JSON.stringify(dedupe([...kept, ...extra]));
  };
  if (s.settings)
    steps.push({
      bytes: ACTION_OVERHEAD_BYTES + 2 * jsonBytes(finalList),
      queue: () => context.workbook.settings.add(SHEETS_SETTING, listed(finalList)),
    });

  // 2. Each plan sheet: reuse ours in place (cleared, so references into it keep working) or add it;
  //    tag and mark it as unfinished; then all contents.
  const worksheets = new Map<PlanSheet, Excel.Worksheet>();
  for (const sheet of plan.sheets) {
    const name = finalNames.get(sheet.name) as string;
    steps.push({
      bytes: 16 * ACTION_OVERHEAD_BYTES + jsonBytes(UNFINISHED_TEXT),
      queue: () => {
        const current = reused.get(name.toLowerCase());
        const ws = current ? context.workbook.worksheets.getItem(current) : context.workbook.worksheets.add(name);
        if (s.customProperties) ws.customProperties.add(SHEET_TAG, plan.generator.version);
        queueMark(ws, sheet, s.v17); // before clearing: the old contents go only once the mark is there
        if (current) clearSheet(ws, current, name, markAddress(sheet), charts.get(current.toLowerCase()), s);
        worksheets.set(sheet, ws);
      },
    });
  }
  for (const sheet of plan.sheets) {
    const c: SheetStepContext = {
      plan,
      sheet,
      worksheet: () => worksheets.get(sheet) as Excel.Worksheet,
      formula: (f) => renameSheetRefs(f, finalNames),
      sheetName: (planName) => finalNames.get(planName) ?? planName,
      chunkBytes: Math.max(16 * 1024, Math.floor(maxBytes / 4)),
      indentLevel: hasExcelApi(api, "1.9"),
    };
    steps.push(...sheetSteps(c, s));
  }

  // 3. Only now, in one sync of its own with calculation on: delete what is no longer needed, remove the
  //    marks, recalculate what was written (calculation was suspended while writing) and show the first sheet.
  const finish = (): void => {
    for (const name of legacy) context.workbook.worksheets.getItem(name).delete();
    for (const sheet of plan.sheets) queueUnmark(worksheets.get(sheet) as Excel.Worksheet, sheet, s.v17);
    if (s.settings) context.workbook.settings.add(SHEETS_SETTING, listed(finalList));
    queueRecalculation(context, plan.sheets, worksheets, hasExcelApi(api, "1.6"));
    const first = plan.sheets[0] && worksheets.get(plan.sheets[0]);
    if (first) first.activate();
  };

  try {
    await runBatches(context, packSteps(steps, maxBytes), hasExcelApi(api, "1.6"));
    finish();
    await context.sync();
  } catch (error) {
    return { sheets: [], findings: [...findings, apiErrorFinding(error)] };
  }
  return { sheets: finalList, findings };
}
