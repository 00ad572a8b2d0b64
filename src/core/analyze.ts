/**
 * The engine, end to end: source workbooks (grids) in; scored returns, the consolidation,
 * the sentences and the localised problems out. Shells (CLI, Excel) call this, then
 * `buildSummaryPlan` and a writer.
 */
import { consolidate } from "./consolidate/consolidate";
import type { Grid } from "./grid";
import { localizeProblem } from "./i18n/messages";
import type { BandCounts, Consolidation, ScoredIndicator, ScoredReturn } from "./model";
import { consolidatedNarrative, returnNarrative } from "./narrative";
import type { LaggingAcross } from "./plan/consolidated-sheet";
import type { Finding, Problem } from "./problems";
import { isLaggingBand } from "./scoring/bands";
import { laggingFirst } from "./scoring/lagging-first";
import { scoreReturn } from "./scoring/score-return";
import type { Settings } from "./settings";
import { readReturn } from "./table/read-return";

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
}

export interface ConsolidatedSummary {
  consolidation: Consolidation;
  narrative: string;
  period: string | null;
  counts: BandCounts;
  lagging: LaggingAcross[];
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
    { area: ret.area, period: ret.period, counts: ret.counts, lagging, highlights },
    settings,
  );
  return { ret, narrative, lagging };
}

export function analyze(sources: SourceWorkbook[], settings: Settings): Analysis {
  const lang = settings.language;
  const problems: Problem[] = [];
  const skipped: Analysis["skipped"] = [];
  const scored: ScoredReturn[] = [];

  for (const source of sources) {
    for (const finding of source.findings) problems.push(localizeProblem(finding, source.file, lang));
    if (source.grids.length === 0 && source.findings.length === 0)
      problems.push(
        localizeProblem({ sheet: "", cell: "", severity: "error", code: "file-no-sheets" }, source.file, lang),
      );
    for (const grid of source.grids) {
      const read = readReturn(grid, { columns: settings.columns[grid.sheet] });
      for (const finding of read.findings) problems.push(localizeProblem(finding, source.file, lang));
      if (!read.table) {
        skipped.push({ file: source.file, sheet: grid.sheet });
        continue;
      }
      const ret = scoreReturn(read.table, settings, source.file);
      for (const finding of ret.findings) problems.push(localizeProblem(finding, source.file, lang));
      scored.push(ret);
    }
  }

  const returns = scored.map((ret) => summarizeReturn(ret, settings));
  let consolidation: ConsolidatedSummary | null = null;
  if (scored.length >= 2) {
    const cons = consolidate(scored, settings);
    const fileOfArea = new Map<string, string>();
    scored.forEach((r) => fileOfArea.set(r.area ?? r.sheet, r.file));
    for (const finding of cons.findings) {
      const file = fileOfArea.get(String(finding.params?.area ?? "")) ?? "";
      problems.push(localizeProblem(finding, file, lang));
    }
    consolidation = summarizeConsolidation(cons, scored, settings);
  }
  if (scored.length === 0)
    problems.push(localizeProblem({ sheet: "", cell: "", severity: "error", code: "no-returns" }, "", lang));
  return { returns, consolidation, skipped, problems };
}

function summarizeConsolidation(cons: Consolidation, scored: ScoredReturn[], settings: Settings): ConsolidatedSummary {
  const counts = countBands(cons.indicators.map((i) => i.band));
  // Priority indicators first, then lowest achievement; ties keep table order. The sort keys are
  // taken once per pair (not in the comparator: a large consolidation has 10^5 lagging pairs).
  const found: LaggingAcross[] = [];
  const priority: number[] = [];
  const achievement: number[] = [];
  for (const indicator of cons.indicators) {
    const isPriority = Number(indicator.flags.includes("priority"));
    for (const area of cons.areas) {
      const fig = indicator.byArea[area];
      if (fig && isLaggingBand(fig.band)) {
        found.push({ area, indicator });
        priority.push(isPriority);
        achievement.push(fig.achievement ?? 0);
      }
    }
  }
  const order = found.map((_, i) => i);
  order.sort((x, y) => priority[y] - priority[x] || achievement[x] - achievement[y] || x - y);
  const lagging = order.map((i) => found[i]);
  const laggingByArea = new Map<string, number>();
  for (const item of lagging) laggingByArea.set(item.area, (laggingByArea.get(item.area) ?? 0) + 1);
  const weakestAreas = [...laggingByArea.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
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
  return { consolidation: cons, narrative, period, counts, lagging };
}
