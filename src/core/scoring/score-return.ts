/**
 * Scores one return: direction, achievement, band, flags and findings for every indicator
 * (sub-rows included), and the band counts.
 */
import {
  BAND_IDS,
  type BandCounts,
  type Flag,
  type ReturnTable,
  type ScoredIndicator,
  type ScoredReturn,
  type SourceIndicator,
} from "../model";
import type { Finding } from "../problems";
import type { Settings } from "../settings";
import { computeAchievement } from "./achievement";
import { bandOf } from "./bands";
import { resolveDirection } from "./direction-catalogue";
import { flagIndicator } from "./flags";

export function emptyBandCounts(): BandCounts {
  const counts = {} as BandCounts;
  for (const id of BAND_IDS) counts[id] = 0;
  return counts;
}

/** One indicator scored; its findings are appended to `findings`. */
export function scoreIndicator(ind: SourceIndicator, settings: Settings, findings: Finding[]): ScoredIndicator {
  const direction = resolveDirection(ind, settings);
  const score = computeAchievement(ind, direction.direction, ind.unit);
  // Fields listed one by one (not a spread): a fixed object shape is several times faster over
  // 200,000 indicators. A new required SourceIndicator field makes this a type error.
  const scored: ScoredIndicator = {
    sheet: ind.sheet,
    row: ind.row,
    cell: ind.cell,
    code: ind.code,
    group: ind.group,
    parent: ind.parent,
    name: ind.name,
    unit: ind.unit,
    plan: ind.plan,
    actual: ind.actual,
    baseline: ind.baseline,
    sheetPercent: ind.sheetPercent,
    note: ind.note,
    cells: ind.cells,
    direction: direction.direction,
    directionSource: direction.source,
    reduction: direction.reduction,
    kind: score.kind,
    planValue: score.plan,
    actualValue: score.actual,
    baselineValue: score.baseline,
    achievement: score.achievement,
    noScoreReason: score.reason,
    band: bandOf(score.achievement, settings),
    flags: NO_FLAGS,
  };
  scored.flags = flagIndicator(scored, settings, findings); // shared per combination
  return scored;
}

const NO_FLAGS: Flag[] = Object.freeze([]) as unknown as Flag[];

/** Scores a return read from `file`. */
export function scoreReturn(table: ReturnTable, settings: Settings, file: string): ScoredReturn {
  const findings: Finding[] = [];
  const counts = emptyBandCounts();
  const indicators = table.indicators.map((ind) => {
    const scored = scoreIndicator(ind, settings, findings);
    counts[scored.band] += 1;
    return scored;
  });
  return {
    file,
    sheet: table.sheet,
    title: table.title,
    area: table.area,
    period: settings.period !== "" ? settings.period : table.period,
    // The table with its indicators scored: the unscored ones are not kept alongside (a national
    // consolidation holds 200,000 indicators; keeping both doubled the memory the engine retains).
    table: { ...table, indicators },
    indicators,
    counts,
    findings,
  };
}
