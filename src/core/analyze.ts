/**
 * The engine, end to end: source workbooks (grids) in; scored returns, the consolidation,
 * the sentences and the localised problems out. Shells (CLI, Excel) call this, then
 * `buildSummaryPlan` and a writer.
 */
import { describeColumns, type ColumnsRead } from "./columns-read";
import { consolidate } from "./consolidate/consolidate";
import { renumberedRepeatFindings } from "./consolidate/repeated-rows";
import type { Grid } from "./grid";
import { localizeProblem } from "./i18n/messages";
import type { AreaFigureView, BandCounts, Consolidation, ReadResult, ScoredIndicator, ScoredReturn } from "./model";
import { consolidatedNarrative, returnNarrative } from "./narrative";
import type { LaggingAcross } from "./plan/consolidated-sheet";
import type { Finding, Problem } from "./problems";
import { isLaggingBand } from "./scoring/bands";
import { laggingFirst } from "./scoring/lagging-first";
import { scoreReturn } from "./scoring/score-return";
import type { Settings } from "./settings";
import { readReturn } from "./table/read-return";
import { mayBeUnitSummary, summaryColumns, unitSummaryOf, type UnitSummary } from "./table/unit-summary";
import { checkUnitSummary, type UnitSummarySheet } from "./unit-summary-check";
import { areaKey } from "./consolidate/area-names";
import { joinReturnParts } from "./consolidate/return-parts";

/** A workbook as a shell read it: its grids and any file-level findings (corrupt, encrypted…). */
export interface SourceWorkbook {
  file: string;
  grids: Grid[];
  findings: Finding[];
}

export interface ReturnSummary {
  ret: ScoredReturn;
  narrative: string;
  lagging: ScoredIndicator[];
  /** How the columns were chosen, to show the user (columns-read.ts). */
  columnsRead: ColumnsRead;
}

export interface ConsolidatedSummary {
  consolidation: Consolidation;
  narrative: string;
  period: string | null;
  counts: BandCounts;
  lagging: LaggingAcross[];
  /** Per area (by index in consolidation.areas): cells that could not be read (invalid figures). */
  unreadable?: number[];
}

export interface Analysis {
  returns: ReturnSummary[];
  consolidation: ConsolidatedSummary | null;
  /** Sheets that are not returns (empty, no header), with the file they are in. */
  skipped: Array<{ file: string; sheet: string }>;
  problems: Problem[];
}

export function countBands(bands: Iterable<string>): BandCounts {
  const counts: BandCounts = { met: 0, near: 0, mid: 0, low: 0, none: 0 };
  for (const band of bands) counts[band as keyof BandCounts]++;
  return counts;
}

export function summarizeReturn(ret: ScoredReturn, settings: Settings): ReturnSummary {
  const lagging = laggingFirst(ret.indicators);
  const highlights = ret.indicators.filter(
    (i) => i.flags.includes("priority") && !isLaggingBand(i.band) && i.achievement !== null,
  );
  const narrative = returnNarrative(
    { area: ret.area, period: ret.period, counts: ret.counts, lagging, highlights, indicators: ret.indicators },
    settings,
  );
  return { ret, narrative, lagging, columnsRead: describeColumns(ret.table, settings.language) };
}

/**
 * One source's share of the analysis: its problems, skipped sheets, scored returns and their
 * summaries, and its hand-typed summaries of units (checked once every return is in). It depends on
 * the source and on the settings other than `expectedAreas` (only the consolidation reads those), so
 * a shell may compute it as each file arrives and keep it while the expected areas are edited.
 */
export interface SourceAnalysis {
  problems: Problem[];
  skipped: Analysis["skipped"];
  scored: ScoredReturn[];
  returns: ReturnSummary[];
  unitSummaries: UnitSummarySheet[];
}

/** The analysis of every source: `combineAnalyses(sources.map((s) => analyzeSource(s, settings)), settings)`. */
export function analyze(sources: SourceWorkbook[], settings: Settings): Analysis {
  return combineAnalyses(
    sources.map((source) => analyzeSource(source, settings)),
    settings,
  );
}

/** A source's own part of the analysis (its sheets read, scored and summarised), independent of the others. */
export function analyzeSource(source: SourceWorkbook, settings: Settings): SourceAnalysis {
  const lang = settings.language;
  const problems: Problem[] = [];
  const skipped: Analysis["skipped"] = [];
  const scored: ScoredReturn[] = [];
  const unitSummaries: UnitSummarySheet[] = [];
  const out: Collected = { problems, skipped, scored, unitSummaries, lang };

  for (const finding of source.findings) problems.push(localizeProblem(finding, source.file, lang));
  if (source.grids.length === 0 && source.findings.length === 0)
    problems.push(
      localizeProblem({ sheet: "", cell: "", severity: "error", code: "file-no-sheets" }, source.file, lang),
    );
  // Each sheet is scored as soon as it is read (its rows die young); a sheet that may be a
  // hand-typed summary of units waits for the workbook's other areas, then takes its place.
  const likely: Array<{ grid: Grid; read: ReadResult; at: Positions }> = [];
  for (const grid of source.grids) {
    const read = readReturn(grid, { columns: settings.columns[grid.sheet] });
    const at: Positions = { problems: problems.length, skipped: skipped.length, scored: scored.length };
    if (read.table !== null && mayBeUnitSummary(read.table)) likely.push({ grid, read, at });
    else takeRead(out, source.file, grid, read, settings, at);
  }
  if (likely.length > 0) {
    const known = new Set(
      [...scored.map((r) => r.area), ...likely.map((l) => l.read.table?.area)].flatMap((area) =>
        area ? [areaKey(area)] : [],
      ),
    );
    // From the last, so that the positions recorded for the earlier ones stay right.
    for (const { grid, read, at } of likely.reverse()) {
      const summary = read.table ? unitSummaryOf(read.table, () => known) : null;
      if (summary === null) takeRead(out, source.file, grid, read, settings, at);
      else takeUnitSummary(out, source.file, grid, read, summary, at);
    }
  }
  // A sheet with no indicator table beside returns (a "Hướng dẫn" sheet of instructions) is
  // skipped, not an error: the file gave its returns.
  if (scored.length > 0)
    for (let i = 0; i < problems.length; i++)
      if (problems[i].code === "sheet-no-header") problems[i] = { ...problems[i], severity: "warning" };
  const returns = scored.map((ret) => summarizeReturn(ret, settings));
  return { problems, skipped, scored, returns, unitSummaries };
}

/**
 * The sources' parts, in order, made one analysis: the consolidation across every return, the unit
 * summaries checked against it. The parts are read, never changed, so they can be combined again.
 */
export function combineAnalyses(parts: readonly SourceAnalysis[], settings: Settings): Analysis {
  const lang = settings.language;
  const problems: Problem[] = parts.flatMap((part) => part.problems);
  const skipped = parts.flatMap((part) => part.skipped);
  const scored = parts.flatMap((part) => part.scored);
  const returns = parts.flatMap((part) => part.returns);
  let consolidation: ConsolidatedSummary | null = null;
  // A commune's return split over sheets of one workbook is one unit of the consolidation.
  const joined = scored.length >= 2 ? joinReturnParts(scored) : { returns: scored, findings: [] };
  if (joined.returns.length >= 2) {
    const cons = consolidate(joined.returns, settings);
    // Findings about one return name its file; the others (an area not reported, a unit mismatch
    // across areas) are in no single file.
    for (const finding of [...joined.findings, ...cons.findings]) problems.push(localizeProblem(finding, "", lang));
    consolidation = summarizeConsolidation(cons, joined.returns, settings);
  }
  for (const part of parts)
    for (const sheet of part.unitSummaries)
      for (const finding of checkUnitSummary(sheet, consolidation?.consolidation ?? null))
        problems.push(localizeProblem(finding, sheet.file, lang));
  if (scored.length === 0)
    problems.push(localizeProblem({ sheet: "", cell: "", severity: "error", code: "no-returns" }, "", lang));
  return { returns, consolidation, skipped, problems };
}

/** What analyze collects from the sheets, in sheet order. */
interface Collected {
  problems: Problem[];
  skipped: Analysis["skipped"];
  scored: ScoredReturn[];
  unitSummaries: UnitSummarySheet[];
  lang: Settings["language"];
}

/** Where a sheet's problems, skip and return go in the collected lists (its place in sheet order). */
interface Positions {
  problems: number;
  skipped: number;
  scored: number;
}

/** A sheet read: its problems, then skipped (not a return) or scored, each at its place. */
function takeRead(out: Collected, file: string, grid: Grid, read: ReadResult, settings: Settings, at: Positions): void {
  const problems = read.findings.map((finding) => localizeProblem(finding, file, out.lang));
  if (!read.table) {
    out.skipped.splice(at.skipped, 0, { file, sheet: grid.sheet });
  } else {
    const ret = scoreReturn(read.table, settings, file);
    for (const finding of ret.findings) problems.push(localizeProblem(finding, file, out.lang));
    for (const finding of renumberedRepeatFindings(ret.indicators, ret.sheet))
      problems.push(localizeProblem(finding, file, out.lang));
    out.scored.splice(at.scored, 0, ret);
  }
  out.problems.splice(at.problems, 0, ...problems);
}

/** A hand-typed summary of units: one line says what it is; its totals are checked once the returns are scored. */
function takeUnitSummary(
  out: Collected,
  file: string,
  grid: Grid,
  read: ReadResult,
  summary: UnitSummary,
  at: Positions,
): void {
  const finding: Finding = {
    sheet: grid.sheet,
    cell: "",
    severity: "warning",
    code: "sheet-unit-summary",
    params: { units: summary.units.length },
  };
  out.problems.splice(at.problems, 0, localizeProblem(finding, file, out.lang));
  out.skipped.splice(at.skipped, 0, { file, sheet: grid.sheet });
  const title = read.table?.title ?? null;
  out.unitSummaries.push({ summary, columns: summaryColumns(grid, summary), title, file });
}

/** The consolidated sheet's figures: band counts, the lagging (area, indicator) pairs in order, the sentences. */
export function summarizeConsolidation(
  cons: Consolidation,
  scored: ScoredReturn[],
  settings: Settings,
): ConsolidatedSummary {
  const counts = countBands(cons.indicators.map((i) => i.band));
  // Every lagging (area, indicator) pair: pair i is (indicatorOf[i], areaOf[i]), in table order.
  // A large consolidation has 10^5 of them, so they are numbers until their final order is known.
  const indicatorOf: number[] = [];
  const areaOf: number[] = [];
  const priority: number[] = [];
  const achievement: number[] = [];
  const figureOf: AreaFigureView[] = [];
  cons.indicators.forEach((indicator, i) => {
    const isPriority = Number(indicator.flags.includes("priority"));
    const figures = indicator.figures;
    for (let area = 0; area < figures.length; area++) {
      const fig = figures[area];
      if (fig && isLaggingBand(fig.band)) {
        indicatorOf.push(i);
        areaOf.push(area);
        priority.push(isPriority);
        achievement.push(fig.achievement ?? 0);
        figureOf.push(fig);
      }
    }
  });
  const order = laggingOrder(priority, achievement);
  const lagging: LaggingAcross[] = new Array(order.length);
  // Lagging pairs per area (area names are unique), in order of the area's first appearance in the list.
  const pairsOfArea = new Int32Array(cons.areas.length);
  const areasInOrder: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const area = areaOf[i];
    lagging[k] = { area: cons.areas[area], indicator: cons.indicators[indicatorOf[i]], figure: figureOf[i] };
    if (pairsOfArea[area]++ === 0) areasInOrder.push(area);
  }
  const weakestAreas = areasInOrder
    .map((area): [string, number] => [cons.areas[area], pairsOfArea[area]])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  const periods = [...new Set(scored.map((r) => r.period).filter((p): p is string => !!p))];
  const period = periods.length === 1 ? periods[0] : null;
  const laggingIndicators = cons.indicators.filter((i) => isLaggingBand(i.band));
  const narrative = consolidatedNarrative(
    {
      period,
      received: cons.areas.length,
      expected: cons.expected.length,
      missingAreas: cons.missingAreas,
      counts,
      weakestAreas,
      lagging: laggingIndicators,
    },
    settings,
  );
  // consolidate keeps one area per scored return, in order
  const unreadable = scored.map((r) => r.indicators.filter((i) => i.noScoreReason === "invalid").length);
  return { consolidation: cons, narrative, period, counts, lagging, unreadable };
}

/**
 * The order of the lagging pairs: priority ones (priority[i] = 1) first, then lowest achievement,
 * ties in index (table) order; what
 * `sort((x, y) => priority[y] - priority[x] || achievement[x] - achievement[y] || x - y)` gives.
 * With 10^5 pairs (their achievements nearly all distinct) that comparator sort was most of the
 * summary's time. Here: a least-significant-digit radix sort, stable, over each achievement's
 * 64 bits made to sort as unsigned integers (16 bits a pass), then over priority.
 */
export function laggingOrder(priority: readonly number[], achievement: readonly number[]): number[] {
  const n = achievement.length;
  const digits = [0, 1, 2, 3].map(() => new Uint16Array(n)); // least significant first
  const view = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < n; i++) {
    const v = achievement[i];
    if (Number.isNaN(v)) {
      // NaN has no place in an order: leave it to the comparator, as before
      const order = achievement.map((_, j) => j);
      return order.sort((x, y) => priority[y] - priority[x] || achievement[x] - achievement[y] || x - y);
    }
    view.setFloat64(0, v + 0); // + 0: -0 becomes 0, which the comparator ties with it
    let hi = view.getUint32(0);
    let lo = view.getUint32(4);
    // IEEE 754 bits sort as the numbers do once negatives have every bit flipped, positives the sign bit
    if (hi >>> 31) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    } else hi = (hi | 0x80000000) >>> 0;
    digits[0][i] = lo & 0xffff;
    digits[1][i] = lo >>> 16;
    digits[2][i] = hi & 0xffff;
    digits[3][i] = hi >>> 16;
  }
  const later = new Uint8Array(n); // 0 for a priority pair, 1 for the others
  for (let i = 0; i < n; i++) later[i] = priority[i] ? 0 : 1;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let out = new Uint32Array(n);
  for (const [digit, size] of [...digits.map((d) => [d, 0x10000] as const), [later, 2] as const]) {
    stableByDigit(order, digit, size, out);
    [order, out] = [out, order];
  }
  return Array.from(order);
}

/** One counting-sort pass: `order` rearranged by digit[i] into `out`, keeping the order of ties. */
function stableByDigit(order: Uint32Array, digit: Uint16Array | Uint8Array, size: number, out: Uint32Array): void {
  const start = new Uint32Array(size + 1);
  for (let k = 0; k < order.length; k++) start[digit[order[k]] + 1]++;
  for (let d = 1; d <= size; d++) start[d] += start[d - 1];
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    out[start[digit[i]]++] = i;
  }
}
